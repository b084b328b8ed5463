"""Help: the user guide (every part there, every picture on disk, F1 at the part in use), the
keyboard shortcuts listed from the actions, and what an empty caseload says to do first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import AttendanceStatus, Program
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui import help as guide
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.main_window import CASELOAD, SESSIONS, TODAY, MainWindow
from tests.ui.conftest import OFFSCREEN_NOISE, Admit

ROOT = Path(__file__).resolve().parents[2]


def window_of(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(ctx, settings, unlocked=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_guide_has_every_part_and_every_picture() -> None:
    path = guide.guide_file()
    assert path == ROOT / "resources" / "guide" / "en" / "guide.html"
    text = path.read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([\w-]+)">', text))
    assert anchors == set(guide.SECTIONS)
    pictures = re.findall(r'<img src="([^"]+)"', text)
    assert len(pictures) >= 5
    for picture in pictures:
        assert (path.parent / picture).resolve().is_file(), picture
    for words in ("Roll call", "Ctrl+L", "recovery key", "addendum", "disclosure log"):
        assert words in text


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_f1_opens_the_guide_at_the_view_in_use(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program, admit_person: Admit
) -> None:
    person = admit_person(ctx.db, ctx.clock, program, "Ana", "Reyes", ctx.clock.today(), "H-1")
    window = window_of(qtbot, ctx, settings)
    assert window.guide_action.shortcut().matches(guide.QKeySequence("F1")).name == "ExactMatch"
    for view, section in ((TODAY, "today"), (CASELOAD, "caseload"), (SESSIONS, "sessions")):
        window.show_view(view)
        assert window.help_section() == section
    window.open_participant(person.id)
    assert window.help_section() == "record"
    record = window.record
    assert record is not None
    record.tabs.setCurrentIndex(2)  # Notes
    assert window.help_section() == "notes"
    window.guide_action.trigger()
    assert window.guide is not None and window.guide.isVisible()
    source = window.guide.browser.source().toLocalFile()
    assert source.endswith("guide.html")
    assert "Notes and signing" in window.guide.browser.toPlainText()
    window.guide.close()


def test_the_shortcuts_list_every_menu_shortcut_and_the_window_keys(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    window = window_of(qtbot, ctx, settings)
    dialog = guide.ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    shortcuts = [
        action
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for action in menu.menu().actions()  # type: ignore[union-attr]
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) >= 8
    for action in shortcuts:
        assert action.shortcut().toString(guide.QKeySequence.SequenceFormat.NativeText) in text
        assert action.text().replace("&", "").removesuffix("…") in text
    for status in AttendanceStatus:
        assert f"{status.key}{status.label}" in text.replace("\n", "").replace("\t", "")
    for words in ("Alt+1", "Ctrl+Return or Ctrl+Enter", "Alt+Left"):
        assert words in text


def test_an_empty_caseload_says_what_to_do_first(
    qtbot: QtBot,
    db: Database,
    clock: FixedClock,
    settings: QSettings,
    program: Program,
    admit_person: Admit,
) -> None:
    ctx = AppContext(db=db, clock=clock)
    window = window_of(qtbot, ctx, settings)
    window.show_view(TODAY)
    window.today.refresh()
    assert window.today.attention_empty.text() == guide.FIRST_STEP
    window.show_view(CASELOAD)
    window.caseload.refresh()
    assert window.caseload.count_label.text() == guide.FIRST_STEP
    admit_person(db, clock, program, "Ana", "Reyes", clock.today(), "H-1")
    window.caseload.refresh()
    assert window.caseload.count_label.text() == "1 participant(s)"
    window.today.refresh()
    assert window.today.attention_empty.text() != guide.FIRST_STEP


def test_settings_has_a_shortcut_on_every_platform(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, program: Program
) -> None:
    window = window_of(qtbot, ctx, settings)
    assert not window.settings_action.shortcut().isEmpty()
