"""Numbers as statements write them, in digits and in words, with "more than"."""

import pytest

from incident_logger.services.capture.numbers import find_numbers
from incident_logger.services.capture.words import Statement


def values(text: str) -> list[tuple[int | None, bool]]:
    return [(n.value, n.approximate) for n in find_numbers(Statement(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("уничтожены восемнадцать беспилотников", [(18, False)]),
        ("повреждены три автомобиля", [(3, False)]),
        ("пострадали две женщины", [(2, False)]),
        ("збито п'ять дронів", [(5, False)]),
        ("збито п’ять дронів", [(5, False)]),
        ("six drones", [(6, False)]),
        ("twenty-three drones", [(23, False)]),
        ("двадцать три БПЛА", [(23, False)]),
        ("сто двадцать один", [(121, False)]),
        ("two hundred drones", [(200, False)]),
        ("из восемнадцати беспилотников", [(18, False)]),
        ("221 беспилотник", [(221, False)]),
        ("1 200 дронов", [(1200, False)]),
    ],
)
def test_numbers_in_digits_and_words(text: str, expected: list[tuple[int, bool]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "более 30 беспилотников",
        "over 30 drones",
        "понад 30 дронів",
        "more than 30 drones",
        "не менее 30 беспилотников",
        "свыше 30 БПЛА",
    ],
)
def test_more_than_is_a_lower_bound(text: str) -> None:
    assert values(text) == [(30, True)]


def test_about_is_left_empty_not_guessed() -> None:
    assert values("около 30 беспилотников") == [(None, False)]
    assert values("about 30 drones") == [(None, False)]


@pytest.mark.parametrize(
    "text",
    [
        "с 20:00 до 23:00",
        "ракети Х-101",
        "загинув 67-річний чоловік",
        "поранено чоловіка 54 років",
        "в ночь на 12 сентября",
        "обломки одного из БПЛА",
    ],
)
def test_times_dates_ages_and_model_names_are_not_counts(text: str) -> None:
    assert values(text) == []


def test_every_number_keeps_its_span() -> None:
    text = "Силами ПВО уничтожены более 30 беспилотников"
    (n,) = find_numbers(Statement(text))
    assert text[n.start : n.end] == "более 30"
