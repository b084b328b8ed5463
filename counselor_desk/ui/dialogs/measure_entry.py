"""Enter a measure (New PHQ-9…, New GAD-7…, C-SSRS screen…), or only its total.

The answers are typed one digit per question (measure_entry_view.AnswersEntry) and Enter
saves; the service scores them. "Only the total is known" takes a total scored elsewhere,
on paper, stored as such; its field starts empty, so nothing is saved that was not typed.
A missing answer is said at its question and the dialog stays open with every answer kept.

After the save, a safety flag the score raised (or moved) is said plainly: a PHQ-9 whose
question 9 is above 0 offers the C-SSRS screen at once (`follow_up`).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS, Instrument
from counselor_desk.domain.model import Measure
from counselor_desk.domain.safety import FlagState, SafetyFlag
from counselor_desk.services import measures, safety
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date
from counselor_desk.ui.dialogs.measure_entry_view import (
    AnswersEntry,
    is_total,
    score_hint,
    score_text,
)
from counselor_desk.ui.i18n import domain_text


def entry_title(instrument: Instrument) -> str:
    """'New PHQ-9', or 'C-SSRS screen' for an instrument whose change is not followed."""
    if instrument.follows_change:
        return QCoreApplication.translate("MeasureEntryDialog", "New {name}").format(
            name=instrument.name
        )
    return QCoreApplication.translate("MeasureEntryDialog", "{name} screen").format(
        name=instrument.name
    )


class MeasureEntryDialog(ServiceDialog):
    """One new score of `instrument` for the participant, answered or as a total alone."""

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        instrument: Instrument,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, entry_title(instrument), parent)
        self.participant_id = participant_id
        self.instrument = instrument
        self.saved: Measure | None = None
        heading = QLabel(f"<b>{instrument.name}</b> \u2014 {domain_text(instrument.screens_for)}")
        self.form.addRow(heading)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.taken_on = date_edit(ctx.clock.today(), self.tr("Date taken"))
        self.add_row(self.tr("&Date taken:"), "taken_on", self.taken_on)
        self.answers = AnswersEntry(instrument, self.errors)
        # Beside the form, not in it: a form row does not grow with its wrapped questions.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.answers)
        below = QFormLayout()
        layout.insertLayout(2, below)
        total = is_total(instrument)
        self.total_only = QCheckBox(
            self.tr("Only the total is &known (scored elsewhere, on paper)")
            if total
            else self.tr("Only the risk level is &known (scored elsewhere, on paper)")
        )
        self.total_only.setAccessibleName(
            self.tr("Only the total is known") if total else self.tr("Only the risk level is known")
        )
        below.addRow(self.total_only)
        self.total = QLineEdit()  # empty until typed: a total is never assumed
        self.total.setValidator(QIntValidator(0, instrument.maximum, self.total))
        self.total.setPlaceholderText(score_hint(instrument))
        self.total.setMaximumWidth(220)
        self.total.setAccessibleName(
            (self.tr("{name} total") if total else self.tr("{name} risk level")).format(
                name=instrument.name
            )
        )
        self.total_words = QLabel()
        total_row = QWidget()
        total_layout = QHBoxLayout(total_row)
        total_layout.setContentsMargins(0, 0, 0, 0)
        total_layout.addWidget(self.total)
        total_layout.addWidget(self.total_words, 1)
        total_row.setAccessibleName(self.total.accessibleName())
        self.add_row(
            self.tr("Total:") if total else self.tr("Risk level:"), "score", total_row, below
        )
        self._below = below
        self._total_row = below.rowCount() - 1
        below.setRowVisible(self._total_row, False)
        self.ok_button().setText(self.tr("Save {name}").format(name=instrument.name))
        self.ok_button().setDefault(True)
        self.total_only.toggled.connect(self._total_only_toggled)
        self.total.textChanged.connect(self._total_typed)
        self.answers.focus_first()

    def _total_only_toggled(self, total_only: bool) -> None:
        """Answers typed before stay in the (hidden) questions: toggling back finds them."""
        self.errors.clear()
        self.answers.setVisible(not total_only)
        self._below.setRowVisible(self._total_row, total_only)
        if total_only:
            self.total.setFocus()
        else:
            self.answers.focus_first_missing()
        self.adjustSize()

    def _total_typed(self, text: str) -> None:
        value = _number(text)
        words = ""
        if value is not None and 0 <= value <= self.instrument.maximum:
            words = score_text(self.instrument, value)
        self.total_words.setText(words)

    def typed_measure(self) -> Measure:
        """The score as typed: the answers, or the total alone."""
        day = to_date(self.taken_on.date())
        name = self.instrument.name
        if not self.total_only.isChecked():
            return Measure(
                self.participant_id,
                name,
                day,
                0,  # scored by the service from the answers
                items=self.answers.answers(),
                difficulty=self.answers.difficulty(),
            )
        if any(answer is not None for answer in self.answers.answers()):
            # A total alone would drop the typed answers, question 9 among them.
            raise ValidationError(
                self.tr(
                    "Answers are typed above: untick \u201cOnly the total is known\u201d to save "
                    "them, or clear them (Delete on each) to save the total alone."
                ),
                "score",
            )
        value = _number(self.total.text())
        if value is None:
            asked = (
                self.tr("Type the total ({range}).")
                if is_total(self.instrument)
                else self.tr("Type the risk level ({range}).")
            )
            raise ValidationError(asked.format(range=score_hint(self.instrument)), "score")
        return Measure(self.participant_id, name, day, value)

    def save(self) -> Changes:
        self.saved = measures.add(self.ctx.db, self.typed_measure(), self.ctx.clock)
        return Changes.participant(self.participant_id)

    def has_typed_text(self) -> bool:
        return super().has_typed_text() or self.answers.edited()


def _number(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


# -- after the save: what the score set in motion ---------------------------------------------


def ask_for_screen(parent: QWidget | None, text: str) -> bool:
    """Yes (the default) opens the follow-up now: the C-SSRS screen, or the safety plan."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MeasureEntryDialog", "Safety flag raised"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def flags_moved(ctx: AppContext, measure: Measure, known: Collection[int] = ()) -> list[SafetyFlag]:
    """The open safety flags this score raised, or answered as a screen; `known` are the ids
    of flags open before the write (a flag raised earlier by the same score is not news)."""
    return [
        flag
        for flag in safety.open_flags(ctx.db, measure.participant_id)
        if (flag.measure_id == measure.id and flag.id not in known)
        or (flag.screen_id == measure.id and flag.measure_id != measure.id)
    ]


def follow_up(
    ctx: AppContext, measure: Measure, parent: QWidget | None, known: Collection[int] = ()
) -> None:
    """Say what a saved score set in motion; offer the C-SSRS screen when one is due."""
    for flag in flags_moved(ctx, measure, known):
        if flag.state is FlagState.NEEDS_SCREEN:
            text = QCoreApplication.translate(
                "MeasureEntryDialog",
                "A safety flag was raised: {reason}.\n\n"
                "A C-SSRS screen is due today. Open the C-SSRS screen now?",
            ).format(reason=flag.reason)
            if ask_for_screen(parent, text):
                enter_measure(ctx, measure.participant_id, C_SSRS, parent)
            return
        if flag.state is FlagState.NEEDS_PLAN:
            # A flag waiting for a plan needs the plan written or reviewed (what_is_needed).
            text = QCoreApplication.translate(
                "MeasureEntryDialog",
                "The safety flag stays open: {reason}.\n\n"
                "Write or review the safety plan. Open the safety plan now?",
            ).format(reason=flag.reason)
            if ask_for_screen(parent, text):
                from counselor_desk.ui.dialogs.safety_plan import SafetyPlanDialog

                plan = SafetyPlanDialog(ctx, measure.participant_id, parent)
                plan.exec()
                plan.deleteLater()
            return


def open_flag_ids(ctx: AppContext, participant_id: int) -> set[int]:
    return {flag.id for flag in safety.open_flags(ctx.db, participant_id)}


def enter_measure(
    ctx: AppContext, participant_id: int, instrument: Instrument, parent: QWidget | None
) -> Measure | None:
    """Open the entry dialog; after a save, follow up on the safety flags it raised."""
    known = open_flag_ids(ctx, participant_id)
    dialog = MeasureEntryDialog(ctx, participant_id, instrument, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    dialog.deleteLater()
    if not accepted or saved is None:
        return None
    follow_up(ctx, saved, parent, known)
    return saved
