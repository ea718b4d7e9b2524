"""Time words resolved against the issued-at time, by rules the user can change."""

from datetime import datetime, time

import pytest

from incident_logger.services.capture.times import TimeRules, find_times, resolve

MSK = "Europe/Moscow"


def window(text: str, issued: str, rules: TimeRules | None = None, zone: str = MSK) -> tuple:
    mentions = [m for m in find_times(text) if m.kind not in ("from", "as_of")]
    w = resolve(mentions[0], datetime.fromisoformat(issued), rules or TimeRules(), zone)
    assert w is not None
    return (w.start, w.end, w.precision)


@pytest.mark.parametrize(
    ("text", "issued", "expected"),
    [
        (
            "За прошедшую ночь сбиты",
            "2026-09-12T07:45",
            ("2026-09-11T20:00", "2026-09-12T07:00", "window"),
        ),
        (
            "Overnight, drones",
            "2026-09-12T07:45",
            ("2026-09-11T20:00", "2026-09-12T07:00", "window"),
        ),
        ("этой ночью", "2026-09-12T01:40", ("2026-09-11T20:00", "2026-09-12T01:40", "window")),
        (
            "в ночь на 12 сентября",
            "2026-09-12T10:00",
            ("2026-09-11T20:00", "2026-09-12T07:00", "window"),
        ),
        (
            "у ніч на 2 жовтня",
            "2026-10-02T09:05",
            ("2026-10-01T20:00", "2026-10-02T07:00", "window"),
        ),
        (
            "Вечером в Липецке",
            "2026-09-26T12:40",
            ("2026-09-25T18:00", "2026-09-25T23:59", "window"),
        ),
        ("вечером", "2026-09-26T21:00", ("2026-09-26T18:00", "2026-09-26T21:00", "window")),
        (
            "с 20:00 до 23:00 мск 15 октября",
            "2026-10-16T07:30",
            ("2026-10-15T20:00", "2026-10-15T23:00", "window"),
        ),
        (
            "за минувшие сутки",
            "2026-09-30T08:00",
            ("2026-09-29T08:00", "2026-09-30T08:00", "window"),
        ),
        ("сегодня", "2026-09-30T08:00", ("2026-09-30T00:00", None, "day")),
        ("около 03:00", "2026-09-30T08:00", ("2026-09-30T03:00", None, "hour")),
    ],
)
def test_time_words(text: str, issued: str, expected: tuple) -> None:
    assert window(text, issued) == expected


def test_moscow_time_in_a_kyiv_statement_is_converted() -> None:
    got = window("з 20:00 до 23:00 мск 15 жовтня", "2026-10-16T07:30", zone="Europe/Kyiv")
    assert got == ("2026-10-15T20:00", "2026-10-15T23:00", "window")  # both UTC+3 in October
    got = window("з 20:00 до 23:00 мск 15 грудня", "2026-12-16T07:30", zone="Europe/Kyiv")
    assert got == ("2026-12-15T19:00", "2026-12-15T22:00", "window")  # Kyiv UTC+2 in winter


def test_the_overnight_rule_can_be_changed() -> None:
    rules = TimeRules.with_night("22:00-06:00")
    assert window("overnight", "2026-09-12T09:00", rules) == (
        "2026-09-11T22:00",
        "2026-09-12T06:00",
        "window",
    )
    assert rules.night_start == time(22, 0)
    assert "22:00" in rules.describe_night()


@pytest.mark.parametrize("bad", ["22-06", "25:00-06:00", "night"])
def test_a_bad_night_rule_says_what_is_wrong(bad: str) -> None:
    with pytest.raises(ValueError, match="night"):
        TimeRules.with_night(bad)


def test_as_of_and_from_restate_the_window() -> None:
    from incident_logger.services.capture import capture

    text = (
        "У ніч на 12 вересня (з 18:00 11 вересня) противник атакував 64 ударними БпЛА. "
        "Станом на 09:00 збито/подавлено 50 ворожих БпЛА."
    )
    result = capture(text, datetime(2026, 9, 12, 9, 30))
    periods = {(r.period.value.start, r.period.value.end) for r in result.reports if r.period.value}
    assert periods == {("2026-09-11T18:00", "2026-09-12T09:00")}
