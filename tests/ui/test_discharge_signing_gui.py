"""The Discharge tab signs the summary: each missing section is said beside its field; once
signed every field is read-only under the signature banner and a change is an amendment."""

# ruff: noqa: F811  (the record fixtures are imported from test_record and used by name)

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QDialog

from counselor_desk.domain.model import Diagnosis, DischargeReason, LevelOfCare
from counselor_desk.services import clinical, participants
from counselor_desk.ui.dialogs.discharge_amendment import DischargeAmendmentDialog
from counselor_desk.ui.dialogs.form import to_qdate
from tests.ui.test_record import person, record, record_ctx  # noqa: F401


def record_discharge(tab) -> None:  # type: ignore[no-untyped-def]
    tab.discharge_date.setDate(to_qdate(dt.date(2026, 2, 27)))
    tab.reason.setCurrentIndex(tab.reason.findData(DischargeReason.COMPLETED.value))
    tab.record()


def complete_the_record(record_ctx, participant_id: int) -> None:  # type: ignore[no-untyped-def]
    person = participants.get(record_ctx.db, participant_id)
    participants.edit(
        record_ctx.db,
        replace(
            person,
            presenting_problems="Depressed mood after a job loss.",
            diagnoses=(Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),),
        ),
        record_ctx.clock,
    )


def test_signing_names_each_missing_section_beside_its_field(
    qtbot, record, record_ctx, answers
) -> None:
    tab = record.discharge
    record_discharge(tab)
    answers.clear()
    tab.sign()
    assert answers == []  # not asked: the summary is not complete
    assert "presenting problems is empty" in tab.errors.message("presenting_problems")
    assert "No diagnosis is recorded" in tab.errors.message("diagnoses")
    assert "Condition at discharge is empty" in tab.errors.message("condition_at_discharge")
    assert "Recommended next level" in tab.errors.message("recommended_level")
    assert "Aftercare plan is empty" in tab.errors.message("aftercare_plan")
    assert "Relapse-prevention plan is empty" in tab.errors.message("relapse_prevention_plan")
    stored = clinical.discharge_record(record_ctx.db, record.participant_id)
    assert stored is not None and not stored.is_signed


def test_after_signing_the_tab_is_read_only_and_a_change_is_an_amendment(
    qtbot, record, record_ctx, answers
) -> None:
    tab = record.discharge
    record_discharge(tab)
    complete_the_record(record_ctx, record.participant_id)
    tab.condition.setPlainText("Stable; mood improved.")
    tab.recommended.setCurrentIndex(tab.recommended.findData(LevelOfCare.OP.value))
    tab.aftercare.setPlainText("Weekly outpatient therapy at Lakeside.")
    tab.relapse.setPlainText("Triggers: isolation. Call sister.")
    answers.clear()
    tab.sign()
    assert len(answers) == 1 and "Signing is final" in answers[0]
    stored = clinical.discharge_record(record_ctx.db, record.participant_id)
    assert stored is not None and stored.is_signed
    assert stored.condition_at_discharge == "Stable; mood improved."  # typed text saved first
    assert not tab.signed_banner.isHidden()
    assert tab.signed_banner.text().startswith("Signed by Robin Vale, LCSW on 2026-03-02 at 16:00.")
    for edit in (tab.condition, tab.aftercare, tab.relapse, tab.crisis, tab.medications):
        assert edit.isReadOnly()
    assert tab.reason_detail.isReadOnly()
    assert not tab.reason.isEnabled() and not tab.recommended.isEnabled()
    assert not tab.save_button.isEnabled() and not tab.add_referral_button.isEnabled()
    assert tab.sign_button.isHidden() and not tab.amend_button.isHidden()
    assert tab.summary_due.isHidden()

    dialog = DischargeAmendmentDialog(record_ctx, record.participant_id, tab)
    qtbot.addWidget(dialog)
    dialog.field.setCurrentIndex(dialog.field.findData("aftercare_plan"))
    dialog.reason.setText("Provider changed")
    dialog.text.setPlainText("Therapy moved to Hillside Counseling.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    tab.refresh()
    (amendment,) = clinical.discharge_amendments(record_ctx.db, record.participant_id)
    assert amendment.reason == "Provider changed" and amendment.author == "Robin Vale, LCSW"
    assert not tab.amendment_list.isHidden()
    assert "Amended on 2026-03-02 16:00 by Robin Vale, LCSW (Aftercare plan): Provider changed" in (
        tab.amendment_list.text()
    )
    assert clinical.discharge_record(record_ctx.db, record.participant_id) == stored
