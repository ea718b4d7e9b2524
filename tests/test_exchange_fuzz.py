"""Hypothesis: hostile JSON, CSV and ACLED files never raise out of an import, through the
service or the command line; every problem names the file, and a refused file writes nothing.

The strategies hold the classes of input that once raised (issue 9): integers too large
for SQLite or with more digits than Python converts, floats out of range, deep nesting,
lone surrogates, integral floats, repeated columns, odd separators and line ends.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_logger.cli.main import run_command
from incident_logger.services.exchange.acled import COLUMNS as ACLED_COLUMNS
from incident_logger.services.exchange.csv_format import COLUMNS
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import open_database

EXAMPLES = int(os.environ.get("IL_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Raw JSON texts that json.dumps cannot write (or that would be awkward to build).
RAW_NUMBERS = [
    "1" + "0" * 30,
    "9" * 4400,
    "-" + "7" * 5000,
    "1" + "0" * 400,
    "1e400",
    "-1e400",
    "2.0",
    "0.5",
    "1E+2",
    "NaN",
    "Infinity",
]
SURROGATES = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.sampled_from('aКß\n"\\ '),
    ),
    min_size=1,
    max_size=6,
)


@st.composite
def deep(draw: st.DrawFn) -> str:
    depth = draw(st.sampled_from([3, 31, 33, 200, 999, 1_001, 5_000, 100_000]))
    opening, closing = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
    return opening * depth + "1" + closing * depth


JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**25), 10**25),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    SURROGATES,
    st.lists(st.one_of(st.integers(), st.text(max_size=4), SURROGATES), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
INCIDENT_FIELDS = [
    "title",
    "start_at",
    "end_at",
    "time_precision",
    "place",
    "locality",
    "latitude",
    "longitude",
    "geo_precision",
    "category",
    "narrative",
    "injuries",
    "fatalities",
    "response",
    "status",
    "tags",
    "sources",
    "damage",
    "external_id",
    "created_at",
    "key",
]


@st.composite
def json_documents(draw: st.DrawFn) -> str:
    raws: list[str] = []

    def value() -> Any:
        kind = draw(st.integers(0, 9))
        if kind == 0:
            raws.append(draw(st.sampled_from(RAW_NUMBERS)))
        elif kind == 1:
            raws.append(draw(deep()))
        else:
            return draw(JSON_VALUES)
        return f"@@RAW{len(raws) - 1}@@"

    incidents: list[Any] = []
    for n in range(draw(st.integers(0, 4))):
        incident: dict[str, Any] = {"title": f"t{n}", "start_at": "2026-09-01T10:00"}
        for name in draw(st.lists(st.sampled_from(INCIDENT_FIELDS), max_size=4)):
            incident[name] = value()
        if draw(st.booleans()):
            incident["damage"] = [{"object_kind": "car", "quantity": value()}]
        if draw(st.booleans()):
            incident["sources"] = [{"source": "S1", "credibility": value()}]
        incidents.append(incident if draw(st.integers(0, 9)) else value())
    doc: dict[str, Any] = {
        "format": draw(st.sampled_from(["incident-logger", "incident-logger", "other"])),
        "version": draw(st.sampled_from([1, 1, 1, "1", 2, 1.0, None])),
        "places": [{"key": "P1", "name": value(), "kind": "city"}],
        "sources": [{"key": "S1", "name": "Governor", "reliability": value()}],
        "incidents": incidents,
        "count_reports": [
            {
                "source": "S1",
                "issued_at": "2026-09-01T10:00",
                "period_start": "2026-09-01T00:00",
                "period_end": "2026-09-01T06:00",
                "stated_total": value(),
                "lines": [{"place": "P1", "count": value()}],
            }
        ],
    }
    if draw(st.booleans()):
        doc["history"] = [
            {
                "at": "2026-09-01",
                "entity": "incident",
                "record": "I1",
                "action": "create",
                "changes": {"title": [None, value()]},
            }
        ]
    if draw(st.booleans()):
        doc[draw(SURROGATES)] = value()
    keys = list(doc)
    order = draw(st.permutations(keys))
    text = json.dumps({k: doc[k] for k in order}, indent=draw(st.sampled_from([None, 1])))
    for i, raw in enumerate(raws):
        text = text.replace(f'"@@RAW{i}@@"', raw)
    return text


CELLS = st.one_of(
    st.sampled_from(
        [
            "99999999999999999999999",
            "1" + "0" * 5000,
            "1.0",
            "2022.0",
            "1.5",
            "-1",
            "1e400",
            "nan",
            "١٢",
            "1,5",
            "0x10",
            "2026-09-01",
            "2026-02-30T10:00",
            "Россия › Калуга",
            " › ",
            "Governor | B2\nGovernor | C3",
            "car | 1e30 | severe",
            "car | 99999999999 | minor",
            '"',
            "=1+2",
            "",
        ]
    ),
    st.text(alphabet=st.sampled_from('a1.;,\t"\r\n›|\\ К-'), max_size=12),
)


@st.composite
def csv_documents(draw: st.DrawFn) -> tuple[str, str]:
    acled = draw(st.booleans())
    columns = list(ACLED_COLUMNS if acled else COLUMNS)
    header = draw(
        st.lists(st.sampled_from(columns), min_size=2, max_size=8).map(
            lambda h: [
                *dict.fromkeys(
                    ["title", "start_at"]
                    if not acled
                    else ["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes"]
                ),
                *h,
            ]
        )
    )
    if draw(st.integers(0, 5)) == 0:
        header.append(header[-1].upper())  # a repeated column
    sep = draw(st.sampled_from([",", ",", ";", "\t"]))
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    rows = []
    for n in range(draw(st.integers(0, 5))):
        row = []
        for column in header:
            if column in ("title", "event_id_cnty") and draw(st.booleans()):
                row.append(f"row {n % 3}")
            elif column in ("start_at", "event_date") and draw(st.booleans()):
                row.append("2026-09-01")
            else:
                row.append(draw(CELLS))
        rows.append(row)

    def quoted(cell: str) -> str:
        if any(c in cell for c in (sep, '"', "\r", "\n")) and draw(st.integers(0, 7)):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    lines = [sep.join(quoted(c) for c in line) for line in [header, *rows]]
    return ("acled.csv" if acled else "incidents.csv"), end.join(lines) + end


def _check(path: Path, tmp: Path) -> None:
    db = open_database(tmp / "fuzz.sqlite3")
    try:
        before = count_incidents(db)
        for partial in (False, True):
            report = import_file(db, path, partial=partial)
            for problem in [*report.problems, *report.duplicates, *report.warnings]:
                assert problem.file == path.name and problem.line >= 0
                str(problem).encode("utf-8")
            report.summary().encode("utf-8")
            if not report.written:
                assert count_incidents(db) == before
            before = count_incidents(db)
    finally:
        db.close()
    code = run_command(["--db", str(tmp / "cli.sqlite3"), "import", str(path)])
    assert code in (0, 1, 3)


@SETTINGS
@given(json_documents())
def test_hostile_json_never_raises(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        path = here / "doc.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _check(path, here)


@SETTINGS
@given(csv_documents())
def test_hostile_csv_never_raises(document: tuple[str, str]) -> None:
    name, text = document
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        path = here / name
        path.write_text(text, encoding="utf-8", newline="")
        _check(path, here)


@pytest.mark.parametrize("size", [0, 1, 2, 3, 100])
def test_truncated_json_is_a_problem(size: int, tmp_path: Path) -> None:
    text = json.dumps({"format": "incident-logger", "version": 1, "incidents": [{"title": "t"}]})
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) - size - 1] if size < len(text) else "", encoding="utf-8")
    _check(path, tmp_path)
