"""The same records give the same briefing, word for word, on a file and on a team database.

The ``night`` records are made on a file and copied to a fresh team database by ``copy``
(which checks every table's rows and content hash); then each request's report model and the
text of its PDF are compared between the two.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.reports import build_briefing
from incident_logger.services.briefing import BriefingRequest, briefing_data, covered
from incident_logger.store.engine import Database, open_database
from incident_logger.store.transfer import copy_database_between
from tests.conftest import Night
from tests.test_briefing_service import NIGHT, _text

REQUESTS = [
    NIGHT,
    BriefingRequest(),
    BriefingRequest(query="region:Калужская category:debris*"),
    BriefingRequest(query="category:fire", language="ru"),
    dataclasses.replace(NIGHT, query="reliability:B", language="uk"),
    BriefingRequest(query="drones"),  # a word: its forms, in the text, places and statements
    BriefingRequest(query='"pump station" OR Калуга', language="ru"),
    dataclasses.replace(NIGHT, query="various"),  # a word only a count statement has
    BriefingRequest(query="-pond", period_start="2026-09-01", language="uk"),
]


@pytest.fixture
def team(db: Database, db_path: Path, night: Night, pg_url: str) -> Iterator[Database]:
    """The ``night`` records copied (and checked) into a fresh team database."""
    db.close()
    copy_database_between(db_path, pg_url)
    team = open_database(pg_url)
    yield team
    team.close()


def test_the_same_records_give_the_same_briefing_on_both_engines(
    team: Database, db_path: Path, tmp_path: Path
) -> None:
    on_disk = open_database(db_path)
    try:
        for n, request in enumerate(REQUESTS):
            on_file, on_server = briefing_data(on_disk, request), briefing_data(team, request)
            on_server = dataclasses.replace(on_server, generated_at=on_file.generated_at)
            assert on_server == on_file, request
            assert covered(team, request) == covered(on_disk, request)
            assert covered(team, request) == (len(on_file.incidents), len(on_file.statements))
            pdfs = [tmp_path / f"{n}-file.pdf", tmp_path / f"{n}-server.pdf"]
            build_briefing(on_file, pdfs[0])
            build_briefing(on_server, pdfs[1])
            assert _text(pdfs[1]) == _text(pdfs[0]), request
        assert briefing_data(team, NIGHT).incidents  # the comparison was not of nothing
    finally:
        on_disk.close()


def test_the_cli_writes_a_briefing_of_a_team_database(
    team: Database, pg_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "team.pdf"
    period = ["--from", "2026-09-10", "--to", "2026-09-12", "--query", "region:Калужская"]
    done = subprocess.run(
        [sys.executable, "-m", "incident_logger", "--db", pg_url, "briefing", str(out), *period],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Калуга" in _text(out)
