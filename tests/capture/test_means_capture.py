"""Capture proposes the means (drone, missile, artillery ...) from the words of a statement."""

from datetime import datetime

import pytest

from incident_logger.domain.enums import Means
from incident_logger.services.capture import capture
from incident_logger.services.capture.save import incident_draft
from tests.capture.conftest import GOVERNOR_POST, PUMP_STATION


@pytest.mark.parametrize(
    ("text", "means", "word"),
    [
        (GOVERNOR_POST, "drone", "БПЛА"),
        (PUMP_STATION, "drone", "беспилотников"),
        ("В результате артиллерийского обстрела в Шебекино повреждены два дома.", "artillery",
         "артиллерийского"),
        ("Ракета попала в здание склада, пострадали двое.", "missile", "Ракета"),
        ("A drone struck a fuel depot near Belgorod; two people were injured.", "drone", "drone"),
    ],
)  # fmt: skip
def test_the_means_and_the_word_it_came_from(text: str, means: str, word: str) -> None:
    (incident,) = capture(text, datetime(2026, 9, 12, 1, 40)).incidents
    assert incident.means.value == means
    span = incident.means.span
    assert span is not None and text[span.start : span.end] == word
    assert incident_draft(incident, 1, text).means is Means(means)


def test_no_word_for_a_means_proposes_none() -> None:
    text = "В Курской области загорелся склад, пострадавших нет."
    (incident,) = capture(text, datetime(2026, 9, 12, 1, 40)).incidents
    assert incident.means.value is None and incident.means.span is None
    assert incident_draft(incident, 1, text).means is None
