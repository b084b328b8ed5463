"""A session's location in the GUI: typed when adding a session, said or changed from the
Sessions view, refused under the field; no sign-in sheet for an individual session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Participant, Program, ServiceType, Session
from counselor_desk.services import sessions
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.session import SessionLocationDialog
from counselor_desk.ui.sessions_view import SessionsView
from counselor_desk.ui.widgets.session_table import SESSION_ROLE


def shown_sessions(qtbot: QtBot, ctx: AppContext) -> SessionsView:
    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def select(view: SessionsView, session_id: int) -> None:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(SESSION_ROLE).session.id == session_id:
            view.table.selectRow(row)
            return
    raise AssertionError(f"session {session_id} is not listed")


def opened_location(qtbot: QtBot, view: SessionsView) -> SessionLocationDialog:
    assert view.location_button.isEnabled()
    view.location_button.click()
    dialog = view.actions_.location_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_add_session_stores_the_location_typed(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_sessions(qtbot, ctx)
    view.add_button.click()
    dialog = view.actions_.add_dialog
    assert dialog is not None
    assert dialog.location_edit.placeholderText() == "e.g. Room 2 or Telehealth"
    qtbot.keyClicks(dialog.location_edit, "  Telehealth ")
    dialog.save()
    assert not dialog.isVisible()
    assert dialog.session is not None
    assert sessions.get_session(ctx.db, dialog.session.id).location == "Telehealth"


def test_add_session_refuses_a_tab_in_the_location_and_keeps_the_form(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    view = shown_sessions(qtbot, ctx)
    view.add_button.click()
    dialog = view.actions_.add_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    before = len(sessions.sessions_between(ctx.db, *view.date_range()))
    dialog.location_edit.setText("Room\t2")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "The location must be one line, without tabs or other control characters."
    )
    assert dialog.focusWidget() is dialog.location_edit
    assert dialog.location_edit.text() == "Room\t2"
    assert len(sessions.sessions_between(ctx.db, *view.date_range())) == before
    dialog.reject()


def test_a_scheduled_group_gets_its_room_from_the_sessions_view(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    view = shown_sessions(qtbot, ctx)
    group = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session
    select(view, group.id)
    dialog = opened_location(qtbot, view)
    assert dialog.location_edit.text() == ""
    qtbot.keyClicks(dialog.location_edit, "Room 2")
    dialog.accept()
    assert not dialog.isVisible()
    assert sessions.get_session(ctx.db, group.id).location == "Room 2"
    # opened again it shows the room; a change is saved, an empty line clears it
    select(view, group.id)
    dialog = opened_location(qtbot, view)
    assert dialog.location_edit.text() == "Room 2"
    dialog.location_edit.setText("Group room B")
    dialog.accept()
    assert sessions.get_session(ctx.db, group.id).location == "Group room B"
    select(view, group.id)
    dialog = opened_location(qtbot, view)
    dialog.location_edit.clear()
    dialog.accept()
    assert sessions.get_session(ctx.db, group.id).location == ""


def test_a_location_too_long_is_said_under_the_field_and_nothing_changes(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    view = shown_sessions(qtbot, ctx)
    group = sessions.day_sessions(ctx.db, ctx.clock.today())[0].session
    sessions.set_location(ctx.db, group.id, "Room 1")
    select(view, group.id)
    dialog = opened_location(qtbot, view)
    edit = dialog.findChild(QLineEdit)
    assert edit is dialog.location_edit
    dialog.location_edit.setText("R" * 81)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.message("location") == (
        "The location is too long (81 characters; at most 80)."
    )
    assert dialog.location_edit.text() == "R" * 81
    assert sessions.get_session(ctx.db, group.id).location == "Room 1"
    dialog.location_edit.setText("Room 1")  # nothing typed to discard: closes without asking
    dialog.reject()


def test_an_individual_session_offers_no_sign_in_sheet(
    qtbot: QtBot, ctx: AppContext, group_of_twelve: list[Participant]
) -> None:
    today = ctx.clock.today()
    individual = sessions.add_session(
        ctx.db,
        Session(
            0,
            today,
            dt.time(14, 0),
            50,
            ServiceType.INDIVIDUAL,
            participant_id=group_of_twelve[0].id,
        ),
    )
    view = shown_sessions(qtbot, ctx)
    select(view, individual.id)
    assert not view.signin_button.isEnabled()
    assert view.signin_button.toolTip().startswith("An individual session has no sign-in sheet")
    assert view.location_button.isEnabled()
    group = sessions.day_sessions(ctx.db, today)[0].session
    select(view, group.id)
    assert view.signin_button.isEnabled()
