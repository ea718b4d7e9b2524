"""Errors the domain and services raise, each naming the field and the problem."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.messages import Message


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
    """A record with this id does not exist (or is in the trash when it must not be)."""
