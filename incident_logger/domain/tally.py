"""Arithmetic of regional count reports: allocated sum, unallocated remainder, excess."""

from __future__ import annotations

from dataclasses import dataclass

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


def tally(stated_total: int | None, lines: tuple[CountLine, ...] | list[CountLine]) -> Tally:
    allocated = sum(line.count for line in lines)
    if stated_total is None:
        return Tally(None, allocated, None, 0)
    remainder = stated_total - allocated
    return Tally(stated_total, allocated, max(remainder, 0), max(-remainder, 0))
