"""The first-run questions in one short dialog: the counselor's profile, a first program and
the lock passphrase."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    CounselorProfile,
    LevelOfCare,
    Program,
)
from counselor_desk.services import setup
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.passphrase import PassphraseFields
from counselor_desk.ui.operations import write

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class FirstRunDialog(QDialog):
    """Profile (name, credentials, clinic; optional address, phone, crisis line), a program and
    the lock passphrase (or "used by me alone"). All are saved together or not at all.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Welcome to Counselor Desk")
        existing = setup.get_profile(ctx.db)

        self.name_edit = QLineEdit(existing.name if existing else "")
        self.credentials_edit = QLineEdit(existing.credentials if existing else "")
        self.credentials_edit.setPlaceholderText("e.g. LCSW, LADC")
        self.clinic_edit = QLineEdit(existing.clinic_name if existing else "")
        self.address_edit = QLineEdit(existing.clinic_address if existing else "")
        self.phone_edit = QLineEdit(existing.clinic_phone if existing else "")
        self.crisis_edit = QLineEdit(existing.crisis_line if existing else "")
        self.crisis_edit.setPlaceholderText("Local crisis line (988 is always printed)")

        self.program_edit = QLineEdit()
        self.program_edit.setPlaceholderText("e.g. Adult IOP")
        self.level_combo = QComboBox()
        for level in PROGRAM_LEVELS:
            self.level_combo.addItem(level.label, level)
        self.level_combo.setCurrentIndex(PROGRAM_LEVELS.index(LevelOfCare.IOP))
        self.age_combo = QComboBox()
        self.age_combo.addItem("Adults", AgeGroup.ADULT)
        self.age_combo.addItem("Adolescents", AgeGroup.ADOLESCENT)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setValue(12)
        self.weeks_spin.setSuffix(" weeks")
        self.substance_check = QCheckBox("Substance-use program (42 CFR Part 2 applies)")
        self.day_checks = [QCheckBox(name) for name in WEEKDAYS]
        for weekday in (0, 2, 4):
            self.day_checks[weekday].setChecked(True)
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.length_spin = QSpinBox()
        self.length_spin.setRange(15, 720)
        self.length_spin.setSingleStep(15)
        self.length_spin.setValue(180)
        self.length_spin.setSuffix(" min")

        names = {
            self.name_edit: "Your name",
            self.credentials_edit: "Credentials",
            self.clinic_edit: "Clinic name",
            self.address_edit: "Clinic address",
            self.phone_edit: "Clinic phone",
            self.crisis_edit: "Local crisis line",
            self.program_edit: "Program name",
            self.level_combo: "Level of care",
            self.age_combo: "Age group",
            self.weeks_spin: "Planned weeks",
            self.substance_check: "Substance-use program",
            self.start_edit: "Group start time",
            self.length_spin: "Group length",
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for weekday, check in enumerate(self.day_checks):
            check.setAccessibleName(f"Group on {WEEKDAYS[weekday]}")

        profile_box = QGroupBox("You")
        profile_form = QFormLayout(profile_box)
        profile_form.addRow("Your &name:", self.name_edit)
        profile_form.addRow("&Credentials:", self.credentials_edit)
        profile_form.addRow("C&linic name:", self.clinic_edit)
        profile_form.addRow("Clinic address (optional):", self.address_edit)
        profile_form.addRow("Clinic phone (optional):", self.phone_edit)
        profile_form.addRow("Crisis line (optional):", self.crisis_edit)

        days = QHBoxLayout()
        for check in self.day_checks:
            days.addWidget(check)
        days.addStretch(1)
        program_box = QGroupBox("Your first program")
        program_form = QFormLayout(program_box)
        program_form.addRow("&Program name:", self.program_edit)
        program_form.addRow("Le&vel of care:", self.level_combo)
        program_form.addRow("&Age group:", self.age_combo)
        program_form.addRow("Planned &length:", self.weeks_spin)
        program_form.addRow("", self.substance_check)
        program_form.addRow("Group days:", days)
        program_form.addRow("Group &starts at:", self.start_edit)
        program_form.addRow("Each group las&ts:", self.length_spin)

        self.passphrase = PassphraseFields()
        lock_box = QGroupBox("Locking the app")
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addWidget(self.passphrase)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        palette.show_as_error(self.error_label)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save and start")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            "A few details for letters and summaries, and the program you run. "
            "Everything stays on this computer; you can change it later."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(profile_box)
        layout.addWidget(program_box)
        layout.addWidget(lock_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "credentials": self.credentials_edit,
            "clinic_name": self.clinic_edit,
            "clinic_address": self.address_edit,
            "clinic_phone": self.phone_edit,
            "crisis_line": self.crisis_edit,
        }
        self._program_fields: dict[str, QWidget] = {
            "name": self.program_edit,
            "level_of_care": self.level_combo,
            "planned_weeks": self.weeks_spin,
            "schedule": self.day_checks[0],
        }
        self._passphrase_fields: dict[str, QWidget] = {
            "passphrase": self.passphrase.passphrase_edit,
            "repeat": self.passphrase.repeat_edit,
        }
        self.name_edit.setFocus()

    def profile(self) -> CounselorProfile:
        existing = setup.get_profile(self.ctx.db)
        base = existing if existing is not None else CounselorProfile(name="")
        return replace(
            base,
            name=self.name_edit.text(),
            credentials=self.credentials_edit.text(),
            clinic_name=self.clinic_edit.text(),
            clinic_address=self.address_edit.text(),
            clinic_phone=self.phone_edit.text(),
            crisis_line=self.crisis_edit.text(),
        )

    def program(self) -> Program:
        start: dt.time = self.start_edit.time().toPython()  # type: ignore[assignment]
        days = tuple(day for day, check in enumerate(self.day_checks) if check.isChecked())
        return setup.standard_program(
            self.program_edit.text(),
            LevelOfCare(self.level_combo.currentData()),
            AgeGroup(self.age_combo.currentData()),
            planned_weeks=self.weeks_spin.value(),
            substance_use=self.substance_check.isChecked(),
            days=days,
            start=start.replace(second=0, microsecond=0),
            minutes=self.length_spin.value(),
        )

    def save(self) -> None:
        """Profile, program and passphrase in one transaction: a bad program leaves no profile
        behind."""
        reached = [self._fields]  # the field group whose step failed

        def save_all() -> None:
            with self.ctx.db.transaction():
                setup.save_profile(self.ctx.db, self.profile())
                reached.append(self._program_fields)
                setup.add_program(self.ctx.db, self.program())
                reached.append(self._passphrase_fields)
                self.passphrase.save(self.ctx.db)

        def failed(error: Exception) -> None:
            self.error_label.setText(plain_message(error))
            self.error_label.show()
            target = reached[-1].get(getattr(error, "field", ""))
            if target is not None:
                target.setFocus()

        write(
            self.ctx, save_all, SETTINGS | SCHEDULE, errors=failed, then=lambda _s: self.accept()
        )
