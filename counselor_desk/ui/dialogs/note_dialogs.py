"""Addendum to a signed note (author and time are taken from the profile and the clock)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from counselor_desk.services import notes
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog


class AddendumDialog(ServiceDialog):
    def __init__(
        self, ctx: AppContext, participant_id: int, note_id: int, parent: QWidget | None = None
    ):
        super().__init__(ctx, self.tr("Add addendum"), parent)
        self.participant_id = participant_id
        self.note_id = note_id
        self.reason = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(420, 160)
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.add_row(self.tr("&Addendum:"), "text", self.text)
        self.ok_button().setText(self.tr("Add addendum"))
        self.reason.setFocus()

    def save(self) -> Changes:
        notes.add_addendum(
            self.ctx.db, self.note_id, self.reason.text(), self.text.toPlainText(), self.ctx.clock
        )
        return Changes.note(self.participant_id)
