"""Roll call details: a comment per participant, the minutes-attended question, and the
same participant order as the caseload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import AttendanceStatus, Participant, Program
from counselor_desk.services import sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui.caseload_model import COL_NAME as CASELOAD_NAME
from counselor_desk.ui.caseload_view import CaseloadView
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call
from counselor_desk.ui.dialogs.roll_call import RollCallDialog
from counselor_desk.ui.dialogs.roll_call_view import COL_COMMENT, COL_NAME, MinutesDialog, Unsaved

S = AttendanceStatus


@pytest.fixture(autouse=True)
def _discard_when_closed_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


def open_dialog(qtbot: QtBot, ctx: AppContext) -> RollCallDialog:
    session_id = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session.id
    dialog = RollCallDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def stored_comments(ctx: AppContext, dialog: RollCallDialog) -> dict[str, tuple[S | None, str]]:
    sheet = sessions.roll_call_sheet(ctx.db, dialog.session.id)
    return {row.chart_number: (row.status, row.comment) for row in sheet.rows}


def type_comment(qtbot: QtBot, dialog: RollCallDialog, text: str, key: Qt.Key) -> None:
    """Open the current row's comment with `key`, type `text` and keep it with Enter."""
    table = dialog.table
    qtbot.keyClick(table, key)
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is not None)
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is None)


def test_a_comment_is_typed_from_the_keyboard_and_saved_with_the_marks(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    table = dialog.table
    assert table.horizontalHeaderItem(COL_COMMENT).text() == "Comment"
    assert "<b>Enter</b> or <b>F2</b> writes a comment" in dialog.legend.text()
    # Letters that are status keys (P, L, E, X, U, C, T) only type while the comment is open.
    type_comment(qtbot, dialog, "Picked up at 11 by taxi", Qt.Key.Key_Return)
    assert table.item(0, COL_COMMENT).text() == "Picked up at 11 by taxi"
    assert dialog.status_of(0) is None
    assert not dialog.telehealth(0)
    assert dialog.has_unsaved_changes()
    assert dialog.minutes_dialog is None
    # The status keys work again once it is closed, on the same row.
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert dialog.status_of(0) is S.PRESENT
    assert table.currentRow() == 1
    type_comment(qtbot, dialog, "Excused: court date", Qt.Key.Key_F2)
    qtbot.keyClick(table, Qt.Key.Key_X)
    assert dialog.status_of(1) is S.EXCUSED
    for _row in range(2, 12):
        qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    marks = stored_comments(ctx, dialog)
    assert marks["C-100"] == (S.PRESENT, "Picked up at 11 by taxi")
    assert marks["C-101"] == (S.EXCUSED, "Excused: court date")
    assert marks["C-102"] == (S.PRESENT, "")


def test_a_stored_comment_is_shown_and_can_be_changed(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.mark_all()
    dialog.table.item(3, COL_COMMENT).setText("Left phone in group room")
    assert dialog.save()
    again = open_dialog(qtbot, ctx)
    assert again.table.item(3, COL_COMMENT).text() == "Left phone in group room"
    assert not again.has_unsaved_changes()
    again.table.setCurrentCell(3, COL_NAME)
    type_comment(qtbot, again, " (found)", Qt.Key.Key_Enter)
    assert again.has_unsaved_changes()
    assert again.save()
    assert stored_comments(ctx, again)["C-103"] == (S.PRESENT, "Left phone in group room (found)")


def test_a_comment_still_being_typed_is_kept_on_save(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.mark_all()
    dialog.table.setCurrentCell(0, COL_NAME)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.indexWidget(dialog.table.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, "Arrived sick")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Enter first
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored_comments(ctx, dialog)["C-100"] == (S.PRESENT, "Arrived sick")


def test_escape_leaves_the_comment_as_it_was_and_the_dialog_open(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    editor = dialog.table.indexWidget(dialog.table.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, "typed by mistake")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.table.indexWidget(dialog.table.currentIndex()) is None)
    assert dialog.isVisible()
    assert dialog.comment(0) == ""
    assert not dialog.has_unsaved_changes()


def test_a_double_click_opens_the_comment_and_closing_while_typing_asks(
    qtbot: QtBot,
    ctx: AppContext,
    group_of_twelve: list[Participant],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _p: asked.append(True) or Unsaved.CANCEL)
    dialog = open_dialog(qtbot, ctx)
    table = dialog.table
    name_cell = table.visualRect(table.model().index(4, COL_NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=name_cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=name_cell)
    assert table.indexWidget(table.currentIndex()) is None  # only the comment is typed into
    comment_cell = table.visualRect(table.model().index(4, COL_COMMENT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=comment_cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=comment_cell)
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None and table.currentRow() == 4
    qtbot.keyClicks(editor, "Needs a ride Friday")
    dialog.reject()  # the window's close box, with the comment still open
    assert asked == [True]
    assert dialog.isVisible()
    assert dialog.comment(4) == "Needs a ride Friday"


def test_a_comment_too_long_is_refused_naming_the_participant(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.mark_all()
    dialog.table.item(2, COL_COMMENT).setText("x" * 2001)
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "Chloé Tester02: the comment is too long (2001 characters; at most 2000)."
    )
    assert dialog.isVisible()
    assert {status for status, _comment in stored_comments(ctx, dialog).values()} == {None}


def test_the_minutes_dialog_asks_for_minutes_attended_and_shows_minutes_missed(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClick(dialog.table, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: dialog.minutes_dialog is not None and dialog.minutes_dialog.isVisible())
    asked = dialog.minutes_dialog
    assert isinstance(asked, MinutesDialog)
    assert asked.windowTitle() == "Late"
    assert "attended</b>, not the minutes missed" in asked.question.text()
    assert asked.attended_label.text() == "Minutes &attended (of 180):"
    assert asked.spin.value() == 165
    assert asked.missed.text() == "Missed: 15 min"
    qtbot.keyClicks(asked.spin, "140")  # the value is selected: typing replaces it
    assert asked.missed.text() == "Missed: 40 min"
    qtbot.keyClick(asked.spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.minutes_dialog is None)
    assert (dialog.status_of(0), dialog.minutes(0)) == (S.LATE, 140)


def test_left_early_says_the_same(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    asked = MinutesDialog(S.LEFT_EARLY, 90, 60, None)  # type: ignore[arg-type]
    qtbot.addWidget(asked)
    assert asked.windowTitle() == "Left early"
    assert asked.question.text().startswith("<b>Left early</b>: enter the minutes")
    assert asked.attended_label.text() == "Minutes &attended (of 90):"
    assert asked.missed.text() == "Missed: 30 min"
    asked.spin.setValue(75)
    assert asked.missed.text() == "Missed: 15 min"


def test_roll_call_lists_participants_in_the_caseload_order(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    program: Program,
    admit_person: Callable[..., Participant],
) -> None:
    """Names that differ only in case, accents or a preferred name: one order for both."""
    today = clock.today()
    for first, last, chart, preferred in (
        ("Zoe", "ødegaard", "R-1", ""),
        ("Ana", "Odegaard", "R-2", "Zia"),
        ("zoë", "Odegaard", "R-3", ""),
        ("Émile", "de la Cruz", "R-4", ""),
        ("Bruno", "De La Cruz", "R-5", "emil"),
        ("Ana", "Åberg", "R-6", ""),
        ("ana", "aberg", "R-7", ""),
        ("Marta", "Zamora", "R-8", "Ana"),
    ):
        admit_person(
            ctx.db,
            clock,
            program,
            first,
            last,
            today - dt.timedelta(days=7),
            chart,
            preferred=preferred,
        )
    caseload_view = CaseloadView(ctx)
    qtbot.addWidget(caseload_view)
    caseload_view.refresh()
    proxy = caseload_view.proxy
    caseload_order = [proxy.index(row, CASELOAD_NAME).data() for row in range(proxy.rowCount())]

    dialog = open_dialog(qtbot, ctx)
    roll_call_order = [dialog.table.item(row, COL_NAME).text() for row in range(8)]
    assert (
        roll_call_order
        == caseload_order
        == [
            "Ana Åberg",  # R-6 before R-7: the chart number settles names that fold alike
            "ana aberg",
            "emil De La Cruz",
            "Émile de la Cruz",
            "Zia Odegaard",
            "Zoe ødegaard",
            "zoë Odegaard",
            "Ana Zamora",
        ]
    )
