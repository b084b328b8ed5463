"""Audit entries chained by hash: each row's hash covers its content and the row before."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from json.encoder import encode_basestring as _quote  # C, as json.dumps uses

from counselor_desk.domain.record import record

GENESIS = "0" * 64


def canonical_scalar(value: object) -> str:
    """`value` exactly as `json.dumps(value, ensure_ascii=False)` writes it, faster for the
    types records hold (text, whole numbers, None); anything else goes through json."""
    if isinstance(value, str):
        return _quote(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def canonical_list(items: list[object]) -> str:
    """`json.dumps(items, ensure_ascii=False, separators=(",", ":"))`, item by item."""
    return "[" + ",".join(canonical_scalar(item) for item in items) + "]"


class AuditAction(StrEnum):
    ADMIT = "admit"
    SIGN = "sign"
    ADDENDUM = "addendum"
    DISCHARGE = "discharge"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    LOCK = "lock"
    UNLOCK = "unlock"
    FAILED_UNLOCK = "failed_unlock"
    IMPORT = "import"
    CORRECTION = "attendance_correction"
    MEASURE = "measure"
    MEASURE_CORRECTION = "measure_correction"
    MEASURE_STRIKE = "measure_strike"
    DISCLOSURE = "disclosure"
    DISCHARGE_SIGN = "discharge_sign"
    DISCHARGE_AMENDMENT = "discharge_amendment"
    BASELINE = "baseline"
    PART2_DECISION = "part2_decision"
    CONSENT_SCOPE = "consent_scope"
    CONSENT_EVENT = "consent_event"
    ENCRYPTION = "encryption"
    SAFETY_FLAG = "safety_flag"
    SAFETY_PLAN = "safety_plan"
    AUTHORIZATION = "authorization"
    ASAM_RATING = "asam_rating"
    PLAN_REVIEW_SIGN = "plan_review_sign"


@record
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    participant_id: int | None
    target: str
    detail: str
    prev_hash: str = ""
    hash: str = ""

    def compute_hash(self) -> str:
        """SHA-256 of `[prev_hash, at, actor, action, participant_id, target, detail]` as
        compact JSON (`canonical_json`): the chaining rule, fixed since schema 2."""
        payload = canonical_list(
            [
                self.prev_hash,
                self.at.replace(microsecond=0).isoformat(),
                self.actor,
                self.action,
                self.participant_id,
                self.target,
                self.detail,
            ]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def chained_to(self, prev_hash: str) -> AuditEntry:
        linked = replace(self, prev_hash=prev_hash)
        return replace(linked, hash=linked.compute_hash())


def first_broken(entries: Iterable[AuditEntry]) -> AuditEntry | None:
    """The first row whose link or own hash does not hold (None when the chain is whole)."""
    previous = GENESIS
    for entry in entries:
        if entry.prev_hash != previous or entry.compute_hash() != entry.hash:
            return entry
        previous = entry.hash
    return None
