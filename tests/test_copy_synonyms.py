"""``copy`` carries the synonym groups a user edited, not the target's seeded ones."""

from __future__ import annotations

from pathlib import Path

from incident_logger.services.synonyms import add_group, list_groups, remove_group
from incident_logger.store import transfer
from incident_logger.store.engine import open_database


def test_a_copied_file_keeps_the_users_synonym_groups(tmp_path: Path) -> None:
    source = tmp_path / "mine.sqlite3"
    db = open_database(source)
    try:
        seeded = list_groups(db)
        assert remove_group(db, seeded[1].id)  # the user dropped a seeded group
        add_group(db, ["обстрел", "shelling"])  # and made one
        edited = list_groups(db)
    finally:
        db.close()
    assert edited != seeded
    target = tmp_path / "copy.sqlite3"
    result = transfer.copy_database_between(source, target)
    assert "synonym" in {t.table for t in result.tables}
    copied = open_database(target)
    try:
        assert list_groups(copied) == edited
        # A group made after the copy gets a number of its own.
        made = add_group(copied, ["КАБ", "glide bomb"])
        assert made.id not in {g.id for g in edited}
    finally:
        copied.close()
