"""Numbers as statements write them: digits, words in Russian, Ukrainian and English, "30+"."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.text import fold
from incident_logger.services.capture.words import Lexicon, Statement, Word


def _table(pairs: dict[int, str]) -> dict[str, int]:
    return {fold(word): value for value, words in pairs.items() for word in words.split()}


# Dictionary forms (the analyser gives them for every case: "трёх" -> три) and the
# collective numerals used for people ("двое", "троє").
UNITS = _table(
    {
        0: "ноль нуль zero",
        1: "один одна одно одного один одна одне one",
        2: "два две двое два дві двоє two",
        3: "три трое три троє three",
        4: "четыре четверо чотири четверо four",
        5: "пять пятеро п'ять п'ятеро five",
        6: "шесть шестеро шість шестеро six",
        7: "семь семеро сім семеро seven",
        8: "восемь восьмеро вісім восьмеро eight",
        9: "девять девятеро дев'ять дев'ятеро nine",
        10: "десять десятеро десять ten",
        11: "одиннадцать одинадцять eleven",
        12: "двенадцать дванадцять twelve twelv",
        13: "тринадцать тринадцять thirteen",
        14: "четырнадцать чотирнадцять fourteen",
        15: "пятнадцать п'ятнадцять fifteen",
        16: "шестнадцать шістнадцять sixteen",
        17: "семнадцать сімнадцять seventeen",
        18: "восемнадцать вісімнадцять eighteen",
        19: "девятнадцать дев'ятнадцять nineteen",
    }
)
TENS = _table(
    {
        20: "двадцать двадцять twenty",
        30: "тридцать тридцять thirty",
        40: "сорок сорок forty",
        50: "пятьдесят п'ятдесят fifty",
        60: "шестьдесят шістдесят sixty",
        70: "семьдесят сімдесят seventy",
        80: "восемьдесят вісімдесят eighty",
        90: "девяносто дев'яносто ninety",
    }
)
HUNDREDS = _table(
    {
        100: "сто сто hundred",
        200: "двести двісті",
        300: "триста триста",
        400: "четыреста чотириста",
        500: "пятьсот п'ятсот",
        600: "шестьсот шістсот",
        700: "семьсот сімсот",
        800: "восемьсот вісімсот",
        900: "девятьсот дев'ятсот",
    }
)
# "one" as a pronoun ("one of the drones", "одного из") is not a count.
_PRONOUN_ONE = frozenset(fold(w) for w in ("one", "один", "одна", "одно"))

# "more than 30": a lower bound, shown "30+".
MORE_THAN = Lexicon(["более", "свыше", "больше", "понад", "більше", "over", "above"])
AT_LEAST_PAIRS = (
    ("не", "менее"),
    ("не", "менш"),
    ("щонайменше",),
    ("more", "than"),
    ("at", "least"),
    ("не", "меньше"),
    ("як", "мінімум"),
)
# "about 30": neither exact nor a lower bound; the number is left for the user.
ABOUT = Lexicon(
    [
        "около",
        "примерно",
        "приблизно",
        "близько",
        "about",
        "around",
        "roughly",
        "почти",
        "майже",
        "nearly",
        "almost",
        "порядка",
        "до",
    ]
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: int | None  # None: a number was written but cannot be trusted ("about 30")
    approximate: bool
    first: int  # word indexes, inclusive
    last: int
    start: int  # character span of the number and its qualifier
    end: int


def _word_value(word: Word) -> tuple[str, int] | None:
    if word.is_number:
        return ("digits", int(word.text)) if word.text.isdigit() else None
    parts = word.folded.replace("‐", "-").split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:  # "twenty-three"
        return "tens", TENS[parts[0]] + UNITS[parts[1]]
    for form in word.forms:
        for kind, table in (("units", UNITS), ("tens", TENS), ("hundreds", HUNDREDS)):
            if form in table:
                return kind, table[form]
    return None


def _qualifier(st: Statement, first: int) -> tuple[str, int]:
    """'more' / 'about' / '' for the words before the number, and the first qualifier index."""
    words = st.words
    if first >= 1 and MORE_THAN.matches(words[first - 1]):
        before = words[first - 2].folded if first >= 2 else ""
        if not (before == "не" or (before == "no" and words[first - 1].folded == "more")):
            return "more", first - 1
    for pair in AT_LEAST_PAIRS:
        n = len(pair)
        if first >= n and tuple(w.folded for w in words[first - n : first]) == pair:
            return "more", first - n
    if first >= 1 and ABOUT.matches(words[first - 1]):
        return "about", first - 1
    return "", first


def find_numbers(st: Statement) -> list[NumberMention]:
    """Every count written in the statement, in order."""
    out: list[NumberMention] = []
    words = st.words
    i = 0
    while i < len(words):
        first_value = _word_value(words[i])
        if first_value is None or _is_time_or_date(st, i):
            i += 1
            continue
        kind, total = first_value
        j = i
        if kind == "digits":
            # "1 200" written with a space between thousands
            while (
                j + 1 < len(words)
                and words[j + 1].is_number
                and len(words[j + 1].text) == 3
                and st.gap(words[j], words[j + 1]) in (" ", "\u00a0", "\u202f")
            ):
                total = total * 1000 + int(words[j + 1].text)
                j += 1
        else:
            # Words add up from larger to smaller: "сто двадцать три", "two hundred", "twenty three"
            last_kind = kind
            while j + 1 < len(words) and st.gap(words[j], words[j + 1]).strip() in ("", "-"):
                nxt = _word_value(words[j + 1])
                if nxt is None or nxt[0] == "digits":
                    break
                if (
                    nxt[1] == 100
                    and last_kind == "units"
                    and words[j + 1].folded.startswith("hundred")
                ):
                    total *= 100
                elif _ORDER[nxt[0]] < _ORDER[last_kind]:
                    total += nxt[1]
                else:
                    break
                last_kind = nxt[0]
                j += 1
            if i == j and set(words[i].forms) & _PRONOUN_ONE and _followed_by_of(st, j):
                i = j + 1
                continue
        qualifier, q_first = _qualifier(st, i)
        value: int | None = None if qualifier == "about" else total
        out.append(
            NumberMention(value, qualifier == "more", i, j, words[q_first].start, words[j].end)
        )
        i = j + 1
    return out


_ORDER = {"units": 0, "tens": 1, "hundreds": 2}


def _followed_by_of(st: Statement, j: int) -> bool:
    nxt = st.words[j + 1].folded if j + 1 < len(st.words) else ""
    return nxt in ("of", "из", "з", "із", "зі")


def _is_time_or_date(st: Statement, i: int) -> bool:
    """Digits that are part of a clock time ("20:00"), a date or an age ("54 років")."""
    word = st.words[i]
    if not word.is_number:
        return False
    text = st.text
    if word.start > 1 and text[word.start - 1] == "-" and text[word.start - 2].isalpha():
        return True  # a model name: "Х-101", "Shahed-136"
    if word.end + 1 < len(text) and text[word.end] in "-‐" and text[word.end + 1].isalpha():
        return True  # an age or a size: "67-річний", "5-этажный", "67-year-old"
    if (
        word.start > 0
        and text[word.start - 1] in ":./"
        and text[word.start - 2 : word.start - 1].isdigit()
    ):
        return True
    if (
        word.end < len(text)
        and text[word.end] in ":./"
        and text[word.end + 1 : word.end + 2].isdigit()
    ):
        return True
    nxt = st.words[i + 1] if i + 1 < len(st.words) else None
    return nxt is not None and (
        nxt.folded in _MONTHS_AND_UNITS or any(f in _MONTHS_AND_UNITS for f in nxt.forms)
    )


_MONTHS_AND_UNITS = frozenset(
    fold(w)
    for w in [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "год",
        "года",
        "лет",
        "рік",
        "року",
        "років",
        "year",
        "years",
        "hour",
        "hours",
        "час",
        "часа",
        "часов",
        "година",
        "години",
        "годин",
        "minute",
        "minutes",
        "минута",
        "минут",
        "хвилина",
        "хвилин",
        "pm",
        "am",
    ]
)
