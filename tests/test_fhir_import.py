"""Admission from a referral: the app's own export re-imports into an empty caseload as the
same demographics, diagnoses, medications and allergies; every bad input (not JSON, not FHIR,
no Patient, a date that is not a FHIR date, codes in unknown systems, a file too large, a
chart number in use) is said plainly and admits nothing; the command line shows, asks, admits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from counselor_desk import cli
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import CounselorProfile, Diagnosis, Program
from counselor_desk.interop import codes
from counselor_desk.services import fhir_export, fhir_import, part2, participants, setup
from counselor_desk.services.fhir_import import AdmissionChoices
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database, connect
from tests.test_fhir_export import (  # the demo copy and its helpers
    CLOCK,
    consent_for,
    demo,
    demo_file,
    safety_story,
)

__all__ = ["demo", "demo_file"]  # fixtures used here


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    """Another clinic's caseload: a profile and one program, nobody admitted."""
    db = connect(tmp_path / "receiving.sqlite3")
    setup.save_profile(db, CounselorProfile(name="Sam Ortiz", clinic_name="Hillcrest Recovery"))
    setup.add_program(db, setup.standard_program("Outpatient step-down"))
    yield db
    db.close()


def program_of(db: Database) -> Program:
    return setup.list_programs(db)[0]


def count(db: Database) -> int:
    return participant_repo.participant_count(db.conn)


def write(tmp_path: Path, content: Any, name: str = "referral.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def patient(**changes: Any) -> dict[str, Any]:
    found: dict[str, Any] = {
        "resourceType": "Patient",
        "id": "p1",
        "identifier": [{"system": "urn:oid:1.2.3", "value": "MRN-778"}],
        "name": [{"use": "official", "family": "Okafor", "given": ["Grace", "Adaeze"]}],
        "birthDate": "1988-04-09",
        "telecom": [{"system": "phone", "value": "(555) 010-2020", "use": "mobile"}],
    }
    found.update(changes)
    return found


def bundle_of(*resources: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": f"urn:uuid:00000000-0000-0000-0000-{n:012d}", "resource": r}
            for n, r in enumerate(resources)
        ],
        **extra,
    }


def condition(
    code: str, system: str = codes.ICD10CM, display: str = "", **changes: Any
) -> dict[str, Any]:
    found = {
        "resourceType": "Condition",
        "code": {
            "coding": [
                {"system": system, "code": code, **({"display": display} if display else {})}
            ]
        },
        "subject": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"},
    }
    found.update(changes)
    return found


# -- the round trip --------------------------------------------------------------------------


def test_its_own_export_reimports_as_the_same_participant(
    demo: Database, empty: Database, tmp_path: Path
) -> None:
    person = safety_story(demo)
    done = fhir_export.export_fhir(
        demo, person.id, tmp_path / "out.json", CLOCK, consent_for(demo, person).id
    )
    summary_medications = fhir_export.export_source(
        demo, person.id, CLOCK, consent_for(demo, person).id
    ).summary.medications

    proposal = fhir_import.read_referral(done.bundle)
    assert proposal.unreadable == ()
    assert proposal.part2 and proposal.document_id == done.document_id
    admitted = fhir_import.admit_from_referral(
        empty, proposal, AdmissionChoices(program_of(empty).id), CLOCK
    )
    stored = participants.get(empty, admitted.id)
    assert (stored.chart_number, stored.first_name, stored.last_name, stored.preferred_name) == (
        person.chart_number,
        person.first_name,
        person.last_name,
        person.preferred_name,
    )
    assert (stored.date_of_birth, stored.phone) == (person.date_of_birth, person.phone)
    assert stored.diagnoses == person.diagnoses
    assert stored.medications == summary_medications
    assert stored.allergies == person.allergies
    assert stored.referral_source.startswith("Dana Reyes, LPC, LCADC")
    assert "Riverside Behavioral Health, (217) 555-0140" in stored.referral_source
    assert stored.admission_date == CLOCK.today()
    # a Part 2 referral into a program that is not a substance-use program stays Part 2
    assert part2.decision(empty, admitted.id) is True


def test_the_counselor_corrects_the_chart_number_names_and_birth_date(
    empty: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, bundle_of(patient(birthDate="1988-04")))
    proposal = fhir_import.read_referral(path)
    assert proposal.date_of_birth is None
    assert any("only '1988-04', not the day" in item for item in proposal.unreadable)
    choices = AdmissionChoices(program_of(empty).id, chart_number="H-0042")
    with pytest.raises(ValidationError) as refused:
        fhir_import.admit_from_referral(empty, proposal, choices, CLOCK)
    assert refused.value.field == "date_of_birth" and count(empty) == 0
    admitted = fhir_import.admit_from_referral(
        empty,
        proposal,
        AdmissionChoices(
            program_of(empty).id,
            chart_number="H-0042",
            first_name="Grace",
            date_of_birth=dt.date(1988, 4, 9),
        ),
        CLOCK,
    )
    assert (admitted.chart_number, admitted.first_name, admitted.last_name) == (
        "H-0042",
        "Grace",
        "Okafor",
    )
    assert admitted.phone == "(555) 010-2020"


def test_diagnoses_medications_and_allergies_of_another_system_are_read_or_listed(
    empty: Database, tmp_path: Path
) -> None:
    medication = {"resourceType": "Medication", "id": "m1", "code": {"text": "Lithium 300 mg"}}
    path = write(
        tmp_path,
        bundle_of(
            patient(),
            condition("F331", display="Major depressive disorder, recurrent, moderate"),
            condition("370143000", codes.SNOMED, "Major depressive disorder"),
            condition(
                "F10.20",
                clinicalStatus={
                    "coding": [{"system": codes.CONDITION_CLINICAL, "code": "resolved"}]
                },
            ),
            {
                "resourceType": "MedicationStatement",
                "status": "active",
                "subject": {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"},
                "medicationCodeableConcept": {
                    "coding": [
                        {
                            "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                            "code": "312938",
                            "display": "sertraline 50 MG Oral Tablet",
                        }
                    ]
                },
            },
            {
                "resourceType": "MedicationStatement",
                "status": "stopped",
                "subject": {"reference": "x"},
                "medicationCodeableConcept": {"text": "Fluoxetine 20 mg"},
            },
            {
                "resourceType": "MedicationStatement",
                "status": "active",
                "subject": {"reference": "x"},
                "medicationReference": {"reference": "Medication/m1"},
            },
            medication,
            {
                "resourceType": "AllergyIntolerance",
                "patient": {"reference": "x"},
                "code": {"text": "Penicillin"},
            },
            {
                "resourceType": "AllergyIntolerance",
                "patient": {"reference": "x"},
                "onsetDateTime": "last spring",
                "code": {"text": "Peanuts"},
            },
            {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"}},
        ),
    )
    proposal = fhir_import.read_referral(path)
    assert proposal.diagnoses == (
        Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),
    )
    assert proposal.medications == ("sertraline 50 MG Oral Tablet", "Lithium 300 mg")
    assert proposal.allergies == ("Penicillin",)
    said = " | ".join(proposal.unreadable)
    assert "370143000 in http://snomed.info/sct) is not ICD-10-CM" in said
    assert "is resolved: not admitted as a diagnosis" in said
    assert "Fluoxetine 20 mg) is stopped" in said
    assert "onsetDateTime is 'last spring', not a FHIR dateTime" in said
    assert proposal.not_read == ("1 Encounter",)
    admitted = fhir_import.admit_from_referral(
        empty, proposal, AdmissionChoices(program_of(empty).id), CLOCK
    )
    assert admitted.first_name == "Grace Adaeze" and admitted.chart_number == "MRN-778"
    assert [d.code for d in admitted.diagnoses] == ["F33.1"]
    assert part2.decision(empty, admitted.id) is None  # not labelled Part 2


# -- bad input: said plainly, nothing admitted -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"resourceType": "Bundle", "entry": [', "is not valid JSON (line 1, column"),
        ("\ufffe\x00garbage".encode("utf-16").decode("latin-1"), "not valid JSON"),
        ('{"name": "not FHIR"}', "JSON but not FHIR"),
        ("[1, 2, 3]", "JSON but not FHIR"),
        (json.dumps(patient()), "holds a FHIR Patient, not a Bundle"),
        (json.dumps(bundle_of(condition("F33.1"))), "holds no Patient"),
        (json.dumps(bundle_of(patient(), patient(id="p2"))), "holds 2 patients"),
    ],
)
def test_a_file_that_is_not_a_referral_bundle_is_refused_plainly(
    empty: Database, tmp_path: Path, content: str, words: str
) -> None:
    path = write(tmp_path, content)
    with pytest.raises(ValidationError) as refused:
        fhir_import.read_referral(path)
    assert words in refused.value.message and refused.value.field == "file"
    assert count(empty) == 0


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"resourceType": "Bundle", "x": "\xe9"}')
    with pytest.raises(ValidationError, match="not UTF-8"):
        fhir_import.read_referral(path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file

    def never(_self: Path) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(ValidationError, match=r"50\.0 MB; a referral file may be at most 20 MB"):
        fhir_import.read_referral(path)


def test_a_date_that_is_not_a_fhir_date_admits_nothing_until_corrected(
    empty: Database, tmp_path: Path
) -> None:
    proposal = fhir_import.read_referral(
        write(tmp_path, bundle_of(patient(birthDate="04/09/1988")))
    )
    assert proposal.date_of_birth is None
    assert "birthDate '04/09/1988' is not a FHIR date (like 1990-06-15)" in proposal.unreadable[0]
    with pytest.raises(ValidationError, match="no full date of birth"):
        fhir_import.admit_from_referral(
            empty, proposal, AdmissionChoices(program_of(empty).id), CLOCK
        )
    assert count(empty) == 0


def test_a_chart_number_in_use_is_refused_and_nothing_is_admitted(
    empty: Database, tmp_path: Path
) -> None:
    proposal = fhir_import.read_referral(write(tmp_path, bundle_of(patient())))
    choices = AdmissionChoices(program_of(empty).id)
    fhir_import.admit_from_referral(empty, proposal, choices, CLOCK)
    audit_rows = empty.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError, match="Chart number MRN-778 is already in use"):
        fhir_import.admit_from_referral(empty, proposal, choices, CLOCK)
    assert count(empty) == 1
    assert empty.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows


# -- the command line --------------------------------------------------------------------------


def run(db_path: Path, *args: str) -> int:
    return cli.main(["--db", str(db_path), "--today", CLOCK.today().isoformat(), *args])


def test_the_command_line_exports_and_imports_a_bundle(
    demo: Database, empty: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = safety_story(demo)
    consent = consent_for(demo, person)
    out, pdf = tmp_path / "bundle.json", tmp_path / "summary.pdf"
    demo_path, empty_path = Path(demo.path), Path(empty.path)
    demo.close()
    empty.close()
    assert run(demo_path, "export", "fhir", person.chart_number, "--consent", str(consent.id),
               "--out", str(out), "--pdf", str(pdf)) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert f"Wrote {out}: a FHIR R4 document bundle of" in said and f"Wrote {pdf}" in said

    assert run(empty_path, "import", "fhir", str(out)) == 1  # no terminal to ask on
    shown = capsys.readouterr()
    assert f"Chart number    {person.chart_number}" in shown.out
    assert "labelled 42 CFR Part 2" in shown.out
    assert "Nothing was admitted: run it again with --yes" in shown.err
    assert run(empty_path, "import", "fhir", str(out), "--program", "nonesuch", "--yes") == 1
    assert "No program 'nonesuch'" in capsys.readouterr().err
    assert run(empty_path, "import", "fhir", str(out), "--yes", "--chart", "H-1") == 0
    assert "Admitted chart H-1 to Outpatient step-down." in capsys.readouterr().out
    assert run(empty_path, "import", "participants", str(out), "--yes") == 1
    assert "--yes: for `import fhir` only." in capsys.readouterr().err
    check = connect(empty_path)
    try:
        assert [p.chart_number for p in participant_repo.list_participants(check.conn)] == ["H-1"]
    finally:
        check.close()
