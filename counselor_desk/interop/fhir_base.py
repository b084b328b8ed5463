"""What every resource builder shares: the entries of the Bundle being built (each with its
urn:uuid), references between them, meta (profile and the Part 2 labels), narratives and
FHIR's date and time formats.

Ids are UUIDs derived from the document ID and what the resource is (uuid5), so the same
record exported as the same document gives the same Bundle, and two documents never share
an id.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass, field
from typing import Any

from counselor_desk.interop import codes
from counselor_desk.interop.source import ExportSource

Resource = dict[str, Any]


@dataclass
class Entries:
    """The Bundle's entries in order, and the references of the resources everyone points at."""

    source: ExportSource
    part2: bool
    items: list[tuple[str, Resource]] = field(default_factory=list)
    patient: dict[str, str] = field(default_factory=dict)
    practitioner: dict[str, str] = field(default_factory=dict)
    organization: dict[str, str] = field(default_factory=dict)

    @property
    def clinic(self) -> str:
        return self.source.summary.letterhead.clinic_name

    def system(self, kind: str) -> str:
        return codes.clinic_system(self.clinic, kind)

    def add(
        self, resource: Resource, key: str, *, profile: bool = True, first: bool = False
    ) -> dict[str, str]:
        """Give `resource` its id and meta (its US Core profile unless `profile` is False, the
        Part 2 labels), put it in the Bundle; returns a reference to it."""
        kind = resource["resourceType"]
        name = f"{codes.APP_NAMESPACE}:{self.source.document_id}:{kind}:{key}"
        resource_id = str(uuid.uuid5(uuid.NAMESPACE_URL, name))
        meta: Resource = {}
        claimed = codes.PROFILES.get(kind)
        if claimed is not None and profile:
            meta["profile"] = [claimed]
        if self.part2:
            meta["security"] = [dict(label) for label in codes.PART2_LABELS]
        ordered: Resource = {"resourceType": kind, "id": resource_id}
        if meta:
            ordered["meta"] = meta
        ordered.update((name, value) for name, value in resource.items() if name != "resourceType")
        url = f"urn:uuid:{resource_id}"
        if first:
            self.items.insert(0, (url, ordered))
        else:
            self.items.append((url, ordered))
        return {"reference": url}


def narrative(*paragraphs: str, items: list[str] | None = None) -> dict[str, str]:
    """A generated narrative: paragraphs, then a list, as XHTML."""
    parts = [f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs if text]
    if items:
        parts.append(
            "<ul>"
            + "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
            + "</ul>"
        )
    if not parts:
        parts.append("<p>–</p>")
    return {
        "status": "generated",
        "div": '<div xmlns="http://www.w3.org/1999/xhtml">' + "".join(parts) + "</div>",
    }


def lines(text: str) -> list[str]:
    """A free-text list as typed, one item per line (blank lines dropped)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def day(value: dt.date) -> str:
    return value.isoformat()


def instant(value: dt.datetime) -> str:
    """An aware moment as FHIR's dateTime and instant want it: seconds and the offset."""
    if value.tzinfo is None:
        raise ValueError("a FHIR dateTime with a time needs its timezone")
    return value.isoformat(timespec="seconds")


def minutes(value: int) -> dict[str, object]:
    return {"value": value, "unit": "min", "system": codes.UCUM, "code": "min"}
