"""What the search found nothing for, in the briefing's scope line, in the briefing's language
(the search gives message codes; the English stays what the command line prints)."""

from __future__ import annotations

from incident_logger.services.briefing import BriefingRequest, briefing_data
from incident_logger.services.search import search_incidents
from incident_logger.store.engine import Database
from tests.conftest import Night


def test_the_scope_notes_are_in_the_briefing_language(db: Database, night: Night) -> None:
    ru = briefing_data(db, BriefingRequest(query="category:fire", language="ru"))
    assert ru.scope == "category:fire (сводки: все за период; поиск относится к инцидентам)"
    uk = briefing_data(db, BriefingRequest(query="region:Атлантида", language="uk"))
    assert uk.scope.endswith("(Немає місця з назвою «Атлантида».)"), uk.scope
    en = briefing_data(db, BriefingRequest(query="source:nobody", language="en"))
    assert en.scope.endswith("(No source name contains 'nobody'.)"), en.scope


def test_search_notes_carry_codes(db: Database, night: Night) -> None:
    page = search_incidents(db, "category:parade")
    assert [n.code for n in page.notes] == ["no_category_named"]
    assert str(page.notes[0]) == "No category is named 'parade'."
