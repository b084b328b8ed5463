"""The group note window: what it shows, typing by keyboard, autosave, failures that keep
the text, closing with unsaved typing, the pick list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.group_note import ParticipationLevel
from counselor_desk.domain.model import NoteFormat, NoteStatus, Program, RiskLevel
from counselor_desk.services import group_notes, notes
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.group_entry_view import NO_EARLIER, NO_OBJECTIVE
from tests.ui.group_note_setup import (
    SHARED,
    S,
    close_group_notes,
    entry,
    make_group,
    open_dialog,
    signed_earlier,
    take_roll_call,
)

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 2, 27)


@pytest.fixture(autouse=True)
def _discard_when_closed_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_note, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


@pytest.fixture(autouse=True)
def _close_group_notes(db: Database) -> Iterator[None]:
    yield
    close_group_notes()


def test_the_window_shows_session_shared_part_entries_and_the_absent(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    signed_earlier(ctx.db, group, FRIDAY)
    session_id = take_roll_call(
        ctx.db, MONDAY, [S.PRESENT, S.LATE, S.PRESENT, S.EXCUSED], group.members
    )
    dialog = open_dialog(qtbot, ctx, session_id)

    assert dialog.session_label.text() == (
        "Monday 2026-03-02 · 09:00–12:00 · Group therapy · Adult IOP"
    )
    assert [e.name_label.text() for e in dialog.entries] == [
        "Ana Alder",
        "Ben Brook",
        "Chloé Cruz",
    ]
    ana, ben, chloe = dialog.entries
    assert ana.attendance_label.text() == "Present, 180 min"
    assert ben.attendance_label.text() == "Late: attended 150 of 180 min"
    assert ana.objective_texts() == [
        NO_OBJECTIVE,
        "Name three triggers and a coping skill for each",
    ]
    assert chloe.objective_texts() == [NO_OBJECTIVE]
    assert ana.previous_label.text() == (
        "Previous entry, 2026-02-27\n"
        "Participation: Active: shared and engaged with peers\n"
        "Response: Listed payday as a trigger when the facilitator asked about weekends.\n"
        "Progress: Named two triggers.\n"
        "Plan: Bring the trigger list on Wednesday."
    )
    assert ben.previous_label.text() == NO_EARLIER
    assert dialog.absent_label.text() == "Absent – excused: Dev Dunn"
    assert dialog.entries_title.text() == "Entries – 3 attended, 0 signed"
    # the program's pick list, nothing checked yet; the modules used before offered
    assert dialog.shared.pick_names()[0] == "Psychoeducation"
    assert dialog.shared.checked() == []
    assert [dialog.shared.module.itemText(i) for i in range(dialog.shared.module.count())] == [
        "Relapse prevention"
    ]
    assert "(Ctrl+S)" in dialog.save_button.text()
    assert "(Ctrl+Enter)" in dialog.sign_button.text()
    assert "Ctrl+Enter" in dialog.sign_button.toolTip()


def test_opening_before_roll_call_says_why(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_group(ctx.db, program)
    told: list[str] = []
    monkeypatch.setattr(
        group_note.form, "tell", lambda _p, _t, text, problem=False: told.append(text)
    )
    from tests.ui.group_note_setup import session_on

    assert group_note.open_group_note(ctx, session_on(ctx.db, MONDAY), None) is None
    assert told == ["Take roll call for this session first: the group note lists who attended."]


def test_keyboard_alone_picks_levels_and_tabs_from_entry_to_entry(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    ana, ben = dialog.entries[:2]
    assert dialog.focusWidget() is dialog.shared.topic  # the shared part is blank: start there

    ana.picks.setFocus()
    qtbot.keyClick(ana.picks, Qt.Key.Key_2)
    assert ana.picks.value() is ParticipationLevel.PROMPTED
    assert ana.picks.buttons[ParticipationLevel.PROMPTED].isChecked()
    qtbot.keyClick(ana.picks, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ana.response
    qtbot.keyClicks(ana.response, "Shared 3 triggers")  # digits type in a text field
    assert ana.response.toPlainText() == "Shared 3 triggers"
    assert ana.picks.value() is ParticipationLevel.PROMPTED
    qtbot.keyClick(ana.response, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert ana.picks.value() is ParticipationLevel.MINIMAL  # Alt+digit from any field
    for expected in (ana.objective, ana.progress, ana.plan, ana.risk, ana.risk_detail):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
    qtbot.keyClick(ana.risk_detail, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ben.picks  # on to the next attendee's entry
    qtbot.keyClick(ben.picks, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is ana.risk_detail
    assert ben.picks.value() is None
    assert not dialog.dirty  # each field left saved what was typed
    (draft,) = notes.notes_for(ctx.db, group.id("Ana"))
    assert draft.fields["participation"] == ParticipationLevel.MINIMAL.label
    assert draft.fields["response"] == "Shared 3 triggers"


def test_typing_saves_after_two_seconds_and_when_leaving_a_field(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    ana = dialog.entries[0]
    qtbot.keyClicks(dialog.shared.topic, "Relapse triggers")
    assert dialog.timer.isActive() and dialog.timer.interval() == 2000
    assert dialog.status_label.text() == "Editing…"
    assert group_notes.sheet(ctx.db, session_id).shared.topic == ""
    qtbot.waitUntil(lambda: not dialog.dirty, timeout=4000)
    assert group_notes.sheet(ctx.db, session_id).shared.topic == "Relapse triggers"
    assert dialog.status_label.text() == "Saved 16:00"

    ana.response.setFocus()
    qtbot.keyClicks(ana.response, "Spoke about payday")
    qtbot.keyClick(ana.response, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert not dialog.dirty
    (draft,) = notes.notes_for(ctx.db, group.id("Ana"))
    assert draft.format is NoteFormat.GROUP and draft.status is NoteStatus.DRAFT
    assert draft.fields["response"] == "Spoke about payday"
    assert draft.fields["topic"] == "Relapse triggers"
    assert notes.notes_for(ctx.db, group.id("Ben")) == []  # a blank entry stores nothing


def test_ctrl_s_saves_everything_typed(qtbot: QtBot, ctx: AppContext, program: Program) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    ben = dialog.entries[1]
    ben.picks.setFocus()
    qtbot.keyClick(ben.picks, Qt.Key.Key_1)
    ben.objective.setCurrentIndex(1)
    ben.risk.setCurrentIndex(ben.risk.findData(RiskLevel.DENIED.value))
    qtbot.keyClick(ben.picks, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (note,) = notes.notes_for(ctx.db, group.id("Ben"))
    assert note.fields["participation"] == ParticipationLevel.ACTIVE.label
    assert note.fields["objective"] == "Practice one assertive request a week"
    assert note.objective_id == group.objectives[group.id("Ben")].id
    assert note.risk is RiskLevel.DENIED


def test_a_refused_save_keeps_every_character_and_says_why(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    ana = dialog.entries[0]
    long_topic = "T" * 201
    dialog.shared.topic.setText(long_topic)
    dialog.shared.topic.textEdited.emit(long_topic)
    ana.response.setPlainText("Kept as typed")
    ana.risk_detail.setPlainText("x" * 5001)
    assert not dialog.save_now()

    assert dialog.shared.errors.message("topic") == (
        "Topic is too long (201 characters; at most 200)."
    )
    assert ana.errors.message("risk_detail") == (
        "Ana Alder: Risk details is too long (5001 characters; at most 5000)."
    )
    assert dialog.error_label.isVisible()
    assert dialog.status_label.text() == "Not saved – see the message"
    assert dialog.shared.topic.text() == long_topic
    assert ana.response.toPlainText() == "Kept as typed"
    assert ana.risk_detail.toPlainText() == "x" * 5001
    assert dialog.dirty
    assert notes.notes_for(ctx.db, group.id("Ana")) == []


@pytest.mark.parametrize("answer", [Unsaved.CANCEL, Unsaved.DISCARD, Unsaved.SAVE])
def test_closing_with_unsaved_typing_asks(
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
    answer: Unsaved,
) -> None:
    asked: list[bool] = []

    def ask(_parent: object) -> Unsaved:
        asked.append(True)
        return answer

    monkeypatch.setattr(group_note, "ask_unsaved", ask)
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    qtbot.keyClicks(dialog.shared.topic, "Triggers")
    qtbot.keyClick(dialog.shared.topic, Qt.Key.Key_Escape)
    assert asked == [True]
    stored = group_notes.sheet(ctx.db, session_id).shared.topic
    if answer is Unsaved.CANCEL:
        assert dialog.isVisible() and dialog.shared.topic.text() == "Triggers"
        assert stored == ""
    elif answer is Unsaved.DISCARD:
        assert not dialog.isVisible() and stored == ""
    else:
        assert not dialog.isVisible() and stored == "Triggers"


def test_closing_without_typing_does_not_ask(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(group_note, "ask_unsaved", lambda _p: pytest.fail("asked"))
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_signed_entries_are_read_only_with_the_signature(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    ana = group.id("Ana")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [entry(ana, "Named payday", group.objectives[ana].id)],
        ctx.clock,
    )
    group_notes.sign(ctx.db, session_id, ctx.clock, only={ana})
    dialog = open_dialog(qtbot, ctx, session_id)
    signed, ben = dialog.entries[:2]
    assert signed.locked and signed.response.isReadOnly()
    assert not signed.picks.isEnabled() and not signed.objective.isEnabled()
    shown_levels = [lvl for lvl, b in signed.picks.buttons.items() if not b.isHidden()]
    assert shown_levels == [ParticipationLevel.ACTIVE]  # only the level picked
    assert signed.signed_label.text() == "Signed by Robin Vale, LCSW on 2026-03-02 16:00"
    assert signed.signed_label.isVisible()
    assert not signed.late_label.isVisible()
    assert not ben.locked and ben.picks.isEnabled()
    assert dialog.shared.signed_note.isVisible()
    assert dialog.focusWidget() is ben.picks  # the first entry still to write
    assert [e.participant_id for e in dialog.entry_drafts()] == [p.id for p in group.members[1:]]


def test_the_pick_list_is_the_programs_own(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.shared.interventions.item(0).setCheckState(Qt.CheckState.Checked)  # Psychoeducation
    shown = dialog.pick_list_dialog()
    assert shown is not None
    qtbot.addWidget(shown)
    shown.names.setPlainText("Seeking Safety\nPeer feedback\n\nseeking safety")
    monkeypatch.setattr(dialog, "pick_list_dialog", lambda: shown)
    monkeypatch.setattr(shown, "exec", lambda: (shown.accept(), shown.result())[1])
    dialog.edit_pick_list()
    assert group_notes.interventions(ctx.db, program.id) == ["Seeking Safety", "Peer feedback"]
    # the new list, with what was checked kept (at the end: no longer on the list)
    assert dialog.shared.pick_names() == ["Seeking Safety", "Peer feedback", "Psychoeducation"]
    assert dialog.shared.checked() == ["Psychoeducation"]


def test_a_roll_call_corrected_meanwhile_shows_in_the_open_note(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    from counselor_desk.services.changes import Changes

    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    dialog = open_dialog(qtbot, ctx, session_id)
    assert len(dialog.entries) == 4
    take_roll_call(ctx.db, MONDAY, [S.PRESENT, S.PRESENT, S.PRESENT, S.UNEXCUSED], group.members)
    ctx.bus.publish(Changes.attendance_of(session_id))
    assert [e.name for e in dialog.entries] == ["Ana Alder", "Ben Brook", "Chloé Cruz"]
    assert dialog.absent_label.text() == "Absent – unexcused: Dev Dunn"
