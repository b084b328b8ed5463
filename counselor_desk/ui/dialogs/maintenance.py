"""Backups, check and restore from the GUI, with the slow work off the GUI thread.

A worker opens its own connection (`store.db.connect`) and does the file work (writing a
backup, checking); whatever writes to the app's own connection (the BACKUP audit row) happens
back on the GUI thread, as `services.maintenance` asks.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain import messages
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import maintenance
from counselor_desk.services.clock import Clock
from counselor_desk.store import backup
from counselor_desk.store.db import Database, StoreError, connect
from counselor_desk.ui.background import Background, Task
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.i18n import date_text

log = logging.getLogger(__name__)

#: Up to this size the record is verified after opening on a thread of the app (about a
#: second at 64 MB); a larger one in a process of its own.
VERIFY_IN_THREAD_MAX_BYTES = 64 * 1024 * 1024

#: How often the automatic backup looks whether one is due (the service decides).
TICK_MS = 5 * 60_000
TITLE = "Counselor Desk"


def background_failure(error: Exception) -> str:
    """The sentence for work that failed off the GUI thread; a bug is logged without PHI."""
    if isinstance(error, ValidationError):
        return error.message
    if isinstance(error, StoreError):
        return str(error)
    log.error("background work failed with %s", type(error).__name__)
    return QCoreApplication.translate(
        "MaintenanceController",
        "Something went wrong in the background ({error}); nothing was changed.",
    ).format(error=type(error).__name__)


class Window(Protocol):
    def statusBar(self) -> Any: ...
    def prepare_restore(self) -> bool: ...
    def reload_after_restore(self) -> None: ...
    def is_locked(self) -> bool: ...


def describe_backup(path: Path, db_path: Path) -> str:
    """Names a backup by when it was made (from its name, else the file's time)."""
    parsed = backup.parse_backup_name(path.name, db_path.stem)
    if parsed is not None:
        made = parsed[0]
    else:
        try:
            made = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        except OSError:
            return QCoreApplication.translate("MaintenanceController", "the backup {file}").format(
                file=path.name
            )
    #: A Qt date pattern: dddd the weekday's name, d the day, MMMM the month's name.
    pattern = QCoreApplication.translate("MaintenanceController", "dddd d MMMM yyyy")
    return QCoreApplication.translate(
        "MaintenanceController", "the backup made on {date} at {time} ({file})"
    ).format(date=date_text(made.date(), pattern), time=f"{made:%H:%M}", file=path.name)


class ReportDialog(QDialog):
    """Plain text (a check report) in a fixed-width, read-only box."""

    def __init__(self, title: str, heading: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 340)


class MaintenanceController(QObject):
    """File > Back up now…, Check database…, Restore from backup…; automatic backups; the
    deferred quick check of a large database."""

    backup_written = Signal(object)  # Path
    check_finished = Signal(object)  # CheckReport
    restored = Signal(object)  # RestoreResult
    quick_check_finished = Signal(object)  # list of problems
    record_verified = Signal(object)  # CheckReport of verify_record

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.scheduler = maintenance.BackupScheduler(ctx.db, ctx.clock)
        self.background = Background(self)
        self._backup_running = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.last_dialog: QDialog | QMessageBox | None = None
        #: A failed verification waiting for the window to be unlocked before it is shown.
        self.unshown_verification: maintenance.CheckReport | None = None

    # -- plumbing -----------------------------------------------------------------------------

    def _status(self, text: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, ms)  # type: ignore[attr-defined]

    def _run(
        self,
        job: Callable[[Database], object],
        done: Callable[[object], None],
        what: str,
        *,
        quiet: bool = False,
    ) -> Task:
        """`job(db)` on a worker thread with its own connection; `done` here after."""
        path = self.ctx.db.path
        key = self.ctx.db.key  # read here: a worker never reaches the context

        def work() -> object:
            with connect(path, migrate=False, key=key) as db:
                return job(db)

        return self.background.run(
            work, done, lambda error: self._failed(what, background_failure(error), quiet=quiet)
        )

    def _failed(self, what: str, message: str, *, quiet: bool = False) -> None:
        """Said in a message box, or (for automatic backups) in the status bar only."""
        self._backup_running = False
        #: {what} is what failed, as in "The backup" or "The check".
        failed = self.tr("{what} failed: {message}").format(what=what, message=message)
        if quiet:
            self._status(failed)
            return
        #: {what} is what failed, as in "The backup" or "The check".
        self._status(self.tr("{what} failed.").format(what=what), 10_000)
        QMessageBox.warning(self.window, TITLE, failed)

    def wait(self) -> None:
        """Let running work finish (before closing or restoring)."""
        self.background.wait()

    def busy(self) -> bool:
        return self.background.busy()

    # -- backups ------------------------------------------------------------------------------

    def backup_due(self) -> bool:
        last = self.scheduler.last_backup_at
        return self.scheduler.changed() and (
            last is None or self.ctx.clock.now() - last >= maintenance.BACKUP_INTERVAL
        )

    def tick(self) -> None:
        """The timer's look: an automatic backup when the service's rule says one is due."""
        if self._backup_running or not self.backup_due():
            return
        self.start_backup(None, automatic=True)

    def start_backup(self, to_dir: Path | None, *, automatic: bool = False) -> Task | None:
        if self._backup_running:
            self._status(self.tr("A backup is already being made."), 5000)
            return None
        self._backup_running = True
        clock = self.ctx.clock
        self._status(self.tr("Backing up…"))

        def job(db: Database) -> Path:
            return maintenance.write_backup(db, clock, to_dir)

        def done(result: object) -> None:
            self._backup_done(Path(str(result)), to_dir is None, automatic)

        return self._run(job, done, self.tr("The backup"), quiet=automatic)

    def _backup_done(self, target: Path, own_folder: bool, automatic: bool) -> None:
        self._backup_running = False
        try:
            maintenance.record_backup(self.ctx.db, self.ctx.clock, target)
            if own_folder:
                maintenance.thin_backups(self.ctx.db.path, self.ctx.clock.now())
        except StoreError as error:
            self._failed(self.tr("Recording the backup"), str(error), quiet=automatic)
            return
        self.scheduler.backed_up(target)
        moment = self.ctx.clock.now()
        self._status(
            self.tr("Backed up at {time}: {file}").format(time=f"{moment:%H:%M}", file=target.name),
            0 if automatic else 15_000,
        )
        if not automatic:
            self._inform(self.tr("Backed up to\n{path}").format(path=target))
        self.backup_written.emit(target)

    def ask_backup(self) -> None:
        """File > Back up now…: into the backups folder beside the database, or another one."""
        folder = backup.backups_dir(self.ctx.db.path)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Back up now"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Back up the database now into\n{folder}?").format(folder=folder))
        box.setInformativeText(self.tr("Or choose another folder, such as a USB drive."))
        here = box.addButton(self.tr("Back up"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Another folder…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is here:
            self.start_backup(None)
        elif box.clickedButton() is other:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Back up into"), str(Path.home())
            )
            if chosen:
                self.start_backup(Path(chosen))

    def on_close(self) -> Path | None:
        """When the main window closes: a last backup if anything changed (on this thread:
        the app is going away)."""
        self.timer.stop()
        self.wait()
        try:
            return self.scheduler.on_close()
        except (StoreError, ValidationError) as error:
            log.warning("the closing backup failed (%s)", type(error).__name__)
            return None

    # -- check --------------------------------------------------------------------------------

    def start_check(self) -> Task:
        self._status(self.tr("Checking the database…"))
        return self._run(maintenance.check, self._check_done, self.tr("The check"))

    def _check_done(self, result: object) -> None:
        report = result
        assert isinstance(report, maintenance.CheckReport)
        self._status(
            self.tr("Check finished: all good.") if report.ok else self.tr("Check found problems."),
            15_000,
        )
        heading = (
            self.tr("Checked {path}: nothing is damaged or altered.")
            if report.ok
            else self.tr(
                "Checked {path}: problems were found. Restore a good backup (File > Restore "
                "from backup…) or keep this file for investigation."
            )
        ).format(path=self.ctx.db.path)
        dialog = ReportDialog(self.tr("Check database"), heading, report.text(), self.window)
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.check_finished.emit(report)

    # -- the deferred quick check -------------------------------------------------------------

    def start_deferred_check(self) -> Task | None:
        """For a database too large to check at open: the quick check, off the GUI thread."""
        if not self.ctx.db.check_deferred:
            return None
        db_path = self.ctx.db.path
        key = self.ctx.db.key

        def job(db: Database) -> tuple[list[str], backup.BackupFile | None]:
            problems = maintenance.quick_check(db)
            newest = maintenance.newest_good_backup(db_path, key) if problems else None
            return problems, newest

        return self._run(job, self._deferred_done, self.tr("The check of the database"))

    def _deferred_done(self, result: object) -> None:
        problems: list[str]
        newest: backup.BackupFile | None
        problems, newest = result  # type: ignore[misc]  # what job() above returned
        self.ctx.db.check_deferred = False
        self.quick_check_finished.emit(problems)
        if not problems:
            return
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setIcon(QMessageBox.Icon.Critical)
        damaged = self.tr("The database {path} failed its check: it is damaged.").format(
            path=self.ctx.db.path
        )
        restore_button = None
        if newest is not None:
            found = self.tr(
                "The newest good backup is {backup}.\nTo restore it: File > Restore from "
                "backup…, choose that file and confirm (the damaged file is kept aside, not "
                "deleted)."
            ).format(backup=describe_backup(newest.path, self.ctx.db.path))
            restore_button = box.addButton(
                self.tr("Restore it now…"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            found = self.tr("No good backup of it was found; keep the file and ask for help.")
        text = f"{damaged}\n\n{found}"
        box.setText(text)
        box.addButton(QMessageBox.StandardButton.Close)
        self.last_dialog = box
        box.exec()
        if newest is not None and box.clickedButton() is restore_button:
            self.confirm_restore(newest.path)

    # -- the record's verification after opening ----------------------------------------------

    def start_record_verification(self) -> Task:
        """After the first paint: the same verification as `check` of the record (triggers,
        signatures, audit rows, chain, anchor), off the GUI thread; told only if it fails.
        A large database is verified in a process of its own, so that seconds of hashing do
        not slow the window down."""
        what = self.tr("The verification of the record")
        path = self.ctx.db.path
        if str(path) == ":memory:" or path.stat().st_size <= VERIFY_IN_THREAD_MAX_BYTES:
            return self._run(maintenance.verify_record, self._verified, what, quiet=True)
        return self.background.run_in_process(
            maintenance.verify_file,
            (path, self.ctx.db.key, messages.language()),  # its findings in the app's language
            self._verified,
            lambda error: self._failed(what, background_failure(error), quiet=True),
        )

    def _verified(self, result: object) -> None:
        report = result
        assert isinstance(report, maintenance.CheckReport)
        self.record_verified.emit(report)
        if report.ok:
            return
        self._status(
            self.tr("The record was changed outside Counselor Desk: see File > Check database.")
        )
        self.unshown_verification = report
        self.show_verification()

    def show_verification(self) -> None:
        """The failed verification, once the window is not locked (called again on unlock)."""
        report = self.unshown_verification
        if report is None or self.window.is_locked():  # type: ignore[attr-defined]
            return
        self.unshown_verification = None
        heading = self.tr(
            "The record of care in {path} was changed outside Counselor Desk, or its "
            "protection was removed. Keep this file for investigation and restore a good "
            "backup (File > Restore from backup…); each finding names records by number only."
        ).format(path=self.ctx.db.path)
        dialog = ReportDialog(
            self.tr("Record changed outside the app"), heading, report.text(), self.window
        )
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- restore ------------------------------------------------------------------------------

    def ask_restore(self) -> None:
        """File > Restore from backup…: pick a file in the backups folder, confirm, restore."""
        folder = backup.backups_dir(self.ctx.db.path)
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(folder if folder.is_dir() else self.ctx.db.path.parent),
            self.tr("Counselor Desk backups (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.confirm_restore(Path(chosen))

    def confirm_restore(self, backup_file: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Put the database back to {backup}?\n\nEverything entered since then will no "
                "longer be shown. The database in use now is kept aside beside it under a dated "
                "name, not deleted."
            ).format(backup=describe_backup(backup_file, self.ctx.db.path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(backup_file)

    def backup_key(self, backup_file: Path) -> tuple[bool, bytes | None]:
        """The data key to restore `backup_file` with: None for a plaintext backup, the
        database's own when it reads the backup, else the one its passphrase opens (asked
        here). (False, None) after a cancel."""
        own = self.ctx.db.key
        if not maintenance.backup_is_encrypted(backup_file):
            return True, own  # a plaintext backup goes back encrypted like the caseload
        if own is not None and backup.check_file(backup_file, quick=True, key=own).ok:
            return True, own
        prompt = self.tr(
            "This backup is encrypted with another passphrase. Type the passphrase it was "
            "made with (or its recovery key):"
        )
        while True:
            passphrase, ok = QInputDialog.getText(
                self.window,
                self.tr("Restore from backup"),
                prompt,
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False, None
            try:
                return True, maintenance.unlock_backup(backup_file, passphrase)
            except ValidationError as error:
                prompt = self.tr("{problem}\n\nTry again:").format(problem=error.message)

    def close_database(self) -> bool:
        """Before the file is replaced or converted: drafts saved, the record closed, the
        background work ended and the app's connection closed. False: nothing was closed."""
        window: Window = self.window  # type: ignore[assignment]
        if not window.prepare_restore():
            return False
        self.timer.stop()
        self.wait()
        self.ctx.db.close()
        return True

    def reopen_database(self, key: bytes | None) -> bool:
        """Open the database again (with the data `key` of an encrypted one) and reload every
        view; when it cannot be opened the app says why and closes."""
        window: Window = self.window  # type: ignore[assignment]
        path = self.ctx.db.path
        try:
            self.ctx.db = connect(path, key=key, now=self.ctx.clock.now())
        except StoreError as error:
            QMessageBox.critical(
                self.window,
                TITLE,
                self.tr(
                    "{problem}\n\nCounselor Desk will close; start it again to choose what to do."
                ).format(problem=error),
            )
            self.window.close()
            return False
        self.scheduler = maintenance.BackupScheduler(self.ctx.db, self.ctx.clock)
        self.timer.start()
        window.reload_after_restore()
        return True

    def restore(self, backup_file: Path) -> bool:
        """Close the database, restore `backup_file` in its place, open it again, reload."""
        asked, key = self.backup_key(backup_file)
        if not asked:
            return False
        current_key = self.ctx.db.key
        if not self.close_database():
            return False
        result = None
        try:
            result = maintenance.restore(self.ctx.db.path, backup_file, self.ctx.clock, key=key)
        except (ValidationError, StoreError) as error:
            QMessageBox.warning(self.window, self.tr("Restore from backup"), plain(error))
        # the restored file opens with the key it was restored with; else the file stays
        if not self.reopen_database(key if result is not None else current_key):
            return False
        if result is None:
            return False
        told = self.tr("Restored from {file}.").format(file=backup_file)
        if result.kept_aside is not None:
            kept = self.tr("The database it replaced is kept as {path}.")
            told += "\n" + kept.format(path=result.kept_aside)
        self._status(self.tr("Restored from {file}.").format(file=backup_file.name), 15_000)
        self._inform(told)
        self.restored.emit(result)
        return True

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, TITLE, text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = box
        box.open()


def plain(error: BaseException) -> str:
    return error.message if isinstance(error, ValidationError) else str(error)


def offer_restore_at_start(
    path: Path, error: StoreError, clock: Clock, key: bytes | None = None
) -> bool:
    """The database could not be opened: say why, name the newest good backup and offer to
    restore it. True when it was restored (the caller opens the database again). `key`: the
    data key the counselor's passphrase gave for an encrypted database (its backups open
    with it)."""
    try:
        newest = maintenance.newest_good_backup(path, key)
    except OSError:
        newest = None
    if newest is None:
        QMessageBox.critical(None, TITLE, str(error))
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, str(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "MaintenanceController",
            "The newest good backup is {backup}. Restore it? The file that cannot be opened is "
            "kept aside, not deleted.",
        ).format(backup=describe_backup(newest.path, path))
    )
    restore_button = box.addButton(
        QCoreApplication.translate("MaintenanceController", "Restore this backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("MaintenanceController", "Quit"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        maintenance.restore(path, newest.path, clock, key=key)
    except (ValidationError, StoreError) as failure:
        QMessageBox.critical(None, TITLE, plain(failure))
        return False
    return True
