"""The unlock window of an encrypted caseload, shown before the database is opened.

Nothing of a participant can be read before it: the file opens only with the data key the
passphrase (or the recovery key) unwraps. Wrong passphrases make the next try wait 1, 2, 4 …
30 seconds (counted down without blocking the GUI thread, as the lock screen does); their
times are kept so that they can be audited once the database is open.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import encryption, security
from counselor_desk.services.clock import Clock
from counselor_desk.store.db import StoreError
from counselor_desk.ui.dialogs.passphrase import error_label, secret_edit, show_error
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.lock import LockPage

ENCRYPTED_HINT = QT_TRANSLATE_NOOP(
    "UnlockWindow", "The database is encrypted. Type your passphrase to open it."
)
FORGOT_TEXT = QT_TRANSLATE_NOOP("UnlockWindow", "Forgot your passphrase? Use the recovery key…")


class RecoveryDialog(QDialog):
    """The recovery key and a new passphrase twice: the key file re-wrapped
    (`services.encryption.recover`); `key` holds the data key after Accept."""

    def __init__(self, path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.clock = clock
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Set a new passphrase with the recovery key"))
        intro = QLabel(
            self.tr(
                "Type the recovery key you wrote down or printed when the caseload was "
                "encrypted, then a new passphrase of at least {count} characters."
            ).format(count=security.MIN_LENGTH)
        )
        intro.setWordWrap(True)
        self.recovery_edit = secret_edit(self.tr("Recovery key"))
        self.recovery_edit.setEchoMode(self.recovery_edit.EchoMode.Normal)  # read off paper
        self.passphrase_edit = secret_edit(self.tr("New passphrase"))
        self.repeat_edit = secret_edit(self.tr("New passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key:"), self.recovery_edit)
        form.addRow(self.tr("&New passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("New passphrase a&gain:"), self.repeat_edit)
        self.error_label = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Set and &open"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.recovery_edit.setFocus()

    def save(self) -> None:
        fields = {
            "recovery_key": self.recovery_edit,
            "passphrase": self.passphrase_edit,
            "repeat": self.repeat_edit,
        }
        try:
            self.key = encryption.recover(
                self.path,
                self.recovery_edit.text().strip(),
                self.passphrase_edit.text(),
                self.repeat_edit.text(),
                self.clock,
            )
        except ValidationError as error:
            show_error(self.error_label, error.message, fields.get(error.field))
            return
        except StoreError as error:
            show_error(self.error_label, str(error), None)
            return
        self.accept()


class UnlockWindow(QDialog):
    """ "Counselor Desk is locked": the passphrase of the encrypted database, or the recovery
    key. Accepted with `key` (the data key) and `failed_tries` (when wrong passphrases were
    typed); closing it quits the app."""

    def __init__(
        self,
        path: Path,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.clock = clock
        self.now = now
        self.key: bytes | None = None
        self.failed_tries: list[dt.datetime] = []
        self._next_try_at = 0.0
        self.setWindowTitle("Counselor Desk")
        self.page = LockPage(True, self)
        self.page.hint.setText(QCoreApplication.translate("UnlockWindow", ENCRYPTED_HINT))
        self.page.unlock_requested.connect(self.try_unlock)
        self.forgot_button = QPushButton(QCoreApplication.translate("UnlockWindow", FORGOT_TEXT))
        self.forgot_button.setFlat(True)
        font = self.forgot_button.font()
        font.setUnderline(True)  # reads as a link: it opens the recovery dialog
        self.forgot_button.setFont(font)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setAccessibleName(self.tr("Use the recovery key"))
        self.forgot_button.clicked.connect(self.use_recovery_key)
        page_layout = self.page.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.insertWidget(page_layout.count() - 1, self.forgot_button)
        page_layout.setAlignment(self.forgot_button, Qt.AlignmentFlag.AlignHCenter)
        quit_row = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        quit_row.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        quit_row.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 12)
        layout.addWidget(self.page, 1)
        layout.addWidget(quit_row)
        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        self.setMinimumSize(560, 380)
        self.page.focus_input()

    def seconds_to_wait(self) -> int:
        return max(0, int(self._next_try_at - self.now() + 0.999))

    def try_unlock(self, passphrase: str) -> bool:
        if self.seconds_to_wait() > 0:
            self.page.set_waiting(self.seconds_to_wait())
            return False
        try:
            self.key = encryption.unlock(self.path, passphrase)
        except ValidationError:
            self.failed_tries.append(self.clock.now())
            delay = security.unlock_delay(len(self.failed_tries))
            self._next_try_at = self.now() + delay
            self.page.set_waiting(self.seconds_to_wait())
            self.countdown.start()
            return False
        except StoreError as error:
            self.page.status_label.setText(str(error))
            return False
        self.accept()
        return True

    def _tick(self) -> None:
        seconds = self.seconds_to_wait()
        self.page.set_waiting(seconds)
        if seconds == 0:
            self.countdown.stop()

    def recovery_dialog(self) -> RecoveryDialog:
        return RecoveryDialog(self.path, self.clock, self)

    def use_recovery_key(self) -> None:
        dialog = self.recovery_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.key is not None:
            self.key = dialog.key
            self.accept()
