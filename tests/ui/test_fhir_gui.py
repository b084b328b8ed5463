"""File > Admit from a referral file…: the file read off the GUI thread, what would be admitted
shown for correction, OK admits and opens the record; a bad file is said and admits nothing.
The record's FHIR export: the consent chosen as for the PDF, the bundle (and the PDF if
asked) written on the export bar's worker, one disclosure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent, Program
from counselor_desk.interop import codes
from counselor_desk.services import clinical, participants
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import participant_repo
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import fhir_import as dialog_module
from counselor_desk.ui.main_window import RECORD, MainWindow
from counselor_desk.ui.record import fhir_export as export_module
from counselor_desk.ui.record.export import ExportBar
from tests.ui.conftest import Admit

REFERRAL = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000001",
            "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "urn:oid:1.2.3", "value": "MRN-778"}],
                "name": [{"use": "official", "family": "Okafor", "given": ["Grace"]}],
                "birthDate": "1988-04-09",
            },
        },
        {
            "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000002",
            "resource": {
                "resourceType": "Condition",
                "code": {"coding": [{"system": codes.ICD10CM, "code": "F33.1"}]},
                "subject": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000001"},
            },
        },
        {
            "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000003",
            "resource": {
                "resourceType": "Condition",
                "code": {"coding": [{"system": codes.SNOMED, "code": "35489007"}]},
                "subject": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000001"},
            },
        },
        {
            "fullUrl": "urn:uuid:00000000-0000-0000-0000-000000000004",
            "resource": {
                "resourceType": "AllergyIntolerance",
                "code": {"text": "NKDA"},
                "patient": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000001"},
            },
        },
    ],
}


def window_of(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(ctx, settings, unlocked=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        dialog_module.QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), "")
    )


def test_the_file_menu_admits_from_a_referral_file_after_correction(
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    program: Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "referral.json"
    path.write_text(json.dumps(REFERRAL), encoding="utf-8")
    window = window_of(qtbot, ctx, settings)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.referral_action in file_menu.actions()  # type: ignore[union-attr]
    assert window.referral_action.text() == "Admit from a &referral file…"
    choose_file(monkeypatch, path)

    window.referral_action.trigger()
    qtbot.waitUntil(lambda: window.referral_import.dialog is not None, timeout=20_000)
    dialog = window.referral_import.dialog
    qtbot.waitExposed(dialog)
    assert dialog.chart_number.text() == "MRN-778"
    assert dialog.date_of_birth.text() == "1988-04-09"
    assert dialog.program.currentText() == "Adult IOP (IOP)"
    assert "F33.1" in dialog.carried["Diagnoses"].text()
    assert dialog.carried["Allergies"].text() == "• NKDA"
    assert "35489007 in http://snomed.info/sct" in dialog.unreadable.text()
    assert "not admitted as a diagnosis" in dialog.unreadable.text()

    dialog.chart_number.setText("H-0042")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: window.current_view() == RECORD, timeout=5_000)
    admitted = participants.by_chart(ctx.db, "H-0042")
    assert (admitted.first_name, admitted.last_name) == ("Grace", "Okafor")
    assert [d.code for d in admitted.diagnoses] == ["F33.1"]
    assert admitted.allergies == "NKDA"
    assert admitted.admission_date == ctx.clock.today()


def test_a_refused_admission_stays_in_the_dialog_with_the_reason_under_the_field(
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    program: Program,
    admit_person: Admit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock: FixedClock = ctx.clock  # type: ignore[assignment]
    admit_person(ctx.db, clock, program, "Other", "Person", clock.today(), "MRN-778")
    path = tmp_path / "referral.json"
    path.write_text(json.dumps(REFERRAL), encoding="utf-8")
    window = window_of(qtbot, ctx, settings)
    choose_file(monkeypatch, path)
    window.admit_from_referral()
    qtbot.waitUntil(lambda: window.referral_import.dialog is not None, timeout=20_000)
    dialog = window.referral_import.dialog
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "Chart number MRN-778 is already in use." in dialog.errors.message("chart_number")
    assert participant_repo.participant_count(ctx.db.conn) == 1
    dialog.date_of_birth.setText("1988-13-45")
    dialog.chart_number.setText("H-1")
    dialog.ok_button().click()
    assert "is not a date like 1990-06-15" in dialog.errors.message("date_of_birth")
    assert participant_repo.participant_count(ctx.db.conn) == 1


def test_a_file_that_is_not_a_referral_is_said_and_nothing_is_admitted(
    qtbot: QtBot,
    ctx: AppContext,
    settings: QSettings,
    program: Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"resourceType": "Patient"}', encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(
        dialog_module.form, "tell", lambda _p, _t, text, problem=False: told.append(text)
    )
    window = window_of(qtbot, ctx, settings)
    choose_file(monkeypatch, path)
    window.admit_from_referral()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told == [
        "The file holds a FHIR Patient, not a Bundle; a referral is a Bundle with the Patient "
        "and their records."
    ]
    assert window.referral_import.dialog is None
    assert participant_repo.participant_count(ctx.db.conn) == 0


def test_the_record_exports_the_bundle_and_the_pdf_under_one_disclosure(
    qtbot: QtBot,
    ctx: AppContext,
    program: Program,
    admit_person: Admit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock: FixedClock = ctx.clock  # type: ignore[assignment]
    person = admit_person(
        ctx.db, clock, program, "Dana", "Reyes", clock.today() - dt.timedelta(days=14), "C-9"
    )
    consent = clinical.add_consent(
        ctx.db,
        Consent(
            id=0,
            participant_id=person.id,
            recipient="Lakeside Counseling Associates",
            purpose="Continuity of care",
            scope=frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.DIAGNOSES}),
            signed_date=clock.today(),
            expiry_date=clock.today() + dt.timedelta(days=90),
        ),
        clock,
    )
    bundle, pdf = tmp_path / "bundle.json", tmp_path / "summary.pdf"
    paths = iter([(str(bundle), ""), (str(pdf), "")])
    asked: list[str] = []

    def save_file_name(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(start).name)
        return next(paths)

    monkeypatch.setattr(export_module.QFileDialog, "getSaveFileName", save_file_name)
    monkeypatch.setattr(
        export_module.QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes
    )
    bar = ExportBar(ctx, person.id)
    qtbot.addWidget(bar)
    bar.open_after.setChecked(False)

    assert bar.fhir_button.accessibleName() == "Export for another system (FHIR)"
    bar.fhir_button.click()  # the record's button beside the continuity-of-care summary
    qtbot.waitUntil(lambda: not bar.jobs, timeout=30_000)
    assert bar.status.text().startswith("Exported ") and bar.status.text().endswith("bundle.json")
    assert asked == [
        "continuity-of-care-fhir_C-9_2026-03-02.json",
        "continuity-of-care_C-9_2026-03-02.pdf",
    ]
    written = json.loads(bundle.read_text(encoding="utf-8"))
    assert written["resourceType"] == "Bundle" and pdf.read_bytes().startswith(b"%PDF")
    (disclosure,) = clinical.disclosures(ctx.db, person.id)
    assert disclosure.consent_id == consent.id
    assert disclosure.document_id == written["identifier"]["value"]
    assert "and the PDF as a file of its own" in disclosure.what
