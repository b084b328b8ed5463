"""The record hashes are the JSON the first versions wrote, byte for byte.

Signatures and audit rows written by earlier versions hold hashes of `json.dumps(...,
ensure_ascii=False, sort_keys=True, separators=(",", ":"))`; the faster builders of
`domain.audit` and `domain.integrity` must give the very same text for any content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from counselor_desk.domain import integrity
from counselor_desk.domain.audit import AuditEntry, canonical_list
from counselor_desk.domain.model import Note, NoteFormat, NoteStatus, RiskLevel, ServiceType

TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
SCALAR = st.one_of(st.none(), st.integers(-(2**40), 2**40), TEXT, st.booleans())


def _reference(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@given(st.lists(SCALAR, max_size=8))
def test_a_list_is_written_as_json_dumps_writes_it(items: list[object]) -> None:
    assert canonical_list(items) == json.dumps(items, ensure_ascii=False, separators=(",", ":"))


@given(
    actor=TEXT,
    target=TEXT,
    detail=TEXT,
    participant=st.one_of(st.none(), st.integers(1, 10**9)),
    seconds=st.integers(0, 10**9),
)
def test_an_audit_rows_hash_is_the_first_versions(
    actor: str, target: str, detail: str, participant: int | None, seconds: int
) -> None:
    at = dt.datetime(2020, 1, 1) + dt.timedelta(seconds=seconds, microseconds=7)
    entry = AuditEntry(0, at, actor, "sign", participant, target, detail).chained_to("ab" * 32)
    assert entry.hash == _reference(
        [
            "ab" * 32,
            at.replace(microsecond=0).isoformat(),
            actor,
            "sign",
            participant,
            target,
            detail,
        ]
    )


@given(
    fields=st.dictionaries(TEXT, TEXT, max_size=5),
    detail=TEXT,
    signer=TEXT,
    goal=st.one_of(st.none(), st.integers(1, 10**6)),
)
def test_a_notes_signature_hash_is_the_first_versions(
    fields: dict[str, str], detail: str, signer: str, goal: int | None
) -> None:
    moment = dt.datetime(2026, 3, 2, 13, 5, 9, 120)
    note = Note(
        id=1,
        participant_id=3,
        session_date=dt.date(2026, 3, 2),
        start_time=dt.time(9, 0),
        duration_minutes=180,
        service_type=ServiceType.GROUP,
        format=NoteFormat.DAP,
        fields=fields,
        risk=RiskLevel.DENIED,
        risk_detail=detail,
        goal_id=goal,
        status=NoteStatus.SIGNED,
        created_at=moment,
        updated_at=moment,
        signed_at=moment,
        signed_by=signer,
    )
    assert integrity.note_hash(note) == _reference(
        {
            "participant_id": note.participant_id,
            "session_date": note.session_date.isoformat(),
            "start_time": note.start_time.strftime("%H:%M"),
            "duration_minutes": note.duration_minutes,
            "service_type": ServiceType(note.service_type).value,
            "format": NoteFormat(note.format).value,
            "fields": dict(sorted(note.fields.items())),
            "risk": RiskLevel(note.risk).value,
            "risk_detail": note.risk_detail,
            "goal_id": note.goal_id,
            "signed_by": note.signed_by,
            "signed_at": note.signed_at.replace(microsecond=0).isoformat()
            if note.signed_at
            else "",
        }
    )
