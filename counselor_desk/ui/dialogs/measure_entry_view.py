"""The answers of one measure, entered from the keyboard: a row per question.

`AnswersEntry` shows an instrument's questions (domain/measures.py) with their response
options, its difficulty question where it has one (optional), and the live total with its
band (the C-SSRS: its risk level). A digit answers the question in focus and moves on to the
next question asked; a question not asked (C-SSRS 3-5 while 2 is "No") is skipped and shown
disabled; Backspace or Up goes back, Down forward, Left and Right change the answer, Delete
clears it. Enter is left to the dialog around it, which saves. The entry and correction
dialogs (measure_entry.py, measure.py) both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measures import CSSRS_HIGH, Instrument, Option, Scoring
from counselor_desk.domain.model import Measure
from counselor_desk.services.measures import item_field
from counselor_desk.ui import palette
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.dialogs.measure_entry_row import (
    NUMBER_WIDTH,
    OPTION_WIDTH,
    SPACING,
    WORDS_WIDTH,
    QuestionRow,
    fit_words,
)
from counselor_desk.ui.i18n import domain_text

#: Any day: whether answers raise a safety flag does not depend on the date.
_ANY_DAY = dt.date(2000, 1, 1)


def is_total(instrument: Instrument) -> bool:
    """Whether the stored score is a total (PHQ-9, GAD-7), not a risk level (C-SSRS)."""
    return instrument.scoring is Scoring.SUM


def score_hint(instrument: Instrument) -> str:
    """What may be typed as the score: '0–27', or '0 low, 1 moderate, 2 high'."""
    if is_total(instrument):
        return f"0\u2013{instrument.maximum}"
    return ", ".join(
        f"{score} {domain_text(band.label)}" for score, band in enumerate(instrument.bands)
    )


def score_text(instrument: Instrument, score: int) -> str:
    """A score as the counselor reads it, in the app's language: '14 (moderate)' or, for a
    risk level, 'moderate risk' (the domain's `Instrument.score_text`, translated)."""
    band = domain_text(instrument.severity(score))
    if is_total(instrument):
        return QCoreApplication.translate("AnswersEntry", "{score} ({band})").format(
            score=score, band=band
        )
    return QCoreApplication.translate("AnswersEntry", "{band} risk").format(band=band)


def shares_options(instrument: Instrument) -> bool:
    """Whether every question has the same answers (shown once, as column headings)."""
    first = instrument.questions[0].options
    return all(question.options == first for question in instrument.questions)


def raises_flag(instrument: Instrument, answers: Sequence[int | None]) -> bool:
    """Whether these answers, once saved, raise a safety flag (as the service will decide)."""
    probe = Measure(0, instrument.name, _ANY_DAY, instrument.score(answers), items=tuple(answers))
    return bool(instrument.safety_concern(probe))


class AnswersEntry(QWidget):
    """Every question of an instrument, its difficulty question, and the live result."""

    changed = Signal()

    def __init__(self, instrument: Instrument, errors: FormErrors, parent: QWidget | None = None):
        super().__init__(parent)
        self.instrument = instrument
        self.setAccessibleName(self.tr("{name} answers").format(name=instrument.name))
        in_columns = shares_options(instrument)
        options = len(instrument.questions[0].options)
        #: The whole width of a row's words when its answers are under them.
        self.words_width = WORDS_WIDTH
        full_width = WORDS_WIDTH + options * (OPTION_WIDTH + SPACING)
        if not in_columns:
            self.words_width = full_width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        if in_columns:
            layout.addWidget(self._headings(instrument.questions[0].options))
        self.rows: list[QuestionRow] = []
        for position, question in enumerate(instrument.questions):
            row = QuestionRow(question, in_columns=in_columns, words_width=self.words_width)
            self.rows.append(row)
            layout.addWidget(errors.wrap(item_field(position), row))
        self.difficulty_row: QuestionRow | None = None
        if instrument.difficulty is not None:
            self.difficulty_row = QuestionRow(
                instrument.difficulty,
                in_columns=False,
                words_width=full_width,
                note=self.tr("Optional."),
            )
            layout.addSpacing(4)
            layout.addWidget(errors.wrap("difficulty", self.difficulty_row))
        self.result = QLabel()
        bold = QFont(self.result.font())
        bold.setBold(True)
        self.result.setFont(bold)
        self.result.setAccessibleName(
            self.tr("Total") if is_total(instrument) else self.tr("Risk level")
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        palette.show_as_error(self.warning)
        self.warning.setAccessibleName(self.tr("Safety"))
        self.warning.hide()
        layout.addSpacing(6)
        layout.addWidget(self.result, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.warning)
        for row in self.ordered_rows():
            row.typed.connect(partial(self._typed, row))
            row.back.connect(partial(self._move, row, -1))
            row.forward.connect(partial(self._move, row, 1))
            row.edited.connect(self._update)
        self._initial = self.values()
        self._update()

    def _headings(self, options: Sequence[Option]) -> QWidget:
        headings = QWidget()
        row = QHBoxLayout(headings)
        row.setContentsMargins(6, 0, 6, 2)
        row.setSpacing(SPACING)
        row.addSpacing(NUMBER_WIDTH)
        hint = QLabel(self.tr("Type the number of each answer: it moves on to the next question."))
        fit_words(hint, WORDS_WIDTH)
        row.addWidget(hint, 0, Qt.AlignmentFlag.AlignBottom)
        for option in options:
            label = QLabel(f"{option.value}\n{domain_text(option.label)}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            fit_words(label, OPTION_WIDTH)
            row.addWidget(label, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        return headings

    def ordered_rows(self) -> list[QuestionRow]:
        """The rows in the order the keyboard walks them: the questions, then difficulty."""
        return self.rows + ([self.difficulty_row] if self.difficulty_row is not None else [])

    # -- what was answered -------------------------------------------------------------------

    def answers(self) -> tuple[int | None, ...]:
        """Each question's answer as it would be stored (None: not answered or not asked)."""
        raw = [row.value() for row in self.rows]
        return self.instrument.normalised(raw)

    def difficulty(self) -> int | None:
        return None if self.difficulty_row is None else self.difficulty_row.value()

    def values(self) -> tuple[tuple[int | None, ...], int | None]:
        return self.answers(), self.difficulty()

    def set_answers(self, items: Sequence[int | None], difficulty: int | None = None) -> None:
        """Fill in stored answers (a correction starts from them)."""
        for row, value in zip(self.rows, items, strict=False):
            row.set_value(value)
        if self.difficulty_row is not None:
            self.difficulty_row.set_value(difficulty)
        self._update()
        self._initial = self.values()

    def edited(self) -> bool:
        """Whether any answer differs from what the entry started with."""
        return self.values() != self._initial

    def missing(self) -> int:
        """How many questions asked are not answered yet."""
        answers = self.answers()
        return sum(
            1
            for position, answer in enumerate(answers)
            if answer is None and self.instrument.asked(answers, position)
        )

    def result_text(self) -> str:
        """'Total: 14 (moderate)', 'Total so far: 8 · 3 questions to answer', 'Risk level: high'."""
        instrument, answers = self.instrument, self.answers()
        missing = self.missing()
        total = is_total(instrument)
        if all(answer is None for answer in answers):
            return (
                self.tr("Total: no answers yet") if total else self.tr("Risk level: no answers yet")
            )
        score = instrument.score(answers)
        if not missing:
            if total:
                return self.tr("Total: {score}").format(score=score_text(instrument, score))
            level = domain_text(instrument.severity(score))
            return self.tr("Risk level: {level}").format(level=level)
        to_answer = (
            self.tr("1 question to answer")
            if missing == 1
            else self.tr("{count} questions to answer").format(count=missing)
        )
        if total:
            return self.tr("Total so far: {score} \u00b7 {to_answer}").format(
                score=score, to_answer=to_answer
            )
        return self.tr("Risk level so far: {level} \u00b7 {to_answer}").format(
            level=domain_text(instrument.severity(score)), to_answer=to_answer
        )

    def warning_text(self) -> str:
        """What saving these answers sets in motion, when they show a risk ("" otherwise)."""
        instrument, answers = self.instrument, self.answers()
        if not raises_flag(instrument, answers):
            return ""
        if instrument.safety_question is not None and answers[instrument.safety_question]:
            question = instrument.questions[instrument.safety_question]
            return self.tr(
                "Question {number} is answered above 0: saving raises a safety flag, "
                "and a C-SSRS screen is due today."
            ).format(number=question.number)
        return self.tr(
            "This risk level raises a safety flag: the safety plan is to be written or reviewed."
        )

    # -- moving through the questions --------------------------------------------------------

    def focus_first(self) -> None:
        self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_missing(self) -> None:
        """The first question asked and not answered (else the first)."""
        answers = self.answers()
        for position, row in enumerate(self.rows):
            if answers[position] is None and self.instrument.asked(answers, position):
                row.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.focus_first()

    def _typed(self, row: QuestionRow, value: int) -> None:
        row.set_value(value)
        self._update()
        self._move(row, 1)

    def _move(self, row: QuestionRow, step: int) -> None:
        order = self.ordered_rows()
        index = order.index(row) + step
        while 0 <= index < len(order) and not order[index].isEnabled():
            index += step
        if 0 <= index < len(order):
            order[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        raw: list[int | None] = [row.value() for row in self.rows]
        for position, row in enumerate(self.rows):
            gate = row.question.asked_if
            if gate is None:
                continue
            asked = self.instrument.asked(raw, position)
            if not asked and raw[position] is not None:
                row.set_value(None)  # the answer no longer applies
                raw[position] = None
            row.setEnabled(asked)
            gate_number = self.instrument.questions[gate].number
            note = (  # the same length either way: the questions below do not jump
                self.tr("Asked as question {number} is answered yes.")
                if asked
                else self.tr("Asked only when question {number} is answered yes.")
            )
            row.set_note(note.format(number=gate_number))
        self.result.setText(self.result_text())
        self._colour_result()
        warning = self.warning_text()
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.changed.emit()

    def _colour_result(self) -> None:
        """A C-SSRS risk of moderate or high stands out in its colour."""
        instrument, answers = self.instrument, self.answers()
        style = ""
        if instrument.scoring is Scoring.CSSRS_RISK and any(a is not None for a in answers):
            risk = instrument.score(answers)
            if risk >= CSSRS_HIGH:
                style = palette.badge_style(ColourRole.DANGER)
            elif instrument.safety_score is not None and risk >= instrument.safety_score:
                style = palette.badge_style(ColourRole.WARNING)
        self.result.setStyleSheet(style)
