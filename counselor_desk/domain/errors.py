"""The one error type every service raises for bad input."""

from __future__ import annotations


class ValidationError(Exception):
    """Bad input, said in plain words. `field` names the form field it concerns ("" if none).

    `problems` holds every (field, message) found, so a form can mark each field at once.
    """

    def __init__(
        self, message: str, field: str = "", problems: list[tuple[str, str]] | None = None
    ):
        super().__init__(message)
        self.message = message
        self.field = field
        self.problems = problems if problems is not None else [(field, message)]

    def __str__(self) -> str:
        return self.message


class NotFoundError(ValidationError):
    """A chart number, session or note that does not exist."""
