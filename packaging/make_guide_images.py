"""Make the user guide's pictures from the real windows, on the demo caseload.

    QT_QPA_PLATFORM=offscreen python packaging/make_guide_images.py

Writes resources/guide/images/*.png: each view of the main window, a participant's record,
roll call, a session note and a group note, as they look on a fixed day of the demo. Run it
again when a window changes; tests/test_help.py checks every picture the guide shows exists.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counselor_desk.services import sessions  # noqa: E402
from counselor_desk.services.caseload import reviews  # noqa: E402
from counselor_desk.services.clock import FixedClock  # noqa: E402
from counselor_desk.services.demo import fill_demo  # noqa: E402
from counselor_desk.store.db import connect  # noqa: E402
from counselor_desk.ui.context import AppContext  # noqa: E402
from counselor_desk.ui.main_window import CASELOAD, SESSIONS, TODAY, MainWindow  # noqa: E402

OUT = ROOT / "resources" / "guide" / "images"
#: A Wednesday of the demo: groups meet, notes are due, a few flags are up.
DAY = dt.date(2026, 3, 4)
SIZE = (1180, 760)


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(OUT / f"{name}.png")):
        raise SystemExit(f"could not write {name}.png")
    print(f"wrote {name}.png")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(DAY, dt.time(12, 30))
        db = connect(Path(folder) / "demo.sqlite3")
        fill_demo(db, clock)
        ctx = AppContext(db=db, clock=clock)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings, unlocked=True)
        window.resize(*SIZE)
        window.show()
        for view, name in ((TODAY, "today"), (CASELOAD, "caseload"), (SESSIONS, "sessions")):
            window.show_view(view)
            save(window, name, app)
        person = next(row for row in reviews(db, clock) if row.participant.status.value == "active")
        window.open_participant(person.participant.id)
        save(window, "record", app)
        day = [item for item in sessions.day_sessions(db, DAY) if item.expected]
        group = next(item.session for item in day if item.session.participant_id is None)
        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("roll-call", lambda: _roll_call(ctx, group.id, window)),
        ]
        for name, make in dialogs:
            dialog = make()
            dialog.resize(900, 600)
            dialog.show()
            save(dialog, name, app)
            dialog.close()
        window.close()
        db.close()
    return 0


def _roll_call(ctx: AppContext, session_id: int, parent: QWidget) -> QWidget:
    from counselor_desk.ui.dialogs.roll_call import RollCallDialog

    return RollCallDialog(ctx, session_id, parent)


if __name__ == "__main__":
    sys.exit(main())
