"""Starting the desktop app: the QApplication, the database, first run, the main window.

Errors at start-up and unexpected errors later are shown as plain messages without any
participant detail; the log gets the error type and the code location only.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import setup
from counselor_desk.services.clock import Clock
from counselor_desk.store.db import Database, StoreError, connect, default_db_path, demo_db_path
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.main_window import APPLICATION, ORGANISATION, MainWindow

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


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
    return app


def fill_demo_if_empty(db: Database, clock: Clock) -> bool:
    """Fill an empty demo database; False when the demo generator is not in this build."""
    if setup.is_set_up(db):
        return True
    try:
        from counselor_desk.services.demo import fill_demo
    except ImportError:
        log.warning("the demo data generator is not available")
        return False
    fill_demo(db, clock)
    return True


def open_context(path: Path, clock: Clock, *, demo: bool = False) -> AppContext:
    """Connect to the database (StoreError if it cannot be used); demo data filled if empty."""
    db = connect(path)
    try:
        if demo:
            fill_demo_if_empty(db, clock)
    except BaseException:
        db.close()
        raise
    return AppContext(db=db, clock=clock, demo=demo)


def start_window(
    ctx: AppContext, parent: QWidget | None = None, settings: QSettings | None = None
) -> MainWindow | None:
    """First run if needed, then the main window (None: the counselor left the first run)."""
    if not setup.is_set_up(ctx.db):
        from counselor_desk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(ctx, settings)
    window.show()
    return window


def plain_error_message(error: BaseException) -> str:
    """What the counselor is told about an unexpected error: never its text (it may hold PHI)."""
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, ValidationError):
        return error.message
    return (
        "Something went wrong inside Counselor Desk "
        f"({type(error).__name__}). What was already saved is safe. "
        "If it happens again, please restart the app."
    )


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
    app = create_application(sys.argv[:1])
    demo = bool(getattr(args, "demo", False))
    path = demo_db_path() if demo else default_db_path(getattr(args, "db", None))
    try:
        ctx = open_context(path, clock, demo=demo)
    except StoreError as error:
        QMessageBox.critical(None, "Counselor Desk", str(error))
        return 1
    windows: list[MainWindow] = []
    sys.excepthook = make_excepthook(lambda: windows[0] if windows else None)
    try:
        window = start_window(ctx)
        if window is None:
            return 0
        windows.append(window)
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        ctx.db.close()
