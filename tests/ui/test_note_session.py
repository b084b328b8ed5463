"""Writing an individual note in the record puts its session on the Sessions view, the
participant present for the note's duration: no separate roll call."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import CounselorProfile
from counselor_desk.services import participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.record.note_editor import NoteEditor
from counselor_desk.ui.sessions_view import SessionsView
from tests.factories import ALEXANDRA, new_participant


def test_a_saved_note_shows_its_session_with_the_minutes(
    qtbot: QtBot, db: Database, clock: FixedClock
) -> None:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    ctx = AppContext(db=db, clock=clock)
    person = participants.admit(
        db, new_participant(program, **ALEXANDRA, admitted=dt.date(2026, 1, 5)), clock
    )
    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    before = view.proxy.rowCount()
    editor = NoteEditor(ctx, person.id)
    qtbot.addWidget(editor)
    editor.form.duration.setValue(45)
    qtbot.keyClicks(next(iter(editor.form.sections.values())), "Reviewed the week.")
    assert editor.save_now()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before + 1)
    minutes = db.execute(
        """SELECT a.minutes_attended FROM attendance a JOIN sessions s ON s.id = a.session_id
           WHERE s.participant_id = :id""",
        {"id": person.id},
    ).fetchall()
    assert [row[0] for row in minutes] == [45]
