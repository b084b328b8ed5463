"""The record's Payer tab: authorizations through their dialog, their units following
attendance, days no authorization covers, ASAM ratings kept as given with their change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Authorization, Unit
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    LevelOfCare,
    Participant,
)
from counselor_desk.services import participants, payer, sessions, setup
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.asam_rating import AsamRatingDialog
from counselor_desk.ui.dialogs.authorization import AuthorizationDialog
from counselor_desk.ui.dialogs.form import to_qdate
from counselor_desk.ui.operations import write
from counselor_desk.ui.record.payer_tab import PayerTab
from counselor_desk.ui.record.payer_tab_view import (
    COL_LEFT,
    COL_PAYER,
    COL_RECOMMENDED,
    COL_USED,
)
from counselor_desk.ui.record.window import ParticipantRecord
from tests.factories import new_participant

ADMITTED = dt.date(2026, 2, 16)  # a Monday; the clock stands on Monday 2 March 2026, 16:00
D = dt.date


@pytest.fixture
def payer_ctx(db: Database, clock: FixedClock) -> AppContext:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def dana(payer_ctx: AppContext) -> Participant:
    program = setup.add_program(payer_ctx.db, setup.standard_program("Adult IOP"))
    person = new_participant(program, chart="P-1", first="Dana", last="Payne", admitted=ADMITTED)
    return participants.admit(payer_ctx.db, person, payer_ctx.clock)


def authorization(person: Participant, **given: object) -> Authorization:
    values: dict[str, object] = {
        "participant_id": person.id,
        "payer": "Prairie Health Plan",
        "level_of_care": LevelOfCare.IOP,
        "start_date": D(2026, 2, 16),
        "end_date": D(2026, 3, 15),
        "unit": Unit.DAYS,
        "units_authorized": 10,
        "number": "PH-100",
    }
    values.update(given)
    return Authorization(**values)  # type: ignore[arg-type]


def attend(ctx: AppContext, person: Participant, day: dt.date) -> None:
    """Present at the day's group, marked as the app marks it: through the one write helper."""
    session_id = sessions.day_sessions(ctx.db, day)[0].session.id
    mark = Attendance(session_id, person.id, AttendanceStatus.PRESENT, 180)
    done = write(
        ctx,
        lambda: sessions.record_roll_call(ctx.db, session_id, [mark], ctx.clock),
        Changes.attendance_of(session_id),
    )
    assert done is not None


def open_payer_tab(qtbot: QtBot, ctx: AppContext, person: Participant) -> ParticipantRecord:
    record = ParticipantRecord(ctx, person.id)
    qtbot.addWidget(record)
    record.resize(1280, 860)
    record.show()
    qtbot.waitExposed(record)
    record.tabs.setCurrentWidget(record._slots["payer"])
    QApplication.processEvents()
    return record


def shown_dialog(qtbot: QtBot, dialog: AuthorizationDialog | AsamRatingDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def cell(tab: PayerTab, row: int, column: int) -> str:
    return str(tab.authorization_model.index(row, column).data())


def rating_cell(tab: PayerTab, row: int, column: int) -> str:
    return str(tab.rating_model.index(row, column).data())


def type_units(qtbot: QtBot, dialog: AuthorizationDialog, text: str) -> None:
    edit = dialog.units.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


# -- authorizations ----------------------------------------------------------------------------


def test_an_authorization_typed_in_the_dialog_is_stored_and_shown(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    record = open_payer_tab(qtbot, payer_ctx, dana)
    tab = record.payer
    assert tab.no_authorizations.isVisibleTo(tab)
    dialog = tab.add_dialog()
    shown_dialog(qtbot, dialog)
    assert dialog.level.currentData() == LevelOfCare.IOP.value  # the participant's level
    assert dialog.units.value() == 0 and dialog.units.text() == "Type the units"
    qtbot.keyClicks(dialog.payer, "Prairie Health Plan")
    qtbot.keyClicks(dialog.number, "PH-2026-77")
    dialog.start_date.setDate(to_qdate(D(2026, 2, 16)))
    dialog.end_date.setDate(to_qdate(D(2026, 3, 15)))
    type_units(qtbot, dialog, "3")
    dialog.set_review(D(2026, 3, 3))
    dialog.ok_button().click()
    assert not dialog.isVisible()
    stored = payer.authorizations(payer_ctx.db, dana.id)
    assert [
        (
            *(a.payer, a.number, a.level_of_care, a.start_date, a.end_date, a.unit),
            *(a.units_authorized, a.next_review),
        )
        for a in stored
    ] == [
        (
            "Prairie Health Plan",
            "PH-2026-77",
            LevelOfCare.IOP,
            D(2026, 2, 16),
            D(2026, 3, 15),
            Unit.DAYS,
            3,
            D(2026, 3, 3),
        )
    ]
    # the tab and the header follow the change the dialog announced
    assert cell(tab, 0, COL_PAYER) == "Prairie Health Plan (current)"
    assert tab.in_words.text() == "Current authorization: 0 of 3 days used, 3 left."
    assert "Units nearly used: 3 days left." in tab.warnings.text()
    assert "The payer's concurrent review is due on 2026-03-03." in tab.warnings.text()
    assert "Units nearly used" in record.header.flag_texts()
    assert "Payer review due" in record.header.flag_texts()


def test_a_bad_authorization_is_said_at_its_fields_and_nothing_is_stored(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    record = open_payer_tab(qtbot, payer_ctx, dana)
    dialog = record.payer.add_dialog()
    shown_dialog(qtbot, dialog)
    qtbot.keyClicks(dialog.payer, "Prairie Health Plan")
    dialog.start_date.setDate(to_qdate(D(2026, 3, 2)))
    dialog.end_date.setDate(to_qdate(D(2026, 2, 27)))
    dialog.ok_button().click()  # the units were never typed: 0
    assert dialog.isVisible()
    assert "ends before it starts" in dialog.errors.message("end_date")
    assert "more than 0" in dialog.errors.message("units_authorized")
    assert dialog.payer.text() == "Prairie Health Plan"  # what was typed stays
    assert payer.authorizations(payer_ctx.db, dana.id) == []
    dialog.end_date.setDate(to_qdate(D(2026, 3, 29)))
    type_units(qtbot, dialog, "12")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert [a.units_authorized for a in payer.authorizations(payer_ctx.db, dana.id)] == [12]


def test_used_and_left_follow_attendance(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    payer.add_authorization(payer_ctx.db, authorization(dana), payer_ctx.clock)
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    assert (cell(tab, 0, COL_USED), cell(tab, 0, COL_LEFT)) == ("0", "10")
    attend(payer_ctx, dana, D(2026, 2, 16))
    attend(payer_ctx, dana, D(2026, 2, 18))
    assert (cell(tab, 0, COL_USED), cell(tab, 0, COL_LEFT)) == ("2", "8")
    assert tab.chart.standing is not None and tab.chart.standing.used == 2
    assert tab.in_words.text().startswith("Current authorization: 2 of 10 days used, 8 left")


def test_an_authorization_is_edited_from_the_selected_row(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = payer.add_authorization(payer_ctx.db, authorization(dana), payer_ctx.clock)
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    assert not tab.edit_button.isEnabled()  # nothing chosen yet
    opened: list[object] = []
    monkeypatch.setattr(tab, "_run", lambda dialog: opened.append(dialog))
    index = tab.authorization_model.index(0, COL_PAYER)
    tab._double_clicked(index)  # what a double-click on the row runs
    assert isinstance(opened[0], AuthorizationDialog)
    assert tab.edit_button.isEnabled()
    dialog = tab.edit_dialog()
    assert dialog is not None
    shown_dialog(qtbot, dialog)
    assert dialog.payer.text() == "Prairie Health Plan" and dialog.units.value() == 10
    type_units(qtbot, dialog, "24")
    dialog.unit.setCurrentIndex(dialog.unit.findData(Unit.SESSIONS.value))
    dialog.ok_button().click()
    assert not dialog.isVisible()
    [changed] = payer.authorizations(payer_ctx.db, dana.id)
    assert (changed.id, changed.units_authorized, changed.unit) == (stored.id, 24, Unit.SESSIONS)
    assert changed.number == "PH-100"
    assert cell(tab, 0, COL_LEFT) == "24"
    assert tab.selected() is not None and tab.selected().id == stored.id  # stays chosen


def test_attendance_no_authorization_covers_is_pointed_out(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    attend(payer_ctx, dana, D(2026, 2, 16))
    attend(payer_ctx, dana, D(2026, 2, 18))
    attend(payer_ctx, dana, D(2026, 2, 23))
    payer.add_authorization(
        payer_ctx.db, authorization(dana, start_date=D(2026, 2, 23)), payer_ctx.clock
    )
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    assert tab.uncovered.isVisibleTo(tab)
    assert tab.uncovered.text() == (
        "Attendance on 2 days no authorization covers: 2026-02-16, 2026-02-18."
    )


def test_a_new_authorization_starts_after_the_one_running(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    payer.add_authorization(payer_ctx.db, authorization(dana), payer_ctx.clock)
    dialog = open_payer_tab(qtbot, payer_ctx, dana).payer.add_dialog()
    shown_dialog(qtbot, dialog)
    assert dialog.start_date.date() == to_qdate(D(2026, 3, 16))
    assert dialog.typed().next_review is None  # the review date is left off until ticked


# -- ASAM ratings ------------------------------------------------------------------------------


def test_a_rating_typed_from_the_keyboard_is_stored_and_shown_with_its_change(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    payer.add_rating(
        payer_ctx.db,
        AsamRating(dana.id, D(2026, 2, 16), (1, 0, 3, 2, 3, 2), LevelOfCare.IOP),
        payer_ctx.clock,
    )
    record = open_payer_tab(qtbot, payer_ctx, dana)
    tab = record.payer
    dialog = tab.rating_dialog()
    shown_dialog(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.choices[0].button(0)
    first.setFocus()
    for digit in "002123":  # each digit answers a dimension and moves to the next
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, digit)
    assert dialog.ratings() == (0, 0, 2, 1, 2, 3)
    assert QApplication.focusWidget() is dialog.recommended
    qtbot.keyClicks(dialog.notes[2], "Panic at night")
    dialog.recommended.setCurrentIndex(dialog.recommended.findData(LevelOfCare.OP.value))
    dialog.ok_button().click()
    assert not dialog.isVisible()
    later = payer.ratings(payer_ctx.db, dana.id)[-1]
    assert (later.rated_on, later.ratings, later.recommended_level) == (
        D(2026, 3, 2),
        (0, 0, 2, 1, 2, 3),
        LevelOfCare.OP,
    )
    assert later.notes[2] == "Panic at night" and later.rated_by == "Robin Vale"
    # newest first, each rating beside the one before
    assert [rating_cell(tab, 0, column) for column in range(1, 7)] == [
        "0 (\u22121)",
        "0 (0)",
        "2 (\u22121)",
        "1 (\u22121)",
        "2 (\u22121)",
        "3 (+1)",
    ]
    assert rating_cell(tab, 0, COL_RECOMMENDED) == "OP"
    assert rating_cell(tab, 1, 1) == "1"  # the first rating has nothing to change from
    tip = tab.rating_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "moderate" in tip and "Panic at night" in tip


def test_a_dimension_left_unrated_is_said_at_it_and_nothing_is_stored(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    dialog = tab.rating_dialog()
    shown_dialog(qtbot, dialog)
    for position in range(5):
        dialog.rate(position, 1)
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "Recovery/living environment" in dialog.errors.message("dimension_6")
    assert dialog.errors.message("dimension_1") == ""
    assert payer.ratings(payer_ctx.db, dana.id) == []
    assert not tab.rating_table.isVisibleTo(tab) and tab.no_ratings.isVisibleTo(tab)


def test_the_tab_refreshes_when_a_change_concerns_the_participant(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    assert tab.authorization_model.rowCount() == 0 and tab.rating_model.rowCount() == 0
    payer.add_authorization(payer_ctx.db, authorization(dana), payer_ctx.clock)
    payer.add_rating(
        payer_ctx.db,
        AsamRating(dana.id, D(2026, 3, 2), (1, 1, 1, 1, 1, 1), LevelOfCare.IOP),
        payer_ctx.clock,
    )
    payer_ctx.bus.publish(Changes.participant(dana.id + 1))  # someone else's change
    assert tab.authorization_model.rowCount() == 0
    payer_ctx.bus.publish(Changes.participant(dana.id))
    assert tab.authorization_model.rowCount() == 1 and tab.rating_model.rowCount() == 1
    assert tab.chart.isVisibleTo(tab)


def test_no_warnings_once_the_participant_is_out_of_care(
    qtbot: QtBot, payer_ctx: AppContext, dana: Participant
) -> None:
    payer.add_authorization(payer_ctx.db, authorization(dana, units_authorized=2), payer_ctx.clock)
    tab = open_payer_tab(qtbot, payer_ctx, dana).payer
    assert tab.warnings.isVisibleTo(tab)
    found = payer.payer_standing(payer_ctx.db, dana.id, payer_ctx.clock)
    tab.show_authorizations(found.standings, found.current, (), None, active=False)
    assert not tab.warnings.isVisibleTo(tab)
    assert tab.in_words.text() == "Current authorization: 0 of 2 days used, 2 left."
