"""The example night read from its three statements, and the rules that keep values honest."""

from datetime import datetime

from incident_logger.services.capture import capture, load_place_index
from incident_logger.store.engine import Database
from tests.capture.conftest import GOVERNOR_POST, MINISTRY_TALLY, PUMP_STATION, Gazetteer


def test_governor_post(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(GOVERNOR_POST, datetime(2026, 9, 12, 1, 40), index=load_place_index(db))
    assert result.language == "ru" and result.time_zone == "Europe/Moscow"
    (report,) = result.reports
    assert (report.subject.value, report.outcome.value) == ("drones", "destroyed")
    assert str(report.total.value) == "18"
    assert [ln.place.value.place_id for ln in report.lines if ln.place.value] == [
        gazetteer.kaluga_region
    ]
    (incident,) = result.incidents
    assert incident.category.value == "debris impact"
    assert incident.place.value is not None and incident.place.value.place_id == gazetteer.kaluga
    assert incident.injuries.value == 0 and incident.fatalities.value is None
    assert [(d.object_kind.value, str(d.quantity.value)) for d in incident.damage] == [
        ("vehicle", "3")
    ]
    assert incident.locality.value == "у пруда на окраине Калуги"
    assert "экстренные службы" in (incident.response.value or "")
    # every value points at the words it came from
    text = GOVERNOR_POST
    span = report.total.span
    assert span is not None and text[span.start : span.end] == "18"
    span = incident.damage[0].quantity.span
    assert span is not None and text[span.start : span.end] == "три"
    span = incident.injuries.span
    assert span is not None and text[span.start : span.end] == "Пострадавших"


def test_ministry_tally_keeps_lines_and_remainder(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(MINISTRY_TALLY, datetime(2026, 9, 12, 7, 45), index=load_place_index(db))
    (report,) = result.reports
    assert str(report.total.value) == "221"
    lines = [(ln.place.value.place_id, ln.count.value.value) for ln in report.lines]  # type: ignore[union-attr]
    assert lines == [
        (gazetteer.bryansk_region, 85),
        (gazetteer.smolensk_region, 42),
        (gazetteer.leningrad_region, 28),
    ]
    assert report.remainder.value is not None and report.remainder.value.value == 66
    period = report.period.value
    assert period is not None and (period.start, period.end) == (
        "2026-09-11T20:00",
        "2026-09-12T07:00",
    )
    assert "20:00" in period.rule
    assert result.incidents == ()


def test_pump_station_fire(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(PUMP_STATION, datetime(2026, 9, 12, 9, 10), index=load_place_index(db))
    assert result.reports == ()
    (incident,) = result.incidents
    assert incident.category.value == "fire"
    assert (
        incident.place.value is not None
        and incident.place.value.place_id == gazetteer.leningrad_region
    )
    assert incident.state.value == "fire extinguished"
    assert incident.damage[0].object_kind.value == "utility"
    assert incident.time.value is None  # "Ранее": when is not stated


def test_launched_and_downed_stay_apart() -> None:
    text = "Противник атакував 64 дронами. Станом на 09:00 збито 50."
    result = capture(text, datetime(2026, 9, 12, 9, 30), language="uk")
    got = {(r.outcome.value, r.total.value.value) for r in result.reports if r.total.value}
    assert got == {("launched", 64), ("shot down", 50)}


def test_silence_is_not_zero_and_no_one_hurt_is() -> None:
    said = capture(
        "Debris damaged two houses in the city. No one was hurt.", datetime(2026, 9, 12, 8)
    )
    silent = capture("Debris damaged two houses in the city.", datetime(2026, 9, 12, 8))
    assert said.incidents[0].injuries.value == 0
    assert silent.incidents[0].injuries.value is None and silent.incidents[0].injuries.span is None


def test_unsure_values_stay_empty_with_their_span_marked() -> None:
    text = "Сбито около 30 беспилотников. Информация о пострадавших уточняется. Повреждены дома."
    result = capture(text, datetime(2026, 9, 12, 8))
    total = result.reports[0].total
    assert total.value is None and total.unsure
    assert total.span is not None and text[total.span.start : total.span.end] == "около 30"
    injuries = result.incidents[0].injuries
    assert injuries.value is None and injuries.unsure


def test_nothing_to_extract() -> None:
    result = capture(
        "Синоптики обещают в выходные до +15 и небольшой дождь.", datetime(2026, 10, 2, 11)
    )
    assert result.reports == () and result.incidents == ()


def test_approximate_total_is_shown_with_a_plus() -> None:
    result = capture("Over 30 drones were intercepted overnight.", datetime(2026, 9, 17, 8))
    total = result.reports[0].total.value
    assert total is not None and total.approximate and str(total) == "30+"
