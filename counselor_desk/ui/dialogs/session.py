"""Adding a session, saying where it meets, cancelling or restoring one, opening roll call and
the group note: shared by Today and Sessions so both views act the same way. Once roll call of a group is
saved, a question offers its group note (Later leaves it for the Needs attention list)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_note import takes_group_note
from counselor_desk.domain.model import ServiceType, Session
from counselor_desk.services import caseload, setup
from counselor_desk.services import sessions as session_service
from counselor_desk.services.changes import SCHEDULE, Changes
from counselor_desk.services.sessions import DaySession
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import AsksBeforeDiscard, ServiceDialog
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, date_text, domain_text
from counselor_desk.ui.operations import write

LOCATION_HINT = QT_TRANSLATE_NOOP("SessionActions", "e.g. Room 2 or Telehealth")


def location_edit(text: str = "") -> QLineEdit:
    """The one-line Location field both dialogs show."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(QCoreApplication.translate("SessionActions", LOCATION_HINT))
    edit.setAccessibleName(QCoreApplication.translate("SessionActions", "Location"))
    return edit


class AddSessionDialog(AsksBeforeDiscard):
    """Date, start, length, type, program (group) or participant, topic, location ->
    add_session."""

    def __init__(self, ctx: AppContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Add session"))
        self._build_when(day)
        self._build_who()
        self._load_choices()
        self._lay_out()
        self._connect()
        self._who_changed()

    def _build_when(self, day: dt.date) -> None:
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime(10, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.length_spin = QSpinBox()
        self.length_spin.setRange(1, 720)
        self.length_spin.setValue(50)
        self.length_spin.setSuffix(self.tr(" min"))
        self.type_combo = QComboBox()
        for service_type in ServiceType:
            self.type_combo.addItem(domain_text(service_type.label), service_type)
        self.type_combo.setCurrentIndex(list(ServiceType).index(ServiceType.INDIVIDUAL))
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("e.g. Relapse prevention"))
        self.location_edit = location_edit()
        for widget, name in (
            (self.date_edit, self.tr("Date")),
            (self.start_edit, self.tr("Start time")),
            (self.length_spin, self.tr("Length in minutes")),
            (self.type_combo, self.tr("Session type")),
            (self.topic_edit, self.tr("Topic")),
        ):
            widget.setAccessibleName(name)

    def _build_who(self) -> None:
        self.for_program = QRadioButton(self.tr("A program's group"))
        self.for_participant = QRadioButton(self.tr("One participant"))
        self.for_participant.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.for_program)
        group.addButton(self.for_participant)
        self.program_combo = QComboBox()
        self.participant_combo = QComboBox()
        for widget, name in (
            (self.for_program, self.tr("For a program's group")),
            (self.for_participant, self.tr("For one participant")),
            (self.program_combo, self.tr("Program")),
            (self.participant_combo, self.tr("Participant")),
        ):
            widget.setAccessibleName(name)

    def _load_choices(self) -> None:
        """The active programs and the caseload to choose from."""
        for program in setup.list_programs(self.ctx.db):
            if program.active:
                self.program_combo.addItem(program.name, program.id)
        for review in caseload.reviews(self.ctx.db, self.ctx.clock):
            person = review.participant
            self.participant_combo.addItem(
                f"{person.display_name} ({person.chart_number})", person.id
            )

    def _lay_out(self) -> None:
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        palette.show_as_error(self.error_label)
        self.error_label.hide()
        who = QHBoxLayout()
        who.addWidget(self.for_participant)
        who.addWidget(self.for_program)
        who.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&Length:"), self.length_spin)
        form.addRow(self.tr("T&ype:"), self.type_combo)
        form.addRow(self.tr("For:"), who)
        form.addRow(self.tr("&Participant:"), self.participant_combo)
        form.addRow(self.tr("P&rogram:"), self.program_combo)
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        form.addRow(self.tr("L&ocation:"), self.location_edit)
        self._form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.for_program.toggled.connect(self._who_changed)

    def _who_changed(self) -> None:
        group = self.for_program.isChecked()
        self._form.setRowVisible(self.program_combo, group)
        self._form.setRowVisible(self.participant_combo, not group)

    def _draft(self) -> Session:
        date: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        start: dt.time = self.start_edit.time().toPython()  # type: ignore[assignment]
        group = self.for_program.isChecked()
        return Session(
            id=0,
            date=date,
            start_time=start.replace(second=0, microsecond=0),
            duration_minutes=self.length_spin.value(),
            service_type=ServiceType(self.type_combo.currentData()),
            topic=self.topic_edit.text(),
            location=self.location_edit.text(),
            program_id=self.program_combo.currentData() if group else None,
            participant_id=None if group else self.participant_combo.currentData(),
        )

    def save(self) -> None:
        write(
            self.ctx,
            lambda: session_service.add_session(self.ctx.db, self._draft()),
            SCHEDULE,
            errors=self.show_error,
            then=self._added,
        )

    def _added(self, session: Session) -> None:
        self.session = session
        self.accept()

    def show_error(self, error: Exception) -> None:
        self.error_label.setText(plain_message(error))
        self.error_label.show()
        target = {
            "topic": self.topic_edit,
            "location": self.location_edit,
            "duration_minutes": self.length_spin,
            "participant": self.participant_combo,
            "program": self.program_combo,
            "date": self.date_edit,
            "start_time": self.start_edit,
        }.get(getattr(error, "field", ""))
        if target is not None and target.isVisible():
            target.setFocus()


class SessionLocationDialog(ServiceDialog):
    """Where a session meets (a scheduled group is stored without a room): one line, saved
    by `sessions.set_location`; an empty line clears it."""

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Session location"), parent)
        self.session = session
        self.location_edit = location_edit(session.location)
        self.location_edit.setMinimumWidth(360)
        when = QLabel(
            f"{date_text(session.date, 'ddd')} {session.date.isoformat()} "
            f"{session.start_time:%H:%M}, {domain_text(session.service_type.label)}"
            + (f": {session.topic}" if session.topic else "")
        )
        when.setWordWrap(True)
        self.form.addRow(self.tr("Session:"), when)
        self.add_row(self.tr("&Location:"), "location", self.location_edit)

    def save(self) -> Changes:
        session_service.set_location(self.ctx.db, self.session.id, self.location_edit.text())
        return SCHEDULE


def ask_cancel_reason(parent: QWidget | None) -> str | None:
    """The reason for cancelling (None: the counselor changed their mind)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SessionActions", "Cancel session"),
        QCoreApplication.translate(
            "SessionActions", "Reason for cancelling (e.g. holiday, counselor ill):"
        ),
    )
    return text if ok else None


def ask_restore(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SessionActions", "Restore session"),
        QCoreApplication.translate(
            "SessionActions",
            "Restore this cancelled session? It will count again for everyone expected.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class SessionActions(QWidget):
    """The session commands both views offer; what they store is announced on ctx.bus."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hide()
        self.roll_call_dialog: QDialog | None = None
        self.add_dialog: AddSessionDialog | None = None
        self.location_dialog: SessionLocationDialog | None = None
        self.group_note_dialog: QDialog | None = None
        self.group_note_offer: QMessageBox | None = None

    def add(self, day: dt.date) -> None:
        dialog = AddSessionDialog(self.ctx, day, self.parentWidget())
        self.add_dialog = dialog
        dialog.open()

    def edit_location(self, row: DaySession) -> None:
        dialog = SessionLocationDialog(self.ctx, row.session, self.parentWidget())
        self.location_dialog = dialog
        dialog.open()

    def toggle_cancelled(self, row: DaySession) -> None:
        parent = self.parentWidget()
        session = row.session
        if session.cancelled:
            if not ask_restore(parent):
                return
            reason, cancelled = "", False
        else:
            asked = ask_cancel_reason(parent)
            if asked is None:
                return
            reason, cancelled = asked, True
        write(
            self.ctx,
            lambda: session_service.cancel_session(
                self.ctx.db, session.id, reason, cancelled=cancelled
            ),
            SCHEDULE,
            parent=parent,
            title=self.tr("Cancel session"),
        )

    def roll_call(self, row: DaySession) -> None:
        from counselor_desk.ui.dialogs.roll_call import RollCallDialog

        try:
            dialog = RollCallDialog(self.ctx, row.session.id, self.parentWidget())
        except ValidationError as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Roll call"), error.message)
            return
        self.roll_call_dialog = dialog
        session = row.session
        dialog.accepted.connect(lambda: self.offer_group_note(session))
        dialog.open()

    def group_note(self, row: DaySession) -> None:
        """The group note of the session (the service's message when it has no roll call)."""
        self.open_group_note(row.session.id)

    def open_group_note(self, session_id: int) -> None:
        from counselor_desk.ui.group_note import open_group_note

        self.group_note_dialog = open_group_note(self.ctx, session_id, self.parentWidget())

    def offer_group_note(self, session: Session) -> None:
        """After roll call of a group: write its note now, or later (the question does not
        wait: the counselor answers with Enter or Esc, or goes on elsewhere)."""
        if not takes_group_note(session):
            return
        try:
            from counselor_desk.services import group_notes  # the clone check's matcher

            sheet = group_notes.sheet(self.ctx.db, session.id)
        except ValidationError:
            return
        if not sheet.attendees or sheet.all_signed:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Roll call saved"),
            self.tr("Roll call saved: {count} attended. Write the group note now?").format(
                count=len(sheet.attendees)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parentWidget(),
        )
        write_now = box.button(QMessageBox.StandardButton.Yes)
        later = box.button(QMessageBox.StandardButton.No)
        assert write_now is not None and later is not None
        write_now.setText(self.tr("Write group note"))
        later.setText(self.tr("Later"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(later)

        def answered(_result: int) -> None:
            self.group_note_offer = None
            chosen = box.clickedButton() is write_now
            box.deleteLater()
            if chosen:
                self.open_group_note(session.id)

        box.finished.connect(answered)
        self.group_note_offer = box
        box.open()
