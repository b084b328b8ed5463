"""Signing a group note from its window: names in the shared part stop everything, entries
the clone check points out are named with what was found and need a reason, incomplete ones
are named and stay drafts while the rest are signed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.group_note import SharedPart
from counselor_desk.domain.model import NoteStatus, Program
from counselor_desk.services import group_notes, notes
from counselor_desk.services.group_notes import SignReview
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.group_note_dialogs import CloneReviewDialog
from counselor_desk.ui.group_note import GroupNoteDialog
from tests.ui.group_note_setup import (
    SHARED,
    Group,
    S,
    close_group_notes,
    entry,
    make_group,
    open_dialog,
    signed_earlier,
    take_roll_call,
)

MONDAY = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _discard_when_closed_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_note, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


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


class CloneReview:
    """Stands in for the counselor at the clone dialog: reads it, then gives `answer`."""

    def __init__(self, answer: Mapping[str, str] | None) -> None:
        self.answer = answer
        self.seen: dict[str, str] = {}

    def __call__(
        self, review: SignReview, flagged: list[int], reasons: Mapping[int, str], parent: object
    ) -> dict[int, str] | None:
        dialog = CloneReviewDialog(review.findings, review.names, flagged, reasons)
        self.seen = {review.names[pid]: dialog.found_text(pid) for pid in flagged}
        if self.answer is None:
            dialog.reject()
            return None
        by_name = {name: pid for pid, name in review.names.items()}
        for name, reason in self.answer.items():
            dialog.reason_edits[by_name[name]].setText(reason)
        dialog.accept()
        return dialog.reasons()


def two_present(ctx: AppContext, program: Program) -> tuple[Group, int]:
    group = make_group(ctx.db, program)
    session_id = take_roll_call(
        ctx.db, MONDAY, [S.PRESENT, S.PRESENT, S.UNEXCUSED, S.UNEXCUSED], group.members
    )
    return group, session_id


def stored_status(ctx: AppContext, participant_id: int) -> list[NoteStatus]:
    return [note.status for note in notes.notes_for(ctx.db, participant_id)]


def test_names_in_the_shared_part_stop_signing(
    qtbot: QtBot, ctx: AppContext, program: Program, told: list[str], answers: list[str]
) -> None:
    group, session_id = two_present(ctx, program)
    ana, ben = group.id("Ana"), group.id("Ben")
    shared = SharedPart(
        topic="Triggers",
        interventions=("Psychoeducation",),
        content="Ben shared a story about payday.",
    )
    group_notes.save(
        ctx.db,
        session_id,
        shared,
        [entry(ana, "Named payday", group.objectives[ana].id), entry(ben, "Named boredom")],
        ctx.clock,
    )
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.sign()
    assert told == [
        "Nothing was signed.\n\nThe shared part names Ben Brook: every attendee's note prints "
        "it, so remove the names of group members."
    ]
    assert answers == []  # nothing asked about signing
    assert "Ben Brook" in dialog.shared.errors.banner.text()
    assert stored_status(ctx, ana) == [NoteStatus.DRAFT]
    assert stored_status(ctx, ben) == [NoteStatus.DRAFT]


def test_incomplete_entries_are_named_and_the_rest_signed(
    qtbot: QtBot, ctx: AppContext, program: Program, answers: list[str]
) -> None:
    group, session_id = two_present(ctx, program)
    ana, ben = group.id("Ana"), group.id("Ben")
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.shared.load(SHARED, dialog.sheet.interventions, ())
    dialog.shared.edited.emit()
    first, second = dialog.entries
    first.load(entry(ana, "Named payday", group.objectives[ana].id))
    second.response.setPlainText("Listened and nodded.")  # no level, no plan, no risk screen
    dialog.sign()

    assert answers == [
        "Sign the 1 complete entry now? 1 stays a draft:\n\n"
        "Ben Brook: pick a participation level.\n"
        "Ben Brook: write the plan.\n"
        "Ben Brook: record the risk screen (denied or present) before signing."
    ]
    assert stored_status(ctx, ana) == [NoteStatus.SIGNED]
    assert stored_status(ctx, ben) == [NoteStatus.DRAFT]
    assert dialog.status_label.text() == "1 signed · 1 stays a draft"
    signed, draft = dialog.entries  # reloaded: the signed entry is locked
    assert signed.locked and signed.signed_label.text().startswith("Signed by Robin Vale")
    assert not draft.locked
    assert "Ben Brook: pick a participation level." in draft.errors.banner.text()
    assert dialog.entries_title.text() == "Entries – 2 attended, 1 signed"


def test_entries_alike_are_named_and_stay_drafts_when_the_counselor_rewrites(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    group, session_id = two_present(ctx, program)
    ana, ben = group.id("Ana"), group.id("Ben")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [
            entry(ana, "Named payday", group.objectives[ana].id),
            entry(ben, "Named payday", group.objectives[ben].id),
        ],
        ctx.clock,
    )
    counselor = CloneReview(None)
    monkeypatch.setattr(group_note, "review_reasons", counselor)
    dialog = open_dialog(qtbot, ctx, session_id)
    dialog.sign()
    assert counselor.seen == {
        "Ana Alder": "reads like Ben Brook's entry (100 %)",
        "Ben Brook": "reads like Ana Alder's entry (100 %)",
    }
    assert dialog.status_label.text() == "Nothing signed – rewrite the entries pointed out"
    assert stored_status(ctx, ana) == [NoteStatus.DRAFT]
    assert stored_status(ctx, ben) == [NoteStatus.DRAFT]


def test_a_reason_signs_the_entry_and_stays_in_it(
    qtbot: QtBot, ctx: AppContext, program: Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = make_group(ctx.db, program)
    signed_earlier(ctx.db, group, dt.date(2026, 2, 27))
    session_id = take_roll_call(
        ctx.db, MONDAY, [S.PRESENT, S.PRESENT, S.UNEXCUSED, S.UNEXCUSED], group.members
    )
    ana, ben = group.id("Ana"), group.id("Ben")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [
            entry(ana, "Listed payday as a trigger", group.objectives[ana].id),  # as on Friday
            entry(ben, "Talked about loneliness on Sundays and called a sponsor"),
        ],
        ctx.clock,
    )
    counselor = CloneReview(
        {"Ana Alder": "Same plan on purpose: homework continues", "Ben Brook": "No objective yet"}
    )
    monkeypatch.setattr(group_note, "review_reasons", counselor)
    dialog = open_dialog(qtbot, ctx, session_id)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.keyClick(
            dialog.entries[0].response, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert counselor.seen == {
        "Ana Alder": "reads like their entry of 2026-02-27 (100 %)",
        "Ben Brook": "not tied to an objective (no objective linked, or no progress on it)",
    }
    (ana_note,) = [n for n in notes.notes_for(ctx.db, ana) if n.session_id == session_id]
    (ben_note,) = notes.notes_for(ctx.db, ben)
    assert ana_note.is_signed and ben_note.is_signed
    assert ana_note.fields["review_reason"] == "Same plan on purpose: homework continues"
    assert ben_note.fields["review_reason"] == "No objective yet"
    assert dialog.status_label.text() == "2 signed"
    assert dialog.sheet.all_signed
    assert not dialog.sign_button.isEnabled()
    assert dialog.shared.topic.isReadOnly()


def test_the_clone_dialog_needs_every_reason(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group, session_id = two_present(ctx, program)
    ana, ben = group.id("Ana"), group.id("Ben")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [entry(ana, "Named payday"), entry(ben, "Named payday")],
        ctx.clock,
    )
    review = group_notes.review(ctx.db, session_id)
    dialog = CloneReviewDialog(review.findings, review.names, [ana, ben])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.found_text(ana) == (
        "reads like Ben Brook's entry (100 %); "
        "not tied to an objective (no objective linked, or no progress on it)"
    )
    dialog.reason_edits[ana].setText("Both said the same")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Give a reason for Ben Brook, or cancel and rewrite the entry."
    )


def test_ctrl_enter_with_nothing_written_signs_nothing(
    qtbot: QtBot, ctx: AppContext, program: Program, told: list[str]
) -> None:
    _group, session_id = two_present(ctx, program)
    dialog: GroupNoteDialog = open_dialog(qtbot, ctx, session_id)
    qtbot.keyClick(dialog.shared.topic, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(told) == 1 and told[0].startswith("Nothing was signed.")
    assert "Shared part: write what the group did." in told[0]
