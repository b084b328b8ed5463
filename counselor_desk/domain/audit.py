"""Audit entries chained by hash: each row's hash covers its content and the row before."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

GENESIS = "0" * 64


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
    MEASURE_CORRECTION = "measure_correction"
    MEASURE_STRIKE = "measure_strike"
    DISCLOSURE = "disclosure"
    DISCHARGE_SIGN = "discharge_sign"
    DISCHARGE_AMENDMENT = "discharge_amendment"
    BASELINE = "baseline"


@dataclass(frozen=True, slots=True)
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
        payload = json.dumps(
            [
                self.prev_hash,
                self.at.replace(microsecond=0).isoformat(),
                self.actor,
                self.action,
                self.participant_id,
                self.target,
                self.detail,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
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
