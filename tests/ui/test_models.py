"""Every item model of the app passes Qt's model tester, filled, and hands back its records.

Each model is checked with pytest-qt's `qtmodeltester` (Qt's own QAbstractItemModelTester,
then pytest-qt's Python one) while it holds rows, and stays watched while it is refilled,
sorted or filtered. The lists that were hand-filled widgets keep their keyboard behaviour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_desk.domain.audit import AuditAction, AuditEntry
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    AttendedSession,
    Consent,
    CounselorProfile,
    Disclosure,
    Goal,
    LevelOfCare,
    Measure,
    Note,
    NoteFormat,
    Objective,
    Participant,
    ServiceType,
    Session,
)
from counselor_desk.services import (
    audit,
    caseload,
    caseload_list,
    clinical,
    notes,
    participants,
    sessions,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.caseload import Include, Review
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.sessions import DaySession
from counselor_desk.store.db import Database
from counselor_desk.ui.caseload_model import COL_NAME, ROW_ROLE, CaseloadFilter, CaseloadModel
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.audit import AuditDialog, AuditModel, chart_numbers
from counselor_desk.ui.record.attendance_tab import AttendanceTab
from counselor_desk.ui.record.clinical_tab import ClinicalTab
from counselor_desk.ui.record.consents_tab import ConsentsTab
from counselor_desk.ui.record.notes_tab import NotesTab
from counselor_desk.ui.record.plan_tab import PlanTab
from counselor_desk.ui.sessions_view import SessionsView
from counselor_desk.ui.today_view import PARTICIPANT_ROLE, TodayView
from counselor_desk.ui.widgets.session_table import SESSION_ROLE, SessionTableModel
from counselor_desk.ui.widgets.table_model import (
    ALIGN_RIGHT,
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    TableModel,
)

ADMITTED = dt.date(2026, 1, 5)  # a Monday, eight weeks before the clock's Monday 2 March
ALIGNMENT_MASK = int(Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignVertical_Mask)


@dataclass(frozen=True)
class Clinic:
    ctx: AppContext
    alex: Participant  # eight weeks of groups, one week of unexcused Wednesdays, corrected once
    sam: Participant  # admitted two weeks ago, never came: short on hours


def admit(ctx: AppContext, first: str, last: str, admitted: dt.date, chart: str) -> Participant:
    program = setup.list_programs(ctx.db)[0]
    return participants.admit(
        ctx.db,
        Participant(
            id=0,
            chart_number=chart,
            first_name=first,
            last_name=last,
            date_of_birth=dt.date(1990, 6, 15),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=admitted,
            planned_weeks=12,
        ),
        ctx.clock,
    )


def take_roll_calls(ctx: AppContext, person: Participant) -> None:
    day = person.admission_date
    while day < ctx.clock.today():
        for found in sessions.day_sessions(ctx.db, day):
            session = found.session
            absent = dt.date(2026, 1, 19) <= day <= dt.date(2026, 1, 25) and day.weekday() == 2
            status = AttendanceStatus.UNEXCUSED if absent else AttendanceStatus.PRESENT
            minutes = 0 if absent else session.duration_minutes
            mark = Attendance(session.id, person.id, status, minutes)
            sessions.record_roll_call(ctx.db, session.id, [mark], ctx.clock)
        day += dt.timedelta(days=1)


def write_chart(ctx: AppContext, person: Participant) -> None:
    """A correction, two notes, consents, a disclosure, a plan and measures for `person`."""
    db, clock = ctx.db, ctx.clock
    wednesday = next(
        mark
        for mark in caseload.attendance_history(db, person.id)
        if mark.status is AttendanceStatus.UNEXCUSED
    )
    sessions.correct_attendance(
        db,
        wednesday.session_id,
        Attendance(wednesday.session_id, person.id, AttendanceStatus.EXCUSED, 0),
        "Doctor's note received",
        clock,
    )
    for day, text in ((dt.date(2026, 2, 2), "Earlier note"), (dt.date(2026, 2, 23), "Later")):
        notes.save_draft(
            db,
            notes.NoteDraft(
                person.id,
                day,
                dt.time(13, 0),
                50,
                ServiceType.INDIVIDUAL,
                NoteFormat.FREE,
                {"text": text},
            ),
            clock,
        )
    court = Consent(
        0,
        person.id,
        "Court",
        "Verification",
        frozenset({ScopeCategory.ATTENDANCE}),
        ADMITTED,
        dt.date(2027, 1, 5),
    )
    clinical.add_consent(db, court, clock)
    expired = Consent(
        0,
        person.id,
        "Employer",
        "Return to work",
        frozenset({ScopeCategory.ATTENDANCE}),
        ADMITTED,
        ADMITTED,
    )
    clinical.add_consent(db, expired, clock)
    clinical.record_disclosure(
        db,
        Disclosure(0, person.id, None, dt.datetime(2026, 2, 20, 10, 0), "Court", "Verify", "Dates"),
    )
    goal = clinical.save_goal(db, Goal(0, person.id, "Stay sober"))
    clinical.save_objective(db, Objective(0, goal.id, "Attend three groups a week"))
    clinical.save_objective(db, Objective(0, goal.id, "Call a sponsor daily"))
    clinical.save_goal(db, Goal(0, person.id, "Sleep better"))
    for day, score in ((ADMITTED, 18), (dt.date(2026, 2, 23), 9)):
        scores.add(db, Measure(person.id, "PHQ-9", day, score), clock)
    scores.add(db, Measure(person.id, "GAD-7", dt.date(2026, 2, 23), 6), clock)


@pytest.fixture
def clinic(db: Database, clock: FixedClock) -> Clinic:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    setup.add_program(db, setup.standard_program("Adult IOP"))
    ctx = AppContext(db=db, clock=clock)
    alex = admit(ctx, "Alexandra", "Rivera", ADMITTED, "A-1001")
    take_roll_calls(ctx, alex)
    write_chart(ctx, alex)
    sam = admit(ctx, "Sam", "Short", dt.date(2026, 2, 16), "A-1002")
    today = clock.today()
    individual = sessions.add_session(
        db, Session(0, today, dt.time(14, 0), 50, ServiceType.INDIVIDUAL, participant_id=sam.id)
    )
    sessions.cancel_session(db, individual.id, "Counselor ill")
    return Clinic(ctx, alex, sam)


Check = Callable[[QAbstractItemModel], None]


@pytest.fixture
def check(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Check]:
    """pytest-qt's `qtmodeltester.check`, by Qt's tester and by its Python one.

    A tester watches one model, so each model gets its own pair; they keep watching it
    (refills, sorts, filters) until the test ends, as the `qtmodeltester` fixture does.
    """
    testers: list[ModelTester] = []

    def run(model: QAbstractItemModel) -> None:
        for force_py in (False, True):
            tester = ModelTester(request.config)  # type: ignore[no-untyped-call]
            tester.check(model, force_py=force_py)  # type: ignore[no-untyped-call]
            testers.append(tester)

    yield run
    for tester in testers:
        if tester._model is None or shiboken6.isValid(tester._model):  # not gone with its view
            tester._cleanup()  # type: ignore[no-untyped-call]  # as qtmodeltester does at its end


def every_index(
    model: QAbstractItemModel, parent: QModelIndex | None = None
) -> Iterator[QModelIndex]:
    parent = QModelIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0:
                yield from every_index(model, index)


def assert_cells_well_typed(model: QAbstractItemModel) -> None:
    """Every cell (not only the first, as the testers look at) answers each role in its type."""
    kinds: dict[Qt.ItemDataRole, tuple[type, ...]] = {
        Qt.ItemDataRole.DisplayRole: (str,),
        Qt.ItemDataRole.ToolTipRole: (str,),
        Qt.ItemDataRole.FontRole: (QFont,),
        Qt.ItemDataRole.ForegroundRole: (QColor, QBrush),
        Qt.ItemDataRole.BackgroundRole: (QColor, QBrush),
        Qt.ItemDataRole.DecorationRole: (QColor, QBrush),
        Qt.ItemDataRole.TextAlignmentRole: (int,),
    }
    cells = list(every_index(model))
    assert cells
    for index in cells:
        assert isinstance(index.data(), str), index
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        for role, kind in kinds.items():
            value = index.data(role)
            assert value is None or isinstance(value, kind), (index.row(), index.column(), role)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment is None or int(alignment) == int(alignment) & ALIGNMENT_MASK
        assert index.data(Qt.ItemDataRole.CheckStateRole) is None


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


# --- the generic table model ---------------------------------------------------------------


@dataclass(frozen=True)
class Dose:
    name: str
    milligrams: int


DOSE_COLUMNS: tuple[Column[Dose], ...] = (
    Column("Medication", lambda dose: dose.name, tooltip=lambda dose: f"{dose.name} daily"),
    Column(
        "Dose",
        lambda dose: f"{dose.milligrams} mg",
        alignment=ALIGN_RIGHT,
        sort_key=lambda dose: dose.milligrams,
        foreground=lambda dose: QColor("#b00020") if dose.milligrams > 100 else None,
    ),
)


def test_the_table_model_shows_its_columns_and_hands_back_records(check: Check) -> None:
    model = TableModel(DOSE_COLUMNS)
    check(model)
    rows = [Dose("Sertraline", 50), Dose("Naltrexone", 150)]
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Medication",
        "Dose",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert column_texts(model, 1) == ["50 mg", "150 mg"]
    assert model.index(1, 0).data(RECORD_ROLE) is rows[1]
    assert model.record_at(1) is rows[1] and model.records() == rows
    assert model.row_of(lambda dose: dose.milligrams > 100) == 1
    assert model.row_of(lambda dose: dose.milligrams > 500) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Sertraline daily"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 1).data(SORT_ROLE) == 50  # the number, not its text
    assert model.index(0, 0).data(SORT_ROLE) == "Sertraline"  # no key: the text
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(ALIGN_RIGHT)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert_cells_well_typed(model)
    model.set_rows([])
    assert model.rowCount() == 0


# --- the four models that were models already ----------------------------------------------


def test_caseload_model_and_its_filter_proxy(check: Check, clinic: Clinic) -> None:
    ctx = clinic.ctx
    model = CaseloadModel()
    proxy = CaseloadFilter()
    proxy.setSourceModel(model)
    model.set_rows(caseload_list.rows(ctx.db, ctx.clock, Include.ALL))
    check(model)
    check(proxy)
    assert_cells_well_typed(model)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, COL_NAME) == ["Alexandra Rivera", "Sam Short"]
    proxy.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, COL_NAME) == ["Sam Short", "Alexandra Rivera"]
    proxy.set_text("rivera")
    assert column_texts(proxy, COL_NAME) == ["Alexandra Rivera"]
    line = proxy.index(0, COL_NAME).data(ROW_ROLE)
    assert isinstance(line, CaseloadRow) and line.participant_id == clinic.alex.id
    assert proxy.row_at(0) is line is model.record_at(0)
    proxy.set_text("")
    model.set_rows(caseload_list.rows(ctx.db, ctx.clock))  # refilled under both testers
    assert proxy.rowCount() == 2


def test_session_model_and_the_sessions_view_proxy(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    ctx = clinic.ctx
    model = SessionTableModel(ctx.clock.today())
    model.set_rows(sessions.day_sessions(ctx.db, ctx.clock.today()), ctx.clock.today())
    check(model)
    assert_cells_well_typed(model)
    assert model.rowCount() == 2
    cancelled = model.row_of(lambda row: row.session.cancelled)
    assert cancelled is not None
    assert model.index(cancelled, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.index(cancelled, 7).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(cancelled, 7).data(Qt.ItemDataRole.ToolTipRole) == (
        "Cancelled: Counselor ill"
    )
    row = model.index(0, 0).data(SESSION_ROLE)
    assert isinstance(row, DaySession) and row is model.row_at(0)

    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    proxy = view.proxy
    assert isinstance(proxy, QSortFilterProxyModel) and proxy.rowCount() > 0
    check(proxy)
    assert_cells_well_typed(proxy)
    assert isinstance(proxy.index(0, 0).data(SESSION_ROLE), DaySession)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # by length, as numbers
    lengths = [proxy.index(r, 2).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert lengths == sorted(lengths)


def test_audit_model(qtbot: QtBot, check: Check, clinic: Clinic) -> None:
    ctx = clinic.ctx
    audit.log_event(ctx.db, AuditAction.BACKUP, ctx.clock.now(), target="backup.sqlite3")
    rows = audit.entries(ctx.db)
    model = AuditModel()
    model.set_rows(rows, chart_numbers(ctx.db, rows))
    check(model)
    assert_cells_well_typed(model)
    assert isinstance(model.index(0, 0).data(RECORD_ROLE), AuditEntry)
    assert model.records() == rows
    assert "A-1001" in column_texts(model, 3)
    dialog = AuditDialog(ctx)  # the dialog's own model, refilled by a filter change
    qtbot.addWidget(dialog)
    check(dialog.model)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(AuditAction.BACKUP.value))
    assert column_texts(dialog.model, 2) == ["Backup"]


def test_attendance_and_corrections_models(qtbot: QtBot, check: Check, clinic: Clinic) -> None:
    tab = AttendanceTab(clinic.ctx, clinic.alex.id)
    qtbot.addWidget(tab)
    tab.refresh()
    for model in (tab.model, tab.corrections_model):
        check(model)
        assert_cells_well_typed(model)
    assert tab.model.rowCount() == 26  # 24 groups and the 2 sessions her individual notes made
    dates = [tab.model.record_at(row).date for row in range(26)]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert isinstance(tab.model.index(0, 0).data(RECORD_ROLE), AttendedSession)
    assert column_texts(tab.corrections_model, 3) == ["Doctor's note received"]
    assert column_texts(tab.corrections_model, 2) == [
        "Absent – unexcused 0 min → Absent – excused 0 min"
    ]
    assert tab.corrections_model.index(0, 0).data(RECORD_ROLE).reason == "Doctor's note received"
    tab.refresh()  # refilled under the testers


# --- the lists that were filled by hand -----------------------------------------------------


def test_notes_list_model_and_choosing_a_note_by_keyboard(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    tab = NotesTab(clinic.ctx, clinic.alex.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    model = tab.notes_model
    check(model)
    assert_cells_well_typed(model)
    assert tab.lines() == [
        "2026-02-23 · Draft\nIndividual counseling · Free form",
        "2026-02-02 · Draft\nIndividual counseling · Free form",
    ]
    first = model.index(0, 0).data(RECORD_ROLE)
    assert isinstance(first, Note) and first.fields["text"] == "Later"
    assert not tab.list.currentIndex().isValid()  # nothing chosen yet: a new note is open
    tab.list.setFocus()
    tab.list.setCurrentIndex(model.index(0, 0))
    assert tab.editor.note_id == first.id
    QTest.keyClick(tab.list, Qt.Key.Key_Down)
    assert tab.editor.note_id == model.record_at(1).id
    tab.refresh()  # the chosen note stays chosen, and is not opened again
    assert tab.list.currentIndex().row() == 1
    assert tab.list.selectionModel().isSelected(model.index(1, 0))
    tab.new_note()
    assert not tab.list.currentIndex().isValid() and tab.editor.note_id == 0


def test_consents_and_disclosures_models_keep_the_chosen_consent(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    tab = ConsentsTab(clinic.ctx, clinic.alex.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    for model in (tab.model, tab.disclosures_model):
        check(model)
        assert_cells_well_typed(model)
    assert tab.statuses() == ["Expired", "Valid"]
    assert column_texts(tab.model, 0) == ["Employer", "Court"]
    expired, valid = (tab.model.index(row, tab.model.STATUS) for row in (0, 1))
    assert expired.data(Qt.ItemDataRole.ForegroundRole) is not None  # it stands out
    assert valid.data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(tab.model.index(0, 0).data(RECORD_ROLE), Consent)
    assert column_texts(tab.disclosures_model, 1) == ["Court"]
    assert isinstance(tab.disclosures_model.index(0, 0).data(RECORD_ROLE), Disclosure)
    assert not tab.revoke_button.isEnabled()
    tab.table.selectRow(1)
    chosen = tab.selected()
    assert chosen is not None and chosen.recipient == "Court" and tab.revoke_button.isEnabled()
    tab.refresh()
    assert tab.selected() == chosen and tab.revoke_button.isEnabled()


def test_plan_tree_model_shows_goals_over_their_objectives(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    tab = PlanTab(clinic.ctx, clinic.alex.id)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    model = tab.model
    check(model)
    assert_cells_well_typed(model)
    assert column_texts(model, 0) == ["Stay sober", "Sleep better"]
    goal = model.index(0, 0)
    assert goal.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(goal.data(RECORD_ROLE), Goal)
    children = [model.index(row, 0, goal) for row in range(model.rowCount(goal))]
    assert [child.data() for child in children] == [
        "Attend three groups a week",
        "Call a sponsor daily",
    ]
    assert children[1].parent() == goal and children[1].data(Qt.ItemDataRole.FontRole) is None
    assert isinstance(children[1].data(RECORD_ROLE), Objective)
    assert model.rowCount(children[1]) == 0 and model.rowCount(model.index(0, 1)) == 0
    assert tab.tree.isExpanded(goal)  # every goal open, as before
    assert not tab.add_objective_button.isEnabled() and not tab.edit_button.isEnabled()
    tab.tree.setCurrentIndex(children[1])
    assert tab.add_objective_button.isEnabled() and tab.edit_button.isEnabled()
    tab.refresh()
    chosen = tab.selected()
    assert isinstance(chosen, Objective) and chosen.description == "Call a sponsor daily"
    assert tab.tree.selectionModel().isSelected(tab.tree.currentIndex())
    tab.tree.setFocus()
    QTest.keyClick(tab.tree, Qt.Key.Key_Down)  # down to the next goal, past the last objective
    after = tab.selected()
    assert isinstance(after, Goal) and after.description == "Sleep better"


def test_needs_attention_model_and_one_click_to_the_record(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    # No measure schedule and no plan due yet: only the hours flag is left to show.
    scores.set_schedule(clinic.ctx.db, clinic.sam.program_id, [])
    program = setup.get_program(clinic.ctx.db, clinic.sam.program_id)
    setup.update_program(
        clinic.ctx.db, replace(program, first_plan_days=90, review_interval_days=365)
    )
    view = TodayView(clinic.ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model = view.attention_model
    check(model)
    check(view.model)
    assert_cells_well_typed(model)
    assert column_texts(model, 0) == ["Sam Short — Short on hours (week 2: 0.0 of 9 h)"]
    assert model.index(0, 0).data(PARTICIPANT_ROLE) == clinic.sam.id
    review = model.index(0, 0).data(RECORD_ROLE)
    assert isinstance(review, Review) and review.participant.id == clinic.sam.id
    rect = view.attention.visualRect(model.index(0, 0))
    with qtbot.waitSignal(clinic.ctx.bus.open_participant) as opened:
        QTest.mouseClick(
            view.attention.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
    assert opened.args == [clinic.sam.id]
    view.refresh()  # refilled under the testers


def test_measures_model_newest_first_with_the_band(
    qtbot: QtBot, check: Check, clinic: Clinic
) -> None:
    tab = ClinicalTab(clinic.ctx, clinic.alex.id)
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.measures_model
    check(model)
    assert_cells_well_typed(model)
    assert [model.index(row, 2).data() for row in range(3)] == [
        "6 (mild)",
        "9 (mild)",
        "18 (moderately severe)",
    ]
    assert column_texts(model, 0) == ["2026-02-23", "2026-02-23", "2026-01-05"]
    assert column_texts(model, 3) == ["total only"] * 3  # entered as totals alone
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Answers"
    assert isinstance(model.index(0, 0).data(RECORD_ROLE), Measure)
