"""When two count statements speak of the same thing: the measure and overlapping periods."""

from __future__ import annotations

from incident_logger.domain.text import fold

# Outcomes that count the same event: a ministry's "shot down" is a governor's "intercepted".
_SAME_OUTCOME = {
    "intercepted": "downed",
    "shot down": "downed",
    "downed": "downed",
    "destroyed": "downed",
    "neutralised": "downed",
    "neutralized": "downed",
    "suppressed": "downed",
}


def measure_key(subject: str, outcome: str) -> tuple[str, str]:
    """A key equal for statements that count the same thing (e.g. drones shot down)."""
    folded = fold(outcome)
    return fold(subject), _SAME_OUTCOME.get(folded, folded)


def periods_overlap(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether two stored periods ('YYYY-MM-DDTHH:MM', so string order is time order) overlap.

    A statement for an instant (start == end) overlaps the periods that contain it.
    """
    a_start, a_end = min(a_start, a_end), max(a_start, a_end)
    b_start, b_end = min(b_start, b_end), max(b_start, b_end)
    if max(a_start, b_start) < min(a_end, b_end):
        return True
    return (a_start == a_end and b_start <= a_start <= b_end) or (
        b_start == b_end and a_start <= b_start <= a_end
    )
