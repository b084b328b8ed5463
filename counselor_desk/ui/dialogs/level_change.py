"""Record a step up or down: a dated event, not an edit."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from counselor_desk.domain.model import PROGRAM_LEVELS, LevelOfCare
from counselor_desk.services import participants
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date
from counselor_desk.ui.i18n import domain_text


class LevelChangeDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Change level of care"), parent)
        self.participant_id = participant_id
        person = participants.get(ctx.db, participant_id)
        today = ctx.clock.today()
        current = participants.current_level(ctx.db, person, today)
        self.level = QComboBox()
        for level in PROGRAM_LEVELS:
            self.level.addItem(domain_text(level.label), level.value)
        others = [level for level in PROGRAM_LEVELS if level is not current]
        self.level.setCurrentIndex(self.level.findData(others[0].value))
        self.effective_date = date_edit(today, self.tr("Effective date"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        now_at = QLabel(domain_text(current.label))
        now_at.setAccessibleName(self.tr("Current level"))
        self.form.addRow(self.tr("Now at:"), now_at)
        self.add_row(self.tr("&New level:"), "level_of_care", self.level)
        self.add_row(self.tr("&Effective date:"), "effective_date", self.effective_date)
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.level.setFocus()

    def save(self) -> Changes:
        participants.change_level(
            self.ctx.db,
            self.participant_id,
            LevelOfCare(self.level.currentData()),
            to_date(self.effective_date.date()),
            self.reason.toPlainText(),
            self.ctx.clock,
        )
        return Changes.participant(self.participant_id)
