"""The continuity-of-care summary for the receiving provider (a disclosure under consent)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent
from counselor_desk.reports.base import (
    BODY,
    NOTICE,
    SMALL,
    SUBTITLE,
    TITLE,
    body,
    data_table,
    day,
    fields_table,
    frame_width,
    heading,
    hours,
    participant_pages,
    render,
    signature_block,
    signed_electronically,
    subheading,
)
from counselor_desk.reports.discharge import (
    attendance_sentence,
    goals_section,
    level_text,
    referrals_table,
    services_table,
)
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.measures import measures_section, safety_lines
from counselor_desk.reports.model import PART2_NOTICE, ContinuityOfCare, SessionSummary
from counselor_desk.reports.text import markup

TITLE_TEXT = "Continuity-of-Care Summary"


def session_block(item: SessionSummary) -> list[Flowable]:
    late = "  ·  late entry" if item.late_entry else ""
    head = (
        f"{day(item.session_date)} {item.start_time:%H:%M}  ·  {item.service_type.label}  ·  "
        f"{item.duration_minutes} min"
    )
    signed = "" if item.signed_at is None else f"{item.signed_at:%Y-%m-%d %H:%M}"
    risk = "" if item.risk is None else f"Risk screen: {item.risk.label}  ·  "
    parts: list[Flowable] = [
        subheading(head),
        Paragraph(markup(f"{risk}signed by {item.signed_by} {signed}{late}"), SMALL),
        *body(item.text),
    ]
    for addendum in item.addenda:
        parts.append(
            Paragraph(
                markup(
                    f"Addendum by {addendum.author}, {addendum.created_at:%Y-%m-%d %H:%M} "
                    f"(reason: {addendum.reason})"
                ),
                SMALL,
            )
        )
        parts += body(addendum.text)
    return parts


def left_out_sentence(model: ContinuityOfCare) -> str:
    """What the summary does not carry because the consent does not allow it ("" if none)."""
    if not model.left_out:
        return ""
    return f"Not included (outside the consent's scope): {consent_scope.in_words(model.left_out)}."


def _problems_and_diagnoses(model: ContinuityOfCare, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        heading("Problems and diagnoses"),
        *body(model.presenting_problems, "No presenting problems recorded."),
    ]
    if model.diagnoses:
        parts.append(
            data_table(
                ["ICD-10", "Diagnosis"],
                [[item.code, item.description or "–"] for item in model.diagnoses],
                [width * 0.16, width * 0.84],
            )
        )
    else:
        parts.append(Paragraph("No diagnosis recorded.", SMALL))
    return parts


def _medications(model: ContinuityOfCare) -> list[Flowable]:
    return [
        heading("Medications and allergies (as reported)"),
        subheading("Current medications"),
        *body(model.medications, "None reported."),
        subheading("Allergies"),
        *body(model.allergies, "None reported."),
    ]


def _treatment_course(model: ContinuityOfCare, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        heading("Treatment course and attendance"),
        Paragraph(
            markup(
                f"{model.program_weeks} program week(s) in {model.program_name}; "
                f"{hours(sum(line.minutes for line in model.services))} hours of service attended."
            ),
            BODY,
        ),
        services_table(model.services, width),
        Spacer(1, 6),
        Paragraph(markup(attendance_sentence(model.attendance)), BODY),
    ]
    for change in model.level_changes:
        why = f" ({change.reason})" if change.reason else ""
        parts.append(
            Paragraph(
                markup(
                    f"Level of care changed to {level_text(change.level_of_care)} "
                    f"on {day(change.effective_date)}{why}."
                ),
                BODY,
            )
        )
    return parts


def _latest_risk(model: ContinuityOfCare) -> list[Flowable]:
    """The risk screen of the latest signed note, then the C-SSRS, safety plan and flags."""
    parts: list[Flowable] = [heading("Risk and safety")]
    risk = model.latest_risk
    if risk is None:
        parts.append(Paragraph("No signed session note with a risk screen.", SMALL))
    else:
        parts.append(
            Paragraph(
                markup(
                    f"Suicidal / homicidal ideation: {risk.risk.label} "
                    f"(session of {day(risk.session_date)}, signed by {risk.signed_by})."
                ),
                BODY,
            )
        )
        if risk.detail.strip():
            parts += body(risk.detail)
    if model.safety is not None:
        parts += safety_lines(model.safety)
    return parts


def _sessions(model: ContinuityOfCare) -> list[Flowable]:
    parts: list[Flowable] = [heading("Recent session summaries")]
    if not model.recent_sessions:
        return [*parts, Paragraph("No signed session notes.", SMALL)]
    for item in model.recent_sessions:
        parts += session_block(item)
    return parts


def _plan(model: ContinuityOfCare, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        heading("Plan of treatment and scheduled follow-up"),
        *body(model.aftercare_plan),
    ]
    if model.referrals:
        parts.append(referrals_table(model.referrals, width))
    else:
        parts.append(Paragraph("No follow-up appointment recorded.", SMALL))
    return parts


def consent_section(
    consent: Consent, left_out: Sequence[ScopeCategory], width: float, columns: int = 1
) -> list[Flowable]:
    """The consent a disclosure was made under, and what its scope left out."""
    expiry = consent.expiry_terms() if consent.has_expiry else "no expiry date"
    information = consent_scope.in_words(consent.scope)
    if consent.scope_as_written:
        information += f" (as written on the form: {consent.scope_as_written})"
    rows = [
        (
            "Disclosed to",
            consent.recipient
            + (f", {consent.recipient_address}" if consent.recipient_address else ""),
        ),
        ("Purpose", consent.purpose),
        ("Information", information),
        ("Not included", consent_scope.in_words(list(left_out)) if left_out else "–"),
        ("Signed", day(consent.signed_date)),
        ("Expires", expiry),
        ("Consent id", str(consent.id)),
    ]
    return [
        heading("Consent for this disclosure"),
        fields_table(rows, width, columns=columns),
        Paragraph(
            "The participant may revoke this consent at any time, except where action has "
            "already been taken on it.",
            SMALL,
        ),
    ]


def story(model: ContinuityOfCare) -> list[Flowable]:
    """The summary's sections: those of the consent's categories only, and a line naming the
    categories left out."""
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    consent = model.consent
    parts: list[Flowable] = [
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph(
            markup(f"For {consent.recipient}  ·  prepared {day(model.generated_on)}"), SUBTITLE
        ),
    ]
    if model.substance_use:
        parts.append(
            Paragraph(
                markup(
                    f"{PART2_NOTICE} These records come from a federally assisted substance-use "
                    "treatment program and are disclosed under the participant's written consent "
                    "(below). Any further disclosure is prohibited unless expressly permitted by "
                    "that consent or by 42 CFR part 2."
                ),
                NOTICE,
            )
        )
    if left_out_sentence(model):
        parts.append(Paragraph(markup(left_out_sentence(model)), BODY))
    end = "ongoing" if model.service_end is None else day(model.service_end)
    letterhead = model.letterhead
    contact = ", ".join(
        part for part in (letterhead.clinic_phone, letterhead.clinic_address) if part
    )
    period = [
        ("Name", model.identity.name),
        ("Date of birth", day(model.identity.date_of_birth)),
        ("Chart number", model.identity.chart_number),
        ("Service period", f"{day(model.service_start)} to {end}"),
        ("Current level", level_text(model.current_level)),
    ]
    if model.includes(ScopeCategory.DISCHARGE_PLAN):
        period += [
            ("Recommended next", level_text(model.recommended_level)),
            (
                "Discharge reason",
                "–" if model.discharge_reason is None else model.discharge_reason.label,
            ),
        ]
    period.append(("Program", model.program_name))
    parts += [
        heading("Patient and service period"),
        fields_table(period, width),
        heading("Counselor and program"),
        fields_table(
            [
                ("Counselor", model.signer.full),
                ("Clinic", letterhead.clinic_name),
                ("Program", model.program_name),
                ("Contact", contact),
            ],
            width,
        ),
    ]
    if model.includes(ScopeCategory.DIAGNOSES):
        parts += _problems_and_diagnoses(model, width)
    if model.includes(ScopeCategory.MEDICATIONS):
        parts += _medications(model)
    if model.includes(ScopeCategory.ATTENDANCE):
        parts += _treatment_course(model, width)
    if model.includes(ScopeCategory.TREATMENT_PLAN):
        parts += [heading("Goals and status"), *goals_section(model.goals)]
    if model.includes(ScopeCategory.MEASURES):
        parts.append(KeepTogether([heading("Measures"), *measures_section(model.measures, width)]))
    if model.includes(ScopeCategory.RISK):
        parts += _latest_risk(model)
    if model.includes(ScopeCategory.SESSION_NOTES):
        parts += _sessions(model)
    if model.includes(ScopeCategory.DISCHARGE_PLAN):
        parts += _plan(model, width)
    parts += [
        *consent_section(model.consent, model.left_out, width),
        heading("Prepared by"),
        *signature_block(
            model.signer.full, signed_electronically(model.signer.full, model.generated_on), width
        ),
    ]
    return parts


def build(model: ContinuityOfCare) -> bytes:
    """The continuity-of-care summary as PDF bytes."""
    decor = participant_pages(
        model.letterhead, TITLE_TEXT, model.identity, substance_use=model.substance_use
    )
    return render(
        decor,
        story(model),
        title=f"Continuity-of-care summary – chart {model.identity.chart_number}",
        author=model.signer.full,
        subject=f"Continuity-of-care summary for {model.consent.recipient}",
    )
