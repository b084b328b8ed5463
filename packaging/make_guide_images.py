"""Make the user guide's pictures from the real windows, on the demo caseload.

    QT_QPA_PLATFORM=offscreen python packaging/make_guide_images.py
    QT_QPA_PLATFORM=offscreen python packaging/make_guide_images.py --language es

Writes resources/guide/images/*.png (English) or resources/guide/images/<language>/*.png:
each view of the main window, a participant's record and roll call, as they look on a fixed
day of the demo. For a language other than English the app's catalogue is compiled from its
.ts source into a temporary folder and loaded with Qt's own translation, as the app loads them.
Run it again when a window changes; the guide tests check every picture the guides show exists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from counselor_desk.services import sessions  # noqa: E402
from counselor_desk.services.caseload import reviews  # noqa: E402
from counselor_desk.services.clock import FixedClock  # noqa: E402
from counselor_desk.services.demo import fill_demo  # noqa: E402
from counselor_desk.store.db import connect  # noqa: E402
from counselor_desk.ui import i18n  # noqa: E402
from counselor_desk.ui.context import AppContext  # noqa: E402
from counselor_desk.ui.main_window import CASELOAD, SESSIONS, TODAY, MainWindow  # noqa: E402

IMAGES = ROOT / "resources" / "guide" / "images"
TRANSLATIONS = ROOT / "resources" / "translations"
#: A Wednesday of the demo: groups meet, notes are due, a few flags are up.
DAY = dt.date(2026, 3, 4)
SIZE = (1180, 760)


def out_folder(language: str) -> Path:
    """Where a language's pictures go: English beside the guides, others in a subfolder."""
    return IMAGES if language == "en" else IMAGES / language


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication, out: Path) -> None:
    settle(app)
    out.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out / f"{name}.png")):
        raise SystemExit(f"could not write {name}.png")
    print(f"wrote {(out / name).relative_to(ROOT)}.png")


def lrelease() -> str:
    """PySide6's lrelease beside the Python running this, else one on PATH."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease is not installed (it comes with PySide6)")
    return found


def load_language(app: QApplication, language: str, folder: Path) -> None:
    """Show the app in `language`: our catalogue compiled from its source into `folder`,
    Qt's own beside it, and the language's US locale for dates and numbers."""
    source = TRANSLATIONS / f"{i18n.CATALOGUE}_{language}.ts"
    if not source.is_file():
        raise SystemExit(f"no catalogue for {language!r}: {source.relative_to(ROOT)}")
    compiled = folder / f"{i18n.CATALOGUE}_{language}.qm"
    subprocess.run([lrelease(), "-silent", str(source), "-qm", str(compiled)], check=True)
    for path in (i18n.qt_catalogue(language), compiled):
        translator = QTranslator(app)  # parented: it lives as long as the app
        if path is not None and not translator.load(str(path)):
            raise SystemExit(f"could not load {path.name}")
        if path is not None:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(f"{language}_US"))


def make_images(app: QApplication, folder: Path, out: Path) -> None:
    clock = FixedClock(DAY, dt.time(12, 30))
    db = connect(folder / "demo.sqlite3")
    fill_demo(db, clock)
    ctx = AppContext(db=db, clock=clock)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings, unlocked=True)
    window.resize(*SIZE)
    window.show()
    for view, name in ((TODAY, "today"), (CASELOAD, "caseload"), (SESSIONS, "sessions")):
        window.show_view(view)
        save(window, name, app, out)
    person = next(row for row in reviews(db, clock) if row.participant.status.value == "active")
    window.open_participant(person.participant.id)
    save(window, "record", app, out)
    day = [item for item in sessions.day_sessions(db, DAY) if item.expected]
    group = next(item.session for item in day if item.session.participant_id is None)
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("roll-call", lambda: _roll_call(ctx, group.id, window)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.resize(900, 600)
        dialog.show()
        save(dialog, name, app, out)
        dialog.close()
    window.close()
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the user guide's pictures.")
    parser.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        default="en",
        help="the app's language in the pictures (default: en)",
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.language != "en":
            load_language(app, args.language, folder)
        make_images(app, folder, out_folder(args.language))
    return 0


def _roll_call(ctx: AppContext, session_id: int, parent: QWidget) -> QWidget:
    from counselor_desk.ui.dialogs.roll_call import RollCallDialog

    return RollCallDialog(ctx, session_id, parent)


if __name__ == "__main__":
    sys.exit(main())
