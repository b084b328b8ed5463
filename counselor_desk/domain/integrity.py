"""What the audit trail vouches for, and how `check` holds each record to it.

Every signed note, addendum and disclosure has a row in the hash-chained audit trail that
names it and carries a SHA-256 of its content ("vouches for it"):

- SIGN       target `note N`        detail `content hash <hex>`  (the note's signature hash;
                                                                  rows before schema 9 hold
                                                                  its first 16 hex digits)
- ADDENDUM   target `note N`        detail `addendum M; sha256 <hex>`
- DISCLOSURE target `disclosure D`  detail `sha256 <hex>`
- BASELINE   one row, written when a database is brought to schema 9, vouching for the
             records older than this rule (signed notes without a SIGN row that carries a
             hash, addenda, the disclosure log): detail `notes <= N, addenda <= A, disclosures <= D; sha256 <hex>`
             over the lines `baseline_lines` gives, in that order.

`cross_check` compares both ways: every vouching row has its record, unchanged; every record
has its vouching row. Ids only in what it says, never content.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction, AuditEntry, canonical_list, canonical_scalar
from counselor_desk.domain.model import Addendum, Disclosure, Note
from counselor_desk.domain.record import record


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def note_hash(note: Note) -> str:
    """SHA-256 over everything a note's signature vouches for; `check` recomputes it."""
    return signed_content_hash(
        participant_id=note.participant_id,
        session_date=note.session_date.isoformat(),
        start_time=note.start_time.strftime("%H:%M"),
        duration_minutes=note.duration_minutes,
        service_type=note.service_type.value,
        format=note.format.value,
        fields=note.fields,
        risk=note.risk.value,
        risk_detail=note.risk_detail,
        goal_id=note.goal_id,
        signed_by=note.signed_by,
        signed_at=note.signed_at.replace(microsecond=0).isoformat() if note.signed_at else "",
    )


#: The signed note's JSON object, keys in sorted order (as `sort_keys=True` writes them).
_NOTE_TEMPLATE = (
    '{{"duration_minutes":{},"fields":{},"format":{},"goal_id":{},"participant_id":{},'
    '"risk":{},"risk_detail":{},"service_type":{},"session_date":{},"signed_at":{},'
    '"signed_by":{},"start_time":{}}}'
)


def signed_content_hash(
    *,
    participant_id: object,
    session_date: object,
    start_time: object,
    duration_minutes: object,
    service_type: object,
    format: object,
    fields: Mapping[str, object],
    risk: object,
    risk_detail: object,
    goal_id: object,
    signed_by: object,
    signed_at: object,
) -> str:
    """The signature hash from a note's values as text (dates ISO, time HH:MM, enums by
    value): SHA-256 of the compact JSON object of them, keys sorted, `fields` an object too.
    `check` calls it on the stored text directly, without building a `Note`."""
    q = canonical_scalar
    body = "{" + ",".join([f"{q(key)}:{q(value)}" for key, value in sorted(fields.items())]) + "}"
    return _sha256(
        _NOTE_TEMPLATE.format(
            q(duration_minutes),
            body,
            q(format),
            q(goal_id),
            q(participant_id),
            q(risk),
            q(risk_detail),
            q(service_type),
            q(session_date),
            q(signed_at),
            q(signed_by),
            q(start_time),
        )
    )


def addendum_hash(addendum: Addendum) -> str:
    return _sha256(
        canonical_list(
            [
                addendum.note_id,
                addendum.author,
                addendum.created_at.replace(microsecond=0).isoformat(),
                addendum.reason,
                addendum.text,
            ]
        )
    )


def disclosure_hash(disclosure: Disclosure) -> str:
    """The line's hash; its document ID (schema 13) is part of it when it has one, so a
    line logged before keeps the hash it was vouched for with."""
    fields: list[object] = [
        disclosure.participant_id,
        disclosure.consent_id,
        disclosure.disclosed_at.replace(microsecond=0).isoformat(),
        disclosure.recipient,
        disclosure.purpose,
        disclosure.what,
    ]
    if disclosure.document_id:
        fields.append(disclosure.document_id)
    return _sha256(canonical_list(fields))


# -- what an audit row says ------------------------------------------------------------------

_NUMBER = re.compile(r"^(note|disclosure|discharge) (\d+)$")
_HASH = re.compile(r"(?:sha256|content hash) ([0-9a-f]{16,64})\b")
_DETAIL_NUMBER = re.compile(r"^(?:addendum|amendment) (\d+)")


def target_id(entry: AuditEntry) -> int | None:
    """N of a target `note N` / `disclosure N` / `discharge N`."""
    found = _NUMBER.match(entry.target)
    return int(found.group(2)) if found else None


def vouched_hash(entry: AuditEntry) -> str | None:
    """The hash (or, in older SIGN rows, its first 16 hex digits) a row vouches for."""
    found = _HASH.search(entry.detail)
    return found.group(1) if found else None


def addendum_detail(addendum_id: int, digest: str) -> str:
    return f"addendum {addendum_id}; sha256 {digest}"


def detail_id(entry: AuditEntry) -> int | None:
    """M of a detail `addendum M; …` / `amendment M; …`."""
    found = _DETAIL_NUMBER.match(entry.detail)
    return int(found.group(1)) if found else None


# -- the records, and the kinds of them ------------------------------------------------------


@record
class Kind:
    """One kind of vouched-for record: its name in the baseline, the audit action vouching
    for one, and where that row names the record (its target or detail)."""

    plural: str
    action: AuditAction
    numbered_by_target: bool


SIGNED_NOTE = Kind("notes", AuditAction.SIGN, True)
ADDENDUM = Kind("addenda", AuditAction.ADDENDUM, False)
DISCLOSURE = Kind("disclosures", AuditAction.DISCLOSURE, True)
SIGNED_DISCHARGE = Kind("discharges", AuditAction.DISCHARGE_SIGN, True)
DISCHARGE_AMENDMENT = Kind("discharge amendments", AuditAction.DISCHARGE_AMENDMENT, False)
KINDS = (SIGNED_NOTE, ADDENDUM, DISCLOSURE, SIGNED_DISCHARGE, DISCHARGE_AMENDMENT)

# What `cross_check` says of a record of each kind: whole sentences (English templates said
# in the app's language, `domain.messages`), since each language names a kind its own way.
_MISSING = {
    SIGNED_NOTE: "signed note {number} (audit row {row}) is missing",
    ADDENDUM: "addendum {number} (audit row {row}) is missing",
    DISCLOSURE: "disclosure {number} (audit row {row}) is missing",
    SIGNED_DISCHARGE: (
        "signed discharge summary of participant {number} (audit row {row}) is missing"
    ),
    DISCHARGE_AMENDMENT: "discharge amendment {number} (audit row {row}) is missing",
}
_CHANGED = {
    SIGNED_NOTE: "signed note {number} was changed after audit row {row}",
    ADDENDUM: "addendum {number} was changed after audit row {row}",
    DISCLOSURE: "disclosure {number} was changed after audit row {row}",
    SIGNED_DISCHARGE: (
        "signed discharge summary of participant {number} was changed after audit row {row}"
    ),
    DISCHARGE_AMENDMENT: "discharge amendment {number} was changed after audit row {row}",
}
#: The kinds that can exist unsigned: the record signed once, and unsigned now.
_UNSIGNED = {
    SIGNED_NOTE: "note {number} was signed (audit row {row}) but is unsigned now",
    SIGNED_DISCHARGE: (
        "the discharge summary of participant {number} was signed (audit row {row}) but is "
        "unsigned now"
    ),
}
_WITHOUT_ROW = {
    SIGNED_NOTE: "signed note {number} has no row in the audit trail",
    ADDENDUM: "addendum {number} has no row in the audit trail",
    DISCLOSURE: "disclosure {number} has no row in the audit trail",
    SIGNED_DISCHARGE: (
        "signed discharge summary of participant {number} has no row in the audit trail"
    ),
    DISCHARGE_AMENDMENT: "discharge amendment {number} has no row in the audit trail",
}
_MORE_WITHOUT_ROW = {
    SIGNED_NOTE: "… and {count} more notes without their row",
    ADDENDUM: "… and {count} more addenda without their row",
    DISCLOSURE: "… and {count} more disclosures without their row",
    SIGNED_DISCHARGE: "… and {count} more discharges without their row",
    DISCHARGE_AMENDMENT: "… and {count} more discharge amendments without their row",
}


@record
class Records:
    """What the database holds: per kind, each record by id (a discharge by participant) with
    the hash its audit row should vouch for; and the notes and discharges that exist unsigned
    (a signed one made a draft again is named as such).

    A signed note's and a discharge's hash here is the stored signature hash (whose match with
    the content is checked separately); an addendum's and a disclosure's is computed."""

    hashes: Mapping[Kind, Mapping[int, str]]
    unsigned: Mapping[Kind, frozenset[int]]


def _matches(vouched: str | None, actual: str) -> bool:
    return vouched is not None and len(vouched) >= 16 and actual.startswith(vouched)


def record_number(kind: Kind, entry: AuditEntry) -> int | None:
    """The id of the record a row of `kind` names."""
    return target_id(entry) if kind.numbered_by_target else detail_id(entry)


KIND_OF_ACTION = {kind.action.value: kind for kind in KINDS}


def vouched_records(entries: Iterable[AuditEntry]) -> dict[Kind, set[int]]:
    """Per kind, the records named by a row that carries their hash."""
    vouched: dict[Kind, set[int]] = {kind: set() for kind in KINDS}
    for entry in entries:
        kind = KIND_OF_ACTION.get(entry.action)
        number = None if kind is None else record_number(kind, entry)
        if kind is not None and number is not None and vouched_hash(entry) is not None:
            vouched[kind].add(number)
    return vouched


def cross_check(entries: Iterable[AuditEntry], records: Records) -> list[str]:
    """Every way the records and the rows vouching for them disagree, in plain words."""
    vouched: dict[Kind, set[int]] = {kind: set() for kind in KINDS}
    problems: list[str] = []
    baseline: Baseline | None = None
    for entry in entries:
        if entry.action == AuditAction.BASELINE:
            baseline = Baseline.parse(entry.detail)
            continue
        kind = KIND_OF_ACTION.get(entry.action)
        number = None if kind is None else record_number(kind, entry)
        if kind is None or number is None:
            continue
        digest = vouched_hash(entry)
        held = records.hashes[kind]
        if digest is not None:  # else a row older than hashes in rows: the baseline's record
            vouched[kind].add(number)
        if number in records.unsigned.get(kind, frozenset()):
            problems.append(messages.text(_UNSIGNED[kind], number=number, row=entry.id))
        elif number not in held:
            problems.append(messages.text(_MISSING[kind], number=number, row=entry.id))
        elif digest is not None and not _matches(digest, held[number]):
            problems.append(messages.text(_CHANGED[kind], number=number, row=entry.id))
    return problems + _check_baseline(baseline, records, vouched)


# -- records older than their vouching rows --------------------------------------------------


@record
class Baseline:
    """What a BASELINE row vouches for: per kind, the records without a row of their own up
    to an id, and one digest over them all."""

    last: Mapping[str, int]  # Kind.plural -> the highest id vouched for
    digest: str

    def detail(self) -> str:
        upto = ", ".join(f"{kind.plural} <= {self.last.get(kind.plural, 0)}" for kind in KINDS)
        return f"{upto}; sha256 {self.digest}"

    @staticmethod
    def parse(detail: str) -> Baseline | None:
        head, _, digest = detail.rpartition("; sha256 ")
        last: dict[str, int] = {}
        for part in head.split(", "):
            name, _, number = part.rpartition(" <= ")
            if not number.isdigit():
                return None
            last[name] = int(number)
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            return None
        return Baseline(last, digest)


def unvouched(records: Records, vouched: Mapping[Kind, set[int]]) -> dict[Kind, dict[int, str]]:
    """Per kind, the records without a vouching row of their own."""
    return {
        kind: {k: v for k, v in records.hashes[kind].items() if k not in vouched.get(kind, set())}
        for kind in KINDS
    }


def baseline_lines(older: Mapping[Kind, Mapping[int, str]]) -> list[str]:
    """The lines a baseline digest covers: `kind id hash`, kind by kind, by id."""
    return [
        f"{kind.plural} {key} {older[kind][key]}"
        for kind in KINDS
        for key in sorted(older.get(kind, {}))
    ]


def baseline_digest(lines: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def make_baseline(older: Mapping[Kind, Mapping[int, str]]) -> Baseline | None:
    """The BASELINE for records without rows of their own; None when there are none."""
    if not any(older.get(kind) for kind in KINDS):
        return None
    return Baseline(
        {kind.plural: max(older.get(kind, {}), default=0) for kind in KINDS},
        baseline_digest(baseline_lines(older)),
    )


def _check_baseline(
    baseline: Baseline | None, records: Records, vouched: Mapping[Kind, set[int]]
) -> list[str]:
    """Records without their own row must be the baseline's, unchanged."""
    limits = {} if baseline is None else dict(baseline.last)
    older: dict[Kind, dict[int, str]] = {}
    problems: list[str] = []
    for kind, items in unvouched(records, vouched).items():
        limit = limits.get(kind.plural, 0)
        older[kind] = {key: value for key, value in items.items() if key <= limit}
        late = sorted(key for key in items if key > limit)
        problems += [messages.text(_WITHOUT_ROW[kind], number=key) for key in late[:20]]
        if len(late) > 20:
            problems.append(messages.text(_MORE_WITHOUT_ROW[kind], count=len(late) - 20))
    if baseline is not None and baseline_digest(baseline_lines(older)) != baseline.digest:
        problems.append(
            messages.text(
                "the records older than tamper evidence (vouched for together when the "
                "database was brought to schema 9) were changed"
            )
        )
    return problems
