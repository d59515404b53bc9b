"""The List filter parser: grammar, precedence, literals, limits and error messages."""

from __future__ import annotations

import dataclasses
import pickle
import random

import pytest

from regserver.domain.filters import (
    MAX_COMPARISONS,
    MAX_DEPTH,
    MAX_FILTER_LENGTH,
    And,
    Comparison,
    Expr,
    Field,
    FilterSyntaxError,
    Not,
    Or,
    Value,
    parse_filter,
)


def cmp(field: str, op: str, raw: str | int | float, kind: str = "number") -> Comparison:
    """Comparison on `field` ("name" or "tags.env"), for building expected trees."""
    name, _, key = field.partition(".")
    return Comparison(Field(name, key or None), op, Value(raw, kind))


A = cmp("a", "=", 1)
B = cmp("b", "=", 2)
C = cmp("c", "=", 3)
D = cmp("d", "=", 4)


def parse_error(text: str) -> FilterSyntaxError:
    with pytest.raises(FilterSyntaxError) as info:
        parse_filter(text)
    return info.value


# --- empty input ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "   \t\n\r  ", "\f\v"])
def test_empty_or_whitespace_is_no_filter(text: str) -> None:
    assert parse_filter(text) is None


# --- comparisons and operators ---------------------------------------------------


@pytest.mark.parametrize("op", ["=", "!=", "<", "<=", ">", ">="])
def test_every_symbolic_operator(op: str) -> None:
    assert parse_filter(f"version {op} 3") == cmp("version", op, 3)
    # Spaces are optional around symbols.
    assert parse_filter(f"version{op}3") == cmp("version", op, 3)


@pytest.mark.parametrize(
    ("written", "op"),
    [("LIKE", "LIKE"), ("like", "LIKE"), ("Like", "LIKE"), ("ILIKE", "ILIKE"), ("ilike", "ILIKE"), ("iLiKe", "ILIKE")],
)
def test_pattern_operators_are_case_insensitive_and_upper_cased(written: str, op: str) -> None:
    assert parse_filter(f'name {written} "fraud%"') == cmp("name", op, "fraud%", "string")


def test_negative_number_right_after_an_operator() -> None:
    assert parse_filter("a!=-1") == cmp("a", "!=", -1)
    assert parse_filter("a<-2") == cmp("a", "<", -2)
    assert parse_filter("a>=-0.5") == cmp("a", ">=", -0.5)


def test_comparison_structure() -> None:
    tree = parse_filter('tags.env = "prod"')
    assert isinstance(tree, Comparison)
    assert tree.field == Field("tags", "env")
    assert tree.op == "="
    assert tree.value == Value("prod", "string")


def test_plain_field_has_no_key() -> None:
    assert parse_filter("create_time > '2026-01-31T00:00:00Z'") == Comparison(
        Field("create_time", None), ">", Value("2026-01-31T00:00:00Z", "string")
    )


def test_field_names_are_not_validated_or_case_folded() -> None:
    assert parse_filter("NoSuchField = 1") == cmp("NoSuchField", "=", 1)
    assert parse_filter("_x9.Key_1 = 1") == cmp("_x9.Key_1", "=", 1)


def test_whitespace_of_all_kinds_between_tokens() -> None:
    assert parse_filter("\n\ta\r\n=\t1\n AND\n\nb =2  ") == And((A, B))


def test_whitespace_around_the_dot_is_allowed() -> None:
    assert parse_filter("tags . env = 'x'") == cmp("tags.env", "=", "x", "string")


# --- boolean structure and precedence ------------------------------------------------


def test_and_chain_is_flattened() -> None:
    assert parse_filter("a = 1 AND b = 2 AND c = 3") == And((A, B, C))


def test_or_chain_is_flattened() -> None:
    assert parse_filter("a = 1 OR b = 2 OR c = 3") == Or((A, B, C))


def test_and_binds_tighter_than_or() -> None:
    assert parse_filter("a = 1 OR b = 2 AND c = 3") == Or((A, And((B, C))))
    assert parse_filter("a = 1 AND b = 2 OR c = 3") == Or((And((A, B)), C))
    assert parse_filter("a = 1 AND b = 2 OR c = 3 AND d = 4") == Or((And((A, B)), And((C, D))))


def test_not_binds_tighter_than_and() -> None:
    assert parse_filter("NOT a = 1 AND b = 2") == And((Not(A), B))
    assert parse_filter("a = 1 AND NOT b = 2") == And((A, Not(B)))
    assert parse_filter("NOT a = 1 OR b = 2") == Or((Not(A), B))


def test_double_not_is_kept() -> None:
    assert parse_filter("NOT NOT a = 1") == Not(Not(A))


def test_parentheses_override_precedence() -> None:
    assert parse_filter("(a = 1 OR b = 2) AND c = 3") == And((Or((A, B)), C))
    assert parse_filter("a = 1 AND (b = 2 OR c = 3)") == And((A, Or((B, C))))
    assert parse_filter("NOT (a = 1 AND b = 2)") == Not(And((A, B)))


def test_parentheses_leave_no_node() -> None:
    assert parse_filter("(a = 1)") == A
    assert parse_filter("(((a = 1)))") == A
    assert parse_filter("(a=1)AND(b=2)") == And((A, B))


def test_parenthesized_same_operator_is_flattened() -> None:
    assert parse_filter("a = 1 AND (b = 2 AND c = 3)") == And((A, B, C))
    assert parse_filter("(a = 1 OR b = 2) OR (c = 3 OR d = 4)") == Or((A, B, C, D))
    # ...but not across a different operator or a NOT.
    assert parse_filter("a = 1 AND (b = 2 OR c = 3) AND d = 4") == And((A, Or((B, C)), D))
    assert parse_filter("a = 1 AND NOT (b = 2 AND c = 3)") == And((A, Not(And((B, C)))))


def test_keywords_are_case_insensitive() -> None:
    assert parse_filter("a = 1 and b = 2 Or not c = 3") == Or((And((A, B)), Not(C)))
    assert parse_filter("nOt a = 1 aNd b = 2") == And((Not(A), B))


def test_keyword_prefixes_are_identifiers() -> None:
    # ANDroid, ORder and NOTE are identifiers, not keywords followed by text.
    assert parse_filter("ANDroid = ORder") == cmp("ANDroid", "=", "ORder", "identifier")
    assert parse_filter("NOTE = 1") == cmp("NOTE", "=", 1)


def test_keyword_as_key_after_dot() -> None:
    assert parse_filter("tags.not = 'x'") == cmp("tags.not", "=", "x", "string")
    assert parse_filter("tags.AND = 'x'") == cmp("tags.AND", "=", "x", "string")


# --- strings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ('"plain"', "plain"),
        ("'plain'", "plain"),
        ('""', ""),
        ("''", ""),
        (r'"a \"b\" c\\d"', 'a "b" c\\d'),
        (r"'it\'s'", "it's"),
        ("'say \"hi\"'", 'say "hi"'),
        ('"it\'s"', "it's"),
        (r'"it\'s"', "it's"),
        (r"'\"'", '"'),
        (r'"\\"', "\\"),
        (r'"\\\\"', "\\\\"),
        (r'"ends with backslash \\"', "ends with backslash \\"),
        ('"100%_sure"', "100%_sure"),
        ('"  spaces  kept "', "  spaces  kept "),
        ('"AND OR NOT ( ) # ` ."', "AND OR NOT ( ) # ` ."),
        ('"grüße, 模型"', "grüße, 模型"),
        ('"two\nlines"', "two\nlines"),
    ],
)
def test_string_literals(literal: str, expected: str) -> None:
    assert parse_filter(f"description = {literal}") == cmp("description", "=", expected, "string")


def test_string_that_looks_like_a_number_stays_a_string() -> None:
    assert parse_filter('version = "3"') == cmp("version", "=", "3", "string")


# --- numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("3", 3),
        ("0", 0),
        ("-2", -2),
        ("007", 7),
        ("-0", 0),
        ("0.95", 0.95),
        ("-0.95", -0.95),
        ("1e-3", 1e-3),
        ("1E3", 1000.0),
        ("2.5e+2", 250.0),
        ("-1.5E-2", -0.015),
        ("9223372036854775807", 2**63 - 1),
        ("-9223372036854775808", -(2**63)),
        ("1e300", 1e300),
    ],
)
def test_number_literals(literal: str, expected: int | float) -> None:
    tree = parse_filter(f"metrics.accuracy >= {literal}")
    assert isinstance(tree, Comparison)
    assert tree.value.kind == "number"
    assert tree.value.raw == expected
    assert type(tree.value.raw) is type(expected)


def test_integers_stay_int_and_decimals_are_float() -> None:
    three = parse_filter("version = 3")
    exp = parse_filter("version = 3e0")
    dec = parse_filter("version = 3.0")
    assert isinstance(three, Comparison) and isinstance(exp, Comparison) and isinstance(dec, Comparison)
    assert type(three.value.raw) is int
    assert type(exp.value.raw) is float
    assert type(dec.value.raw) is float


# --- identifier values ------------------------------------------------------------------


@pytest.mark.parametrize("word", ["PRODUCTION", "production", "Ready", "_x", "STAGE_ARCHIVED", "a1_b2"])
def test_identifier_values_keep_their_text(word: str) -> None:
    assert parse_filter(f"stage = {word}") == cmp("stage", "=", word, "identifier")


def test_identifier_value_vs_quoted_value() -> None:
    assert parse_filter("aliases = champion") == cmp("aliases", "=", "champion", "identifier")
    assert parse_filter('aliases = "champion"') == cmp("aliases", "=", "champion", "string")


# --- backtick-quoted keys -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("`team/owner`", "team/owner"),
        ("`a.b.c`", "a.b.c"),
        ("`with space`", "with space"),
        ("`1st`", "1st"),
        ("`quote\"s'`", "quote\"s'"),
        (r"`back\`tick`", "back`tick"),
        (r"`back\\slash`", "back\\slash"),
        ("`env`", "env"),
        ("`ключ`", "ключ"),
        ("`AND`", "AND"),
    ],
)
def test_backtick_keys(written: str, key: str) -> None:
    assert parse_filter(f'tags.{written} = "fraud"') == Comparison(Field("tags", key), "=", Value("fraud", "string"))


def test_backtick_key_on_metrics_with_number() -> None:
    assert parse_filter("metrics.`f1/macro` > 0.8") == Comparison(
        Field("metrics", "f1/macro"), ">", Value(0.8, "number")
    )


# --- a realistic filter ----------------------------------------------------------------------


def test_realistic_filter() -> None:
    text = (
        "stage = PRODUCTION AND (metrics.accuracy >= 0.95 OR tags.`team/owner` ILIKE 'fraud%') "
        'AND NOT aliases = "retired" AND create_time > "2026-01-31T00:00:00Z"'
    )
    assert parse_filter(text) == And(
        (
            cmp("stage", "=", "PRODUCTION", "identifier"),
            Or(
                (
                    cmp("metrics.accuracy", ">=", 0.95),
                    Comparison(Field("tags", "team/owner"), "ILIKE", Value("fraud%", "string")),
                )
            ),
            Not(cmp("aliases", "=", "retired", "string")),
            cmp("create_time", ">", "2026-01-31T00:00:00Z", "string"),
        )
    )


# --- malformed input -----------------------------------------------------------------------


MALFORMED: list[tuple[str, int, str]] = [
    # (filter, position, a fragment the message must contain)
    # Unterminated strings and keys: the position of the opening quote.
    ('name = "abc', 7, "unterminated string starting at position 7"),
    ("name = 'abc", 7, "unterminated string starting at position 7"),
    ('name = "abc\\"', 7, "unterminated string"),
    ('name = "abc\\', 7, "unterminated string"),
    ("tags.`team = 'x'", 5, "unterminated backtick-quoted key starting at position 5"),
    ("tags.`` = 'x'", 5, "empty backtick-quoted key"),
    # Bad escapes: the position of the backslash.
    ('name = "a\\nb"', 9, "invalid escape '\\n'"),
    ("tags.`a\\/b` = 1", 7, "invalid escape '\\/'"),
    # Missing value.
    ("stage = ", 8, "expected a value after '=' at position 8, found end of filter"),
    ("version =", 9, "found end of filter"),
    ("version = AND b = 1", 10, "found the keyword 'AND'"),
    ("version = )", 10, "expected a value"),
    ("version = (1)", 10, "expected a value"),
    ("a = .5", 4, "0.5"),
    ("a = tags.`x`", 8, "expected AND, OR or end of filter"),
    # Missing or wrong operator.
    ("stage PRODUCTION", 6, "expected an operator (=, !=, <, <=, >, >=, LIKE, ILIKE) after 'stage'"),
    ("stage", 5, "expected an operator"),
    ("tags.env", 8, "after 'tags.env'"),
    ('tags.`team/owner` "x"', 18, "after 'tags.`team/owner`'"),
    ('name NOT LIKE "x%"', 5, "put NOT before the field"),
    ("a IN (1, 2)", 2, "found 'IN'"),
    ("a == 1", 2, "'==' at position 2 is not an operator; use '='"),
    ("a <> 1", 2, "use '!='"),
    ("a =< 1", 3, "expected a value"),
    ("a ! 1", 2, "unexpected character '!'"),
    ("a = - 1", 4, "unexpected character '-'"),
    # Missing field / comparison.
    ("= 1", 0, "expected a comparison"),
    ("1 = 1", 0, "expected a comparison"),
    ('"name" = 1', 0, "field names are not quoted"),
    ("`name` = 1", 0, "backticks quote only the key"),
    ("AND a = 1", 0, "found the keyword 'AND'"),
    ("LIKE = 1", 0, "expected a comparison"),
    # Dangling and doubled keywords.
    ("a = 1 AND", 9, "expected a comparison (field operator value), '(' or NOT after the keyword 'AND'"),
    ("a = 1 OR", 8, "found end of filter"),
    ("a = 1 AND AND b = 2", 10, "found the keyword 'AND'"),
    ("a = 1 OR AND b = 2", 9, "found the keyword 'AND'"),
    ("NOT", 3, "found end of filter"),
    ("a = 1 AND NOT", 13, "found end of filter"),
    # Unbalanced parentheses, both ways.
    ("(a = 1", 6, "missing ')' to close the '(' at position 0"),
    ("((a = 1)", 8, "missing ')' to close the '(' at position 0"),
    ("(a = 1 OR (b = 2)", 17, "missing ')' to close the '(' at position 0"),
    ("(a = 1 b = 2)", 7, "the '(' at position 0 is still open"),
    ("a = 1)", 5, "unexpected ')' at position 5"),
    ("(a = 1 OR b = 2) AND c = 3)", 26, "unexpected ')' at position 26"),
    ("(a = 1))", 7, "unexpected ')'"),
    (")", 0, "expected a comparison"),
    ("()", 1, "found ')'"),
    ("a = 1 AND ()", 11, "found ')'"),
    # Unknown characters.
    ("a = 1 # comment", 6, "unexpected character '#' at position 6"),
    ("a = 1 ; b = 2", 6, "unexpected character ';'"),
    ("nämé = 1", 1, "unexpected character 'ä'"),
    ("a = 1\x00", 5, "U+0000"),
    ("a\u00a0= 1", 1, "U+00A0"),
    ("a = 1 && b = 2", 6, "use AND"),
    ("a = 1 || b = 2", 6, "use OR"),
    ("a = $x", 4, "unexpected character '$'"),
    ("a = [1]", 4, "unexpected character '['"),
    # Bad fields.
    ("a.b.c = 1", 3, "at most one '.'"),
    ("tags.a.b = 1", 6, "tags.`a.b`"),
    ("tags.`a`.b = 1", 8, "tags.`a.b`"),
    ("tags. = 1", 6, "expected a key after 'tags.'"),
    ("tags.1 = 1", 5, "backticks"),
    ("tags.'env' = 1", 5, "expected a key"),
    ("tags.", 5, "found end of filter"),
    (".env = 1", 0, "expected a comparison"),
    # Bad numbers.
    ("a = 1.2.3", 4, "invalid number '1.2.3'"),
    ("a = 1.", 4, "invalid number"),
    ("a = 1e", 4, "invalid number"),
    ("a = 12abc", 4, "invalid number '12abc'"),
    ("a = 1e999", 4, "out of range"),
    ("a = 9223372036854775808", 4, "out of range"),
    ("a = -9223372036854775809", 4, "out of range"),
    ("a = 1AND b = 2", 4, "invalid number"),
    # Trailing garbage.
    ("a = 1 b", 6, "expected AND, OR or end of filter after '1' at position 6, found 'b'"),
    ("a = 1 b = 2", 6, "found 'b'"),
    ('a = "x" "y"', 8, 'found "y"'),
    ("a = 1 NOT b = 2", 6, "found the keyword 'NOT'"),
    ("a = 1 (b = 2)", 6, "found '('"),
    ("a = 1 = 2", 6, "found '='"),
    ("stage = PRODUCTION.x", 18, "found '.'"),
]


@pytest.mark.parametrize(("text", "position", "fragment"), MALFORMED)
def test_malformed_filters(text: str, position: int, fragment: str) -> None:
    error = parse_error(text)
    assert error.position == position, str(error)
    assert fragment in str(error)
    # Every message names the position it reports.
    assert f"position {position}" in str(error)
    assert 0 <= error.position <= len(text)


def test_long_found_token_is_shortened_in_message() -> None:
    error = parse_error(f'a = 1 "{"x" * 500}"')
    assert error.position == 6
    assert "..." in str(error)
    assert len(str(error)) < 200


# --- limits ---------------------------------------------------------------------------------


def test_filter_at_length_limit_parses() -> None:
    text = "a = 1" + " " * (MAX_FILTER_LENGTH - 5)
    assert len(text) == MAX_FILTER_LENGTH
    assert parse_filter(text) == A


def test_filter_over_length_limit() -> None:
    error = parse_error("a = 1" + " " * MAX_FILTER_LENGTH)
    assert error.position == MAX_FILTER_LENGTH
    assert "too long" in str(error)
    assert str(MAX_FILTER_LENGTH) in str(error)


def test_whitespace_only_over_length_limit_is_still_too_long() -> None:
    assert parse_error(" " * (MAX_FILTER_LENGTH + 1)).position == MAX_FILTER_LENGTH


def test_parentheses_at_depth_limit_parse() -> None:
    text = "(" * MAX_DEPTH + "a = 1" + ")" * MAX_DEPTH
    assert parse_filter(text) == A


def test_parentheses_over_depth_limit() -> None:
    text = "(" * (MAX_DEPTH + 1) + "a = 1" + ")" * (MAX_DEPTH + 1)
    error = parse_error(text)
    assert error.position == MAX_DEPTH
    assert "nests too deeply" in str(error)


def test_not_at_depth_limit_parses() -> None:
    tree = parse_filter("NOT " * MAX_DEPTH + "a = 1")
    for _ in range(MAX_DEPTH):
        assert isinstance(tree, Not)
        tree = tree.operand
    assert tree == A


def test_not_over_depth_limit() -> None:
    error = parse_error("NOT " * (MAX_DEPTH + 1) + "a = 1")
    assert error.position == 4 * MAX_DEPTH
    assert "nests too deeply" in str(error)


def test_mixed_not_and_parentheses_count_towards_depth() -> None:
    half = MAX_DEPTH // 2
    assert parse_filter("NOT (" * half + "a = 1" + ")" * half) is not None
    with pytest.raises(FilterSyntaxError, match="nests too deeply"):
        parse_filter("NOT (" * half + "NOT a = 1" + ")" * half)


def test_sibling_groups_do_not_add_up_depth() -> None:
    group = "(" * MAX_DEPTH + "a = 1" + ")" * MAX_DEPTH
    assert parse_filter(" AND ".join([group] * 3)) == And((A, A, A))


@pytest.mark.parametrize("text", ["(" * 4000, "(" * MAX_FILTER_LENGTH, "NOT " * 1000 + "a = 1", "NOT(" * 1000])
def test_pathological_nesting_raises_syntax_error_not_recursion_error(text: str) -> None:
    error = parse_error(text)
    assert "nests too deeply" in str(error) or "too long" in str(error)


def test_comparisons_at_limit_parse() -> None:
    tree = parse_filter(" OR ".join(["a = 1"] * MAX_COMPARISONS))
    assert isinstance(tree, Or)
    assert len(tree.operands) == MAX_COMPARISONS


def test_comparisons_over_limit() -> None:
    text = " AND ".join(["a = 1"] * (MAX_COMPARISONS + 1))
    error = parse_error(text)
    assert error.position == MAX_COMPARISONS * len("a = 1 AND ")
    assert "too many comparisons" in str(error)
    assert str(MAX_COMPARISONS) in str(error)


def test_comparison_limit_counts_nested_comparisons() -> None:
    inner = " OR ".join(["a = 1"] * 40)
    with pytest.raises(FilterSyntaxError, match="too many comparisons"):
        parse_filter(f"({inner}) AND NOT ({inner})")


# --- the error type and the tree types ------------------------------------------------------


def test_filter_syntax_error_is_a_value_error_with_position() -> None:
    error = FilterSyntaxError("bad thing at position 3", 3)
    assert isinstance(error, ValueError)
    assert error.position == 3
    assert error.message == "bad thing at position 3"
    assert str(error) == "bad thing at position 3"


def test_filter_syntax_error_pickles() -> None:
    error = parse_error("a = ")
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, FilterSyntaxError)
    assert (copy.message, copy.position) == (error.message, error.position)


def test_nodes_are_frozen_slotted_and_hashable() -> None:
    tree = parse_filter("a = 1 AND NOT (b = 2 OR c = 3)")
    assert tree is not None
    assert hash(tree) == hash(parse_filter("a = 1 AND NOT (b = 2 OR c = 3)"))
    for node in (A, A.field, A.value, And((A, B)), Or((A, B)), Not(A)):
        assert not hasattr(node, "__dict__")
        name = dataclasses.fields(node)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(node, name, None)


# --- randomized checks -----------------------------------------------------------------------


def _render_value(value: Value) -> str:
    if value.kind == "string":
        escaped = str(value.raw).replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return repr(value.raw) if isinstance(value.raw, float) else str(value.raw)


def _render(expr: Expr) -> str:
    if isinstance(expr, Comparison):
        field = expr.field.name
        if expr.field.key is not None:
            field += ".`" + expr.field.key.replace("\\", "\\\\").replace("`", "\\`") + "`"
        return f"{field} {expr.op} {_render_value(expr.value)}"
    if isinstance(expr, Not):
        inner = _render(expr.operand)
        return f"NOT ({inner})" if isinstance(expr.operand, And | Or) else f"NOT {inner}"
    if isinstance(expr, And):
        return " AND ".join(f"({_render(o)})" if isinstance(o, Or) else _render(o) for o in expr.operands)
    return " OR ".join(_render(o) for o in expr.operands)


def _random_comparison(rng: random.Random) -> Comparison:
    name = rng.choice(["name", "tags", "metrics", "stage", "version", "_f1"])
    key = rng.choice([None, "env", "team/owner", "a.b", "x`y", "back\\slash", "spa ce"])
    op = rng.choice(["=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE"])
    value = rng.choice(
        [
            Value(rng.choice(["", "prod", 'say "hi"', "it's", "c:\\dir\\", "%_x", "ünï"]), "string"),
            Value(rng.randint(-(10**12), 10**12), "number"),
            Value(rng.uniform(-1e6, 1e6), "number"),
            Value(rng.choice([1e-300, 2.5e-7, 6.02e23]), "number"),
            Value(rng.choice(["PRODUCTION", "READY", "champion"]), "identifier"),
        ]
    )
    return Comparison(Field(name, key), op, value)


def _random_expr(rng: random.Random, depth: int) -> Expr:
    """A random tree in the parser's normal form (no And directly in And, no Or in Or)."""
    if depth == 0 or rng.random() < 0.3:
        return _random_comparison(rng)
    choice = rng.choice(["and", "or", "not"])
    if choice == "not":
        return Not(_random_expr(rng, depth - 1))
    operands: list[Expr] = []
    for _ in range(rng.randint(2, 3)):
        operand = _random_expr(rng, depth - 1)
        while isinstance(operand, And if choice == "and" else Or):
            operand = _random_expr(rng, depth - 1)
        operands.append(operand)
    return And(tuple(operands)) if choice == "and" else Or(tuple(operands))


def test_rendered_random_trees_parse_back_to_themselves() -> None:
    rng = random.Random(20260131)
    for _ in range(500):
        tree = _random_expr(rng, 4)
        text = _render(tree)
        if len(text) > MAX_FILTER_LENGTH:
            continue
        try:
            parsed = parse_filter(text)
        except FilterSyntaxError as e:
            if "too many comparisons" in str(e) or "nests too deeply" in str(e):
                continue
            raise
        assert parsed == tree, text


def test_random_token_soup_only_ever_raises_filter_syntax_error() -> None:
    rng = random.Random(7)
    pieces = [
        "a", "tags", ".", "`k`", "`", "=", "!=", "<", "<=", ">", ">=", "!", "LIKE", "ilike", "AND", "or",
        "NOT", "(", ")", '"s"', '"', "'t'", "'", "\\", "1", "-2", "0.5", "1e3", "-", "e", "#", " ", "\n",
    ]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        try:
            parse_filter(text)
        except FilterSyntaxError as e:
            assert 0 <= e.position <= len(text), (text, str(e))
            assert f"position {e.position}" in str(e), (text, str(e))


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ('a b = "unterminated', 2),  # the missing operator comes before the unterminated string
        ("a IN (1, 2)", 2),  # ... before the unknown ','
        ("a = 1 b #", 6),
        ("(a = 1 # )", 7),
        ("a.b.c.`` = 1", 3),  # the extra '.' comes before the empty key
    ],
)
def test_the_first_error_in_the_text_is_reported(text: str, position: int) -> None:
    assert parse_error(text).position == position
