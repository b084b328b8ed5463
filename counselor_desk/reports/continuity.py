"""The continuity-of-care summary for the receiving provider (a disclosure under consent).

Its document ID prints at the foot of every page and is kept on the disclosure log's row, so
a page in the receiving provider's hands leads back to the disclosure."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent, DischargeAmendment, RiskLevel
from counselor_desk.reports.base import (
    BODY,
    NOTICE,
    SMALL,
    SUBTITLE,
    TITLE,
    WARN,
    body,
    closing,
    data_table,
    day,
    fields_table,
    frame_width,
    heading,
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
from counselor_desk.reports.fonts import BOLD, register_fonts
from counselor_desk.reports.letter import hours_minutes
from counselor_desk.reports.measures import measures_section, safety_lines
from counselor_desk.reports.model import (
    PART2_NOTICE,
    ContinuityOfCare,
    RiskScreen,
    SafetyPlanCopy,
    SessionSummary,
)
from counselor_desk.reports.text import markup, paragraphs

TITLE_TEXT = "Continuity-of-Care Summary"
PRESENT = (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN)
RISK_SHADE = colors.HexColor("#FBECEC")
RISK_HEAD = ParagraphStyle("risk-head", parent=BODY, fontName=BOLD, textColor=WARN)
RISK_FLAG = ParagraphStyle("risk-flag", parent=SMALL, fontName=BOLD, textColor=WARN)


# -- a note that goes on over a page break ----------------------------------------------------


class ContinuedBlock(Flowable):  # type: ignore[misc]
    """Flowables that read as one block (a session note): when they go on over a page
    break, the next page starts with `continued` (the note's date and '(continued)').

    Like KeepTogether it always asks to be split: `split` hands the frame the flowables that
    fit, then itself again for the rest, which begins with the continued heading."""

    def __init__(self, content: Sequence[Flowable], continued: str) -> None:
        super().__init__()
        self._content = list(content)
        self._continued = continued

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # always split (laid out piece by piece)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        fitted: list[Flowable] = []
        room = available_height
        for position, item in enumerate(self._content):
            needed = _height(item, available_width, room)
            if needed <= room:
                fitted.append(item)
                room -= needed
                continue
            first, rest = _cut(item, available_width, room)
            if first is not None:
                fitted.append(first)
            if len(fitted) < 2:
                # a heading alone would end the page: the block moves to the next one; one
                # that does not start even on a fresh page is laid out as it is
                return list(self._content) if at_top else []
            heading_again = subheading(self._continued)
            remainder = [*rest, *self._content[position + 1 :]]
            return [*fitted, ContinuedBlock([heading_again, *remainder], self._continued)]
        return fitted

    def draw(self) -> None:  # never drawn itself: always split into its content
        return None


def _height(item: Flowable, width: float, room: float) -> float:
    """The height an item takes in a frame, its space before and after counted in full."""
    _width, height = item.wrap(width, room)
    return float(height + item.getSpaceBefore() + item.getSpaceAfter())


def _cut(item: Flowable, width: float, room: float) -> tuple[Flowable | None, list[Flowable]]:
    """`item` split into what fits in `room` and the rest; (None, [item]) when none fits."""
    if getattr(item, "keepWithNext", 0):
        return None, [item]  # a heading is never the last line of a page
    spacing = item.getSpaceBefore() + item.getSpaceAfter()
    pieces: list[Flowable] = list(item.split(width, room - spacing))
    if len(pieces) < 2 or _height(pieces[0], width, room) > room:
        return None, [item]
    return pieces[0], pieces[1:]


# -- sections -----------------------------------------------------------------------------


def session_block(item: SessionSummary) -> list[Flowable]:
    """One signed note: its heading, who signed it, its text and its addenda; a note that
    goes on over a page break repeats its date on the next page."""
    late = "  ·  late entry" if item.late_entry else ""
    head = (
        f"{day(item.session_date)} {item.start_time:%H:%M}  ·  {item.service_type.label}  ·  "
        f"{item.duration_minutes} min"
    )
    signed = "" if item.signed_at is None else f"{item.signed_at:%Y-%m-%d %H:%M}"
    parts: list[Flowable] = [subheading(head)]
    if item.risk in PRESENT:
        parts.append(Paragraph(markup(f"Risk screen: {item.risk.label}"), RISK_FLAG))
        meta = f"signed by {item.signed_by} {signed}{late}"
    else:
        risk = "" if item.risk is None else f"Risk screen: {item.risk.label}  ·  "
        meta = f"{risk}signed by {item.signed_by} {signed}{late}"
    parts += [Paragraph(markup(meta), SMALL), *body(item.text)]
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
    continued = f"{day(item.session_date)} {item.start_time:%H:%M} (continued)"
    return [ContinuedBlock(parts, continued)]


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
    minutes = sum(line.minutes for line in model.services)
    attended = f"{hours_minutes(minutes)} hours ({minutes:,} minute{'' if minutes == 1 else 's'})"
    parts: list[Flowable] = [
        KeepTogether(
            [
                heading("Treatment course and attendance"),
                Paragraph(
                    markup(
                        f"{model.program_weeks} program week(s) in {model.program_name}; "
                        f"{attended} of service attended."
                    ),
                    BODY,
                ),
                services_table(model.services, width),
                Spacer(1, 6),
                Paragraph(markup(attendance_sentence(model.attendance)), BODY),
            ]
        )
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


def risk_box(screen: RiskScreen, width: float, latest: bool = True) -> Flowable:
    """A 'present' risk screen as a red box with its date: it must not read as body text."""
    which = "Latest risk screen" if latest else "Earlier risk screen"
    content: list[Flowable] = [
        Paragraph(
            markup(
                f"RISK PRESENT ({which}). Suicidal / homicidal ideation: {screen.risk.label} "
                f"(session of {day(screen.session_date)}, signed by {screen.signed_by})."
            ),
            RISK_HEAD,
        ),
        *paragraphs(screen.detail, BODY),
    ]
    box = Table([[content]], colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, WARN),
                ("BACKGROUND", (0, 0), (-1, -1), RISK_SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def _latest_risk(model: ContinuityOfCare, width: float) -> list[Flowable]:
    """The risk screen of the latest signed note (a present one boxed in red), any present
    screen in the weeks before it, then the C-SSRS, safety plan and flags."""
    parts: list[Flowable] = [heading("Risk and safety")]
    risk = model.latest_risk
    if risk is None:
        parts.append(Paragraph("No signed session note with a risk screen.", SMALL))
    elif risk.risk in PRESENT:
        parts += [risk_box(risk, width), Spacer(1, 6)]
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
    for earlier in model.present_risks:
        parts += [risk_box(earlier, width, latest=False), Spacer(1, 6)]
    if model.safety is not None:
        parts += safety_lines(model.safety)
    return [KeepTogether(parts)]


def _condition(model: ContinuityOfCare) -> list[Flowable]:
    return [
        heading("Condition at discharge"),
        *body(model.condition_at_discharge, "No condition at discharge recorded."),
    ]


def _plan_steps(plan: SafetyPlanCopy) -> list[Flowable]:
    """The safety plan's steps as the participant wrote them (an empty step says so)."""
    parts: list[Flowable] = [
        subheading(f"Safety plan (version {plan.version}, saved {day(plan.saved_on)})")
    ]
    for step in plan.sections:
        parts.append(subheading(f"{step.number}. {step.heading}"))
        parts += body(step.text, "Left empty in the plan.")
    return parts


def _relapse_and_safety(model: ContinuityOfCare) -> list[Flowable]:
    """The relapse-prevention plan (discharge plan) and the safety plan's steps (risk), each
    only when the consent allows it; the heading names what the section holds. (No safety
    plan on file is said once, in the risk section.)"""
    relapse = model.includes(ScopeCategory.DISCHARGE_PLAN)
    plan = model.safety_plan if model.includes(ScopeCategory.RISK) else None
    if not relapse and plan is None:
        return []
    if relapse and plan is not None:
        parts: list[Flowable] = [
            heading("Relapse-prevention and safety plan"),
            subheading("Relapse-prevention plan"),
        ]
    else:
        parts = [heading("Relapse-prevention plan" if relapse else "Safety plan")]
    if relapse:
        parts += body(model.relapse_prevention_plan, "No relapse-prevention plan recorded.")
    if plan is not None:
        parts += _plan_steps(plan)
    return parts


def _sessions(model: ContinuityOfCare) -> list[Flowable]:
    parts: list[Flowable] = [heading("Recent session summaries")]
    if not model.recent_sessions:
        return [*parts, Paragraph("No signed session notes.", SMALL)]
    for item in model.recent_sessions:
        parts += session_block(item)
    return parts


def amendments_lines(amendments: Sequence[DischargeAmendment]) -> list[Flowable]:
    """Amendments of the signed discharge summary to what this summary carries."""
    if not amendments:
        return []
    parts: list[Flowable] = [subheading("Amendments to the signed discharge summary")]
    for item in amendments:
        parts.append(
            Paragraph(
                markup(
                    f"{item.field_label}: amended on {item.created_at:%Y-%m-%d %H:%M} by "
                    f"{item.author} (reason: {item.reason})"
                ),
                SMALL,
            )
        )
        parts += body(item.text)
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
    return parts + amendments_lines(model.discharge_amendments)


def consent_section(
    consent: Consent,
    left_out: Sequence[ScopeCategory],
    width: float,
    columns: int = 1,
    document_id: str = "",
) -> list[Flowable]:
    """The consent a disclosure was made under (who signed it and when), what its scope left
    out, and the disclosed document's ID."""
    expiry = consent.expiry_terms() if consent.has_expiry else "no expiry date"
    information = consent_scope.in_words(consent.scope)
    if consent.scope_as_written:
        information += f" (as written on the form: {consent.scope_as_written})"
    signer = consent.signer_words
    rows = [
        (
            "Disclosed to",
            consent.recipient
            + (f", {consent.recipient_address}" if consent.recipient_address else ""),
        ),
        ("Purpose", consent.purpose),
        ("Information", information),
        ("Not included", consent_scope.in_words(list(left_out)) if left_out else "–"),
        ("Signed by", signer[:1].upper() + signer[1:]),
        ("Signed on", day(consent.signed_date)),
        ("Expires", expiry),
        ("Consent id", str(consent.id)),
    ]
    if document_id:
        rows.append(("Document ID", document_id))
    return [
        heading("Consent for this disclosure"),
        fields_table(rows, width, columns=columns),
        Paragraph(
            "The participant may revoke this consent at any time, except where action has "
            "already been taken on it.",
            SMALL,
        ),
    ]


def _identification(model: ContinuityOfCare, width: float) -> list[Flowable]:
    end = "ongoing" if model.service_end is None else day(model.service_end)
    level_label = "Level at discharge" if model.discharged else "Current level"
    period = [
        ("Name", model.identity.name),
        ("Date of birth", day(model.identity.date_of_birth)),
        ("Chart number", model.identity.chart_number),
        ("Service period", f"{day(model.service_start)} to {end}"),
        (level_label, level_text(model.current_level)),
    ]
    if model.includes(ScopeCategory.DISCHARGE_PLAN):
        period.append(("Recommended next", level_text(model.recommended_level)))
        if model.discharged:
            reason = model.discharge_reason
            period.append(("Discharge reason", "–" if reason is None else reason.label))
    period.append(("Program", model.program_name))
    letterhead = model.letterhead
    contact = ", ".join(
        part for part in (letterhead.clinic_phone, letterhead.clinic_address) if part
    )
    counselor = [("Counselor", model.signer.full)]
    if model.signer.identifiers:
        counselor.append(("License / NPI", model.signer.identifiers))
    counselor += [
        ("Clinic", letterhead.clinic_name),
        ("Program", model.program_name),
        ("Contact", contact),
    ]
    return [
        heading("Patient and service period"),
        KeepTogether([fields_table(period, width)]),
        heading("Counselor and program"),
        KeepTogether([fields_table(counselor, width)]),
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
    parts += _identification(model, width)
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
    if model.discharged and model.includes(ScopeCategory.DISCHARGE_PLAN):
        parts += _condition(model)
    if model.includes(ScopeCategory.RISK):
        parts += _latest_risk(model, width)
    if model.includes(ScopeCategory.DISCHARGE_PLAN) or model.includes(ScopeCategory.RISK):
        parts += _relapse_and_safety(model)
    if model.includes(ScopeCategory.SESSION_NOTES):
        parts += _sessions(model)
    if model.includes(ScopeCategory.DISCHARGE_PLAN):
        parts += _plan(model, width)
    signer = model.signer.full
    if model.signer.identifiers:
        signer += f"  ·  {model.signer.identifiers}"
    parts += closing(
        [
            *consent_section(model.consent, model.left_out, width, document_id=model.document_id),
            heading("Prepared by"),
        ],
        signature_block(
            signer, signed_electronically(model.signer.full, model.generated_on), width
        ),
    )
    return parts


def build(model: ContinuityOfCare) -> bytes:
    """The continuity-of-care summary as PDF bytes, its document ID on every page."""
    decor = participant_pages(
        model.letterhead,
        TITLE_TEXT,
        model.identity,
        substance_use=model.substance_use,
        document_id=model.document_id,
    )
    return render(
        decor,
        story(model),
        title=f"Continuity-of-care summary – chart {model.identity.chart_number}",
        author=model.signer.full,
        subject=f"Continuity-of-care summary for {model.consent.recipient}",
    )
