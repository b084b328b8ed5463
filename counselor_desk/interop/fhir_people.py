"""Who the document is about and who made it: Patient, Practitioner (the counselor) and
Organization (the clinic)."""

from __future__ import annotations

from counselor_desk.interop import codes
from counselor_desk.interop.fhir_base import Entries, Resource, day


def add_organization(entries: Entries) -> None:
    """The clinic, as the counselor profile names it."""
    letterhead = entries.source.summary.letterhead
    organization: Resource = {
        "resourceType": "Organization",
        "active": True,
        "name": letterhead.clinic_name,
    }
    if letterhead.clinic_phone:
        organization["telecom"] = [
            {"system": "phone", "value": letterhead.clinic_phone, "use": "work"}
        ]
    if letterhead.clinic_address:
        organization["address"] = [{"use": "work", "text": letterhead.clinic_address}]
    entries.organization = entries.add(organization, "clinic")


def add_practitioner(entries: Entries) -> None:
    """The counselor: name, NPI when the profile has one, credentials and license number as a
    qualification. US Core's profile is claimed only with an identifier (it needs one)."""
    signer = entries.source.summary.signer
    letterhead = entries.source.summary.letterhead
    words = signer.name.split()
    name: Resource = {"use": "official", "text": signer.full}
    if words:
        name["family"] = words[-1]
    if len(words) > 1:
        name["given"] = words[:-1]
    practitioner: Resource = {"resourceType": "Practitioner", "active": True, "name": [name]}
    if signer.npi:
        practitioner["identifier"] = [
            {
                "type": codes.concept(
                    "National provider identifier",
                    codes.coding(codes.V2_IDENTIFIER_TYPE, "NPI", "National provider identifier"),
                ),
                "system": codes.NPI,
                "value": signer.npi,
            }
        ]
    if letterhead.clinic_phone:
        practitioner["telecom"] = [
            {"system": "phone", "value": letterhead.clinic_phone, "use": "work"}
        ]
    if signer.credentials or signer.license_number:
        qualification: Resource = {"code": codes.concept(signer.credentials or "State license")}
        if signer.license_number:
            qualification["identifier"] = [{"value": signer.license_number}]
        practitioner["qualification"] = [qualification]
    entries.practitioner = entries.add(practitioner, "counselor", profile=bool(signer.npi))


def add_patient(entries: Entries) -> None:
    """The participant: chart number under the clinic's system, legal (and preferred) name,
    date of birth, phone. No gender: the app does not record one (docs/INTEROP.md)."""
    source = entries.source
    identity = source.summary.identity
    names: list[Resource] = [
        _name("official", source.first_name, source.last_name),
    ]
    if source.preferred_name and source.preferred_name != source.first_name:
        names.append(_name("usual", source.preferred_name, source.last_name))
    patient: Resource = {
        "resourceType": "Patient",
        "identifier": [
            {
                "use": "usual",
                "type": codes.concept(
                    "Chart number",
                    codes.coding(codes.V2_IDENTIFIER_TYPE, "MR", "Medical record number"),
                ),
                "system": entries.system("chart-number"),
                "value": identity.chart_number,
                "assigner": {"display": entries.clinic},
            }
        ],
        "active": True,
        "name": names,
        "birthDate": day(identity.date_of_birth),
        "managingOrganization": dict(entries.organization),
    }
    if source.phone:
        patient["telecom"] = [{"system": "phone", "value": source.phone}]
    # US Core's Patient profile makes gender mandatory, so it is not claimed (codes.PROFILES).
    entries.patient = entries.add(patient, "patient")


def _name(use: str, given: str, family: str) -> Resource:
    found: Resource = {"use": use, "text": f"{given} {family}".strip()}
    if family:
        found["family"] = family
    if given:
        found["given"] = [given]
    return found
