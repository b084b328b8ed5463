"""Caseload: the model (checked by qtmodeltester), filter as you type, real-value sorting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import (
    Discharge,
    DischargeReason,
    Measure,
    Participant,
    Program,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload_list, clinical
from counselor_desk.services import measures as scores
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.ui.caseload_model import (
    COL_ATTENDANCE,
    COL_CHART,
    COL_FLAGS,
    COL_HOURS,
    COL_NAME,
    COL_PHQ9,
    COL_WEEK,
    ROW_ROLE,
    CaseloadModel,
    fold,
)
from counselor_desk.ui.caseload_view import CaseloadView
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.widgets.badges import FLAGS_ROLE
from counselor_desk.ui.widgets.hours_bar import HOURS_ROLE


@pytest.fixture
def people(
    admit_person: Callable[..., Participant], ctx: AppContext, clock: FixedClock, program: Program
) -> dict[str, Participant]:
    """Three participants at weeks 1, 3 and 12 of 12 (names chosen so text order differs)."""
    return {
        "week1": admit_person(ctx.db, clock, program, "Zoë", "Alvarez", clock.today(), "B-10"),
        "week3": admit_person(
            ctx.db, clock, program, "Marcus", "Brown", dt.date(2026, 2, 16), "B-2", preferred="Mac"
        ),
        "week12": admit_person(
            ctx.db, clock, program, "Chloé", "Durand", dt.date(2025, 12, 15), "B-3"
        ),
    }


def shown_caseload(qtbot: QtBot, ctx: AppContext) -> CaseloadView:
    view = CaseloadView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(view: CaseloadView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_model_passes_qtmodeltester(
    qtmodeltester: object, ctx: AppContext, people: dict[str, Participant]
) -> None:
    model = CaseloadModel()
    model.set_rows(caseload_list.rows(ctx.db, ctx.clock))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    line = model.index(0, COL_NAME).data(ROW_ROLE)
    assert isinstance(line, CaseloadRow) and line.participant_id == people["week1"].id


def test_columns_show_week_hours_attendance_and_flags(
    qtbot: QtBot, ctx: AppContext, people: dict[str, Participant]
) -> None:
    view = shown_caseload(qtbot, ctx)
    assert shown(view, COL_NAME) == ["Zoë Alvarez", "Mac Brown", "Chloé Durand"]
    assert shown(view, COL_WEEK) == ["Week 1 of 12", "Week 3 of 12", "Week 12 of 12"]
    assert shown(view, COL_HOURS) == ["0.0 / 9 h", "0.0 / 9 h", "0.0 / 9 h"]
    assert shown(view, COL_ATTENDANCE) == ["–", "–", "–"]
    # Nobody's week in progress is out of reach yet (today's and two more groups to come).
    assert {view.proxy.index(row, COL_HOURS).data(HOURS_ROLE).short for row in range(3)} == {False}
    # Short on hours, and its admission measures never taken
    assert view.proxy.index(1, COL_FLAGS).data(FLAGS_ROLE) == (
        Flag.SHORT_HOURS,
        Flag.MEASURE_OVERDUE,
        Flag.PLAN_DUE,  # no goal yet, week 3
    )
    assert Flag.ENDING_SOON in view.proxy.index(2, COL_FLAGS).data(FLAGS_ROLE)
    assert view.count_label.text() == "3 participant(s)"
    assert not view.table.grab().isNull()  # the bar and badge delegates paint


def test_filter_as_you_type_ignores_case_and_accents(
    qtbot: QtBot, ctx: AppContext, people: dict[str, Participant]
) -> None:
    view = shown_caseload(qtbot, ctx)
    qtbot.keyClicks(view.filter_edit, "CHLOE")
    assert shown(view, COL_NAME) == ["Chloé Durand"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "b-2")
    assert shown(view, COL_CHART) == ["B-2"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "marcus")  # the legal name finds the preferred one
    assert shown(view, COL_NAME) == ["Mac Brown"]
    assert view.count_label.text() == "1 of 3 shown"
    view.filter_edit.clear()
    assert len(shown(view, COL_NAME)) == 3
    assert fold("Zoë") == "zoe"


def test_sort_by_real_values(qtbot: QtBot, ctx: AppContext, people: dict[str, Participant]) -> None:
    view = shown_caseload(qtbot, ctx)
    view.table.sortByColumn(COL_WEEK, Qt.SortOrder.DescendingOrder)
    assert shown(view, COL_WEEK) == ["Week 12 of 12", "Week 3 of 12", "Week 1 of 12"]
    view.table.sortByColumn(COL_CHART, Qt.SortOrder.AscendingOrder)
    assert shown(view, COL_CHART) == ["B-10", "B-2", "B-3"]
    view.table.sortByColumn(COL_FLAGS, Qt.SortOrder.DescendingOrder)
    assert shown(view, COL_NAME)[2] == "Zoë Alvarez"  # the one without flags last


def test_active_discharged_all(
    qtbot: QtBot, ctx: AppContext, people: dict[str, Participant]
) -> None:
    clinical.record_discharge(
        ctx.db,
        Discharge(people["week3"].id, ctx.clock.today(), DischargeReason.MOVED),
        ctx.clock,
    )
    ctx.bus.publish(Changes.participant(people["week3"].id))
    view = shown_caseload(qtbot, ctx)
    assert shown(view, COL_NAME) == ["Zoë Alvarez", "Chloé Durand"]
    view.include_combo.setCurrentIndex(1)
    assert shown(view, COL_NAME) == ["Mac Brown"]
    view.include_combo.setCurrentIndex(2)
    assert len(shown(view, COL_NAME)) == 3


def test_enter_opens_the_record_and_changes_refresh(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    people: dict[str, Participant],
    program: Program,
) -> None:
    view = shown_caseload(qtbot, ctx)
    qtbot.keyClicks(view.filter_edit, "durand")
    view.table.setFocus()
    with qtbot.waitSignal(ctx.bus.open_participant) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [people["week12"].id]
    view.filter_edit.clear()
    newcomer = admit_person(
        ctx.db, ctx.clock, program, "Ines", "Eastwood", ctx.clock.today(), "B-4"
    )
    ctx.bus.publish(Changes.participant(newcomer.id))
    assert "Ines Eastwood" in shown(view, COL_NAME)


def test_hours_bar_is_short_when_the_minimum_is_out_of_reach(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    program: Program,
) -> None:
    # Admitted on a Thursday: week 1 ends Wednesday, only Monday and Wednesday groups left (6 h).
    admit_person(ctx.db, clock, program, "Theo", "Late", dt.date(2026, 2, 26), "T-1")
    view = shown_caseload(qtbot, ctx)
    bar = view.proxy.index(0, COL_HOURS).data(HOURS_ROLE)
    assert (bar.hours, bar.minimum, bar.short) == (0.0, 9.0, True)
    assert view.proxy.index(0, COL_HOURS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Still reachable this week: 6 of 9 h"
    )


def test_new_participant_button_admits_and_opens_the_record(
    admit_person: Callable[..., Participant],
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    program: Program,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class FakeAdmit:
        """Stands in for ui.dialogs.participant_dialog.AdmitDialog: admits through the service."""

        def __init__(self, ctx: AppContext, parent: QWidget) -> None:
            self.ctx = ctx
            self.participant_id = 0

        def exec(self) -> QDialog.DialogCode:
            person = admit_person(self.ctx.db, clock, program, "Nora", "New", clock.today(), "N-1")
            self.participant_id = person.id
            self.ctx.bus.publish(Changes.participant(person.id))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("counselor_desk.ui.caseload_view.AdmitDialog", FakeAdmit)
    view = shown_caseload(qtbot, ctx)
    assert shown(view, COL_NAME) == []
    with qtbot.waitSignal(ctx.bus.open_participant) as opened:
        view.new_button.click()
    assert shown(view, COL_NAME) == ["Nora New"]
    assert opened.args == [view.proxy.row_at(0).participant_id]


def test_phq9_column_shows_the_latest_and_its_change_and_a_safety_flag_shows(
    qtbot: QtBot, ctx: AppContext, people: dict[str, Participant]
) -> None:
    week3, week12 = people["week3"], people["week12"]
    for day, score in ((dt.date(2026, 2, 16), 18), (dt.date(2026, 2, 23), 12)):
        scores.add(ctx.db, Measure(week3.id, "PHQ-9", day, score), ctx.clock)
    scores.add(ctx.db, Measure(week3.id, "PHQ-9", ctx.clock.today(), 7), ctx.clock)
    item_9 = (1, 1, 1, 1, 1, 1, 1, 1, 1)  # question 9 above 0: a safety flag
    scores.add(ctx.db, Measure(week12.id, "PHQ-9", ctx.clock.today(), 0, items=item_9), ctx.clock)
    view = shown_caseload(qtbot, ctx)
    assert shown(view, COL_NAME) == ["Zoë Alvarez", "Mac Brown", "Chloé Durand"]
    assert shown(view, COL_PHQ9) == ["\u2013", "7 (\u221211)", "9"]
    proxy = view.proxy
    assert proxy.headerData(COL_PHQ9, Qt.Orientation.Horizontal) == "PHQ-9"
    assert proxy.index(1, COL_PHQ9).data(Qt.ItemDataRole.ToolTipRole) == (
        "Latest PHQ-9: 7 (mild); baseline 18 (moderately severe), change \u221211"
    )
    assert proxy.index(2, COL_PHQ9).data(Qt.ItemDataRole.ToolTipRole) == (
        "Latest PHQ-9: 9 (mild); the baseline (taken once)"
    )
    assert proxy.index(0, COL_PHQ9).data(Qt.ItemDataRole.ToolTipRole) == "No PHQ-9 yet"
    flags = proxy.index(2, COL_FLAGS).data(FLAGS_ROLE)
    assert flags[0] is Flag.SAFETY  # drawn first, as a badge like the others
    assert "Safety follow-up" in proxy.index(2, COL_FLAGS).data()
    view.table.sortByColumn(COL_PHQ9, Qt.SortOrder.DescendingOrder)
    assert shown(view, COL_PHQ9) == ["9", "7 (\u221211)", "\u2013"]
    view.table.sortByColumn(COL_FLAGS, Qt.SortOrder.DescendingOrder)
    assert shown(view, COL_NAME)[0] == "Chloé Durand"  # the safety flag first
    assert not view.table.grab().isNull()
