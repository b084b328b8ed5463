"""The first-run questions in one short dialog: the counselor's profile, a first program and
the lock passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import CounselorProfile, Program
from counselor_desk.services import setup
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.passphrase import PassphraseFields, error_label
from counselor_desk.ui.forms.profile_fields import ProfileFields
from counselor_desk.ui.forms.program_fields import GroupDays, ProgramFields
from counselor_desk.ui.operations import write

INTRO = (
    "A few details for letters and summaries, and the program you run. "
    "Everything stays on this computer; you can change it later."
)


def _boxed(title: str, fields: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(fields)
    return box


class FirstRunDialog(QDialog):
    """Profile (name, credentials, clinic; optional address, phone, crisis line), a program and
    the lock passphrase (or "used by me alone"). All are saved together or not at all.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Welcome to Counselor Desk")
        self.profile_fields = ProfileFields(documents=False, optional_hints=True)
        self.profile_fields.load(setup.get_profile(ctx.db) or CounselorProfile(name=""))
        self.program_fields = ProgramFields(
            setup.standard_program(""),
            GroupDays(),
            name_label="&Program name:",
            own_minimum=False,
        )
        self.passphrase = PassphraseFields()
        self._lay_out()
        self._passphrase_fields: dict[str, QWidget] = {
            "passphrase": self.passphrase.passphrase_edit,
            "repeat": self.passphrase.repeat_edit,
        }
        self.profile_fields.name_edit.setFocus()

    def _lay_out(self) -> None:
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Save and start")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_boxed("You", self.profile_fields))
        layout.addWidget(_boxed("Your first program", self.program_fields))
        layout.addWidget(_boxed("Locking the app", self.passphrase))
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def profile(self) -> CounselorProfile:
        return self.profile_fields.values()

    def program(self) -> Program:
        return self.program_fields.values()

    def save(self) -> None:
        """Profile, program and passphrase in one transaction: a bad program leaves no profile
        behind."""
        reached = [self.profile_fields.fields]  # the field group whose step failed

        def save_all() -> None:
            with self.ctx.db.transaction():
                setup.save_profile(self.ctx.db, self.profile())
                reached.append(self.program_fields.fields)
                setup.add_program(self.ctx.db, self.program())
                reached.append(self._passphrase_fields)
                self.passphrase.save(self.ctx.db)

        def failed(error: Exception) -> None:
            self.error_label.setText(plain_message(error))
            self.error_label.show()
            target = reached[-1].get(getattr(error, "field", ""))
            if target is not None:
                target.setFocus()

        write(self.ctx, save_all, SETTINGS | SCHEDULE, errors=failed, then=lambda _s: self.accept())
