"""The app's log file, the native crash file and the notice after an abnormal end."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from counselor_desk import app_log


def test_the_log_is_a_private_rotated_file_in_the_data_folder(tmp_path: Path) -> None:
    folder = app_log.start(logging.INFO)
    try:
        assert folder == app_log.log_dir()
        assert str(folder).startswith(os.environ["XDG_DATA_HOME"])
        logging.getLogger("counselor_desk.test").warning("backup took %d s", 3)
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_counselor_desk", 0))
        assert isinstance(handler, app_log.RotatedLog)
        assert (handler.maxBytes, handler.backupCount) == (app_log.LOG_BYTES, app_log.LOG_BACKUPS)
        handler.flush()
        text = (folder / app_log.LOG_NAME).read_text(encoding="utf-8")
        assert "WARNING counselor_desk.test: backup took 3 s" in text
        if os.name == "posix":
            assert (folder / app_log.LOG_NAME).stat().st_mode & 0o777 == 0o600
            assert folder.stat().st_mode & 0o777 == 0o700
    finally:
        app_log.stop()


def test_the_log_rotates_as_the_standard_rotating_handler_does(tmp_path: Path) -> None:
    """The app's own rotated log (kept out of `logging.handlers`, whose imports cost a
    command's start) leaves the same files with the same lines as the standard handler."""
    import logging.handlers

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    handlers: list[logging.FileHandler] = [
        app_log.RotatedLog(ours / "desk.log", 300, 2),
        logging.handlers.RotatingFileHandler(
            theirs / "desk.log", maxBytes=300, backupCount=2, encoding="utf-8"
        ),
    ]
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        for number in range(40):
            handler.handle(
                logging.makeLogRecord(
                    {"msg": "line %d of the log, %s", "args": (number, "é" * (number % 7))}
                )
            )
        handler.close()
    files = {path.name: path.read_bytes() for path in sorted(ours.iterdir())}
    assert sorted(files) == ["desk.log", "desk.log.1", "desk.log.2"]
    assert files == {path.name: path.read_bytes() for path in sorted(theirs.iterdir())}


def test_a_run_that_did_not_close_is_told_once(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    assert app_log.mark_running(db).closed_normally  # first start
    app_log.mark_closed(db)
    assert app_log.mark_running(db).closed_normally  # closed normally, then started again
    # ... and this run is killed: no mark_closed
    last = app_log.mark_running(db)
    assert not last.closed_normally and not last.native_crash
    message = app_log.last_run_message(last)
    assert "did not close normally" in message and "saved is safe" in message
    app_log.mark_closed(db)
    assert app_log.mark_running(db).closed_normally
    app_log.mark_closed(db)
    assert app_log.last_run_message(app_log.LastRun(closed_normally=True)) == ""


def test_another_database_has_its_own_marker(tmp_path: Path) -> None:
    app_log.mark_running(tmp_path / "a.sqlite3")
    assert app_log.mark_running(tmp_path / "b.sqlite3").closed_normally
    app_log.mark_closed(tmp_path / "a.sqlite3")
    app_log.mark_closed(tmp_path / "b.sqlite3")


def test_a_native_crash_is_written_to_the_crash_file_and_named_at_the_next_start(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite3"
    crash = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from counselor_desk import app_log\n"
        "app_log.start(native_crashes=True)\n"
        f"app_log.mark_running(Path({str(db)!r}))\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "PYTHONFAULTHANDLER": ""}
    env.pop("PYTHONFAULTHANDLER")
    done = subprocess.run([sys.executable, "-c", crash], env=env, capture_output=True, timeout=60)
    assert done.returncode != 0
    report = (app_log.log_dir() / app_log.CRASH_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in report and "Segmentation fault" in report
    last = app_log.mark_running(db)
    assert not last.closed_normally and last.native_crash
    assert "internal fault" in app_log.last_run_message(last)
    app_log.mark_closed(db)
