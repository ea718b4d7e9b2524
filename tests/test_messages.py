"""The message table (domain/messages.py): codes, values, English text, and its users."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import (
    TEXTS,
    Message,
    MessageError,
    english,
    msg,
    placeholders,
)
from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.domain.timefmt import parse_when

ROOT = Path(__file__).resolve().parents[1]


def test_english_text_with_values_and_plurals() -> None:
    assert str(msg("too_long", length=312, limit=300)) == (
        "is too long (312 characters, at most 300)"
    )
    assert str(msg("source_cited", n=1, name="X")).startswith("'X' is cited by 1 incident;")
    assert str(msg("source_cited", n=1200, name="X")).startswith("'X' is cited by 1,200 incidents;")
    assert str(msg("place_in_use", n=2, name="X")) == (
        "'X' is still used by 2 incidents or places; move them first"
    )
    assert str(msg("out_of_range", low=-90.0, high=90.0, value=95.0)) == (
        "must be between -90 and 90 (got 95.0)"
    )
    assert str(msg("label_too_long", field="title", length=1234, limit=200)) == (
        "title: is too long (1,234 characters, at most 200)"
    )


def test_a_message_inside_another_reads_in_its_turn() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query('"обломки')
    assert str(caught.value) == 'Unclosed quote at position 0: add a closing "'
    assert caught.value.msg.code == "at_position_hint"
    assert caught.value.problem == msg("unclosed_quote")


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        msg("no such code")


def test_errors_carry_their_code_and_english_text() -> None:
    with pytest.raises(MessageError) as caught:
        parse_when("вчера")
    assert caught.value.msg == msg("not_a_time", text="вчера")
    error = ValidationError([FieldError("title", msg("required"))])
    assert str(error) == "title: is required" and error.messages_for("title") == [msg("required")]


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def test_every_code_used_in_the_code_is_in_the_table_with_its_values() -> None:
    """Each msg("code", name=...) call names a code of the table and exactly its values."""
    seen: set[str] = set()
    for path in (ROOT / "incident_logger").rglob("*.py"):
        for call in _calls(path):
            if not (isinstance(call.func, ast.Name) and call.func.id == "msg"):
                continue
            if not call.args or not isinstance(call.args[0], ast.Constant):
                continue
            code = call.args[0].value
            assert code in TEXTS, f"{path.name}: unknown message code {code!r}"
            given = {k.arg for k in call.keywords if k.arg and k.arg != "n"}
            assert given == placeholders(TEXTS[code]), f"{path.name}: {code} takes other values"
            has_n = any(k.arg == "n" for k in call.keywords)
            assert has_n == ("%Ln" in TEXTS[code] or "%n" in TEXTS[code]), code
            seen.add(code)
    # Codes a table of the code names (a separator's word, json's syntax errors): a constant.
    named = {
        node.value
        for path in (ROOT / "incident_logger").rglob("*.py")
        if path.name != "messages.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    for code in TEXTS:
        # help_*: FIELDS builds them by name; period_*: the briefing names its bound
        if code.startswith(("help_", "period_")) and code != "period_reversed":
            continue
        if code in ("verbatim", "with_hint"):
            continue
        if code in named and not placeholders(TEXTS[code]):
            continue
        assert code in seen, f"message {code!r} is never used"


def test_field_errors_and_query_errors_take_codes_not_sentences() -> None:
    """No service builds a FieldError or a QuerySyntaxError from English text any more."""
    for path in (ROOT / "incident_logger").rglob("*.py"):
        if "ui" in path.parts:
            continue
        for call in _calls(path):
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            if name == "FieldError" and len(call.args) > 1:
                assert not isinstance(call.args[1], ast.Constant | ast.JoinedStr), path
            if name == "QuerySyntaxError":
                for arg in call.args[1:]:
                    assert not isinstance(arg, ast.Constant | ast.JoinedStr), path


def test_the_ui_no_longer_matches_english_text() -> None:
    source = (ROOT / "incident_logger" / "ui" / "messages.py").read_text(encoding="utf-8")
    assert "_TEMPLATES" not in source and "groupdict" not in source
    for path in (ROOT / "incident_logger" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"in str\(exc\)", text), path


def test_message_is_hashable_and_compares_by_value() -> None:
    assert msg("required") == Message("required") and hash(msg("required"))
    assert english(msg("empty")) == "is empty"
