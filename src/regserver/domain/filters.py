"""Parse the filter language of the List RPCs into a small syntax tree.

The grammar is the one documented to users in protos/regserver/v1/model_registry.proto
("Filters"); keywords are case-insensitive:

    filter     := or_expr          (empty or whitespace-only: no filter)
    or_expr    := and_expr ("OR" and_expr)*
    and_expr   := not_expr ("AND" not_expr)*
    not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
    comparison := field op value
    op         := "=" | "!=" | "<" | "<=" | ">" | ">=" | "LIKE" | "ILIKE"
    value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
    field      := IDENTIFIER ("." (IDENTIFIER | `backtick-quoted`))?

Lexical rules:

* IDENTIFIER is ``[A-Za-z_][A-Za-z0-9_]*``. AND, OR, NOT, LIKE and ILIKE are
  keywords and cannot be field names or bare values, but may be the key after
  a '.', where they are unambiguous (``tags.not``).
* Strings are quoted with ``"`` or ``'``; inside them a backslash escapes a
  quote or a backslash (``"a \\"b\\" c\\\\d"``). Any other escape is an error.
* A backtick-quoted key may contain any character; a backslash escapes a
  backtick or a backslash (``tags.`a\\`b```).
* Numbers are ``-?digits(.digits)?([eE][+-]?digits)?``: ints stay ``int``
  (and must fit in 64 bits), anything with a fraction or exponent is a finite
  ``float``. The '-' must touch the digits.
* Whitespace is ASCII space, tab, CR, LF, FF and VT.

The parser only checks syntax; regserver.domain.listing checks field names,
operators and value types. ``And`` and ``Or`` are flattened, so
``a AND (b AND c)`` gives one ``And`` of three operands; parentheses leave no
node of their own. Errors are ``FilterSyntaxError`` with the 0-based character
offset of the problem, which the message also names.
"""

from __future__ import annotations

import enum
import math
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, TypeAlias

MAX_FILTER_LENGTH: Final = 4096
MAX_DEPTH: Final = 32  # nested parentheses and NOTs
MAX_COMPARISONS: Final = 64

OPERATORS: Final = ("=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE")

_INT64_MIN: Final = -(2**63)
_INT64_MAX: Final = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # e.g. "name", "tags", "metrics", "create_time"
    key: str | None  # for "tags.env" -> "env"; None for plain fields


@dataclass(frozen=True, slots=True)
class Value:
    raw: str | int | float  # unescaped string, number, or identifier text as written
    kind: str  # "string" | "number" | "identifier"


@dataclass(frozen=True, slots=True)
class Comparison:
    field: Field
    op: str  # one of OPERATORS; LIKE and ILIKE upper-cased
    value: Value


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Expr, ...]  # two or more, none of them an And


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Expr, ...]  # two or more, none of them an Or


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr


Expr: TypeAlias = Comparison | And | Or | Not


class FilterSyntaxError(ValueError):
    """A filter that does not parse; `position` is the 0-based offset of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position

    def __reduce__(self) -> tuple[type[FilterSyntaxError], tuple[str, int]]:
        return (type(self), (self.message, self.position))


def parse_filter(text: str) -> Expr | None:
    """Parse `text`; None when it is empty or only whitespace (no filter)."""
    if len(text) > MAX_FILTER_LENGTH:
        raise FilterSyntaxError(
            f"filter is too long at position {MAX_FILTER_LENGTH}: it has {len(text)} characters "
            f"and at most {MAX_FILTER_LENGTH} are allowed",
            MAX_FILTER_LENGTH,
        )
    parser = _Parser(text)
    if parser.at_end():
        return None
    return parser.parse()


# --- tokens -----------------------------------------------------------------


class _Kind(enum.Enum):
    IDENT = "identifier"
    KEYWORD = "keyword"
    OP = "operator"
    STRING = "string"
    NUMBER = "number"
    BACKTICK = "backtick-quoted key"
    DOT = "'.'"
    LPAREN = "'('"
    RPAREN = "')'"
    END = "end of filter"


@dataclass(frozen=True, slots=True)
class _Token:
    kind: _Kind
    text: str  # as written in the filter
    value: str | int | float  # unescaped string or key, number, upper-cased keyword, operator
    pos: int


_KEYWORDS: Final = frozenset({"AND", "OR", "NOT", "LIKE", "ILIKE"})
_WHITESPACE: Final = frozenset(" \t\r\n\f\v")
_DIGITS: Final = frozenset(string.digits)
_IDENT_START: Final = frozenset(string.ascii_letters + "_")
_IDENT_CHARS: Final = _IDENT_START | _DIGITS
_NUMBER: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_MISTAKES: Final = {"==": "use '='", "<>": "use '!='", "&&": "use AND", "||": "use OR"}
_SINGLE_MISTAKES: Final = {
    "!": "did you mean '!=' or NOT?",
    "&": "use AND",
    "|": "use OR",
    "-": "a negative number is written with the '-' touching its digits, e.g. -2",
}


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show_char(c: str) -> str:
    return f"'{c}'" if c.isprintable() and not c.isspace() else f"U+{ord(c):04X}"


def _tokenize(text: str) -> Iterator[_Token]:
    """Yield the tokens of `text`, ending with END. Lazy, so the parser reports the first error."""
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            i += 1
            continue
        start = i
        if c in _IDENT_START:
            while i < n and text[i] in _IDENT_CHARS:
                i += 1
            word = text[start:i]
            upper = word.upper()
            if upper in _KEYWORDS:
                yield _Token(_Kind.KEYWORD, word, upper, start)
            else:
                yield _Token(_Kind.IDENT, word, word, start)
        elif c in _DIGITS or (c == "-" and i + 1 < n and text[i + 1] in _DIGITS):
            token = _scan_number(text, start)
            yield token
            i = start + len(token.text)
        elif c in "\"'`":
            value, i = _scan_quoted(text, start)
            kind = _Kind.BACKTICK if c == "`" else _Kind.STRING
            if kind is _Kind.BACKTICK and not value:
                raise FilterSyntaxError(f"empty backtick-quoted key at position {start}", start)
            yield _Token(kind, text[start:i], value, start)
        elif text.startswith(("<=", ">=", "!="), i):
            i += 2
            yield _Token(_Kind.OP, text[start:i], text[start:i], start)
        elif text[i : i + 2] in _MISTAKES:
            pair = text[i : i + 2]
            raise FilterSyntaxError(f"'{pair}' at position {start} is not an operator; {_MISTAKES[pair]}", start)
        elif c in "=<>":
            i += 1
            yield _Token(_Kind.OP, c, c, start)
        elif c in "().":
            i += 1
            kind = {"(": _Kind.LPAREN, ")": _Kind.RPAREN, ".": _Kind.DOT}[c]
            yield _Token(kind, c, c, start)
        else:
            hint = _SINGLE_MISTAKES.get(c)
            message = f"unexpected character {_show_char(c)} at position {start}"
            raise FilterSyntaxError(f"{message}; {hint}" if hint else message, start)
    yield _Token(_Kind.END, "", "", n)


def _scan_number(text: str, start: int) -> _Token:
    match = _NUMBER.match(text, start)
    assert match is not None  # the caller saw a digit, or '-' and a digit
    end = match.end()
    written = match.group()
    if end < len(text) and (text[end] in _IDENT_CHARS or text[end] == "."):
        bad_end = end
        while bad_end < len(text) and (text[bad_end] in _IDENT_CHARS or text[bad_end] == "."):
            bad_end += 1
        raise FilterSyntaxError(
            f"invalid number '{_shorten(text[start:bad_end])}' at position {start}; "
            "write numbers like 3, -2, 0.95 or 1e-3",
            start,
        )
    value: int | float
    if match.group(1) is None and match.group(2) is None:
        value = int(written)
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise FilterSyntaxError(
                f"number '{_shorten(written)}' at position {start} is out of range: integers must fit "
                "in 64 bits (write it with an exponent, e.g. 1e20, to compare with a float)",
                start,
            )
    else:
        value = float(written)
        if not math.isfinite(value):
            raise FilterSyntaxError(f"number '{_shorten(written)}' at position {start} is out of range", start)
    return _Token(_Kind.NUMBER, written, value, start)


def _scan_quoted(text: str, start: int) -> tuple[str, int]:
    """Unescape the string or key opening at `start`; return it and the offset after its end."""
    quote = text[start]
    what = "backtick-quoted key" if quote == "`" else "string"
    escapable = "`\\" if quote == "`" else "\"'\\"
    parts: list[str] = []
    i = start + 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == quote:
            return "".join(parts), i + 1
        if c == "\\" and i + 1 < n:
            escaped = text[i + 1]
            if escaped not in escapable:
                allowed = ", ".join(f"\\{e}" for e in escapable[:-1]) + " and \\\\"
                raise FilterSyntaxError(
                    f"invalid escape '\\{escaped}' at position {i} in the {what} starting at position "
                    f"{start}; only {allowed} are allowed (write \\\\ for a backslash)",
                    i,
                )
            parts.append(escaped)
            i += 2
            continue
        parts.append(c)
        i += 1
    raise FilterSyntaxError(f"unterminated {what} starting at position {start}: no closing {quote}", start)


# --- parser -----------------------------------------------------------------


_KEY_PARTS: Final = (_Kind.IDENT, _Kind.KEYWORD, _Kind.NUMBER, _Kind.BACKTICK)


def _describe(token: _Token) -> str:
    if token.kind is _Kind.END:
        return "end of filter"
    if token.kind is _Kind.KEYWORD:
        return f"the keyword '{token.text}'"
    if token.kind in (_Kind.STRING, _Kind.BACKTICK):
        return _shorten(token.text)
    return f"'{_shorten(token.text)}'"


class _Parser:
    def __init__(self, text: str) -> None:
        self._text = text
        self._source = _tokenize(text)
        self._tokens: list[_Token] = []  # read so far; the parser is at self._tokens[self._i]
        self._i = 0
        self._depth = 0
        self._comparisons = 0

    def parse(self) -> Expr:
        expr = self._or_expr()
        token = self._peek()
        if token.kind is _Kind.RPAREN:
            raise FilterSyntaxError(
                f"unexpected ')' at position {token.pos}: there is no '(' for it to close", token.pos
            )
        if token.kind is not _Kind.END:
            raise self._expected("AND, OR or end of filter", token)
        return expr

    # Helpers.

    def at_end(self) -> bool:
        return self._peek().kind is _Kind.END

    def _token(self, index: int) -> _Token:
        while len(self._tokens) <= index:
            self._tokens.append(next(self._source))
        return self._tokens[index]

    def _peek(self) -> _Token:
        return self._token(self._i)

    def _advance(self) -> _Token:
        token = self._token(self._i)
        if token.kind is not _Kind.END:
            self._i += 1
        return token

    def _at_keyword(self, word: str) -> bool:
        token = self._peek()
        return token.kind is _Kind.KEYWORD and token.value == word

    def _expected(self, what: str, found: _Token, after: str | None = None, hint: str = "") -> FilterSyntaxError:
        if after is None and self._i > 0:
            after = _describe(self._tokens[self._i - 1])
        where = f" after {after}" if after else ""
        message = f"expected {what}{where} at position {found.pos}, found {_describe(found)}"
        return FilterSyntaxError(f"{message}; {hint}" if hint else message, found.pos)

    def _enter(self, token: _Token) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise FilterSyntaxError(
                f"filter nests too deeply at position {token.pos}: at most {MAX_DEPTH} levels of "
                "parentheses and NOT are allowed",
                token.pos,
            )

    # Grammar rules.

    def _or_expr(self) -> Expr:
        operands = [self._and_expr()]
        while self._at_keyword("OR"):
            self._advance()
            operands.append(self._and_expr())
        flat: list[Expr] = []
        for operand in operands:
            flat.extend(operand.operands if isinstance(operand, Or) else (operand,))
        return flat[0] if len(flat) == 1 else Or(tuple(flat))

    def _and_expr(self) -> Expr:
        operands = [self._not_expr()]
        while self._at_keyword("AND"):
            self._advance()
            operands.append(self._not_expr())
        flat: list[Expr] = []
        for operand in operands:
            flat.extend(operand.operands if isinstance(operand, And) else (operand,))
        return flat[0] if len(flat) == 1 else And(tuple(flat))

    def _not_expr(self) -> Expr:
        token = self._peek()
        if self._at_keyword("NOT"):
            self._enter(token)
            self._advance()
            operand = self._not_expr()
            self._depth -= 1
            return Not(operand)
        if token.kind is _Kind.LPAREN:
            self._enter(token)
            self._advance()
            expr = self._or_expr()
            close = self._peek()
            if close.kind is _Kind.END:
                raise FilterSyntaxError(
                    f"missing ')' to close the '(' at position {token.pos}: found end of filter at "
                    f"position {close.pos}",
                    close.pos,
                )
            if close.kind is not _Kind.RPAREN:
                raise self._expected("AND, OR or ')'", close, hint=f"the '(' at position {token.pos} is still open")
            self._advance()
            self._depth -= 1
            return expr
        return self._comparison()

    def _comparison(self) -> Comparison:
        start = self._peek()
        if start.kind is not _Kind.IDENT:
            hint = ""
            if start.kind is _Kind.BACKTICK:
                hint = "backticks quote only the key after a '.', e.g. tags.`team/owner`"
            elif start.kind is _Kind.STRING:
                hint = "field names are not quoted"
            raise self._expected("a comparison (field operator value), '(' or NOT", start, hint=hint)
        self._comparisons += 1
        if self._comparisons > MAX_COMPARISONS:
            raise FilterSyntaxError(
                f"too many comparisons at position {start.pos}: a filter may have at most {MAX_COMPARISONS}",
                start.pos,
            )
        field = self._field()
        field_text = self._text[start.pos : self._tokens[self._i - 1].pos + len(self._tokens[self._i - 1].text)]

        op_token = self._peek()
        if op_token.kind is _Kind.OP or (op_token.kind is _Kind.KEYWORD and op_token.value in ("LIKE", "ILIKE")):
            self._advance()
        else:
            hint = ""
            if op_token.kind is _Kind.KEYWORD and op_token.value == "NOT":
                hint = f'to negate, put NOT before the field, e.g. NOT {field_text} LIKE "x%"'
            raise self._expected(
                f"an operator ({', '.join(OPERATORS)})", op_token, after=f"'{_shorten(field_text)}'", hint=hint
            )

        value_token = self._peek()
        value: Value
        if value_token.kind is _Kind.STRING:
            value = Value(value_token.value, "string")
        elif value_token.kind is _Kind.NUMBER:
            value = Value(value_token.value, "number")
        elif value_token.kind is _Kind.IDENT:
            value = Value(value_token.text, "identifier")
        else:
            hint = ""
            if value_token.kind is _Kind.KEYWORD:
                hint = "quote it to use it as a string"
            elif value_token.kind is _Kind.DOT:
                hint = "write decimals with a digit before the '.', e.g. 0.5"
            raise self._expected("a value", value_token, hint=hint)
        self._advance()
        return Comparison(field, str(op_token.value), value)

    def _field(self) -> Field:
        name = self._advance()
        if self._peek().kind is not _Kind.DOT:
            return Field(name.text, None)
        self._advance()
        key_token = self._peek()
        key: str
        if key_token.kind in (_Kind.IDENT, _Kind.KEYWORD):
            key = key_token.text
        elif key_token.kind is _Kind.BACKTICK:
            key = str(key_token.value)
        else:
            raise self._expected(
                f"a key after '{name.text}.'",
                key_token,
                after="",
                hint=f"quote keys that are not identifiers with backticks, e.g. {name.text}.`team/owner`",
            )
        self._advance()
        extra = self._peek()
        if extra.kind is _Kind.DOT:
            # Suggest the key the user probably meant: everything dotted after the first '.'.
            parts = [key]
            j = self._i
            try:
                while self._token(j).kind is _Kind.DOT and self._token(j + 1).kind in _KEY_PARTS:
                    part = self._token(j + 1)
                    parts.append(str(part.value) if part.kind is _Kind.BACKTICK else part.text)
                    j += 2
            except FilterSyntaxError:
                pass  # a later lexical error; report the '.' first
            quoted = ".".join(parts).replace("\\", "\\\\").replace("`", "\\`")
            raise FilterSyntaxError(
                f"unexpected '.' at position {extra.pos}: a field has at most one '.'; quote a key that "
                f"contains dots with backticks, e.g. {name.text}.`{_shorten(quoted)}`",
                extra.pos,
            )
        return Field(name.text, key)
