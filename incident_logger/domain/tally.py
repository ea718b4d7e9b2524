"""Arithmetic of regional count reports: allocated sum, unallocated remainder, excess."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.messages import MessageError, msg
from incident_logger.domain.models import CountLine


@dataclass(frozen=True, slots=True)
class Tally:
    stated_total: int | None
    allocated: int
    remainder: int | None  # stated total minus allocated; None when no total was stated
    over_by: int  # how far the lines exceed the stated total (0 when they do not)

    @property
    def exceeds_total(self) -> bool:
        return self.over_by > 0

    def describe(self) -> str:
        if self.stated_total is None:
            return f"{self.allocated} allocated to regions; no total stated"
        if self.exceeds_total:
            return (
                f"lines add up to {self.allocated}, {self.over_by} more than the stated "
                f"total of {self.stated_total}"
            )
        return f"{self.allocated} of {self.stated_total} allocated; {self.remainder} unallocated"


def count_text(value: int | None, approximate: bool = False, empty: str = "") -> str:
    """A count as people read it: "1,200", and "30+" when the statement said "more than 30"."""
    if value is None:
        return empty
    return f"{value:,}+" if approximate else f"{value:,}"


def parse_count_text(text: str) -> tuple[int | None, bool]:
    """What a user typed in a count field: "30", "1,200" or "30+"; MessageError otherwise."""
    value = text.strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    if not value:
        return None, False
    approximate = value.endswith("+")
    digits = value[:-1] if approximate else value
    if not digits.isdigit():
        raise MessageError(msg("not_a_count", text=text))
    return int(digits), approximate


def tally(stated_total: int | None, lines: tuple[CountLine, ...] | list[CountLine]) -> Tally:
    allocated = sum(line.count for line in lines)
    if stated_total is None:
        return Tally(None, allocated, None, 0)
    remainder = stated_total - allocated
    return Tally(stated_total, allocated, max(remainder, 0), max(-remainder, 0))
