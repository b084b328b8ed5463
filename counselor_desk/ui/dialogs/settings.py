"""File > Settings…: the counselor's profile, the language, the programs, locking and the
passphrase.

The profile, the language and the lock minutes are saved together by Save; a program, with
its schedule of measures, is saved by its own "Save program" (and before another program is
chosen), so typed text is never dropped. The language is kept in the app's settings (not
the database) and applies when the app next starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.curriculum import CompletionRule
from counselor_desk.domain.measure_due import DEFAULT_SCHEDULE
from counselor_desk.domain.model import CounselorProfile, Program
from counselor_desk.services import curriculum, measures, security, setup
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.ui import i18n, palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import encryption as encrypting
from counselor_desk.ui.dialogs.base import AsksBeforeDiscard
from counselor_desk.ui.dialogs.encryption import Reconnecting
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.passphrase import ChangePassphraseDialog, alone_text
from counselor_desk.ui.forms.curriculum_fields import CurriculumFields
from counselor_desk.ui.forms.profile_fields import ProfileFields
from counselor_desk.ui.forms.program_fields import (
    MeasureScheduleFields,
    ProgramFields,
    ScheduleTable,
)
from counselor_desk.ui.operations import write

#: The fields of a refusal that concern the curriculum tab.
CURRICULUM_FIELDS = ("curriculum", "title", "materials", "completion_sessions")


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    palette.show_as_error(label)
    label.hide()
    return label


class SettingsDialog(AsksBeforeDiscard):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        reconnect: Reconnecting | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """`reconnect`: what closes and reopens the database around encrypting it (the main
        window's maintenance controller, which reloads the views too). `settings`: where the
        language is kept (the app's own settings when not given)."""
        super().__init__(parent)
        self.ctx = ctx
        self.reconnect = reconnect
        if settings is None:
            from counselor_desk.ui.main_window import app_settings

            settings = app_settings()
        self.settings = settings
        #: The recovery key, shown once after Encrypt the caseload…
        self.recovery_key_dialog: encrypting.RecoveryKeyDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("&Profile"))
        self.tabs.addTab(self._programs_tab(), self.tr("P&rograms"))
        self.tabs.addTab(self._lock_tab(), self.tr("&Locking"))
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
        self.resize(860, 680)
        self.load_programs()

    # -- profile ------------------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        self.profile_fields = ProfileFields()
        self.profile_fields.load(setup.get_profile(self.ctx.db) or CounselorProfile(name=""))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.profile_fields)
        layout.addWidget(self._language_group())
        layout.addStretch(1)
        return page

    def profile(self) -> CounselorProfile:
        return self.profile_fields.values()

    # -- language -----------------------------------------------------------------------------

    def _language_group(self) -> QGroupBox:
        """System language, English or Español; read once at start, so it applies then."""
        self.language_combo = QComboBox()
        for key, label in i18n.CHOICES:
            shown = QCoreApplication.translate("Language", label) if key == i18n.SYSTEM else label
            self.language_combo.addItem(shown, key)
        self._language_at_open = i18n.chosen(self.settings)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._language_at_open))
        )
        self.language_note = QLabel(
            self.tr("The language changes when Counselor Desk next starts.")
        )
        self.language_note.setWordWrap(True)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setAccessibleDescription(self.language_note.text())
        group = QGroupBox(self.tr("Lan&guage"))  # its Alt+G moves the focus to the choice
        row = QHBoxLayout(group)
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        return group

    def language(self) -> str:
        """The language chosen: a key of `i18n.CHOICES`."""
        return str(self.language_combo.currentData())

    def language_changed(self) -> bool:
        return self.language() != self._language_at_open

    def has_typed_text(self) -> bool:
        """Typed text, or another language chosen: either is asked about before dropping."""
        return super().has_typed_text() or self.language_changed()

    # -- programs -----------------------------------------------------------------------------

    def _programs_tab(self) -> QWidget:
        self.program_list = QListWidget()
        self.program_list.setAccessibleName(self.tr("Programs"))
        self.program_list.setMaximumWidth(200)
        self.program_list.currentRowChanged.connect(self._program_chosen)
        self.new_program_button = QPushButton(self.tr("&New program"))
        self.new_program_button.clicked.connect(self.new_program)
        self.editor = ProgramFields(setup.standard_program(""), ScheduleTable())
        self.measure_schedule = MeasureScheduleFields()
        self.measure_schedule.load(DEFAULT_SCHEDULE)
        self.curriculum_fields = CurriculumFields()
        self.save_program_button = QPushButton(self.tr("Save pro&gram"))
        self.save_program_button.clicked.connect(self.save_program)
        self.program_error = error_label()
        left = QVBoxLayout()
        left.addWidget(self.program_list, 1)
        left.addWidget(self.new_program_button)
        program_page = QWidget()
        program_layout = QVBoxLayout(program_page)
        program_layout.addWidget(self.editor, 1)
        program_layout.addWidget(self.measure_schedule)
        self.program_tabs = QTabWidget()
        self.program_tabs.addTab(program_page, self.tr("Program and &schedule"))
        self.program_tabs.addTab(self.curriculum_fields, self.tr("C&urriculum"))
        right = QVBoxLayout()
        right.addWidget(self.program_tabs, 1)
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

    def program_has_unsaved_changes(self) -> bool:
        return (
            self.editor.has_unsaved_changes()
            or self.measure_schedule.has_unsaved_changes()
            or self.curriculum_fields.has_unsaved_changes()
        )

    def _program_chosen(self, row: int) -> None:
        if row == self._shown_row:
            return
        # Typed changes are saved before another program is shown; if refused, stay.
        if self.program_has_unsaved_changes() and not self.save_program():
            self.program_list.blockSignals(True)
            self.program_list.setCurrentRow(self._shown_row)
            self.program_list.blockSignals(False)
            return
        if 0 <= row < len(self.programs):
            self._shown_row = row
            self.editor.load(self.programs[row])
            self.measure_schedule.load(measures.schedule(self.ctx.db, self.programs[row].id))
            self._load_curriculum(self.programs[row].id)
            self.program_error.hide()

    def new_program(self) -> None:
        if self.program_has_unsaved_changes() and not self.save_program():
            return
        self.program_list.blockSignals(True)
        self.program_list.clearSelection()
        self.program_list.setCurrentRow(-1)
        self.program_list.blockSignals(False)
        self._shown_row = -1
        self.editor.load(setup.standard_program(""))
        self.measure_schedule.load(DEFAULT_SCHEDULE)  # what a new program is given
        self.curriculum_fields.load((), CompletionRule())
        self.editor.name_edit.setFocus()

    def save_program(self) -> bool:
        program = self.editor.values()
        entries = self.measure_schedule.entries()
        modules, rule = self.curriculum_fields.drafts(), self.curriculum_fields.rule()

        def store() -> Program:
            # The program, its measures and its curriculum, or none of them.
            with self.ctx.db.transaction():
                if program.id:
                    saved = setup.update_program(self.ctx.db, program)
                else:
                    saved = setup.add_program(self.ctx.db, program)
                measures.set_schedule(self.ctx.db, saved.id, entries)
                curriculum.save_curriculum(self.ctx.db, saved.id, modules)
                curriculum.set_completion_rule(self.ctx.db, saved.id, rule)
            return saved

        done = write(
            self.ctx,
            store,
            SETTINGS | SCHEDULE,
            errors=self._program_failed,
            then=self._program_saved,
        )
        return done is not None

    def _program_failed(self, error: Exception) -> None:
        self.program_error.setText(plain_message(error))
        self.program_error.show()
        field = getattr(error, "field", "")
        target = self.editor.fields.get(field)
        if field in ("instrument", "every_weeks"):
            target = self.measure_schedule.focus_widget()
        on_curriculum = field in CURRICULUM_FIELDS
        self.program_tabs.setCurrentIndex(1 if on_curriculum else 0)
        if on_curriculum:
            target = self.curriculum_fields.focus_widget()
        if target is not None:
            target.setFocus()

    def _program_saved(self, saved: Program) -> None:
        self.program_error.hide()
        self.editor.keep_as_saved()
        self.measure_schedule.keep_as_saved()
        self.curriculum_fields.keep_as_saved()
        self.load_programs(saved.id)

    def _load_curriculum(self, program_id: int) -> None:
        self.curriculum_fields.load(
            curriculum.curriculum(self.ctx.db, program_id),
            curriculum.completion_rule(self.ctx.db, program_id),
        )

    # -- locking ------------------------------------------------------------------------------

    def _lock_tab(self) -> QWidget:
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(security.MIN_LOCK_MINUTES, security.MAX_LOCK_MINUTES)
        self.lock_spin.setValue(security.lock_minutes(self.ctx.db))
        self.lock_spin.setSuffix(self.tr(" idle minutes"))
        self.lock_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        self.alone_label = QLabel()
        self.alone_label.setWordWrap(True)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.change_passphrase)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Lock &after:"), self.lock_spin)
        form.addRow(self.tr("Passphrase:"), self.alone_label)
        form.addRow("", self.passphrase_button)
        form.addRow(self._security_group())
        self._show_passphrase_state()
        return page

    def _security_group(self) -> QGroupBox:
        self.security_group = QGroupBox(self.tr("Security"))
        self.encryption_label = QLabel()
        self.encryption_label.setWordWrap(True)
        self.encryption_label.setAccessibleName(self.tr("Encryption at rest"))
        self.encrypt_button = QPushButton(self.tr("&Encrypt the caseload…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        layout = QVBoxLayout(self.security_group)
        layout.addWidget(self.encryption_label)
        row = QHBoxLayout()
        row.addWidget(self.encrypt_button)
        row.addStretch(1)
        layout.addLayout(row)
        return self.security_group

    def _show_encryption_state(self) -> None:
        encrypted = self.ctx.db.encrypted
        text = encrypting.state_text(encrypted)
        if encrypted:
            text = self.tr(
                "{state} Changing the passphrase above re-wraps its key; the file is not "
                "re-encrypted."
            ).format(state=text)
        self.encryption_label.setText(text)
        self.encrypt_button.setVisible(encrypting.can_encrypt(self.ctx))

    def encrypt(self) -> None:
        """Encrypt the plaintext caseload (asks the passphrase; shows the recovery key)."""
        self.recovery_key_dialog = encrypting.encrypt_from_settings(self.ctx, self, self.reconnect)
        self._show_passphrase_state()

    def _show_passphrase_state(self) -> None:
        self._show_encryption_state()
        if security.has_passphrase(self.ctx.db):
            self.alone_label.setText(self.tr("Set: unlocking the app asks for it."))
            self.passphrase_button.setText(self.tr("C&hange passphrase…"))
        elif security.is_single_user(self.ctx.db):
            self.alone_label.setText(
                self.tr("None: “{choice}” was ticked, so unlocking asks no passphrase.").format(
                    choice=alone_text()
                )
            )
            self.passphrase_button.setText(self.tr("Set a &passphrase…"))
        else:
            self.alone_label.setText(self.tr("None yet."))
            self.passphrase_button.setText(self.tr("Set a &passphrase…"))

    def passphrase_dialog(self) -> ChangePassphraseDialog:
        return ChangePassphraseDialog(self.ctx, self)

    def change_passphrase(self) -> None:
        self.passphrase_dialog().exec()
        self._show_passphrase_state()

    def lock_minutes(self) -> int:
        return security.lock_minutes(self.ctx.db)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """The profile, the language and the lock minutes together; a program being edited
        first. The language is kept only once the rest is saved."""
        if self.program_has_unsaved_changes() and not self.save_program():
            self.tabs.setCurrentIndex(1)
            return
        write(
            self.ctx,
            self._save_profile_and_lock,
            SETTINGS,
            errors=self._profile_failed,
            then=lambda _saved: self._saved(),
        )

    def _saved(self) -> None:
        if self.language_changed():
            self.settings.setValue(i18n.SETTING, self.language())
            self.settings.sync()
            self._language_at_open = self.language()
        self.accept()

    def _save_profile_and_lock(self) -> None:
        with self.ctx.db.transaction():
            setup.save_profile(self.ctx.db, self.profile())
            security.set_lock_minutes(self.ctx.db, self.lock_spin.value())

    def _profile_failed(self, error: Exception) -> None:
        self.error_label.setText(plain_message(error))
        self.error_label.show()
        field = getattr(error, "field", "")
        target = self.profile_fields.fields.get(field)
        if target is not None:
            self.tabs.setCurrentIndex(0)
            target.setFocus()
        elif field == "lock_minutes":
            self.tabs.setCurrentIndex(2)
