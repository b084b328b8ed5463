"""What makes the Bundle a disclosure: the Consent it is made under and the DocumentReference
carrying the continuity-of-care PDF itself."""

from __future__ import annotations

import base64
import hashlib

from counselor_desk.domain import consent_scope
from counselor_desk.interop import codes
from counselor_desk.interop.fhir_base import Entries, Resource, day, instant, narrative

Listed = tuple[list[dict[str, str]], list[str]]

REVOCATION = (
    "The participant may revoke this consent at any time, except where action has already "
    "been taken on it."
)


def add_consent(entries: Entries) -> Listed:
    """The consent the disclosure is made under: who signed it and when, the recipient, the
    purpose, the categories of information it allows, its period and expiry (42 CFR 2.31)."""
    consent = entries.source.summary.consent
    recipient = consent.recipient + (
        f" ({consent.recipient_address})" if consent.recipient_address else ""
    )
    period: Resource = {"start": day(consent.signed_date)}
    if consent.expiry_date is not None:
        period["end"] = day(consent.expiry_date)
    allowed = consent_scope.ordered(consent.scope)
    words = [
        f"Signed on {day(consent.signed_date)} by {consent.signer_words}, for disclosure to "
        f"{recipient}.",
        f"Purpose: {consent.purpose}.",
        f"Information it allows: {consent_scope.in_words(allowed)}.",
        f"It {consent.expiry_in_words()}.",
        REVOCATION,
    ]
    resource: Resource = {
        "resourceType": "Consent",
        "text": narrative(*words),
        "status": "active",
        "scope": codes.concept(
            "Privacy consent",
            codes.coding(codes.CONSENT_SCOPE, "patient-privacy", "Privacy Consent"),
        ),
        "category": [
            codes.concept(
                "Information disclosure",
                codes.coding(codes.V3_ACT_CODE, "IDSCL", "information disclosure"),
            ),
            codes.concept("Patient consent", codes.coding(codes.LOINC, *codes.PATIENT_CONSENT)),
        ],
        "patient": dict(entries.patient),
        "dateTime": day(consent.signed_date),
        "performer": [dict(entries.patient)]
        if not consent.signed_by
        else [{"display": consent.signed_by}],
        "organization": [dict(entries.organization)],
        "policy": [
            {"uri": codes.PART2_POLICY_URI if entries.part2 else codes.HIPAA_AUTHORIZATION_URI}
        ],
        "provision": {
            "type": "permit",
            "period": period,
            "actor": [
                {
                    "role": codes.concept(
                        "Information recipient",
                        codes.coding(codes.V3_PARTICIPATION, "IRCP", "information recipient"),
                    ),
                    "reference": {"display": recipient},
                }
            ],
            "purpose": [{"display": consent.purpose}],
            "code": [
                codes.concept(
                    category.label,
                    codes.coding(codes.CONSENT_CATEGORY_SYSTEM, category.value, category.label),
                )
                for category in allowed
            ],
        },
    }
    ref = entries.add(resource, f"consent-{consent.id}")
    return [ref], words


def add_document_reference(entries: Entries) -> Listed:
    """The continuity-of-care PDF itself: base64, with its size and SHA-1 hash (as FHIR's
    Attachment defines them), under the document ID every page prints."""
    source = entries.source
    summary = source.summary
    data = source.pdf
    context: Resource = {"period": {"start": day(summary.service_start)}}
    if summary.service_end is not None:
        context["period"]["end"] = day(summary.service_end)
    document: Resource = {
        "resourceType": "DocumentReference",
        "masterIdentifier": {"system": entries.system("document"), "value": source.document_id},
        "status": "current",
        "docStatus": "final",
        "type": codes.concept(
            "Continuity-of-care summary", codes.coding(codes.LOINC, *codes.SUMMARY_NOTE)
        ),
        "category": [
            codes.concept(
                "Clinical note",
                codes.coding(codes.DOCUMENT_CATEGORY, "clinical-note", "Clinical Note"),
            )
        ],
        "subject": dict(entries.patient),
        "date": instant(source.made_at),
        "author": [dict(entries.practitioner)],
        "custodian": dict(entries.organization),
        "description": f"Continuity-of-care summary (PDF) for {summary.consent.recipient}",
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": "en-US",
                    "data": base64.b64encode(data).decode("ascii"),
                    "size": len(data),
                    "hash": base64.b64encode(hashlib.sha1(data).digest()).decode("ascii"),
                    "title": f"Continuity-of-care summary, chart {summary.identity.chart_number}",
                    "creation": instant(source.made_at),
                },
                "format": codes.coding(
                    codes.IHE_FORMAT,
                    "urn:ihe:iti:xds:2017:mimeTypeSufficient",
                    "mimeType Sufficient",
                ),
            }
        ],
        "context": context,
    }
    if entries.part2:
        document["securityLabel"] = [codes.concept("", dict(label)) for label in codes.PART2_LABELS]
    ref = entries.add(document, "pdf")
    return [ref], [f"The continuity-of-care summary as PDF ({len(data):,} bytes)"]
