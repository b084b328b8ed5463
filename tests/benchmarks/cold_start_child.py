"""Started by run.py as a fresh process: time from process start to the first paint.

--bare: a bare PySide6 window started the same way (the floor).
Otherwise: the app's main window on --db, on the Caseload view, painted with its rows.
--passphrase: --db is encrypted; its data key is derived from the passphrase first (scrypt,
as when the counselor types it), and the window, which starts locked when a passphrase is
set, is unlocked at once (the passphrase was just typed; no second derivation is timed).
Prints one JSON line: {"paint_ms": …, "peak_mb": …}; peak memory is taken after the
"All participants" caseload has been shown too.
--records N: then, in the app as the counselor has it (the main window, "All" shown), three
rounds of opening N records (every tab shown) and closing them; the JSON line gains
"rounds_mb", the resident memory after each round.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, on_paint):  # type: ignore[no-untyped-def]
        super().__init__()
        self.on_paint = on_paint
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.on_paint)
        return False


def peak_mb() -> float:
    """This process's own high-water mark (VmHWM; ru_maxrss can carry the parent's over exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> float:
    """This process's resident memory now (Linux), else its peak so far."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def record_rounds(app, ctx, clock, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Resident memory after each of three rounds of opening `count` records, every tab
    shown, and closing them."""
    import gc

    from PySide6.QtCore import QCoreApplication

    from counselor_desk.services.caseload import reviews
    from counselor_desk.ui.record.window import ParticipantRecord

    people = [review.participant.id for review in reviews(ctx.db, clock)][:count]
    after = []
    for _round in range(3):
        for participant_id in people:
            record = ParticipantRecord(ctx, participant_id)
            record.show()
            app.processEvents()
            for index in range(record.tabs.count()):
                record.tabs.setCurrentIndex(index)
                app.processEvents()
            record.close()
            record.deleteLater()
            # as the event loop does between two records (processEvents alone never runs
            # a deferred delete posted from its own level)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        gc.collect()
        app.processEvents()
        after.append(round(resident_mb(), 1))
    return after


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--db")
    parser.add_argument("--today")
    parser.add_argument("--passphrase")
    parser.add_argument("--records", type=int, default=0)
    args = parser.parse_args()
    report: dict[str, float] = {}
    app = QApplication(sys.argv[:1])
    if args.bare:
        window = QLabel("Counselor Desk")
        target = window
    else:
        from counselor_desk.services.caseload import Include
        from counselor_desk.services.clock import FixedClock
        from counselor_desk.ui.app import open_context
        from counselor_desk.ui.main_window import CASELOAD, MainWindow

        clock = FixedClock(dt.date.fromisoformat(args.today), dt.time(12, 30))
        if args.passphrase is None:
            ctx = open_context(Path(args.db), clock)
        else:
            from counselor_desk.services import encryption
            from counselor_desk.store.db import connect
            from counselor_desk.ui.context import AppContext

            deriving = time.perf_counter()
            key = encryption.unlock(Path(args.db), args.passphrase)
            report["unlock_ms"] = round((time.perf_counter() - deriving) * 1000, 1)
            ctx = AppContext(db=connect(Path(args.db), key=key, now=clock.now()), clock=clock)
        settings_dir = tempfile.mkdtemp()
        settings = QSettings(str(Path(settings_dir) / "bench.ini"), QSettings.Format.IniFormat)
        settings.setValue("mainWindow/lastView", CASELOAD)
        window = MainWindow(ctx, settings)
        if window.lock.locked:
            window.lock.unlock()
        window.show_view(CASELOAD)
        target = window.caseload.table.viewport()

    def painted() -> None:
        report["paint_ms"] = round((time.perf_counter() - STARTED) * 1000, 1)
        if not args.bare:
            combo = window.caseload.include_combo
            combo.setCurrentIndex(combo.findData(Include.ALL))
            app.processEvents()
        report["peak_mb"] = round(peak_mb(), 1)
        if args.records:
            report["rounds_mb"] = record_rounds(app, window.ctx, clock, args.records)
        print(json.dumps(report), flush=True)
        app.quit()

    watcher = FirstPaint(painted)
    target.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
