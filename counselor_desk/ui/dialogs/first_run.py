"""The first-run questions in one short dialog: the counselor's profile, a first program and
the lock passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import AgeGroup, CounselorProfile, LevelOfCare, Program
from counselor_desk.services import setup
from counselor_desk.services.changes import SCHEDULE, SETTINGS
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.passphrase import PassphraseFields, error_label
from counselor_desk.ui.forms.profile_fields import ProfileFields
from counselor_desk.ui.forms.program_fields import GroupDays, ProgramFields
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.operations import write

#: The name of the adolescent program first run offers to set up as well (saved as it is).
ADOLESCENT_PROGRAM = "Adolescent IOP"

INTRO = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "A few details for letters and summaries, and the program you run. "
    "Everything stays on this computer; you can change it later.",
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
        self.setWindowTitle(self.tr("Welcome to Counselor Desk"))
        self.profile_fields = ProfileFields(documents=False, optional_hints=True)
        self.profile_fields.load(setup.get_profile(ctx.db) or CounselorProfile(name=""))
        self.program_fields = ProgramFields(
            setup.standard_program(""),
            GroupDays(),
            name_label=self.tr("&Program name:"),
            own_minimum=False,
        )
        self.adolescent_check = QCheckBox(
            self.tr("Also set up an adolescent IOP program (6 h a week)")
        )
        self.adolescent_check.setToolTip(
            self.tr(
                "Adds '{program}' with the same group days; you can change it in Settings"
            ).format(program=ADOLESCENT_PROGRAM)
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
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and start"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        intro = QLabel(QCoreApplication.translate("FirstRunDialog", INTRO))
        intro.setWordWrap(True)
        # the questions scroll, the buttons stay: the form is taller than a 768-pixel screen
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(intro)
        fields.addWidget(_boxed(self.tr("You"), self.profile_fields))
        program_box = _boxed(self.tr("Your first program"), self.program_fields)
        box_layout = program_box.layout()
        assert box_layout is not None
        box_layout.addWidget(self.adolescent_check)
        fields.addWidget(program_box)
        fields.addWidget(_boxed(self.tr("Locking the app"), self.passphrase))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setMinimumWidth(body.minimumSizeHint().width() + 24)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        screen = self.screen()
        room = 720 if screen is None else screen.availableGeometry().height() - 60
        self.resize(self.sizeHint().width(), min(body.sizeHint().height() + 90, room))

    def profile(self) -> CounselorProfile:
        return self.profile_fields.values()

    def program(self) -> Program:
        return self.program_fields.values()

    def programs(self) -> list[Program]:
        """The first program, and the adolescent IOP when asked for (on the same days)."""
        first = self.program()
        if not self.adolescent_check.isChecked():
            return [first]
        weekdays = tuple(sorted({slot.weekday for slot in first.schedule})) or (0, 2, 4)
        teen = setup.standard_program(
            ADOLESCENT_PROGRAM,
            LevelOfCare.IOP,
            AgeGroup.ADOLESCENT,
            substance_use=first.substance_use,
            days=weekdays,
            minutes=120,
        )
        return [first, teen]

    def save(self) -> None:
        """Profile, program and passphrase in one transaction: a bad program leaves no profile
        behind."""
        reached = [self.profile_fields.fields]  # the field group whose step failed

        def save_all() -> None:
            with self.ctx.db.transaction():
                setup.save_profile(self.ctx.db, self.profile())
                reached.append(self.program_fields.fields)
                for program in self.programs():
                    setup.add_program(self.ctx.db, program)
                reached.append(self._passphrase_fields)
                self.passphrase.save(self.ctx.db)

        def failed(error: Exception) -> None:
            self.error_label.setText(plain_message(error))
            self.error_label.show()
            target = reached[-1].get(getattr(error, "field", ""))
            if target is not None:
                target.setFocus()

        write(self.ctx, save_all, SETTINGS | SCHEDULE, errors=failed, then=lambda _s: self.accept())
