"""`regctl` as a user runs it: each command a subprocess against a real `regserver serve` on SQLite,
checked by its output, its exit code and what the registry holds afterwards (read with the SDK)."""

from __future__ import annotations

import argparse
import json
import os
import pty
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from regserver_client import NotFound, Registry, RegistryError

from tests.support.process import GRACE_SECONDS, ServerProcess, Spawn, clean_env

REGCTL = str(Path(sys.executable).with_name("regctl"))
README = Path(__file__).resolve().parent.parent / "README.md"


def serve_args(data_dir: Path, port: int = 0) -> list[str]:
    return ["--port", str(port), "--data-dir", str(data_dir), "--shutdown-grace-seconds", str(GRACE_SECONDS)]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One `regserver serve` (SQLite) for the module; each test uses its own model names."""
    process = ServerProcess(serve_args(tmp_path_factory.mktemp("regctl") / "data"), clean_env())
    try:
        process.wait_listening()
        yield process
    finally:
        process.kill()


@pytest.fixture
def registry(server: ServerProcess) -> Iterator[Registry]:
    with Registry(server.target, timeout=10) as client:
        yield client


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The test's environment with no REGCTL_* setting and a home of its own (no user config file)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REGCTL_", "REGSERVER_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(extra)
    return env


def run(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [REGCTL, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=timeout
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


class Regctl:
    """regctl against the module's server (REGCTL_TARGET), from a home without a config file."""

    def __init__(self, server: ServerProcess, home: Path) -> None:
        self.env = user_env(home, REGCTL_TARGET=server.target)

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run(*args, env=self.env)

    def ok(self, *args: str) -> str:
        done = self(*args)
        assert done.returncode == 0, (args, done.stderr)
        return done.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "-o", "json"))

    def refused(self, *args: str) -> str:
        """The command fails as a server refusal (exit 1, nothing on stdout); its stderr."""
        done = self(*args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert done.stdout == "" and done.stderr.startswith("regctl: "), (done.stdout, done.stderr)
        return done.stderr


@pytest.fixture
def regctl(server: ServerProcess, tmp_path: Path) -> Regctl:
    return Regctl(server, tmp_path)


# -- models -------------------------------------------------------------------------------


def test_model_create_get_list_update_rename_delete_restore(regctl: Regctl, registry: Registry) -> None:
    out = regctl.ok("model", "create", "churn", "--description", "who leaves", "--tag", "team=growth", "--tag", "x=1")
    assert out == "model churn created\n"
    model = registry.get_model("churn")
    assert (model.description, dict(model.tags)) == ("who leaves", {"team": "growth", "x": "1"})

    again = regctl.refused("model", "create", "churn")
    assert again.startswith("regctl: ALREADY_EXISTS: ") and "(reason=MODEL_ALREADY_EXISTS)" in again

    got = regctl.json("model", "get", "churn")
    assert got["registeredModel"]["name"] == "churn"
    assert got["registeredModel"]["tags"] == {"team": "growth", "x": "1"}
    piped = json.loads(regctl.ok("model", "get", "churn"))  # not a terminal: JSON without asking
    assert piped == got
    yaml = regctl.ok("model", "get", "churn", "-o", "yaml")
    assert 'registeredModel:\n  name: "churn"\n' in yaml and '    team: "growth"\n' in yaml
    table = regctl.ok("model", "get", "churn", "-o", "table")
    assert re.search(r"^name: +churn$", table, re.M) and re.search(r"^tags: +team=growth,x=1$", table, re.M)

    regctl.ok("model", "create", "churn-eu")
    listed = regctl.json("model", "list", "--filter", "name LIKE 'churn%'", "--order-by", "name desc")
    assert [m["name"] for m in listed["registeredModels"]] == ["churn-eu", "churn"]
    rows = regctl.ok("model", "list", "-o", "table", "--filter", "name LIKE 'churn%'").splitlines()
    assert rows[0].split() == ["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]
    assert [r.split()[0] for r in rows[1:]] == ["churn", "churn-eu"]
    # Keys are there even when empty, so `jq '.registeredModels[]'` needs no null check.
    assert regctl.json("model", "list", "--filter", "name = 'none-such'")["registeredModels"] == []
    assert regctl.json("model", "get", "churn")["registeredModel"]["aliases"] == []
    bad_filter = regctl.refused("model", "list", "--filter", "name ==")
    assert "INVALID_ARGUMENT" in bad_filter

    out = regctl.ok("model", "update", "churn", "--description", "who cancels", "--tag", "tier=gold", "--untag", "x")
    assert out == "model churn updated\n"
    model = registry.get_model("churn")
    assert (model.description, dict(model.tags)) == ("who cancels", {"team": "growth", "tier": "gold"})
    stale = regctl.refused("model", "update", "churn", "--owner", "ana", "--etag", "r1")
    assert stale.startswith("regctl: ABORTED: ")
    assert registry.get_model("churn").owner == ""

    assert regctl.ok("model", "rename", "churn-eu", "churn-europe") == "model churn-eu renamed to churn-europe\n"
    assert registry.get_model("churn-europe").name == "churn-europe"
    with pytest.raises(NotFound):
        registry.get_model("churn-eu")

    deleted = regctl.ok("model", "delete", "churn-europe")
    assert deleted.startswith("model churn-europe deleted; `regctl model restore churn-europe` brings it back until ")
    with pytest.raises(NotFound):
        registry.get_model("churn-europe")
    assert "MODEL_NOT_FOUND" in regctl.refused("model", "get", "churn-europe")
    shown = regctl.json("model", "get", "churn-europe", "--show-deleted")
    assert "deleteTime" in shown["registeredModel"]
    assert regctl.ok("model", "restore", "churn-europe") == "model churn-europe restored\n"
    assert not registry.get_model("churn-europe").HasField("delete_time")


def test_upload_names_the_command_that_creates_a_missing_model_and_create_makes_it(
    regctl: Regctl, registry: Registry, tmp_path: Path
) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "weights.bin").write_bytes(b"\x00\x01" * 1000)
    missing = regctl.refused("upload", "ghost", str(tmp_path / "model"))
    first, hint = missing.splitlines()
    assert first.startswith("regctl: NOT_FOUND: ") and first.endswith("(reason=MODEL_NOT_FOUND)")
    assert hint == "hint: create it first with `regctl model create ghost`, or upload with --create"
    with pytest.raises(NotFound):
        registry.get_model("ghost")

    out = regctl.ok("upload", "ghost", str(tmp_path / "model"), "--create", "--tag", "team=risk")
    assert out == "ghost version 1 READY: 1 files, 1 digests, 2.0 KiB\n"
    version = registry.get_version("ghost", 1)
    assert (version.status, dict(version.tags)) == (2, {"team": "risk"})  # READY
    # --create on a model that exists uploads the next version.
    assert regctl.ok("upload", "ghost", str(tmp_path / "model"), "--create").startswith("ghost version 2 READY")
    assert registry.get_model("ghost").latest_version == 2


# -- versions, aliases, stages ------------------------------------------------------------


def test_versions_aliases_and_stages(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("recs")
    for auc in (0.8, 0.9, 0.85):
        registry.create_version("recs", metrics={"auc": auc})

    assert regctl.ok("alias", "set", "recs", "champion", "2") == "recs alias champion -> version 2\n"
    assert registry.get_version_by_alias("recs", "champion").version == 2
    by_alias = regctl.json("version", "get", "recs", "@champion")
    assert by_alias["modelVersion"]["version"] == "2"
    assert by_alias == regctl.json("version", "get", "recs", "2")
    assert "MODEL_VERSION_NOT_FOUND" in regctl.refused("version", "get", "recs", "9")
    assert "ALIAS_NOT_FOUND" in regctl.refused("version", "get", "recs", "@nobody")

    listed = regctl.json("version", "list", "recs", "--filter", "metrics.auc > 0.82", "--order-by", "version desc")
    assert [v["version"] for v in listed["modelVersions"]] == ["3", "2"]
    rows = regctl.ok("version", "list", "recs", "-o", "table", "--order-by", "version").splitlines()
    assert rows[0].split()[:4] == ["VERSION", "STATUS", "STAGE", "ALIASES"]
    assert [r.split()[:4] for r in rows[1:]] == [
        ["1", "READY", "NONE", "-"],
        ["2", "READY", "NONE", "champion"],
        ["3", "READY", "NONE", "-"],
    ]
    assert "MODEL_NOT_FOUND" in regctl.refused("version", "list", "nope")

    assert regctl.ok("version", "update", "recs", "3", "--description", "retrained", "--tag", "wip=yes") == (
        "recs version 3 updated\n"
    )
    regctl.ok("version", "update", "recs", "3", "--tag", "validated=yes", "--untag", "wip")
    v3 = registry.get_version("recs", 3)
    assert (v3.description, dict(v3.tags)) == ("retrained", {"validated": "yes"})

    assert regctl.ok("stage", "set", "recs", "1", "Production") == "recs version 1 -> stage PRODUCTION\n"
    regctl.ok("stage", "set", "recs", "2", "production", "--archive-existing")
    assert [registry.get_version("recs", n).stage for n in (1, 2)] == [4, 3]  # ARCHIVED, PRODUCTION
    assert regctl("stage", "set", "recs", "2", "Live").returncode == 2

    regctl.ok("alias", "set", "recs", "challenger", "3")
    assert regctl.ok("alias", "delete", "recs", "challenger") == (
        "recs alias challenger deleted (it pointed at version 3)\n"
    )
    assert list(registry.get_version("recs", 3).aliases) == []

    deleted = regctl.ok("version", "delete", "recs", "2")
    assert deleted.startswith("recs version 2 deleted")
    with pytest.raises(NotFound):
        registry.get_version("recs", 2)
    with pytest.raises(NotFound):
        registry.get_version_by_alias("recs", "champion")  # a deleted version loses its aliases
    assert regctl.ok("version", "restore", "recs", "2") == "recs version 2 restored\n"
    assert registry.get_version("recs", 2).version == 2


def test_compare_two_versions_by_number_and_alias(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("cmp")
    registry.create_version("cmp", metrics={"auc": 0.8, "loss": 0.5})
    registry.create_version("cmp", metrics={"auc": 0.9})
    registry.set_alias("cmp", "champion", 1)
    compared = regctl.json("compare", "cmp", "@champion", "2")
    assert (compared["a"]["version"], compared["b"]["version"]) == ("1", "2")
    metrics = {m["key"]: m for m in compared["versionMetrics"]}
    assert metrics["auc"]["result"] == "COMPARISON_RESULT_DIFFERENT"
    assert metrics["auc"]["delta"] == pytest.approx(0.1)
    assert metrics["loss"]["result"] == "COMPARISON_RESULT_ONLY_IN_A"
    table = regctl.ok("compare", "cmp", "1", "2", "-o", "table").splitlines()
    assert table[0] == "A: cmp version 1 (READY, NONE)"
    assert ["metric", "auc", "0.8", "0.9", "0.1", "DIFFERENT"] in [row.split() for row in table]


def test_a_protected_target_answers_the_servers_refusal_and_points_at_promote(
    regctl: Regctl, registry: Registry
) -> None:
    registry.create_model("guarded")
    for _ in range(2):
        registry.create_version("guarded")
    registry.set_alias("guarded", "champion", 1)
    registry.transition_stage("guarded", 1, "Production")
    out = regctl.ok("policy", "protect", "guarded", "--alias", "champion", "--threshold", "auc>=0.9")
    assert out == "guarded alias champion is protected: it moves only by `regctl promote` and approval\n"
    regctl.ok("policy", "protect", "guarded", "--stage", "Production")
    assert len(registry.get_promotion_policy("guarded").protected_targets) == 2
    gates = regctl.ok("policy", "get", "guarded", "-o", "table")
    assert re.search(r"^alias champion +ready, auc>=0\.9$", gates, re.M), gates

    refused = regctl.refused("alias", "set", "guarded", "champion", "2")
    with pytest.raises(RegistryError) as sdk:  # the same refusal through the SDK, for its exact words
        registry.set_alias("guarded", "champion", 2)
    first, hint = refused.splitlines()
    assert first == f"regctl: FAILED_PRECONDITION: {sdk.value.message} (reason=PROMOTION_REQUIRED)"
    assert hint == "hint: request the move with `regctl promote guarded 2 --alias champion`"
    staged = regctl.refused("stage", "set", "guarded", "2", "production")
    assert staged.splitlines()[1] == "hint: request the move with `regctl promote guarded 2 --stage Production`"
    assert "PROMOTION_REQUIRED" in regctl.refused("alias", "delete", "guarded", "champion")
    assert registry.get_version_by_alias("guarded", "champion").version == 1
    assert registry.get_version("guarded", 2).stage == 1  # NONE

    # The gate fails for a version without the metric: the request is refused, each gate on its own line.
    failed = regctl.refused("promote", "guarded", "2", "--alias", "champion")
    assert "(reason=PROMOTION_GATES_FAILED)" in failed.splitlines()[0]
    assert any(line.startswith("  ") and "auc" in line for line in failed.splitlines()[1:]), failed
    regctl.ok("policy", "unprotect", "guarded", "--alias", "champion")
    assert regctl.ok("alias", "set", "guarded", "champion", "2") == "guarded alias champion -> version 2\n"


def test_promotion_commands_answer_with_their_response_as_json(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("promoted")
    for auc in (0.91, 0.95):
        registry.create_version("promoted", metrics={"auc": auc})
    registry.set_alias("promoted", "champion", 1)
    regctl.ok("policy", "protect", "promoted", "--alias", "champion", "--beat-champion", "auc")

    requested = regctl.json("promote", "promoted", "2", "--alias", "champion", "--comment", "better")
    request = requested["promotionRequest"]
    assert (request["state"], request["version"], request["target"]) == (
        "PROMOTION_STATE_PENDING", "2", {"alias": "champion"},
    )  # fmt: skip
    assert [g["check"] for g in request["gateResults"] if g["passed"]] == ["ready", "beat_champion:auc"]
    pending = regctl.json("promotions", "promoted", "--state", "pending")
    assert [r["id"] for r in pending["promotionRequests"]] == [request["id"]]

    approved = regctl.json("approve", request["id"])
    assert approved["promotionRequest"]["state"] == "PROMOTION_STATE_APPROVED"
    assert approved["modelVersion"]["aliases"] == ["champion"]
    assert registry.get_version_by_alias("promoted", "champion").version == 2

    rolled = regctl.json("rollback", "promoted", "champion")
    assert (rolled["previousVersion"], rolled["modelVersion"]["version"]) == ("2", "1")
    assert registry.get_version_by_alias("promoted", "champion").version == 1
    history = regctl.json("history", "promoted", "--alias", "champion")
    assert [(h["version"], h["cause"]) for h in history["entries"]] == [
        ("1", "Rollback"), ("2", "ApprovePromotion"), ("1", "SetAlias"),
    ]  # fmt: skip

    again = regctl.ok("promote", "promoted", "2", "--alias", "champion", "--quiet").strip()
    assert re.fullmatch(r"pr_[0-9a-f]{32}", again)
    withdrawn = regctl.ok("withdraw", again, "--comment", "not now")
    assert withdrawn.splitlines()[0] == f"{again}  promoted version 2 -> alias champion: WITHDRAWN"
    assert registry.get_promotion_request(again).state == 4  # WITHDRAWN

    listed = regctl.json("ls", "promoted")  # ls follows the same rule: JSON when piped
    assert [v["version"] for v in listed["modelVersions"]] == ["2", "1"]


# -- conventions: usage, output, connection -----------------------------------------------


def test_bad_usage_exits_2_with_no_traceback(regctl: Regctl, registry: Registry) -> None:
    for usage in (
        [],
        ["model"],
        ["model", "frobnicate"],
        ["model", "create"],
        ["model", "create", "m", "--tag", "novalue"],
        ["model", "get", "m", "-o", "xml"],
        ["version", "get", "m", "0"],
        ["version", "get", "m", "@"],
        ["alias", "set", "m", "champion", "latest"],
        ["watch", "--type", "NOT_A_TYPE"],
        ["watch", "--from-revision", "-1"],
        ["audit", "--since", "yesterday"],
        ["policy", "protect", "m", "--alias", "a", "--threshold", "auc=0.9"],
        ["role", "grant", "ann", "superuser"],
        ["completion", "fish"],
        ["model", "update", "m"],  # nothing to change
        ["version", "update", "m", "1", "--tag", "a=1", "--untag", "a"],
    ):
        bad = regctl(*usage)
        assert bad.returncode == 2, (usage, bad.stderr)
        assert bad.stdout == "" and "usage: regctl" in bad.stderr, (usage, bad.stderr)


def yaml_loader() -> list[str]:
    """A Python that has PyYAML (the client does not depend on it): this one, or the system's python3."""
    for python in (sys.executable, "python3"):
        probe = subprocess.run([python, "-c", "import yaml"], capture_output=True, check=False)
        if probe.returncode == 0:
            return [python, "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"]
    pytest.skip("no PyYAML anywhere on this machine to read regctl's YAML back")


def test_yaml_output_reads_back_as_the_json(regctl: Regctl, registry: Registry) -> None:
    tags = {"team/owner": "risk", "on": "yes", "quote": 'say "hi"', "multi": "line one\nline two", "unicode": "é ✓"}
    registry.create_model("yaml-me", description="a: b # not a comment", tags=tags)
    registry.create_version("yaml-me", metrics={"auc": 0.5})
    for args in (["model", "get", "yaml-me"], ["version", "list", "yaml-me"], ["model", "list"]):
        as_yaml = regctl.ok(*args, "-o", "yaml")
        read = subprocess.run(yaml_loader(), input=as_yaml, capture_output=True, text=True, check=True)
        assert json.loads(read.stdout) == regctl.json(*args), as_yaml
    assert regctl.json("model", "get", "yaml-me")["registeredModel"]["tags"] == tags


def test_every_command_has_help_with_an_example(regctl: Regctl) -> None:
    from regserver_client.cli import build_parser

    def leaves(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[list[str]]:
        subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subparsers:
            yield path
        for action in subparsers:
            for name, child in action.choices.items():
                yield from leaves(child, [*path, name])

    commands = list(leaves(build_parser(), []))
    assert len(commands) > 40 and ["model", "create"] in commands and ["watch"] in commands
    for command in commands:
        done = regctl(*command, "--help")
        assert done.returncode == 0, (command, done.stderr)
        example = done.stdout.split("\nexample:\n", 1)
        assert len(example) == 2 and "regctl " + " ".join(command) in example[1], (command, done.stdout)


def test_a_read_prints_a_table_on_a_terminal(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("on-a-tty", owner="ana")
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [REGCTL, "model", "list", "--filter", "name = 'on-a-tty'"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=regctl.env,
            text=True,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=30) == 0
    finally:
        os.close(leader)
    lines = b"".join(chunks).decode().splitlines()
    assert lines[0].split() == ["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]
    assert lines[1].split() == ["on-a-tty", "0", "-", "ana"]


def test_target_and_token_come_from_flags_environment_or_a_config_context(
    server: ServerProcess, registry: Registry, tmp_path: Path
) -> None:
    registry.create_model("ctx")
    config = tmp_path / ".config" / "regctl" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        'current-context = "local"\n\n'
        f'[contexts.local]\ntarget = "{server.target}"\n\n'
        '[contexts.nowhere]\ntarget = "127.0.0.1:1"\n'
    )
    env = user_env(tmp_path)  # no REGCTL_TARGET: the current context names the server
    done = run("model", "get", "ctx", "-o", "json", env=env)
    assert done.returncode == 0 and json.loads(done.stdout)["registeredModel"]["name"] == "ctx", done.stderr

    unreachable = run("--context", "nowhere", "model", "get", "ctx", env=env)
    assert unreachable.returncode == 1 and unreachable.stderr.startswith("regctl: UNAVAILABLE: ")
    assert "hint: is regserver running at 127.0.0.1:1?" in unreachable.stderr
    # The environment beats the context, and a flag (before or after the command) beats both.
    assert run("model", "get", "ctx", env={**env, "REGCTL_CONTEXT": "nowhere"}).returncode == 1
    assert (
        run("model", "get", "ctx", env={**env, "REGCTL_CONTEXT": "nowhere", "REGCTL_TARGET": server.target}).returncode
        == 0
    )
    assert (
        run("model", "get", "ctx", "--target", server.target, env={**env, "REGCTL_TARGET": "127.0.0.1:1"}).returncode
        == 0
    )
    assert (
        run("--target", server.target, "model", "get", "ctx", env={**env, "REGCTL_TARGET": "127.0.0.1:1"}).returncode
        == 0
    )

    unknown = run("--context", "prod", "model", "list", env=env)
    assert unknown.returncode == 1
    assert unknown.stderr == f"regctl: {config}: no context 'prod' (defined: local, nowhere)\n"
    config.write_text("[contexts.local]\ntarget = \n")
    broken = run("model", "list", env=env)
    assert broken.returncode == 1 and broken.stderr.startswith(f"regctl: {config}: ")


def test_mutual_tls_from_flags_and_from_a_context(spawn: Spawn, tmp_path: Path) -> None:
    from tests.test_operators import Pki

    pki = Pki(tmp_path)
    tls = ["--tls-cert-file", str(pki.server_cert), "--tls-key-file", str(pki.server_key)]
    process = spawn([*serve_args(tmp_path / "data"), *tls, "--tls-client-ca-file", str(pki.ca_file)])
    process.wait_listening()
    env = user_env(tmp_path, REGCTL_TARGET=f"localhost:{process.port}")
    flags = ["--ca-file", str(pki.ca_file), "--cert-file", str(pki.client_cert), "--key-file", str(pki.client_key)]
    created = run("model", "create", "over-mtls", *flags, env=env)
    assert created.returncode == 0 and created.stdout == "model over-mtls created\n", created.stderr

    no_certificate = run("model", "get", "over-mtls", "--ca-file", str(pki.ca_file), env=env)
    assert no_certificate.returncode == 1 and no_certificate.stderr.startswith("regctl: UNAVAILABLE: ")
    plaintext = run("model", "get", "over-mtls", env=env)
    assert plaintext.returncode == 1 and plaintext.stderr.startswith("regctl: UNAVAILABLE: ")

    config = tmp_path / "regctl.toml"
    config.write_text(
        f'current-context = "secure"\n[contexts.secure]\ntarget = "localhost:{process.port}"\ntls = true\n'
        f'ca-file = "{pki.ca_file}"\ncert-file = "{pki.client_cert}"\nkey-file = "{pki.client_key}"\n'
    )
    env = user_env(tmp_path, REGCTL_CONFIG=str(config))
    got = run("model", "get", "over-mtls", "-o", "json", env=env)
    assert got.returncode == 0 and json.loads(got.stdout)["registeredModel"]["name"] == "over-mtls", got.stderr


# -- watch --------------------------------------------------------------------------------


class Lines:
    """A subprocess's stdout read line by line by a thread, so a test can wait for the next one."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout

        def read() -> None:
            for line in stream:
                self.queue.put(line.rstrip("\n"))
            self.queue.put(None)

        threading.Thread(target=read, daemon=True).start()

    def next(self, timeout: float = 30) -> str:
        line = self.queue.get(timeout=timeout)
        assert line is not None, "regctl watch exited"
        return line


class Drained:
    """A subprocess's stderr read by a thread as it comes, kept for the test to read at the end."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        stream = process.stderr
        self._parts: list[str] = []
        self._done = threading.Event()

        def read() -> None:
            for text in stream:
                self._parts.append(text)
            self._done.set()

        threading.Thread(target=read, daemon=True).start()

    def text(self, timeout: float = 5) -> str:
        self._done.wait(timeout)
        return "".join(self._parts)


def test_watch_prints_each_event_resumes_after_a_restart_and_exits_0_on_ctrl_c(spawn: Spawn, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = spawn(serve_args(data_dir))
    port = first.wait_listening()
    with Registry(first.target, timeout=10) as registry:
        registry.create_model("live")
        registry.create_model("other")
        registry.create_version("live")
    env = user_env(tmp_path, REGCTL_TARGET=first.target)
    watch = subprocess.Popen(
        [REGCTL, "watch", "live", "--from-revision", "1", "-o", "table"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    errors = Drained(watch)  # read as it comes: a full stderr pipe must not hold regctl up
    try:
        lines = Lines(watch)
        line = r"(\d+) \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ "
        assert re.fullmatch(line + "MODEL_CREATED live by=anonymous", lines.next())
        assert re.fullmatch(line + "VERSION_CREATED live version=1 by=anonymous", lines.next())
        with Registry(first.target, timeout=10) as registry:
            registry.set_alias("live", "champion", 1)
        moved = lines.next()
        assert re.fullmatch(line + "ALIAS_SET live version=1 alias=champion previous=0 by=anonymous", moved), moved

        # The server goes away; changes made while it is down (none can be) and after it is back on
        # the same port reach the watch once, in order, with nothing repeated.
        first.kill()
        second = spawn(serve_args(data_dir, port))
        second.wait_listening()
        with Registry(second.target, timeout=10) as registry:
            registry.create_version("live")
            registry.set_alias("live", "champion", 2)
        after = [lines.next(), lines.next()]
        assert re.fullmatch(line + "VERSION_CREATED live version=2 by=anonymous", after[0]), after
        assert re.fullmatch(line + "ALIAS_SET live version=2 alias=champion previous=1 by=anonymous", after[1]), after
        revisions = [int(x.split()[0]) for x in (moved, *after)]
        assert revisions == sorted(set(revisions))

        watch.send_signal(signal.SIGINT)  # what Ctrl-C sends
        try:
            code = watch.wait(timeout=15)
        except subprocess.TimeoutExpired:
            code = None
        stderr = errors.text()
        assert code == 0, f"regctl watch did not exit on SIGINT within 15 s; its stderr:\n{stderr}"
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
        # The break was said on stderr, with where the watch picked up: right after the last event.
        resumed = f"resuming from revision {revisions[0] + 1}"
        assert re.search(rf"^regctl: watch interrupted \(\w+: .*\); {resumed}$", stderr, re.M), stderr
    finally:
        if watch.poll() is None:
            watch.kill()


def test_watch_filters_by_type_and_prints_json_lines(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("typed")
    registry.create_version("typed")
    registry.set_alias("typed", "a", 1)
    registry.create_version("typed")
    registry.set_alias("typed", "a", 2)
    watch = subprocess.Popen(
        [REGCTL, "watch", "typed", "--type", "ALIAS_SET", "--from-revision", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=regctl.env,
    )  # fmt: skip
    try:
        lines = Lines(watch)
        events = [json.loads(lines.next()) for _ in range(2)]  # piped: one JSON object per line
        assert [(e["type"], e["version"], e.get("previousVersion")) for e in events] == [
            ("EVENT_TYPE_ALIAS_SET", "1", "0"),
            ("EVENT_TYPE_ALIAS_SET", "2", "1"),
        ]
        watch.send_signal(signal.SIGTERM)
        assert watch.wait(timeout=15) == 0
    finally:
        if watch.poll() is None:
            watch.kill()


# -- runs, lineage, audit, access ---------------------------------------------------------


def test_runs_and_lineage(regctl: Regctl, registry: Registry, tmp_path: Path) -> None:
    (tmp_path / "train.csv").write_text("a,b\n1,2\n")
    with registry.start_run("fraud-exp", name="nightly", capture=False) as active:
        active.log_params({"depth": 8})
        active.log_metric("auc", 0.93)
        active.log_dataset("train", path=tmp_path / "train.csv")
        run_id = active.id
    registry.create_model("traced")
    registry.create_version("traced", run_id=run_id)

    listed = regctl.json("run", "list", "--experiment", "fraud-exp")
    assert [r["id"] for r in listed["runs"]] == [run_id]
    assert "NOT_FOUND" in regctl.refused("run", "list", "--experiment", "no-such-experiment")
    shown = regctl.ok("run", "get", run_id, "-o", "table")
    assert re.search(r"^params: +depth=8$", shown, re.M) and re.search(r"^metrics: +auc=0\.93$", shown, re.M)
    assert re.search(r"^status: +FINISHED$", shown, re.M)

    graph = regctl.json("lineage", "traced", "1", "--upstream")
    names = [n["name"] for n in graph["nodes"]]
    assert names[0] == "models/traced/versions/1" and f"runs/{run_id}" in names
    assert any(n.startswith("datasets/") for n in names)
    edges = {(e["source"], e["target"], e["type"]) for e in graph["edges"]}
    assert (f"runs/{run_id}", "models/traced/versions/1", "LINEAGE_EDGE_TYPE_PRODUCED") in edges
    down = regctl.json("lineage", "traced", "1", "--downstream")
    assert [n["name"] for n in down["nodes"]] == ["models/traced/versions/1"]
    table = regctl.ok("lineage", "traced", "1", "-o", "table")
    assert re.search(rf"^1 +run +runs/{run_id} +nightly FINISHED$", table, re.M), table


def test_tokens_roles_and_whoami(regctl: Regctl, registry: Registry) -> None:
    registry.create_model("secured")
    created = regctl("token", "create", "ci-bot", "--description", "nightly training")
    assert created.returncode == 0, created.stderr
    secret = created.stdout.strip()
    assert secret.startswith("rsk_") and "\n" not in secret  # the secret alone on stdout
    assert "shown only once" in created.stderr
    [token] = [t for t in registry.list_tokens(principal="ci-bot")]
    assert token.description == "nightly training"
    listed = regctl.json("token", "list", "--principal", "ci-bot")
    assert [t["id"] for t in listed["tokens"]] == [token.id]
    assert "secret" not in json.dumps(listed)

    assert regctl.ok("role", "grant", "ci-bot", "editor", "--model", "secured") == (
        "ci-bot is editor on model secured\n"
    )
    bindings = [(b.principal, b.role, b.model_name) for b in registry.list_role_bindings(principal="ci-bot")]
    assert bindings == [("ci-bot", 2, "secured")]  # EDITOR
    rows = regctl.ok("role", "list", "--principal", "ci-bot", "-o", "table").splitlines()
    assert rows[1].split()[:3] == ["ci-bot", "editor", "secured"]

    me = json.loads(run("whoami", "--token", secret, env=regctl.env).stdout)
    assert (me["principal"], me["tokenId"]) == ("ci-bot", token.id)
    assert me["roleBindings"][0]["modelName"] == "secured"

    assert regctl.ok("role", "revoke", "ci-bot", "editor", "--model", "secured") == (
        "ci-bot is no longer editor on model secured\n"
    )
    assert list(registry.list_role_bindings(principal="ci-bot")) == []
    assert "ROLE_BINDING_NOT_FOUND" in regctl.refused("role", "revoke", "ci-bot", "editor", "--model", "secured")
    assert regctl.ok("token", "revoke", token.id) == f"token {token.id} (ci-bot) revoked\n"
    assert registry.get_token(token.id).HasField("revoke_time")
    revoked = run("whoami", "--token", secret, env=regctl.env)
    assert revoked.returncode == 1 and "UNAUTHENTICATED" in revoked.stderr and "TOKEN_REVOKED" in revoked.stderr


def test_audit_lists_records_and_verify_finds_an_altered_one(spawn: Spawn, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    process = spawn(serve_args(data_dir))
    process.wait_listening()
    env = user_env(tmp_path, REGCTL_TARGET=process.target)
    for args in (
        ["model", "create", "audited"],
        ["model", "create", "bystander"],
        ["model", "update", "audited", "--tag", "a=b"],
    ):
        assert run(*args, env=env).returncode == 0

    listed = json.loads(run("audit", "--model", "audited", env=env).stdout)
    methods = [r["method"].rsplit("/", 1)[1] for r in listed["auditRecords"]]
    assert methods == ["CreateRegisteredModel", "UpdateRegisteredModel"]
    since = run("audit", "--principal", "anonymous", "--since", "2000-01-01T00:00:00Z", "-o", "table", env=env)
    assert [r.split()[3] for r in since.stdout.splitlines()[1:]] == [
        "CreateRegisteredModel", "CreateRegisteredModel", "UpdateRegisteredModel",
    ]  # fmt: skip
    verified = run("audit", "--verify", env=env)
    assert verified.returncode == 0 and "3 audit records verified (the whole chain)" in verified.stderr
    assert len(json.loads(verified.stdout)["auditRecords"]) == 3

    with sqlite3.connect(data_dir / "regserver.db") as db:  # someone edits history behind the server's back
        db.execute("UPDATE audit_records SET principal = 'mallory' WHERE sequence = 2")
    broken = run("audit", "--verify", env=env)
    assert broken.returncode == 1
    assert broken.stderr == "regctl: audit trail broken: record 2: its hash does not match its content\n"
    assert run("audit", "--verify", "--model", "audited", env=env).returncode == 0  # record 2 is not listed


def test_completion_scripts_complete_commands_options_and_choices(regctl: Regctl) -> None:
    script = regctl.ok("completion", "bash")

    def complete(*words: str) -> list[str]:
        probe = (
            f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; "
            '_regctl; printf "%s\\n" "${COMPREPLY[@]}"'
        )
        done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert complete("regctl", "mo") == ["model"]
    assert {"create", "get", "list", "update", "rename", "delete", "restore"} <= set(complete("regctl", "model", ""))
    assert complete("regctl", "--target", "x:1", "model", "cr") == ["create"]
    assert complete("regctl", "model", "get", "--sho") == ["--show-deleted"]
    assert complete("regctl", "model", "get", "m", "-o", "") == ["table", "json", "yaml"]
    assert complete("regctl", "role", "grant", "ann", "ap") == ["approver"]
    assert regctl.ok("completion", "zsh").startswith("#compdef regctl\n")


# -- the README's quickstart, exactly as written --------------------------------------------


def quickstart() -> str:
    """The shell block that follows the README's regctl-quickstart marker."""
    found = re.search(r"<!-- regctl-quickstart:[^>]*-->\n```sh\n(.*?)```", README.read_text(), re.S)
    assert found is not None, "README.md lost its regctl quickstart block"
    return found.group(1)


def test_the_readme_quickstart_runs_as_written_against_a_fresh_server(spawn: Spawn, tmp_path: Path) -> None:
    commands = quickstart()
    assert commands.startswith("mkdir") and "regctl model create" in commands and "regctl download" in commands
    process = spawn(serve_args(tmp_path / "data"))
    process.wait_listening()
    work = tmp_path / "work"
    work.mkdir()
    env = user_env(tmp_path, REGCTL_TARGET=process.target)
    env["PATH"] = f"{Path(REGCTL).parent}{os.pathsep}{env.get('PATH', '')}"  # where `make serve` installs regctl
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", commands],
        cwd=work, env=env, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr

    with Registry(process.target, timeout=10) as registry:
        model = registry.get_model("fraud-detector")
        assert (model.description, dict(model.tags)) == ("scores card payments", {"team": "risk"})
        champion = registry.get_version_by_alias("fraud-detector", "champion")
        assert (champion.version, dict(champion.metrics)) == (2, {"auc": 0.94})
        [approved] = registry.list_promotion_requests("fraud-detector", state="APPROVED")
        assert approved.version == 2
    assert (work / "champion" / "weights.json").read_text() == (work / "out" / "model" / "weights.json").read_text()
    # The background watch replayed the model's history, then saw the approved promotion move champion
    # (piped: JSON lines).
    # The watch shares stdout with the foreground commands: a line of theirs may still lack its newline
    # when an event is written, so events are read wherever they start, not only at a line's start.
    decoder = json.JSONDecoder()
    events = [decoder.raw_decode(done.stdout, m.start())[0] for m in re.finditer(r'\{"revision"', done.stdout)]
    moves = [(e["type"], e.get("alias"), e["version"]) for e in events]
    assert moves[0] == ("EVENT_TYPE_MODEL_CREATED", "", "0"), done.stdout
    assert ("EVENT_TYPE_ALIAS_SET", "champion", "1") in moves, done.stdout
    assert ("EVENT_TYPE_ALIAS_SET", "champion", "2") in moves, done.stdout
    assert ("EVENT_TYPE_PROMOTION_APPROVED", "champion", "2") in moves, done.stdout
