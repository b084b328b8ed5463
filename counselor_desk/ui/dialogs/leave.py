"""Record a leave of absence: the program clock pauses, no hours are expected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from counselor_desk.domain.model import Leave
from counselor_desk.services import participants
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date


class LeaveDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Leave of absence"), parent)
        self.participant_id = participant_id
        today = ctx.clock.today()
        self.start_date = date_edit(today, self.tr("First day of leave"))
        self.end_date = date_edit(today, self.tr("Last day of leave"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.add_row(self.tr("&First day away:"), "start_date", self.start_date)
        self.add_row(self.tr("&Last day away:"), "end_date", self.end_date)
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.start_date.setFocus()

    def save(self) -> Changes:
        participants.add_leave(
            self.ctx.db,
            self.participant_id,
            to_date(self.start_date.date()),
            to_date(self.end_date.date()),
            self.reason.toPlainText(),
            self.ctx.clock,
        )
        return Changes.participant(self.participant_id)


class ReturnFromLeaveDialog(ServiceDialog):
    """End a leave early: the participant is back, the program clock runs again."""

    def __init__(
        self, ctx: AppContext, participant_id: int, leave: Leave, parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("Return from leave"), parent)
        self.participant_id = participant_id
        self.leave = leave
        yesterday = ctx.clock.today() - dt.timedelta(days=1)
        last = min(max(yesterday, leave.start_date), leave.end_date)
        self.last_day = date_edit(last, self.tr("Last day away"))
        self.form.addRow(
            QLabel(
                self.tr("On leave from {first} to {last}.").format(
                    first=f"{leave.start_date:%Y-%m-%d}", last=f"{leave.end_date:%Y-%m-%d}"
                )
            )
        )
        self.add_row(self.tr("&Last day away:"), "end_date", self.last_day)
        self.last_day.setFocus()

    def save(self) -> Changes:
        participants.end_leave(
            self.ctx.db, self.participant_id, self.leave.id, to_date(self.last_day.date())
        )
        return Changes.participant(self.participant_id)
