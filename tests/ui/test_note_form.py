"""The note form on its own: no database, one form per attendee of a group."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Goal, NoteFormat, RiskLevel, ServiceType
from counselor_desk.services.notes import NoteDraft
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.record.note_editor import change_format, regroup_sections
from counselor_desk.ui.record.note_form import NoteForm

DAY = dt.date(2026, 3, 2)


def group_draft(participant_id: int) -> NoteDraft:
    return NoteDraft(participant_id, DAY, dt.time(9, 0), 180, ServiceType.GROUP, NoteFormat.BIRP)


def make_form(qtbot: QtBot, draft: NoteDraft, goals: tuple[Goal, ...] = ()) -> NoteForm:
    note_form = NoteForm(draft, goals)
    qtbot.addWidget(note_form)
    return note_form


def test_one_form_per_attendee_gives_back_each_ones_draft(qtbot: QtBot) -> None:
    forms = {
        7: make_form(qtbot, group_draft(7), (Goal(31, 7, "Stay sober"),)),
        8: make_form(qtbot, group_draft(8), (Goal(41, 8, "Rebuild sleep"),)),
    }
    forms[7].sections["behavior"].setPlainText("Shared a relapse plan.")
    forms[7].goal.setCurrentIndex(forms[7].goal.findData(31))
    forms[8].sections["behavior"].setPlainText("Quiet; listened.")
    forms[8].risk.setCurrentIndex(forms[8].risk.findData(RiskLevel.DENIED.value))

    drafts = [note_form.draft(participant_id) for participant_id, note_form in forms.items()]

    assert [(d.participant_id, d.fields["behavior"], d.goal_id) for d in drafts] == [
        (7, "Shared a relapse plan.", 31),
        (8, "Quiet; listened.", None),
    ]
    assert [d.risk for d in drafts] == [RiskLevel.NOT_ASSESSED, RiskLevel.DENIED]
    assert all(
        (d.session_date, d.start_time, d.duration_minutes, d.service_type, d.format)
        == (DAY, dt.time(9, 0), 180, ServiceType.GROUP, NoteFormat.BIRP)
        for d in drafts
    )
    assert forms[8].goal.findText("Stay sober") < 0  # each form has its own goals


def test_loading_is_not_an_edit_but_typing_is(qtbot: QtBot) -> None:
    note_form = make_form(qtbot, group_draft(7))
    edits: list[str] = []
    note_form.edited.connect(lambda: edits.append("edited"))
    sections = {"data": "Stored", "assessment": "", "plan": ""}
    stored = NoteDraft(7, DAY, dt.time(13, 0), 50, ServiceType.INDIVIDUAL, NoteFormat.DAP, sections)
    note_form.load(stored)
    note_form.set_goals([Goal(31, 7, "Stay sober")])
    assert edits == []
    assert note_form.draft(7) == stored
    qtbot.keyClicks(note_form.sections["data"], "!")
    assert edits == ["edited"]


def test_a_locked_form_shows_everything_and_takes_nothing(qtbot: QtBot) -> None:
    note_form = make_form(qtbot, group_draft(7))
    note_form.set_locked(True)
    assert all(edit.isReadOnly() for edit in note_form.sections.values())
    assert not note_form.session_date.isEnabled() and not note_form.goal.isEnabled()
    note_form.set_locked(False)
    assert not note_form.risk_detail.isReadOnly() and note_form.format.isEnabled()


def test_the_format_picked_is_reported_and_applied_by_the_holder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form, "ask", lambda *_args: True)
    note_form = make_form(qtbot, group_draft(7))
    picked: list[NoteFormat] = []
    note_form.format_chosen.connect(picked.append)
    note_form.sections["intervention"].setPlainText("Role play.")
    note_form.format.setCurrentIndex(note_form.format.findData(NoteFormat.DAP.value))
    assert picked == [NoteFormat.DAP]
    assert note_form.note_format is NoteFormat.BIRP  # nothing rebuilt until the holder says
    assert change_format(note_form, NoteFormat.DAP, note_form)
    assert list(note_form.sections) == ["data", "assessment", "plan"]
    assert note_form.sections["data"].toPlainText() == "Intervention: Role play."


def test_regrouping_keeps_shared_sections_and_moves_the_rest() -> None:
    texts, moved = regroup_sections(
        {"data": "Slept well.", "assessment": "Calmer.", "plan": "Friday."},
        NoteFormat.DAP,
        NoteFormat.SOAP,
    )
    assert moved == ["Data"]
    assert texts["subjective"] == "Data: Slept well."
    assert (texts["assessment"], texts["plan"]) == ("Calmer.", "Friday.")
