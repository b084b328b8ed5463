"""Where the group note is opened from: the Group note button of Today and Sessions, the
question after roll call of a group, and the group notes to write in Needs attention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Program, ServiceType, Session
from counselor_desk.services import group_notes, sessions
from counselor_desk.services.changes import NOTHING, Changes
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.form import Unsaved as RollCallUnsaved
from counselor_desk.ui.group_note import GroupNoteDialog
from counselor_desk.ui.sessions_view import SessionsView
from counselor_desk.ui.today_view import OWED_SESSION_ROLE, TodayView
from counselor_desk.ui.widgets.session_table import SESSION_ROLE
from tests.ui.group_note_setup import (
    SHARED,
    S,
    close_group_notes,
    entry,
    make_group,
    session_on,
    take_roll_call,
)

MONDAY = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _answer_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_note, "ask_unsaved", lambda _parent: Unsaved.DISCARD)
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: RollCallUnsaved.DISCARD)


@pytest.fixture(autouse=True)
def _close_group_notes(db: Database) -> Iterator[None]:
    yield
    close_group_notes()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        group_note.form, "tell", lambda _p, _t, text, problem=False: said.append(text)
    )
    return said


def shown(qtbot: QtBot, view: TodayView | SessionsView) -> TodayView | SessionsView:
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_on(view: SessionsView, day: dt.date) -> int:
    return next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, 0).data(SESSION_ROLE).session.date == day
    )


def opened(view: TodayView | SessionsView) -> GroupNoteDialog:
    dialog = view.actions_.group_note_dialog
    assert isinstance(dialog, GroupNoteDialog) and dialog.isVisible()
    return dialog


def test_today_group_note_button_for_the_selected_group(
    qtbot: QtBot, ctx: AppContext, program: Program, told: list[str]
) -> None:
    group = make_group(ctx.db, program)
    ana = group.members[0]
    sessions.add_session(
        ctx.db,
        Session(0, MONDAY, dt.time(13, 0), 50, ServiceType.INDIVIDUAL, participant_id=ana.id),
    )
    view = shown(qtbot, TodayView(ctx))
    assert isinstance(view, TodayView)
    assert view.group_note_button.text() == "Group &note"
    assert "Alt+N" in view.group_note_button.toolTip()
    view.table.selectRow(0)  # the 09:00 group
    assert view.group_note_button.isEnabled()
    view.group_note_button.click()
    assert told == ["Take roll call for this session first: the group note lists who attended."]
    assert view.actions_.group_note_dialog is None

    take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    view.group_note_button.click()
    assert opened(view).session_id == session_on(ctx.db, MONDAY)
    assert [e.name for e in opened(view).entries] == [p.display_name for p in group.members]

    view.table.selectRow(1)  # Ana's individual session: written in her record
    assert not view.group_note_button.isEnabled()


def test_a_cancelled_group_takes_no_group_note(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    make_group(ctx.db, program)
    sessions.cancel_session(ctx.db, session_on(ctx.db, MONDAY), "Holiday", cancelled=True)
    view = shown(qtbot, SessionsView(ctx))
    assert isinstance(view, SessionsView)
    row = row_on(view, MONDAY)
    view.table.selectRow(row)
    assert not view.group_note_button.isEnabled()


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_sessions_group_note_button_opens_the_selected_session(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    friday = dt.date(2026, 2, 27)
    session_id = take_roll_call(ctx.db, friday, [S.PRESENT] * 4, group.members)
    view = shown(qtbot, SessionsView(ctx))
    assert isinstance(view, SessionsView)
    row = row_on(view, friday)
    view.table.selectRow(row)
    assert view.group_note_button.isEnabled()
    view.group_note_button.click()
    dialog = opened(view)
    assert dialog.session_id == session_id
    assert dialog.session_label.text().startswith("Friday 2026-02-27 · 09:00–12:00")
    view.group_note_button.click()  # the window already open is brought up, not a second one
    assert view.actions_.group_note_dialog is dialog
    assert group_note.open_group_notes() == [dialog]


@pytest.mark.parametrize("write_now", [True, False])
def test_after_roll_call_of_a_group_the_note_is_offered(
    qtbot: QtBot, ctx: AppContext, program: Program, write_now: bool
) -> None:
    group = make_group(ctx.db, program)
    view = shown(qtbot, TodayView(ctx))
    view.table.selectRow(0)
    view.roll_call_button.click()
    dialog = view.actions_.roll_call_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.actions_.group_note_offer is not None)
    offer = view.actions_.group_note_offer
    assert offer is not None and offer.isVisible()
    assert offer.text() == "Roll call saved: 4 attended. Write the group note now?"
    button = offer.button(
        QMessageBox.StandardButton.Yes if write_now else QMessageBox.StandardButton.No
    )
    assert button is not None
    assert button.text() == ("Write group note" if write_now else "Later")
    button.click()
    assert view.actions_.group_note_offer is None
    if write_now:
        assert [e.name for e in opened(view).entries] == [p.display_name for p in group.members]
    else:
        assert view.actions_.group_note_dialog is None


def test_group_notes_to_write_are_in_needs_attention(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(
        ctx.db, MONDAY, [S.PRESENT, S.PRESENT, S.PRESENT, S.EXCUSED], group.members
    )
    ana = group.id("Ana")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [entry(ana, "Named payday", group.objectives[ana].id)],
        ctx.clock,
    )
    group_notes.sign(ctx.db, session_id, ctx.clock, only={ana})
    ctx.clock.fixed_today = dt.date(2026, 3, 3)  # a day after roll call
    view = shown(qtbot, TodayView(ctx))
    assert isinstance(view, TodayView)
    model = view.owed_model
    assert view.owed.isVisible()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Group note to write: 2026-03-02 09:00 Relapse triggers (1 of 3 signed)"
    ]
    assert model.index(0, 0).data(OWED_SESSION_ROLE) == session_id
    assert view.attention_label.text().startswith("<b>Needs attention</b> (")
    view.owed.clicked.emit(model.index(0, 0))  # one click opens the group note
    dialog = opened(view)
    assert dialog.session_id == session_id

    for person in group.members[1:3]:
        group_notes.save(
            ctx.db,
            session_id,
            SHARED,
            [entry(person.id, f"{person.first_name} spoke")],
            ctx.clock,
        )
    reasons = {p.id: "No objective in the plan yet" for p in group.members[1:3]}
    group_notes.sign(ctx.db, session_id, ctx.clock, reasons=reasons)
    ctx.bus.publish(Changes.note(*reasons))
    assert model.rowCount() == 0
    assert not view.owed.isVisible()
    ctx.bus.publish(NOTHING)


def test_enter_on_a_group_note_to_write_opens_it(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    ctx.clock.fixed_today = dt.date(2026, 3, 4)
    view = shown(qtbot, TodayView(ctx))
    assert isinstance(view, TodayView)
    view.owed.setCurrentIndex(view.owed_model.index(0, 0))
    view.owed.setFocus()
    qtbot.keyClick(view.owed, Qt.Key.Key_Return)
    assert opened(view).session_id == session_id
