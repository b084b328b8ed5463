"""Clinical tab: presenting problems, diagnoses, medications, allergies, measure scores.

`ClinicalTab` is the controller of its view (clinical_view.ClinicalView): it fills the
details and the measures from the services, saves the details through `write()`, opens the
entry dialog of each instrument (dialogs/measure_entry.py, which follows up on a safety flag
the score raised), and the correction and strike dialogs of the score chosen in the table.
Typing not saved yet is never replaced by a refresh.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measures import C_SSRS, CSSRS_HIGH, Instrument
from counselor_desk.domain.model import Measure
from counselor_desk.services import measures, participants
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import measure_entry
from counselor_desk.ui.dialogs.measure import MeasureCorrectionDialog, MeasureStrikeDialog
from counselor_desk.ui.dialogs.measure_entry import MeasureEntryDialog
from counselor_desk.ui.operations import write
from counselor_desk.ui.record.clinical_view import ClinicalView, score_words


def screen_words(found: list[Measure]) -> tuple[str, str]:
    """The latest counted C-SSRS in words, and its risk ('' when never screened)."""
    latest = instruments.latest(C_SSRS.name, found)
    if latest is None:
        return QCoreApplication.translate("ClinicalTab", "C-SSRS: no screen recorded."), ""
    if latest.total_only:
        words = QCoreApplication.translate(
            "ClinicalTab", "C-SSRS: latest screen {date} (risk level only):"
        )
    else:
        words = QCoreApplication.translate("ClinicalTab", "C-SSRS: latest screen {date}:")
    return words.format(date=f"{latest.taken_on:%Y-%m-%d}"), score_words(C_SSRS, latest.score)


def risk_role(score: int) -> ColourRole:
    if score >= CSSRS_HIGH:
        return ColourRole.DANGER
    if C_SSRS.safety_score is not None and score >= C_SSRS.safety_score:
        return ColourRole.WARNING
    return ColourRole.ATTENDED


class ClinicalTab(ClinicalView):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.modified = False
        self._connect()

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        for edit in (self.presenting_problems, self.medications, self.allergies):
            edit.textChanged.connect(self._mark_modified)
        self.diagnoses.changed.connect(self._mark_modified)
        for name, button in self.entry_buttons.items():
            instrument = instruments.BY_NAME[name]
            button.clicked.connect(lambda _checked=False, i=instrument: self.new_measure(i))
        self.measures.selectionModel().selectionChanged.connect(self._update_measure_buttons)
        self.measures.activated.connect(lambda _index: self.correct_selected())
        self.correct_measure_button.clicked.connect(self.correct_selected)
        self.strike_measure_button.clicked.connect(self.strike_selected)

    def _mark_modified(self) -> None:
        self.modified = True
        self.saved_label.setText(self.tr("Unsaved changes"))

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
        self._show_measures(found)

    def _show_measures(self, found: list[Measure]) -> None:
        for name, view in self.courses.items():
            view.set_course(instruments.course(name, found), found)
        words, risk = screen_words(found)
        self.screen_summary.setText(words)
        self.screen_risk.setText(risk)
        self.screen_risk.setVisible(bool(risk))
        latest = instruments.latest(C_SSRS.name, found)
        if latest is not None:
            self.screen_risk.set_role(risk_role(latest.score))
        chosen = self.selected_measure()
        self.measures_model.set_rows(sorted(found, key=lambda m: (m.taken_on, m.id), reverse=True))
        if chosen is not None:  # the same score stays chosen after a correction
            row = self.measures_model.row_of(lambda measure: measure.id == chosen.id)
            if row is not None:
                self.measures.selectRow(row)
        self._update_measure_buttons()

    # -- clinical details -------------------------------------------------------------------

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
        self.saved_label.setText(
            self.tr("Saved {time}").format(time=f"{self.ctx.clock.now():%H:%M}")
        )

    def has_unsaved_changes(self) -> bool:
        return self.modified

    # -- measures ---------------------------------------------------------------------------

    def entry_dialog(self, instrument: Instrument) -> MeasureEntryDialog:
        return MeasureEntryDialog(self.ctx, self.participant_id, instrument, self)

    def new_measure(self, instrument: Instrument) -> Measure | None:
        """Enter a score of `instrument` (then any C-SSRS screen its safety flag calls for)."""
        saved = measure_entry.enter_measure(self.ctx, self.participant_id, instrument, self)
        self.refresh()
        return saved

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
        dialog = self.correction_dialog()
        known = measure_entry.open_flag_ids(self.ctx, self.participant_id)
        if self._run(dialog) and dialog is not None and dialog.corrected is not None:
            measure_entry.follow_up(self.ctx, dialog.corrected, self, known)

    def strike_selected(self) -> None:
        self._run(self.strike_dialog())

    def _run(self, dialog: QDialog | None) -> bool:
        if dialog is None:
            self.measures.setFocus()
            return False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.refresh()
        return accepted
