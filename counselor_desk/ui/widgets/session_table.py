"""The table model of sessions (Today and Sessions views): one DaySession per row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from counselor_desk.services.sessions import DaySession
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, date_text, domain_text
from counselor_desk.ui.widgets.table_model import ALIGN_RIGHT, RECORD_ROLE, Column, TableModel
from counselor_desk.ui.widgets.table_model import SORT_ROLE as SORT_ROLE

COL_DATE = 0
COL_TIME = 1
COL_LENGTH = 2
COL_TYPE = 3
COL_FOR = 4
COL_TOPIC = 5
COL_EXPECTED = 6
COL_ROLL_CALL = 7

#: Returns the row's DaySession.
SESSION_ROLE = RECORD_ROLE


def roll_call_state(row: DaySession, today: dt.date) -> str:
    """Taken / not yet / cancelled, as the counselor reads it."""
    if row.session.cancelled:
        return QCoreApplication.translate("SessionTable", "Cancelled")
    if row.roll_call_taken:
        return QCoreApplication.translate("SessionTable", "Taken ({marked} of {expected})").format(
            marked=row.marked, expected=len(row.expected)
        )
    if row.session.date > today:
        return QCoreApplication.translate("SessionTable", "Upcoming")
    return QCoreApplication.translate("SessionTable", "Not yet")


def _minutes(row: DaySession) -> int:
    start = row.session.start_time
    return start.hour * 60 + start.minute


def _whose(row: DaySession) -> str:
    if row.session.participant_id is not None and row.expected:
        return row.expected[0].name  # an individual or family session: whose it is
    return row.program_name


def _cancel_reason(row: DaySession) -> str | None:
    session = row.session
    return (
        QCoreApplication.translate("SessionTable", "Cancelled: {reason}").format(
            reason=session.cancel_reason
        )
        if session.cancelled and session.cancel_reason
        else None
    )


def _struck(row: DaySession) -> QFont | None:
    """A cancelled session is struck through, all but its roll-call state."""
    if not row.session.cancelled:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


def _plain_if_cancelled(row: DaySession) -> QFont | None:
    return QFont() if row.session.cancelled else None


def _cell(
    header: str,
    text: Callable[[DaySession], str],
    sort_key: Callable[[DaySession], int] | None = None,
    alignment: Qt.AlignmentFlag | None = None,
) -> Column[DaySession]:
    return Column(header, text, alignment, tooltip=_cancel_reason, font=_struck, sort_key=sort_key)


COLUMNS = (
    _cell(
        QT_TRANSLATE_NOOP("SessionTable", "Date"),
        lambda row: date_text(row.session.date, "ddd yyyy-MM-dd"),
        lambda row: row.session.date.toordinal() * 10000 + _minutes(row),
    ),
    _cell(
        QT_TRANSLATE_NOOP("SessionTable", "Time"),
        lambda row: row.session.start_time.strftime("%H:%M"),
        _minutes,
    ),
    _cell(
        QT_TRANSLATE_NOOP("SessionTable", "Length"),
        lambda row: QCoreApplication.translate("SessionTable", "{minutes} min").format(
            minutes=row.session.duration_minutes
        ),
        lambda row: row.session.duration_minutes,
        ALIGN_RIGHT,
    ),
    _cell(
        QT_TRANSLATE_NOOP("SessionTable", "Type"),
        lambda row: domain_text(row.session.service_type.label),
    ),
    _cell(QT_TRANSLATE_NOOP("SessionTable", "Program / participant"), _whose),
    _cell(QT_TRANSLATE_NOOP("SessionTable", "Topic"), lambda row: row.session.topic),
    _cell(
        QT_TRANSLATE_NOOP("SessionTable", "Expected"),
        lambda row: str(len(row.expected)),
        lambda row: len(row.expected),
        ALIGN_RIGHT,
    ),
)


class SessionTableModel(TableModel[DaySession]):
    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        self._today = today
        roll_call = Column(
            QT_TRANSLATE_NOOP("SessionTable", "Roll call"),
            lambda row: roll_call_state(row, self._today),
            tooltip=_cancel_reason,
            font=_plain_if_cancelled,
        )
        super().__init__([*COLUMNS, roll_call], parent, context="SessionTable")

    def set_rows(self, rows: Iterable[DaySession], today: dt.date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def row_at(self, row: int) -> DaySession:
        return self.record_at(row)
