"""What every view is handed: the open database, the clock, and the change bus.

Like Anki's operations: a view that changes something calls a service, then announces
*what* changed on `bus`; other views refresh only when the change concerns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from counselor_desk.services.clock import Clock
from counselor_desk.store.db import Database


class ChangeBus(QObject):
    """Signals carrying what changed. Ids let a view ignore changes of other participants."""

    participant_changed = Signal(int)  # participant id (admit, edit, level, leave, discharge)
    attendance_changed = Signal(int)  # session id
    sessions_changed = Signal()  # sessions added or cancelled
    note_changed = Signal(int)  # participant id
    plan_changed = Signal(int)  # participant id
    profile_changed = Signal()
    open_participant = Signal(int)  # request: show this participant's record


@dataclass
class AppContext:
    db: Database
    clock: Clock
    demo: bool = False
    bus: ChangeBus = field(default_factory=ChangeBus)
