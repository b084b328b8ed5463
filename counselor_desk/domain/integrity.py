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
from dataclasses import dataclass

from counselor_desk.domain.audit import AuditAction, AuditEntry, canonical_list, canonical_scalar
from counselor_desk.domain.model import Addendum, Disclosure, Note


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


def signed_content_hash(*, fields: Mapping[str, object], **values: object) -> str:
    """The signature hash from a note's values as text (dates ISO, time HH:MM, enums by
    value): SHA-256 of the compact JSON object of them, keys sorted, `fields` an object too.
    `check` calls it on the stored text directly, without building a `Note`."""
    body = (
        "{"
        + ",".join(
            f"{canonical_scalar(key)}:{canonical_scalar(fields[key])}" for key in sorted(fields)
        )
        + "}"
    )
    pairs = {key: canonical_scalar(value) for key, value in values.items()}
    pairs["fields"] = body
    return _sha256("{" + ",".join(f"{canonical_scalar(k)}:{pairs[k]}" for k in sorted(pairs)) + "}")


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
    return _sha256(
        canonical_list(
            [
                disclosure.participant_id,
                disclosure.consent_id,
                disclosure.disclosed_at.replace(microsecond=0).isoformat(),
                disclosure.recipient,
                disclosure.purpose,
                disclosure.what,
            ]
        )
    )


# -- what an audit row says ------------------------------------------------------------------

_NUMBER = re.compile(r"^(note|disclosure|discharge) (\d+)$")
_HASH = re.compile(r"(?:sha256|content hash) ([0-9a-f]{16,64})\b")
_ADDENDUM = re.compile(r"^addendum (\d+)")
_BASELINE = re.compile(
    r"^notes <= (\d+), addenda <= (\d+), disclosures <= (\d+); sha256 ([0-9a-f]{64})$"
)


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


def addendum_id(entry: AuditEntry) -> int | None:
    found = _ADDENDUM.match(entry.detail)
    return int(found.group(1)) if found else None


@dataclass(frozen=True, slots=True)
class Baseline:
    """The records a BASELINE row vouches for: those with ids up to these, and their digest."""

    last_note: int
    last_addendum: int
    last_disclosure: int
    digest: str

    def detail(self) -> str:
        return (
            f"notes <= {self.last_note}, addenda <= {self.last_addendum}, "
            f"disclosures <= {self.last_disclosure}; sha256 {self.digest}"
        )

    @staticmethod
    def parse(detail: str) -> Baseline | None:
        found = _BASELINE.match(detail)
        if found is None:
            return None
        return Baseline(int(found[1]), int(found[2]), int(found[3]), found[4])


def baseline_lines(
    notes: Mapping[int, str], addenda: Mapping[int, str], disclosures: Mapping[int, str]
) -> list[str]:
    """The lines a baseline digest covers: `kind id hash`, notes, addenda, disclosures, by id."""
    lines = [f"note {key} {notes[key]}" for key in sorted(notes)]
    lines += [f"addendum {key} {addenda[key]}" for key in sorted(addenda)]
    lines += [f"disclosure {key} {disclosures[key]}" for key in sorted(disclosures)]
    return lines


def baseline_digest(lines: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


# -- the cross-check -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Records:
    """What the database holds, each record by id with the hash it should be vouched by.

    `signed_notes` maps to the stored signature hash (whose match with the note's content is
    checked separately); `unsigned_notes` are the ids of notes that exist as drafts."""

    signed_notes: Mapping[int, str]
    unsigned_notes: frozenset[int]
    addenda: Mapping[int, str]
    disclosures: Mapping[int, str]


def _matches(vouched: str | None, actual: str) -> bool:
    return vouched is not None and len(vouched) >= 16 and actual.startswith(vouched)


def cross_check(entries: Iterable[AuditEntry], records: Records) -> list[str]:
    """Every way the records and the rows vouching for them disagree, in plain words."""
    problems: list[str] = []
    signed_rows: set[int] = set()
    addendum_rows: set[int] = set()
    disclosure_rows: set[int] = set()
    baseline: Baseline | None = None
    for entry in entries:
        if entry.action == AuditAction.SIGN:
            note = target_id(entry)
            if note is None:
                continue
            if vouched_hash(entry) is not None:  # else a row without a hash: the baseline's
                signed_rows.add(note)
            if note in records.unsigned_notes:
                problems.append(
                    f"note {note} was signed (audit row {entry.id}) but is a draft again"
                )
            elif note not in records.signed_notes:
                problems.append(f"signed note {note} (audit row {entry.id}) is missing")
            elif note in signed_rows and not _matches(
                vouched_hash(entry), records.signed_notes[note]
            ):
                problems.append(
                    f"signed note {note} no longer has the signature hash its audit row "
                    f"{entry.id} vouches for"
                )
        elif entry.action == AuditAction.ADDENDUM:
            number = addendum_id(entry)
            digest = vouched_hash(entry)
            if number is None or digest is None:
                continue  # an addendum recorded before schema 9: the baseline vouches for it
            addendum_rows.add(number)
            if number not in records.addenda:
                problems.append(f"addendum {number} (audit row {entry.id}) is missing")
            elif not _matches(digest, records.addenda[number]):
                problems.append(f"addendum {number} was changed after audit row {entry.id}")
        elif entry.action == AuditAction.DISCLOSURE:
            number = target_id(entry)
            if number is None:
                continue
            disclosure_rows.add(number)
            if number not in records.disclosures:
                problems.append(
                    f"disclosure {number} (audit row {entry.id}) is missing from the log"
                )
            elif not _matches(vouched_hash(entry), records.disclosures[number]):
                problems.append(f"disclosure {number} was changed after audit row {entry.id}")
        elif entry.action == AuditAction.BASELINE:
            baseline = Baseline.parse(entry.detail)
    problems += _check_baseline(baseline, records, signed_rows, addendum_rows, disclosure_rows)
    return problems


def _check_baseline(
    baseline: Baseline | None,
    records: Records,
    signed_rows: set[int],
    addendum_rows: set[int],
    disclosure_rows: set[int],
) -> list[str]:
    """Records without their own row must be the baseline's, unchanged."""
    last = baseline or Baseline(0, 0, 0, "")
    problems: list[str] = []
    notes = {key: value for key, value in records.signed_notes.items() if key not in signed_rows}
    addenda = {key: value for key, value in records.addenda.items() if key not in addendum_rows}
    disclosures = {
        key: value for key, value in records.disclosures.items() if key not in disclosure_rows
    }
    for kind, unvouched, limit in (
        ("signed note", notes, last.last_note),
        ("addendum", addenda, last.last_addendum),
        ("disclosure", disclosures, last.last_disclosure),
    ):
        for key in sorted(item for item in unvouched if item > limit)[:20]:
            problems.append(f"{kind} {key} has no row in the audit trail")
    if baseline is not None:
        lines = baseline_lines(
            {k: v for k, v in notes.items() if k <= last.last_note},
            {k: v for k, v in addenda.items() if k <= last.last_addendum},
            {k: v for k, v in disclosures.items() if k <= last.last_disclosure},
        )
        if baseline_digest(lines) != baseline.digest:
            problems.append(
                "the records older than tamper evidence (signed notes, addenda and disclosures "
                "vouched for together when the database was brought to schema 9) were changed"
            )
    return problems
