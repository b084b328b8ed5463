"""Today: the day's sessions in time order, session actions, and who needs attention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from pytestqt.qtbot import QtBot

from counselor_desk.domain.measure_due import MeasureSchedule
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Measure,
    Participant,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.services import measures, sessions
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.today_view import PARTICIPANT_ROLE, TodayView
from counselor_desk.ui.widgets.session_table import (
    COL_EXPECTED,
    COL_FOR,
    COL_ROLL_CALL,
    COL_TIME,
    COL_TYPE,
)


def shown_today(qtbot: QtBot, ctx: AppContext) -> TodayView:
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def column(view: TodayView, col: int) -> list[str]:
    model = view.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_sessions_of_the_day_in_time_order(
    qtbot: QtBot, ctx: AppContext, program: Program, group_of_twelve: list[Participant]
) -> None:
    first = group_of_twelve[0]
    today = ctx.clock.today()
    for start, kind in (
        (dt.time(13, 0), ServiceType.FAMILY),
        (dt.time(8, 0), ServiceType.INDIVIDUAL),
    ):
        sessions.add_session(
            ctx.db,
            Session(0, today, start, 50, kind, topic="Check-in", participant_id=first.id),
        )
    view = shown_today(qtbot, ctx)
    assert column(view, COL_TIME) == ["08:00", "09:00", "13:00"]
    assert column(view, COL_TYPE) == ["Individual counseling", "Group therapy", "Family session"]
    assert column(view, COL_FOR) == [first.display_name, "Adult IOP", first.display_name]
    assert column(view, COL_EXPECTED) == ["1", "12", "1"]
    assert column(view, COL_ROLL_CALL) == ["Not yet", "Not yet", "Not yet"]
    assert view.date_edit.date().toPython() == today


def test_roll_call_state_follows_what_is_stored(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_today(qtbot, ctx)
    session_id = view.model.row_at(0).session.id
    marks = [
        Attendance(session_id, person.id, AttendanceStatus.PRESENT, 180)
        for person in group_of_twelve
    ]
    sessions.record_roll_call(ctx.db, session_id, marks, ctx.clock)
    ctx.bus.publish(Changes.attendance_of(session_id))
    assert column(view, COL_ROLL_CALL) == ["Taken (12 of 12)"]


def test_enter_on_a_session_opens_roll_call(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_today(qtbot, ctx)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.actions_.roll_call_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 12
    dialog.reject()


def test_day_buttons_move_the_day(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    view = shown_today(qtbot, ctx)
    assert column(view, COL_TIME) == ["09:00"]  # Monday group
    view.next_button.click()
    assert view.day() == dt.date(2026, 3, 3)
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisible()
    view.next_button.click()
    assert column(view, COL_TIME) == ["09:00"]  # Wednesday group
    view.today_button.click()
    assert view.day() == ctx.clock.today()
    view.prev_button.click()
    assert view.day() == dt.date(2026, 3, 1)


def test_cancel_and_restore_a_session(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_today(qtbot, ctx)
    monkeypatch.setattr(
        "counselor_desk.ui.dialogs.session.ask_cancel_reason", lambda _p: "Counselor ill"
    )
    view.cancel_button.click()
    stored = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session
    assert (stored.cancelled, stored.cancel_reason) == (True, "Counselor ill")
    assert column(view, COL_ROLL_CALL) == ["Cancelled"]
    assert view.cancel_button.text() == "Restore &cancelled session…"
    monkeypatch.setattr("counselor_desk.ui.dialogs.session.ask_restore", lambda _p: True)
    view.cancel_button.click()
    assert not sessions.day_sessions(ctx.db, ctx.clock.today())[0].session.cancelled
    assert column(view, COL_ROLL_CALL) == ["Not yet"]


def test_add_session_dialog_stores_and_lists_it(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_today(qtbot, ctx)
    view.add_button.click()
    dialog = view.actions_.add_dialog
    assert dialog is not None
    dialog.start_edit.setTime(QTime(14, 30))
    dialog.length_spin.setValue(45)
    dialog.participant_combo.setCurrentIndex(2)
    qtbot.keyClicks(dialog.topic_edit, "Safety plan review")
    dialog.save()
    assert not dialog.isVisible()
    assert column(view, COL_TIME) == ["09:00", "14:30"]
    added = view.model.row_at(1).session
    assert (added.duration_minutes, added.service_type, added.topic) == (
        45,
        ServiceType.INDIVIDUAL,
        "Safety plan review",
    )
    assert added.participant_id == dialog.participant_combo.currentData()


def test_add_session_error_is_plain_and_keeps_the_form(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    view = shown_today(qtbot, ctx)
    view.add_button.click()
    dialog = view.actions_.add_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.topic_edit, "Intake")
    dialog.save()  # nobody admitted yet: no participant to choose
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Choose the participant (or the program for a group). "
        "An individual session needs a participant."
    )
    assert dialog.topic_edit.text() == "Intake"
    dialog.reject()


def test_needs_attention_names_the_short_participant(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    clock: FixedClock,
) -> None:
    measures.set_schedule(ctx.db, program.id, [])  # no measure due to say besides
    short = admit_person(
        ctx.db, clock, program, "Samantha", "Short", dt.date(2026, 2, 16), "A-1", preferred="Sam"
    )
    admit_person(ctx.db, clock, program, "Olive", "Fine", clock.today(), "A-2")
    view = shown_today(qtbot, ctx)
    names = view.attention.model()
    texts = [names.index(row, 0).data() for row in range(names.rowCount())]
    assert texts == [
        "Sam Short — Short on hours (week 2: 0.0 of 9 h); Treatment plan due (since 2026-02-23)"
    ]
    with qtbot.waitSignal(ctx.bus.open_participant) as opened:
        view.attention.setCurrentIndex(names.index(0, 0))
        view.attention.setFocus()
        qtbot.keyClick(view.attention, Qt.Key.Key_Return)
    assert opened.args == [short.id]
    assert names.index(0, 0).data(PARTICIPANT_ROLE) == short.id


def test_needs_attention_says_which_measures_are_due_and_overdue(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    clock: FixedClock,
) -> None:
    measures.set_schedule(ctx.db, program.id, [MeasureSchedule("PHQ-9")])
    late = admit_person(ctx.db, clock, program, "Lee", "Late", dt.date(2026, 2, 16), "A-1")
    admit_person(ctx.db, clock, program, "Nia", "New", clock.today(), "A-2")
    measures.add(ctx.db, Measure(late.id, "PHQ-9", dt.date(2026, 2, 16), 12), clock)
    measures.set_schedule(ctx.db, program.id, [MeasureSchedule("PHQ-9", every_weeks=1)])
    view = shown_today(qtbot, ctx)
    names = view.attention.model()
    texts = [names.index(row, 0).data() for row in range(names.rowCount())]
    assert texts == [
        "Lee Late — Short on hours (week 2: 0.0 of 9 h); "
        "Measure overdue (PHQ-9 repeat: overdue since 2026-02-23); Treatment plan due (since 2026-02-23)",
        "Nia New — Measure due (PHQ-9 at admission: due 2026-03-02)",
    ]


def test_the_window_opens_with_today_sessions_ready_for_enter(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant], settings: QSettings
) -> None:
    """Open the app, press Enter: roll call of the first session, no Tab presses needed."""
    from counselor_desk.ui import app

    window = app.start_window(ctx, settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focusWidget() is window.today.table
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)
    dialog = window.today.actions_.roll_call_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 12
    dialog.reject()
