"""The clinical tab's scores: Add refuses an empty score; a stored score is corrected or
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
from counselor_desk.ui.record.clinical_tab import NO_SCORE, ClinicalTab


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


def test_an_empty_score_is_refused_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, tab: ClinicalTab, ctx: AppContext, person: Participant
) -> None:
    assert tab.score.value() == NO_SCORE and tab.score.text() == "—"
    qtbot.mouseClick(tab.add_measure_button, Qt.MouseButton.LeftButton)
    assert tab.measure_errors.message("score") == "Type the PHQ-9 score first."
    assert scores.measures(ctx.db, person.id) == []
    # typed from the keyboard, Enter in the field adds it, and the field is empty again
    tab.score.setFocus()
    tab.score.lineEdit().selectAll()
    qtbot.keyClicks(tab.score, "7")
    qtbot.keyClick(tab.score, Qt.Key.Key_Return)
    assert [m.score for m in scores.measures(ctx.db, person.id)] == [7]
    assert tab.measure_errors.message("score") == ""
    assert tab.score.value() == NO_SCORE


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
    assert model.index(1, 3).data() == "corrected from 18: Added the items again"

    select_row(tab, 0)  # the 2 typed by mistake
    strike = tab.strike_dialog()
    assert strike is not None
    qtbot.addWidget(strike)
    strike.reason.setText("Entered on the wrong day")
    qtbot.mouseClick(strike.ok_button(), Qt.MouseButton.LeftButton)
    assert strike.result() == strike.DialogCode.Accepted
    tab.refresh()
    assert model.index(0, 3).data() == "struck: Entered on the wrong day"
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.index(1, 2).data(Qt.ItemDataRole.FontRole)
    assert tab.measure_summary.text().splitlines()[0] == (
        "PHQ-9: baseline 16 (moderately severe, 2026-02-02)."
    )
    select_row(tab, 0)
    assert not tab.strike_measure_button.isEnabled() and tab.strike_dialog() is None
    actions = [e.action for e in audit.entries(ctx.db)]
    assert actions[-2:] == [AuditAction.MEASURE_CORRECTION, AuditAction.MEASURE_STRIKE]
