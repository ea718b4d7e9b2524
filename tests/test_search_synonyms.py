"""Synonyms the user edits and transliteration partners from the gazetteer, at query time."""

import pytest

from incident_logger.cli.main import run_command as cli_main
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import IncidentDraft
from incident_logger.services import synonyms
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import search_incidents
from incident_logger.store.engine import Database
from tests.conftest import Night
from tests.pg_fixtures import cli_db


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

TEXTS = {
    "bpla": "Сбиты три БПЛА над районом",
    "ru": "Обломки беспилотников упали во дворе",
    "uk": "Збито п'ять безпілотників",
    "en": "Two UAVs were shot down",
    "pvo": "Работала ППО, сбиты цели",
    "airdef": "Air defence was active overnight",
    "obninsk_ru": "Взрыв слышали в Обнинске",
    "obninsk_en": "An explosion was heard near Obninsk",
    "other": "Пожар на складе",
}


@pytest.fixture
def made(db: Database, night: Night) -> dict[str, int]:
    return {
        key: create_incident(
            db, IncidentDraft(title=f"Incident {n}", start_at="2026-09-12 01:00", narrative=text)
        ).id
        for n, (key, text) in enumerate(TEXTS.items())
    }


def found(db: Database, made: dict[str, int], query: str) -> set[str]:
    ids = {r.id for r in search_incidents(db, query).rows}
    return {key for key, iid in made.items() if iid in ids}


def test_seeded_synonyms_find_each_other(db: Database, made: dict[str, int]) -> None:
    drones = {"bpla", "ru", "uk", "en"}
    assert found(db, made, "БПЛА") == drones
    assert found(db, made, "беспилотник") == drones
    assert found(db, made, "дронов") == drones
    assert found(db, made, "drone") == drones
    assert found(db, made, "ПВО") == {"pvo", "airdef"}
    assert found(db, made, '"air defence"') == {"airdef"}  # a phrase stays as typed
    assert found(db, made, "=БПЛА") == {"bpla"}  # and so does the exact form


def test_a_place_name_finds_its_other_scripts(db: Database, made: dict[str, int]) -> None:
    both = {"obninsk_ru", "obninsk_en"}
    assert found(db, made, "обнинск") >= both
    assert found(db, made, "Obninsk") >= both
    assert found(db, made, "Обнинске") >= both
    assert found(db, made, "=Obninsk") & both == {"obninsk_en"}


def test_groups_are_edited_and_applied(db: Database, made: dict[str, int]) -> None:
    assert found(db, made, "склад") == {"other"}
    assert found(db, made, "депо") == set()
    group = synonyms.add_group(db, ["депо", " склад ", "депо"])
    assert group.words == ("депо", "склад")
    assert found(db, made, "депо") == {"other"}
    assert synonyms.remove_group(db, group.id)
    assert not synonyms.remove_group(db, group.id)
    assert found(db, made, "депо") == set()
    with pytest.raises(ValidationError, match="words: a synonym group needs at least two"):
        synonyms.add_group(db, ["депо", "ДЕПО"])
    with pytest.raises(ValidationError, match="no letters or digits"):
        synonyms.add_group(db, ["депо", "--"])


def test_the_cli_lists_adds_and_removes_groups(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = cli_db(db)
    assert cli_main(["--db", path, "synonyms"]) == 0
    assert "БПЛА" in capsys.readouterr().out
    assert cli_main(["--db", path, "synonyms", "--add", "ДРГ, диверсанты"]) == 0
    added = capsys.readouterr().out
    assert "ДРГ, диверсанты" in added
    number = int(added.split()[2].rstrip(":"))
    assert cli_main(["--db", path, "synonyms", "--add", "ДРГ"]) == 1
    assert "at least two" in capsys.readouterr().err
    assert cli_main(["--db", path, "synonyms", "--remove", str(number)]) == 0
    assert cli_main(["--db", path, "synonyms", "--remove", str(number)]) == 1
