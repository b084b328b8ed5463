"""Clinical tab: presenting problems, diagnoses, medications, allergies, measure scores."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Measure
from counselor_desk.services import measures, participants
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.diagnoses import DiagnosisTable
from counselor_desk.ui.dialogs.form import FormErrors, date_edit, to_date
from counselor_desk.ui.dialogs.measure import MeasureCorrectionDialog, MeasureStrikeDialog
from counselor_desk.ui.operations import write
from counselor_desk.ui.widgets.table_model import Column, TableModel


def measure_summary(instrument: str, found: list[Measure]) -> str:
    """Baseline and latest score of one instrument, and the change between them."""
    course = instruments.baseline_and_latest(instrument, found)
    if course is None:
        return f"{instrument}: not taken yet."
    first, last = course
    severity = instruments.severity  # the band's words: "moderately severe"
    text = (
        f"{instrument}: baseline {first.score} ({severity(instrument, first.score)}, "
        f"{first.taken_on:%Y-%m-%d})"
    )
    if last is not None:
        change = last.score - first.score
        text += (
            f" → latest {last.score} ({severity(instrument, last.score)}, "
            f"{last.taken_on:%Y-%m-%d}); change {change:+d}"
        )
    return text + "."


def _text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    edit.setAccessibleName(name)
    return edit


#: The score field's value while nothing is typed (shown as "—"): Add refuses it.
NO_SCORE = -1


def _score_text(measure: Measure) -> str:
    return f"{measure.score} ({instruments.severity(measure.instrument, measure.score)})"


def _measure_note(measure: Measure) -> str:
    """What happened to a stored score: struck (and why), or corrected from what."""
    if measure.is_struck:
        return f"struck: {measure.struck_reason}"
    if measure.corrected_from is not None:
        return f"corrected from {measure.corrected_from}: {measure.correction_reason}"
    return ""


def _struck_font(measure: Measure) -> QFont | None:
    if not measure.is_struck:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


MEASURE_COLUMNS: tuple[Column[Measure], ...] = (
    Column("Date", lambda measure: f"{measure.taken_on:%Y-%m-%d}", font=_struck_font),
    Column("Measure", lambda measure: measure.instrument, font=_struck_font),
    Column("Score", _score_text, font=_struck_font),
    Column("Note", _measure_note),
)


class ClinicalTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.modified = False
        self.errors = FormErrors()
        self.measure_errors = FormErrors()
        self.presenting_problems = _text("Presenting problems")
        self.diagnoses = DiagnosisTable()
        self.medications = _text("Medications")
        self.allergies = _text("Allergies")
        self.save_button = QPushButton("Save clinical details")
        self.save_button.setAccessibleName("Save clinical details")
        self.saved_label = QLabel()

        self.instrument = QComboBox()
        self.instrument.addItems(list(instruments.NAMES))
        self.instrument.setAccessibleName("Measure")
        self.taken_on = date_edit(ctx.clock.today(), "Date taken")
        self.score = QSpinBox()  # starts empty: a score is typed, never assumed
        self.score.setRange(NO_SCORE, instruments.INSTRUMENTS[0].maximum)
        self.score.setSpecialValueText("—")
        self.score.setValue(NO_SCORE)
        self.score.setAccessibleName("Score")
        self.add_measure_button = QPushButton("Add score")
        self.add_measure_button.setAccessibleName("Add the measure score")
        self.measure_summary = QLabel()
        self.measure_summary.setWordWrap(True)
        self.measure_summary.setAccessibleName("Baseline and latest scores")
        self.measures_model = TableModel(MEASURE_COLUMNS, self)
        self.measures = QTableView()
        self.measures.setModel(self.measures_model)
        self.measures.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.measures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures.verticalHeader().hide()
        self.measures.setAccessibleName("Measure scores")
        self.measures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.correct_measure_button = QPushButton("Correct…")
        self.correct_measure_button.setAccessibleName("Correct the selected score")
        self.strike_measure_button = QPushButton("Strike…")
        self.strike_measure_button.setAccessibleName("Strike the selected score")
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        details = QGroupBox("Clinical details")
        form = QFormLayout(details)
        form.addRow(
            "Presenting problems:",
            self.errors.wrap("presenting_problems", self.presenting_problems),
        )
        form.addRow("Diagnoses:", self.errors.wrap("diagnoses", self.diagnoses))
        form.addRow("Medications (as reported):", self.errors.wrap("medications", self.medications))
        form.addRow("Allergies:", self.errors.wrap("allergies", self.allergies))
        form.addRow(self.errors.banner)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        form.addRow(row)
        measures = QGroupBox(f"Measures ({', '.join(instruments.NAMES)})")
        measure_layout = QVBoxLayout(measures)
        entry = QHBoxLayout()
        entry.addWidget(self.instrument)
        entry.addWidget(self.measure_errors.wrap("taken_on", self.taken_on))
        entry.addWidget(self.measure_errors.wrap("score", self.score))
        entry.addWidget(self.add_measure_button)
        entry.addStretch(1)
        measure_layout.addLayout(entry)
        measure_layout.addWidget(self.measure_errors.banner)
        measure_layout.addWidget(self.measure_summary)
        measure_layout.addWidget(self.measures)
        actions = QHBoxLayout()
        actions.addWidget(self.correct_measure_button)
        actions.addWidget(self.strike_measure_button)
        actions.addStretch(1)
        measure_layout.addLayout(actions)
        layout = QHBoxLayout(self)
        layout.addWidget(details, 3)
        layout.addWidget(measures, 2)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        for edit in (self.presenting_problems, self.medications, self.allergies):
            edit.textChanged.connect(self._mark_modified)
        self.diagnoses.changed.connect(self._mark_modified)
        self.instrument.currentTextChanged.connect(
            lambda name: self.score.setMaximum(instruments.BY_NAME[name].maximum)
        )
        self.add_measure_button.clicked.connect(self.add_measure)
        line = self.score.lineEdit()
        if line is not None:  # Enter in the score adds it
            line.returnPressed.connect(self.add_measure)
        self.measures.selectionModel().selectionChanged.connect(self._update_measure_buttons)
        self.correct_measure_button.clicked.connect(self.correct_selected)
        self.strike_measure_button.clicked.connect(self.strike_selected)

    def _mark_modified(self) -> None:
        self.modified = True
        self.saved_label.setText("Unsaved changes")

    def refresh(self) -> None:
        """Reload from the database; typed, unsaved details are never overwritten."""
        if not self.modified:
            person = participants.get(self.ctx.db, self.participant_id)
            for edit, text in (
                (self.presenting_problems, person.presenting_problems),
                (self.medications, person.medications),
                (self.allergies, person.allergies),
            ):
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
            self.diagnoses.set_diagnoses(person.diagnoses)
            self.modified = False
        found = measures.measures(self.ctx.db, self.participant_id)
        self.measure_summary.setText(
            "\n".join(measure_summary(name, found) for name in instruments.NAMES)
        )
        self.measures_model.set_rows(sorted(found, key=lambda m: (m.taken_on, m.id), reverse=True))
        self._update_measure_buttons()

    def save(self) -> None:
        self.errors.clear()
        write(  # a failure is said next to the field; what was typed stays
            self.ctx,
            self._save_details,
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _saved: self._saved(),
        )

    def _save_details(self) -> None:
        person = participants.get(self.ctx.db, self.participant_id)
        changed = replace(
            person,
            presenting_problems=self.presenting_problems.toPlainText(),
            diagnoses=self.diagnoses.diagnoses(),
            medications=self.medications.toPlainText(),
            allergies=self.allergies.toPlainText(),
        )
        participants.edit(self.ctx.db, changed, self.ctx.clock)

    def _saved(self) -> None:
        self.modified = False
        self.saved_label.setText(f"Saved {self.ctx.clock.now():%H:%M}")

    def add_measure(self) -> None:
        self.measure_errors.clear()
        write(
            self.ctx,
            lambda: measures.add(self.ctx.db, self._typed_measure(), self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.measure_errors,
            then=lambda _added: self._measure_added(),
        )

    def _measure_added(self) -> None:
        self.score.setValue(NO_SCORE)
        self.refresh()

    def _typed_measure(self) -> Measure:
        instrument = self.instrument.currentText()
        if self.score.value() == NO_SCORE:
            raise ValidationError(f"Type the {instrument} score first.", "score")
        return Measure(
            participant_id=self.participant_id,
            instrument=instrument,
            taken_on=to_date(self.taken_on.date()),
            score=self.score.value(),
        )

    def selected_measure(self) -> Measure | None:
        rows = self.measures.selectionModel().selectedRows()
        if not rows:
            return None
        return self.measures_model.record_at(rows[0].row())

    def _update_measure_buttons(self) -> None:
        chosen = self.selected_measure()
        can_change = chosen is not None and not chosen.is_struck
        self.correct_measure_button.setEnabled(can_change)
        self.strike_measure_button.setEnabled(can_change)

    def correction_dialog(self) -> MeasureCorrectionDialog | None:
        chosen = self.selected_measure()
        if chosen is None or chosen.is_struck:
            return None
        return MeasureCorrectionDialog(self.ctx, chosen, self)

    def strike_dialog(self) -> MeasureStrikeDialog | None:
        chosen = self.selected_measure()
        if chosen is None or chosen.is_struck:
            return None
        return MeasureStrikeDialog(self.ctx, chosen, self)

    def correct_selected(self) -> None:
        self._run(self.correction_dialog())

    def strike_selected(self) -> None:
        self._run(self.strike_dialog())

    def _run(self, dialog: QDialog | None) -> None:
        if dialog is None:
            self.measures.setFocus()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.modified
