"""The note editor: Ctrl+Enter signs (and the Sign button says so); a new addendum is
scrolled into view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

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
from counselor_desk.ui.dialogs.note_dialogs import AddendumDialog
from counselor_desk.ui.record.note_editor import SIGN_QUESTION, NoteEditor
from counselor_desk.ui.record.notes_tab import NotesTab
from tests.factories import ALEXANDRA, new_participant


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
        record_ctx.db,
        new_participant(program, **ALEXANDRA, admitted=dt.date(2026, 1, 5)),
        record_ctx.clock,
    )


def test_the_sign_button_shows_its_shortcut(
    qtbot: QtBot, record_ctx: AppContext, person: Participant
) -> None:
    editor = NoteEditor(record_ctx, person.id)
    qtbot.addWidget(editor)
    assert editor.sign_button.text() == "Sign… (Ctrl+Enter)"
    assert editor.sign_button.toolTip() == "Sign and lock the note (Ctrl+Enter)"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_in_a_section_asks_and_signs(
    qtbot: QtBot, record_ctx: AppContext, person: Participant, answers: list[str], key: Qt.Key
) -> None:
    editor = NoteEditor(record_ctx, person.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.form.risk.setCurrentIndex(editor.form.risk.findData(RiskLevel.DENIED.value))
    section = editor.form.sections["data"]
    section.setFocus()
    qtbot.keyClicks(section, "Engaged in group.")
    qtbot.keyClick(section, key, Qt.KeyboardModifier.ControlModifier)

    assert answers == [SIGN_QUESTION]
    stored = notes.get(record_ctx.db, editor.note_id)
    assert stored.status is NoteStatus.SIGNED
    assert stored.fields["data"] == "Engaged in group."  # no line break was typed
    assert editor.sign_button.isHidden()
    assert editor.status_label.text() == "Signed and locked"
    # Once signed (the form shown again, locked), the keys do nothing more.
    locked = editor.form.sections["data"]
    locked.setFocus()
    qtbot.keyClick(locked, key, Qt.KeyboardModifier.ControlModifier)
    assert answers == [SIGN_QUESTION]


def test_a_new_addendum_is_scrolled_into_view(
    qtbot: QtBot, record_ctx: AppContext, person: Participant
) -> None:
    long_text = "\n".join(f"Line {n} of a long session note." for n in range(60))
    draft = notes.save_draft(
        record_ctx.db,
        notes.NoteDraft(
            person.id,
            dt.date(2026, 3, 2),
            dt.time(13, 0),
            50,
            ServiceType.INDIVIDUAL,
            NoteFormat.FREE,
            {"text": long_text},
            risk=RiskLevel.DENIED,
        ),
        record_ctx.clock,
    )
    notes.sign(record_ctx.db, draft.id, record_ctx.clock)
    tab = NotesTab(record_ctx, person.id)
    qtbot.addWidget(tab)
    tab.resize(900, 420)
    tab.show()
    qtbot.waitExposed(tab)
    tab.refresh()
    tab.open_note(draft.id)
    editor = tab.editor
    scroll = tab.editor_scroll.verticalScrollBar()
    assert scroll.value() == 0

    def fill_and_add() -> None:
        dialog = next(w for w in editor.findChildren(AddendumDialog) if w.isVisible())
        dialog.reason.setText("Clarification")
        dialog.text.setPlainText("Sleep is six hours a night.")
        dialog.ok_button().click()

    QTimer.singleShot(0, fill_and_add)
    editor.add_addendum()

    [added] = notes.get(record_ctx.db, draft.id).addenda
    assert added.reason == "Clarification"
    qtbot.waitUntil(lambda: scroll.value() > 0)
    newest = editor.newest_addendum()
    assert newest is not None
    assert "Sleep is six hours a night." in newest.text()
    qtbot.waitUntil(lambda: not newest.visibleRegion().isEmpty())
    viewport = tab.editor_scroll.viewport()
    top = newest.mapTo(viewport, newest.rect().topLeft()).y()
    bottom = newest.mapTo(viewport, newest.rect().bottomLeft()).y()
    assert top >= 0 and bottom <= viewport.height()  # the whole addendum is on screen
