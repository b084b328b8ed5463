"""Treatment plan, discharge (draft and recorded), consents and measures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Consent,
    CounselorProfile,
    Discharge,
    DischargeReason,
    Goal,
    GoalStatus,
    LevelOfCare,
    Measure,
    Objective,
    Participant,
    ParticipantStatus,
    Program,
    Referral,
)
from counselor_desk.services import caseload, clinical, sessions, setup
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
CLOCK = FixedClock(D(2026, 3, 20), dt.time(16, 0))  # a Friday, week 3


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))


def admit(db: Database, program: Program, chart: str = "C-1") -> Participant:
    return people.admit(db, new_participant(program, chart=chart), CLOCK)


@pytest.fixture
def dana(db: Database, program: Program) -> Participant:
    return admit(db, program)


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def attend(db: Database, participant: Participant, day: dt.date) -> None:
    (group,) = sessions.day_sessions(db, day)
    sessions.record_roll_call(
        db,
        group.session.id,
        [Attendance(0, participant.id, AttendanceStatus.PRESENT, 180)],
        CLOCK,
    )


# -- goals and objectives --------------------------------------------------------------------


def test_goals_and_objectives_are_added_and_updated(db: Database, dana: Participant) -> None:
    goal = clinical.save_goal(
        db, Goal(0, dana.id, " Sleep 7 hours a night ", target_date=D(2026, 4, 30))
    )
    second = clinical.save_goal(db, Goal(0, dana.id, "Return to work part time"))
    objective = clinical.save_objective(db, Objective(0, goal.id, "Keep a sleep diary"))
    clinical.save_goal(db, replace(goal, status=GoalStatus.IN_PROGRESS, progress="5 of 7 nights"))
    clinical.save_objective(db, replace(objective, status=GoalStatus.MET))
    stored = clinical.goals(db, dana.id)
    assert [g.description for g in stored] == ["Sleep 7 hours a night", "Return to work part time"]
    assert stored[0].status is GoalStatus.IN_PROGRESS and stored[0].progress == "5 of 7 nights"
    assert stored[0].target_date == D(2026, 4, 30)
    assert [(o.description, o.status) for o in stored[0].objectives] == [
        ("Keep a sleep diary", GoalStatus.MET)
    ]
    assert stored[1].id == second.id and stored[1].objectives == ()


def test_goal_and_objective_checks(db: Database, program: Program, dana: Participant) -> None:
    assert refused(clinical.save_goal, db, Goal(0, dana.id, "  ")).field == "description"
    goal = clinical.save_goal(db, Goal(0, dana.id, "Sleep"))
    assert refused(clinical.save_objective, db, Objective(0, goal.id, "")).field == "description"
    other = admit(db, program, "C-2")
    with pytest.raises(NotFoundError):  # another participant's goal cannot be rewritten
        clinical.save_goal(db, Goal(goal.id, other.id, "Hijacked"))
    with pytest.raises(NotFoundError):
        clinical.save_objective(db, Objective(0, goal.id + 9, "Orphan"))
    objective = clinical.save_objective(db, Objective(0, goal.id, "Diary"))
    second_goal = clinical.save_goal(db, Goal(0, dana.id, "Work"))
    with pytest.raises(NotFoundError):  # an objective cannot be moved under another goal
        clinical.save_objective(db, replace(objective, goal_id=second_goal.id, description="x"))
    assert [g.description for g in clinical.goals(db, dana.id)] == ["Sleep", "Work"]
    assert clinical.goals(db, other.id) == []
    assert count(db, "objectives") == 1


# -- discharge -------------------------------------------------------------------------------


def plan(participant: Participant, **changes: object) -> Discharge:
    record = Discharge(
        participant_id=participant.id,
        discharge_date=D(2026, 3, 18),
        reason=DischargeReason.STEPPED_DOWN,
        condition_at_discharge="Stable",
        recommended_level=LevelOfCare.OP,
        aftercare_plan="Weekly therapy",
        referrals=(
            Referral(
                " Hillside Counseling ",
                phone="555-0101",
                first_appointment=dt.datetime(2026, 3, 25, 10, 0),
            ),
        ),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def test_a_discharge_plan_is_a_draft_that_changes_nothing_else(
    db: Database, dana: Participant
) -> None:
    saved = clinical.save_discharge_plan(db, plan(dana), CLOCK)
    stored = clinical.discharge_record(db, dana.id)
    assert stored == saved
    assert stored is not None and stored.recorded_at is None
    assert stored.referrals[0].provider == "Hillside Counseling"
    assert stored.referrals[0].first_appointment == dt.datetime(2026, 3, 25, 10, 0)
    person = people.get(db, dana.id)
    assert person.status is ParticipantStatus.ACTIVE and person.discharge_date is None
    # A draft plan may be rewritten, date included.
    clinical.save_discharge_plan(db, plan(dana, discharge_date=D(2026, 3, 19), referrals=()), CLOCK)
    again = clinical.discharge_record(db, dana.id)
    assert again is not None and again.discharge_date == D(2026, 3, 19) and again.referrals == ()
    assert "summary_due" not in [f.value for f in caseload.review(db, person, CLOCK).flags]


def test_recording_a_discharge_changes_status_and_date_together(
    db: Database, dana: Participant
) -> None:
    clinical.save_discharge_plan(db, plan(dana), CLOCK)
    recorded = clinical.record_discharge(db, plan(dana), CLOCK)
    assert recorded.recorded_at == CLOCK.now()
    person = people.get(db, dana.id)
    assert person.status is ParticipantStatus.DISCHARGED
    assert person.discharge_date == D(2026, 3, 18)
    assert clinical.discharge_record(db, dana.id) == recorded
    review = caseload.review(db, person, CLOCK)
    assert [f.value for f in review.flags] == ["summary_due"]
    assert review.summary_due == D(2026, 4, 1)  # 14 days by default
    # only signing the summary clears it: test_discharge_signing.py
    # Once recorded, the date cannot be changed through the plan form.
    error = refused(
        clinical.save_discharge_plan, db, plan(dana, discharge_date=D(2026, 3, 17)), CLOCK
    )
    assert error.field == "discharge_date"
    assert refused(clinical.record_discharge, db, plan(dana), CLOCK).field == "discharge_date"


def test_no_discharge_before_admission_or_in_the_future(db: Database, dana: Participant) -> None:
    error = refused(clinical.record_discharge, db, plan(dana, discharge_date=D(2026, 3, 1)), CLOCK)
    assert error.problems == [
        ("discharge_date", "The discharge date cannot be before the admission date.")
    ]
    error = refused(clinical.record_discharge, db, plan(dana, discharge_date=D(2026, 3, 21)), CLOCK)
    assert error.problems == [("discharge_date", "The discharge date cannot be in the future.")]
    assert (
        refused(
            clinical.save_discharge_plan, db, plan(dana, discharge_date=D(2026, 2, 1)), CLOCK
        ).field
        == "discharge_date"
    )
    assert count(db, "discharges") == 0
    assert people.get(db, dana.id).status is ParticipantStatus.ACTIVE


def test_a_discharge_on_the_admission_day_is_allowed(db: Database, dana: Participant) -> None:
    clinical.record_discharge(db, plan(dana, discharge_date=D(2026, 3, 2)), CLOCK)
    assert people.get(db, dana.id).discharge_date == D(2026, 3, 2)


def test_attendance_after_the_discharge_date_is_refused(db: Database, dana: Participant) -> None:
    attend(db, dana, D(2026, 3, 16))
    error = refused(clinical.record_discharge, db, plan(dana, discharge_date=D(2026, 3, 13)), CLOCK)
    assert error.problems == [
        ("discharge_date", "Attendance is recorded on 2026-03-16, after this discharge date.")
    ]
    assert count(db, "discharges") == 0
    assert people.get(db, dana.id).status is ParticipantStatus.ACTIVE
    clinical.record_discharge(db, plan(dana, discharge_date=D(2026, 3, 16)), CLOCK)
    # And after the discharge, no roll call past its date.
    (wednesday,) = sessions.day_sessions(db, D(2026, 3, 18))
    with pytest.raises(ValidationError, match="after discharge"):
        sessions.record_roll_call(
            db, wednesday.session.id, [Attendance(0, dana.id, AttendanceStatus.PRESENT, 180)], CLOCK
        )


def test_a_referral_needs_a_provider(db: Database, dana: Participant) -> None:
    error = refused(
        clinical.record_discharge, db, plan(dana, referrals=(Referral("  ", phone="555"),)), CLOCK
    )
    assert error.problems == [("referrals", "Referral 1: provider is required.")]
    assert count(db, "referrals") == 0 and count(db, "discharges") == 0


def test_the_clinics_own_summary_deadline_is_used(db: Database, dana: Participant) -> None:
    setup.save_profile(
        db, CounselorProfile(name="Sam Lee", clinic_name="Eastside Clinic", summary_due_days=5)
    )
    clinical.record_discharge(db, plan(dana), CLOCK)
    assert caseload.review(db, people.get(db, dana.id), CLOCK).summary_due == D(2026, 3, 23)


# -- consents --------------------------------------------------------------------------------


def consent(participant: Participant, **changes: object) -> Consent:
    record = Consent(
        id=0,
        participant_id=participant.id,
        recipient="County Probation",
        purpose="Court-ordered attendance verification",
        scope=frozenset({ScopeCategory.ATTENDANCE}),
        signed_date=D(2026, 3, 2),
        expiry_date=D(2026, 9, 2),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def test_a_valid_consent_is_usable(db: Database, dana: Participant) -> None:
    added = clinical.add_consent(db, consent(dana, recipient=" County Probation "), CLOCK)
    assert clinical.consents(db, dana.id) == [added]
    assert added.recipient == "County Probation"
    assert clinical.usable_consent(db, dana.id, None, CLOCK.today()) == added
    assert clinical.usable_consent(db, dana.id, added.id, CLOCK.today()) == added
    assert added.valid_on(D(2026, 9, 2)) and not added.valid_on(D(2026, 9, 3))
    assert not added.valid_on(D(2026, 3, 1))


def test_no_consent_on_file_is_refused_plainly(db: Database, dana: Participant) -> None:
    error = refused(clinical.usable_consent, db, dana.id, None, CLOCK.today())
    assert error.field == "consent"
    assert error.message == (
        "No valid consent for disclosure is on file (none, expired or revoked); nothing was disclosed."
    )


def test_an_expired_consent_is_refused_saying_when(db: Database, dana: Participant) -> None:
    added = clinical.add_consent(db, consent(dana, expiry_date=D(2026, 3, 10)), CLOCK)
    error = refused(clinical.usable_consent, db, dana.id, added.id, CLOCK.today())
    assert error.message == (
        "The consent for County Probation expired on 2026-03-10. Nothing was disclosed."
    )
    assert refused(clinical.usable_consent, db, dana.id, None, CLOCK.today()).field == "consent"


def test_a_revoked_consent_is_refused_saying_when(db: Database, dana: Participant) -> None:
    added = clinical.add_consent(db, consent(dana), CLOCK)
    revoked = clinical.revoke_consent(db, added.id, D(2026, 3, 19), CLOCK)
    assert clinical.get_consent(db, added.id) == revoked
    assert revoked.valid_on(D(2026, 3, 18)) and not revoked.valid_on(D(2026, 3, 19))
    error = refused(clinical.usable_consent, db, dana.id, added.id, CLOCK.today())
    assert error.message == (
        "The consent for County Probation was revoked on 2026-03-19. Nothing was disclosed."
    )
    assert (
        refused(clinical.revoke_consent, db, added.id, D(2026, 3, 19), CLOCK).field
        == "revoked_date"
    )


def test_revocation_dates_are_checked(db: Database, dana: Participant) -> None:
    added = clinical.add_consent(db, consent(dana), CLOCK)
    for day in (D(2026, 3, 1), D(2026, 3, 21)):
        assert refused(clinical.revoke_consent, db, added.id, day, CLOCK).field == "revoked_date"
    assert clinical.get_consent(db, added.id).revoked_date is None


def test_another_participants_consent_cannot_be_used(
    db: Database, program: Program, dana: Participant
) -> None:
    other = admit(db, program, "C-2")
    theirs = clinical.add_consent(db, consent(other), CLOCK)
    error = refused(clinical.usable_consent, db, dana.id, theirs.id, CLOCK.today())
    assert error.message == "That consent belongs to another participant."
    with pytest.raises(NotFoundError):
        clinical.usable_consent(db, dana.id, theirs.id + 50, CLOCK.today())


def test_several_valid_consents_ask_which_one(db: Database, dana: Participant) -> None:
    first = clinical.add_consent(db, consent(dana), CLOCK)
    second = clinical.add_consent(db, consent(dana, recipient="Employer HR"), CLOCK)
    error = refused(clinical.usable_consent, db, dana.id, None, CLOCK.today())
    assert str(first.id) in error.message and "Employer HR" in error.message
    assert clinical.usable_consent(db, dana.id, second.id, CLOCK.today()) == second


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"recipient": " "}, "recipient"),
        ({"purpose": ""}, "purpose"),
        ({"scope": frozenset()}, "scope"),
        ({"signed_date": D(2026, 3, 21)}, "signed_date"),
        ({"expiry_date": D(2026, 3, 1)}, "expiry_date"),
        ({"expiry_date": None}, "expiry_date"),
    ],
)
def test_a_consent_is_checked(
    db: Database, dana: Participant, changes: dict[str, object], field: str
) -> None:
    assert refused(clinical.add_consent, db, consent(dana, **changes), CLOCK).field == field
    assert count(db, "consents") == 0


def test_a_consent_without_an_expiry_date_is_refused_naming_the_field(
    db: Database, dana: Participant
) -> None:
    error = refused(clinical.add_consent, db, consent(dana, expiry_date=None), CLOCK)
    assert error.field == "expiry_date"
    assert "Expiry date" in error.message
    assert count(db, "consents") == 0


def test_a_consent_on_file_without_an_expiry_date_allows_no_new_disclosure(
    db: Database, dana: Participant
) -> None:
    added = clinical.add_consent(db, consent(dana), CLOCK)
    with db.transaction() as conn:  # as an older version saved it
        conn.execute("UPDATE consents SET expiry_date = NULL WHERE id = :id", {"id": added.id})
    old = clinical.get_consent(db, added.id)
    assert old.expiry_date is None and not old.valid_on(CLOCK.today())
    error = refused(clinical.usable_consent, db, dana.id, added.id, CLOCK.today())
    assert error.message == (
        "The consent for County Probation has no expiry date, so it cannot be used for a new "
        "disclosure; add a new signed consent with its expiry date. Nothing was disclosed."
    )
    assert refused(clinical.usable_consent, db, dana.id, None, CLOCK.today()).field == "consent"


# -- measures --------------------------------------------------------------------------------


def test_measures_are_range_checked(db: Database, dana: Participant) -> None:
    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 2), 27), CLOCK)
    scores.add(db, Measure(dana.id, "GAD-7", D(2026, 3, 2), 0), CLOCK)
    for bad, field in [
        (Measure(dana.id, "PHQ-9", D(2026, 3, 2), 28), "score"),
        (Measure(dana.id, "GAD-7", D(2026, 3, 2), 22), "score"),
        (Measure(dana.id, "GAD-7", D(2026, 3, 2), -1), "score"),
        (Measure(dana.id, "BDI", D(2026, 3, 2), 3), "instrument"),
        (Measure(dana.id, "PHQ-9", D(2026, 3, 21), 3), "taken_on"),
        (Measure(dana.id, "PHQ-9", D(2026, 1, 30), 3), "taken_on"),
    ]:
        assert refused(scores.add, db, bad, CLOCK).field == field
    assert [(m.instrument, m.score) for m in scores.measures(db, dana.id)] == [
        ("PHQ-9", 27),
        ("GAD-7", 0),
    ]
