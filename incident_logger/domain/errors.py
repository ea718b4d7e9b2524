"""Errors the domain and services raise, each naming the field and the problem."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.messages import Message, msg, verbatim


@dataclass(frozen=True, slots=True)
class FieldError:
    """A field's problem: ``msg`` is its code and values; ``message`` the English text."""

    field: str
    msg: Message

    @property
    def message(self) -> str:
        return str(self.msg)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` lists each with its field name."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]

    def messages_for(self, field: str) -> list[Message]:
        return [e.msg for e in self.errors if e.field == field]


class NotFoundError(LookupError):
    """A record with this id does not exist (or is in the trash when it must not be);
    ``msg`` says which (domain/messages.py), ``str()`` in English."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.msg = message if isinstance(message, Message) else None


# A record's kind (EntityKind's value) as a conflict message names it.
_RECORD = {
    "incident": "record_incident",
    "place": "record_place",
    "source": "record_source",
    "count_report": "record_count_report",
    "category": "record_category",
}


class ConflictError(RuntimeError):
    """Someone else saved this record after it was opened here: saving would overwrite their
    change. ``version`` is the record's version now (save with it to overwrite knowingly);
    ``by`` and ``at`` say who changed it and when, as the history records it."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        *,
        expected: int,
        version: int,
        by: str = "",
        at: str = "",
        deleted: bool = False,
    ) -> None:
        self.entity, self.entity_id = entity, entity_id
        self.expected, self.version = expected, version
        self.by, self.at, self.deleted = by, at, deleted
        who = f" by {by}" if by else ""
        when = f" at {at}" if at else ""
        versions = f" (version {version}, you had {expected})" if expected != version else ""
        super().__init__(
            f"This {entity.replace('_', ' ')} was changed{who}{when} after you opened it"
            f"{versions}; nothing was saved."
        )
        # The interface's words (the versions are left out; "by" only with its time).
        record = msg(_RECORD[entity]) if entity in _RECORD else verbatim(entity)
        if by and at:
            self.msg = msg("conflict_by", entity=record, by=by, at=at.replace("T", " ")[:16])
        elif at:
            self.msg = msg("conflict_at", entity=record, at=at.replace("T", " ")[:16])
        else:
            self.msg = msg("conflict", entity=record)
