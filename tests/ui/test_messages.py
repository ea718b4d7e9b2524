"""Domain messages (validation, search syntax) shown in the interface's language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from incident_logger.domain.models import IncidentDraft
from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.domain.validation import incident_errors
from incident_logger.ui import i18n, messages


@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    i18n.install("ru")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def test_every_pattern_names_the_values_its_template_uses() -> None:
    for pattern, template in messages._TEMPLATES:
        assert set(re.compile(pattern).groupindex) == set(re.findall(r"\{(\w+)\}", template))


def test_english_messages_read_as_written(qapp: object) -> None:
    assert messages.message("is too long (312 characters, at most 300)") == (
        "is too long (312 characters, at most 300)"
    )
    assert messages.message("something the table does not know") == (
        "something the table does not know"
    )


def test_validation_and_search_errors_in_russian(russian: None) -> None:
    errors = incident_errors(IncidentDraft(title="", start_at="вчера"), bool, bool)
    shown = {e.field: messages.message(e.message) for e in errors}
    assert shown["title"] == "обязательное поле"
    assert shown["start_at"] == "«вчера» — не дата и время вида 2026-09-12 01:30"
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query('"обломки')
    assert messages.query_error(caught.value) == 'Незакрытая кавычка: добавьте закрывающую "'


def test_a_cited_source_refusal_in_ukrainian(qapp: object) -> None:
    i18n.install("uk")
    try:
        text = messages.message(
            "'Губернатор' is cited by 3 incidents; it cannot go to the trash while they cite it"
        )
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    assert text == (
        "На «Губернатор» посилаються інциденти (3); його не можна перемістити до кошика, "
        "доки вони на нього посилаються"
    )
