"""Briefings on both engines: the service tests of ``tests/test_briefing_service.py`` run on
a fresh database of each engine (``db`` is ``any_db`` here). The same records giving the same
briefing on a file and on a team database: ``tests/pg/test_briefing_parity.py``."""

from __future__ import annotations

import pytest

from incident_logger.store.engine import Database
from tests.test_briefing_service import (
    test_a_search_about_incidents_only_keeps_every_statement_of_the_period,
    test_bad_query_and_bad_period_are_refused,
    test_cancel_while_reading_leaves_nothing,
    test_data_for_a_period_holds_incidents_statements_and_sources,
    test_query_and_trash_narrow_the_selection,
    test_the_pdf_shows_names_remainder_and_disagreement,
    test_the_search_selects_count_statements_too,
)

__all__ = [  # collected here again, on both engines
    "test_a_search_about_incidents_only_keeps_every_statement_of_the_period",
    "test_bad_query_and_bad_period_are_refused",
    "test_cancel_while_reading_leaves_nothing",
    "test_data_for_a_period_holds_incidents_statements_and_sources",
    "test_query_and_trash_narrow_the_selection",
    "test_the_pdf_shows_names_remainder_and_disagreement",
    "test_the_search_selects_count_statements_too",
]


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db
