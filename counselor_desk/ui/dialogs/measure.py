"""Correct a mistyped measure score, or strike one entered in error; the reason is required.

A score entered from its answers is corrected by editing the answers (the entry's own
widget, filled in with them); a total entered alone, by its total. Both are kept on the
record and in the audit trail with the score and answers as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.model import Measure
from counselor_desk.services import measures
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.measure_entry_view import AnswersEntry, score_text


def _about(measure: Measure) -> QLabel:
    instrument = instruments.instrument(measure.instrument)
    score = str(measure.score) if instrument is None else score_text(instrument, measure.score)
    text = (
        QCoreApplication.translate(
            "MeasureCorrectionDialog",
            "{instrument} taken {date}. Now: {score} (only the total was entered).",
        )
        if measure.total_only
        else QCoreApplication.translate(
            "MeasureCorrectionDialog",
            "{instrument} taken {date}. Now: {score} (scored from its answers).",
        )
    )
    label = QLabel(
        text.format(instrument=measure.instrument, date=f"{measure.taken_on:%Y-%m-%d}", score=score)
    )
    label.setWordWrap(True)
    return label


class MeasureCorrectionDialog(ServiceDialog):
    """The corrected answers (or total) and why: what they replace stays in the audit trail."""

    def __init__(self, ctx: AppContext, measure: Measure, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Correct score"), parent)
        self.measure = measure
        self.corrected: Measure | None = None
        self.form.addRow(_about(measure))
        instrument = instruments.instrument(measure.instrument)
        self.answers: AnswersEntry | None = None
        self.score: QSpinBox | None = None
        if instrument is not None and not measure.total_only:
            self.answers = AnswersEntry(instrument, self.errors)
            self.answers.set_answers(measure.items, measure.difficulty)
            self.form.addRow(self.answers)
        else:
            self.score = QSpinBox()
            self.score.setRange(0, instrument.maximum if instrument is not None else 999)
            self.score.setValue(measure.score)
            self.score.selectAll()
            self.add_row(self.tr("Corrected &score:"), "score", self.score)
        self.reason = QLineEdit()
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.ok_button().setText(self.tr("Save correction"))
        self.ok_button().setDefault(True)
        if self.answers is not None:
            self.answers.focus_first()
        elif self.score is not None:
            self.score.setFocus()

    def save(self) -> Changes:
        if self.answers is not None:
            self.corrected = measures.correct(
                self.ctx.db,
                self.measure.participant_id,
                self.measure.id,
                self.reason.text(),
                self.ctx.clock,
                items=self.answers.answers(),
                difficulty=self.answers.difficulty(),
            )
        else:
            assert self.score is not None  # built when there are no answers to edit
            self.corrected = measures.correct(
                self.ctx.db,
                self.measure.participant_id,
                self.measure.id,
                self.reason.text(),
                self.ctx.clock,
                score=self.score.value(),
            )
        return Changes.participant(self.measure.participant_id)

    def has_typed_text(self) -> bool:
        edited = self.answers is not None and self.answers.edited()
        return super().has_typed_text() or edited


class MeasureStrikeDialog(ServiceDialog):
    """Withdraw a score entered in error: it stays on the record, struck, and stops counting."""

    def __init__(self, ctx: AppContext, measure: Measure, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Strike score"), parent)
        self.measure = measure
        self.form.addRow(_about(measure))
        note = QLabel(self.tr("A struck score stays on the record but no longer counts."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.reason = QLineEdit()
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.reason.setAccessibleName(self.tr("Reason for striking the score"))
        self.ok_button().setText(self.tr("Strike score"))
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
