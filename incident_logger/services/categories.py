"""Incident categories: a list the user extends by typing a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.text import fold
from incident_logger.store import categories
from incident_logger.store.engine import Database

if TYPE_CHECKING:
    from sqlmodel import Session


def category_id(session: Session, name: str, *, create: bool = True) -> int | None:
    """The id of a category by name (folded); created when missing and ``create`` is set."""
    from sqlmodel import select

    from incident_logger.services import history
    from incident_logger.store.tables import CategoryRow

    key = fold(name)
    row = session.exec(select(CategoryRow).where(CategoryRow.name_key == key)).first()
    if row is not None:
        return row.id
    if not create:
        return None
    row = CategoryRow(name=" ".join(name.split()), name_key=key)
    session.add(row)
    session.flush()
    assert row.id is not None
    history.record(
        session,
        entity=EntityKind.CATEGORY,
        entity_id=row.id,
        action=HistoryAction.CREATE,
        changes={"name": [None, row.name]},
    )
    return row.id


def list_categories(db: Database) -> list[str]:
    """Every category's name, in folded order. Through the repository, not the ORM: the editor
    asks at start-up, before the ORM is loaded (docs/ARCHITECTURE.md, start-up)."""
    with db.read_sql() as sql:
        return [name for _id, name in categories.names(sql)]
