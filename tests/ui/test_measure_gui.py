"""The clinical tab's scores: a stored score is corrected (its answers, or a total alone) or
struck through its dialog, and a struck one is shown struck with its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.model import Measure, Participant, Program
from counselor_desk.services import audit
from counselor_desk.services import measures as scores
from counselor_desk.ui.context import AppContext
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


def select_row(tab: ClinicalTab, row: int) -> None:
    index = tab.measures_model.index(row, 0)
    tab.measures.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_correct_and_strike_through_the_dialogs(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    for day, score in ((dt.date(2026, 2, 2), 18), (dt.date(2026, 2, 23), 2)):
        scores.add(ctx.db, Measure(person.id, "PHQ-9", day, score), ctx.clock)
    tab.refresh()
    assert tab.correction_dialog() is None and not tab.correct_measure_button.isEnabled()
    select_row(tab, 1)  # newest first: row 1 is the baseline of 18
    assert tab.correct_measure_button.isEnabled() and tab.strike_measure_button.isEnabled()
    dialog = tab.correction_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.answers is None and dialog.score is not None  # a total alone: its total
    dialog.score.setValue(16)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "Reason for the correction is required."
    assert scores.measures(ctx.db, person.id)[0].score == 18  # nothing changed yet
    dialog.reason.setText("Added the items again")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    model = tab.measures_model
    assert model.index(1, 2).data() == "16 (moderately severe)"
    assert model.index(1, 4).data() == "corrected from 18: Added the items again"

    select_row(tab, 0)  # the 2 typed by mistake
    strike = tab.strike_dialog()
    assert strike is not None
    qtbot.addWidget(strike)
    strike.reason.setText("Entered on the wrong day")
    qtbot.mouseClick(strike.ok_button(), Qt.MouseButton.LeftButton)
    assert strike.result() == strike.DialogCode.Accepted
    tab.refresh()
    assert model.index(0, 4).data() == "struck: Entered on the wrong day"
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.index(1, 2).data(Qt.ItemDataRole.FontRole)
    assert tab.courses["PHQ-9"].summary.text() == (
        "Baseline 16 (moderately severe) on 2026-02-02 · not taken again yet"
    )
    select_row(tab, 0)
    assert not tab.strike_measure_button.isEnabled() and tab.strike_dialog() is None
    actions = [e.action for e in audit.entries(ctx.db)]
    assert actions[-2:] == [AuditAction.MEASURE_CORRECTION, AuditAction.MEASURE_STRIKE]


def test_correcting_answers_edits_them_and_keeps_the_old_ones(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    first = (1, 1, 1, 1, 1, 1, 1, 1, 0)
    scores.add(
        ctx.db,
        Measure(person.id, "PHQ-9", dt.date(2026, 2, 2), 0, items=first, difficulty=1),
        ctx.clock,
    )
    tab.refresh()
    select_row(tab, 0)
    dialog = tab.correction_dialog()
    assert dialog is not None and dialog.score is None and dialog.answers is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.answers.values() == (first, 1)  # the answers as stored, to edit
    assert not dialog.has_typed_text()
    assert dialog.answers.result.text() == "Total: 8 (mild)"
    qtbot.keyClick(dialog.focusWidget(), "3")  # question 1 was 1, is 3
    assert dialog.answers.result.text() == "Total: 10 (moderate)" and dialog.has_typed_text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "Reason for the correction is required."
    assert dialog.answers.answers()[0] == 3  # kept while the reason is typed
    qtbot.keyClicks(dialog.reason, "Question 1 read from the wrong column")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [stored] = scores.measures(ctx.db, person.id)
    assert stored.items == (3, 1, 1, 1, 1, 1, 1, 1, 0) and stored.score == 10
    assert stored.items_before == first and stored.corrected_from == 8
    assert stored.difficulty == 1
    tab.refresh()
    assert tab.measures_model.index(0, 4).data() == (
        "corrected from 8 (answers were 1 1 1 1 1 1 1 1 0): Question 1 read from the wrong column"
    )
    assert tab.measures_model.index(0, 3).data() == "3 1 1 1 1 1 1 1 0 · difficulty 1"
