"""Writes lemma_keys.csv: the lemma keys of every gazetteer entry, computed once here so the
app's first start need not analyse some 13,000 names.

Run from the repository root after changing the gazetteer data or the language layer:
    .venv/bin/python resources/gazetteer/build_keys.py

The first row holds the signature (lemma rules, pymorphy3 and dictionary versions) the keys
were computed under; an app whose signature differs ignores the file and computes the keys.
tests/test_gazetteer_data.py checks that the file matches what the loader would compute.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from incident_logger.services.gazetteer_load import key_table
from incident_logger.services.place_keys import signature

HERE = Path(__file__).resolve().parent


def main() -> int:
    table = key_table()
    with (HERE / "lemma_keys.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["ref", "keys"])
        writer.writerow(["#signature", signature()])
        for ref, keys in table.items():
            writer.writerow([ref, "|".join(keys)])
    print(f"{len(table)} entries written under {signature()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
