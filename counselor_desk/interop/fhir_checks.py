"""The checks a FHIR Bundle passes before it leaves the machine.

1. Structure and types: the whole Bundle parsed by the `fhir.resources` R4B models (every
   element known, of its type, cardinalities, primitive formats: dates, ids, uris, base64).
2. What US Core 6.1 makes mandatory in each resource kind the export uses, and the code
   systems the export promises (fhir_us_core.py).
3. The document rules: Composition first, every fullUrl a unique urn:uuid matching its
   resource's id, every reference resolving inside the Bundle, the PDF's size and hash.
4. Part 2: a Bundle labelled 42CFRPart2 carries every label on every resource and the notice
   against redisclosure in its Composition; an unlabelled one carries none.

Not checked (docs/INTEROP.md): codes against a terminology server (a LOINC or SNOMED code is
checked for its system only), FHIRPath invariants beyond those above, and the full US Core
profiles (slicing, must-support, value-set bindings). `fhir.resources` is imported only when
a check runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from counselor_desk.domain.errors import ValidationError
from counselor_desk.interop import codes, fhir_us_core
from counselor_desk.reports.model import PART2_NOTICE

Resource = dict[str, Any]
#: How many problems the refusal names (the rest are counted).
SHOWN = 12


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong: the resource (in words), the element, what is wrong with it."""

    resource: str
    element: str
    message: str

    @property
    def words(self) -> str:
        return f"{self.resource}: {self.element} {self.message}"


def check_bundle(bundle: Resource) -> None:
    """Refuse (ValidationError, field 'fhir') a Bundle that fails any check, naming each
    resource and element; nothing is written by the caller then."""
    found = problems(bundle)
    if not found:
        return
    shown = "; ".join(problem.words for problem in found[:SHOWN])
    more = f"; and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    raise ValidationError(
        f"The FHIR bundle did not pass its checks, so nothing was written or disclosed: "
        f"{shown}{more}.",
        "fhir",
        [(problem.element, problem.words) for problem in found],
    )


def problems(bundle: Resource) -> list[Problem]:
    """Every problem of the Bundle, in the order of its entries; an element is named once
    (the models and the project's checks may both find it)."""
    found = structure(bundle)
    found += document_rules(bundle)
    for resource in resources(bundle):
        kind = str(resource.get("resourceType"))
        check = fhir_us_core.RESOURCE_CHECKS.get(kind)
        listed = list(check(resource)) if check is not None else []
        listed += fhir_us_core.bound_codes(kind, resource)
        found += [Problem(describe(resource), element, message) for element, message in listed]
    found += references(bundle)
    found += labels(bundle)
    seen: set[tuple[str, str]] = set()
    unique = []
    for problem in found:
        if (problem.resource, problem.element) not in seen:
            seen.add((problem.resource, problem.element))
            unique.append(problem)
    return unique


def resources(bundle: Resource) -> list[Resource]:
    entries = bundle.get("entry")
    if not isinstance(entries, list):
        return []
    return [
        entry["resource"]
        for entry in entries
        if isinstance(entry, dict) and isinstance(entry.get("resource"), dict)
    ]


# -- 1. structure and types (fhir.resources) --------------------------------------------------


def structure(bundle: Resource) -> list[Problem]:
    """The Bundle parsed by the R4B models; each error as a problem of its resource."""
    from fhir.resources.R4B.bundle import Bundle  # ~200 ms to import: only when checking
    from pydantic import ValidationError as ModelError

    try:
        Bundle.model_validate(bundle)
    except ModelError as error:
        return [_model_problem(bundle, item) for item in error.errors()]
    return []


def _model_problem(bundle: Resource, error: Any) -> Problem:
    location = list(error.get("loc", ()))
    resource: Resource | None = None
    if len(location) >= 3 and location[0] == "entry" and location[2] == "resource":
        entries = bundle.get("entry") or []
        index = location[1]
        if isinstance(index, int) and index < len(entries) and isinstance(entries[index], dict):
            found = entries[index].get("resource")
            resource = found if isinstance(found, dict) else None
        location = location[3:]
    element = _path(location) or "the resource"
    kind = str(error.get("type", ""))
    message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
    if kind.endswith("missing"):
        message = "is missing"
    elif kind == "extra_forbidden":
        message = "is not an element FHIR R4 defines here"
    elif message.startswith(("Date value", "DateTime value", "Instant value", "Time value")):
        shown = str(error.get("input", ""))[:40]
        what = message.split(" value")[0].replace("DateTime", "dateTime").lower()
        what = "dateTime" if what == "datetime" else what
        message = f"is '{shown}', not a FHIR {what} (like {_EXAMPLES.get(what, '2026-03-02')})"
    else:
        message = f"is not valid ({message.rstrip('.')})"
    return Problem(describe(resource) if resource is not None else "Bundle", element, message)


_EXAMPLES = {
    "date": "2026-03-02",
    "dateTime": "2026-03-02 or 2026-03-02T09:00:00-06:00",
    "instant": "2026-03-02T09:00:00-06:00",
    "time": "09:00:00",
}


def _path(location: list[Any]) -> str:
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


# -- words for a resource --------------------------------------------------------------------


def describe(resource: Resource) -> str:
    """A resource as the counselor can find it: its kind and what it is about."""
    kind = str(resource.get("resourceType", "A resource"))
    about = ""
    if kind in ("Condition", "AllergyIntolerance", "Observation"):
        about = _text(resource.get("code"))
        when = resource.get("effectiveDateTime")
        if kind == "Observation" and isinstance(when, str):
            about = f"{about}, {when}" if about else when
    elif kind == "MedicationStatement":
        about = _text(resource.get("medicationCodeableConcept"))
    elif kind == "Goal":
        about = _text(resource.get("description"))
    elif kind in ("Encounter", "EpisodeOfCare"):
        period = resource.get("period")
        about = str(period.get("start", "")) if isinstance(period, dict) else ""
    elif kind == "Practitioner":
        about = "the counselor"
    elif kind == "Organization":
        about = "the clinic"
    elif kind == "DocumentReference":
        about = "the PDF"
    return f"{kind} ({about})" if about else kind


def _text(concept: object) -> str:
    if not isinstance(concept, dict):
        return ""
    text = concept.get("text")
    if isinstance(text, str) and text:
        return text[:60]
    for coding in concept.get("coding") or []:
        if isinstance(coding, dict) and coding.get("code"):
            return str(coding.get("display") or coding["code"])
    return ""


# -- 3. the document ---------------------------------------------------------------------------


def document_rules(bundle: Resource) -> list[Problem]:
    found = []
    if bundle.get("resourceType") != "Bundle":
        return [Problem("The file", "resourceType", "is not Bundle")]
    if bundle.get("type") != "document":
        found.append(Problem("Bundle", "type", "is not document"))
    identifier = bundle.get("identifier")
    if (
        not isinstance(identifier, dict)
        or not identifier.get("system")
        or not identifier.get("value")
    ):
        found.append(
            Problem("Bundle", "identifier", "needs its system and value (the document ID)")
        )
    if not bundle.get("timestamp"):
        found.append(Problem("Bundle", "timestamp", "is missing"))
    listed = resources(bundle)
    if not listed or listed[0].get("resourceType") != "Composition":
        found.append(Problem("Bundle", "entry[0]", "is not the Composition"))
    seen: set[str] = set()
    for position, entry in enumerate(bundle.get("entry") or []):
        url = entry.get("fullUrl") if isinstance(entry, dict) else None
        resource = entry.get("resource") if isinstance(entry, dict) else None
        who = describe(resource) if isinstance(resource, dict) else f"entry[{position}]"
        if not isinstance(url, str) or not url.startswith("urn:uuid:"):
            found.append(Problem(who, "fullUrl", "is not a urn:uuid"))
            continue
        if url in seen:
            found.append(Problem(who, "fullUrl", "is used by another entry too"))
        seen.add(url)
        if isinstance(resource, dict) and resource.get("id") != url.removeprefix("urn:uuid:"):
            found.append(Problem(who, "id", "does not match its fullUrl"))
    return found


def references(bundle: Resource) -> list[Problem]:
    """Every reference of every resource names an entry of the Bundle."""
    urls = {entry.get("fullUrl") for entry in bundle.get("entry") or [] if isinstance(entry, dict)}
    found = []
    for resource in resources(bundle):
        for path, target in _references(resource, ""):
            if target not in urls:
                found.append(
                    Problem(
                        describe(resource), path, f"points at {target}, which is not in the bundle"
                    )
                )
    return found


def _references(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, item in value.items():
            where = f"{path}.{name}" if path else name
            if name == "reference" and isinstance(item, str):
                yield path or name, item
            else:
                yield from _references(item, where)
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from _references(item, f"{path}[{position}]")


# -- 4. Part 2 ---------------------------------------------------------------------------------


def _label_codes(meta: object) -> set[tuple[str, str]]:
    security = meta.get("security") if isinstance(meta, dict) else None
    return {
        (str(label.get("system")), str(label.get("code")))
        for label in security or []
        if isinstance(label, dict)
    }


PART2_CODES = {(label["system"], label["code"]) for label in codes.PART2_LABELS}


def labels(bundle: Resource) -> list[Problem]:
    """The Part 2 labels on the Bundle and on every resource, or on none of them; the notice
    in the Composition's text when they are there."""
    part2 = (codes.V3_ACT_CODE, "42CFRPart2") in _label_codes(bundle.get("meta"))
    found = []
    if part2 and not _label_codes(bundle.get("meta")) >= PART2_CODES:
        found.append(Problem("Bundle", "meta.security", "lacks some of the 42 CFR Part 2 labels"))
    for resource in resources(bundle):
        carried = _label_codes(resource.get("meta"))
        if part2 and not carried >= PART2_CODES:
            missing = sorted(code for _system, code in PART2_CODES - carried)
            found.append(
                Problem(
                    describe(resource),
                    "meta.security",
                    f"lacks the Part 2 label(s) {', '.join(missing)}",
                )
            )
        elif not part2 and carried & PART2_CODES:
            found.append(
                Problem(
                    describe(resource), "meta.security", "carries Part 2 labels the bundle does not"
                )
            )
        if part2 and resource.get("resourceType") == "Composition":
            text = resource.get("text")
            div = text.get("div") if isinstance(text, dict) else ""
            if PART2_NOTICE not in str(div):
                found.append(
                    Problem(
                        "Composition", "text", "lacks the notice against redisclosure (42 CFR 2.32)"
                    )
                )
    return found


def resource_problems(resource: Resource) -> list[Problem]:
    """One resource parsed by its R4B model (a resource read from another system's Bundle)."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError as ModelError

    kind = str(resource.get("resourceType", ""))
    try:
        model = get_fhir_model_class(kind)
    except ValueError:
        return [Problem(describe(resource), "resourceType", "is not a FHIR R4 resource type")]
    try:
        model.model_validate(resource)
    except ModelError as error:
        wrapped = {"entry": [{"resource": resource}]}
        return [
            _model_problem(wrapped, {**item, "loc": ("entry", 0, "resource", *item["loc"])})
            for item in error.errors()
        ]
    return []
