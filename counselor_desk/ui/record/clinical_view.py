"""The clinical tab's widgets: clinical details beside the measures, with no database of
their own (the controller, clinical_tab.ClinicalTab, fills and saves them).

The measures side holds one entry button per instrument ("New PHQ-9…", "New GAD-7…",
"C-SSRS screen…"), each followed instrument's course (baseline, latest, change, badges and
its chart), the latest C-SSRS risk, and the table of every score with Correct… and Strike….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.measures import Instrument, Scoring
from counselor_desk.domain.model import Measure
from counselor_desk.ui.dialogs.diagnoses import DiagnosisTable
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.dialogs.measure_entry import entry_title
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.emphasis import Badge
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.record.measure_chart import CourseView
from counselor_desk.ui.widgets import remembered
from counselor_desk.ui.widgets.table_model import Column, TableModel

#: The entry buttons' words, with a mnemonic each (Alt+9, Alt+7, Alt+C).
BUTTON_TEXTS = {
    "PHQ-9": QT_TRANSLATE_NOOP("ClinicalView", "New PHQ-&9…"),
    "GAD-7": QT_TRANSLATE_NOOP("ClinicalView", "New GAD-&7…"),
    "C-SSRS": QT_TRANSLATE_NOOP("ClinicalView", "&C-SSRS screen…"),
}


def button_text(instrument: Instrument) -> str:
    text = BUTTON_TEXTS.get(instrument.name)
    if text is None:
        return f"{entry_title(instrument)}…"
    return QCoreApplication.translate("ClinicalView", text)


def score_words(instrument: Instrument, score: int) -> str:
    """A score as `Instrument.score_text` says it, in the app's language: '14 (moderate)',
    or for a risk level 'moderate risk'."""
    band = domain_text(instrument.severity(score))
    if instrument.scoring is Scoring.CSSRS_RISK:
        return QCoreApplication.translate("ClinicalView", "{band} risk").format(band=band)
    return QCoreApplication.translate("ClinicalView", "{score} ({band})").format(
        score=score, band=band
    )


def measure_score(measure: Measure) -> str:
    """A stored score as the counselor reads it (as `measures.score_text`)."""
    found = instruments.BY_NAME.get(measure.instrument)
    return str(measure.score) if found is None else score_words(found, measure.score)


def answers_text(items: tuple[int | None, ...]) -> str:
    """'2 1 0 3 …' ('–' for a question not asked)."""
    return " ".join("\u2013" if answer is None else str(answer) for answer in items)


def measure_answers(measure: Measure) -> str:
    """How the score was entered: its answers, or 'total only'."""
    if measure.total_only:
        return QCoreApplication.translate("ClinicalView", "total only")
    text = answers_text(measure.items)
    if measure.difficulty is not None:
        text = QCoreApplication.translate(
            "ClinicalView", "{answers} \u00b7 difficulty {difficulty}"
        ).format(answers=text, difficulty=measure.difficulty)
    return text


def answers_tooltip(measure: Measure) -> str | None:
    """Each question with its answer in words."""
    found = instruments.instrument(measure.instrument)
    if found is None or measure.total_only:
        return QCoreApplication.translate(
            "ClinicalView", "Only the total was entered (scored elsewhere, on paper)."
        )
    lines = [
        f"{question.number}. {domain_text(question.text)}: "
        f"{domain_text(question.answer_label(answer))}"
        for question, answer in zip(found.questions, measure.items, strict=False)
    ]
    if found.difficulty is not None and measure.difficulty is not None:
        question = found.difficulty
        lines.append(f"{question.number}. {domain_text(question.answer_label(measure.difficulty))}")
    return "\n".join(lines)


def measure_note(measure: Measure) -> str:
    """What happened to a stored score: struck (and why), or corrected from what."""
    if measure.is_struck:
        return QCoreApplication.translate("ClinicalView", "struck: {reason}").format(
            reason=measure.struck_reason
        )
    if measure.corrected_from is not None:
        if measure.items_before:
            return QCoreApplication.translate(
                "ClinicalView", "corrected from {score} (answers were {answers}): {reason}"
            ).format(
                score=measure.corrected_from,
                answers=answers_text(measure.items_before),
                reason=measure.correction_reason,
            )
        return QCoreApplication.translate(
            "ClinicalView", "corrected from {score}: {reason}"
        ).format(score=measure.corrected_from, reason=measure.correction_reason)
    return ""


def _struck_font(measure: Measure) -> QFont | None:
    if not measure.is_struck:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


def measure_columns() -> tuple[Column[Measure], ...]:
    """The scores table's columns, their titles in the app's language."""
    return (
        Column(
            QCoreApplication.translate("ClinicalView", "Date"),
            lambda measure: f"{measure.taken_on:%Y-%m-%d}",
            font=_struck_font,
        ),
        Column(
            QCoreApplication.translate("ClinicalView", "Measure"),
            lambda measure: measure.instrument,
            font=_struck_font,
        ),
        Column(
            QCoreApplication.translate("ClinicalView", "Score"), measure_score, font=_struck_font
        ),
        Column(
            QCoreApplication.translate("ClinicalView", "Answers"),
            measure_answers,
            tooltip=answers_tooltip,
            font=_struck_font,
        ),
        Column(QCoreApplication.translate("ClinicalView", "Note"), measure_note),
    )


COL_ANSWERS = 3
COL_NOTE = 4


def _text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    edit.setAccessibleName(name)
    return edit


class ClinicalView(QWidget):
    """Clinical details (a form saved as one) and the measures (each score its own write).

    Its words are in the "ClinicalView" context (not `self.tr`, whose context would be the
    subclass's name)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors = FormErrors()
        self.presenting_problems = _text(
            QCoreApplication.translate("ClinicalView", "Presenting problems")
        )
        self.diagnoses = DiagnosisTable()
        self.medications = _text(QCoreApplication.translate("ClinicalView", "Medications"))
        self.allergies = _text(QCoreApplication.translate("ClinicalView", "Allergies"))
        save = QCoreApplication.translate("ClinicalView", "Save clinical details")
        self.save_button = QPushButton(save)
        self.save_button.setAccessibleName(save)
        self.saved_label = QLabel()
        self._build_measures()
        self._lay_out()

    def _build_measures(self) -> None:
        self.entry_buttons: dict[str, QPushButton] = {}
        for instrument in instruments.INSTRUMENTS:
            button = QPushButton(button_text(instrument))
            button.setAccessibleName(entry_title(instrument))
            self.entry_buttons[instrument.name] = button
        self.courses = {
            instrument.name: CourseView(instrument) for instrument in instruments.FOLLOWED
        }
        self.screen_summary = QLabel()
        self.screen_summary.setAccessibleName(
            QCoreApplication.translate("ClinicalView", "Latest C-SSRS screen")
        )
        self.screen_risk = Badge()  # in the latest screen's risk colours when there is one
        self.screen_risk.setAccessibleName(
            QCoreApplication.translate("ClinicalView", "Latest C-SSRS risk")
        )
        self.measures_model = TableModel(measure_columns(), self)
        self.measures = QTableView()
        self.measures.setModel(self.measures_model)
        self.measures.horizontalHeader().setSectionResizeMode(
            COL_NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.measures_widths = FittedColumns(self.measures, range(COL_NOTE))
        self.measures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures.verticalHeader().hide()
        self.measures.setAccessibleName(
            QCoreApplication.translate("ClinicalView", "Measure scores")
        )
        self.measures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measures.setWordWrap(False)
        self.correct_measure_button = QPushButton(
            QCoreApplication.translate("ClinicalView", "Correct…")
        )
        self.correct_measure_button.setAccessibleName(
            QCoreApplication.translate("ClinicalView", "Correct the selected score")
        )
        self.strike_measure_button = QPushButton(
            QCoreApplication.translate("ClinicalView", "Strike…")
        )
        self.strike_measure_button.setAccessibleName(
            QCoreApplication.translate("ClinicalView", "Strike the selected score")
        )

    def _details(self) -> QGroupBox:
        details = QGroupBox(QCoreApplication.translate("ClinicalView", "Clinical details"))
        form = QFormLayout(details)
        form.addRow(
            QCoreApplication.translate("ClinicalView", "Presenting problems:"),
            self.errors.wrap("presenting_problems", self.presenting_problems),
        )
        form.addRow(
            QCoreApplication.translate("ClinicalView", "Diagnoses:"),
            self.errors.wrap("diagnoses", self.diagnoses),
        )
        form.addRow(
            QCoreApplication.translate("ClinicalView", "Medications (as reported):"),
            self.errors.wrap("medications", self.medications),
        )
        form.addRow(
            QCoreApplication.translate("ClinicalView", "Allergies:"),
            self.errors.wrap("allergies", self.allergies),
        )
        form.addRow(self.errors.banner)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        form.addRow(row)
        return details

    def _measures(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("ClinicalView", "Measures"))
        layout = QVBoxLayout(box)
        entry = QHBoxLayout()
        for button in self.entry_buttons.values():
            entry.addWidget(button)
        entry.addStretch(1)
        layout.addLayout(entry)
        charts = QHBoxLayout()
        for course in self.courses.values():
            charts.addWidget(course, 1)
        layout.addLayout(charts, 3)
        screen = QHBoxLayout()
        screen.addWidget(self.screen_summary)
        screen.addWidget(self.screen_risk)
        screen.addStretch(1)
        layout.addLayout(screen)
        layout.addWidget(self.measures, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.correct_measure_button)
        actions.addWidget(self.strike_measure_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        return box

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._details())
        self.splitter.addWidget(self._measures())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        remembered.splitter(self.splitter, "record/clinical")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
