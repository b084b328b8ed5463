"""The counselor's license number and NPI, who signed a consent, and the diagnoses at
admission (kept as they stood in program week 1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain import npi
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Consent, CounselorProfile, Diagnosis
from counselor_desk.domain.rules import admission_diagnoses_open
from counselor_desk.services import clinical, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

PROFILE = CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")


@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("1234567893", ""),
        ("", ""),
        ("1234567890", "last digit does not match"),
        ("123456789", "10 digits"),
        ("12345678931", "10 digits"),
        ("12345６7893", "10 digits"),  # a full-width digit is not a digit here
        ("123456789X", "10 digits"),
    ],
)
def test_an_npi_is_ten_digits_with_its_check_digit(given: str, why: str) -> None:
    found = npi.problem(given)
    assert (why in found) if why else found == ""


def test_the_check_digit_follows_the_cms_example() -> None:
    # CMS's worked example: 123456789 under the prefix 80840 has check digit 3.
    assert npi.check_digit("123456789") == 3
    assert all(
        npi.problem(f"{nine}{npi.check_digit(nine)}") == "" for nine in ("987654321", "100000000")
    )


def test_the_profile_keeps_license_and_npi_and_refuses_a_wrong_npi_naming_it(db: Database) -> None:
    saved = setup.save_profile(
        db, replace(PROFILE, license_number="  LCSW-4471 ", npi="1234 567 893")
    )
    assert (saved.license_number, saved.npi) == ("LCSW-4471", "1234567893")
    stored = setup.get_profile(db)
    assert stored is not None and (stored.license_number, stored.npi) == ("LCSW-4471", "1234567893")

    with pytest.raises(ValidationError) as refused:
        setup.save_profile(db, replace(PROFILE, npi="1234567890"))
    assert ("npi", npi.problem("1234567890")) in refused.value.problems
    stored = setup.get_profile(db)
    assert stored is not None and stored.npi == "1234567893"  # nothing changed


def test_admission_diagnoses_are_open_during_program_week_one_only() -> None:
    admitted = dt.date(2026, 3, 2)
    assert admission_diagnoses_open(admitted, admitted)
    assert admission_diagnoses_open(admitted, admitted + dt.timedelta(days=6))
    assert not admission_diagnoses_open(admitted, admitted + dt.timedelta(days=7))


def test_a_change_after_week_one_keeps_the_diagnoses_at_admission(db: Database) -> None:
    setup.save_profile(db, PROFILE)
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    first = FixedClock(dt.date(2026, 3, 2), dt.time(10, 0))
    at_intake = (Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),)
    person = participants.admit(db, new_participant(program, diagnoses=at_intake), first)
    assert participants.admission_diagnoses(db, person.id) == list(at_intake)

    # Day 4: the assessment is finished; the admission's diagnoses follow the change.
    corrected = (
        Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),
        Diagnosis("F41.1", "Generalized anxiety disorder"),
    )
    day_four = FixedClock(dt.date(2026, 3, 5), dt.time(10, 0))
    person = participants.edit(db, replace(person, diagnoses=corrected), day_four)
    assert participants.admission_diagnoses(db, person.id) == list(corrected)

    # Week 5: a change of diagnosis; the admission keeps what it had.
    later = (Diagnosis("F33.0", "Major depressive disorder, recurrent, mild"),)
    week_five = FixedClock(dt.date(2026, 4, 1), dt.time(10, 0))
    person = participants.edit(db, replace(person, diagnoses=later), week_five)
    assert list(participants.get(db, person.id).diagnoses) == list(later)
    assert participants.admission_diagnoses(db, person.id) == list(corrected)


def test_a_consent_keeps_who_signed_it(db: Database, clock: FixedClock) -> None:
    setup.save_profile(db, PROFILE)
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    person = participants.admit(db, new_participant(program), clock)
    consent = clinical.add_consent(
        db,
        Consent(
            id=0,
            participant_id=person.id,
            recipient="Dr. Ames, Northside Clinic",
            purpose="Continuity of care",
            scope=frozenset({ScopeCategory.ATTENDANCE}),
            signed_date=clock.today(),
            expiry_date=dt.date(2026, 9, 1),
            signed_by="  Pat Reyes (mother, legal guardian) ",
        ),
        clock,
    )
    stored = next(c for c in clinical.consents(db, person.id) if c.id == consent.id)
    assert stored.signed_by == "Pat Reyes (mother, legal guardian)"
    assert stored.signer_words == "Pat Reyes (mother, legal guardian)"
    assert replace(stored, signed_by="").signer_words == "the participant"
