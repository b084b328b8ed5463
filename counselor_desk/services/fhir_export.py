"""The continuity-of-care summary for another system: a FHIR R4 document Bundle (JSON), checked
on this machine before it leaves, with the PDF inside it and, when asked, beside it.

It is the same disclosure as the PDF: the same consent check (a valid consent, the Part 2
decision made), the same scope (built from the PDF's own model), and one line of the
disclosure log for both files, committed before either file has its name (as
documents/common.py `write` does for one file). Its document ID is the Composition's
identifier, the DocumentReference's master identifier and the ID printed on every page.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counselor_desk.domain import measures, messages
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import Disclosure, Measure
from counselor_desk.interop import fhir_checks
from counselor_desk.interop.fhir_bundle import build_bundle
from counselor_desk.interop.source import ExportSource
from counselor_desk.reports import continuity
from counselor_desk.services import caseload, clinical, documents, participants
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store.db import Database

#: The audit trail's name for this export.
KIND = "continuity-of-care summary (FHIR)"


@dataclass(frozen=True, slots=True)
class FhirExport:
    """What an export wrote: the Bundle's file, the PDF's (None: inside the Bundle only)."""

    bundle: Path
    pdf: Path | None
    document_id: str
    resources: int


def default_file_name(chart_number: str, day: str) -> str:
    """'continuity-of-care-fhir_A-1001_2026-03-02.json': kind, chart number, date; no name."""
    chart = re.sub(r"[^A-Za-z0-9._-]+", "-", chart_number).strip("-.")
    return "_".join(part for part in ("continuity-of-care-fhir", chart, day) if part) + ".json"


def export_source(
    db: Database, participant_id: int, clock: Clock, consent_id: int | None = None
) -> ExportSource:
    """Everything the Bundle is built from. The summary is the PDF's own model (its consent
    check and scope); the sessions and scores it gives in detail follow the same scope:
    sessions under attendance, PHQ-9 and GAD-7 under measures, the C-SSRS under risk."""
    summary = documents.continuity_model(db, participant_id, clock, consent_id)
    participant = participants.get(db, participant_id)
    allows = summary.includes
    sessions = (
        tuple(
            mark for mark in caseload.attendance_history(db, participant_id) if mark.status.attended
        )
        if allows(ScopeCategory.ATTENDANCE)
        else ()
    )
    return ExportSource(
        summary=summary,
        made_at=clock.now().astimezone(),
        pdf=continuity.build(summary),
        first_name=participant.first_name,
        last_name=participant.last_name,
        preferred_name=participant.preferred_name,
        phone=participant.phone,
        admission_level=participant.level_of_care,
        sessions=sessions,
        scores=scores_in_scope(scores.measures(db, participant_id), allows),
    )


def scores_in_scope(
    found: list[Measure], allows: Callable[[ScopeCategory], bool]
) -> tuple[Measure, ...]:
    """The scores that count, oldest first, of the instruments the consent allows: those
    whose change is followed under measures (as the PDF), the C-SSRS under risk."""
    chosen: list[Measure] = []
    for instrument in measures.INSTRUMENTS:
        if instrument is C_SSRS:
            wanted = allows(ScopeCategory.RISK)
        else:
            wanted = instrument.follows_change and allows(ScopeCategory.MEASURES)
        if wanted:
            chosen += measures.counted(instrument.name, found)
    return tuple(chosen)


def bundle_json(bundle: dict[str, object], *, indent: int | None = None) -> bytes:
    """The Bundle as UTF-8 JSON: compact for another system (a year of history is about a
    megabyte), indented for people to read (the example in docs/)."""
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(bundle, ensure_ascii=False, indent=indent, separators=separators)
    return (text + "\n").encode("utf-8")


def export_fhir(
    db: Database,
    participant_id: int,
    out_json: Path,
    clock: Clock,
    consent_id: int | None = None,
    pdf_out: Path | None = None,
) -> FhirExport:
    """Build the Bundle, check it (refused with what is missing, nothing written), log the
    disclosure once for both files, then give the files their names."""
    out_json, pdf_out = Path(out_json), None if pdf_out is None else Path(pdf_out)
    _check_paths(out_json, pdf_out)
    source = export_source(db, participant_id, clock, consent_id)
    bundle = build_bundle(source)
    fhir_checks.check_bundle(bundle)
    summary = source.summary
    kinds = Counter(entry["resource"]["resourceType"] for entry in bundle["entry"])
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=summary.consent.id,
        disclosed_at=clock.now(),
        recipient=summary.consent.recipient,
        purpose=summary.consent.purpose,
        what=fhir_disclosed(kinds, pdf_out is not None, bool(source.phone))
        + " "
        + documents.continuity_disclosed(summary),
        document_id=summary.document_id,
    )
    files = [(out_json, bundle_json(bundle))]
    if pdf_out is not None:
        files.append((pdf_out, source.pdf))
    record = common.audited(
        db,
        clock,
        KIND,
        participant_id,
        detail=f"to {disclosure.recipient}; purpose: {disclosure.purpose}",
        then=lambda: clinical.record_disclosure(db, disclosure),
    )
    write_together(db, files, record)
    return FhirExport(out_json, pdf_out, summary.document_id, sum(kinds.values()))


def fhir_disclosed(kinds: Counter[str], with_pdf: bool, with_phone: bool) -> str:
    """The first sentence of the disclosure log's 'what': both files' kinds and the
    resources the Bundle holds (and the phone number, which the PDF does not print)."""
    listed = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    phone = "; the identification includes the phone number" if with_phone else ""
    beside = "; and the PDF as a file of its own" if with_pdf else ""
    return f"FHIR R4 document bundle (JSON: {listed}{phone}; the PDF inside it){beside}."


def _check_paths(out_json: Path, pdf_out: Path | None) -> None:
    for path, words in ((out_json, ".json"), (pdf_out, ".pdf")):
        if path is None:
            continue
        if path.is_dir():
            raise ValidationError(
                messages.text(
                    "{path} is a folder; give a file name ending in {words}.",
                    path=path,
                    words=words,
                ),
                "out",
            )
        if not path.parent.is_dir():
            raise ValidationError(
                messages.text("The folder {parent} does not exist.", parent=path.parent), "out"
            )
    if pdf_out is not None and pdf_out.resolve() == out_json.resolve():
        raise ValidationError(
            messages.text("The PDF and the FHIR bundle need two different file names."), "out"
        )


def write_together(
    db: Database, files: list[tuple[Path, bytes]], record: Callable[[], None]
) -> None:
    """Write every file into a private temporary file beside it (mode 0600), COMMIT `record`,
    then rename each into place: both files carry their disclosure row. A rename that fails
    after the commit takes back the files already renamed (the export stays recorded, as a
    failed rename of one file does in `common.write`), so no file goes out alone."""
    temporaries: list[tuple[Path, str]] = []
    placed: list[Path] = []
    try:
        for out, data in files:
            temporaries.append((out, _temporary(out, data)))
        with db.transaction():
            record()
        # committed: from here on the export is on record, whatever happens to the files
        for out, temporary in temporaries:
            try:
                os.replace(temporary, out)
            except OSError as error:
                for done in placed:
                    done.unlink(missing_ok=True)
                raise ValidationError(
                    messages.text(
                        "The file {out} could not be put in place ({strerror}). The export is "
                        "still recorded in the audit trail and the disclosure log; export it "
                        "again.",
                        out=out,
                        strerror=error.strerror,
                    ),
                    "out",
                ) from None
            placed.append(out)
    finally:
        for _out, temporary in temporaries:
            Path(temporary).unlink(missing_ok=True)


def _temporary(out: Path, data: bytes) -> str:
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=".counselor-desk-", suffix=".tmp", dir=out.parent
        )
    except OSError as error:
        raise ValidationError(
            messages.text(
                "The folder {parent} cannot be written to ({strerror}).",
                parent=out.parent,
                strerror=error.strerror,
            ),
            "out",
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError(
            messages.text(
                "The file {out} could not be written ({strerror}).",
                out=out,
                strerror=error.strerror,
            ),
            "out",
        ) from None
    return temporary
