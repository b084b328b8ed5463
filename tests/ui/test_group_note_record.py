"""A group entry in the participant's record: shown read-only with its signature and addenda,
an addendum added as to any signed note, the group note opened from it; the individual
editor offers no group format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import NoteFormat, Program
from counselor_desk.services import group_notes, notes
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.record.group_entry import WRITTEN_IN_GROUP, GroupEntryPanel
from counselor_desk.ui.record.note_editor import NoteEditor
from tests.ui.group_note_setup import (
    SHARED,
    Group,
    S,
    close_group_notes,
    entry,
    make_group,
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


def written(ctx: AppContext, program: Program, sign: bool) -> tuple[Group, int]:
    """Monday's group with Ana's and Ben's entries saved (and signed when `sign`)."""
    group = make_group(ctx.db, program)
    session_id = take_roll_call(
        ctx.db, MONDAY, [S.PRESENT, S.PRESENT, S.EXCUSED, S.EXCUSED], group.members
    )
    ana, ben = group.id("Ana"), group.id("Ben")
    group_notes.save(
        ctx.db,
        session_id,
        SHARED,
        [
            entry(ana, "Named payday", group.objectives[ana].id),
            replace(
                entry(ben, "Spoke of loneliness", group.objectives[ben].id),
                progress="Asked his sister for a ride, as planned.",
                plan="Practice a second request before Friday.",
            ),
        ],
        ctx.clock,
    )
    if sign:
        group_notes.sign(ctx.db, session_id, ctx.clock)
    return group, session_id


def panel_for(qtbot: QtBot, ctx: AppContext, participant_id: int) -> GroupEntryPanel:
    (note,) = notes.notes_for(ctx.db, participant_id)
    panel = GroupEntryPanel(ctx, note)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_signed_group_entry_is_shown_read_only_and_takes_addenda(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group, _session_id = written(ctx, program, sign=True)
    panel = panel_for(qtbot, ctx, group.id("Ana"))
    assert panel.heading_label.text() == (
        "Group entry · 2026-03-02 09:00 · Group therapy · 180 min"
    )
    assert panel.source_label.text() == WRITTEN_IN_GROUP
    assert panel.text.isReadOnly()
    shown = panel.text.toPlainText()
    assert shown.startswith("Topic / module: Relapse triggers (module: Relapse prevention)")
    assert "Response to intervention: Named payday when the facilitator asked" in shown
    assert shown.endswith("SI / HI: Denied")
    assert "Ben" not in shown
    assert panel.signed_label.text() == "Signed by Robin Vale, LCSW on 2026-03-02 16:00"
    assert panel.status_label.text() == "Signed and locked"
    assert not panel.addendum_button.isHidden()
    assert not panel.has_unsaved_changes() and panel.save_now()

    dialog = panel.addendum_dialog()
    qtbot.addWidget(dialog)
    dialog.reason.setText("Late detail")
    dialog.text.setPlainText("Asked for a sponsor's number after group.")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    (stored,) = notes.notes_for(ctx.db, group.id("Ana"))
    assert [(a.reason, a.text) for a in stored.addenda] == [
        ("Late detail", "Asked for a sponsor's number after group.")
    ]
    panel.reload()
    assert panel.addenda_texts() == [
        "Addendum by Robin Vale, LCSW on 2026-03-02 16:00\nReason: Late detail\n\n"
        "Asked for a sponsor's number after group."
    ]


def test_a_draft_group_entry_opens_its_group_note(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group, session_id = written(ctx, program, sign=False)
    panel = panel_for(qtbot, ctx, group.id("Ben"))
    assert panel.status_label.text() == "Draft – finish and sign it in the group note"
    assert panel.addendum_button.isHidden()
    assert panel.signed_label.isHidden()
    panel.group_button.click()
    (dialog,) = group_note.open_group_notes()
    assert dialog.session_id == session_id
    assert dialog.entry_of(group.id("Ben")).response.toPlainText().startswith("Spoke of loneliness")


def test_the_individual_editor_offers_no_group_format(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    editor = NoteEditor(ctx, group.id("Ana"))
    qtbot.addWidget(editor)
    combo = editor.form.format
    offered = [combo.itemData(row) for row in range(combo.count())]
    assert offered == [f.value for f in NoteFormat.for_one_participant()]
    assert NoteFormat.GROUP.value not in offered


def test_the_notes_tab_shows_a_group_entry_instead_of_the_editor(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    from counselor_desk.services.changes import Changes
    from counselor_desk.ui.record.window import ParticipantRecord

    group, session_id = written(ctx, program, sign=False)
    ben = group.id("Ben")
    record = ParticipantRecord(ctx, ben)
    qtbot.addWidget(record)
    record.show()
    tab = record.notes
    assert tab.lines() == ["2026-03-02 · Draft\nGroup therapy · Group entry"]
    (note,) = notes.notes_for(ctx.db, ben)
    tab.open_note(note.id)
    panel = tab.editor
    assert isinstance(panel, GroupEntryPanel)
    assert panel.status_label.text() == "Draft – finish and sign it in the group note"
    assert not panel.group_button.isHidden() and panel.addendum_button.isHidden()

    # signed in the group note: the record shows it signed, the addendum button with it
    group_notes.sign(ctx.db, session_id, ctx.clock)
    ctx.bus.publish(Changes.note(ben))
    assert tab.lines() == ["2026-03-02 · Signed\nGroup therapy · Group entry"]
    assert isinstance(tab.editor, GroupEntryPanel)
    assert tab.editor.status_label.text() == "Signed and locked"
    assert not tab.editor.addendum_button.isHidden()
    assert not record.has_unsaved_changes()
    record.save_now()  # nothing to save, nothing refused

    # New note gives the individual editor again
    tab.new_note()
    assert isinstance(tab.editor, NoteEditor)


def test_closing_the_app_or_locking_saves_an_open_group_note(
    qtbot: QtBot, ctx: AppContext, program: Program, settings: object
) -> None:
    from counselor_desk.ui import app

    group = make_group(ctx.db, program)
    session_id = take_roll_call(ctx.db, MONDAY, [S.PRESENT] * 4, group.members)
    window = app.start_window(ctx, settings=settings)  # type: ignore[arg-type]
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.today.actions_.open_group_note(session_id)
    (dialog,) = group_note.open_group_notes()
    qtbot.keyClicks(dialog.shared.topic, "Triggers")
    assert window.prepare_lock()  # what the lock does first
    assert group_notes.sheet(ctx.db, session_id).shared.topic == "Triggers"
    qtbot.keyClicks(dialog.shared.topic, " and cravings")
    window.close()
    assert group_notes.sheet(ctx.db, session_id).shared.topic == "Triggers and cravings"
