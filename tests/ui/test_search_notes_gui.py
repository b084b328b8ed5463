"""Search notes (Ctrl+Shift+F): type, see the notes found newest first, open one in its
participant's record at that note; typing waits for a pause; locked, nothing of it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_desk.services import notes, security
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui import app
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import note_search
from counselor_desk.ui.dialogs.note_search import NoteSearchController
from counselor_desk.ui.dialogs.note_search_view import (
    COL_DATE,
    COL_KIND,
    COL_PARTICIPANT,
    COL_SNIPPET,
    COL_STATUS,
    TITLE,
)
from counselor_desk.ui.main_window import RECORD, TODAY, MainWindow
from tests.notes_found import Found, build

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def found(ctx: AppContext, clock: FixedClock) -> Found:
    return build(ctx.db, clock)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings, found: Found) -> MainWindow:
    main = app.start_window(ctx, settings=settings)
    assert main is not None
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def open_search(qtbot: QtBot, window: MainWindow) -> NoteSearchController:
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.note_search
    assert isinstance(search, NoteSearchController)
    qtbot.waitExposed(search.view)
    qtbot.waitUntil(search.view.isActiveWindow)
    search.timer.setInterval(20)  # the debounce, shortened for the test
    return search


def shown_rows(search: NoteSearchController) -> list[tuple[str, ...]]:
    model = search.view.model
    columns = (COL_DATE, COL_PARTICIPANT, COL_KIND, COL_STATUS, COL_SNIPPET)
    return [
        tuple(str(model.index(row, column).data()) for column in columns)
        for row in range(model.rowCount())
    ]


def type_query(qtbot: QtBot, search: NoteSearchController, text: str) -> None:
    qtbot.keyClicks(search.view.query_edit, text)
    qtbot.waitUntil(lambda: not search.timer.isActive(), timeout=2000)


def test_the_go_menu_offers_it_with_its_shortcut(window: MainWindow) -> None:
    [go_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Go"]
    assert window.search_notes_action in go_menu.actions()
    assert window.search_notes_action.text() == "Search &notes…"
    assert window.search_notes_action.shortcut().toString() == "Ctrl+Shift+F"
    assert window.note_search is None  # nothing built before it is asked for


def test_typing_shows_every_kind_of_note_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    search = open_search(qtbot, window)
    view = search.view
    assert view.isVisible() and view.windowTitle() == TITLE
    assert view.query_edit.hasFocus()
    assert view.message.text() == note_search.HINT
    type_query(qtbot, search, "urge")
    assert shown_rows(search) == [
        ("2026-03-02", "Zoë Ångström · S-1", "Individual counseling", "Draft",
         "Urge surfing again; sleep better."),
        ("2026-02-27", "Marcus Lee · S-2", "Group therapy · group note", "Draft",
         "Topic / module: Urge surfing Group content: Members practiced riding out cravings. "
         "Participation: Active: shared and engaged with…"),
        ("2026-02-25", "Inés Ortega · S-3", "Family session", "Signed",
         "Family named the urge to leave early; custody hearing next week."),
        ("2026-02-24", "Marcus Lee · S-2", "Psychoeducation", "Draft",
         "Psychoeducation on cravings: an urge passes like a wave."),
        ("2026-02-23", "Zoë Ångström · S-1", "Individual counseling", "Signed",
         "First try at urge surfing before the visit."),
    ]  # fmt: skip
    assert view.message.text() == "5 notes, newest first. Enter opens one."
    assert view.current_row() == 0
    type_query(qtbot, search, " bus")
    assert [row[1] for row in shown_rows(search)] == ["Marcus Lee · S-2"]
    assert view.message.text() == "1 note, newest first. Enter opens one."
    type_query(qtbot, search, "zzz")
    assert shown_rows(search) == []
    assert view.message.text() == "No notes hold “urge buszzz”."


def test_one_letter_is_not_searched(qtbot: QtBot, window: MainWindow) -> None:
    search = open_search(qtbot, window)
    type_query(qtbot, search, "u")
    assert shown_rows(search) == []
    assert search.view.message.text() == "Type at least 2 letters."
    type_query(qtbot, search, "r")
    assert len(shown_rows(search)) == 5


def test_typing_searches_once_after_a_pause(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    real = note_search.search_notes

    def counting(db, text, limit):  # type: ignore[no-untyped-def]
        searched.append(text)
        return real(db, text, limit)

    monkeypatch.setattr(note_search, "search_notes", counting)
    search = open_search(qtbot, window)
    assert search.timer.isSingleShot() and note_search.DEBOUNCE_MS == 200
    search.timer.setInterval(300)
    qtbot.keyClicks(search.view.query_edit, "sleep")
    assert searched == [] and search.timer.isActive()
    qtbot.waitUntil(lambda: searched == ["sleep"], timeout=2000)
    assert [row[4] for row in shown_rows(search)] == ["Urge surfing again; sleep better."]


def test_enter_opens_the_record_at_that_note(
    qtbot: QtBot, window: MainWindow, found: Found
) -> None:
    search = open_search(qtbot, window)
    type_query(qtbot, search, "urge")
    qtbot.keyClick(search.view.query_edit, Qt.Key.Key_Return)  # five found: to the list
    assert search.view.results.hasFocus() and search.view.current_row() == 0
    qtbot.keyClick(search.view.results, Qt.Key.Key_Down)
    qtbot.keyClick(search.view.results, Qt.Key.Key_Down)
    qtbot.keyClick(search.view.results, Qt.Key.Key_Return)  # the family note of Inés
    assert not search.view.isVisible()
    assert window.current_view() == RECORD
    assert window.record_participant_id == found.ines.id
    record = window.record
    assert record.tabs.currentWidget() is record._slots["notes"]
    tab = record.notes
    assert tab.editor.note_id == found.family_signed
    current = tab.list.currentIndex()
    assert current.isValid()
    assert tab.notes_model.record_at(current.row()).id == found.family_signed
    assert "custody hearing" in tab.editor.form.sections["text"].toPlainText()


def test_a_double_click_opens_a_group_entry_in_its_record(
    qtbot: QtBot, window: MainWindow, found: Found
) -> None:
    search = open_search(qtbot, window)
    type_query(qtbot, search, "cravings")
    assert [row[2] for row in shown_rows(search)] == [
        "Group therapy · group note",
        "Psychoeducation",
    ]
    table = search.view.results
    cell = table.visualRect(search.view.model.index(0, COL_SNIPPET)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double click's
    assert window.current_view() == TODAY  # first press only chooses the row
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.current_view() == RECORD
    assert window.record_participant_id == found.marcus.id
    assert window.record.notes.editor.note_id == found.group_entry


def test_one_note_found_opens_on_enter_in_the_search_box(
    qtbot: QtBot, window: MainWindow, found: Found
) -> None:
    search = open_search(qtbot, window)
    qtbot.keyClicks(search.view.query_edit, "first try")
    qtbot.keyClick(search.view.query_edit, Qt.Key.Key_Return)  # before the pause is over
    assert window.record_participant_id == found.zoe.id
    assert window.record.notes.editor.note_id == found.old_signed


def test_the_record_already_open_is_kept(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, found: Found
) -> None:
    ctx.bus.open_participant.emit(found.zoe.id)
    record = window.record
    window.go_back()
    assert window.current_view() == TODAY
    search = open_search(qtbot, window)
    type_query(qtbot, search, "first try")
    qtbot.keyClick(search.view.query_edit, Qt.Key.Key_Return)
    assert window.record is record and window.current_view() == RECORD
    assert record.notes.editor.note_id == found.old_signed
    ctx.bus.open_note.emit(found.zoe.id, found.today_draft)  # another of hers
    assert window.record is record
    assert record.notes.editor.note_id == found.today_draft


def test_results_follow_a_signature_and_a_discarded_draft(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, clock: FixedClock, found: Found
) -> None:
    search = open_search(qtbot, window)
    type_query(qtbot, search, "urge")
    assert shown_rows(search)[0][3] == "Draft"
    notes.sign(ctx.db, found.today_draft, clock)
    ctx.bus.publish(Changes.note(found.zoe.id))  # as ui.operations.write does
    qtbot.waitUntil(lambda: shown_rows(search)[0][3] == "Signed", timeout=2000)
    search.view.hide()
    notes.discard_draft(ctx.db, found.education_draft, ctx.clock)
    ctx.bus.publish(Changes.note(found.marcus.id))
    window.search_notes()  # shown again: searched again
    assert len(shown_rows(search)) == 4
    assert search.view.query_edit.selectedText() == "urge"


def test_a_note_gone_meanwhile_is_a_plain_message(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    found: Found,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    search = open_search(qtbot, window)
    type_query(qtbot, search, "wave")
    notes.discard_draft(
        ctx.db, found.education_draft, ctx.clock
    )  # no change announced: still listed
    qtbot.keyClick(search.view.query_edit, Qt.Key.Key_Return)
    assert said == ["That note does not exist."]
    assert window.record_participant_id == found.marcus.id


def test_locking_hides_the_search_and_its_results(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    security.set_passphrase(ctx.db, PASSPHRASE, PASSPHRASE)
    search = open_search(qtbot, window)
    type_query(qtbot, search, "custody")
    assert search.view.isVisible()
    window.lock.lock("on request")
    assert not search.view.isVisible()
    assert not window.search_notes_action.isEnabled()
    window.search_notes()  # asked for while locked: nothing shows
    assert not search.view.isVisible()
    assert window.lock.try_unlock(PASSPHRASE)
    assert search.view.isVisible()  # back as it was, after the passphrase
    assert window.search_notes_action.isEnabled()
