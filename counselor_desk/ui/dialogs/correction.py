"""Correct one attendance mark after the fact; the reason is required and kept."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from counselor_desk.domain.model import Attendance, AttendanceStatus, AttendedSession
from counselor_desk.services import sessions
from counselor_desk.services.changes import Changes
from counselor_desk.services.sessions import default_minutes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.i18n import date_text, domain_text


class CorrectionDialog(ServiceDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        mark: AttendedSession,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, self.tr("Correct attendance"), parent)
        self.participant_id = participant_id
        self.mark = mark
        about = QLabel(
            self.tr(
                "{weekday} {date} {time}, {service} ({duration} min). Now: {status}, {minutes} min."
            ).format(
                weekday=date_text(mark.date, "ddd"),
                date=f"{mark.date:%Y-%m-%d}",
                time=f"{mark.start_time:%H:%M}",
                service=domain_text(mark.service_type.label),
                duration=mark.duration_minutes,
                status=domain_text(mark.status.label),
                minutes=mark.minutes_attended,
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.status = QComboBox()
        for status in AttendanceStatus:
            self.status.addItem(domain_text(status.label), status.value)
        self.status.setCurrentIndex(self.status.findData(mark.status.value))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, mark.duration_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(mark.minutes_attended)
        self.telehealth = QCheckBox(self.tr("Telehealth"))
        self.telehealth.setChecked(mark.telehealth)
        self.reason = QLineEdit()
        self.add_row(self.tr("&Status:"), "status", self.status)
        self.add_row(self.tr("&Minutes attended:"), "minutes_attended", self.minutes)
        self.add_row("", "telehealth", self.telehealth)
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.ok_button().setText(self.tr("Save correction"))
        self.status.setFocus()

    def _status_changed(self) -> None:
        status = AttendanceStatus(self.status.currentData())
        if not status.asks_minutes:  # late / left early keep what is typed
            self.minutes.setValue(default_minutes(status, self.mark.duration_minutes))

    def save(self) -> Changes:
        sessions.correct_attendance(
            self.ctx.db,
            self.mark.session_id,
            Attendance(
                session_id=self.mark.session_id,
                participant_id=self.participant_id,
                status=AttendanceStatus(self.status.currentData()),
                minutes_attended=self.minutes.value(),
                telehealth=self.telehealth.isChecked(),
            ),
            self.reason.text(),
            self.ctx.clock,
        )
        return Changes.attendance_of(self.mark.session_id)
