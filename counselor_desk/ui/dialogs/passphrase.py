"""Choosing the lock passphrase (first run, or once for a database without one) and changing it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import security
from counselor_desk.store.db import Database, StoreError
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

#: Marked for translation in the "PassphraseFields" context; shown through `alone_text()`.
ALONE_TEXT = QT_TRANSLATE_NOOP("PassphraseFields", "This workstation is used by me alone")


def alone_text() -> str:
    """The "used by me alone" choice in the app's language."""
    return QCoreApplication.translate("PassphraseFields", ALONE_TEXT)


def secret_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setMaxLength(security.MAX_LENGTH)
    return edit


class PassphraseFields(QWidget):
    """The passphrase twice, or the "used by me alone" box instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = secret_edit(self.tr("Passphrase"))
        self.repeat_edit = secret_edit(self.tr("Passphrase again"))
        self.alone_check = QCheckBox(alone_text())
        self.alone_check.setAccessibleName(alone_text())
        self.alone_check.setToolTip(
            self.tr(
                "Tick only if no one else can use this computer account: the app then locks "
                "without asking a passphrase to unlock."
            )
        )
        self.alone_check.toggled.connect(self._alone_toggled)
        why = QLabel(
            self.tr(
                "Counselor Desk locks itself after a few idle minutes and on Ctrl+L, hiding every "
                "participant. A passphrase of at least {count} characters unlocks it, "
                "and the caseload is encrypted on this computer with it."
            ).format(count=security.MIN_LENGTH)
        )
        why.setWordWrap(True)
        self.alone_consequence = QLabel(
            self.tr(
                "Used by you alone, without a passphrase, the database stays unencrypted: anyone "
                "who copies the file can read it."
            )
        )
        self.alone_consequence.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(why)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase a&gain:"), self.repeat_edit)
        form.addRow("", self.alone_check)
        form.addRow("", self.alone_consequence)

    def _alone_toggled(self, alone: bool) -> None:
        self.passphrase_edit.setEnabled(not alone)
        self.repeat_edit.setEnabled(not alone)

    def chosen(self) -> str | None:
        """The passphrase chosen (None: "used by me alone")."""
        return None if self.alone_check.isChecked() else self.passphrase_edit.text()

    def widget_for(self, field: str) -> QWidget | None:
        return {"passphrase": self.passphrase_edit, "repeat": self.repeat_edit}.get(field)

    def check(self) -> None:
        """Raise ValidationError now for a passphrase that would be refused."""
        if not self.alone_check.isChecked():
            security.check_new_passphrase(self.passphrase_edit.text(), self.repeat_edit.text())

    def save(self, db: Database) -> None:
        if self.alone_check.isChecked():
            security.choose_single_user(db)
        else:
            security.set_passphrase(db, self.passphrase_edit.text(), self.repeat_edit.text())


class PassphraseDialog(QDialog):
    """Asked once at start when this database has neither a passphrase nor the single-user
    choice; leaving it closes the app (it is asked again next time)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Counselor Desk — lock passphrase"))
        intro = QLabel(self.tr("<b>Choose a passphrase to lock Counselor Desk.</b>"))
        self.fields = PassphraseFields()
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and continue"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quit"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.fields.passphrase_edit.setFocus()

    def save(self) -> None:
        try:
            self.fields.save(self.ctx.db)
        except ValidationError as error:
            show_error(self.error_label, error.message, self.fields.widget_for(error.field))
            return
        except StoreError as error:
            show_error(self.error_label, str(error), None)
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    """Settings > Change passphrase: the current one (when set), then the new one twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        has_one = security.has_passphrase(ctx.db)
        self.setWindowTitle(
            self.tr("Change passphrase") if has_one else self.tr("Set a passphrase")
        )
        self.current_edit = secret_edit(self.tr("Current passphrase"))
        self.passphrase_edit = secret_edit(self.tr("New passphrase"))
        self.repeat_edit = secret_edit(self.tr("New passphrase again"))
        form = QFormLayout()
        if has_one:
            form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        else:
            self.current_edit.hide()
        form.addRow(self.tr("&New passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("New passphrase a&gain:"), self.repeat_edit)
        hint = QLabel(self.tr("At least {count} characters.").format(count=security.MIN_LENGTH))
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        (self.current_edit if has_one else self.passphrase_edit).setFocus()

    def save(self) -> None:
        current = self.current_edit.text() if security.has_passphrase(self.ctx.db) else None
        try:
            security.set_passphrase(
                self.ctx.db,
                self.passphrase_edit.text(),
                self.repeat_edit.text(),
                current,
                clock=self.ctx.clock,
            )
        except ValidationError as error:
            target = {
                "current": self.current_edit,
                "passphrase": self.passphrase_edit,
                "repeat": self.repeat_edit,
            }.get(error.field)
            show_error(self.error_label, error.message, target)
            return
        except StoreError as error:
            show_error(self.error_label, str(error), None)
            return
        self.accept()


def error_label() -> QLabel:
    """The hidden error line of a passphrase dialog (shown by `show_error`)."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    palette.show_as_error(label)
    label.hide()
    return label


def show_error(label: QLabel, message: str, target: QWidget | None) -> None:
    label.setText(message)
    label.show()
    if target is not None:
        target.setFocus()
