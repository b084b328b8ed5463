"""The consent dialog's checkbox per category, confirming an old consent's scope on the
Consents tab, and the export's Part 2 question: asked once, remembered."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent, CounselorProfile, Diagnosis, Participant
from counselor_desk.services import clinical, part2, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import clinical_repo
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.consent import ConfirmScopeDialog, ConsentDialog
from counselor_desk.ui.record import export as export_module
from counselor_desk.ui.record.consents_tab import ConsentsTab
from tests.factories import new_participant

ADMITTED = dt.date(2026, 1, 5)


@pytest.fixture
def ctx(db: Database, clock: FixedClock) -> AppContext:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    return AppContext(db=db, clock=clock)


@pytest.fixture
def person(ctx: AppContext) -> Participant:
    """An adolescent program not flagged substance use; F11.20 and Suboxone on the record."""
    program = setup.add_program(ctx.db, setup.standard_program("Teen IOP"))
    return participants.admit(
        ctx.db,
        new_participant(
            program,
            admitted=ADMITTED,
            medications="Suboxone 8/2 mg",
            diagnoses=(Diagnosis("F11.20", "Opioid use disorder"),),
        ),
        ctx.clock,
    )


def click_ok(dialog: QDialog) -> None:
    dialog.accept()


def test_the_consent_dialog_has_a_checkbox_per_category_and_needs_one(
    qtbot, ctx: AppContext, person: Participant
) -> None:
    dialog = ConsentDialog(ctx, person.id)
    qtbot.addWidget(dialog)
    assert [box.text() for box in dialog.scope.boxes.values()] == [
        "Attendance and dates of service",
        "Diagnoses and presenting problems",
        "Medications and allergies",
        "Treatment plan and progress",
        "Discharge and aftercare plan",
        "Session notes",
        "Risk and safety assessments",
        "Measures and scores (PHQ-9, GAD-7)",
    ]
    assert not any(box.isChecked() for box in dialog.scope.boxes.values())
    dialog.recipient.setText("Harbor Clinic")
    dialog.purpose.setPlainText("Continuity of care")
    click_ok(dialog)
    assert "at least one category" in dialog.errors.message("scope")
    assert clinical.consents(ctx.db, person.id) == []
    dialog.scope.boxes[ScopeCategory.ATTENDANCE].setChecked(True)
    dialog.scope.boxes[ScopeCategory.SESSION_NOTES].setChecked(True)
    click_ok(dialog)
    [consent] = clinical.consents(ctx.db, person.id)
    assert consent.scope == {ScopeCategory.ATTENDANCE, ScopeCategory.SESSION_NOTES}


def test_an_old_consent_is_confirmed_from_the_consents_tab(
    qtbot, ctx: AppContext, person: Participant
) -> None:
    with ctx.db.transaction() as conn:  # as migration 8 leaves an unreadable written scope
        consent_id = clinical_repo.insert_consent(
            conn,
            Consent(
                0,
                person.id,
                "Harbor Clinic",
                "Continuity of care",
                frozenset({ScopeCategory.ATTENDANCE}),
                ADMITTED,
                dt.date(2027, 1, 5),
                scope_as_written="summaries and notes",
            ),
        )
        conn.execute("UPDATE consents SET scope_confirmed = 0 WHERE id = :id", {"id": consent_id})
    tab = ConsentsTab(ctx, person.id)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.statuses() == ["Confirm its scope"]
    assert tab.model.index(0, 2).data() == "To confirm (as written: summaries and notes)"
    tab.table.selectRow(0)
    assert tab.confirm_button.isEnabled()
    dialog = tab.confirm_dialog()
    assert isinstance(dialog, ConfirmScopeDialog)
    qtbot.addWidget(dialog)
    assert dialog.scope.chosen() == {ScopeCategory.ATTENDANCE}
    dialog.scope.boxes[ScopeCategory.SESSION_NOTES].setChecked(True)
    click_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    tab.refresh()
    assert tab.statuses() == ["Valid"]
    assert tab.model.index(0, 2).data() == (
        "attendance and dates of service, session notes (as written: summaries and notes)"
    )
    tab.table.selectRow(0)
    assert not tab.confirm_button.isEnabled()


def test_the_part2_question_is_a_message_box_with_three_answers(qtbot, ctx: AppContext) -> None:
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        [treat] = [b for b in box.buttons() if b.text() == "Treat as Part 2"]
        treat.click()

    QTimer.singleShot(0, answer)
    parent = ConsentsTab(ctx, 0)
    qtbot.addWidget(parent)
    assert export_module.part2_answer(parent, "Continuity of care", "Why.") is True
    assert sorted(seen[0]) == sorted(["Treat as Part 2", "Not Part 2", "Cancel"])


def test_the_export_asks_once_then_remembers(
    qtbot, ctx: AppContext, person: Participant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinical.add_consent(
        ctx.db,
        Consent(
            0,
            person.id,
            "Harbor Clinic",
            "Continuity of care",
            frozenset({ScopeCategory.ATTENDANCE}),
            ADMITTED,
            dt.date(2027, 1, 5),
        ),
        ctx.clock,
    )
    asked: list[str] = []
    answers: list[bool | None] = [None, True]

    def part2_answer(_parent: object, _title: str, text: str) -> bool | None:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(export_module, "part2_answer", part2_answer)
    out = tmp_path / "ccd.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(out), "")))
    bar = export_module.ExportBar(ctx, person.id)
    qtbot.addWidget(bar)
    bar.open_after.setChecked(False)

    bar.export_continuity()  # Cancel: nothing decided, nothing exported
    assert len(asked) == 1 and "medication Suboxone" in asked[0]
    assert part2.decision(ctx.db, person.id) is None and not bar.jobs and not out.exists()

    bar.export_continuity()  # Treat as Part 2: recorded, then exported
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    assert part2.decision(ctx.db, person.id) is True and out.exists()

    out.unlink()
    bar.export_continuity()  # not asked again
    qtbot.waitUntil(lambda: not bar.jobs, timeout=20000)
    assert len(asked) == 2 and out.exists()
    assert len(clinical.disclosures(ctx.db, person.id)) == 2
    # a record edit does not bring the question back
    participants.edit(
        ctx.db, replace(participants.get(ctx.db, person.id), medications="Methadone"), ctx.clock
    )
    assert part2.question(ctx.db, person.id) == ""
