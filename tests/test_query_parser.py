"""Tests of the search-language parser and its plain-words rendering."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_logger.domain.query import (
    FIELDS,
    And,
    FieldFilter,
    Not,
    Or,
    QuerySyntaxError,
    Term,
    describe_query,
    parse_query,
)


def words(node: object) -> object:
    """The tree with terms as plain strings and filters as "field op value", positions dropped."""
    if isinstance(node, Term):
        return ('"' + node.text + '"' if node.phrase else node.text) + ("*" if node.prefix else "")
    if isinstance(node, FieldFilter):
        return f"{node.field}{node.op}{node.value}"
    if isinstance(node, Not):
        return ("not", words(node.child))
    if isinstance(node, And | Or):
        return (type(node).__name__.lower(), *(words(child) for child in node.children))
    return node


def only_filter(text: str) -> FieldFilter:
    node = parse_query(text)
    assert isinstance(node, FieldFilter)
    return node


def error_of(text: str) -> QuerySyntaxError:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(text)
    return info.value


# --- free text -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "\u00a0"])
def test_empty_text_gives_none(text: str) -> None:
    assert parse_query(text) is None


def test_word() -> None:
    assert parse_query("drone") == Term("drone", position=0)


def test_phrase_keeps_colon_and_collapses_spaces() -> None:
    assert parse_query('  "pump   station"') == Term("pump station", phrase=True, position=2)
    assert parse_query('"region:x"') == Term("region:x", phrase=True)


def test_prefix_word_and_phrase() -> None:
    assert parse_query("interc*") == Term("interc", prefix=True)
    assert parse_query('"pump stat"*') == Term("pump stat", phrase=True, prefix=True)


def test_words_in_any_script_are_kept_as_typed() -> None:
    node = parse_query('калуга "Нижний Новгород" Αθήνα القاهرة ירושלים Čačak')
    assert words(node) == (
        "and",
        "калуга",
        '"Нижний Новгород"',
        "Αθήνα",
        "القاهرة",
        "ירושלים",
        "Čačak",
    )


def test_inner_punctuation_is_part_of_a_word() -> None:
    assert words(parse_query("a-b 10:30 C++")) == ("and", "a-b", "10:30", "C++")


def test_positions_of_terms() -> None:
    node = parse_query('ab  "c d" -e')
    assert isinstance(node, And)
    assert [n.position for n in node.children[:2] if isinstance(n, Term)] == [0, 4]
    assert node.children[2] == Not(Term("e", position=11))


# --- operators -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-test", ("not", "test")),
        ('-"a phrase"', ("not", '"a phrase"')),
        ("-region:x", ("not", "region=x")),
        ("not word", ("not", "word")),
        ("NOT word", ("not", "word")),
        ("-(a b)", ("not", ("and", "a", "b"))),
        ("not not a", "a"),
        ("-or", ("not", "or")),  # right after "-" a keyword is a plain word
        ('"or"', '"or"'),
    ],
)
def test_exclusion(text: str, expected: object) -> None:
    assert words(parse_query(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a b", ("and", "a", "b")),
        ("a and b", ("and", "a", "b")),
        ("a AND b", ("and", "a", "b")),
        ("a or b", ("or", "a", "b")),
        ("a OR b Or c", ("or", "a", "b", "c")),
        # OR binds tighter than the implicit (or explicit) AND, as in Gmail.
        ("a b or c", ("and", "a", ("or", "b", "c"))),
        ("a or b c", ("and", ("or", "a", "b"), "c")),
        ("a or b and c or d", ("and", ("or", "a", "b"), ("or", "c", "d"))),
        ("not a or b", ("or", ("not", "a"), "b")),
        ("(a b) or c", ("or", ("and", "a", "b"), "c")),
        ("(fire or explosion) -test", ("and", ("or", "fire", "explosion"), ("not", "test"))),
        ("((a))", "a"),
        ("(a b) (c d)", ("and", "a", "b", "c", "d")),
        ("(a or b) or (c or d)", ("or", "a", "b", "c", "d")),
        ("x(a or b)", ("and", "x", ("or", "a", "b"))),
    ],
)
def test_precedence_grouping_and_flattening(text: str, expected: object) -> None:
    assert words(parse_query(text)) == expected


# --- fields ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("region:Калуга", "region=Калуга"),
        ('region:"Нижний Новгород"', "region=Нижний Новгород"),
        ("place:Kaluga", "region=Kaluga"),
        ("PLACE:Kaluga", "region=Kaluga"),
        ("category:interception", "category=interception"),
        ("source:ministry", "source=ministry"),
        ('source:"Ministry of Defence"', "source=Ministry of Defence"),
        ("tag:night", "tag=night"),
        ("status:Confirmed", "status=confirmed"),
        ("status:closed", "status=closed"),
        ("grade:b2", "grade=B2"),
        ("Grade:F6", "grade=F6"),
        ("reliability:B", "reliability=B"),
        ("reliability:<=b", "reliability<=B"),
        ("reliability:>C", "reliability>C"),
        ("reliability:=A", "reliability=A"),
        ("credibility:<=2", "credibility<=2"),
        ("credibility:>=6", "credibility>=6"),
        ("credibility:<3", "credibility<3"),
        ("from:2026-09-01", "from=2026-09-01"),
        ("from:2026-09-01t06:30", "from=2026-09-01T06:30"),
        ("to:2026-09-12T23:59", "to=2026-09-12T23:59"),
        ("to:2028-02-29", "to=2028-02-29"),
        ("injuries:>0", "injuries>0"),
        ("injuries:0", "injuries=0"),
        ("injuries:007", "injuries=7"),
        ("injuries:unknown", "injuries=unknown"),
        ("fatalities:>=3", "fatalities>=3"),
        ('fatalities:"<= 2"', "fatalities<=2"),
        ("fatalities:UNKNOWN", "fatalities=unknown"),
        ("has:damage", "has=damage"),
        ("has:Coords", "has=coords"),
        ("has:sources", "has=sources"),
        ("has:tags", "has=tags"),
        ("has:narrative", "has=narrative"),
        ("has:injuries", "has=injuries"),
        ("has:fatalities", "has=fatalities"),
        ("deleted:yes", "deleted=yes"),
        ("deleted:only", "deleted=yes"),
        ("deleted:TRUE", "deleted=yes"),
        ("deleted:no", "deleted=no"),
        ("deleted:false", "deleted=no"),
        ("id:123", "id=123"),
        ("ref:INC-000123", "id=123"),
        ("ref:inc-42", "id=42"),
        ("id:0042", "id=42"),
    ],
)
def test_field_values_are_normalised(text: str, expected: str) -> None:
    assert words(only_filter(text)) == expected


def test_field_position_is_the_field_name() -> None:
    node = parse_query('drone -region:"Нижний Новгород"')
    assert node == And((Term("drone"), Not(FieldFilter("region", "=", "Нижний Новгород", 7))))


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("status:open", 7),
        ("grade:B", 6),
        ("grade:2", 6),
        ("grade:G2", 6),
        ("grade:B7", 6),
        ("grade:<B2", 6),
        ("reliability:G", 12),
        ("reliability:<=", 12),
        ("reliability:AB", 12),
        ("credibility:7", 12),
        ("credibility:>=0", 12),
        ("credibility:B", 12),
        ("from:2026-9-1", 5),
        ("from:yesterday", 5),
        ("from:2026-09-01T25:00", 5),
        ("to:2026-02-30", 3),
        ("to:2026-13-01", 3),
        ("to:2026-09-01T12", 3),
        ("injuries:-1", 9),
        ("injuries:many", 9),
        ("injuries:>unknown", 9),
        ("injuries:1.5", 9),
        ("fatalities:" + "9" * 40, 11),
        ("has:photos", 4),
        ("deleted:maybe", 8),
        ("id:abc", 3),
        ("ref:INC-", 4),
        ("id:" + "1" * 30, 3),
    ],
)
def test_bad_field_values_point_at_the_value(text: str, position: int) -> None:
    err = error_of(text)
    assert err.position == position
    assert "value" in err.message or "real date" in err.message


@pytest.mark.parametrize("text", ["region:", "tag: x", 'category:""', "source:(x)", "injuries:>"])
def test_empty_field_value_is_an_error(text: str) -> None:
    assert error_of(text).message.startswith("Empty value")


def test_unknown_field_names_the_known_ones() -> None:
    err = error_of("foo:bar")
    assert err.position == 0
    assert str(err).startswith("Unknown field 'foo' at position 0: known fields: category,")
    assert all(name in err.message for name in [*FIELDS, "place", "ref"])
    assert error_of("drone http://example.com").position == 6


def test_bad_date_says_so() -> None:
    assert str(error_of("from:2026-02-30")).startswith("'2026-02-30' is not a real date")


def test_fields_have_help() -> None:
    assert set(FIELDS) >= {"region", "status", "grade", "reliability", "from", "to", "id"}
    assert all(help_text for help_text in FIELDS.values())


# --- malformed queries -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "start"),
    [
        ('drone "pump', 6, "Unclosed quote"),
        ('region:"Нижний', 7, "Unclosed quote"),
        ("a (b or c", 2, "Unclosed parenthesis"),
        ("(", 0, "Unclosed parenthesis"),
        ("a b)", 3, "Unmatched )"),
        (")", 0, "Unmatched )"),
        ("a ()", 2, "Empty parentheses"),
        ("fire or", 5, "Nothing after 'or'"),
        ("fire or or smoke", 5, "Nothing after 'or'"),
        ("(fire OR) smoke", 6, "Nothing after 'OR'"),
        ("or fire", 0, "Nothing before 'or'"),
        ("fire and", 5, "Nothing after 'and'"),
        ("fire not", 5, "Nothing after 'not'"),
        ("a - b", 2, "'-' on its own"),
        ("-", 0, "'-' on its own"),
        ("(a -)", 3, "'-' on its own"),
        ("*", 0, "A bare *"),
        ("drone ***", 6, "'***' has no letters or digits"),
        ("!!! x", 0, "'!!!' has no letters or digits"),
        ('x ""', 2, "Empty phrase"),
        ('" ... "', 0, "Empty phrase"),
        ("(" * 40 + "a" + ")" * 40, 32, "Too many nested parentheses"),
    ],
)
def test_malformed_queries_report_position_and_problem(
    text: str, position: int, start: str
) -> None:
    err = error_of(text)
    assert (err.position, err.message[: len(start)]) == (position, start)
    assert str(err).startswith(f"{start} at position {position}")


def test_error_reads_like_a_sentence() -> None:
    err = error_of('drone "pump station')
    assert isinstance(err, ValueError)
    assert str(err) == 'Unclosed quote at position 6: add a closing "'
    assert err.message == 'Unclosed quote: add a closing "'


def test_first_problem_in_reading_order_is_reported() -> None:
    assert error_of("a) from:2026-02-30").position == 1
    assert error_of("from:2026-02-30 a)").position == 5


# --- describe_query --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"pump station" region:Калуга from:2026-09-01',
            'text "pump station" and region Калуга and from 2026-09-01',
        ),
        ("interc*", 'text starting with "interc"'),
        ('place:"Нижний Новгород"', 'region "Нижний Новгород"'),
        ("(fire or explosion) -test", '(text "fire" or text "explosion") and not text "test"'),
        ("-(a b) or c", 'not (text "a" and text "b") or text "c"'),
        ("reliability:<=B credibility:>3", "reliability B or better and credibility worse than 3"),
        ("injuries:>0 fatalities:unknown", "injuries more than 0 and fatalities unknown"),
        (
            "fatalities:<=2 injuries:<1 grade:A1",
            "fatalities at most 2 and injuries less than 1 and grade A1",
        ),
        ("has:damage deleted:no", "has damage and not deleted"),
        ("deleted:only ref:INC-000123", "deleted and incident INC-000123"),
        (
            "status:disputed tag:night to:2026-09-12",
            "status disputed and tag night and to 2026-09-12",
        ),
    ],
)
def test_describe_query(text: str, expected: str) -> None:
    assert describe_query(parse_query(text)) == expected


def test_describe_nothing() -> None:
    assert describe_query(None) == "all incidents"


# --- never anything but a tree or QuerySyntaxError -------------------------------------

PIECES = [
    "a", "калуга", "Αθήνα", "or", "OR", "and", "not", "-", "(", ")", '"', "*", ":", " ", "  ",
    "region:", "place:", "grade:", "reliability:", "credibility:", "from:", "to:", "injuries:",
    "fatalities:", "has:", "deleted:", "id:", "ref:", "foo:", "<=", ">", "=", "B2", "b", "3",
    "2026-09-01", "T12:30", "unknown", "damage", "yes", "INC-000123", "\u00a0", "\t", "!",
]  # fmt: skip


def check_total(text: str) -> None:
    try:
        node = parse_query(text)
    except QuerySyntaxError as err:
        assert 0 <= err.position <= len(text)
        assert err.message and str(err)
    else:
        assert node is None or isinstance(node, Term | FieldFilter | Not | And | Or)
        assert isinstance(describe_query(node), str)


@settings(database=None, deadline=None, max_examples=100)
@given(st.text())
def test_any_text_parses_or_raises_query_syntax_error(text: str) -> None:
    check_total(text)


@settings(database=None, deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_any_query_like_text_parses_or_raises_query_syntax_error(pieces: list[str]) -> None:
    check_total("".join(pieces))
