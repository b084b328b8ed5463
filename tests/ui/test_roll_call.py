"""Roll call from the keyboard: what is stored, and nothing lost on close or error."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import AttendanceStatus, Participant
from counselor_desk.services import sessions
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call, roll_call_view
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.roll_call import RollCallDialog

S = AttendanceStatus


@pytest.fixture(autouse=True)
def _discard_when_closed_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left with marks is closed by qtbot at teardown: answer instead of blocking."""
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


def session_on(ctx: AppContext, day: dt.date) -> int:
    return sessions.day_sessions(ctx.db, day)[0].session.id


def open_dialog(qtbot: QtBot, ctx: AppContext, session_id: int) -> RollCallDialog:
    dialog = RollCallDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_minutes(qtbot: QtBot, dialog: RollCallDialog, minutes: int) -> None:
    qtbot.waitUntil(lambda: dialog.minutes_dialog is not None and dialog.minutes_dialog.isVisible())
    asked = dialog.minutes_dialog
    assert asked is not None
    qtbot.keyClicks(asked.spin, str(minutes))
    qtbot.keyClick(asked.spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.minutes_dialog is None)


def stored(
    ctx: AppContext, session_id: int
) -> dict[str, tuple[AttendanceStatus | None, int, bool]]:
    sheet = sessions.roll_call_sheet(ctx.db, session_id)
    return {
        row.chart_number: (row.status, row.minutes_attended, row.telehealth) for row in sheet.rows
    }


def test_twelve_people_by_keyboard_alone(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    session_id = session_on(ctx, ctx.clock.today())
    dialog = open_dialog(qtbot, ctx, session_id)
    table = dialog.table
    assert table.rowCount() == 12
    assert table.item(0, roll_call_view.COL_WEEK).text() == "Week 1"
    assert "P</b> present" in roll_call_view.LEGEND
    # Rows are in name order; charts follow the names (C-100 … C-111).
    keys = [
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_L, 150),
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_E, 120),
        (Qt.Key.Key_X, None),
        (Qt.Key.Key_U, None),
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_C, None),
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_P, None),
        (Qt.Key.Key_U, None),
    ]
    for key, minutes in keys:
        qtbot.keyClick(table, key)
        if minutes is not None:
            type_minutes(qtbot, dialog, minutes)
    # The last row stays current; back up one row with the arrow key: telehealth there.
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert dialog.has_unsaved_changes()
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    marks = stored(ctx, session_id)
    assert marks == {
        "C-100": (S.PRESENT, 180, False),
        "C-101": (S.PRESENT, 180, False),
        "C-102": (S.LATE, 150, False),
        "C-103": (S.PRESENT, 180, False),
        "C-104": (S.LEFT_EARLY, 120, False),
        "C-105": (S.EXCUSED, 0, False),
        "C-106": (S.UNEXCUSED, 0, False),
        "C-107": (S.PRESENT, 180, False),
        "C-108": (S.CANCELLED, 0, False),
        "C-109": (S.PRESENT, 180, False),
        "C-110": (S.PRESENT, 180, True),
        "C-111": (S.UNEXCUSED, 0, False),
    }


def test_all_present_in_one_action_and_ctrl_enter_saves(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    session_id = session_on(ctx, ctx.clock.today())
    dialog = open_dialog(qtbot, ctx, session_id)
    with qtbot.waitSignal(ctx.bus.changed) as saved:
        qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [Changes.attendance_of(session_id)]
    assert set(stored(ctx, session_id).values()) == {(S.PRESENT, 180, False)}


def test_minutes_can_be_corrected_in_the_row(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    session_id = session_on(ctx, ctx.clock.today())
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.all_button.click()
    dialog.spins[0].setValue(175)  # present but the counselor corrects the minutes
    assert dialog.save()
    assert stored(ctx, session_id)["C-100"] == (S.PRESENT, 175, False)


def test_cancelled_minutes_dialog_leaves_the_row_unmarked(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    dialog = open_dialog(qtbot, ctx, session_on(ctx, ctx.clock.today()))
    qtbot.keyClick(dialog.table, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: dialog.minutes_dialog is not None)
    asked = dialog.minutes_dialog
    assert asked is not None
    asked.reject()
    assert dialog.status_of(0) is None
    assert dialog.table.item(0, roll_call_view.COL_STATUS).text() == "— not marked"


def test_unmarked_rows_are_named_and_nothing_is_stored(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    session_id = session_on(ctx, ctx.clock.today())
    dialog = open_dialog(qtbot, ctx, session_id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert not dialog.save()
    assert dialog.error_label.text().startswith("Status: 11 participant(s) not marked yet")
    assert dialog.isVisible()
    assert {status for status, _m, _t in stored(ctx, session_id).values()} == {None}


def test_service_error_is_shown_and_marks_are_kept(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    wednesday = ctx.clock.today() + dt.timedelta(days=2)
    session_id = session_on(ctx, wednesday)
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.mark_all()
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "Roll call cannot be taken for a session that has not happened yet."
    )
    assert dialog.isVisible()
    assert dialog.status_of(11) is S.PRESENT
    assert {status for status, _m, _t in stored(ctx, session_id).values()} == {None}


@pytest.mark.parametrize("answer", [Unsaved.CANCEL, Unsaved.DISCARD, Unsaved.SAVE])
def test_closing_with_unsaved_marks_asks(
    qtbot: QtBot,
    ctx: AppContext,
    group_of_twelve: list[Participant],
    monkeypatch: pytest.MonkeyPatch,
    answer: Unsaved,
) -> None:
    asked: list[bool] = []

    def ask(_parent: object) -> Unsaved:
        asked.append(True)
        return answer

    monkeypatch.setattr(roll_call, "ask_unsaved", ask)
    session_id = session_on(ctx, ctx.clock.today())
    dialog = open_dialog(qtbot, ctx, session_id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert asked == [True]
    statuses = {status for status, _m, _t in stored(ctx, session_id).values()}
    if answer is Unsaved.CANCEL:
        assert dialog.isVisible()
        assert dialog.status_of(0) is S.PRESENT
        assert statuses == {None}
    elif answer is Unsaved.DISCARD:
        assert not dialog.isVisible()
        assert statuses == {None}
    else:
        assert not dialog.isVisible()
        assert statuses == {S.PRESENT}


def test_closing_without_changes_does_not_ask(
    qtbot: QtBot,
    ctx: AppContext,
    group_of_twelve: list[Participant],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _p: pytest.fail("asked"))
    dialog = open_dialog(qtbot, ctx, session_on(ctx, ctx.clock.today()))
    dialog.close_button.click()
    assert not dialog.isVisible()
