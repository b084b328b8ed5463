"""The consent dialog's "Expires on" date and "or when" event, and the Consents tab's
"Event happened…": a consent expiring with an event is valid until the day it happened."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent, CounselorProfile, Participant
from counselor_desk.services import audit, clinical, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.consent import ConsentDialog, ConsentEventDialog
from counselor_desk.ui.record.consents_tab import ConsentsTab
from tests.factories import new_participant

ADMITTED = dt.date(2026, 1, 5)
SUPERVISION = "end of court supervision"


@pytest.fixture
def ctx(db: Database, clock: FixedClock) -> AppContext:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def person(ctx: AppContext) -> Participant:
    program = setup.add_program(ctx.db, setup.standard_program("Adult IOP"))
    return participants.admit(ctx.db, new_participant(program, admitted=ADMITTED), ctx.clock)


def filled_dialog(qtbot, ctx: AppContext, person: Participant) -> ConsentDialog:
    dialog = ConsentDialog(ctx, person.id)
    qtbot.addWidget(dialog)
    dialog.recipient.setText("Union County Drug Court")
    dialog.purpose.setPlainText("Court-ordered attendance verification")
    dialog.scope.boxes[ScopeCategory.ATTENDANCE].setChecked(True)
    dialog.signed_date.setDate(QDate(2026, 2, 20))
    return dialog


def test_the_dialog_refuses_neither_and_takes_an_event_a_date_or_both(
    qtbot, ctx: AppContext, person: Participant
) -> None:
    dialog = filled_dialog(qtbot, ctx, person)
    assert dialog.expires.text() == "Expires on"
    assert dialog.expiry_event.text() == ""
    dialog.expires.setChecked(False)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    said = dialog.errors.message("expiry_date")
    assert "Expiry date or event is required" in said and "or when" in said
    assert clinical.consents(ctx.db, person.id) == []

    dialog.expiry_event.setText(SUPERVISION)  # the event alone is enough
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [by_event] = clinical.consents(ctx.db, person.id)
    assert (by_event.expiry_date, by_event.expiry_event) == (None, SUPERVISION)

    both = filled_dialog(qtbot, ctx, person)
    both.expiry_date.setDate(QDate(2026, 10, 1))
    both.expiry_event.setText("discharge from the program")
    both.accept()
    assert both.result() == QDialog.DialogCode.Accepted
    stored = {c.expiry_event: c.expiry_date for c in clinical.consents(ctx.db, person.id)}
    assert stored == {SUPERVISION: None, "discharge from the program": dt.date(2026, 10, 1)}


def test_the_tab_records_that_the_event_happened(
    qtbot, ctx: AppContext, person: Participant
) -> None:
    base = Consent(
        0,
        person.id,
        "Union County Drug Court",
        "Court-ordered attendance verification",
        frozenset({ScopeCategory.ATTENDANCE}),
        dt.date(2026, 2, 20),
        None,
        expiry_event=SUPERVISION,
    )
    event = clinical.add_consent(ctx.db, base, ctx.clock)
    dated = clinical.add_consent(
        ctx.db,
        Consent(
            0,
            person.id,
            "Harbor Clinic",
            "Continuity of care",
            frozenset({ScopeCategory.ATTENDANCE}),
            dt.date(2026, 2, 19),
            dt.date(2027, 2, 19),
        ),
        ctx.clock,
    )
    tab = ConsentsTab(ctx, person.id)
    qtbot.addWidget(tab)
    tab.refresh()
    assert [c.id for c in tab.model.records()] == [event.id, dated.id]
    assert tab.statuses() == ["Valid", "Valid"]
    assert tab.model.index(0, 4).data() == "when: end of court supervision"
    assert tab.model.index(1, 4).data() == "2027-02-19"
    assert tab.event_button.text() == "Event happened…"
    assert not tab.event_button.isEnabled()  # nothing chosen
    tab.table.selectRow(1)
    assert not tab.event_button.isEnabled() and tab.event_dialog() is None  # no event
    tab.table.selectRow(0)
    assert tab.event_button.isEnabled()

    dialog = tab.event_dialog()
    assert isinstance(dialog, ConsentEventDialog)
    qtbot.addWidget(dialog)
    assert dialog.ok_button().text() == "Record"
    dialog.happened_on.setDate(QDate(2026, 3, 3))  # tomorrow
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "in the future" in dialog.errors.message("expiry_event_on")
    dialog.happened_on.setDate(QDate(2026, 2, 19))  # before it was signed
    dialog.accept()
    assert "before the consent was signed" in dialog.errors.message("expiry_event_on")
    assert clinical.get_consent(ctx.db, event.id).expiry_event_on is None

    dialog.happened_on.setDate(QDate(2026, 2, 27))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert clinical.get_consent(ctx.db, event.id).expiry_event_on == dt.date(2026, 2, 27)
    assert [e.target for e in audit.entries(ctx.db) if e.action == AuditAction.CONSENT_EVENT] == [
        f"consent {event.id}"
    ]
    tab.refresh()
    assert tab.statuses() == ["Expired", "Valid"]
    assert tab.model.index(0, 4).data() == "when: end of court supervision (happened 2026-02-27)"
    tab.table.selectRow(0)
    assert not tab.event_button.isEnabled()  # recorded once
