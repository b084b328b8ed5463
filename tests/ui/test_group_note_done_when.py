"""Done when: a counselor takes roll call for today's group, opens the group note, writes
the shared part once and an entry for everyone present, is stopped when two entries are the
same, signs with a reason, and each participant's chart holds a signed note of their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import NoteFormat, NoteStatus, Program
from counselor_desk.services import notes
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import roll_call
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.form import Unsaved as RollCallUnsaved
from counselor_desk.ui.dialogs.group_note_dialogs import CloneReviewDialog
from counselor_desk.ui.group_entry_view import EntryView
from counselor_desk.ui.group_note import GroupNoteDialog
from counselor_desk.ui.record.group_entry import GroupEntryPanel
from counselor_desk.ui.record.window import ParticipantRecord
from counselor_desk.ui.today_view import TodayView
from tests.ui.group_note_setup import close_group_notes, make_group

TOPIC = "Relapse triggers"
MODULE = "Relapse prevention"
CONTENT = "The group mapped high-risk situations and rehearsed urge surfing."
SAME_RESPONSE = "Listened, then described a weekend trigger and one way to cope."
SAME_PLAN = "Continue attending; bring the trigger worksheet."


@pytest.fixture(autouse=True)
def _answer_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(group_note, "ask_unsaved", lambda _parent: Unsaved.DISCARD)
    monkeypatch.setattr(roll_call, "ask_unsaved", lambda _parent: RollCallUnsaved.DISCARD)


@pytest.fixture(autouse=True)
def _close_group_notes(db: Database) -> Iterator[None]:
    yield
    close_group_notes()


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key where the focus is, as the counselor presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def write_entry(
    qtbot: QtBot,
    entry: EntryView,
    level: Qt.Key,
    response: str,
    plan: str,
    progress: str = "",
    objective: bool = False,
) -> None:
    """From the entry's participation picks to the next entry, by keyboard alone."""
    assert QApplication.focusWidget() is entry.picks
    press(qtbot, level)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, response)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.objective
    if objective:
        press(qtbot, Qt.Key.Key_Down)  # the first of their objectives
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, progress)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, plan)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.risk
    press(qtbot, Qt.Key.Key_Down)  # Not assessed -> Denied
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # past the risk details: on to the next entry


class AtTheCloneDialog:
    """What the counselor does in the clone dialog when it comes up (a modal dialog: the
    timer acts inside its event loop)."""

    def __init__(self, reasons: dict[str, str] | None) -> None:
        self.reasons = reasons
        self.seen: dict[str, str] = {}

    def arm(self, tries: int = 200) -> None:
        QTimer.singleShot(10, lambda: self.act(tries))

    def act(self, tries: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloneReviewDialog):
            assert tries > 0, "the clone dialog did not come up"
            self.arm(tries - 1)
            return
        self.seen = {dialog.names[pid]: dialog.found_text(pid) for pid in dialog.reason_edits}
        buttons = dialog.buttons
        if self.reasons is None:
            button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        else:
            for pid, edit in dialog.reason_edits.items():
                QTest.keyClicks(edit, self.reasons[dialog.names[pid]])
            button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        button.click()


def test_roll_call_then_one_group_note_signs_a_note_of_their_own_for_each(
    qtbot: QtBot, ctx: AppContext, program: Program
) -> None:
    group = make_group(ctx.db, program)
    ana, ben, chloe, dev = group.members
    today = TodayView(ctx)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitExposed(today)

    # Roll call by keyboard: three present, Dev absent–excused; Ctrl+S saves.
    today.table.selectRow(0)
    today.roll_call_button.click()
    sheet = today.actions_.roll_call_dialog
    assert sheet is not None
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_X):
        qtbot.keyClick(sheet.table, key)
    qtbot.keyClick(sheet.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: today.actions_.group_note_offer is not None)
    offer = today.actions_.group_note_offer
    assert offer is not None
    assert offer.text() == "Roll call saved: 3 attended. Write the group note now?"
    write_now = offer.button(QMessageBox.StandardButton.Yes)
    assert write_now is not None
    write_now.click()

    dialog = today.actions_.group_note_dialog
    assert isinstance(dialog, GroupNoteDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert [e.name for e in dialog.entries] == ["Ana Alder", "Ben Brook", "Chloé Cruz"]
    assert dialog.absent_label.text() == "Absent – excused: Dev Dunn"

    # The shared part, once: topic, module, two interventions checked with Space, content.
    assert QApplication.focusWidget() is dialog.shared.topic
    type_text(qtbot, TOPIC)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, MODULE)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.shared.interventions
    press(qtbot, Qt.Key.Key_Space)  # Psychoeducation
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # Relapse prevention planning
    press(qtbot, Qt.Key.Key_Tab)  # Edit pick list…
    press(qtbot, Qt.Key.Key_Tab)  # Other
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, CONTENT)
    press(qtbot, Qt.Key.Key_Tab)

    # An entry each; Ben's and Chloé's read the same.
    first, second, third = dialog.entries
    write_entry(
        qtbot,
        first,
        Qt.Key.Key_1,
        "Named payday and her old neighbourhood as triggers, with a plan for each.",
        "Rehearse the plan for Friday's payday.",
        progress="Has three triggers written down with coping skills.",
        objective=True,
    )
    write_entry(qtbot, second, Qt.Key.Key_2, SAME_RESPONSE, SAME_PLAN)
    write_entry(qtbot, third, Qt.Key.Key_2, SAME_RESPONSE, SAME_PLAN)
    assert QApplication.focusWidget() is dialog.save_button

    # Ctrl+Enter: the clone dialog names the two like entries; Cancel goes back to rewrite.
    rewrite = AtTheCloneDialog(None)
    rewrite.arm()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    untied = "not tied to an objective (no objective linked, or no progress on it)"
    assert rewrite.seen == {
        "Ben Brook": f"reads like Chloé Cruz's entry (100 %); {untied}",
        "Chloé Cruz": f"reads like Ben Brook's entry (100 %); {untied}",
    }
    assert {n.status for p in (ana, ben, chloe) for n in notes.notes_for(ctx.db, p.id)} == {
        NoteStatus.DRAFT
    }

    # Again, with a reason for each: all three signed, the reasons kept in the notes.
    reasons = {
        "Ben Brook": "Both said the same in group; checked with the co-facilitator",
        "Chloé Cruz": "Both said the same in group; no plan objective yet",
    }
    sign = AtTheCloneDialog(reasons)
    sign.arm()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(third.plan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert set(sign.seen) == set(reasons)
    assert dialog.status_label.text() == "3 signed"
    assert all(entry.locked for entry in dialog.entries)

    # Each chart: one signed group note, the shared part and only their own entry.
    names = {p.id: (p.first_name, p.last_name) for p in group.members}
    for person, response in (
        (ana, "Named payday and her old neighbourhood"),
        (ben, SAME_RESPONSE),
        (chloe, SAME_RESPONSE),
    ):
        (note,) = notes.notes_for(ctx.db, person.id)
        assert note.format is NoteFormat.GROUP and note.status is NoteStatus.SIGNED
        assert note.signed_by == "Robin Vale, LCSW"
        assert note.fields["topic"] == f"{TOPIC} (module: {MODULE})"
        assert note.fields["interventions"] == "Psychoeducation; Relapse prevention planning"
        assert note.fields["group_content"] == CONTENT
        assert note.fields["attendance"] == "Present, 180 min"
        assert note.fields["response"].startswith(response)
        text = note.text() + "\n".join(note.fields.values())
        for other, (first_name, last_name) in names.items():
            if other != person.id:
                assert first_name not in text and last_name not in text
    assert notes.notes_for(ctx.db, dev.id) == []  # absent: no note
    (ana_note,) = notes.notes_for(ctx.db, ana.id)
    assert ana_note.fields["objective"] == "Name three triggers and a coping skill for each"
    assert "review_reason" not in ana_note.fields
    for person in (ben, chloe):
        (note,) = notes.notes_for(ctx.db, person.id)
        assert note.fields["review_reason"] == reasons[person.display_name]
        assert note.fields["participation"] == "Participated when prompted"

    # ... and the record's Notes tab shows it, read-only, as their own.
    for person in (ana, ben, chloe):
        record = ParticipantRecord(ctx, person.id)
        qtbot.addWidget(record)
        assert record.notes.lines() == ["2026-03-02 · Signed\nGroup therapy · Group entry"]
        (note,) = notes.notes_for(ctx.db, person.id)
        record.notes.open_note(note.id)
        panel = record.notes.editor
        assert isinstance(panel, GroupEntryPanel)
        assert panel.text.toPlainText().startswith(f"Topic / module: {TOPIC}")
        assert note.fields["response"] in panel.text.toPlainText()
        assert panel.signed_label.text() == "Signed by Robin Vale, LCSW on 2026-03-02 16:00"
        for other in group.members:
            if other.id != person.id:
                assert other.last_name not in panel.text.toPlainText()
