"""File > Settings…: the counselor's profile, the programs, locking and the passphrase.

The profile and the lock minutes are saved together by Save; a program is saved by its own
"Save program" (and before another program is chosen), so typed text is never dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
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
    ScheduleSlot,
    ServiceType,
)
from counselor_desk.services import security, setup
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.passphrase import ALONE_TEXT, ChangePassphraseDialog
from counselor_desk.ui.operations import write

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PAGE_SIZES = (("US Letter", "letter"), ("A4", "a4"))
SLOT_DAY, SLOT_START, SLOT_MINUTES, SLOT_TYPE, SLOT_TOPIC = range(5)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    palette.show_as_error(label)
    label.hide()
    return label


class ProgramEditor(QWidget):
    """One program's fields and its weekly schedule (a row per recurring session)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program_id = 0
        self._active = True
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Program name")
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName("Level of care")
        for level in PROGRAM_LEVELS:
            self.level_combo.addItem(level.label, level)
        self.age_combo = QComboBox()
        self.age_combo.setAccessibleName("Age group")
        self.age_combo.addItem("Adults", AgeGroup.ADULT)
        self.age_combo.addItem("Adolescents", AgeGroup.ADOLESCENT)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setSuffix(" weeks")
        self.weeks_spin.setAccessibleName("Planned weeks")
        self.own_minimum_check = QCheckBox("Own weekly minimum:")
        self.own_minimum_check.setToolTip("Unticked: the level's minimum (9 h IOP adults, …)")
        self.minimum_spin = QDoubleSpinBox()
        self.minimum_spin.setRange(0, 80)
        self.minimum_spin.setDecimals(1)
        self.minimum_spin.setSuffix(" h")
        self.minimum_spin.setAccessibleName("Weekly minimum hours")
        self.own_minimum_check.toggled.connect(self.minimum_spin.setEnabled)
        self.substance_check = QCheckBox("Substance-use program (42 CFR Part 2 applies)")
        self.schedule = QTableWidget(0, 5)
        self.schedule.setAccessibleName("Weekly schedule")
        self.schedule.setHorizontalHeaderLabels(["Day", "Starts", "Minutes", "Service", "Topic"])
        self.schedule.verticalHeader().hide()
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.horizontalHeader().setSectionResizeMode(
            SLOT_TOPIC, QHeaderView.ResizeMode.Stretch
        )
        self.add_slot_button = QPushButton("Add session")
        self.add_slot_button.clicked.connect(lambda: self.add_slot(None))
        self.remove_slot_button = QPushButton("Remove session")
        self.remove_slot_button.clicked.connect(self.remove_slot)

        minimum = QHBoxLayout()
        minimum.addWidget(self.own_minimum_check)
        minimum.addWidget(self.minimum_spin)
        minimum.addStretch(1)
        slot_buttons = QHBoxLayout()
        slot_buttons.addWidget(self.add_slot_button)
        slot_buttons.addWidget(self.remove_slot_button)
        slot_buttons.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Program &name:", self.name_edit)
        form.addRow("Le&vel of care:", self.level_combo)
        form.addRow("&Age group:", self.age_combo)
        form.addRow("Planned &length:", self.weeks_spin)
        form.addRow("", minimum)
        form.addRow("", self.substance_check)
        form.addRow("Weekly schedule:", self.schedule)
        form.addRow("", slot_buttons)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "level_of_care": self.level_combo,
            "planned_weeks": self.weeks_spin,
            "weekly_minimum_hours": self.minimum_spin,
            "schedule": self.schedule,
        }
        self.load(setup.standard_program(""))
        self.snapshot = self.program()

    def load(self, program: Program) -> None:
        self.program_id = program.id
        self._active = program.active
        self.name_edit.setText(program.name)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(program.level_of_care)))
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(program.age_group)))
        self.weeks_spin.setValue(program.planned_weeks)
        own = program.weekly_minimum_hours is not None
        self.own_minimum_check.setChecked(own)
        self.minimum_spin.setEnabled(own)
        self.minimum_spin.setValue(program.weekly_minimum_hours or 0.0)
        self.substance_check.setChecked(program.substance_use)
        self.schedule.setRowCount(0)
        for slot in program.schedule:
            self.add_slot(slot)
        self.snapshot = self.program()

    def add_slot(self, slot: ScheduleSlot | None) -> None:
        slot = slot or ScheduleSlot(0, dt.time(9, 0), 180)
        row = self.schedule.rowCount()
        self.schedule.insertRow(row)
        day = QComboBox()
        for name in WEEKDAY_NAMES:
            day.addItem(name)
        day.setCurrentIndex(slot.weekday)
        start = QTimeEdit(QTime(slot.start_time.hour, slot.start_time.minute))
        start.setDisplayFormat("HH:mm")
        minutes = QSpinBox()
        minutes.setRange(1, 720)
        minutes.setSingleStep(15)
        minutes.setValue(slot.duration_minutes)
        service = QComboBox()
        for kind in ServiceType:
            service.addItem(kind.label, kind)
        service.setCurrentIndex(max(0, service.findData(slot.service_type)))
        topic = QLineEdit(slot.topic)
        for column, widget in enumerate((day, start, minutes, service, topic)):
            widget.setAccessibleName(
                f"Session {row + 1}: {self.schedule.horizontalHeaderItem(column).text()}"
            )
            self.schedule.setCellWidget(row, column, widget)
        self.schedule.resizeColumnsToContents()

    def remove_slot(self) -> None:
        row = self.schedule.currentRow()
        if row < 0:
            row = self.schedule.rowCount() - 1
        if row >= 0:
            self.schedule.removeRow(row)

    def slots(self) -> tuple[ScheduleSlot, ...]:
        found = []
        for row in range(self.schedule.rowCount()):
            day = self.schedule.cellWidget(row, SLOT_DAY)
            start = self.schedule.cellWidget(row, SLOT_START)
            minutes = self.schedule.cellWidget(row, SLOT_MINUTES)
            service = self.schedule.cellWidget(row, SLOT_TYPE)
            topic = self.schedule.cellWidget(row, SLOT_TOPIC)
            assert isinstance(day, QComboBox) and isinstance(start, QTimeEdit)
            assert isinstance(minutes, QSpinBox) and isinstance(service, QComboBox)
            assert isinstance(topic, QLineEdit)
            time = start.time()
            found.append(
                ScheduleSlot(
                    day.currentIndex(),
                    dt.time(time.hour(), time.minute()),
                    minutes.value(),
                    ServiceType(service.currentData()),
                    topic.text().strip(),
                )
            )
        return tuple(found)

    def program(self) -> Program:
        return Program(
            id=self.program_id,
            name=self.name_edit.text(),
            level_of_care=LevelOfCare(self.level_combo.currentData()),
            age_group=AgeGroup(self.age_combo.currentData()),
            planned_weeks=self.weeks_spin.value(),
            weekly_minimum_hours=(
                self.minimum_spin.value() if self.own_minimum_check.isChecked() else None
            ),
            substance_use=self.substance_check.isChecked(),
            schedule=self.slots(),
            active=self._active,
        )

    def has_unsaved_changes(self) -> bool:
        return self.program() != self.snapshot


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Settings")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), "&Profile")
        self.tabs.addTab(self._programs_tab(), "P&rograms")
        self.tabs.addTab(self._lock_tab(), "&Locking")
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.load_programs()

    # -- profile ------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        profile = setup.get_profile(self.ctx.db) or CounselorProfile(name="")
        self._profile = profile
        self.name_edit = QLineEdit(profile.name)
        self.credentials_edit = QLineEdit(profile.credentials)
        self.clinic_edit = QLineEdit(profile.clinic_name)
        self.address_edit = QLineEdit(profile.clinic_address)
        self.phone_edit = QLineEdit(profile.clinic_phone)
        self.crisis_edit = QLineEdit(profile.crisis_line)
        self.crisis_edit.setPlaceholderText("Local crisis line (988 is always printed)")
        self.due_spin = QSpinBox()
        self.due_spin.setRange(1, 90)
        self.due_spin.setValue(profile.summary_due_days)
        self.due_spin.setSuffix(" days")
        self.page_combo = QComboBox()
        for label, value in PAGE_SIZES:
            self.page_combo.addItem(label, value)
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(profile.page_size)))
        page = QWidget()
        form = QFormLayout(page)
        rows = (
            ("Your &name:", self.name_edit, "Your name"),
            ("&Credentials:", self.credentials_edit, "Credentials"),
            ("C&linic name:", self.clinic_edit, "Clinic name"),
            ("Clinic &address:", self.address_edit, "Clinic address"),
            ("Clinic &phone:", self.phone_edit, "Clinic phone"),
            ("Crisis l&ine:", self.crisis_edit, "Local crisis line"),
            ("Discharge summary &due within:", self.due_spin, "Days to finish a discharge summary"),
            ("Page si&ze:", self.page_combo, "Page size"),
        )
        for text, widget, name in rows:
            widget.setAccessibleName(name)
            form.addRow(text, widget)
        self.profile_fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "credentials": self.credentials_edit,
            "clinic_name": self.clinic_edit,
            "clinic_address": self.address_edit,
            "clinic_phone": self.phone_edit,
            "crisis_line": self.crisis_edit,
            "summary_due_days": self.due_spin,
            "page_size": self.page_combo,
        }
        return page

    def profile(self) -> CounselorProfile:
        return replace(
            self._profile,
            name=self.name_edit.text(),
            credentials=self.credentials_edit.text(),
            clinic_name=self.clinic_edit.text(),
            clinic_address=self.address_edit.text(),
            clinic_phone=self.phone_edit.text(),
            crisis_line=self.crisis_edit.text(),
            summary_due_days=self.due_spin.value(),
            page_size=str(self.page_combo.currentData()),
        )

    # -- programs -----------------------------------------------------------------------------

    def _programs_tab(self) -> QWidget:
        self.program_list = QListWidget()
        self.program_list.setAccessibleName("Programs")
        self.program_list.setMaximumWidth(200)
        self.program_list.currentRowChanged.connect(self._program_chosen)
        self.new_program_button = QPushButton("&New program")
        self.new_program_button.clicked.connect(self.new_program)
        self.editor = ProgramEditor()
        self.save_program_button = QPushButton("Save pro&gram")
        self.save_program_button.clicked.connect(self.save_program)
        self.program_error = error_label()
        left = QVBoxLayout()
        left.addWidget(self.program_list, 1)
        left.addWidget(self.new_program_button)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.program_error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_program_button)
        right.addLayout(save_row)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addLayout(right, 1)
        return page

    def load_programs(self, select_id: int | None = None) -> None:
        self.programs = setup.list_programs(self.ctx.db)
        self.program_list.blockSignals(True)
        self.program_list.clear()
        for program in self.programs:
            self.program_list.addItem(program.name)
        self.program_list.blockSignals(False)
        ids = [program.id for program in self.programs]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self._shown_row = -1
        self.program_list.setCurrentRow(row)
        if row < 0:
            self.new_program()

    def _program_chosen(self, row: int) -> None:
        if row == self._shown_row:
            return
        # Typed changes are saved before another program is shown; if refused, stay.
        if self.editor.has_unsaved_changes() and not self.save_program():
            self.program_list.blockSignals(True)
            self.program_list.setCurrentRow(self._shown_row)
            self.program_list.blockSignals(False)
            return
        if 0 <= row < len(self.programs):
            self._shown_row = row
            self.editor.load(self.programs[row])
            self.program_error.hide()

    def new_program(self) -> None:
        if self.editor.has_unsaved_changes() and not self.save_program():
            return
        self.program_list.blockSignals(True)
        self.program_list.clearSelection()
        self.program_list.setCurrentRow(-1)
        self.program_list.blockSignals(False)
        self._shown_row = -1
        self.editor.load(setup.standard_program(""))
        self.editor.name_edit.setFocus()

    def save_program(self) -> bool:
        program = self.editor.program()
        done = write(
            self.ctx,
            lambda: (
                setup.update_program(self.ctx.db, program)
                if program.id
                else setup.add_program(self.ctx.db, program)
            ),
            SETTINGS | SCHEDULE,
            errors=self._program_failed,
            then=self._program_saved,
        )
        return done is not None

    def _program_failed(self, error: Exception) -> None:
        self.program_error.setText(plain_message(error))
        self.program_error.show()
        target = self.editor.fields.get(getattr(error, "field", ""))
        if target is not None:
            target.setFocus()

    def _program_saved(self, saved: Program) -> None:
        self.program_error.hide()
        self.editor.snapshot = self.editor.program()
        self.load_programs(saved.id)

    # -- locking ------------------------------------------------------------------------------

    def _lock_tab(self) -> QWidget:
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(security.MIN_LOCK_MINUTES, security.MAX_LOCK_MINUTES)
        self.lock_spin.setValue(security.lock_minutes(self.ctx.db))
        self.lock_spin.setSuffix(" idle minutes")
        self.lock_spin.setAccessibleName("Lock after idle minutes")
        self.alone_label = QLabel()
        self.alone_label.setWordWrap(True)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.change_passphrase)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow("Lock &after:", self.lock_spin)
        form.addRow("Passphrase:", self.alone_label)
        form.addRow("", self.passphrase_button)
        self._show_passphrase_state()
        return page

    def _show_passphrase_state(self) -> None:
        if security.has_passphrase(self.ctx.db):
            self.alone_label.setText("Set: unlocking the app asks for it.")
            self.passphrase_button.setText("C&hange passphrase…")
        elif security.is_single_user(self.ctx.db):
            self.alone_label.setText(
                f"None: “{ALONE_TEXT}” was ticked, so unlocking asks no passphrase."
            )
            self.passphrase_button.setText("Set a &passphrase…")
        else:
            self.alone_label.setText("None yet.")
            self.passphrase_button.setText("Set a &passphrase…")

    def passphrase_dialog(self) -> ChangePassphraseDialog:
        return ChangePassphraseDialog(self.ctx, self)

    def change_passphrase(self) -> None:
        self.passphrase_dialog().exec()
        self._show_passphrase_state()

    def lock_minutes(self) -> int:
        return security.lock_minutes(self.ctx.db)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """The profile and the lock minutes together; a program being edited first."""
        if self.editor.has_unsaved_changes() and not self.save_program():
            self.tabs.setCurrentIndex(1)
            return
        write(
            self.ctx,
            self._save_profile_and_lock,
            SETTINGS,
            errors=self._profile_failed,
            then=lambda _saved: self.accept(),
        )

    def _save_profile_and_lock(self) -> None:
        with self.ctx.db.transaction():
            setup.save_profile(self.ctx.db, self.profile())
            security.set_lock_minutes(self.ctx.db, self.lock_spin.value())

    def _profile_failed(self, error: Exception) -> None:
        self.error_label.setText(plain_message(error))
        self.error_label.show()
        field = getattr(error, "field", "")
        target = self.profile_fields.get(field)
        if target is not None:
            self.tabs.setCurrentIndex(0)
            target.setFocus()
        elif field == "lock_minutes":
            self.tabs.setCurrentIndex(2)
