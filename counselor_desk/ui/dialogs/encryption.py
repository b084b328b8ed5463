"""Encryption at rest from the GUI: turning it on (first run, the passphrase question,
Settings), the recovery key shown once, and the words for the state of the file.

Turning it on converts the file, so every connection to it is closed first and the app's
connection is opened again with the data key afterwards (`services.encryption.turn_on`).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import encryption, security
from counselor_desk.services.encryption import TurnedOn
from counselor_desk.store.db import StoreError, connect
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.passphrase import error_label, secret_edit, show_error
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TITLE = "Counselor Desk"
# The words below are shown translated (context "Encryption"): `translated` does it.
ENCRYPTED_STATE = QT_TRANSLATE_NOOP("Encryption", "The database is encrypted at rest (SQLCipher).")
PLAINTEXT_STATE = QT_TRANSLATE_NOOP(
    "Encryption", "The database is not encrypted: anyone who copies the file can read it."
)
RECOVERY_WARNING = QT_TRANSLATE_NOOP(
    "Encryption",
    "Write it down or print it now: it is shown only this once. With it you can set a new "
    "passphrase if you forget yours; without both, the records cannot be opened.",
)
WRITTEN_DOWN = QT_TRANSLATE_NOOP("Encryption", "I have written down or printed the recovery key")
EXPORT_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Encryption",
    "The exported file is not encrypted: keep it safe or delete it when it has been sent.",
)


def translated(text: str) -> str:
    """`text` (a literal marked in the "Encryption" context) in the app's language."""
    return QCoreApplication.translate("Encryption", text)


def export_caption(title: str) -> str:
    """A save dialog's caption for an export: its title and that the file is plaintext."""
    return f"{title} — {translated(EXPORT_NOT_ENCRYPTED)}"


def state_text(encrypted: bool) -> str:
    return translated(ENCRYPTED_STATE if encrypted else PLAINTEXT_STATE)


def can_encrypt(ctx: AppContext) -> bool:
    """A real caseload on disk that is still plaintext (not the demo, not in memory)."""
    return not ctx.demo and str(ctx.db.path) != ":memory:" and not ctx.db.encrypted


class Reconnecting(Protocol):
    """What closes and reopens the app's connection around the conversion (the main
    window's maintenance controller: it also reloads the views)."""

    def close_database(self) -> bool: ...
    def reopen_database(self, key: bytes | None) -> bool: ...


def _say(parent: QWidget | None, text: str, ms: int = 0) -> None:
    """In the status bar of the main window under `parent` (a dialog of it, or itself)."""
    widget = parent
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    if widget is not None:
        widget.statusBar().showMessage(text, ms)


def _busy(parent: QWidget | None, text: str) -> None:
    _say(parent, text)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()


def turn_on(
    ctx: AppContext,
    passphrase: str,
    parent: QWidget | None,
    reconnect: Reconnecting | None = None,
) -> TurnedOn | None:
    """Encrypt the open caseload with `passphrase`: the connection closed, the file
    converted, the connection opened again with the key. On failure the message is shown
    and the plaintext database stays open; None then (or when the drafts could not be saved).
    """
    if reconnect is not None and not reconnect.close_database():
        return None
    if reconnect is None:
        ctx.db.close()
    path = ctx.db.path
    turned: TurnedOn | None = None
    _busy(parent, QCoreApplication.translate("Encryption", "Encrypting…"))
    failure: str | None = None
    try:
        turned = encryption.turn_on(path, passphrase, passphrase, ctx.clock)
    except ValidationError as error:
        failure = error.message
    except StoreError as error:
        failure = str(error)
    finally:
        QApplication.restoreOverrideCursor()
    key = turned.key if turned is not None else None
    if reconnect is not None:
        reopened = reconnect.reopen_database(key)
    else:
        try:
            ctx.db = connect(path, key=key, now=ctx.clock.now())
            reopened = True
        except StoreError as error:
            QMessageBox.critical(parent, TITLE, str(error))
            reopened = False
    _say(
        parent,
        QCoreApplication.translate("Encryption", "Encrypted.")
        if turned is not None
        else QCoreApplication.translate("Encryption", "Not encrypted."),
        10_000,
    )
    if failure is not None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Encryption", "Encrypt the caseload"),
            QCoreApplication.translate(
                "Encryption", "{problem}\n\nThe database stays unencrypted."
            ).format(problem=failure),
        )
    return turned if reopened else None


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: large, selectable, printable; Continue only after the
    counselor says it is written down. Never put on the clipboard by the app."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.told: QMessageBox | None = None  # what else was done, said after Continue
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setModal(True)
        heading = QLabel(
            "<b>{}</b>".format(self.tr("The caseload is encrypted. This is your recovery key:"))
        )
        heading.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no Copy
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(12)
        warning = QLabel(translated(RECOVERY_WARNING))
        warning.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_key)
        self.written_check = QCheckBox(translated(WRITTEN_DOWN))
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setEnabled(False)
        self.written_check.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        print_row = QDialogButtonBox()
        print_row.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.key_label)
        layout.addWidget(warning)
        layout.addWidget(print_row)
        layout.addWidget(self.written_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def document(self) -> QTextDocument:
        """What is printed: the key and the date, nothing of any participant."""
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        document = QTextDocument()
        heading = self.tr("Counselor Desk — recovery key")
        made = self.tr("Made on {date}.").format(date=today)
        keep = self.tr("Keep this page where no one else can read it.")
        document.setHtml(
            f"<h2>{heading}</h2>"
            f"<p>{made}</p>"
            f"<p style='font-family: monospace; font-size: 18pt'><b>{self.recovery_key}</b></p>"
            f"<p>{translated(RECOVERY_WARNING)}</p>"
            f"<p>{keep}</p>"
        )
        return document

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def reject(self) -> None:
        # Escape or the window's close: only once the key is written down.
        if self.written_check.isChecked():
            super().reject()


def show_recovery_key(turned: TurnedOn, parent: QWidget | None) -> RecoveryKeyDialog:
    """The recovery key dialog, modal over `parent`; then what else was done, in a message."""
    dialog = RecoveryKeyDialog(turned.recovery_key, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    lines = "\n\n".join(turned.lines())

    def tell_the_rest(_result: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Encryption", "Encrypted at rest"),
            lines,
            parent=parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.told = box
        box.open()

    dialog.finished.connect(tell_the_rest)
    dialog.open()
    return dialog


class EncryptDialog(QDialog):
    """Settings > Encrypt the caseload…: the passphrase twice (the lock passphrase, when one
    is set), and what will happen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Encrypt the caseload"))
        self.has_passphrase = security.has_passphrase(ctx.db)
        intro = QLabel(
            self.tr(
                "Type your lock passphrase twice: from now on it also opens the encrypted "
                "database. Encrypting takes a moment: a backup is made first, and the app's "
                "own earlier backups are encrypted too."
            )
            if self.has_passphrase
            else self.tr(
                "Choose a passphrase: from now on it unlocks the app and opens the encrypted "
                "database. Encrypting takes a moment: a backup is made first, and the app's "
                "own earlier backups are encrypted too."
            )
        )
        intro.setWordWrap(True)
        self.passphrase_edit = secret_edit(self.tr("Passphrase"))
        self.repeat_edit = secret_edit(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase a&gain:"), self.repeat_edit)
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Encrypt"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def check(self) -> None:
        """Accept only a passphrase that will be taken (and is the lock one, when set)."""
        text, repeat = self.passphrase_edit.text(), self.repeat_edit.text()
        try:
            security.check_new_passphrase(text, repeat)
        except ValidationError as error:
            target = self.repeat_edit if error.field == "repeat" else self.passphrase_edit
            show_error(self.error_label, error.message, target)
            return
        if self.has_passphrase and not security.check_passphrase(self.ctx.db, text):
            show_error(
                self.error_label,
                self.tr("That is not your lock passphrase: type the one that unlocks the app."),
                self.passphrase_edit,
            )
            return
        self.accept()


def encrypt_from_settings(
    ctx: AppContext, parent: QWidget, reconnect: Reconnecting | None
) -> RecoveryKeyDialog | None:
    """Ask the passphrase, encrypt, show the recovery key (the dialog returned); None when
    nothing changed."""
    dialog = EncryptDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    turned = turn_on(ctx, dialog.passphrase(), parent, reconnect)
    return show_recovery_key(turned, parent) if turned is not None else None
