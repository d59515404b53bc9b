"""Shell completion for `regctl`, generated from its argparse tree so it never falls behind."""

from __future__ import annotations

import argparse
import shlex

__all__ = ["script"]


def _walk(
    parser: argparse.ArgumentParser, path: str, table: dict[str, tuple[list[str], list[str], dict[str, list[str]]]]
) -> None:
    """Fills table[path] = (subcommands, words to offer: options and positional choices, option -> choices)."""
    subcommands: list[str] = []
    words: list[str] = []
    choices: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                subcommands.append(name)
                _walk(child, f"{path} {name}".strip(), table)
        elif action.option_strings:
            if action.help == argparse.SUPPRESS:
                continue
            words += [o for o in action.option_strings if o.startswith("--") or o == "-o"]
            if action.choices:
                for option in action.option_strings:
                    choices[option] = [str(c) for c in action.choices]
        elif action.choices:
            words += [str(c) for c in action.choices]
    table[path] = (subcommands, words, choices)


def _bash(parser: argparse.ArgumentParser) -> str:
    table: dict[str, tuple[list[str], list[str], dict[str, list[str]]]] = {}
    _walk(parser, "", table)
    subs, words, values = [], [], []
    for path, (subcommands, offered, choices) in sorted(table.items()):
        key = shlex.quote(path) if path else "''"
        subs.append(f"    {key}) echo {shlex.quote(' '.join(subcommands))} ;;")
        words.append(f"    {key}) echo {shlex.quote(' '.join(offered))} ;;")
        for option, options in sorted(choices.items()):
            values.append(f"    {shlex.quote(f'{path}|{option}')}) echo {shlex.quote(' '.join(options))} ;;")
    nl = "\n"
    return f"""# bash completion for regctl: source <(regctl completion bash)
_regctl_subcommands() {{
  case "$1" in
{nl.join(subs)}
  esac
}}
_regctl_words() {{
  case "$1" in
{nl.join(words)}
  esac
}}
_regctl_values() {{
  case "$1" in
{nl.join(values)}
  esac
}}
_regctl() {{
  local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="" path="" word i
  ((COMP_CWORD > 0)) && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${{COMP_WORDS[i]}}"
    [[ $word == -* ]] && continue
    if [[ " $(_regctl_subcommands "$path") " == *" $word "* ]]; then
      path="${{path:+$path }}$word"
    fi
  done
  local values
  values="$(_regctl_values "$path|$prev")"
  if [[ -n $values ]]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return 0
  fi
  COMPREPLY=($(compgen -W "$(_regctl_subcommands "$path") $(_regctl_words "$path")" -- "$cur"))
  [[ ${{#COMPREPLY[@]}} -eq 0 ]] && COMPREPLY=($(compgen -f -- "$cur"))
  return 0
}}
complete -F _regctl regctl
"""


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for `shell` ("bash" or "zsh"; zsh runs the bash one through bashcompinit)."""
    bash = _bash(parser)
    if shell == "bash":
        return bash
    return "#compdef regctl\n# zsh completion for regctl\nautoload -U +X bashcompinit && bashcompinit\n" + bash
