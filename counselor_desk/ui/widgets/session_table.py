"""The table model of sessions (Today and Sessions views): one DaySession per row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from counselor_desk.services.sessions import DaySession

Index = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_TIME = 1
COL_LENGTH = 2
COL_TYPE = 3
COL_FOR = 4
COL_TOPIC = 5
COL_EXPECTED = 6
COL_ROLL_CALL = 7
HEADERS = (
    "Date",
    "Time",
    "Length",
    "Type",
    "Program / participant",
    "Topic",
    "Expected",
    "Roll call",
)

#: Returns the row's DaySession.
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
#: The real value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def roll_call_state(row: DaySession, today: dt.date) -> str:
    """Taken / not yet / cancelled, as the counselor reads it."""
    if row.session.cancelled:
        return "Cancelled"
    if row.roll_call_taken:
        return f"Taken ({row.marked} of {len(row.expected)})"
    if row.session.date > today:
        return "Upcoming"
    return "Not yet"


class SessionTableModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DaySession] = []
        self._today = today

    def set_rows(self, rows: Sequence[DaySession], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if today is not None:
            self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> DaySession:
        return self._rows[row]

    def rows(self) -> list[DaySession]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        session = row.session
        column = index.column()
        if role == SESSION_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return {
                COL_DATE: session.date.toordinal() * 10000
                + session.start_time.hour * 60
                + session.start_time.minute,
                COL_TIME: session.start_time.hour * 60 + session.start_time.minute,
                COL_LENGTH: session.duration_minutes,
                COL_EXPECTED: len(row.expected),
            }.get(column, self._display(row, column))
        if role == Qt.ItemDataRole.FontRole and session.cancelled:
            font = QFont()
            font.setStrikeOut(column != COL_ROLL_CALL)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and session.cancelled and session.cancel_reason:
            return f"Cancelled: {session.cancel_reason}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_LENGTH, COL_EXPECTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: DaySession, column: int) -> str:
        session = row.session
        if column == COL_DATE:
            return session.date.strftime("%a %Y-%m-%d")
        if column == COL_TIME:
            return session.start_time.strftime("%H:%M")
        if column == COL_LENGTH:
            return f"{session.duration_minutes} min"
        if column == COL_TYPE:
            return session.service_type.label
        if column == COL_FOR:
            if session.participant_id is not None and row.expected:
                return row.expected[0].name  # an individual or family session: whose it is
            return row.program_name
        if column == COL_TOPIC:
            return session.topic
        if column == COL_EXPECTED:
            return str(len(row.expected))
        if column == COL_ROLL_CALL:
            return roll_call_state(row, self._today)
        return ""
