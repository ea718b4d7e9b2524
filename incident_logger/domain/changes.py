"""What a write changed: which incidents, count reports, places and sources.

Every write the app makes returns one, and the UI's change hub announces it to every page and
view, which each decide whether what they show is touched (as Anki's operations return
``OpChanges``). ``EVERYTHING`` stands for a change no id list can describe: an import, a
restored backup, another program's commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    incidents: frozenset[int] = frozenset()
    count_reports: frozenset[int] = frozenset()
    places: frozenset[int] = frozenset()
    sources: frozenset[int] = frozenset()
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.incidents | other.incidents,
            self.count_reports | other.count_reports,
            self.places | other.places,
            self.sources | other.sources,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self.everything or bool(
            self.incidents or self.count_reports or self.places or self.sources
        )

    @property
    def touches_incidents(self) -> bool:
        return self.everything or bool(self.incidents)

    @property
    def touches_count_reports(self) -> bool:
        return self.everything or bool(self.count_reports)

    @property
    def touches_places(self) -> bool:
        return self.everything or bool(self.places)

    @property
    def touches_sources(self) -> bool:
        return self.everything or bool(self.sources)


EVERYTHING = Changes(everything=True)


def of_incidents(ids: Iterable[int]) -> Changes:
    return Changes(incidents=frozenset(ids))


def of_count_reports(ids: Iterable[int]) -> Changes:
    return Changes(count_reports=frozenset(ids))


def of_places(ids: Iterable[int]) -> Changes:
    return Changes(places=frozenset(ids))


def of_sources(ids: Iterable[int]) -> Changes:
    return Changes(sources=frozenset(ids))
