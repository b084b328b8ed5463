"""The app's own log and crash reports, in the per-user data folder (`logs/`).

- `counselor-desk.log`: warnings and errors of the app and the command line, rotated (three
  old files of 1 MB kept). What is logged never holds participant details: the code logs
  error types, counts and code locations, never names, chart numbers, dates of birth or
  note text (tests/test_privacy_logs.py scans the file after a full flow).
- `native-crash.log`: what Python's faulthandler writes when the process dies of a native
  fault (a segmentation fault in a library): the stacks of its threads, code locations only.
- `running-<id>`: present while the desktop app has a database open; one left over at the
  next start means the app did not close normally (a crash, a kill or a power cut), and the
  app says so once.

Nothing here may stop the app: a folder that cannot be written loses the log, not the work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import hashlib
import logging
import os
from pathlib import Path
from typing import IO

from counselor_desk.domain.record import record

LOG_NAME = "counselor-desk.log"
CRASH_NAME = "native-crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_crash_file: IO[str] | None = None


def log_dir() -> Path:
    # Imported here: the store package's __init__ loads all of the store, which the log (and a
    # command that opens no database) does not need.
    from counselor_desk.store.paths import data_dir

    return data_dir() / "logs"


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def _private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def start(level: int = logging.WARNING, *, native_crashes: bool = False) -> Path | None:
    """Add the rotated log file to the root logger (stderr logging is the caller's, as
    before) and, with `native_crashes`, write native faults to the crash file unless
    faulthandler is already on (a test runner, `python -X faulthandler`). Returns the log
    folder, or None when it cannot be written (the app goes on with stderr only)."""
    root = logging.getLogger()
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    folder = log_dir()
    path = folder / LOG_NAME
    try:
        _private_dir(folder)
        for handler in list(root.handlers):
            if (
                getattr(handler, "_counselor_desk", False)
                and Path(getattr(handler, "baseFilename", "")) != path
            ):
                root.removeHandler(handler)  # another data folder (a test's)
                handler.close()
        if not any(getattr(h, "_counselor_desk", False) for h in root.handlers):
            handler = RotatedLog(path, LOG_BYTES, LOG_BACKUPS)
            handler.setFormatter(logging.Formatter(FORMAT))
            handler.setLevel(level)
            handler._counselor_desk = True  # type: ignore[attr-defined]
            root.addHandler(handler)
            _private_file(path)
        if native_crashes and not faulthandler.is_enabled():
            _enable_faulthandler(folder / CRASH_NAME)
    except OSError:
        return None
    return folder


class RotatedLog(logging.FileHandler):
    """The log file, rotated as the standard library's RotatingFileHandler rotates it: a
    record that would take the file to `maxBytes` first renames it to `.1` (and `.1` to `.2`,
    up to `backupCount`). Written here because `logging.handlers` imports sockets, pickling
    and queues for its other handlers, a sixth of a command's start."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.maxBytes = max_bytes
        self.backupCount = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.maxBytes <= 0:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never rotate what is not a regular file
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.maxBytes

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        for number in range(self.backupCount - 1, 0, -1):
            older, newer = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
            if os.path.exists(older):
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
        if self.backupCount > 0:
            first = f"{self.baseFilename}.1"
            if os.path.exists(first):
                os.remove(first)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, first)
        self.stream = self._open()


def _enable_faulthandler(path: Path) -> None:
    global _crash_file
    _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the fault)
    _private_file(path)
    faulthandler.enable(file=_crash_file, all_threads=True)


def stop() -> None:
    """Detach the log file and the crash file (the end of the app; tests)."""
    global _crash_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_counselor_desk", False):
            root.removeHandler(handler)
            handler.close()
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


# -- did the app close normally? -------------------------------------------------------------


@record
class LastRun:
    """What the previous run of the desktop app on this database left behind."""

    closed_normally: bool
    started: str = ""  # when that run started (ISO), as its marker says
    native_crash: bool = False  # the crash file grew during that run


def _marker(db_path: Path) -> Path:
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:12]
    return log_dir() / f"running-{digest}"


def _crash_size() -> int:
    try:
        return (log_dir() / CRASH_NAME).stat().st_size
    except OSError:
        return 0


def mark_running(db_path: Path) -> LastRun:
    """Called when the app opens a database: reads what the last run left, then marks this
    one as running. The marker holds the start time and the crash file's size, no detail."""
    marker = _marker(db_path)
    last = LastRun(closed_normally=True)
    try:
        if marker.exists():
            started, _, size = marker.read_text(encoding="utf-8").partition(" ")
            grown = _crash_size() > int(size) if size.strip().isdigit() else False
            last = LastRun(closed_normally=False, started=started, native_crash=grown)
        _private_dir(marker.parent)
        marker.write_text(f"{dt.datetime.now().isoformat(timespec='seconds')} {_crash_size()}")
        _private_file(marker)
    except OSError:
        pass
    return last


def mark_closed(db_path: Path) -> None:
    """Called when the app closes the database normally."""
    with contextlib.suppress(OSError):
        _marker(db_path).unlink(missing_ok=True)


def last_run_message(last: LastRun) -> str:
    """What the counselor is told at the next start after an abnormal end ('' if none)."""
    if last.closed_normally:
        return ""
    when = ""
    if last.started:
        try:
            started = dt.datetime.fromisoformat(last.started)
            when = f" (the session started {started:%Y-%m-%d at %H:%M})"
        except ValueError:
            when = ""
    cause = (
        "It stopped because of an internal fault; a technical report (code locations only, "
        "no participant details) was written to its log folder."
        if last.native_crash
        else "It may have crashed, been stopped, or the computer may have shut down."
    )
    return (
        f"Counselor Desk did not close normally last time{when}. {cause} Everything that "
        "was saved is safe; text typed but not saved may be missing. If this keeps happening, "
        "send the log folder's files to your clinic's IT support."
    )
