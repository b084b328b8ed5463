"""Correct a mistyped measure score, or strike one entered in error; the reason is required.

Both are kept on the record and in the audit trail with the score as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.model import Measure
from counselor_desk.services import measures
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog


def _about(measure: Measure) -> QLabel:
    severity = instruments.severity(measure.instrument, measure.score)
    label = QLabel(
        f"{measure.instrument} taken {measure.taken_on:%Y-%m-%d}. Now: {measure.score} "
        f"({severity})."
    )
    label.setWordWrap(True)
    return label


class MeasureCorrectionDialog(ServiceDialog):
    """The corrected score and why: the score it replaces stays in the audit trail."""

    def __init__(self, ctx: AppContext, measure: Measure, parent: QWidget | None = None):
        super().__init__(ctx, "Correct score", parent)
        self.measure = measure
        self.form.addRow(_about(measure))
        instrument = instruments.instrument(measure.instrument)
        self.score = QSpinBox()
        self.score.setRange(0, instrument.maximum if instrument is not None else 999)
        self.score.setValue(measure.score)
        self.score.selectAll()
        self.reason = QLineEdit()
        self.add_row("Corrected &score:", "score", self.score)
        self.add_row("&Reason:", "reason", self.reason)
        self.reason.setAccessibleName("Reason for the correction")
        self.ok_button().setText("Save correction")
        self.score.setFocus()

    def save(self) -> Changes:
        measures.correct(
            self.ctx.db,
            self.measure.participant_id,
            self.measure.id,
            self.reason.text(),
            self.ctx.clock,
            score=self.score.value(),
        )
        return Changes.participant(self.measure.participant_id)


class MeasureStrikeDialog(ServiceDialog):
    """Withdraw a score entered in error: it stays on the record, struck, and stops counting."""

    def __init__(self, ctx: AppContext, measure: Measure, parent: QWidget | None = None):
        super().__init__(ctx, "Strike score", parent)
        self.measure = measure
        self.form.addRow(_about(measure))
        note = QLabel("A struck score stays on the record but no longer counts.")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = QLineEdit()
        self.add_row("&Reason:", "reason", self.reason)
        self.reason.setAccessibleName("Reason for striking the score")
        self.ok_button().setText("Strike score")
        self.reason.setFocus()

    def save(self) -> Changes:
        measures.strike(
            self.ctx.db,
            self.measure.participant_id,
            self.measure.id,
            self.reason.text(),
            self.ctx.clock,
        )
        return Changes.participant(self.measure.participant_id)
