"""Safety in the app: the record header's banner, the Safety tab, the safety plan dialog and
Today's Needs attention, each following the changes a write announces."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.model import CounselorProfile, Measure, Participant, Program
from counselor_desk.domain.safety import CRISIS_LINE_988, FlagState
from counselor_desk.services import measures, participants, safety, setup
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import safety_plan
from counselor_desk.ui.dialogs.form import Unsaved
from counselor_desk.ui.dialogs.safety_plan import SafetyPlanDialog
from counselor_desk.ui.operations import write
from counselor_desk.ui.record import export as export_module
from counselor_desk.ui.record import window as window_module
from counselor_desk.ui.record.header import banner_style
from counselor_desk.ui.record.safety_tab_view import COL_BY, COL_STEP
from counselor_desk.ui.record.window import ParticipantRecord
from counselor_desk.ui.today_view import PARTICIPANT_ROLE, TodayView
from tests.factories import new_participant

ADMITTED = dt.date(2026, 2, 16)  # the clock stands on Monday 2 March 2026, 16:00
PHQ9_ITEM9 = (2, 2, 1, 2, 1, 2, 1, 1, 1)
CSSRS_MODERATE = (1, 1, 1, 0, 0, 0)
PLAN = {
    "warning_signs": "Not sleeping, staying in my room",
    "coping": "Walk the dog; music",
    "distraction": "Coffee shop on Main St",
    "help": "My sister, 555-0101",
    "professionals": "Clinic 555-0100",
    "environment": "Medications kept by my sister",
    "reasons": "My kids",
}


@pytest.fixture(autouse=True)
def _discard_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan dialog left open with typing is closed at teardown: answer, never block."""
    monkeypatch.setattr(safety_plan, "ask_unsaved", lambda _parent: Unsaved.DISCARD)


@pytest.fixture
def safety_ctx(db, clock: FixedClock) -> AppContext:  # type: ignore[no-untyped-def]
    setup.save_profile(
        db,
        CounselorProfile(
            name="Robin Vale", credentials="LCSW", clinic_name="Eastside", crisis_line="555-0199"
        ),
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def program(safety_ctx: AppContext) -> Program:
    return setup.add_program(safety_ctx.db, setup.standard_program("Adult IOP"))


@pytest.fixture
def zoe(safety_ctx: AppContext, program: Program) -> Participant:
    """Last in name order, so a safety flag is what brings her to the top."""
    person = new_participant(program, chart="A-2", first="Zoe", last="Zeal", admitted=ADMITTED)
    return participants.admit(safety_ctx.db, person, safety_ctx.clock)


@pytest.fixture
def ana(safety_ctx: AppContext, program: Program) -> Participant:
    person = new_participant(program, chart="A-1", first="Ana", last="Able", admitted=ADMITTED)
    return participants.admit(safety_ctx.db, person, safety_ctx.clock)


def add_score(ctx: AppContext, person: Participant, name: str, answers: tuple[int, ...]) -> None:
    """A score entered as the app enters it: through the one write helper."""
    measure = Measure(person.id, name, ctx.clock.today(), 0, items=answers)
    done = write(
        ctx, lambda: measures.add(ctx.db, measure, ctx.clock), Changes.participant(person.id)
    )
    assert done is not None


def open_record(qtbot: QtBot, ctx: AppContext, person: Participant) -> ParticipantRecord:
    record = ParticipantRecord(ctx, person.id)
    qtbot.addWidget(record)
    record.resize(1200, 800)
    record.show()
    qtbot.waitExposed(record)
    return record


def show_safety_tab(record: ParticipantRecord) -> None:
    record.show_safety()
    QApplication.processEvents()  # a tab built on first use is shown by a queued call


def open_plan_dialog(qtbot: QtBot, record: ParticipantRecord) -> SafetyPlanDialog:
    show_safety_tab(record)
    dialog = record.safety.plan_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def banner_shown(record: ParticipantRecord) -> bool:
    return record.header.safety.isVisibleTo(record)


def steps(record: ParticipantRecord) -> list[tuple[str, str]]:
    model = record.safety.history_model
    return [
        (model.index(row, COL_STEP).data(), model.index(row, COL_BY).data())
        for row in range(model.rowCount())
    ]


def test_a_positive_question_9_shows_in_the_header_the_safety_tab_and_first_on_today(
    qtbot: QtBot, safety_ctx: AppContext, ana: Participant, zoe: Participant
) -> None:
    record = open_record(qtbot, safety_ctx, zoe)
    today = TodayView(safety_ctx)
    qtbot.addWidget(today)
    today.show()
    assert not banner_shown(record)
    assert record.header.safety.styleSheet() == ""  # styled when it first has a flag to show

    add_score(safety_ctx, zoe, "PHQ-9", PHQ9_ITEM9)

    assert banner_shown(record)
    assert record.header.safety.text.text() == (
        "Safety follow-up needed: Record a C-SSRS screen today."
    )
    assert record.header.safety.styleSheet() == banner_style(ColourRole.DANGER)
    safety_index = record.tabs.indexOf(record._slots["safety"])
    assert record.tabs.tabBar().tabTextColor(safety_index) == palette.background(ColourRole.DANGER)
    qtbot.mouseClick(record.header.safety.button, Qt.MouseButton.LeftButton)
    assert record.tabs.currentWidget() is record._slots["safety"]
    [lines] = record.safety.open_flag_texts()
    assert lines == [
        "PHQ-9 question 9: C-SSRS screen needed",
        "PHQ-9 question 9 (thoughts that you would be better off dead, or of hurting "
        "yourself) answered \u201cseveral days\u201d on 2026-03-02",
        "Raised 2026-03-02 16:00 by Robin Vale",
        "Needed: Record a C-SSRS screen today.",
    ]
    assert steps(record) == [("Raised", "Robin Vale")]

    model = today.attention_model
    first = model.index(0, 0)
    assert model.rowCount() == 2
    assert first.data(PARTICIPANT_ROLE) == zoe.id
    assert str(first.data()).startswith("Zoe Zeal — Safety follow-up; ")
    assert first.data(Qt.ItemDataRole.BackgroundRole) == palette.background(ColourRole.DANGER)
    second = model.index(1, 0)
    assert second.data(PARTICIPANT_ROLE) == ana.id
    assert second.data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_plan_saved_through_the_dialog_is_the_next_version_and_closes_the_flag(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant
) -> None:
    db = safety_ctx.db
    safety.save_plan(db, zoe.id, PLAN, safety_ctx.clock)  # version 1, before any risk
    record = open_record(qtbot, safety_ctx, zoe)
    add_score(safety_ctx, zoe, "PHQ-9", PHQ9_ITEM9)
    add_score(safety_ctx, zoe, "C-SSRS", CSSRS_MODERATE)
    assert record.header.safety.text.text() == (
        "Safety follow-up needed: Write or review the safety plan."
    )
    dialog = open_plan_dialog(qtbot, record)
    assert dialog.sections.values() == PLAN  # the current version, to review
    assert "Saving stores version 2" in dialog.about.text()
    assert "answers the open safety flag" in dialog.about.text()
    dialog.sections.edits["coping"].setPlainText("Walk the dog; music; call my sister")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    versions = safety.plans(db, zoe.id)
    assert [plan.version for plan in versions] == [2, 1]
    assert versions[0].fields["coping"] == "Walk the dog; music; call my sister"
    assert versions[1].fields["coping"] == PLAN["coping"]  # the earlier version as it was
    [flag] = safety.flags(db, zoe.id)
    assert flag.state is FlagState.FOLLOWED_UP
    assert not banner_shown(record)  # refreshed from the announced change
    assert record.safety.none_open.isVisibleTo(record)
    assert record.safety.open_flag_texts() == []
    assert record.safety.plan_state.text() == (
        "Version 2, saved 2026-03-02 16:00 by Robin Vale (2 versions kept)."
    )
    assert [step for step, _by in steps(record)] == [
        "Raised",
        "C-SSRS screen recorded",
        "Safety plan saved",
        "Followed up",
    ]


def test_the_dialog_keeps_what_was_typed_when_the_plan_is_refused(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant
) -> None:
    record = open_record(qtbot, safety_ctx, zoe)
    dialog = open_plan_dialog(qtbot, record)
    # A first plan starts from the profile's crisis line, and says 988 is always printed.
    assert dialog.sections.edits["professionals"].toPlainText() == "Local crisis line: 555-0199"
    assert any(CRISIS_LINE_988 in label.text() for label in dialog.findChildren(type(dialog.about)))
    dialog.sections.edits["warning_signs"].setPlainText("Staying in my room")
    dialog.sections.edits["help"].setPlainText("x" * 2001)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.message("coping") == "Internal coping strategies: write at least one line."
    assert "too long" in dialog.errors.message("help")
    assert dialog.errors.message("warning_signs") == ""
    assert dialog.sections.edits["warning_signs"].toPlainText() == "Staying in my room"
    assert dialog.sections.edits["help"].toPlainText() == "x" * 2001
    assert dialog.focusWidget() is dialog.sections.edits["coping"]
    assert safety.plans(safety_ctx.db, zoe.id) == []


def test_closing_with_typing_not_saved_asks_first(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = open_record(qtbot, safety_ctx, zoe)
    dialog = open_plan_dialog(qtbot, record)
    monkeypatch.setattr(safety_plan, "ask_unsaved", lambda _parent: pytest.fail("asked"))
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog = open_plan_dialog(qtbot, record)
    for key, text in PLAN.items():
        dialog.sections.edits[key].setPlainText(text)
    answers = [Unsaved.CANCEL, Unsaved.SAVE]
    monkeypatch.setattr(safety_plan, "ask_unsaved", lambda _parent: answers.pop(0))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Cancel: still open, the text as typed
    assert dialog.sections.values() == PLAN
    dialog.reject()
    assert not dialog.isVisible()  # Save: stored, then closed
    [stored] = safety.plans(safety_ctx.db, zoe.id)
    assert stored.fields == PLAN and stored.version == 1

    dialog = open_plan_dialog(qtbot, record)
    dialog.sections.edits["reasons"].setPlainText("My kids and my dog")
    monkeypatch.setattr(safety_plan, "ask_unsaved", lambda _parent: Unsaved.DISCARD)
    dialog.reject()
    assert not dialog.isVisible()
    assert [plan.version for plan in safety.plans(safety_ctx.db, zoe.id)] == [1]


def test_earlier_versions_are_shown_read_only_and_the_typing_is_kept(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant
) -> None:
    db, clock = safety_ctx.db, safety_ctx.clock
    safety.save_plan(db, zoe.id, PLAN, clock)
    safety.save_plan(db, zoe.id, {**PLAN, "reasons": "My kids; my garden"}, clock)
    record = open_record(qtbot, safety_ctx, zoe)
    dialog = open_plan_dialog(qtbot, record)
    labels = [dialog.versions.item(row).text() for row in range(dialog.versions.count())]
    assert labels == [
        "New version (being written)",
        "Version 2\n2026-03-02 16:00, Robin Vale",
        "Version 1\n2026-03-02 16:00, Robin Vale",
    ]
    dialog.sections.edits["reasons"].setPlainText("typed, not saved")

    dialog.versions.setCurrentRow(2)

    assert dialog.viewing_saved_version()
    assert dialog.viewer.edits["reasons"].toPlainText() == "My kids"
    assert all(edit.isReadOnly() for edit in dialog.viewer.edits.values())
    assert not dialog.save_button.isEnabled()
    assert dialog.viewer_about.text() == (
        "Version 1, 2026-03-02 16:00, Robin Vale: an earlier version, read-only."
    )
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.viewing_saved_version()
    assert dialog.save_button.isEnabled()
    assert dialog.versions.currentRow() == 0
    assert dialog.sections.edits["reasons"].toPlainText() == "typed, not saved"


def test_the_banner_goes_when_the_score_that_raised_the_flag_is_struck(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant
) -> None:
    """A score struck before anyone acted on it withdraws its flag: the banner goes, the
    history keeps the flag."""
    record = open_record(qtbot, safety_ctx, zoe)
    add_score(safety_ctx, zoe, "PHQ-9", PHQ9_ITEM9)
    show_safety_tab(record)
    assert banner_shown(record)
    [score] = [m for m in measures.measures(safety_ctx.db, zoe.id) if m.instrument == "PHQ-9"]
    write(
        safety_ctx,
        lambda: measures.strike(
            safety_ctx.db, zoe.id, score.id, "entered for the wrong person", safety_ctx.clock
        ),
        Changes.participant(zoe.id),
    )
    QApplication.processEvents()
    assert not banner_shown(record)
    assert [step for step, _by in steps(record)] == ["Raised", "Withdrawn"]
    assert record.safety.history_model.index(0, 1).data() == (
        "PHQ-9 question 9, raised 2026-03-02: Withdrawn"
    )


def test_the_c_ssrs_button_opens_the_screen_entry(
    qtbot: QtBot, safety_ctx: AppContext, zoe: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[int, str]] = []
    monkeypatch.setattr(
        window_module,
        "enter_measure",
        lambda _ctx, pid, instrument, _parent: opened.append((pid, instrument.name)),
    )
    record = open_record(qtbot, safety_ctx, zoe)
    show_safety_tab(record)
    qtbot.mouseClick(record.safety.cssrs_button, Qt.MouseButton.LeftButton)
    assert opened == [(zoe.id, "C-SSRS")]


def test_the_plan_is_printed_for_the_participant_in_the_background(
    qtbot: QtBot,
    safety_ctx: AppContext,
    zoe: Participant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = open_record(qtbot, safety_ctx, zoe)
    show_safety_tab(record)
    assert not record.safety.print_button.isEnabled()  # nothing to print yet
    assert record.safety.plan_state.text() == "No safety plan has been written yet."
    safety.save_plan(safety_ctx.db, zoe.id, PLAN, safety_ctx.clock)
    safety_ctx.bus.publish(Changes.participant(zoe.id))  # standing in for the plan's write
    assert record.safety.print_button.isEnabled()
    out = tmp_path / "plan.pdf"
    suggested: list[str] = []

    def save_dialog(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        suggested.append(Path(start).name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    qtbot.mouseClick(record.safety.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not record.exports.jobs, timeout=20000)
    assert suggested == ["safety-plan_A-2_2026-03-02.pdf"]
    assert out.read_bytes().startswith(b"%PDF")
    assert record.exports.status.text() == "Exported 16:00: plan.pdf"
