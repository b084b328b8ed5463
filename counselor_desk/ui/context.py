"""What every view is handed: the open database, the clock, and the change bus.

Like Anki's operations: every write goes through `ui.operations.write`, which publishes one
`Changes` value on `bus.changed`; each view asks that value whether it concerns what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import Clock
from counselor_desk.store.db import Database


class ChangeBus(QObject):
    """`changed` carries what a write changed; `open_participant` and `open_note` are
    requests to show a record (at one of its notes)."""

    changed = Signal(Changes)
    open_participant = Signal(int)  # request: show this participant's record
    open_note = Signal(int, int)  # request: show this participant's record at this note

    def publish(self, changes: Changes) -> None:
        """Announce a write. Only ui.operations calls this (and tests standing in for a write)."""
        if not changes.empty:
            self.changed.emit(changes)


@dataclass
class AppContext:
    db: Database
    clock: Clock
    demo: bool = False
    bus: ChangeBus = field(default_factory=ChangeBus)
