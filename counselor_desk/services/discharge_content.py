"""What a discharge summary's signature vouches for, and whether the summary can be signed.

The signed content is a canonical serialization of the summary's model (`DischargeSummary`):
every section the counselor vouches for, by section key, plus the signer and the moment.
Canonical: JSON with sorted keys, no spaces (separators ``,`` and ``:``), UTF-8 without
escaping, dates ``YYYY-MM-DD``, moments ``YYYY-MM-DDTHH:MM:SS``, lists in the order the
summary prints them. The hash is the SHA-256 of that text. Left out on purpose: what only
lays the page out or follows from the settings (letterhead, page size, print date, the
"summary due" date). The layout in force is `CONTENT_VERSION`; a new layout is a new
version that only adds sections, never a change of one already signed, so content of any
earlier version still hashes as it did and a reprint compares it on the sections it has.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from counselor_desk.domain import messages
from counselor_desk.domain.model import DischargeAmendment, DischargeReason, LevelOfCare
from counselor_desk.reports.model import DischargeSummary, Signer

#: 2 (schema 11) adds the "safety" section: the latest C-SSRS, the safety plan on file and the
#: safety follow-ups still open when signed. Content signed as version 1 has no such section
#: and is compared on the sections it has.
#: 3 adds the "curriculum" section: the modules completed (first date attended) and the core
#: modules missed, and the completion rule in words; content of versions 1 and 2 has no such
#: section and is compared on the sections it has.
#: 4 (schema 13) adds the diagnoses at admission, the allergies, the risk status at discharge
#: (the latest note's risk screen and every risk recorded as present in the 30 days before
#: discharge), the strengths, needs, abilities and preferences, who was given the discharge
#: information and a copy and when, the weeks the program cancelled in (sessions cancelled
#: before or after roll call alike), how many sessions the program cancelled before roll call
#: (no mark: the "services" section counts the marks, as versions 1 to 3 did), and the
#: signer's credentials, license number and NPI ("signer": printed from the content on a
#: reprint, never named as changed). Content of versions 1 to 3 has none of these.
CONTENT_VERSION = 4
#: The layout of an amendment's content, unchanged since it was introduced.
AMENDMENT_VERSION = 1

#: The sections of the signed content, in the counselor's words (what a reprint names when
#: the record changed since the signature).
SECTIONS: dict[str, str] = {
    "identification": "Identification, dates and reason",
    "presenting_problems": "Reason for admission and presenting problems",
    "diagnoses": "Diagnoses",
    "services": "Services provided and attendance",
    "goals": "Progress on goals and objectives",
    "measures": "Measures",
    "condition": "Condition at discharge and next level of care",
    "medications": "Medications at discharge",
    "aftercare": "Aftercare plan and referrals",
    "relapse_prevention_plan": "Relapse-prevention plan",
    "crisis": "Crisis resources",
    "right_to_appeal": "Right to appeal",
    "safety": "Suicide-risk screen and safety plan",
    "curriculum": "Curriculum modules",
    "admission_diagnoses": "Diagnoses at admission",
    "allergies": "Allergies",
    "risk": "Risk status at discharge",
    "strengths": "Strengths, needs, abilities and preferences",
    "copy_given": "Information and copy given",
    "cancelled_weeks": "Sessions cancelled by the program",
    "cancelled_before_roll_call": "Sessions cancelled by the program before roll call",
}


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat()


def _level(value: LevelOfCare | None) -> str | None:
    return None if value is None else value.value


def _safety(model: DischargeSummary) -> list[Any] | None:
    status = model.safety
    if status is None:
        return None
    return [
        _day(status.screen_on),
        status.screen_result,
        status.plan_version,
        _day(status.plan_saved_on),
        [[_day(flag.raised_on), flag.needed] for flag in status.open_flags],
    ]


def _risk(model: DischargeSummary) -> dict[str, Any]:
    latest = model.latest_note_risk
    return {
        "latest_note": None if latest is None else [_day(latest.session_date), latest.risk.value],
        "from": _day(model.risk_from),
        "recent": [
            [_day(item.on), item.source, item.finding, item.detail, item.signed]
            for item in model.recent_risks
            if item.from_note  # a C-SSRS is signed with the measures and the safety status
        ],
    }


def sections(model: DischargeSummary) -> dict[str, Any]:
    """Every section the signature vouches for, as plain JSON values."""
    return {
        "identification": {
            "name": model.identity.name,
            "chart_number": model.identity.chart_number,
            "date_of_birth": _day(model.identity.date_of_birth),
            "program": model.program_name,
            "level_at_admission": _level(model.level_at_admission),
            "level_at_discharge": _level(model.level_at_discharge),
            "admission_date": _day(model.admission_date),
            "last_service_date": _day(model.last_service_date),
            "discharge_date": _day(model.discharge_date),
            "reason": None if model.reason is None else model.reason.value,
            "reason_detail": model.reason_detail,
            "referral_source": model.referral_source,
        },
        "presenting_problems": model.presenting_problems,
        "diagnoses": [[item.code, item.description] for item in model.diagnoses],
        "services": {
            "lines": [
                [line.service_type.value, line.sessions, line.minutes] for line in model.services
            ],
            # the counts of the roll-call marks, as versions 1 to 3 signed them: the sessions
            # cancelled before roll call are signed apart ("cancelled_before_roll_call")
            "attendance": [
                model.attendance.attended,
                model.attendance.excused,
                model.attendance.unexcused,
                model.attendance.cancelled - model.cancelled_before_roll_call,
            ],
            "weeks": [
                [_day(w.start), _day(w.end), w.minutes_attended, w.minimum_minutes]
                for w in model.weeks
            ],
            "level_changes": [
                [_day(c.effective_date), c.level_of_care.value, c.reason]
                for c in model.level_changes
            ],
        },
        "goals": [
            {
                "description": goal.description,
                "status": goal.status.value,
                "progress": goal.progress,
                "target_date": _day(goal.target_date),
                "objectives": [
                    [o.description, o.status.value, o.progress, _day(o.target_date)]
                    for o in goal.objectives
                ],
            }
            for goal in model.goals
        ],
        "measures": [
            [
                m.instrument,
                _day(m.baseline_date),
                m.baseline_score,
                _day(m.latest_date),
                m.latest_score,
            ]
            for m in model.measures
        ],
        "condition": {
            "condition_at_discharge": model.condition_at_discharge,
            "recommended_level": _level(model.recommended_level),
        },
        "safety": _safety(model),
        "medications": model.medications,
        "aftercare": {
            "aftercare_plan": model.aftercare_plan,
            "referrals": [
                {
                    "provider": r.provider,
                    "service": r.service,
                    "contact": r.contact,
                    "phone": r.phone,
                    "address": r.address,
                    "first_appointment": _moment(r.first_appointment),
                }
                for r in model.referrals
            ],
        },
        "relapse_prevention_plan": model.relapse_prevention_plan,
        "crisis": {
            "clinic_crisis_line": model.clinic_crisis_line,
            "crisis_resources": model.crisis_resources,
        },
        "right_to_appeal": model.right_to_appeal,
        "curriculum": {
            "modules": [[m.title, m.core, _day(m.attended_on)] for m in model.modules],
            "completion": model.completion,
        },
        "admission_diagnoses": [
            [item.code, item.description] for item in model.admission_diagnoses
        ],
        "allergies": model.allergies,
        "risk": _risk(model),
        "strengths": model.strengths,
        "copy_given": {"on": _day(model.copy_given_on), "to": model.copy_given_to},
        "cancelled_weeks": [
            [item.week, item.cancelled_minutes, item.short_by_program]
            for item in model.cancelled_weeks
        ],
        "cancelled_before_roll_call": model.cancelled_before_roll_call,
        "signer": {
            "name": model.signer.name,
            "credentials": model.signer.credentials,
            "license_number": model.signer.license_number,
            "npi": model.signer.npi,
        },
    }


def canonical(value: Any) -> str:
    """The one text of a JSON value that is hashed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signed_content(
    participant_id: int, model: DischargeSummary, signed_by: str, signed_at: dt.datetime
) -> str:
    """The canonical text a discharge summary is signed with (its SHA-256 is the hash)."""
    return canonical(
        {
            "document": "discharge summary",
            "version": CONTENT_VERSION,
            "participant_id": participant_id,
            "sections": sections(model),
            "signed_by": signed_by,
            "signed_at": _moment(signed_at),
        }
    )


def changed_sections(stored_content: str, model: DischargeSummary) -> tuple[str, ...]:
    """The sections (in words) where the record now differs from the content signed."""
    try:
        signed = json.loads(stored_content).get("sections", {})
    except (ValueError, AttributeError):
        return tuple(SECTIONS.values())
    now = json.loads(canonical(sections(model)))
    return tuple(
        label
        for key, label in SECTIONS.items()
        if key in signed and signed.get(key) != now.get(key)
    )


def signed_signer(stored_content: str) -> Signer | None:
    """The counselor as the content signed names them (credentials, license number, NPI);
    None for content signed before version 4, which did not carry them."""
    try:
        found = json.loads(stored_content).get("sections", {}).get("signer")
    except (ValueError, AttributeError):
        return None
    if not isinstance(found, dict):
        return None
    return Signer(
        str(found.get("name", "")),
        str(found.get("credentials", "")),
        str(found.get("license_number", "")),
        str(found.get("npi", "")),
    )


def amendment_content(amendment: DischargeAmendment, signed_hash: str) -> str:
    """The canonical text of an amendment, chained to the hash of the summary it amends."""
    return canonical(
        {
            "document": "discharge amendment",
            "version": AMENDMENT_VERSION,
            "participant_id": amendment.participant_id,
            "author": amendment.author,
            "created_at": _moment(amendment.created_at),
            "reason": amendment.reason,
            "field": amendment.field,
            "text": amendment.text,
            "amends": signed_hash,
        }
    )


def missing_sections(model: DischargeSummary) -> list[tuple[str, str]]:
    """Every required section still empty, as (form field, plain words); [] when complete.

    Required: the recorded discharge, presenting problems, a diagnosis, the condition at
    discharge and the recommended next level, the aftercare plan and the relapse-prevention
    plan (the last three not after a death), and the reason explained when the discharge was
    administrative (the participant may appeal it) or "other".
    """
    missing: list[tuple[str, str]] = []
    if not model.recorded:
        missing.append(
            (
                "discharge_date",
                messages.text("The discharge is not recorded yet: record it before signing."),
            )
        )
    if not model.presenting_problems.strip():
        missing.append(
            (
                "presenting_problems",
                messages.text(
                    "Reason for admission / presenting problems is empty: write it in the "
                    "participant's record (Edit participant…)."
                ),
            )
        )
    if not model.diagnoses:
        missing.append(
            (
                "diagnoses",
                messages.text(
                    "No diagnosis is recorded: add at least one ICD-10 diagnosis in the "
                    "participant's record (Edit participant…)."
                ),
            )
        )
    if not model.condition_at_discharge.strip():
        missing.append(
            (
                "condition_at_discharge",
                messages.text("Condition at discharge is empty: describe it."),
            )
        )
    reason = model.reason
    needs_detail = reason in (DischargeReason.ADMINISTRATIVE, DischargeReason.OTHER)
    if reason is not None and needs_detail and not model.reason_detail.strip():
        template = (
            "Reason details are empty: say why ({reason}); the participant may appeal a "
            "discharge they did not choose."
            if reason.involuntary
            else "Reason details are empty: say why ({reason}); 'other' says nothing on its own."
        )
        missing.append(
            ("reason_detail", messages.text(template, reason=messages.label(reason.label)))
        )
    if model.reason is not DischargeReason.DECEASED:
        if model.recommended_level is None:
            missing.append(
                (
                    "recommended_level",
                    messages.text("Recommended next level of care is not stated: choose one."),
                )
            )
        if not model.aftercare_plan.strip():
            missing.append(
                (
                    "aftercare_plan",
                    messages.text(
                        "Aftercare plan is empty: write the plan (or why there is none)."
                    ),
                )
            )
        if not model.relapse_prevention_plan.strip():
            missing.append(
                (
                    "relapse_prevention_plan",
                    messages.text("Relapse-prevention plan is empty: write it."),
                )
            )
    return missing
