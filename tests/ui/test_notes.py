"""Session notes in the record: autosave, signing, addenda, format changes, errors."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from counselor_desk.domain.model import (
    CounselorProfile,
    NoteFormat,
    NoteStatus,
    Participant,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import notes, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.form import to_qdate
from counselor_desk.ui.record.note_editor import SIGN_QUESTION, NoteEditor
from counselor_desk.ui.record.notes_tab import NotesTab
from tests.factories import ALEXANDRA, new_participant

ADMITTED = dt.date(2026, 1, 5)


@pytest.fixture
def record_ctx(db: Database, clock: FixedClock) -> AppContext:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def person(record_ctx: AppContext) -> Participant:
    program = setup.add_program(record_ctx.db, setup.standard_program("Adult IOP"))
    return participants.admit(
        record_ctx.db, new_participant(program, **ALEXANDRA, admitted=ADMITTED), record_ctx.clock
    )


def make_editor(qtbot, ctx: AppContext, participant_id: int) -> NoteEditor:  # type: ignore[no-untyped-def]
    editor = NoteEditor(ctx, participant_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_typing_saves_a_draft_by_itself(qtbot, record_ctx, person) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    assert editor.timer.interval() == 2000
    editor.timer.setInterval(50)  # the 2 s debounce, shortened for the test
    typing_in = editor.form.sections["data"]
    qtbot.keyClicks(typing_in, "Client reports better sleep.")
    assert editor.status_label.text() == "Editing…"
    qtbot.waitUntil(lambda: editor.note_id != 0, timeout=3000)
    [stored] = notes.notes_for(record_ctx.db, person.id)
    assert stored.status is NoteStatus.DRAFT
    assert stored.fields["data"] == "Client reports better sleep."
    assert stored.session_date == record_ctx.clock.today()
    assert editor.status_label.text() == "Saved 16:00"
    assert not editor.has_unsaved_changes()
    assert editor.form.sections["data"] is typing_in  # the box being typed in is never replaced
    qtbot.keyClicks(typing_in, " Appetite back.")
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=3000)
    assert notes.get(record_ctx.db, editor.note_id).fields["data"].endswith("Appetite back.")
    assert len(notes.notes_for(record_ctx.db, person.id)) == 1


def test_focus_out_and_save_now_store_at_once(qtbot, record_ctx, person) -> None:
    tab = NotesTab(record_ctx, person.id)
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.editor
    editor.form.sections["plan"].setPlainText("Continue twice-weekly groups.")
    assert tab.has_unsaved_changes()
    tab.save_now()
    [stored] = notes.notes_for(record_ctx.db, person.id)
    assert stored.fields["plan"] == "Continue twice-weekly groups."
    tab.refresh()
    assert tab.lines() == [
        f"{record_ctx.clock.today():%Y-%m-%d} · Draft\nIndividual counseling · DAP"
    ]


def test_an_empty_new_note_is_not_stored(qtbot, record_ctx, person) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.duration.setValue(60)
    assert editor.save_now()
    assert notes.notes_for(record_ctx.db, person.id) == []
    assert not editor.has_unsaved_changes()


def test_signing_locks_the_note_and_stores_signer_and_time(
    qtbot, record_ctx, person, answers
) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["data"].setPlainText("Attended and engaged.")
    editor.form.risk.setCurrentIndex(editor.form.risk.findData(RiskLevel.DENIED.value))
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)

    assert answers == [SIGN_QUESTION]
    stored = notes.get(record_ctx.db, editor.note_id)
    assert stored.status is NoteStatus.SIGNED
    assert stored.signed_by == "Robin Vale, LCSW"
    assert stored.signed_at == record_ctx.clock.now()
    assert editor.form.sections["data"].isReadOnly()
    assert not editor.form.risk.isEnabled()
    assert editor.signed_label.text() == "Signed by Robin Vale, LCSW on 2026-03-02 16:00"
    assert editor.sign_button.isHidden() and not editor.addendum_button.isHidden()
    assert editor.late_label.isHidden()


def test_signing_without_a_risk_screen_is_refused_and_the_text_stays(
    qtbot, record_ctx, person, answers
) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["data"].setPlainText("Attended and engaged.")
    editor.sign()
    assert "risk screen" in editor.errors.message("risk")
    assert notes.get(record_ctx.db, editor.note_id).status is NoteStatus.DRAFT
    assert editor.form.sections["data"].toPlainText() == "Attended and engaged."
    assert not editor.form.sections["data"].isReadOnly()


def test_a_bad_session_date_is_explained_and_nothing_is_lost(qtbot, record_ctx, person) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.session_date.setDate(to_qdate(dt.date(2025, 12, 1)))
    editor.form.sections["data"].setPlainText("Typed before the date was fixed.")
    assert not editor.save_now()
    assert editor.errors.message("session_date") == "The session date is before the admission date."
    assert editor.status_label.text() == "Not saved – see the message"
    assert notes.notes_for(record_ctx.db, person.id) == []
    assert editor.has_unsaved_changes()
    editor.form.session_date.setDate(to_qdate(dt.date(2026, 2, 27)))
    assert editor.save_now()
    assert notes.notes_for(record_ctx.db, person.id)[0].fields["data"] == (
        "Typed before the date was fixed."
    )


def test_a_note_signed_days_later_is_marked_late(qtbot, record_ctx, person, answers) -> None:
    tab = NotesTab(record_ctx, person.id)
    qtbot.addWidget(tab)
    editor = tab.editor
    editor.form.session_date.setDate(to_qdate(dt.date(2026, 2, 23)))
    editor.form.sections["data"].setPlainText("Late write-up.")
    editor.form.risk.setCurrentIndex(editor.form.risk.findData(RiskLevel.DENIED.value))
    editor.sign()
    assert not editor.late_label.isHidden()
    assert notes.get(record_ctx.db, editor.note_id).late_entry
    assert tab.lines() == ["2026-02-23 · Signed · Late entry\nIndividual counseling · DAP"]


def test_addendum_is_stored_and_shown_under_the_note(qtbot, record_ctx, person, answers) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["data"].setPlainText("Attended.")
    editor.form.risk.setCurrentIndex(editor.form.risk.findData(RiskLevel.DENIED.value))
    editor.sign()
    dialog = editor.addendum_dialog()
    qtbot.addWidget(dialog)
    dialog.reason.setText("Clarification")
    dialog.text.setPlainText("Sleep is six hours a night.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    [addendum] = notes.get(record_ctx.db, editor.note_id).addenda
    assert (addendum.author, addendum.reason, addendum.text) == (
        "Robin Vale, LCSW",
        "Clarification",
        "Sleep is six hours a night.",
    )
    editor.reload()
    assert editor.addenda_texts() == [
        "Addendum by Robin Vale, LCSW on 2026-03-02 16:00\nReason: Clarification\n\n"
        "Sleep is six hours a night."
    ]
    assert not editor.addenda_box.isHidden()


def test_switching_format_keeps_matching_sections_and_moves_the_rest(
    qtbot, record_ctx, person, answers
) -> None:
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["data"].setPlainText("Reports cravings.")
    editor.form.sections["plan"].setPlainText("Meet Friday.")
    editor.form.format.setCurrentIndex(editor.form.format.findData(NoteFormat.SOAP.value))
    assert len(answers) == 1 and "Data" in answers[0]
    assert list(editor.form.sections) == ["subjective", "objective", "assessment", "plan"]
    assert editor.form.sections["plan"].toPlainText() == "Meet Friday."
    assert editor.form.sections["subjective"].toPlainText() == "Data: Reports cravings."
    editor.save_now()
    stored = notes.get(record_ctx.db, editor.note_id)
    assert stored.format is NoteFormat.SOAP
    assert stored.fields["subjective"] == "Data: Reports cravings."


def test_declining_a_format_switch_keeps_everything(qtbot, record_ctx, person, monkeypatch) -> None:
    monkeypatch.setattr(form, "ask", lambda *_args: False)
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["assessment"].setPlainText("Mood improving.")
    editor.form.sections["data"].setPlainText("Slept well.")
    editor.form.format.setCurrentIndex(editor.form.format.findData(NoteFormat.BIRP.value))
    assert editor.form.format.currentData() == NoteFormat.DAP.value
    assert editor.form.section_texts()["data"] == "Slept well."
    assert editor.form.section_texts()["assessment"] == "Mood improving."


def test_the_goal_combo_links_the_note_to_a_goal(qtbot, record_ctx, person) -> None:
    from counselor_desk.domain.model import Goal
    from counselor_desk.services import clinical

    goal = clinical.save_goal(record_ctx.db, Goal(0, person.id, "Stay sober"))
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.goal.setCurrentIndex(editor.form.goal.findData(goal.id))
    editor.form.service_type.setCurrentIndex(
        editor.form.service_type.findData(ServiceType.FAMILY.value)
    )
    editor.form.sections["data"].setPlainText("Family session.")
    editor.save_now()
    stored = notes.get(record_ctx.db, editor.note_id)
    assert (stored.goal_id, stored.service_type) == (goal.id, ServiceType.FAMILY)


def test_a_refused_draft_stays_open_when_another_note_is_chosen(qtbot, record_ctx, person) -> None:
    other = notes.save_draft(
        record_ctx.db,
        notes.NoteDraft(
            person.id,
            dt.date(2026, 2, 2),
            dt.time(13, 0),
            50,
            ServiceType.INDIVIDUAL,
            NoteFormat.FREE,
            {"text": "Earlier note"},
        ),
        record_ctx.clock,
    )
    tab = NotesTab(record_ctx, person.id)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.new_note()
    editor = tab.editor
    editor.form.duration.setValue(1)
    editor.form.session_date.setDate(to_qdate(dt.date(2025, 1, 1)))
    editor.form.sections["data"].setPlainText("Unsaved words")
    tab.open_note(other.id)
    assert tab.editor is editor
    assert editor.form.sections["data"].toPlainText() == "Unsaved words"
    assert editor.errors.message("session_date")


def test_a_draft_can_be_deleted_after_asking(qtbot, record_ctx, person, answers) -> None:
    tab = NotesTab(record_ctx, person.id)
    qtbot.addWidget(tab)
    editor = tab.editor
    assert editor.discard_button.isHidden()  # nothing stored yet, nothing to delete
    editor.form.sections["data"].setPlainText("Wrong participant")
    editor.save_now()
    assert not editor.discard_button.isHidden()
    editor.discard()
    assert answers == ["Delete this draft note? This cannot be undone."]
    assert notes.notes_for(record_ctx.db, person.id) == []
    assert tab.lines() == []
    assert tab.editor is not editor and tab.editor.note_id == 0


def test_a_save_the_disk_refuses_keeps_the_text_and_says_why(qtbot, record_ctx, person) -> None:
    """A read-only database (or a full disk) is said plainly; the typed note stays on screen."""
    editor = make_editor(qtbot, record_ctx, person.id)
    editor.form.sections["data"].setPlainText("Written while the file was read-only.")
    record_ctx.db.conn.execute("PRAGMA query_only = ON")
    try:
        assert not editor.save_now()
        assert "read-only; nothing could be saved" in editor.errors.banner.text()
        assert editor.form.sections["data"].toPlainText() == "Written while the file was read-only."
        assert editor.has_unsaved_changes()
    finally:
        record_ctx.db.conn.execute("PRAGMA query_only = OFF")
    assert editor.save_now()
    assert notes.notes_for(record_ctx.db, person.id)[0].fields["data"] == (
        "Written while the file was read-only."
    )
