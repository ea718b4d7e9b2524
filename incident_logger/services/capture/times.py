"""Time words of statements resolved against the issued-at time, by rules the user can change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from incident_logger.domain.enums import TimePrecision
from incident_logger.domain.messages import Message, MessageError, msg
from incident_logger.services.capture.model import Window

FMT = "%Y-%m-%dT%H:%M"


@dataclass(frozen=True, slots=True)
class TimeRules:
    """What the vague words mean. "overnight" is ``night_start`` the evening before the issued
    date to ``night_end`` (or the issued time when earlier)."""

    night_start: time = time(20, 0)
    night_end: time = time(7, 0)
    morning: tuple[time, time] = (time(6, 0), time(12, 0))
    afternoon: tuple[time, time] = (time(12, 0), time(18, 0))
    evening: tuple[time, time] = (time(18, 0), time(23, 59))

    def night_rule(self) -> Message:
        return msg("night_rule", start=f"{self.night_start:%H:%M}", end=f"{self.night_end:%H:%M}")

    def describe_night(self) -> str:
        return str(self.night_rule())

    @property
    def night_text(self) -> str:
        return f"{self.night_start:%H:%M}-{self.night_end:%H:%M}"

    @classmethod
    def with_night(cls, text: str) -> TimeRules:
        """Rules with the night given as 'HH:MM-HH:MM'; ValueError names what is wrong."""
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*", text)
        if not m:
            raise MessageError(msg("night_format", text=text))
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise MessageError(msg("night_no_such_time", text=text))
        return cls(night_start=time(h1, m1), night_end=time(h2, m2))


_MONTHS = {
    **dict.fromkeys(("январ", "січ", "jan"), 1),
    **dict.fromkeys(("феврал", "лют", "feb"), 2),
    **dict.fromkeys(("март", "берез", "mar"), 3),
    **dict.fromkeys(("апрел", "квіт", "apr"), 4),
    **dict.fromkeys(("ма", "трав", "may"), 5),
    **dict.fromkeys(("июн", "черв", "jun"), 6),
    **dict.fromkeys(("июл", "лип", "jul"), 7),
    **dict.fromkeys(("август", "серп", "aug"), 8),
    **dict.fromkeys(("сентябр", "верес", "sep"), 9),
    **dict.fromkeys(("октябр", "жовт", "oct"), 10),
    **dict.fromkeys(("ноябр", "листопад", "nov"), 11),
    **dict.fromkeys(("декабр", "груд", "dec"), 12),
}
_MONTH = (
    r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|"
    r"октябр[ья]|ноябр[ья]|декабр[ья]|січ(?:ня|ень)|лют(?:ого|ий)|берез(?:ня|ень)|квіт(?:ня|ень)|"
    r"трав(?:ня|ень)|черв(?:ня|ень)|лип(?:ня|ень)|серп(?:ня|ень)|верес(?:ня|ень)|жовт(?:ня|ень)|"
    r"листопад[а]?|груд(?:ня|ень)|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
    r"oct\w*|nov\w*|dec\w*)"
)
_DAY_MONTH = rf"(\d{{1,2}})\s+{_MONTH}"
_HM = r"(\d{1,2})[:.](\d{2})"
_MSK = r"(?:\s*(мск|по\s+московскому\s+времени|за\s+московським\s+часом|moscow\s+time|msk))?"
_KYIV = r"(?:за\s+київським\s+часом|по\s+киевскому\s+времени|kyiv\s+time)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p, re.IGNORECASE))
    for kind, p in (
        (
            "window",
            rf"\b(?:с|з|from)\s+{_HM}\s+(?:до|по|to|till|until)\s+{_HM}{_MSK}(?:\s+{_DAY_MONTH})?",
        ),
        (
            "window_en",
            rf"\bbetween\s+(\d{{1,2}})(?::(\d{{2}}))?\s*(am|pm)?\s+and\s+(\d{{1,2}})(?::(\d{{2}}))?\s*"
            rf"(am|pm)?{_MSK}(?:\s+on)?(?:\s+{_DAY_MONTH})?",
        ),
        (
            "night_of",
            rf"\b(?:в|у)\s+ночь\s+на\s+{_DAY_MONTH}|\b(?:в|у)\s+ніч\s+на\s+{_DAY_MONTH}"
            rf"|\bon\s+the\s+night\s+of\s+(?:\d{{1,2}}\s*(?:-|–|to)\s*)?{_DAY_MONTH}",
        ),
        ("from", rf"\((?:с|з|from)\s+{_HM}(?:\s+(?:on\s+)?{_DAY_MONTH})?\)"),
        ("as_of", rf"\b(?:станом\s+на|по\s+состоянию\s+на|as\s+of)\s+{_HM}"),
        (
            "day_span",
            r"\b(?:за|протягом|в\s+течение)\s+(?:(?:минувшие|прошедшие|последние|минулу|"
            r"минулої|останню|минулі)\s+)?(?:сутки|добу|доби)|\b(?:over|in)\s+the\s+(?:past|last)\s+"
            r"(?:day|24\s+hours)",
        ),
        (
            "night",
            r"\b(?:(?:за|в\s+течение)\s+)?(?:прошедшую|минувшую|прошедшей|минувшей|"
            r"прошлой)\s+ноч\w*|\b(?:этой|сегодня|минувшей|прошлой)\s+ночью|\bночью\b|\bза\s+ночь\b"
            r"|\b(?:в|у)ночі\b|\bв\s+ночі\b|\b(?:цієї|минулої|протягом|цієї)\s+ночі\b|\bнічн\w+|"
            r"\bночн\w+\s+атак\w*|\bovernight\b|\blast\s+night\b|\bduring\s+the\s+night\b",
        ),
        (
            "evening_before",
            r"\b(?:вчера|учора|вчора)\s+(?:вечером|ввечері|увечері)\b|"
            r"\b(?:yesterday|last)\s+evening\b",
        ),
        ("evening", r"\bвечером\b|\b(?:у|в)вечері\b|\bthis\s+evening\b|\bin\s+the\s+evening\b"),
        (
            "morning",
            r"\bутром\b|\b(?:вранці|зранку|уранці)\b|\bthis\s+morning\b|"
            r"\bin\s+the\s+morning\b",
        ),
        (
            "afternoon",
            r"\bдн[её]м\b|\b(?:вдень|удень)\b|\bthis\s+afternoon\b|\bin\s+the\s+afternoon\b",
        ),
        (
            "weekday",
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|"
            r"понеділ\w+|вівтор\w+|серед[уи]|четвер\w*|п'ятниц\w+|субот\w+|неділ\w+)\b",
        ),
        (
            "at",
            rf"\b(?:(?:около|близько|about|around)\s+(?:(?:в|о|at)\s+)?|(?:в|о|at)\s+)"
            rf"{_HM}(?!\s*(?:до|to))",
        ),
        ("yesterday", r"\b(?:вчера|учора|вчора|yesterday)\b|\bнакануне\b|\bнапередодні\b"),
        ("today", r"\b(?:сегодня|сьогодні|today)\b"),
        ("date", rf"\b{_DAY_MONTH}\b"),
    )
)
EARLIER = re.compile(r"^\W*(?:ранее|раніше|earlier|previously|до этого)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeMention:
    kind: str
    start: int
    end: int
    groups: tuple[str | None, ...]
    text: str = ""


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Time words in ``text[start:end]``, earliest first; overlapping later finds are dropped."""
    stop = len(text) if end is None else end
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text, start, stop):
            a, b = m.start(), m.end()
            a += len(m.group()) - len(m.group().lstrip())
            if any(a < e and s < b for s, e in taken):
                continue
            taken.append((a, b))
            found.append(TimeMention(kind, a, b, m.groups(), text[a:b]))
    return sorted(found, key=lambda t: t.start)


def _month(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    for prefix in sorted(_MONTHS, key=len, reverse=True):
        if w.startswith(prefix):
            return _MONTHS[prefix]
    return None


def _day(issued: datetime, day: str | None, month: str | None) -> date:
    """The date named by a day and a month, in the year that puts it nearest before issued."""
    m = _month(month)
    if not day or m is None:
        return issued.date()
    d = date(issued.year, m, int(day))
    if d > issued.date() + timedelta(days=1):
        d = date(issued.year - 1, m, int(day))
    return d


def _n(text: str | None) -> int:
    return int(text or 0)


def _fmt(value: datetime) -> str:
    return value.strftime(FMT)


def _shift(value: datetime, source_zone: str | None, zone: str) -> datetime:
    if not source_zone:
        return value
    source = (
        "Europe/Moscow"
        if source_zone.lower().startswith(("мск", "по мос", "за мос", "moscow", "msk"))
        else zone
    )
    if source == zone:
        return value
    aware = value.replace(tzinfo=ZoneInfo(source))
    return aware.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _hour(h: str | None, mi: str | None, ampm: str | None) -> time:
    hour = int(h or 0) % 24
    if ampm and ampm.lower() == "pm" and hour < 12:
        hour += 12
    if ampm and ampm.lower() == "am" and hour == 12:
        hour = 0
    return time(hour, int(mi or 0))


def resolve(mention: TimeMention, issued: datetime, rules: TimeRules, zone: str) -> Window | None:
    """The window a time mention names; None when it names none on its own (or is unsure)."""
    g = mention.groups
    day = issued.date()
    prev = day - timedelta(days=1)
    W = TimePrecision.WINDOW.value

    def window(d1: date, t1: time, d2: date, t2: time, rule: str, cap: bool = True) -> Window:
        start = datetime.combine(d1, t1)
        end = datetime.combine(d2, t2)
        if cap and end > issued >= start:
            end = issued
        return Window(_fmt(start), _fmt(end), W, rule)

    kind = mention.kind
    if kind == "window":
        d = _day(issued, g[5], g[6]) if g[5] else day
        t1, t2 = time(_n(g[0]) % 24, _n(g[1])), time(_n(g[2]) % 24, _n(g[3]))
        s = _shift(datetime.combine(d, t1), g[4], zone)
        e = _shift(datetime.combine(d if t2 > t1 else d + timedelta(days=1), t2), g[4], zone)
        return Window(_fmt(s), _fmt(e), W, "as stated")
    if kind == "window_en":
        d = _day(issued, g[7], g[8]) if g[7] else day
        t1, t2 = _hour(g[0], g[1], g[2] or g[5]), _hour(g[3], g[4], g[5])
        s = _shift(datetime.combine(d, t1), g[6], zone)
        e = _shift(datetime.combine(d if t2 > t1 else d + timedelta(days=1), t2), g[6], zone)
        return Window(_fmt(s), _fmt(e), W, "as stated")
    if kind == "night_of":
        dd, mm = (g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (g[4], g[5])
        d = _day(issued, dd, mm)
        return window(
            d - timedelta(days=1), rules.night_start, d, rules.night_end, rules.describe_night()
        )
    if kind == "night":
        return window(prev, rules.night_start, day, rules.night_end, rules.describe_night())
    if kind == "day_span":
        return Window(
            _fmt(issued - timedelta(days=1)), _fmt(issued), W, "the 24 hours before issue"
        )
    if kind in ("evening", "evening_before"):
        d = prev if kind == "evening_before" or issued.time() < rules.evening[0] else day
        return window(d, rules.evening[0], d, rules.evening[1], "evening")
    if kind == "morning":
        return window(day, rules.morning[0], day, rules.morning[1], "morning")
    if kind == "afternoon":
        return window(day, rules.afternoon[0], day, rules.afternoon[1], "afternoon")
    if kind == "at":
        at = datetime.combine(day, time(_n(g[0]) % 24, _n(g[1])))
        if at > issued + timedelta(minutes=5):
            return None  # a clock time later than the statement: not today, unsure
        about = mention.text.lower().startswith(("около", "близько", "about", "around"))
        precision = TimePrecision.HOUR if about else TimePrecision.EXACT
        return Window(_fmt(at), None, precision.value, "as stated")
    if kind == "yesterday":
        return Window(
            _fmt(datetime.combine(prev, time())), None, TimePrecision.DAY.value, "yesterday"
        )
    if kind == "today":
        return Window(_fmt(datetime.combine(day, time())), None, TimePrecision.DAY.value, "today")
    if kind == "date":
        d = _day(issued, g[0], g[1])
        return Window(_fmt(datetime.combine(d, time())), None, TimePrecision.DAY.value, "as stated")
    return None  # weekday names and bare overrides: not a window on their own


def override_start(mention: TimeMention, issued: datetime) -> datetime:
    g = mention.groups
    d = _day(issued, g[2], g[3]) if g[2] else issued.date() - timedelta(days=1)
    return datetime.combine(d, time(_n(g[0]) % 24, _n(g[1])))


def override_end(mention: TimeMention, issued: datetime) -> datetime:
    g = mention.groups
    return datetime.combine(issued.date(), time(_n(g[0]) % 24, _n(g[1])))


def with_overrides(
    base: Window | None, mentions: list[TimeMention], issued: datetime
) -> Window | None:
    """A window whose start a "(з 18:00 11 вересня)" or end a "станом на 09:00" restates."""
    if base is None:
        return None
    start, end = base.start, base.end
    for m in mentions:
        if m.kind == "from":
            start = _fmt(override_start(m, issued))
        elif m.kind == "as_of":
            end = _fmt(override_end(m, issued))
    if (start, end) == (base.start, base.end):
        return base
    return Window(start, end, base.precision, base.rule + "; restated by the text")


def issued_in_zone(issued: datetime, zone: str) -> datetime:
    """A naive local time as is; an aware one converted to the statement's zone."""
    if issued.tzinfo is None:
        return issued
    return issued.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
