"""Amendment to a signed discharge summary: what it concerns, why, and the text (author and
time come from the profile and the clock)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from counselor_desk.domain.model import DISCHARGE_SECTIONS
from counselor_desk.services import discharge_signing
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.i18n import domain_text


class DischargeAmendmentDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Add amendment to the discharge summary"), parent)
        self.participant_id = participant_id
        self.field = QComboBox()
        for key, label in DISCHARGE_SECTIONS.items():
            self.field.addItem(domain_text(label), key)
        self.reason = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, 160)
        self.add_row(self.tr("&Concerns:"), "field", self.field)
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.add_row(self.tr("&Amendment:"), "text", self.text)
        self.ok_button().setText(self.tr("Add amendment"))
        self.field.setFocus()

    def save(self) -> Changes:
        discharge_signing.amend(
            self.ctx.db,
            self.participant_id,
            str(self.field.currentData()),
            self.reason.text(),
            self.text.toPlainText(),
            self.ctx.clock,
        )
        return Changes.participant(self.participant_id)
