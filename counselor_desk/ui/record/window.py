"""The participant record: header, actions, exports and one tab per part of the chart.

Changes go through a service, then the bus says what changed; the record refreshes when a
change concerns its participant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QCloseEvent, QColor, QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import AttendedSession, Leave, Participant, ParticipantStatus
from counselor_desk.domain.safety import SafetyFlag
from counselor_desk.services import caseload, participants, safety
from counselor_desk.services.changes import Changes
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.leave import LeaveDialog, ReturnFromLeaveDialog
from counselor_desk.ui.dialogs.level_change import LevelChangeDialog
from counselor_desk.ui.dialogs.measure_entry import enter_measure
from counselor_desk.ui.dialogs.participant_dialog import EditParticipantDialog
from counselor_desk.ui.record.attendance_tab import AttendanceTab
from counselor_desk.ui.record.clinical_tab import ClinicalTab
from counselor_desk.ui.record.consents_tab import ConsentsTab
from counselor_desk.ui.record.discharge_tab import DischargeTab
from counselor_desk.ui.record.export import ExportBar
from counselor_desk.ui.record.header import RecordHeader
from counselor_desk.ui.record.notes_tab import NotesTab
from counselor_desk.ui.record.overview import OverviewTab
from counselor_desk.ui.record.payer_tab import PayerTab
from counselor_desk.ui.record.plan_tab import PlanTab
from counselor_desk.ui.record.safety_tab import SafetyTab


class ParticipantRecord(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        person = participants.get(ctx.db, participant_id)  # NotFoundError before any widget
        self.setAccessibleName(self.tr("Participant record"))
        self.header = RecordHeader()
        self._build_actions()
        self.overview = OverviewTab()
        # The other tabs are built (and load their data) when first shown or used: opening
        # a record then costs the header and the overview only.
        self._factories: dict[str, Callable[[], QWidget]] = {
            "attendance": lambda: AttendanceTab(ctx, participant_id),
            "notes": lambda: NotesTab(ctx, participant_id),
            "plan": lambda: PlanTab(ctx, participant_id),
            "clinical": lambda: ClinicalTab(ctx, participant_id),
            "safety": lambda: SafetyTab(
                ctx,
                participant_id,
                screen=self.screen_dialog,
                print_plan=self.exports.export_safety_plan,
            ),
            "payer": lambda: PayerTab(ctx, participant_id),
            "discharge": lambda: DischargeTab(ctx, participant_id),
            "consents": lambda: ConsentsTab(ctx, participant_id),
        }
        self._built: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}
        self._summary_due: dt.date | None = None
        self._history: list[AttendedSession] = []  # as the standing last read it
        self._build_tabs()
        self._lay_out()
        self._connect()
        self._show_standing(person)

    def _build_actions(self) -> None:
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.level_button = QPushButton(self.tr("Change level…"))
        self.leave_button = QPushButton(self.tr("Leave of absence…"))
        for button, name in (
            (self.edit_button, self.tr("Edit the participant's details")),
            (self.level_button, self.tr("Change the level of care")),
            (self.leave_button, self.tr("Record a leave of absence")),
        ):
            button.setAccessibleName(name)
        self.exports = ExportBar(self.ctx, self.participant_id)
        self.exports.save_first = self._save_before_export

    def _build_tabs(self) -> None:
        """Overview, and an empty slot for each tab built on first use."""
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Record sections"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        for name, title in (
            ("attendance", self.tr("&Attendance")),
            ("notes", self.tr("&Notes")),
            ("plan", self.tr("&Plan")),
            ("clinical", self.tr("C&linical")),
            ("safety", self.tr("&Safety")),
            ("payer", self.tr("Pa&yer")),
            ("discharge", self.tr("&Discharge")),
            ("consents", self.tr("Co&nsents")),
        ):
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[name] = slot
            self.tabs.addTab(slot, title)

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.level_button)
        actions.addWidget(self.leave_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        # the exports on a row of their own: the record fits a 1366-pixel screen
        layout.addWidget(self.exports)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.header.safety_requested.connect(self.show_safety)
        self.edit_button.clicked.connect(lambda: self._run(self.edit_dialog()))
        self.level_button.clicked.connect(lambda: self._run(self.level_dialog()))
        self.leave_button.clicked.connect(lambda: self._run(self.leave_dialog()))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.ctx.bus.changed.connect(self._changed)

    # -- tabs built on first use -------------------------------------------------------------

    def _tab(self, name: str) -> Any:
        if name not in self._built:
            widget = self._factories[name]()
            # filled before it joins the window, so it is laid out and shown once, filled
            if name == "attendance":
                widget.refresh(self._history)  # type: ignore[attr-defined]
            else:
                widget.refresh()  # type: ignore[attr-defined]
            if name == "discharge":
                widget.show_summary_due(self._summary_due)  # type: ignore[attr-defined]
            slot_layout = self._slots[name].layout()
            assert slot_layout is not None  # every slot is given its layout when built
            slot_layout.addWidget(widget)
            self._built[name] = widget
        return self._built[name]

    def _tab_shown(self, index: int) -> None:
        for name, slot in self._slots.items():
            if self.tabs.widget(index) is slot:
                self._tab(name)

    def _built_tab(self, name: str) -> Any:
        """The tab if it has been built (None: nothing of it to refresh or save)."""
        return self._built.get(name)

    @property
    def attendance(self) -> AttendanceTab:
        tab: AttendanceTab = self._tab("attendance")
        return tab

    @property
    def notes(self) -> NotesTab:
        tab: NotesTab = self._tab("notes")
        return tab

    @property
    def plan(self) -> PlanTab:
        tab: PlanTab = self._tab("plan")
        return tab

    @property
    def clinical(self) -> ClinicalTab:
        tab: ClinicalTab = self._tab("clinical")
        return tab

    @property
    def safety(self) -> SafetyTab:
        tab: SafetyTab = self._tab("safety")
        return tab

    @property
    def payer(self) -> PayerTab:
        tab: PayerTab = self._tab("payer")
        return tab

    @property
    def discharge(self) -> DischargeTab:
        tab: DischargeTab = self._tab("discharge")
        return tab

    @property
    def consents(self) -> ConsentsTab:
        tab: ConsentsTab = self._tab("consents")
        return tab

    def show_note(self, note_id: int) -> bool:
        """The Notes tab, with this note open (False: the draft in hand could not be saved)."""
        self.tabs.setCurrentWidget(self._slots["notes"])
        return self.notes.show_note(note_id)

    def show_safety(self) -> SafetyTab:
        """The Safety tab (the header banner's button)."""
        self.tabs.setCurrentWidget(self._slots["safety"])
        return self.safety

    # -- refreshing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every part of the record that has been built from the database."""
        self.refresh_standing()
        for name, tab in self._built.items():
            if name != "attendance":  # the standing has just shown it
                tab.refresh()  # type: ignore[attr-defined]

    def refresh_standing(self) -> None:
        """Header, overview and attendance: what the week's rules say today."""
        self._show_standing(participants.get(self.ctx.db, self.participant_id))

    def _show_standing(self, person: Participant) -> None:
        review = caseload.review(self.ctx.db, person, self.ctx.clock)
        history = self._history = caseload.attendance_history(self.ctx.db, self.participant_id)
        self.header.show_review(review, self.ctx.clock.today())
        self._show_safety_state(safety.open_flags(self.ctx.db, self.participant_id))
        self.overview.show_review(review, history)
        self.overview.show_events(
            participants.level_changes(self.ctx.db, self.participant_id),
            participants.leaves(self.ctx.db, self.participant_id),
        )
        if (attendance := self._built_tab("attendance")) is not None:
            attendance.refresh(history)
        self._summary_due = review.summary_due
        if (discharge := self._built_tab("discharge")) is not None:
            discharge.show_summary_due(review.summary_due)
        active = person.status is ParticipantStatus.ACTIVE
        self.level_button.setEnabled(active)
        self.leave_button.setEnabled(active)
        on_leave = active and self.current_leave() is not None
        self.leave_button.setText(
            self.tr("Return from leave…") if on_leave else self.tr("Leave of absence…")
        )

    def _show_safety_state(self, open_flags: Sequence[SafetyFlag]) -> None:
        """The header's banner and the Safety tab's title in the danger colour while a flag
        is open."""
        self.header.show_safety(open_flags)
        index = self.tabs.indexOf(self._slots["safety"])
        colour = palette.background(ColourRole.DANGER) if open_flags else QColor()
        self.tabs.tabBar().setTabTextColor(index, colour)

    def _changed(self, changes: Changes) -> None:
        """Refresh what a write changed of this participant (attendance: the standing only).

        A score or a note can raise or answer a safety flag: the Safety tab follows both."""
        me = self.participant_id
        if me in changes.participants:
            for name in ("clinical", "discharge", "consents"):
                if (tab := self._built_tab(name)) is not None:
                    tab.refresh()
        safety_tab = self._built_tab("safety")
        if safety_tab is not None and (me in changes.participants or me in changes.notes):
            safety_tab.refresh()
        payer_tab = self._built_tab("payer")
        if payer_tab is not None and (me in changes.participants or changes.attendance):
            payer_tab.refresh()  # attendance uses the authorization's units
        if me in changes.notes and (notes := self._built_tab("notes")) is not None:
            notes.refresh()
        if me in changes.plans:
            if (plan := self._built_tab("plan")) is not None:
                plan.refresh()
            if (notes := self._built_tab("notes")) is not None:
                notes.editor.load_goals()
        standing = me in changes.participants or me in changes.notes or changes.attendance
        if standing or changes.settings:  # settings: the program's measure schedule
            self.refresh_standing()

    # -- actions ------------------------------------------------------------------------------

    def edit_dialog(self) -> EditParticipantDialog:
        return EditParticipantDialog(self.ctx, self.participant_id, self)

    def level_dialog(self) -> LevelChangeDialog:
        return LevelChangeDialog(self.ctx, self.participant_id, self)

    def screen_dialog(self) -> None:
        """Record a C-SSRS screen (the entry dialog's save announces what changed)."""
        enter_measure(self.ctx, self.participant_id, C_SSRS, self)

    def current_leave(self) -> Leave | None:
        """The leave the participant is on today, if any."""
        today = self.ctx.clock.today()
        for leave in participants.leaves(self.ctx.db, self.participant_id):
            if leave.covers(today):
                return leave
        return None

    def leave_dialog(self) -> ServiceDialog:
        """Record a leave, or, while on one, end it early."""
        leave = self.current_leave()
        if leave is not None:
            return ReturnFromLeaveDialog(self.ctx, self.participant_id, leave, self)
        return LeaveDialog(self.ctx, self.participant_id, self)

    def _run(self, dialog: ServiceDialog) -> None:
        dialog.exec()  # the dialog's service call announces the change on the bus

    # -- saving -------------------------------------------------------------------------------

    def save_now(self) -> None:
        """Save the draft note (and any typed clinical details or discharge plan) at once.

        Raises ValidationError, with the typed text kept on screen, when something cannot
        be saved as it stands.
        """
        failed = []
        notes = self._built_tab("notes")
        clinical = self._built_tab("clinical")
        discharge = self._built_tab("discharge")
        if notes is not None and not notes.editor.save_now():
            failed.append(("notes", self.tr("the draft note")))
        if clinical is not None and clinical.has_unsaved_changes():
            clinical.save()
            if clinical.has_unsaved_changes():
                failed.append(("clinical", self.tr("the clinical details")))
        if discharge is not None and discharge.has_unsaved_changes() and not discharge.save_plan():
            failed.append(("discharge", self.tr("the discharge plan")))
        if failed:
            self.tabs.setCurrentWidget(self._slots[failed[0][0]])
            what = failed[0][1]
            for _tab, name in failed[1:]:
                what = self.tr("{first} and {second}").format(first=what, second=name)
            raise ValidationError(
                self.tr("Could not save {what}; the message is shown next to the field.").format(
                    what=what
                ),
                "note",
            )

    def _save_before_export(self) -> bool:
        """A document is built from what is stored: save the typing first (False if refused)."""
        try:
            self.save_now()
        except ValidationError:
            return False  # the tab with the problem is shown, the message beside the field
        return True

    def has_unsaved_changes(self) -> bool:
        return any(
            tab.has_unsaved_changes()
            for name in ("notes", "clinical", "discharge")
            if (tab := self._built_tab(name)) is not None
        )

    def hideEvent(self, event: QHideEvent) -> None:
        try:
            if (notes := self._built_tab("notes")) is not None:
                notes.editor.save_now()
        finally:
            super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_now()
        except ValidationError:
            event.ignore()
            return
        super().closeEvent(event)


__all__ = ["ParticipantRecord"]
