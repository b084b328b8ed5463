"""A consent expires on a date, when an event or condition happens, or both, whichever comes
first (42 CFR 2.31: "an expiry date, event or condition"); one of them is required. The day
the event happened is recorded by the counselor (audited), and from that day the consent
allows no disclosure; the PDFs print the expiry in either form."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk import cli
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Consent, Participant
from counselor_desk.services import audit, clinical, documents
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from counselor_desk.ui.app import acquire_database_lock
from tests.test_documents import flat, make_caseload, pdf_text

D = dt.date
TODAY = D(2026, 3, 2)
SUPERVISION = "end of court supervision"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def consent(participant_id: int, **changes: object) -> Consent:
    record = Consent(
        id=0,
        participant_id=participant_id,
        recipient="Union County Drug Court",
        purpose="Court-ordered attendance verification",
        scope=frozenset({ScopeCategory.ATTENDANCE}),
        signed_date=D(2026, 2, 20),
        expiry_date=None,
        expiry_event=SUPERVISION,
    )
    return replace(record, **changes)  # type: ignore[arg-type]


@pytest.fixture
def person(db: Database, clock: FixedClock) -> Participant:
    return make_caseload(db, clock, substance_use=True).participant


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def count(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- recording a consent ---------------------------------------------------------------------


def test_a_consent_with_neither_a_date_nor_an_event_is_refused_naming_the_field(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    for event in ("", "   "):
        error = refused(clinical.add_consent, db, consent(person.id, expiry_event=event), clock)
        assert error.field == "expiry_date"
        assert "Expiry date or event is required" in error.message
        assert "Expires on" in error.message and "or when" in error.message
    assert count(db, "consents") == 0


def test_an_event_alone_a_date_alone_or_both_are_each_enough(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    by_event = clinical.add_consent(db, consent(person.id, expiry_event=f"  {SUPERVISION} "), clock)
    by_date = clinical.add_consent(
        db, consent(person.id, expiry_event="", expiry_date=D(2026, 10, 1)), clock
    )
    both = clinical.add_consent(db, consent(person.id, expiry_date=D(2026, 10, 1)), clock)
    assert clinical.get_consent(db, by_event.id) == by_event
    assert (by_event.expiry_date, by_event.expiry_event) == (None, SUPERVISION)
    assert by_event.expiry_in_words() == "expires when: end of court supervision"
    assert by_date.expiry_in_words() == "expires 2026-10-01"
    assert both.expiry_in_words() == (
        "expires 2026-10-01 or when: end of court supervision, whichever comes first"
    )
    assert clinical.get_consent(db, both.id) == both


def test_an_event_too_long_is_refused_naming_its_field(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    error = refused(clinical.add_consent, db, consent(person.id, expiry_event="x" * 501), clock)
    assert error.field == "expiry_event"
    assert count(db, "consents") == 0


# -- validity --------------------------------------------------------------------------------


def test_an_event_consent_is_valid_from_signing_until_the_event_happened(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    assert not added.valid_on(D(2026, 2, 19))
    assert added.valid_on(D(2026, 2, 20)) and added.valid_on(D(2036, 1, 1))  # no date: open
    happened = clinical.record_consent_event(db, added.id, D(2026, 2, 27), clock)
    assert clinical.get_consent(db, added.id) == happened
    assert happened.expiry_event_on == D(2026, 2, 27)
    assert happened.valid_on(D(2026, 2, 26))
    assert not happened.valid_on(D(2026, 2, 27)) and not happened.valid_on(TODAY)
    error = refused(clinical.usable_consent, db, person.id, added.id, TODAY)
    assert error.message == (
        "The consent for Union County Drug Court expired on 2026-02-27, when its event happened "
        "(end of court supervision). Nothing was disclosed."
    )
    assert happened.expiry_in_words() == (
        "expires when: end of court supervision (happened 2026-02-27)"
    )


def test_with_both_whichever_comes_first_ends_it(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    both = clinical.add_consent(db, consent(person.id, expiry_date=D(2026, 2, 25)), clock)
    assert both.valid_on(D(2026, 2, 25)) and not both.valid_on(D(2026, 2, 26))
    assert (
        both.why_not_valid(TODAY)
        == "The consent for Union County Drug Court expired on 2026-02-25."
    )
    # the event after the date changes nothing: the date came first
    later = clinical.record_consent_event(db, both.id, D(2026, 2, 28), clock)
    assert (
        later.why_not_valid(TODAY)
        == "The consent for Union County Drug Court expired on 2026-02-25."
    )
    # the event before the date ends it sooner
    other = clinical.add_consent(db, consent(person.id, expiry_date=D(2026, 10, 1)), clock)
    assert other.valid_on(TODAY)
    ended = clinical.record_consent_event(db, other.id, D(2026, 2, 24), clock)
    assert not ended.valid_on(D(2026, 2, 24)) and ended.valid_on(D(2026, 2, 23))
    assert "expired on 2026-02-24, when its event happened" in ended.why_not_valid(TODAY)


def test_a_revoked_event_consent_allows_nothing_from_its_revocation(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    revoked = clinical.revoke_consent(db, added.id, D(2026, 2, 25), clock)
    assert revoked.valid_on(D(2026, 2, 24)) and not revoked.valid_on(D(2026, 2, 25))


def test_an_event_consent_is_what_a_disclosure_finds_until_the_event(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    assert clinical.usable_consent(db, person.id, None, TODAY) == added
    clinical.record_consent_event(db, added.id, TODAY, clock)
    assert refused(clinical.usable_consent, db, person.id, None, TODAY).field == "consent"


# -- the event happened ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (D(2026, 2, 19), "before the consent was signed (2026-02-20)"),
        (D(2026, 3, 3), "cannot be recorded in the future"),
    ],
)
def test_the_event_cannot_have_happened_before_signing_or_in_the_future(
    db: Database, clock: FixedClock, person: Participant, day: dt.date, words: str
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    before = audit.entries(db)
    error = refused(clinical.record_consent_event, db, added.id, day, clock)
    assert error.field == "expiry_event_on" and words in error.message
    assert clinical.get_consent(db, added.id).expiry_event_on is None
    assert audit.entries(db) == before


def test_the_signing_day_and_today_are_allowed_and_the_day_is_kept_once(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    first = clinical.add_consent(db, consent(person.id), clock)
    assert clinical.record_consent_event(db, first.id, D(2026, 2, 20), clock).expiry_event_on
    error = refused(clinical.record_consent_event, db, first.id, TODAY, clock)
    assert "already recorded as happening on 2026-02-20" in error.message
    assert clinical.get_consent(db, first.id).expiry_event_on == D(2026, 2, 20)
    second = clinical.add_consent(db, consent(person.id), clock)
    assert clinical.record_consent_event(db, second.id, TODAY, clock).expiry_event_on == TODAY


def test_a_consent_without_an_event_has_no_event_to_record(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    dated = clinical.add_consent(
        db, consent(person.id, expiry_event="", expiry_date=D(2026, 10, 1)), clock
    )
    error = refused(clinical.record_consent_event, db, dated.id, TODAY, clock)
    assert error.field == "expiry_event_on" and "does not expire with an event" in error.message


def test_recording_the_event_is_audited_naming_only_ids_and_the_day(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    clinical.record_consent_event(db, added.id, D(2026, 2, 27), clock)
    [entry] = [item for item in audit.entries(db) if item.action == AuditAction.CONSENT_EVENT]
    assert (entry.participant_id, entry.target, entry.detail, entry.at) == (
        person.id,
        f"consent {added.id}",
        "expiry event happened on 2026-02-27",
        clock.now(),
    )
    said = f"{entry.target} {entry.detail}".lower()
    for private in ("supervision", "court", person.first_name.lower(), person.last_name.lower()):
        assert private not in said


# -- the PDFs --------------------------------------------------------------------------------


def _letter(db: Database, clock: FixedClock, pid: int, out: Path, consent_id: int) -> str:
    documents.export_attendance_letter(
        db,
        pid,
        out,
        clock,
        D(2026, 1, 12),
        D(2026, 1, 18),
        recipient="Union County Drug Court",
        purpose="Attendance verification",
        consent_id=consent_id,
    )
    return flat(" ".join(pdf_text(out.read_bytes())[0]))


@pytest.mark.parametrize(
    ("changes", "continuity_says", "letter_says"),
    [
        ({}, "Expires when: end of court supervision", "expires when: end of court supervision"),
        (
            {"expiry_event": "", "expiry_date": D(2026, 10, 1)},
            "Expires 2026-10-01",
            "expires October 1, 2026",  # the letter's long date form
        ),
        (
            {"expiry_date": D(2026, 10, 1)},
            "Expires 2026-10-01 or when: end of court supervision, whichever comes first",
            "expires October 1, 2026 or when: end of court supervision, whichever comes first",
        ),
    ],
)
def test_the_pdfs_print_the_consent_s_expiry_in_its_form(
    db: Database,
    clock: FixedClock,
    person: Participant,
    tmp_path: Path,
    changes: dict[str, object],
    continuity_says: str,
    letter_says: str,
) -> None:
    added = clinical.add_consent(
        db, consent(person.id, scope=frozenset(ScopeCategory), **changes), clock
    )
    out = documents.export_continuity(db, person.id, tmp_path / "ccd.pdf", clock, added.id)
    summary = flat(" ".join(pdf_text(out.read_bytes())[0]))
    assert "Consent for this disclosure" in summary
    assert continuity_says in summary
    letter = _letter(db, clock, person.id, tmp_path / "letter.pdf", added.id)
    assert (
        f"Disclosed under the participant's written consent {added.id}, signed February 20, 2026"
        in letter
    )
    assert letter_says in letter


def test_no_pdf_is_made_under_a_consent_whose_event_happened(
    db: Database, clock: FixedClock, person: Participant, tmp_path: Path
) -> None:
    added = clinical.add_consent(db, consent(person.id, scope=frozenset(ScopeCategory)), clock)
    clinical.record_consent_event(db, added.id, D(2026, 3, 1), clock)
    with pytest.raises(ValidationError, match="when its event happened"):
        documents.export_continuity(db, person.id, tmp_path / "ccd.pdf", clock, added.id)
    with pytest.raises(ValidationError, match="when its event happened"):
        _letter(db, clock, person.id, tmp_path / "letter.pdf", added.id)
    assert list(tmp_path.glob("*.pdf")) == [] and clinical.disclosures(db, person.id) == []


# -- the schema ------------------------------------------------------------------------------


def test_the_database_keeps_the_event_and_its_day(
    db: Database, clock: FixedClock, person: Participant
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    clinical.record_consent_event(db, added.id, D(2026, 2, 27), clock)
    row = db.conn.execute(
        "SELECT expiry_date, expiry_event, expiry_event_on FROM consents WHERE id = :id",
        {"id": added.id},
    ).fetchone()
    assert tuple(row) == (None, SUPERVISION, "2026-02-27")


def test_consents_from_before_schema_9_keep_their_date_and_have_no_event(
    tmp_path: Path,
) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v8.sqlite3", path)
    with connect(path) as db:
        old = clinical.get_consent(db, 2)
        assert (old.expiry_date, old.expiry_event, old.expiry_event_on) == (
            D(2026, 10, 1),
            "",
            None,
        )
        assert old.expiry_in_words() == "expires 2026-10-01"
        assert old.valid_on(D(2026, 10, 1)) and not old.valid_on(D(2026, 10, 2))


# -- the command line ------------------------------------------------------------------------


def run_cli(db_path: Path, *argv: str) -> int:
    return cli.main(["--db", str(db_path), "--today", "2026-03-02", *argv])


ADD = [
    "consent",
    "add",
    "A-1001",
    "--recipient",
    "Union County Drug Court",
    "--purpose",
    "Court-ordered attendance verification",
    "--scope",
    "attendance",
    "--signed",
    "2026-02-20",
]


def test_the_cli_adds_a_consent_by_date_by_event_or_both_and_never_by_neither(
    db: Database, db_path: Path, person: Participant, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    assert run_cli(db_path, *ADD) == 1
    assert "Expiry date or event is required" in capsys.readouterr().err
    assert run_cli(db_path, *ADD, "--expires-when", SUPERVISION) == 0
    assert capsys.readouterr().out.strip() == (
        "Added consent 1: scope attendance, expires when: end of court supervision"
    )
    assert run_cli(db_path, *ADD, "--expires", "2026-10-01") == 0
    assert "expires 2026-10-01" in capsys.readouterr().out
    assert run_cli(db_path, *ADD, "--expires", "2026-10-01", "--expires-when", SUPERVISION) == 0
    assert "expires 2026-10-01 or when: end of court supervision" in capsys.readouterr().out
    assert run_cli(db_path, "consent", "list", "A-1001") == 0
    listing = capsys.readouterr().out
    assert "expires when: end of court supervision  scope attendance  valid" in listing
    with connect(db_path) as reopened:
        found = clinical.consents(reopened, person.id)
        assert sorted((c.expiry_date, c.expiry_event) for c in found if c.expiry_date) == [
            (D(2026, 10, 1), ""),
            (D(2026, 10, 1), SUPERVISION),
        ]


def test_the_cli_records_that_the_event_happened(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    person: Participant,
    capsys: pytest.CaptureFixture[str],
) -> None:
    added = clinical.add_consent(db, consent(person.id), clock)
    db.close()
    assert run_cli(db_path, "consent", "event", str(added.id)) == 1
    assert "Give --on" in capsys.readouterr().err
    assert run_cli(db_path, "consent", "event", "one", "--on", "2026-02-27") == 1
    assert "is not a consent id" in capsys.readouterr().err
    assert run_cli(db_path, "consent", "event", str(added.id), "--on", "2026-03-03") == 1
    assert "in the future" in capsys.readouterr().err
    assert run_cli(db_path, "consent", "event", str(added.id), "--on", "2026-02-19") == 1
    assert "before the consent was signed" in capsys.readouterr().err
    assert run_cli(db_path, "consent", "event", str(added.id), "--on", "2026-02-27") == 0
    assert capsys.readouterr().out.strip() == (
        f"Consent {added.id}: its event happened on 2026-02-27; from that day it allows no "
        "disclosure."
    )
    with connect(db_path) as reopened:
        assert clinical.get_consent(reopened, added.id).expiry_event_on == D(2026, 2, 27)
        actions = [entry.action for entry in audit.entries(reopened)]
        assert actions.count(AuditAction.CONSENT_EVENT) == 1
    assert run_cli(db_path, "consent", "list", "A-1001") == 0
    assert "expired on 2026-02-27, when its event happened" in capsys.readouterr().out


def test_consent_event_is_a_writing_command_refused_while_the_app_is_open(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    person: Participant,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "consent" in cli.WRITING_COMMANDS
    added = clinical.add_consent(db, consent(person.id), clock)
    db.close()
    before = db_path.read_bytes()
    lock = acquire_database_lock(db_path)
    assert lock is not None
    try:
        assert run_cli(db_path, "consent", "event", str(added.id), "--on", "2026-02-27") == 1
        assert "close the app first" in capsys.readouterr().err
    finally:
        lock.unlock()
    assert db_path.read_bytes() == before
    with connect(db_path) as reopened:
        assert clinical.get_consent(reopened, added.id).expiry_event_on is None
