"""Discharge tab: the discharge form, kept as a plan until the discharge is recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Discharge,
    DischargeReason,
    LevelOfCare,
    ParticipantStatus,
    Referral,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import clinical, participants, setup
from counselor_desk.services.changes import Changes
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.form import FormErrors, date_edit, to_date, to_qdate
from counselor_desk.ui.operations import write

LIFELINE = "988 Suicide & Crisis Lifeline (call or text 988)"
REFERRAL_COLUMNS = ("Provider", "Service", "Contact", "Phone", "Address", "First appointment")
APPOINTMENT_FORMAT = "%Y-%m-%d %H:%M"


def crisis_prefill(crisis_line: str) -> str:
    lines = [LIFELINE]
    if crisis_line.strip():
        lines.append(f"Local crisis line: {crisis_line.strip()}")
    return "\n".join(lines)


def _text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setAccessibleName(name)
    return edit


class DischargeTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.modified = False
        self.errors = FormErrors()
        self.discharge_date = date_edit(ctx.clock.today(), "Discharge date")
        self.reason = QComboBox()
        for reason in DischargeReason:
            self.reason.addItem(reason.label, reason.value)
        self.reason.setAccessibleName("Reason for discharge")
        self.reason_detail = QLineEdit()
        self.reason_detail.setAccessibleName("Reason details")
        self.condition = _text("Condition at discharge")
        self.recommended = QComboBox()
        self.recommended.addItem("Not stated", None)
        for level in LevelOfCare:
            self.recommended.addItem(f"{level.label} – ASAM {level.asam}", level.value)
        self.recommended.setAccessibleName("Recommended next level of care")
        self.aftercare = _text("Aftercare plan")
        self.referrals = QTableWidget(0, len(REFERRAL_COLUMNS))
        self.referrals.setHorizontalHeaderLabels(list(REFERRAL_COLUMNS))
        self.referrals.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setAccessibleName("Referrals")
        self.referrals.setMinimumHeight(110)
        self.referrals.setColumnWidth(5, 150)
        for widget, width in (
            (self.discharge_date, 150),
            (self.reason, 420),
            (self.recommended, 420),
        ):
            widget.setMaximumWidth(width)
        self.referrals.itemChanged.connect(self._mark_modified)
        self.add_referral_button = QPushButton("Add referral")
        self.remove_referral_button = QPushButton("Remove referral")
        self.add_referral_button.clicked.connect(self._add_referral_clicked)
        self.remove_referral_button.clicked.connect(self._remove_referral)
        self.relapse = _text("Relapse-prevention plan")
        self.crisis = _text("Crisis resources", 56)
        self.medications = _text("Medications at discharge", 56)
        self.save_button = QPushButton("Save plan")
        self.save_button.setAccessibleName("Save the discharge plan")
        self.save_button.clicked.connect(self.save_plan)
        self.record_button = QPushButton("Record discharge…")
        self.record_button.setAccessibleName("Record the discharge")
        self.record_button.clicked.connect(self.record)
        self.state = QLabel()
        self.state.setAccessibleName("Discharge state")
        self.state.setStyleSheet("font-weight: 600;")
        self.summary_due = QLabel()
        self.summary_due.setAccessibleName("Discharge summary due")
        self.summary_due.setStyleSheet(palette.badge_style(Flag.SUMMARY_DUE.colour))
        self.summary_due.hide()

        fields = QWidget()
        grid = QFormLayout(fields)
        referral_box = QWidget()
        referral_layout = QVBoxLayout(referral_box)
        referral_layout.setContentsMargins(0, 0, 0, 0)
        referral_layout.addWidget(self.referrals)
        hint = QLabel("First appointment as 2026-03-20 14:30.")
        hint.setStyleSheet("color: palette(mid);")
        referral_buttons = QHBoxLayout()
        referral_buttons.addWidget(self.add_referral_button)
        referral_buttons.addWidget(self.remove_referral_button)
        referral_buttons.addWidget(hint)
        referral_buttons.addStretch(1)
        referral_layout.addLayout(referral_buttons)
        rows: list[tuple[str, str, QWidget]] = [
            ("Discharge &date:", "discharge_date", self.discharge_date),
            ("&Reason:", "reason", self.reason),
            ("Reason details:", "reason_detail", self.reason_detail),
            ("Condition at discharge:", "condition_at_discharge", self.condition),
            ("Recommended next level:", "recommended_level", self.recommended),
            ("Aftercare plan:", "aftercare_plan", self.aftercare),
            ("Referrals:", "referrals", referral_box),
            ("Relapse-prevention plan:", "relapse_prevention_plan", self.relapse),
            ("Crisis resources:", "crisis_resources", self.crisis),
            ("Medications at discharge:", "medications_at_discharge", self.medications),
        ]
        for label, field, widget in rows:
            grid.addRow(label, self.errors.wrap(field, widget))
        grid.addRow(self.errors.banner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.record_button)
        grid.addRow(buttons)
        grid.addRow(self.summary_due)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.discharge_date.dateChanged.connect(self._mark_modified)
        self.reason.currentIndexChanged.connect(self._mark_modified)
        self.recommended.currentIndexChanged.connect(self._mark_modified)
        self.reason_detail.textChanged.connect(self._mark_modified)
        for edit in (self.condition, self.aftercare, self.relapse, self.crisis, self.medications):
            edit.textChanged.connect(self._mark_modified)

    def _mark_modified(self, *_args: object) -> None:
        if not self._loading:
            self.modified = True

    _loading = False

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored plan (or a fresh one prefilled); unsaved typing is kept."""
        person = participants.get(self.ctx.db, self.participant_id)
        stored = clinical.discharge_record(self.ctx.db, self.participant_id)
        discharged = person.status is ParticipantStatus.DISCHARGED
        if not self.modified:
            self._loading = True
            try:
                self._fill(stored, person.medications)
            finally:
                self._loading = False
        self.discharge_date.setEnabled(not discharged)
        self.record_button.setEnabled(not discharged)
        if discharged and person.discharge_date is not None:
            self.state.setText(f"Discharged on {person.discharge_date:%Y-%m-%d}.")
        elif stored is not None:
            self.state.setText("Plan saved; discharge not recorded yet.")
        else:
            self.state.setText("")

    def show_summary_due(self, due: dt.date | None) -> None:
        """After the discharge: when the discharge summary is due (until it is exported)."""
        self.summary_due.setVisible(due is not None)
        if due is not None:
            self.summary_due.setText(
                f"Discharge summary due by {due:%Y-%m-%d}: export it with "
                "'Discharge summary…' above."
            )

    def _fill(self, stored: Discharge | None, medications: str) -> None:
        if stored is None:
            profile = setup.get_profile(self.ctx.db)
            self.discharge_date.setDate(to_qdate(self.ctx.clock.today()))
            self.crisis.setPlainText(crisis_prefill(profile.crisis_line if profile else ""))
            self.medications.setPlainText(medications)
            return
        self.discharge_date.setDate(to_qdate(stored.discharge_date))
        self.reason.setCurrentIndex(self.reason.findData(stored.reason.value))
        self.reason_detail.setText(stored.reason_detail)
        self.condition.setPlainText(stored.condition_at_discharge)
        level = None if stored.recommended_level is None else stored.recommended_level.value
        self.recommended.setCurrentIndex(max(0, self.recommended.findData(level)))
        self.aftercare.setPlainText(stored.aftercare_plan)
        self.relapse.setPlainText(stored.relapse_prevention_plan)
        self.crisis.setPlainText(stored.crisis_resources)
        self.medications.setPlainText(stored.medications_at_discharge)
        self.referrals.setRowCount(0)
        for referral in stored.referrals:
            when = referral.first_appointment
            self.add_referral(
                [
                    referral.provider,
                    referral.service,
                    referral.contact,
                    referral.phone,
                    referral.address,
                    "" if when is None else when.strftime(APPOINTMENT_FORMAT),
                ]
            )

    def add_referral(self, cells: list[str] | None = None) -> int:
        row = self.referrals.rowCount()
        self.referrals.insertRow(row)
        for column, text in enumerate(cells or [""] * len(REFERRAL_COLUMNS)):
            self.referrals.setItem(row, column, QTableWidgetItem(text))
        return row

    def _add_referral_clicked(self) -> None:
        row = self.add_referral()
        self.referrals.setCurrentCell(row, 0)
        self.referrals.editItem(self.referrals.item(row, 0))
        self.modified = True

    def _remove_referral(self) -> None:
        row = self.referrals.currentRow()
        if row >= 0:
            self.referrals.removeRow(row)
            self.modified = True

    # -- saving ------------------------------------------------------------------------------

    def _referral_list(self) -> tuple[Referral, ...]:
        found = []
        bad = []
        for row in range(self.referrals.rowCount()):
            cells = []
            for column in range(len(REFERRAL_COLUMNS)):
                item = self.referrals.item(row, column)
                cells.append(item.text().strip() if item else "")
            if not any(cells):
                continue
            when = None
            if cells[5]:
                try:
                    when = dt.datetime.strptime(cells[5], APPOINTMENT_FORMAT)
                except ValueError:
                    bad.append(
                        (
                            "referrals",
                            f"Referral {row + 1}: the first appointment '{cells[5]}' is not a "
                            "date and time like 2026-03-20 14:30.",
                        )
                    )
            found.append(
                Referral(
                    provider=cells[0],
                    service=cells[1],
                    contact=cells[2],
                    phone=cells[3],
                    address=cells[4],
                    first_appointment=when,
                )
            )
        if bad:
            raise ValidationError(" ".join(m for _f, m in bad), "referrals", bad)
        return tuple(found)

    def discharge(self) -> Discharge:
        level = self.recommended.currentData()
        return Discharge(
            participant_id=self.participant_id,
            discharge_date=to_date(self.discharge_date.date()),
            reason=DischargeReason(self.reason.currentData()),
            reason_detail=self.reason_detail.text(),
            condition_at_discharge=self.condition.toPlainText(),
            recommended_level=None if level is None else LevelOfCare(level),
            aftercare_plan=self.aftercare.toPlainText(),
            relapse_prevention_plan=self.relapse.toPlainText(),
            crisis_resources=self.crisis.toPlainText(),
            medications_at_discharge=self.medications.toPlainText(),
            referrals=self._referral_list(),
        )

    def save_plan(self) -> bool:
        self.errors.clear()
        done = write(  # a failure is said beside the field; the form keeps what was typed
            self.ctx,
            lambda: clinical.save_discharge_plan(self.ctx.db, self.discharge(), self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _saved: self._plan_saved(),
        )
        return done is not None

    def _plan_saved(self) -> None:
        self.modified = False
        self.state.setText(f"Plan saved {self.ctx.clock.now():%H:%M}; discharge not recorded yet.")

    def record(self) -> None:
        self.errors.clear()
        try:
            discharge = self.discharge()
        except ValidationError as error:
            self.errors.show(error)
            return
        question = (
            f"Record the discharge on {discharge.discharge_date:%Y-%m-%d} "
            f"({discharge.reason.label})? The participant's status becomes discharged."
        )
        if not form.ask(self, "Record discharge", question):
            return
        write(
            self.ctx,
            lambda: clinical.record_discharge(self.ctx.db, discharge, self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _recorded: self._recorded(),
        )

    def _recorded(self) -> None:
        self.modified = False
        self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.modified
