"""The FHIR export: every resource kind built from the demo passes the checks (the R4B models
and the project's US Core checks); a Bundle missing a mandatory element or using a wrong code
system is refused with the element named and nothing written; the consent's scope removes
what it must; the Part 2 labels are there exactly for a Part 2 record; one disclosure for the
Bundle and the PDF; the example in docs/ is what the demo gives."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import io
import json
import shutil
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS, GAD_7, PHQ_9
from counselor_desk.domain.model import Consent, LevelOfCare, Participant
from counselor_desk.interop import codes, fhir_checks
from counselor_desk.interop.fhir_bundle import build_bundle
from counselor_desk.reports.model import PART2_NOTICE
from counselor_desk.services import (
    caseload,
    clinical,
    fhir_export,
    measures,
    part2,
    participants,
    safety,
    setup,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import anchor, participant_repo
from counselor_desk.store.db import Database, connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))
ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "fhir-bundle-demo.json"
EVERY_KIND = {
    "Composition",
    "Organization",
    "Practitioner",
    "Patient",
    "Condition",
    "MedicationStatement",
    "AllergyIntolerance",
    "EpisodeOfCare",
    "Encounter",
    "Observation",
    "Goal",
    "CarePlan",
    "Consent",
    "DocumentReference",
}
Bundle = dict[str, Any]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fhir-demo") / "demo.sqlite3"
    db = connect(path)
    fill_demo(db, CLOCK)
    db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo caseload of its own for each test (exports write to it)."""
    copied = tmp_path / "demo.sqlite3"
    source = connect(demo_file)
    source.conn.execute("VACUUM INTO :to", {"to": str(copied)})
    source.close()
    shutil.copy(anchor.path_for(demo_file), anchor.path_for(copied))
    db = connect(copied)
    yield db
    db.close()


def everyone(db: Database) -> list[Participant]:
    return participant_repo.list_participants(db.conn)


def safety_story(db: Database) -> Participant:
    """The active participant of the substance-use program with a C-SSRS and a safety plan."""
    for person in sorted(everyone(db), key=lambda p: p.chart_number):
        program = setup.get_program(db, person.program_id)
        screens = [m for m in measures.measures(db, person.id) if m.instrument == C_SSRS.name]
        if (
            program.substance_use
            and person.discharge_date is None
            and screens
            and safety.current_plan(db, person.id)
        ):
            return person
    raise AssertionError("the demo has no safety story")


def not_part2(db: Database) -> Participant:
    """A participant outside the substance-use program whose record raises no Part 2 question."""
    for person in sorted(everyone(db), key=lambda p: p.chart_number):
        program = setup.get_program(db, person.program_id)
        if not program.substance_use and not part2.question(db, person.id):
            return person
    raise AssertionError("the demo has no record outside Part 2")


def consent_for(
    db: Database, person: Participant, scope: frozenset[ScopeCategory] | None = None
) -> Consent:
    return clinical.add_consent(
        db,
        Consent(
            id=0,
            participant_id=person.id,
            recipient="Lakeside Counseling Associates",
            recipient_address="45 Lake Street, Springfield, IL 62704",
            purpose="Continuity of care after the step down",
            scope=frozenset(ScopeCategory) if scope is None else scope,
            signed_date=CLOCK.today(),
            expiry_date=CLOCK.today() + dt.timedelta(days=365),
        ),
        CLOCK,
    )


def export(
    db: Database, person: Participant, folder: Path, consent: Consent, pdf: bool = False
) -> tuple[Bundle, fhir_export.FhirExport]:
    done = fhir_export.export_fhir(
        db,
        person.id,
        folder / "bundle.json",
        CLOCK,
        consent.id,
        folder / "summary.pdf" if pdf else None,
    )
    return json.loads(done.bundle.read_text(encoding="utf-8")), done


def of(bundle: Bundle, kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def source_bundle(db: Database, person: Participant, consent: Consent) -> Bundle:
    return build_bundle(fhir_export.export_source(db, person.id, CLOCK, consent.id))


# -- every resource kind ---------------------------------------------------------------------


def test_every_resource_kind_built_from_the_demo_passes_the_checks(
    demo: Database, tmp_path: Path
) -> None:
    profile = setup.get_profile(demo)
    assert profile is not None
    setup.save_profile(demo, replace(profile, npi="1234567893", license_number="LPC-4411"))
    person = safety_story(demo)
    bundle, done = export(demo, person, tmp_path, consent_for(demo, person))

    assert {resource["resourceType"] for resource in fhir_checks.resources(bundle)} == EVERY_KIND
    assert fhir_checks.problems(bundle) == []
    for resource in fhir_checks.resources(bundle):  # each one alone, by its own R4B model
        assert fhir_checks.resource_problems(resource) == [], resource["resourceType"]
    assert bundle["type"] == "document" and bundle["entry"][0]["resource"]["resourceType"] == (
        "Composition"
    )
    assert done.resources == len(bundle["entry"])

    (patient,) = of(bundle, "Patient")
    assert patient["identifier"][0]["value"] == person.chart_number
    assert (
        patient["identifier"][0]["system"]
        == "urn:counselor-desk:riverside-behavioral-health:chart-number"
    )
    assert patient["birthDate"] == person.date_of_birth.isoformat()
    assert "gender" not in patient  # the app records none
    (practitioner,) = of(bundle, "Practitioner")
    assert practitioner["identifier"] == [
        {
            "type": practitioner["identifier"][0]["type"],
            "system": "http://hl7.org/fhir/sid/us-npi",
            "value": "1234567893",
        }
    ]
    assert practitioner["qualification"][0]["identifier"] == [{"value": "LPC-4411"}]

    conditions = of(bundle, "Condition")
    assert [c["code"]["coding"][0]["code"] for c in conditions] == [
        d.code for d in person.diagnoses
    ]
    assert {c["code"]["coding"][0]["system"] for c in conditions} == {codes.ICD10CM}

    attended = [m for m in caseload.attendance_history(demo, person.id) if m.status.attended]
    encounters = of(bundle, "Encounter")
    assert len(encounters) == len(attended)
    assert sum(e["class"]["code"] == "VR" for e in encounters) == sum(
        m.telehealth for m in attended
    )
    assert [e["length"]["value"] for e in encounters] == [m.minutes_attended for m in attended]

    observations = of(bundle, "Observation")
    counted = [m for m in measures.measures(demo, person.id) if not m.is_struck]
    assert len(observations) == len(counted)
    phq9 = [o for o in observations if o["code"]["coding"][0]["code"] == PHQ_9.loinc_total]
    assert phq9 and all(o["category"][0]["coding"][0]["code"] == "survey" for o in observations)
    first = phq9[0]
    assert [c["code"]["coding"][0]["code"] for c in first["component"][:9]] == [
        q.loinc for q in PHQ_9.questions
    ]
    assert sum(c["valueInteger"] for c in first["component"][:9]) == first["valueInteger"]
    assert any(o["code"]["coding"][0]["code"] == GAD_7.loinc_total for o in observations)
    screens = [o for o in observations if o["code"]["coding"][0]["code"] == C_SSRS.loinc_panel]
    assert screens and screens[0]["valueCodeableConcept"]["text"].endswith("risk")

    goals = of(bundle, "Goal")
    plan_goals = clinical.goals(demo, person.id)
    assert len(goals) == len(plan_goals) + sum(len(g.objectives) for g in plan_goals)
    (care_plan,) = of(bundle, "CarePlan")
    steps = [a["detail"]["description"] for a in care_plan["activity"]]
    assert any(step.startswith("Safety plan (version") for step in steps)
    (consent,) = of(bundle, "Consent")
    assert consent["scope"]["coding"][0]["code"] == "patient-privacy"
    assert consent["category"][0]["coding"][0]["code"] == "IDSCL"
    assert consent["provision"]["actor"][0]["reference"]["display"].startswith(
        "Lakeside Counseling Associates"
    )
    (document,) = of(bundle, "DocumentReference")
    attachment = document["content"][0]["attachment"]
    data = base64.b64decode(attachment["data"])
    assert data.startswith(b"%PDF") and attachment["size"] == len(data)
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(data).digest()).decode()


def test_a_level_change_gives_an_episode_of_care_per_level(demo: Database) -> None:
    person = safety_story(demo)
    step = CLOCK.today() - dt.timedelta(days=7)
    participants.change_level(demo, person.id, LevelOfCare.OP, step, "Stepped down", CLOCK)
    bundle = source_bundle(demo, person, consent_for(demo, person))
    episodes = of(bundle, "EpisodeOfCare")
    assert [e["type"][0]["coding"][0]["code"] for e in episodes] == ["IOP", "OP"]
    assert episodes[0]["period"]["end"] == (step - dt.timedelta(days=1)).isoformat()
    assert episodes[1]["period"] == {"start": step.isoformat()}
    assert [e["status"] for e in episodes] == ["finished", "active"]
    later = [e for e in of(bundle, "Encounter") if e["period"]["start"][:10] >= step.isoformat()]
    assert later and all(
        e["episodeOfCare"][0]["reference"] == f"urn:uuid:{episodes[1]['id']}" for e in later
    )
    assert fhir_checks.problems(bundle) == []


# -- refused bundles ---------------------------------------------------------------------------


def broken(bundle: Bundle, kind: str, change: Any) -> Bundle:
    changed = copy.deepcopy(bundle)
    change(of(changed, kind)[0])
    return changed


def refusal(bundle: Bundle) -> str:
    with pytest.raises(ValidationError) as refused:
        fhir_checks.check_bundle(bundle)
    assert refused.value.field == "fhir"
    return refused.value.message


def test_a_missing_mandatory_element_or_a_wrong_code_system_is_refused_by_name(
    demo: Database,
) -> None:
    person = safety_story(demo)
    bundle = source_bundle(demo, person, consent_for(demo, person))
    assert fhir_checks.problems(bundle) == []

    said = refusal(broken(bundle, "Observation", lambda o: o.pop("status")))
    assert "nothing was written or disclosed" in said
    assert "Observation (PHQ-9 total, " in said and ": status is missing" in said

    def other_system(condition: dict[str, Any]) -> None:
        condition["code"]["coding"][0]["system"] = "http://example.org/icd"

    said = refusal(broken(bundle, "Condition", other_system))
    assert "code has no ICD-10-CM coding (system http://hl7.org/fhir/sid/icd-10-cm)" in said

    said = refusal(broken(bundle, "Encounter", lambda e: e.pop("class")))
    assert "Encounter (" in said and "class is missing" in said
    said = refusal(broken(bundle, "Goal", lambda g: g.update(lifecycleStatus="sort-of")))
    assert "lifecycleStatus is 'sort-of', not one of" in said
    said = refusal(broken(bundle, "Patient", lambda p: p.update(birthDate="07/03/1961")))
    assert "Patient: birthDate is '07/03/1961', not a FHIR date" in said
    said = refusal(broken(bundle, "CarePlan", lambda c: c.pop("category")))
    assert "CarePlan: category is missing the assess-plan category" in said
    said = refusal(broken(bundle, "AllergyIntolerance", lambda a: a.pop("verificationStatus")))
    assert "verificationStatus is missing" in said
    said = refusal(
        broken(bundle, "Composition", lambda c: c["type"]["coding"][0].update(code="11488-4"))
    )
    assert "Composition: type is not LOINC 34133-9" in said
    said = refusal(broken(bundle, "Goal", lambda g: g["subject"].update(reference="urn:uuid:x")))
    assert "subject points at urn:uuid:x, which is not in the bundle" in said

    def other_pdf(document: dict[str, Any]) -> None:
        document["content"][0]["attachment"]["data"] = base64.b64encode(b"%PDF-other").decode()

    said = refusal(broken(bundle, "DocumentReference", other_pdf))
    assert "content[0].attachment.size is not the size of the data" in said
    assert "content[0].attachment.hash is not the SHA-1 of the data" in said
    said = refusal(broken(bundle, "Consent", lambda c: c["meta"].pop("security")))
    assert "Consent: meta.security lacks the Part 2 label(s) 42CFRPart2" in said


def test_a_bundle_that_fails_is_not_written_and_not_disclosed(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = safety_story(demo)
    consent = consent_for(demo, person)
    before = len(clinical.disclosures(demo, person.id))

    def without_status(source: Any) -> Bundle:
        bundle = build_bundle(source)
        of(bundle, "Encounter")[0].pop("status")
        return bundle

    monkeypatch.setattr(fhir_export, "build_bundle", without_status)
    with pytest.raises(ValidationError, match="status is missing"):
        export(demo, person, tmp_path, consent, pdf=True)
    assert not [path for path in tmp_path.iterdir() if path.suffix in (".json", ".pdf", ".tmp")]
    assert len(clinical.disclosures(demo, person.id)) == before


def test_without_a_valid_consent_nothing_is_exported(demo: Database, tmp_path: Path) -> None:
    person = next(
        p
        for p in everyone(demo)
        if not any(c.valid_on(CLOCK.today()) for c in clinical.consents(demo, p.id))
        and not part2.question(demo, p.id)
    )
    with pytest.raises(ValidationError) as refused:
        fhir_export.export_fhir(demo, person.id, tmp_path / "bundle.json", CLOCK)
    assert refused.value.field == "consent"
    assert not (tmp_path / "bundle.json").exists()


# -- the consent's scope -----------------------------------------------------------------------


def test_the_consent_scope_removes_what_it_must(demo: Database) -> None:
    person = safety_story(demo)
    narrow = consent_for(demo, person, frozenset({ScopeCategory.DIAGNOSES}))
    bundle = source_bundle(demo, person, narrow)
    assert fhir_checks.problems(bundle) == []
    kinds = {resource["resourceType"] for resource in fhir_checks.resources(bundle)}
    assert kinds == {
        "Composition", "Organization", "Practitioner", "Patient", "Condition", "EpisodeOfCare",
        "Encounter", "Consent", "DocumentReference",
    }  # fmt: skip
    (stay,) = of(bundle, "Encounter")  # one summary: no session, no dates of service
    assert "length" not in stay and "identifier" not in stay
    assert stay["period"] == {"start": person.admission_date.isoformat()}
    assert "outside the consent's scope" in stay["type"][0]["text"]
    sections = {s["title"]: s for s in bundle["entry"][0]["resource"]["section"]}
    for title in ("Measures", "Risk and safety", "Goals and status", "Medications (as reported)"):
        assert sections[title]["emptyReason"]["coding"][0]["code"] == "withheld"
        assert "entry" not in sections[title]
    assert (
        "Not included (outside the consent's scope): attendance and dates of service"
        in (bundle["entry"][0]["resource"]["text"]["div"])
    )

    no_scores = consent_for(
        demo, person, frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.TREATMENT_PLAN})
    )
    bundle = source_bundle(demo, person, no_scores)
    attended = [m for m in caseload.attendance_history(demo, person.id) if m.status.attended]
    assert len(of(bundle, "Encounter")) == len(attended)
    assert of(bundle, "Observation") == [] and of(bundle, "Condition") == []
    assert of(bundle, "Goal") and of(bundle, "CarePlan") == []

    measures_only = consent_for(demo, person, frozenset({ScopeCategory.MEASURES}))
    bundle = source_bundle(demo, person, measures_only)
    scored = {o["code"]["coding"][0]["code"] for o in of(bundle, "Observation")}
    assert scored == {PHQ_9.loinc_total, GAD_7.loinc_total}  # the C-SSRS is under risk
    assert of(bundle, "CarePlan") == []  # no discharge plan, no safety plan

    risk_only = consent_for(demo, person, frozenset({ScopeCategory.RISK}))
    bundle = source_bundle(demo, person, risk_only)
    assert {o["code"]["coding"][0]["code"] for o in of(bundle, "Observation")} == {
        C_SSRS.loinc_panel
    }
    (care_plan,) = of(bundle, "CarePlan")  # the safety plan's steps, nothing of the discharge
    assert all(a["detail"]["description"].startswith("Safety plan") for a in care_plan["activity"])


# -- Part 2 ----------------------------------------------------------------------------------


def labels_of(item: dict[str, Any]) -> set[tuple[str, str]]:
    return {(label["system"], label["code"]) for label in item.get("meta", {}).get("security", [])}


def test_part2_labels_are_on_everything_of_a_part2_record_and_on_nothing_else(
    demo: Database, tmp_path: Path
) -> None:
    person = safety_story(demo)
    bundle, _done = export(demo, person, tmp_path, consent_for(demo, person))
    wanted = {
        (codes.V3_ACT_CODE, "42CFRPart2"),
        (codes.V3_ACT_CODE, "SUD"),
        (codes.V3_ACT_CODE, "ETH"),
        (codes.V3_CONFIDENTIALITY, "R"),
        (codes.V3_ACT_CODE, "NORDSCLCD"),
    }
    assert labels_of(bundle) == wanted
    assert all(labels_of(resource) == wanted for resource in fhir_checks.resources(bundle))
    composition = bundle["entry"][0]["resource"]
    assert composition["confidentiality"] == "R"
    assert PART2_NOTICE in composition["text"]["div"]
    assert "Any further disclosure is prohibited" in composition["text"]["div"]
    assert of(bundle, "Consent")[0]["policy"] == [{"uri": codes.PART2_POLICY_URI}]

    other = not_part2(demo)
    plain = source_bundle(demo, other, consent_for(demo, other))
    assert fhir_checks.problems(plain) == []
    text = json.dumps(plain)
    assert "42CFRPart2" not in text and "NORDSCLCD" not in text and PART2_NOTICE not in text
    assert "confidentiality" not in plain["entry"][0]["resource"]
    assert of(plain, "Consent")[0]["policy"] == [{"uri": codes.HIPAA_AUTHORIZATION_URI}]


# -- one disclosure, two files -----------------------------------------------------------------


def test_the_bundle_and_the_pdf_are_one_disclosure(demo: Database, tmp_path: Path) -> None:
    person = safety_story(demo)
    consent = consent_for(demo, person)
    before = clinical.disclosures(demo, person.id)
    bundle, done = export(demo, person, tmp_path, consent, pdf=True)

    after = clinical.disclosures(demo, person.id)
    assert len(after) == len(before) + 1
    (row,) = [d for d in after if d.id not in {earlier.id for earlier in before}]
    assert row.consent_id == consent.id and row.recipient == consent.recipient
    assert row.document_id == done.document_id
    assert bundle["entry"][0]["resource"]["identifier"]["value"] == done.document_id
    assert of(bundle, "DocumentReference")[0]["masterIdentifier"]["value"] == done.document_id
    assert row.what.startswith("FHIR R4 document bundle (JSON: ")
    assert "and the PDF as a file of its own" in row.what
    assert f"chart {person.chart_number}, under consent {consent.id}" in row.what

    assert done.pdf is not None
    pdf = done.pdf.read_bytes()
    inside = base64.b64decode(
        of(bundle, "DocumentReference")[0]["content"][0]["attachment"]["data"]
    )
    assert pdf == inside  # the PDF beside the bundle is the one inside it
    first_page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert done.document_id in first_page
    for path in (done.bundle, done.pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".counselor-desk-*"))


def test_an_export_without_the_pdf_file_still_carries_it_and_says_so(
    demo: Database, tmp_path: Path
) -> None:
    person = safety_story(demo)
    bundle, done = export(demo, person, tmp_path, consent_for(demo, person))
    assert done.pdf is None and not (tmp_path / "summary.pdf").exists()
    row = next(
        d for d in clinical.disclosures(demo, person.id) if d.document_id == done.document_id
    )
    assert "the PDF inside it" in row.what and "as a file of its own" not in row.what
    assert of(bundle, "DocumentReference")


def test_the_bundle_and_the_pdf_need_two_names(demo: Database, tmp_path: Path) -> None:
    person = safety_story(demo)
    consent = consent_for(demo, person)
    same = tmp_path / "both"
    with pytest.raises(ValidationError, match="two different file names"):
        fhir_export.export_fhir(demo, person.id, same, CLOCK, consent.id, same)
    with pytest.raises(ValidationError, match="does not exist"):
        fhir_export.export_fhir(demo, person.id, tmp_path / "no" / "b.json", CLOCK, consent.id)


# -- the example in the docs -------------------------------------------------------------------

#: The example's fixed document ID, moment and stand-in PDF, so it is the same on every run.
EXAMPLE_ID = "CD-20260302-EXAMPLE2"
EXAMPLE_ZONE = dt.timezone(dt.timedelta(hours=-6))
EXAMPLE_PDF = (
    b"%PDF-1.4\n% A stand-in for the continuity-of-care PDF: a real export carries the whole "
    b"PDF here.\n%%EOF\n"
)


def example_bundle(db: Database) -> Bundle:
    """The demo's safety story under a consent of every category, as docs/INTEROP.md shows it."""
    person = safety_story(db)
    consent = consent_for(db, person)
    source = fhir_export.export_source(db, person.id, CLOCK, consent.id)
    source = replace(
        source,
        summary=replace(source.summary, document_id=EXAMPLE_ID),
        made_at=dt.datetime.combine(CLOCK.today(), dt.time(16, 0), EXAMPLE_ZONE),
        zone=EXAMPLE_ZONE,
        pdf=EXAMPLE_PDF,
    )
    return build_bundle(source)


def test_the_example_bundle_in_the_docs_is_what_the_demo_gives(demo: Database) -> None:
    bundle = example_bundle(demo)
    assert fhir_checks.problems(bundle) == []
    text = fhir_export.bundle_json(bundle, indent=2).decode("utf-8")
    if not EXAMPLE.exists() or EXAMPLE.read_text(encoding="utf-8") != text:
        EXAMPLE.parent.mkdir(parents=True, exist_ok=True)
        EXAMPLE.write_text(text, encoding="utf-8")
        pytest.fail(f"{EXAMPLE.relative_to(ROOT)} was stale; it has been regenerated: commit it")
