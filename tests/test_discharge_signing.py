"""Signed means final: the discharge summary is signed once, complete, and changes only by
dated amendments; every print after the signature is a copy of it, dated when it was signed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import DischargeReason
from counselor_desk.services import (
    audit,
    caseload,
    clinical,
    discharge_content,
    discharge_signing,
    documents,
    participants,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from tests.test_documents import flat, make_caseload, pdf_text, plan_discharge

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SIGNER = "Dana Reyes, LCSW, LCADC"
LATER = FixedClock(dt.date(2026, 3, 20), dt.time(9, 15))


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def signed_case(db: Database, clock: FixedClock) -> int:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True)
    discharge_signing.sign(db, pid, clock)
    return pid


def pdf_of(db: Database, pid: int, clock: FixedClock, out: Path) -> str:
    documents.export_discharge_summary(db, pid, out, clock)
    pages, _reader = pdf_text(out.read_bytes())
    return flat(" ".join(pages))


def test_signing_refuses_an_incomplete_summary_naming_each_missing_section(
    db: Database, clock: FixedClock
) -> None:
    case = make_caseload(db, clock)
    person = participants.get(db, case.participant.id)
    participants.edit(db, replace(person, presenting_problems="", diagnoses=()), clock)
    plan_discharge(
        db,
        clock,
        person.id,
        record=True,
        reason=DischargeReason.ADMINISTRATIVE,
        condition="",
        aftercare="",
    )
    error = refused(discharge_signing.sign, db, person.id, clock)
    fields = [field for field, _message in error.problems]
    assert fields == [
        "presenting_problems",
        "diagnoses",
        "condition_at_discharge",
        "reason_detail",
        "aftercare_plan",
    ]
    words = dict(error.problems)
    assert "presenting problems is empty" in words["presenting_problems"]
    assert "No diagnosis is recorded" in words["diagnoses"]
    assert "Condition at discharge is empty" in words["condition_at_discharge"]
    assert "Aftercare plan is empty" in words["aftercare_plan"]
    assert "may appeal" in words["reason_detail"]
    assert str(error).startswith("The discharge summary cannot be signed yet:")
    record = clinical.discharge_record(db, person.id)
    assert record is not None and not record.is_signed and record.summary_completed_at is None
    assert [e.action for e in audit.entries(db) if e.action == AuditAction.DISCHARGE_SIGN] == []


def test_a_discharge_not_recorded_cannot_be_signed(db: Database, clock: FixedClock) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=False)
    error = refused(discharge_signing.sign, db, pid, clock)
    assert error.field == "discharge_date" and "not recorded" in str(error)


def test_signing_records_signer_time_and_hash_and_is_audited(
    db: Database, clock: FixedClock
) -> None:
    pid = signed_case(db, clock)
    record = clinical.discharge_record(db, pid)
    assert record is not None and record.is_signed
    assert record.signed_by == SIGNER and record.signed_at == clock.now()
    assert record.summary_completed_at == clock.now()
    content = clinical.signed_discharge_content(db, pid)
    assert record.content_hash == hashlib.sha256(content.encode("utf-8")).hexdigest()
    assert len(record.content_hash) == 64
    assert content == discharge_content.canonical(discharge_content.json.loads(content))
    assert "Hillside Counseling" in content and "Depressed mood" in content
    (entry,) = [e for e in audit.entries(db) if e.action == AuditAction.DISCHARGE_SIGN]
    assert entry.target == f"discharge {pid}"
    assert entry.detail == f"sha256 {record.content_hash}"
    assert entry.participant_id == pid and entry.at == clock.now()
    assert audit.verify(db) is None
    assert discharge_signing.verify_signed_discharges(db) == []
    again = refused(discharge_signing.sign, db, pid, clock)
    assert "already signed on 2026-03-02 16:00" in str(again)


def test_the_database_refuses_changing_a_signed_discharge_or_its_referrals(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    pid = signed_case(db, clock)
    raw = sqlite3.connect(db_path)
    try:
        statements = [
            "UPDATE discharges SET reason = 'administrative' WHERE participant_id = :id",
            "UPDATE discharges SET summary_completed_at = NULL WHERE participant_id = :id",
            "DELETE FROM discharges WHERE participant_id = :id",
            "UPDATE referrals SET phone = '555-0000' WHERE participant_id = :id",
            "DELETE FROM referrals WHERE participant_id = :id",
            "INSERT INTO referrals (participant_id, provider) VALUES (:id, 'Someone else')",
        ]
        raw.execute("PRAGMA foreign_keys = ON")  # as the app runs: the cascade is refused too
        statements.append("DELETE FROM participants WHERE id = :id")
        for statement in statements:
            with pytest.raises(sqlite3.IntegrityError):
                raw.execute(statement, {"id": pid})
            raw.rollback()
    finally:
        raw.close()
    record = clinical.discharge_record(db, pid)
    assert record is not None and record.reason is DischargeReason.COMPLETED
    assert [r.phone for r in record.referrals] == ["(973) 555-0177"]
    assert discharge_signing.verify_signed_discharges(db) == []


def test_a_signed_discharge_changes_only_by_a_dated_audited_amendment(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    pid = signed_case(db, clock)
    record = clinical.discharge_record(db, pid)
    assert record is not None
    error = refused(clinical.save_discharge_plan, db, replace(record, aftercare_plan="x"), clock)
    assert "signed on 2026-03-02 16:00" in str(error) and "amendment" in str(error)
    problems = refused(discharge_signing.amend, db, pid, "nowhere", "", "", LATER).problems
    assert [field for field, _m in problems] == ["field", "reason", "text"]
    amendment = discharge_signing.amend(
        db,
        pid,
        "referrals",
        "Appointment moved by the provider",
        "First appointment at Hillside Counseling is now 2026-03-24 at 11:00.",
        LATER,
    )
    assert amendment.id > 0 and amendment.author == SIGNER and amendment.created_at == LATER.now()
    assert clinical.discharge_amendments(db, pid) == [amendment]
    expected = discharge_content.amendment_content(amendment, record.content_hash)
    assert amendment.content_hash == discharge_content.sha256(expected)
    (entry,) = [e for e in audit.entries(db) if e.action == AuditAction.DISCHARGE_AMENDMENT]
    assert entry.target == f"discharge {pid}"
    assert entry.detail == f"amendment {amendment.id}; sha256 {amendment.content_hash}"
    assert clinical.discharge_record(db, pid) == record  # the signed record as it was
    raw = sqlite3.connect(db_path)
    try:
        for statement in (
            "UPDATE discharge_amendments SET text = 'changed'",
            "DELETE FROM discharge_amendments",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="cannot be"):
                raw.execute(statement)
            raw.rollback()
    finally:
        raw.close()
    assert discharge_signing.verify_signed_discharges(db) == []


def test_an_unsigned_discharge_takes_no_amendment(
    db: Database, db_path: Path, clock: FixedClock
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True)
    error = refused(discharge_signing.amend, db, pid, "", "Why", "What", clock)
    assert "not signed yet" in str(error)
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="signed discharge only"):
            raw.execute(
                """INSERT INTO discharge_amendments (participant_id, author, created_at, reason,
                       text, content_hash) VALUES (:id, 'x', '2026-03-02T10:00:00', 'r', 't', :h)""",
                {"id": pid, "h": "0" * 64},
            )
    finally:
        raw.close()


def test_the_reprint_is_a_copy_signed_on_its_real_date_with_its_amendments(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = signed_case(db, clock)
    discharge_signing.amend(
        db, pid, "aftercare_plan", "Sister's phone added", "Call sister at (973) 555-0123.", LATER
    )
    text = pdf_of(db, pid, LATER, tmp_path / "reprint.pdf")
    assert (
        f"Copy of the discharge summary electronically signed by {SIGNER} on 2026-03-02 16:00"
        in text
    )
    assert f"Electronically signed by {SIGNER} on 2026-03-02 at 16:00" in text
    # every signature line carries the signing date; the print date only says when printed
    dates = re.findall(r"[Ss]igned by [A-Za-z ,]+? on (\d{4}-\d{2}-\d{2})", text)
    assert len(dates) >= 5 and set(dates) == {"2026-03-02"}
    assert "printed 2026-03-20" in text and "Printed 2026-03-20" in text
    assert "Amendments" in text
    assert f"Amended on 2026-03-20 at 09:15 by {SIGNER}: reason: Sister's phone added" in text
    assert "Concerns: Aftercare plan" in text
    assert "Call sister at (973) 555-0123." in text
    record = clinical.discharge_record(db, pid)
    assert record is not None and record.content_hash in text
    assert "DRAFT" not in text
    assert "changed in" not in text  # the record is as it was signed
    (export,) = [e for e in audit.entries(db) if e.action == AuditAction.EXPORT]
    assert export.target == "discharge summary (copy of the signed summary)"
    assert export.detail == f"signed 2026-03-02 16:00; sha256 {record.content_hash}"


def test_a_reprint_names_what_changed_in_the_record_since_the_signature(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = signed_case(db, clock)
    goal = clinical.goals(db, pid)[0]
    clinical.save_goal(db, replace(goal, progress="Rewritten after the signature."))
    text = pdf_of(db, pid, LATER, tmp_path / "reprint.pdf")
    assert "Since the signature the record changed in: Progress on goals and objectives." in text


def test_summary_due_clears_by_the_signature_not_by_exporting_a_draft(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True)

    def flags() -> list[str]:
        return [f.value for f in caseload.review(db, participants.get(db, pid), clock).flags]

    assert "summary_due" in flags()
    text = pdf_of(db, pid, clock, tmp_path / "draft.pdf")
    assert "DRAFT – not signed" in text and "Not signed: draft" in text
    assert "summary_due" in flags()
    (export,) = [e for e in audit.entries(db) if e.action == AuditAction.EXPORT]
    assert export.target == "discharge summary (draft)"
    discharge_signing.sign(db, pid, clock)
    assert "summary_due" not in flags()


def test_every_change_of_the_discharge_reason_before_signing_is_audited(
    db: Database, clock: FixedClock
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=False)  # completed
    plan_discharge(db, clock, pid, record=False, reason=DischargeReason.ADMINISTRATIVE)
    plan_discharge(db, clock, pid, record=False, reason=DischargeReason.ADMINISTRATIVE)  # same
    plan_discharge(db, clock, pid, record=False, reason=DischargeReason.MOVED)
    details = [
        e.detail
        for e in audit.entries(db, pid)
        if e.action == AuditAction.DISCHARGE and e.target == f"discharge {pid}"
    ]
    assert details == [
        "reason none -> completed",
        "reason completed -> administrative (involuntary)",
        "reason administrative -> moved",
    ]


def test_the_v6_sample_migrates_keeping_its_discharge_and_the_v7_one_stays_locked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v6.sqlite3", path)
    with connect(path, now=dt.datetime(2026, 3, 2, 16, 0)) as db:
        record = clinical.discharge_record(db, 2)
        assert record is not None and record.recorded_at == dt.datetime(2025, 10, 10, 15, 0)
        assert record.reason is DischargeReason.COMPLETED
        assert not record.is_signed and record.signed_by == "" and record.content_hash == ""
        assert clinical.discharge_amendments(db, 2) == []
        db.execute("UPDATE discharges SET reason_detail = 'still a draft' WHERE participant_id = 2")
    path.unlink()
    shutil.copyfile(FIXTURES / "schema_v7.sqlite3", path)
    with connect(path, now=dt.datetime(2026, 3, 2, 16, 0)) as db:
        record = clinical.discharge_record(db, 2)
        assert record is not None and record.is_signed and record.signed_by == "Dana Reyes, LPC"
        (amendment,) = clinical.discharge_amendments(db, 2)
        assert amendment.reason == "Appointment moved" and amendment.field == "referrals"
        assert discharge_signing.verify_signed_discharges(db) == []
        with pytest.raises(sqlite3.IntegrityError, match="signed discharge cannot be changed"):
            db.execute("UPDATE discharges SET reason = 'moved' WHERE participant_id = 2")
