"""Treatment-plan goals, discharge records, consents and disclosures."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Consent,
    Discharge,
    DischargeAmendment,
    DischargeReason,
    Disclosure,
    Goal,
    GoalStatus,
    LevelOfCare,
    Objective,
    Referral,
)
from counselor_desk.store.convert import d, dd, iso_date, iso_moment, newer_column, ts

# -- goals ---------------------------------------------------------------------------------


def goals_for(conn: sqlite3.Connection, participant_id: int) -> list[Goal]:
    objectives: dict[int, list[Objective]] = {}
    for row in conn.execute(
        """SELECT o.* FROM objectives o JOIN goals g ON g.id = o.goal_id
           WHERE g.participant_id = :id ORDER BY o.goal_id, o.position, o.id""",
        {"id": participant_id},
    ):
        objectives.setdefault(row["goal_id"], []).append(
            Objective(
                id=row["id"],
                goal_id=row["goal_id"],
                description=row["description"],
                status=GoalStatus(row["status"]),
                progress=row["progress"],
                target_date=d(row["target_date"]),
            )
        )
    return [
        Goal(
            id=row["id"],
            participant_id=row["participant_id"],
            description=row["description"],
            status=GoalStatus(row["status"]),
            progress=row["progress"],
            target_date=d(row["target_date"]),
            objectives=tuple(objectives.get(row["id"], ())),
            interventions=row["interventions"],
        )
        for row in conn.execute(
            "SELECT * FROM goals WHERE participant_id = :id ORDER BY position, id",
            {"id": participant_id},
        )
    ]


def insert_goal(conn: sqlite3.Connection, goal: Goal) -> int:
    cursor = conn.execute(
        """INSERT INTO goals (participant_id, position, description, status, progress, target_date,
               interventions)
           VALUES (:participant_id,
               (SELECT coalesce(max(position), 0) + 1 FROM goals WHERE participant_id = :participant_id),
               :description, :status, :progress, :target, :interventions)""",
        {
            "interventions": goal.interventions,
            "participant_id": goal.participant_id,
            "description": goal.description,
            "status": goal.status.value,
            "progress": goal.progress,
            "target": iso_date(goal.target_date),
        },
    )
    return int(cursor.lastrowid or 0)


def update_goal(conn: sqlite3.Connection, goal: Goal) -> None:
    conn.execute(
        """UPDATE goals SET description = :description, status = :status, progress = :progress,
               target_date = :target, interventions = :interventions WHERE id = :id""",
        {
            "interventions": goal.interventions,
            "id": goal.id,
            "description": goal.description,
            "status": goal.status.value,
            "progress": goal.progress,
            "target": iso_date(goal.target_date),
        },
    )


def get_goal_owner(conn: sqlite3.Connection, goal_id: int) -> int | None:
    row = conn.execute(
        "SELECT participant_id FROM goals WHERE id = :id", {"id": goal_id}
    ).fetchone()
    return None if row is None else int(row[0])


def insert_objective(conn: sqlite3.Connection, objective: Objective) -> int:
    cursor = conn.execute(
        """INSERT INTO objectives (goal_id, position, description, status, progress, target_date)
           VALUES (:goal_id,
               (SELECT coalesce(max(position), 0) + 1 FROM objectives WHERE goal_id = :goal_id),
               :description, :status, :progress, :target)""",
        {
            "goal_id": objective.goal_id,
            "description": objective.description,
            "status": objective.status.value,
            "progress": objective.progress,
            "target": iso_date(objective.target_date),
        },
    )
    return int(cursor.lastrowid or 0)


def update_objective(conn: sqlite3.Connection, objective: Objective) -> None:
    conn.execute(
        """UPDATE objectives SET description = :description, status = :status,
               progress = :progress, target_date = :target WHERE id = :id""",
        {
            "id": objective.id,
            "description": objective.description,
            "status": objective.status.value,
            "progress": objective.progress,
            "target": iso_date(objective.target_date),
        },
    )


def get_objective_goal(conn: sqlite3.Connection, objective_id: int) -> int | None:
    row = conn.execute(
        "SELECT goal_id FROM objectives WHERE id = :id", {"id": objective_id}
    ).fetchone()
    return None if row is None else int(row[0])


# -- discharge -----------------------------------------------------------------------------


def get_discharge(conn: sqlite3.Connection, participant_id: int) -> Discharge | None:
    row = conn.execute(
        "SELECT * FROM discharges WHERE participant_id = :id", {"id": participant_id}
    ).fetchone()
    if row is None:
        return None
    referrals = tuple(
        Referral(
            provider=item["provider"],
            service=item["service"],
            contact=item["contact"],
            phone=item["phone"],
            address=item["address"],
            first_appointment=ts(item["first_appointment"]),
        )
        for item in conn.execute(
            "SELECT * FROM referrals WHERE participant_id = :id ORDER BY position, id",
            {"id": participant_id},
        )
    )
    return Discharge(
        participant_id=participant_id,
        discharge_date=dd(row["discharge_date"]),
        reason=DischargeReason(row["reason"]),
        reason_detail=row["reason_detail"],
        condition_at_discharge=row["condition_at_discharge"],
        recommended_level=(
            None if row["recommended_level"] is None else LevelOfCare(row["recommended_level"])
        ),
        aftercare_plan=row["aftercare_plan"],
        relapse_prevention_plan=row["relapse_prevention_plan"],
        crisis_resources=row["crisis_resources"],
        medications_at_discharge=row["medications_at_discharge"],
        referrals=referrals,
        strengths=row["strengths"],
        copy_given_on=d(row["copy_given_on"]),
        copy_given_to=row["copy_given_to"],
        recorded_at=ts(row["recorded_at"]),
        summary_completed_at=ts(row["summary_completed_at"]),
        signed_at=ts(row["signed_at"]),
        signed_by=row["signed_by"],
        content_hash=row["content_hash"],
    )


def save_discharge(conn: sqlite3.Connection, discharge: Discharge) -> None:
    """Write the discharge record (draft or recorded) and replace its referrals."""
    params = {
        "participant_id": discharge.participant_id,
        "date": iso_date(discharge.discharge_date),
        "reason": discharge.reason.value,
        "reason_detail": discharge.reason_detail,
        "condition": discharge.condition_at_discharge,
        "recommended": None
        if discharge.recommended_level is None
        else discharge.recommended_level.value,
        "aftercare": discharge.aftercare_plan,
        "relapse": discharge.relapse_prevention_plan,
        "crisis": discharge.crisis_resources,
        "medications": discharge.medications_at_discharge,
        "strengths": discharge.strengths,
        "copy_given_on": iso_date(discharge.copy_given_on),
        "copy_given_to": discharge.copy_given_to,
        "recorded_at": iso_moment(discharge.recorded_at),
        "summary_completed_at": iso_moment(discharge.summary_completed_at),
    }
    conn.execute(
        """INSERT INTO discharges (participant_id, discharge_date, reason, reason_detail,
               condition_at_discharge, recommended_level, aftercare_plan,
               relapse_prevention_plan, crisis_resources, medications_at_discharge,
               strengths, copy_given_on, copy_given_to, recorded_at, summary_completed_at)
           VALUES (:participant_id, :date, :reason, :reason_detail, :condition, :recommended,
               :aftercare, :relapse, :crisis, :medications, :strengths, :copy_given_on,
               :copy_given_to, :recorded_at, :summary_completed_at)
           ON CONFLICT (participant_id) DO UPDATE SET discharge_date = :date, reason = :reason,
               reason_detail = :reason_detail, condition_at_discharge = :condition,
               recommended_level = :recommended, aftercare_plan = :aftercare,
               relapse_prevention_plan = :relapse, crisis_resources = :crisis,
               medications_at_discharge = :medications, strengths = :strengths,
               copy_given_on = :copy_given_on, copy_given_to = :copy_given_to,
               recorded_at = :recorded_at,
               summary_completed_at = :summary_completed_at""",
        params,
    )
    conn.execute(
        "DELETE FROM referrals WHERE participant_id = :id", {"id": discharge.participant_id}
    )
    conn.executemany(
        """INSERT INTO referrals (participant_id, position, provider, service, contact, phone,
               address, first_appointment)
           VALUES (:participant_id, :position, :provider, :service, :contact, :phone, :address,
               :first)""",
        [
            {
                "participant_id": discharge.participant_id,
                "position": position,
                "provider": referral.provider,
                "service": referral.service,
                "contact": referral.contact,
                "phone": referral.phone,
                "address": referral.address,
                "first": iso_moment(referral.first_appointment),
            }
            for position, referral in enumerate(discharge.referrals)
        ],
    )


def pending_summaries(conn: sqlite3.Connection) -> dict[int, dt.date]:
    """Participant id -> discharge date, for recorded discharges whose summary is not done."""
    return {
        row["participant_id"]: dd(row["discharge_date"])
        for row in conn.execute(
            "SELECT participant_id, discharge_date FROM discharges "
            "WHERE recorded_at IS NOT NULL AND summary_completed_at IS NULL"
        )
    }


def sign_discharge(
    conn: sqlite3.Connection,
    participant_id: int,
    signed_by: str,
    at: dt.datetime,
    content: str,
    content_hash: str,
) -> None:
    """Sign the discharge summary (the summary is then done); triggers lock the row after."""
    conn.execute(
        """UPDATE discharges SET signed_at = :at, signed_by = :signed_by, signed_content = :content,
               content_hash = :hash, summary_completed_at = coalesce(summary_completed_at, :at)
           WHERE participant_id = :id AND signed_at IS NULL""",
        {
            "id": participant_id,
            "at": iso_moment(at),
            "signed_by": signed_by,
            "content": content,
            "hash": content_hash,
        },
    )


def signed_discharge_content(conn: sqlite3.Connection, participant_id: int) -> str:
    """The canonical content the discharge summary was signed with ("" when unsigned)."""
    row = conn.execute(
        "SELECT signed_content FROM discharges WHERE participant_id = :id AND signed_at IS NOT NULL",
        {"id": participant_id},
    ).fetchone()
    return "" if row is None else str(row[0])


def signed_discharges(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(participant id, stored content, stored hash) of every signed discharge."""
    return [
        (int(row[0]), str(row[1]), str(row[2]))
        for row in conn.execute(
            "SELECT participant_id, signed_content, content_hash FROM discharges "
            "WHERE signed_at IS NOT NULL ORDER BY participant_id"
        )
    ]


def discharge_signature_hashes(conn: sqlite3.Connection) -> tuple[dict[int, str], frozenset[int]]:
    """(participant id -> stored hash of every signed discharge, ids of unsigned discharges)."""
    signed: dict[int, str] = {}
    unsigned: set[int] = set()
    for participant_id, signed_at, digest in conn.execute(
        "SELECT participant_id, signed_at, content_hash FROM discharges"
    ):
        if signed_at is None:
            unsigned.add(int(participant_id))
        else:
            signed[int(participant_id)] = str(digest)
    return signed, frozenset(unsigned)


def discharge_amendment_hashes(conn: sqlite3.Connection) -> dict[int, str]:
    """Amendment id -> its stored hash, for every discharge amendment."""
    return {
        int(row[0]): str(row[1])
        for row in conn.execute("SELECT id, content_hash FROM discharge_amendments")
    }


def insert_discharge_amendment(conn: sqlite3.Connection, amendment: DischargeAmendment) -> int:
    cursor = conn.execute(
        """INSERT INTO discharge_amendments (participant_id, author, created_at, reason, field,
               text, content_hash)
           VALUES (:participant_id, :author, :created_at, :reason, :field, :text, :hash)""",
        {
            "participant_id": amendment.participant_id,
            "author": amendment.author,
            "created_at": iso_moment(amendment.created_at),
            "reason": amendment.reason,
            "field": amendment.field,
            "text": amendment.text,
            "hash": amendment.content_hash,
        },
    )
    return int(cursor.lastrowid or 0)


def _amendment(row: sqlite3.Row) -> DischargeAmendment:
    return DischargeAmendment(
        id=row["id"],
        participant_id=row["participant_id"],
        author=row["author"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        reason=row["reason"],
        field=row["field"],
        text=row["text"],
        content_hash=row["content_hash"],
    )


def discharge_amendments(conn: sqlite3.Connection, participant_id: int) -> list[DischargeAmendment]:
    """The amendments of a signed discharge summary, oldest first."""
    return [
        _amendment(row)
        for row in conn.execute(
            "SELECT * FROM discharge_amendments WHERE participant_id = :id ORDER BY created_at, id",
            {"id": participant_id},
        )
    ]


def all_discharge_amendments(conn: sqlite3.Connection) -> dict[int, list[DischargeAmendment]]:
    """Every discharge amendment by participant, oldest first, in one query."""
    found: dict[int, list[DischargeAmendment]] = {}
    for row in conn.execute("SELECT * FROM discharge_amendments ORDER BY created_at, id"):
        found.setdefault(int(row["participant_id"]), []).append(_amendment(row))
    return found


# -- consents and disclosures --------------------------------------------------------------


_CATEGORIES = {category.value: category for category in ScopeCategory}
# a consent with its categories as one canonical comma list
_CONSENT_SELECT = (
    "SELECT consents.*, (SELECT group_concat(category, ',') FROM consent_scope "
    "WHERE consent_scope.consent_id = consents.id) AS categories FROM consents"
)


def _consent(row: sqlite3.Row) -> Consent:
    names = str(row["categories"] or "")
    return Consent(
        id=row["id"],
        participant_id=row["participant_id"],
        recipient=row["recipient"],
        recipient_address=row["recipient_address"],
        purpose=row["purpose"],
        scope=frozenset(_CATEGORIES[name] for name in names.split(",") if name),
        scope_as_written=row["scope"],
        scope_confirmed=bool(row["scope_confirmed"]),
        signed_date=dd(row["signed_date"]),
        expiry_date=d(row["expiry_date"]),
        revoked_date=d(row["revoked_date"]),
        expiry_event=row["expiry_event"],
        expiry_event_on=d(row["expiry_event_on"]),
        signed_by=row["signed_by"],
    )


def consents_for(conn: sqlite3.Connection, participant_id: int) -> list[Consent]:
    return [
        _consent(row)
        for row in conn.execute(
            f"{_CONSENT_SELECT} WHERE participant_id = :id ORDER BY signed_date DESC, id DESC",
            {"id": participant_id},
        )
    ]


def get_consent(conn: sqlite3.Connection, consent_id: int) -> Consent | None:
    row = conn.execute(f"{_CONSENT_SELECT} WHERE id = :id", {"id": consent_id}).fetchone()
    return None if row is None else _consent(row)


def _insert_scope(
    conn: sqlite3.Connection, consent_id: int, scope: Iterable[ScopeCategory]
) -> None:
    conn.executemany(
        "INSERT INTO consent_scope (consent_id, category) VALUES (:id, :category)",
        [{"id": consent_id, "category": category.value} for category in scope],
    )


def confirm_consent_scope(
    conn: sqlite3.Connection, consent_id: int, scope: Iterable[ScopeCategory]
) -> None:
    """Replace the scope a migration gave an old consent by the one the counselor chose."""
    conn.execute("DELETE FROM consent_scope WHERE consent_id = :id", {"id": consent_id})
    _insert_scope(conn, consent_id, scope)
    conn.execute("UPDATE consents SET scope_confirmed = 1 WHERE id = :id", {"id": consent_id})


def insert_consent(conn: sqlite3.Connection, consent: Consent) -> int:
    cursor = conn.execute(
        """INSERT INTO consents (participant_id, recipient, recipient_address, purpose, scope,
               signed_date, expiry_date, revoked_date, expiry_event, expiry_event_on, signed_by)
           VALUES (:participant_id, :recipient, :address, :purpose, :scope, :signed, :expiry,
               :revoked, :event, :event_on, :signed_by)""",
        {
            "participant_id": consent.participant_id,
            "recipient": consent.recipient,
            "address": consent.recipient_address,
            "purpose": consent.purpose,
            "scope": consent.scope_as_written,
            "signed": iso_date(consent.signed_date),
            "expiry": iso_date(consent.expiry_date),
            "revoked": iso_date(consent.revoked_date),
            "event": consent.expiry_event,
            "event_on": iso_date(consent.expiry_event_on),
            "signed_by": consent.signed_by,
        },
    )
    consent_id = int(cursor.lastrowid or 0)
    _insert_scope(conn, consent_id, consent.scope)
    return consent_id


def revoke_consent(conn: sqlite3.Connection, consent_id: int, revoked: dt.date) -> None:
    conn.execute(
        "UPDATE consents SET revoked_date = :revoked WHERE id = :id",
        {"id": consent_id, "revoked": iso_date(revoked)},
    )


def record_consent_event(conn: sqlite3.Connection, consent_id: int, happened: dt.date) -> None:
    """The day the event its expiry waits for happened (once: a recorded day stays)."""
    conn.execute(
        "UPDATE consents SET expiry_event_on = :on WHERE id = :id AND expiry_event_on IS NULL",
        {"id": consent_id, "on": iso_date(happened)},
    )


def insert_disclosure(conn: sqlite3.Connection, disclosure: Disclosure) -> int:
    cursor = conn.execute(
        """INSERT INTO disclosures (participant_id, consent_id, disclosed_at, recipient, purpose,
               what, document_id)
           VALUES (:participant_id, :consent_id, :at, :recipient, :purpose, :what, :document_id)""",
        {
            "participant_id": disclosure.participant_id,
            "consent_id": disclosure.consent_id,
            "at": iso_moment(disclosure.disclosed_at),
            "recipient": disclosure.recipient,
            "purpose": disclosure.purpose,
            "what": disclosure.what,
            "document_id": disclosure.document_id,
        },
    )
    return int(cursor.lastrowid or 0)


def _disclosure(row: sqlite3.Row) -> Disclosure:
    return Disclosure(
        id=row["id"],
        participant_id=row["participant_id"],
        consent_id=row["consent_id"],
        disclosed_at=dt.datetime.fromisoformat(row["disclosed_at"]),
        recipient=row["recipient"],
        purpose=row["purpose"],
        what=row["what"],
        document_id=newer_column(row, "document_id"),
    )


def disclosures_for(conn: sqlite3.Connection, participant_id: int) -> list[Disclosure]:
    return [
        _disclosure(row)
        for row in conn.execute(
            "SELECT * FROM disclosures WHERE participant_id = :id ORDER BY disclosed_at, id",
            {"id": participant_id},
        )
    ]


def all_disclosures(conn: sqlite3.Connection) -> Iterator[Disclosure]:
    """The whole disclosure log, by id."""
    for row in conn.execute("SELECT * FROM disclosures ORDER BY id"):
        yield _disclosure(row)
