"""Message codes (domain/messages.py) shown in the interface's language, with Qt plurals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import msg, verbatim
from incident_logger.domain.models import IncidentDraft
from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.domain.validation import incident_errors
from incident_logger.ui import i18n, messages


@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    i18n.install("ru")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def ukrainian(qapp: object) -> Iterator[None]:
    i18n.install("uk")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def test_english_messages_read_as_the_cli_writes_them(qapp: object) -> None:
    for message in (
        msg("too_long", length=312, limit=300),
        msg("source_cited", n=1, name="Губернатор"),
        msg("source_cited", n=3, name="Губернатор"),
        msg("out_of_range", low=-90.0, high=90.0, value=95.5),
    ):
        assert messages.text(message) == str(message)
    assert messages.text(verbatim("as typed")) == "as typed"


def test_validation_and_search_errors_in_russian(russian: None) -> None:
    errors = incident_errors(IncidentDraft(title="", start_at="вчера"), bool, bool)
    shown = {e.field: messages.text(e.msg) for e in errors}
    assert shown["title"] == "обязательное поле"
    assert shown["start_at"] == "«вчера» — не дата и время вида 2026-09-12 01:30"
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query('"обломки')
    assert messages.query_error(caught.value) == 'Незакрытая кавычка: добавьте закрывающую "'
    assert messages.error_text(caught.value) == (
        'Незакрытая кавычка (позиция 0): добавьте закрывающую "'
    )


def test_numbers_in_messages_follow_the_locale(russian: None) -> None:
    shown = messages.text(msg("shorten_query", length=12345, limit=2000))
    assert shown == "в нём 12\xa0345 симв., а предел — 2\xa0000; сократите его"
    assert messages.text(msg("out_of_range", low=-90.0, high=90.0, value=95.5)) == (
        "должно быть от -90 до 90 (введено 95,5)"
    )


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (1, "посилається 1 інцидент"),
        (3, "посилаються 3 інциденти"),
        (5, "посилаються 5 інцидентів"),
    ],
)
def test_a_cited_source_refusal_has_three_forms_in_ukrainian(
    ukrainian: None, n: int, said: str
) -> None:
    text = messages.text(msg("source_cited", n=n, name="Губернатор"))
    assert text.startswith(f"На «Губернатор» {said};"), text


def test_enum_values_and_field_names_are_the_interface_words(russian: None) -> None:
    text = messages.text(msg("region_in_country", parent_kind=PlaceKind.DISTRICT))
    assert "District" not in text and "district" not in text
    error = ValidationError(
        [FieldError("sources[2].credibility", msg("credibility_range", value=9))]
    )
    assert (
        messages.error_text(error) == "Источник 2, Достоверность: должно быть от 1 до 6 (введено 9)"
    )


def test_import_check_database_and_conflict_messages_in_ukrainian(
    ukrainian: None, tmp_path: Path
) -> None:
    from incident_logger.domain.errors import ConflictError
    from incident_logger.services.exchange.problems import ImportReport
    from incident_logger.store.engine import DatabaseError, open_database
    from incident_logger.ui.dialogs import import_summary

    quantity = msg("damage_quantity", number=2, problem=msg("not_whole_number", value="2.5"))
    assert messages.text(quantity) == "пункт 2: кількість «2.5» — не ціле число"
    separated = msg("separated_by", separator=msg("semicolons"))
    assert messages.text(separated) == (
        "стовпці розділено не комами, а крапками з комою; прочитано так"
    )
    assert [messages.text(msg("rows_read", n=n)) for n in (1, 3, 5)] == [
        "прочитано 1 рядок",
        "прочитано 3 рядки",
        "прочитано 5 рядків",
    ]
    conflict = ConflictError("place", 4, expected=1, version=2, by="anna", at="2026-09-01T10:05")
    assert messages.error_text(conflict) == (
        "Місце: запис змінив(ла) anna о 2026-09-01 10:05, після того як ви його відкрили; "
        "нічого не збережено."
    )
    with pytest.raises(DatabaseError) as refused:
        open_database(tmp_path)
    assert messages.error_text(refused.value) == f"{tmp_path} — тека, а не файл бази."
    open_database(tmp_path / "r.sqlite3").close()
    viewer = open_database(tmp_path / "r.sqlite3", read_only=True)
    assert messages.said(viewer.read_only_reason) == "Цю базу відкрито лише для читання."
    viewer.close()
    report = ImportReport(tmp_path / "a.csv", "csv", rows=21, imported=20, refused=1)
    report.new_places, report.written = 3, True
    assert import_summary.result(report) == (
        "a.csv: імпортовано 20 з 21 інциденту; 3 нові місця; 1 рядок відхилено (див. проблеми)."
    )


def test_salvage_of_a_team_database_says_what_to_do_in_each_language(
    qapp: object, ukrainian: None
) -> None:
    from incident_logger.services.salvage import NotAFile, refuse_team_database

    with pytest.raises(NotAFile) as caught:
        refuse_team_database("postgresql://alice@db.example:5432/team")
    said = messages.text(caught.value.msg)
    assert said.startswith("alice@db.example:5432/team — спільна база даних на сервері PostgreSQL")
    assert "pg_restore" in said and "incident-logger copy URL FILE" in said
    i18n.install("ru")
    assert messages.text(caught.value.msg).startswith(
        "alice@db.example:5432/team — общая база данных на сервере PostgreSQL"
    )
    i18n.install(i18n.SOURCE_LANGUAGE)
    assert messages.text(caught.value.msg) == str(caught.value)
    assert str(caught.value).startswith("alice@db.example:5432/team is a team database")
