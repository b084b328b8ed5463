"""Starting the desktop app: the QApplication, the database, first run, the main window.

Errors at start-up and unexpected errors later are shown as plain messages without any
participant detail; the log gets the error type and the code location only. One app per
database: a QLockFile beside it refuses a second start on the same file.

The language is loaded by the start that makes the application, from the settings, before
any window is built. An application made before `run_app` (a test's) keeps its language:
the tests stay in English whatever the machine's.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from counselor_desk import app_log
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import encryption, security, setup
from counselor_desk.services.clock import Clock
from counselor_desk.services.instance import STALE_LOCK_MS, lock_file_path
from counselor_desk.store.db import (
    Database,
    StoreError,
    connect,
    default_db_path,
    demo_db_path,
    make_private_dir,
    needs_migrating,
)
from counselor_desk.ui import i18n
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.main_window import APPLICATION, ORGANISATION, MainWindow, app_settings
from counselor_desk.ui.unlock import UnlockWindow

log = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "org.counselordesk.CounselorDesk"
ALREADY_OPEN = QT_TRANSLATE_NOOP("App", "This database is already open in Counselor Desk.")
#: A running app refreshes its lock file this often, well within STALE_LOCK_MS.
LOCK_HEARTBEAT_MS = 5_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def icon_dirs() -> list[Path]:
    """Where the icons can be: the source tree, a frozen bundle, an installed copy."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "icons"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "icons")
    dirs.append(Path(sys.prefix) / "share" / "counselor-desk" / "icons")
    return dirs


def app_icon() -> QIcon:
    """The window icon in every size found (an empty icon when none is installed)."""
    icon = QIcon()
    for folder in icon_dirs():
        sizes = sorted(folder.glob("counselor-desk-*.png"))
        if sizes:
            for png in sizes:
                icon.addFile(str(png))
            break
    return icon


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with high-DPI defaults; it follows the system's light/dark palette."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    return app


def load_languages(app: QCoreApplication, settings: QSettings) -> str:
    """The counselor's language (Settings > Language) into `app`: our translators and Qt's
    own; returns the language now shown. A change of the setting applies on restart."""
    return i18n.install(app, i18n.chosen(settings))


def acquire_database_lock(db_path: Path) -> QLockFile | None:
    """The lock file beside the database, held while the app runs; None when another
    Counselor Desk holds it."""
    if str(db_path) == ":memory:":
        return QLockFile(os.devnull)
    path = lock_file_path(db_path)
    if not path.parent.exists():
        with contextlib.suppress(OSError):
            make_private_dir(path.parent)  # as the database's own folder would be made
    lock = QLockFile(str(path))
    lock.setStaleLockTime(STALE_LOCK_MS)
    if lock.tryLock(0):
        return lock
    if lock.error() in (QLockFile.LockError.PermissionError, QLockFile.LockError.UnknownError):
        # The folder refuses the lock file: opening the database will say why in plain words.
        log.warning("the lock file could not be made beside the database")
        return lock
    stale = lock.error() == QLockFile.LockError.LockFailedError and lock.removeStaleLockFile()
    if stale and lock.tryLock(0):
        return lock
    return None


def keep_lock_fresh(lock: QLockFile, db_path: Path) -> QTimer:
    """Touch the lock file now and then so it never looks stale while the app runs."""
    path = lock_file_path(db_path)
    timer = QTimer()
    timer.setInterval(LOCK_HEARTBEAT_MS)

    def touch() -> None:
        if lock.isLocked():
            with contextlib.suppress(OSError):
                os.utime(path)

    timer.timeout.connect(touch)
    timer.start()
    return timer


def fill_demo_if_empty(db: Database, clock: Clock) -> None:
    """Fill an empty demo database (the generator is imported only for the demo)."""
    if setup.is_set_up(db):
        return
    from counselor_desk.services.demo import fill_demo

    fill_demo(db, clock)


def open_context(
    path: Path, clock: Clock, *, demo: bool = False, key: bytes | None = None
) -> AppContext:
    """Connect to the database (StoreError if it cannot be used); demo data filled if empty.
    `key`: the data key of an encrypted database (from the unlock window)."""
    # a backup before migrating: stamped by this clock
    # the quick check runs right after the first paint (MainWindow), off the GUI thread
    db = connect(path, key=key, now=clock.now(), defer_check=True)
    try:
        if demo:
            fill_demo_if_empty(db, clock)
    except BaseException:
        db.close()
        raise
    return AppContext(db=db, clock=clock, demo=demo)


def start_window(
    ctx: AppContext,
    parent: QWidget | None = None,
    settings: QSettings | None = None,
    *,
    ask_passphrase: bool = False,
    unlocked: bool = False,
) -> MainWindow | None:
    """First run if needed (it asks the passphrase too); for a database set up without one,
    the passphrase question when `ask_passphrase`; a passphrase chosen there encrypts the
    caseload (its recovery key shown once over the window). Then the main window, which
    starts locked when a passphrase is set (nothing of a participant is read before the
    unlock), unless it was just typed (`unlocked`, or chosen here).

    None: the counselor left the first run or the passphrase question.
    """
    from counselor_desk.ui.dialogs import encryption as encrypting

    chosen: str | None = None
    if not setup.is_set_up(ctx.db):
        from counselor_desk.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.passphrase.chosen()
    elif ask_passphrase and not security.is_decided(ctx.db):
        from counselor_desk.ui.dialogs.passphrase import PassphraseDialog

        question = PassphraseDialog(ctx, parent)
        if question.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = question.fields.chosen()
    turned = None
    if chosen is not None and encrypting.can_encrypt(ctx):
        turned = encrypting.turn_on(ctx, chosen, parent)
    window = MainWindow(ctx, settings, unlocked=unlocked or chosen is not None)
    window.show()
    if turned is not None:
        window.recovery_key_dialog = encrypting.show_recovery_key(turned, window)
    return window


def plain_error_message(error: BaseException) -> str:
    """What the counselor is told about an unexpected error: never its text (it may hold PHI)."""
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, ValidationError):
        return error.message
    return QCoreApplication.translate(
        "App",
        "Something went wrong inside Counselor Desk ({kind}). What was already saved is safe. "
        "If it happens again, please restart the app.",
    ).format(kind=type(error).__name__)


def make_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        where = "".join(traceback.format_tb(tb)) if tb is not None else ""
        log.error("unexpected %s\n%s", kind.__name__, where)
        QMessageBox.critical(parent(), "Counselor Desk", plain_error_message(error))

    return hook


def run_app(args: argparse.Namespace, clock: Clock) -> int:
    """`counselor-desk` with no command: open the desktop app on the user's (or demo) database."""
    made_here = QApplication.instance() is None
    app = create_application(sys.argv[:1])
    if made_here:
        load_languages(app, app_settings())
    demo = bool(getattr(args, "demo", False))
    path = demo_db_path() if demo else default_db_path(getattr(args, "db", None))
    lock = acquire_database_lock(path)
    if lock is None:
        QMessageBox.critical(
            None,
            "Counselor Desk",
            QCoreApplication.translate("App", ALREADY_OPEN),
        )
        return 1
    folder = app_log.start(native_crashes=True)
    last_run = app_log.mark_running(path)
    try:
        if not last_run.closed_normally:
            log.warning("the previous run did not close normally")
            tell_last_run(last_run_text(last_run), folder)
        return _run_locked(app, path, clock, demo, lock)
    finally:
        app_log.mark_closed(path)
        app_log.stop()
        lock.unlock()


def last_run_text(last: app_log.LastRun) -> str:
    """`app_log.last_run_message` in the app's language: what the counselor is told at the
    next start after an abnormal end ('' if none)."""
    if last.closed_normally:
        return ""
    when = ""
    if last.started:
        try:
            started = dt.datetime.fromisoformat(last.started)
        except ValueError:
            started = None
        if started is not None:
            when = QCoreApplication.translate(
                "App", " (the session started {date} at {time})"
            ).format(date=f"{started:%Y-%m-%d}", time=f"{started:%H:%M}")
    if last.native_crash:
        return QCoreApplication.translate(
            "App",
            "Counselor Desk did not close normally last time{when}. It stopped because of an "
            "internal fault; a technical report (code locations only, no participant details) "
            "was written to its log folder. Everything that was saved is safe; text typed but "
            "not saved may be missing. If this keeps happening, send the log folder's files to "
            "your clinic's IT support.",
        ).format(when=when)
    return QCoreApplication.translate(
        "App",
        "Counselor Desk did not close normally last time{when}. It may have crashed, been "
        "stopped, or the computer may have shut down. Everything that was saved is safe; text "
        "typed but not saved may be missing. If this keeps happening, send the log folder's "
        "files to your clinic's IT support.",
    ).format(when=when)


def tell_last_run(message: str, folder: Path | None) -> None:
    """Say plainly that the last run ended abnormally, offering to open the log folder."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Counselor Desk", message)
    opener = None
    if folder is not None:
        opener = box.addButton(
            QCoreApplication.translate("App", "Open log folder"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if opener is not None and box.clickedButton() is opener:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def ask_unlock(path: Path, clock: Clock) -> UnlockWindow | None:
    """The unlock window of an encrypted database; None when the counselor quit it."""
    window = UnlockWindow(path, clock)
    return window if window.exec() == QDialog.DialogCode.Accepted else None


def after_unlock(ctx: AppContext, unlocked: UnlockWindow) -> None:
    """Once the encrypted database is open: plaintext copies an interrupted conversion left
    encrypted (quietly), the wrong passphrases typed before and the unlock audited."""
    assert unlocked.key is not None
    try:
        encryption.encrypt_leftovers(ctx.db.path, unlocked.key)
    except (StoreError, OSError) as error:
        log.warning("plaintext copies could not be encrypted (%s)", type(error).__name__)
    try:
        encryption.record_failed_tries(ctx.db, unlocked.failed_tries)
        security.record_unlock(ctx.db, ctx.clock)
    except StoreError as error:
        log.warning("the unlock could not be recorded (%s)", type(error).__name__)


@contextlib.contextmanager
def updating_notice(path: Path, key: bytes | None) -> Iterator[QWidget | None]:
    """While a database made by an older version is backed up and brought up to date (for
    years of notes, a minute or more), a small window says so, instead of nothing at all."""
    if not needs_migrating(path, key):
        yield None
        return
    notice = QLabel(
        QCoreApplication.translate(
            "App",
            "Counselor Desk is bringing your database up to date for this version.\n"
            "A backup is made first. With years of records this can take a minute or two.",
        )
    )
    notice.setWindowTitle(QCoreApplication.translate("App", "Updating the database"))
    notice.setAccessibleName(QCoreApplication.translate("App", "Updating the database"))
    notice.setMargin(24)
    notice.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
    notice.show()
    for _ in range(3):  # painted before the work starts on this thread
        QApplication.processEvents()
    try:
        yield notice
    finally:
        notice.close()
        notice.deleteLater()


def _run_locked(app: QApplication, path: Path, clock: Clock, demo: bool, lock: QLockFile) -> int:
    from counselor_desk.ui.dialogs.maintenance import offer_restore_at_start

    unlocked: UnlockWindow | None = None
    if encryption.is_encrypted(path):
        unlocked = ask_unlock(path, clock)
        if unlocked is None:
            return 0
    key = unlocked.key if unlocked is not None else None
    try:
        with updating_notice(path, key):
            ctx = open_context(path, clock, demo=demo, key=key)
    except StoreError as error:
        if not offer_restore_at_start(path, error, clock, key):
            return 1
        try:
            ctx = open_context(path, clock, demo=demo, key=key)
        except StoreError as again:
            QMessageBox.critical(None, "Counselor Desk", str(again))
            return 1
    if unlocked is not None and ctx.db.encrypted:
        after_unlock(ctx, unlocked)
    heartbeat = keep_lock_fresh(lock, path)
    windows: list[MainWindow] = []
    sys.excepthook = make_excepthook(lambda: windows[0] if windows else None)
    try:
        window = start_window(ctx, ask_passphrase=not demo, unlocked=ctx.db.encrypted)
        if window is None:
            return 0
        windows.append(window)
        return app.exec()
    finally:
        heartbeat.stop()
        sys.excepthook = sys.__excepthook__
        ctx.db.close()
