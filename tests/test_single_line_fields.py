"""One-line fields take one line of visible text: a line break, a tab, Unicode's line and
paragraph separators and the invisible controls of text direction (which would print a case
number reversed while the log keeps it as typed) are refused, naming the field, and nothing
is saved; letters of every script are accepted, and multi-line fields keep their lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from test_documents import add_consent, make_caseload

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import CounselorProfile, Discharge, DischargeReason, Session
from counselor_desk.services import clinical, documents, sessions, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.documents import attendance_letter
from counselor_desk.services.validate import Problems
from counselor_desk.store.db import Database

TODAY = dt.date(2026, 3, 2)

#: What no one-line field takes, each with the words the refusal names it by.
UNWANTED = [
    ("\n", "line break (U+000A)"),
    ("\r", "line break (U+000D)"),
    ("\t", "tab"),
    ("\x0b", "line break (U+000B)"),
    ("\x85", "line break (U+0085)"),
    ("\u2028", "line break (U+2028)"),
    ("\u2029", "line break (U+2029)"),
    ("\x07", "invisible control character (U+0007)"),
    ("\x7f", "invisible control character (U+007F)"),
    *[
        (chr(code), f"invisible text-direction control (U+{code:04X})")
        for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
    ],
]
IDS = [f"U+{ord(char):04X}" for char, _words in UNWANTED]
#: Names in right-to-left scripts, with the marks a keyboard may type (not controls).
RTL_NAMES = ["فاطمة الزهراء", "דנה רייס", "Dana רייס-Haddad", "سارا\u200f (LPC)"]


@pytest.mark.parametrize(("char", "words"), UNWANTED, ids=IDS)
def test_the_shared_check_refuses_each_unwanted_character_by_name(char: str, words: str) -> None:
    problems = Problems()
    assert problems.single_line("case_number", f"2410{char}RC", "The case number") == (
        f"2410{char}RC"
    )
    assert problems.items == [
        ("case_number", f"The case number must be one line: remove the {words}.")
    ]


@pytest.mark.parametrize("name", RTL_NAMES)
def test_letters_of_every_script_and_direction_marks_are_one_line(name: str) -> None:
    problems = Problems()
    assert problems.single_line("name", f"  {name} ", "Your name", required=True) == name
    assert problems.items == []


def test_the_shared_check_still_requires_and_limits() -> None:
    problems = Problems()
    problems.single_line("name", "  ", "Your name", required=True)
    problems.single_line("clinic_name", "x" * 201, "Clinic name")
    problems.single_line("case_number", "9" * 61, "The case number", limit=60)
    assert problems.items == [
        ("name", "Your name is required."),
        ("clinic_name", "Clinic name is too long (201 characters; at most 200)."),
        ("case_number", "The case number is too long (61 characters; at most 60)."),
    ]


# -- the attendance letter -----------------------------------------------------------------


@pytest.mark.parametrize("field", ["recipient", "organization", "case_number"])
@pytest.mark.parametrize(("char", "words"), UNWANTED, ids=IDS)
def test_the_letter_s_one_line_fields_refuse_and_name_the_field(
    field: str, char: str, words: str
) -> None:
    values = {
        "recipient": "Hon. Ruth Ade",
        "organization": "Union County Drug Court",
        "case_number": "2410-RC-6202",
    }
    values[field] = f"{values[field][:4]}{char}{values[field][4:]}"
    with pytest.raises(ValidationError) as refused:
        attendance_letter.letter_request(TODAY, TODAY, TODAY, purpose="Court", **values)
    assert refused.value.field == field and f"remove the {words}" in refused.value.message


def test_a_reversed_case_number_is_neither_printed_nor_logged(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    with pytest.raises(ValidationError) as refused:
        documents.export_attendance_letter(
            db,
            pid,
            tmp_path / "l.pdf",
            clock,
            dt.date(2026, 1, 5),
            TODAY,
            recipient="Hon. Ruth Ade",
            organization="Union County Drug Court",
            case_number="\u202e2410-RC-6202",
            purpose="Court",
        )
    assert refused.value.message == (
        "The case or docket number must be one line: remove the invisible text-direction "
        "control (U+202E)."
    )
    assert list(tmp_path.glob("*.pdf")) == [] and clinical.disclosures(db, pid) == []


@pytest.mark.parametrize("name", RTL_NAMES)
def test_a_letter_to_a_name_in_any_script_goes_out(
    db: Database, clock: FixedClock, tmp_path: Path, name: str
) -> None:
    pid = make_caseload(db, clock, substance_use=True).participant.id
    consent = add_consent(db, clock, pid, recipient=name)
    documents.export_attendance_letter(
        db,
        pid,
        tmp_path / "l.pdf",
        clock,
        dt.date(2026, 1, 5),
        TODAY,
        recipient=name,
        purpose="Verification",
        consent_id=consent.id,
    )
    [row] = clinical.disclosures(db, pid)
    assert row.recipient == name


# -- the counselor profile -----------------------------------------------------------------

PROFILE = CounselorProfile(
    name="Dana Reyes",
    credentials="LPC, LCADC",
    clinic_name="Riverbend Behavioral Health",
    clinic_address="12 Mill Street\nSpringfield, NJ 07081",
    clinic_phone="(973) 555-0142",
    crisis_line="988",
    license_number="LPC-12345",
)
PROFILE_FIELDS = [
    "name",
    "credentials",
    "clinic_name",
    "clinic_phone",
    "crisis_line",
    "license_number",
]


@pytest.mark.parametrize("field", PROFILE_FIELDS)
@pytest.mark.parametrize(
    ("char", "words"),
    [("\n", "line break"), ("\u2029", "line break"), ("\u202e", "text-direction control")],
    ids=["newline", "paragraph-separator", "right-to-left-override"],
)
def test_the_profile_s_one_line_fields_refuse_and_nothing_is_saved(
    db: Database, field: str, char: str, words: str
) -> None:
    setup.save_profile(db, PROFILE)
    typed = getattr(PROFILE, field)
    with pytest.raises(ValidationError) as refused:
        setup.save_profile(db, replace(PROFILE, **{field: f"{typed[:2]}{char}{typed[2:]}"}))
    assert refused.value.field == field and "must be one line" in refused.value.message
    assert words in refused.value.message
    assert setup.get_profile(db) == PROFILE


def test_the_profile_keeps_the_address_lines_and_a_right_to_left_name(db: Database) -> None:
    saved = setup.save_profile(db, replace(PROFILE, name="سارا حداد", clinic_name="מרכז רייס"))
    assert saved.clinic_address == "12 Mill Street\nSpringfield, NJ 07081"
    assert setup.get_profile(db) == saved and saved.name == "سارا حداد"


# -- the discharge form and the session's location -----------------------------------------


@pytest.mark.parametrize(
    "given_to", ["the participant\nand guardian", "the\u2028participant", "\u202ethe participant"]
)
def test_the_copy_given_to_is_one_line(db: Database, clock: FixedClock, given_to: str) -> None:
    pid = make_caseload(db, clock).participant.id
    discharge = Discharge(
        participant_id=pid,
        discharge_date=TODAY,
        reason=DischargeReason.COMPLETED,
        aftercare_plan="Weekly therapy.\nPeer support on Thursdays.",
        copy_given_on=TODAY,
        copy_given_to=given_to,
    )
    with pytest.raises(ValidationError) as refused:
        clinical.save_discharge_plan(db, discharge, clock)
    assert refused.value.field == "copy_given_to" and "must be one line" in refused.value.message
    assert clinical.discharge_record(db, pid) is None
    saved = clinical.save_discharge_plan(
        db, replace(discharge, copy_given_to="the participant and guardian (سارا حداد)"), clock
    )
    assert saved.aftercare_plan == "Weekly therapy.\nPeer support on Thursdays."  # lines kept
    assert saved.copy_given_to == "the participant and guardian (سارا حداد)"


@pytest.mark.parametrize("char", ["\u202e", "\u2067", "\u2029"])
def test_the_session_s_location_refuses_direction_controls(
    db: Database, clock: FixedClock, char: str
) -> None:
    make_caseload(db, clock)
    session: Session = sessions.day_sessions(db, TODAY)[0].session
    with pytest.raises(ValidationError) as refused:
        sessions.set_location(db, session.id, f"Room{char} 2")
    assert refused.value.field == "location" and "must be one line" in refused.value.message
    assert sessions.get_session(db, session.id).location == ""
    assert sessions.set_location(db, session.id, "غرفة ٢").location == "غرفة ٢"
