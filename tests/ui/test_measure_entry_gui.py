"""Entering a measure from the keyboard: a digit per question, Enter saves; C-SSRS questions
not asked are skipped; a total alone is typed, never assumed; a missing answer is named at its
question and nothing is lost; a PHQ-9 with question 9 above 0 offers the C-SSRS at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk.domain.measures import C_SSRS, GAD_7, PHQ_9
from counselor_desk.domain.model import Measure, Participant, Program
from counselor_desk.domain.safety import FlagState
from counselor_desk.services import measures as scores
from counselor_desk.services import safety
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import measure_entry
from counselor_desk.ui.dialogs.measure_entry import MeasureEntryDialog
from counselor_desk.ui.dialogs.measure_entry_row import QuestionRow
from counselor_desk.ui.dialogs.safety_plan import SafetyPlanDialog
from counselor_desk.ui.record.clinical_tab import ClinicalTab


@pytest.fixture
def person(
    ctx: AppContext, program: Program, admit_person: Callable[..., Participant]
) -> Participant:
    return admit_person(ctx.db, ctx.clock, program, "Avery", "Stone", dt.date(2026, 2, 2), "C-7")


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, person: Participant) -> ClinicalTab:
    widget = ClinicalTab(ctx, person.id)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def opened(qtbot: QtBot, tab: ClinicalTab, instrument: object) -> MeasureEntryDialog:
    dialog = tab.entry_dialog(instrument)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_keys(qtbot: QtBot, dialog: QDialog, keys: str) -> None:
    """Each key to whatever has the focus, as a counselor types: '⏎' is Enter, '⌫' Backspace."""
    named = {"⏎": Qt.Key.Key_Return, "⌫": Qt.Key.Key_Backspace, "↑": Qt.Key.Key_Up}
    for key in keys:
        target = dialog.focusWidget()
        assert target is not None
        qtbot.keyClick(target, named.get(key, key))


def focused_question(dialog: MeasureEntryDialog) -> str:
    widget = dialog.focusWidget()
    assert isinstance(widget, QuestionRow)
    return widget.question.number


def test_a_phq9_is_nine_digits_and_enter(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, PHQ_9)
    assert focused_question(dialog) == "1"  # the focus starts on question 1
    assert dialog.taken_on.date().toPython() == ctx.clock.today()
    type_keys(qtbot, dialog, "2103")
    assert focused_question(dialog) == "5"
    assert dialog.answers.result.text() == "Total so far: 6 · 5 questions to answer"
    type_keys(qtbot, dialog, "21100")
    assert focused_question(dialog) == "10"  # the optional difficulty question comes last
    assert dialog.answers.result.text() == "Total: 10 (moderate)"
    type_keys(qtbot, dialog, "⏎")  # 9 digits and Enter
    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.items == (2, 1, 0, 3, 2, 1, 1, 0, 0)
    assert (stored.score, stored.difficulty, stored.total_only) == (10, None, False)
    assert dialog.saved is not None and dialog.saved.id == stored.id
    tab.refresh()
    assert tab.measures_model.index(0, 2).data() == "10 (moderate)"
    assert tab.measures_model.index(0, 3).data() == "2 1 0 3 2 1 1 0 0"


def test_difficulty_backspace_up_and_digits_that_are_no_answer(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, PHQ_9)
    type_keys(qtbot, dialog, "21")
    type_keys(qtbot, dialog, "⌫")  # back to question 2, its answer kept until retyped
    assert focused_question(dialog) == "2"
    assert dialog.answers.answers()[:2] == (2, 1)
    type_keys(qtbot, dialog, "3")
    assert dialog.answers.answers()[:2] == (2, 3) and focused_question(dialog) == "3"
    type_keys(qtbot, dialog, "↑↑")
    assert focused_question(dialog) == "1"
    type_keys(qtbot, dialog, "↑")  # nothing before question 1
    assert focused_question(dialog) == "1"
    type_keys(qtbot, dialog, "7")  # not an answer to a PHQ-9 question: nothing moves
    assert focused_question(dialog) == "1" and dialog.answers.answers()[0] == 2
    type_keys(qtbot, dialog, "230000000" + "2" + "⏎")
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.items == (2, 3, 0, 0, 0, 0, 0, 0, 0)
    assert (stored.score, stored.difficulty) == (5, 2)


def test_c_ssrs_skips_questions_3_to_5_when_2_is_no(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, C_SSRS)
    rows = dialog.answers.rows
    assert [row.isEnabled() for row in rows] == [True, True, False, False, False, True]
    type_keys(qtbot, dialog, "2")  # a yes/no question is answered 0 or 1
    assert focused_question(dialog) == "1" and dialog.answers.answers()[0] is None
    type_keys(qtbot, dialog, "10")
    assert focused_question(dialog) == "6"  # 3, 4 and 5 are not asked
    assert rows[2].note.text() == "Asked only when question 2 is answered yes."
    type_keys(qtbot, dialog, "↑")
    assert focused_question(dialog) == "2"  # back over the questions not asked
    type_keys(qtbot, dialog, "1")  # yes after all: 3 to 5 are asked now
    assert focused_question(dialog) == "3"
    assert [row.isEnabled() for row in rows] == [True] * 6
    type_keys(qtbot, dialog, "100")
    assert dialog.answers.result.text() == "Risk level so far: moderate · 1 question to answer"
    assert "safety plan" in dialog.answers.warning.text()
    type_keys(qtbot, dialog, "⌫⌫⌫⌫0")  # question 2 is No again: the answers to 3-5 go
    assert dialog.answers.answers() == (1, 0, None, None, None, None)
    assert focused_question(dialog) == "6"
    type_keys(qtbot, dialog, "0")
    assert dialog.answers.result.text() == "Risk level: low"
    type_keys(qtbot, dialog, "⏎")
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.items == (1, 0, None, None, None, 0)
    assert stored.score == 0 and stored.instrument == "C-SSRS"


def test_a_missing_answer_blocks_the_save_and_is_named_at_its_question(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, GAD_7)
    type_keys(qtbot, dialog, "2103")
    dialog.answers.rows[5].set_value(1)  # clicked, out of order: question 5 stays empty
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("item_5") == "Question 5 has no answer."
    assert dialog.errors.message("item_7") == "Question 7 has no answer."
    assert dialog.errors.message("item_1") == ""
    assert scores.measures(ctx.db, person.id) == []
    assert dialog.answers.answers() == (2, 1, 0, 3, None, 1, None)  # nothing typed is lost
    assert focused_question(dialog) == "5"  # the first question to answer
    type_keys(qtbot, dialog, "3")
    assert focused_question(dialog) == "6"
    type_keys(qtbot, dialog, "12⏎")
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.items == (2, 1, 0, 3, 3, 1, 2) and stored.score == 12


def test_only_the_total_is_typed_never_assumed(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, PHQ_9)
    type_keys(qtbot, dialog, "21")
    dialog.total_only.setChecked(True)
    assert dialog.answers.isHidden() and dialog.total.text() == ""
    assert dialog.focusWidget() is dialog.total
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert "Answers are typed above" in dialog.errors.message("score")
    assert scores.measures(ctx.db, person.id) == []
    dialog.total_only.setChecked(False)  # the answers typed before are still there
    assert dialog.answers.answers()[:2] == (2, 1) and focused_question(dialog) == "3"
    dialog.total_only.setChecked(True)
    qtbot.keyClicks(dialog.total, "14")
    assert dialog.total_words.text() == "14 (moderate)"
    qtbot.keyClick(dialog.total, Qt.Key.Key_Return)  # a total alone would drop the answers
    assert "Answers are typed above" in dialog.errors.message("score")
    assert scores.measures(ctx.db, person.id) == [] and dialog.answers.answers()[:2] == (2, 1)
    dialog.reject()
    dialog = opened(qtbot, tab, PHQ_9)
    dialog.total_only.setChecked(True)
    qtbot.keyClick(dialog.total, Qt.Key.Key_Return)
    assert dialog.errors.message("score") == "Type the total (0–27)."
    qtbot.keyClicks(dialog.total, "14")
    qtbot.keyClick(dialog.total, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.total_only and stored.items == () and stored.score == 14
    tab.refresh()
    assert tab.measures_model.index(0, 3).data() == "total only"


def test_a_date_in_the_future_is_said_at_the_date(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    dialog = opened(qtbot, tab, GAD_7)
    dialog.taken_on.setDate(ctx.clock.today() + dt.timedelta(days=3))
    dialog.answers.focus_first()
    type_keys(qtbot, dialog, "0000000⏎")
    assert dialog.errors.message("taken_on") == "The date cannot be in the future."
    assert scores.measures(ctx.db, person.id) == []
    assert dialog.answers.answers() == (0,) * 7
    assert dialog.has_typed_text()  # Cancel would ask before the answers are thrown away


def test_question_9_above_0_raises_a_flag_and_offers_the_c_ssrs_at_once(
    qtbot: QtBot,
    tab: ClinicalTab,
    ctx: AppContext,
    person: Participant,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed = ["000000001⏎", "000⏎"]  # the PHQ-9, then the C-SSRS it calls for
    titles: list[str] = []

    def answered(self: MeasureEntryDialog) -> int:
        titles.append(self.windowTitle())
        qtbot.addWidget(self)
        self.show()
        type_keys(qtbot, self, typed.pop(0))
        return self.result()

    asked: list[str] = []

    def ask_for_screen(_parent: QWidget | None, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(MeasureEntryDialog, "exec", answered)
    monkeypatch.setattr(measure_entry, "ask_for_screen", ask_for_screen)
    dialog = opened(qtbot, tab, PHQ_9)
    type_keys(qtbot, dialog, "00000000")
    assert dialog.answers.warning.isHidden()
    type_keys(qtbot, dialog, "1")
    assert dialog.answers.warning.text() == (
        "Question 9 is answered above 0: saving raises a safety flag, and a C-SSRS screen is "
        "due today."
    )
    dialog.close()

    saved = tab.new_measure(PHQ_9)
    assert saved is not None and saved.items[8] == 1
    assert titles == ["New PHQ-9", "C-SSRS screen"]
    [text] = asked
    assert text.startswith("A safety flag was raised: PHQ-9 question 9 (thoughts that you")
    assert text.endswith("A C-SSRS screen is due today. Open the C-SSRS screen now?")
    assert [m.instrument for m in scores.measures(ctx.db, person.id)] == ["PHQ-9", "C-SSRS"]
    [flag] = safety.flags(ctx.db, person.id)
    assert flag.state is FlagState.FOLLOWED_UP  # the low-risk screen answered it
    assert tab.screen_summary.text() == "C-SSRS: latest screen 2026-03-02:"
    assert tab.screen_risk.text() == "low risk"


def test_a_screen_showing_risk_says_the_plan_is_needed(
    qtbot: QtBot,
    tab: ClinicalTab,
    ctx: AppContext,
    person: Participant,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    opened_plans: list[int] = []

    def ask(_parent: QWidget | None, text: str) -> bool:
        told.append(text)
        return True

    def plan_shown(self: SafetyPlanDialog) -> int:
        opened_plans.append(self.participant_id)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(measure_entry, "ask_for_screen", ask)
    monkeypatch.setattr(SafetyPlanDialog, "exec", plan_shown)
    dialog = opened(qtbot, tab, C_SSRS)
    known = measure_entry.open_flag_ids(ctx, person.id)
    type_keys(qtbot, dialog, "111000⏎")
    assert dialog.saved is not None and dialog.saved.score == 1  # moderate
    measure_entry.follow_up(ctx, dialog.saved, tab, known)
    [text] = told
    assert text.endswith("Write or review the safety plan. Open the safety plan now?")
    assert opened_plans == [person.id]  # Yes opens the plan for this participant
    # a score saved without risk says nothing
    quiet = scores.add(ctx.db, Measure(person.id, "GAD-7", ctx.clock.today(), 4), ctx.clock)
    measure_entry.follow_up(ctx, quiet, tab, measure_entry.open_flag_ids(ctx, person.id))
    assert len(told) == 1


def test_the_entry_buttons_open_each_instrument_from_the_keyboard(tab: ClinicalTab) -> None:
    texts = {name: button.text() for name, button in tab.entry_buttons.items()}
    assert texts == {"PHQ-9": "New PHQ-&9…", "GAD-7": "New GAD-&7…", "C-SSRS": "&C-SSRS screen…"}
    assert not hasattr(tab, "score")  # the old score box that stored 0 with one click is gone


def test_arrows_delete_and_a_click_change_an_answer(qtbot: QtBot, tab: ClinicalTab) -> None:
    dialog = opened(qtbot, tab, GAD_7)
    first = dialog.answers.rows[0]
    qtbot.keyClick(first, Qt.Key.Key_Right)  # unanswered: Right picks the first answer
    assert first.value() == 0 and focused_question(dialog) == "1"  # and stays
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(first, Qt.Key.Key_Left)
    assert first.value() == 1
    assert first.accessibleDescription().endswith("Answer: 1 Several days.")
    qtbot.keyClick(first, Qt.Key.Key_Delete)
    assert first.value() is None and dialog.answers.result.text() == "Total: no answers yet"
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert focused_question(dialog) == "2"
    qtbot.mouseClick(dialog.answers.rows[3].buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.answers.answers()[3] == 2 and focused_question(dialog) == "5"
