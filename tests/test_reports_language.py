"""Briefings in Russian and Ukrainian: the report's own words, dates and numbers, never the user's."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from incident_logger.reports import build_briefing, i18n
from incident_logger.reports import formatting as fmt
from incident_logger.reports.i18n import n_, use
from incident_logger.reports.sample import sample_briefing
from incident_logger.services.briefing import BriefingRequest, briefing_data, default_marking
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

# Headings and labels every page of the sample shows in English, and what they become.
HEADINGS = {
    "INCIDENT BRIEFING": ("СПРАВКА ОБ ИНЦИДЕНТАХ", "ДОВІДКА ПРО ІНЦИДЕНТИ"),
    "Summary": ("Резюме", "Резюме"),
    "Key figures": ("Ключевые показатели", "Ключові показники"),
    "Regional counts": ("Данные по регионам", "Дані за регіонами"),
    "Incidents in time order": ("Инциденты в хронологическом порядке", "Інциденти в хронологічному порядку"),
    "Annex: sources": ("Приложение: источники", "Додаток: джерела"),
    "Grading scales (Admiralty system)": (
        "Шкалы оценки (система Адмиралтейства)",
        "Шкали оцінювання (система Адміралтейства)",
    ),
    "DAMAGED OBJECTS": ("ПОВРЕЖДЁННЫЕ ОБЪЕКТЫ", "ПОШКОДЖЕНІ ОБ’ЄКТИ"),
    "Selection": ("Выборка", "Вибірка"),
    "Page 1 of": ("Стр. 1 из", "Стор. 1 з"),
    "fingerprint": ("отпечаток", "відбиток"),
}


def _text(path: Path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\u00a0", " ")
    return " ".join(text.split())  # lines broken by the layout read as one


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("languages")
    out = {}
    for code in ("en", "ru", "uk"):
        path = folder / f"{code}.pdf"
        build_briefing(sample_briefing(language=code), path)
        out[code] = _text(path)
    return out


def _translations_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_no_english_heading_remains(pdfs: dict[str, str], code: str) -> None:
    text = pdfs[code]
    index = 0 if code == "ru" else 1
    for english, translated in HEADINGS.items():
        assert english in pdfs["en"], english
        assert re.search(rf"\b{re.escape(english)}\b", text) is None, english
        assert translated[index] in text, translated[index]


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_no_catalog_word_is_left_in_english(pdfs: dict[str, str], code: str) -> None:
    """Every phrase of the catalog the English sample prints is gone from the translation."""
    with (ROOT / "resources" / "i18n" / f"briefing_{code}.po").open("rb") as f:
        catalog = read_po(f, locale=code)
    left = []
    for message in catalog:
        if not message.id or isinstance(message.id, tuple) or message.context:
            continue
        phrase = message.id
        # Whole phrases of two words or more, or one capitalised word (a heading); the
        # sample's own English text ("the fire was put out") holds lower-case words.
        if PLACEHOLDER.search(phrase) or "<" in phrase:
            continue
        if " " not in phrase and not phrase[:1].isupper():
            continue
        pattern = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"
        if re.search(pattern, pdfs["en"]) and re.search(pattern, pdfs[code]):
            left.append(phrase)
    assert left == []


def test_user_text_prints_as_typed(pdfs: dict[str, str]) -> None:
    for code in ("ru", "uk"):
        text = pdfs[code]
        for typed in (
            "Overnight drone activity, 14–15 June 2025",
            "Wreckage of an intercepted drone struck three parked cars",
            "Duty analyst",
            "FOR INTERNAL USE",
            "«Обнинск-Инфо»",
            "drones shot down",
        ):
            assert typed in text, (code, typed)


def test_dates_numbers_and_statuses_follow_the_language(pdfs: dict[str, str]) -> None:
    assert "15 Jun 2025, 09:30 by Duty analyst" in pdfs["en"]
    assert "15 июн. 2025, 09:30, Duty analyst" in pdfs["ru"]
    assert "15 черв. 2025, 09:30, Duty analyst" in pdfs["uk"]
    assert "3 инцидента, 2 сводки, 3 источника" in pdfs["ru"]
    assert "3 інциденти, 2 зведення, 3 джерела" in pdfs["uk"]
    assert "Подтверждено" in pdfs["ru"] and "Confirmed" in pdfs["en"]
    assert "Обычно надёжный" in pdfs["ru"]
    with use("ru"):
        assert fmt.count(12345) == "12\u00a0345"
    with use("en"):
        assert fmt.count(12345) == "12,345"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", {1: "1 инцидент", 2: "2 инцидента", 5: "5 инцидентов", 11: "11 инцидентов",
                21: "21 инцидент", 22: "22 инцидента", 112: "112 инцидентов"}),
        ("uk", {1: "1 інцидент", 3: "3 інциденти", 5: "5 інцидентів", 14: "14 інцидентів",
                21: "21 інцидент", 24: "24 інциденти"}),
        ("en", {1: "1 incident", 2: "2 incidents", 21: "21 incidents"}),
    ],
)
def test_three_plural_forms(code: str, expected: dict[int, str]) -> None:
    with use(code):
        for n, text in expected.items():
            assert n_("{n} incident", "{n} incidents", n) == text


@pytest.mark.parametrize("code", ["ru", "uk"])
def test_catalog_is_complete_and_keeps_placeholders(code: str) -> None:
    with (ROOT / "resources" / "i18n" / f"briefing_{code}.po").open("rb") as f:
        catalog = read_po(f, locale=code)
    assert catalog.num_plurals == 3
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s.strip() for s in strings):
            problems.append(("unfinished", ids[0]))
        if isinstance(message.id, tuple) and len(strings) < 3:
            problems.append(("fewer than three plural forms", ids[0]))
        wanted = set(PLACEHOLDER.findall(ids[-1])) - {"{n}"}
        for s in strings:
            if set(PLACEHOLDER.findall(s)) - {"{n}"} != wanted:
                problems.append(("placeholders differ", ids[0], s))
    assert problems == []


def test_catalogs_hold_every_phrase_of_the_code() -> None:
    template = _translations_module().briefing_template()
    wanted = {(m.context, m.id) for m in template if m.id}
    for code in ("ru", "uk"):
        with (ROOT / "resources" / "i18n" / f"briefing_{code}.po").open("rb") as f:
            have = {(m.context, m.id) for m in read_po(f, locale=code) if m.id}
        assert wanted - have == set(), f"run packaging/translations.py and translate ({code})"


def test_unknown_language_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language: 'de'"):
        i18n.language("de")
    assert default_marking("ru") == "Для служебного пользования"
    assert default_marking("en") == "For internal use"


def test_service_writes_the_selection_in_the_language(db: Database, night: Night) -> None:
    data = briefing_data(db, BriefingRequest(language="uk"))
    assert data.scope == "Усі інциденти"
    assert data.title == "Довідка про інциденти"
    assert data.language == "uk"
    with pytest.raises(ValueError, match="language"):
        briefing_data(db, BriefingRequest(language="xx"))


def test_cli_briefing_language(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    db = tmp_path / "db.sqlite3"
    run = [sys.executable, "-m", "incident_logger", "--db", str(db)]
    made = subprocess.run([*run, "demo", "--incidents", "20"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    result = subprocess.run(
        [*run, "briefing", str(out), "--language", "ru", "--quiet"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "СПРАВКА ОБ ИНЦИДЕНТАХ" in text and "Для служебного пользования" in text
    assert "INCIDENT BRIEFING" not in text
    bad = subprocess.run(
        [*run, "briefing", str(out), "--language", "de"], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "--language" in bad.stderr
