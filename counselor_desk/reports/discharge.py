"""The discharge summary: the sections reviewers check (docs/DOMAIN.md, docs/DOCUMENTS.md);
DRAFT until signed, and after the signature every print is a copy of the signed summary with
its amendments."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counselor_desk.domain.model import DischargeAmendment, Goal, LevelOfCare, Referral
from counselor_desk.domain.rules import AttendanceSummary, WeekHours
from counselor_desk.reports.base import (
    ACCENT,
    BODY,
    CELL,
    MUTED,
    NOTICE,
    SMALL,
    SUBTITLE,
    TITLE,
    WARN,
    body,
    copy_of_signed,
    data_table,
    day,
    fields_table,
    frame_width,
    heading,
    long_day,
    participant_pages,
    render,
    subheading,
)
from counselor_desk.reports.discharge_parts import (
    chart_note,
    closing_section,
    crisis_section,
    diagnoses_section,
    letterhead_block,
    risk_section,
    risk_warning,
)
from counselor_desk.reports.drawn_charts import hours_chart
from counselor_desk.reports.fonts import BOLD, register_fonts
from counselor_desk.reports.letter import hours_minutes
from counselor_desk.reports.measures import measures_section
from counselor_desk.reports.model import DischargeSummary, ServiceLine, WeekCancelled
from counselor_desk.reports.plain_text import plain_markup, plain_paragraph
from counselor_desk.reports.text import markup

TITLE_TEXT = "Discharge Summary"
COPY_NOTICE = ParagraphStyle("copy-notice", parent=NOTICE, textColor=ACCENT, borderColor=ACCENT)
SHORT_CELL = ParagraphStyle("short-cell", parent=CELL, fontName=BOLD, textColor=WARN)
PROGRAM_CELL = ParagraphStyle("program-cell", parent=CELL, textColor=MUTED)


def copy_line(model: DischargeSummary) -> str:
    """A reprint's mark: a copy of the summary signed at its real moment (never the print date)."""
    if model.signed_at is None:
        return ""
    return copy_of_signed("discharge summary", model.signed_by, model.signed_at)


def status_notices(model: DischargeSummary) -> list[Flowable]:
    """What the summary is: a draft (not recorded, or not signed) or a copy of the signed one."""
    if not model.draft and model.signed_at is None:
        return []  # a final model given without its signature (built by hand)
    if not model.recorded and model.draft:
        return [
            Paragraph(
                "DRAFT – the discharge has not been recorded yet. This summary is not final "
                "and must not be filed or sent.",
                NOTICE,
            )
        ]
    if model.draft or model.signed_at is None:
        return [
            Paragraph(
                "DRAFT – not signed. This summary is final only once it is signed (Sign "
                "discharge summary… on the Discharge tab); it must not be filed or sent.",
                NOTICE,
            )
        ]
    amended = len(model.amendments)
    text = (
        f"{copy_line(model)}. Printed {day(model.generated_on)}. SHA-256 of the content "
        f"signed: {model.content_hash}."
    )
    if amended:
        text += f" Amended {amended} time{'s' if amended > 1 else ''} since: see Amendments."
    found: list[Flowable] = [plain_markup(text, COPY_NOTICE)]
    if model.changed_since_signing:
        found.append(
            Paragraph(
                markup(
                    "Since the signature the record changed in: "
                    + ", ".join(model.changed_since_signing)
                    + ". This copy prints the record as it is now; the content signed is kept "
                    "with its hash. An amendment says why it changed."
                ),
                NOTICE,
            )
        )
    return found


def amendments_section(amendments: Sequence[DischargeAmendment]) -> list[Flowable]:
    """Every dated amendment in full: when, by whom, why, what it concerns, its text."""
    story: list[Flowable] = [heading("Amendments")]
    for item in amendments:
        story.append(
            subheading(
                f"Amended on {item.created_at:%Y-%m-%d} at {item.created_at:%H:%M} by "
                f"{item.author}: reason: {item.reason}"
            )
        )
        story.append(plain_markup(f"Concerns: {item.field_label}", SMALL))
        story += body(item.text)
        story.append(plain_markup(f"SHA-256 of this amendment: {item.content_hash}", SMALL))
    return story


def appeal_text(clinic_name: str, clinic_phone: str) -> str:
    """The right-to-appeal statement for a discharge the participant did not choose."""
    where = clinic_name or "the clinic"
    phone = f" at {clinic_phone}" if clinic_phone else ""
    return (
        "This discharge was not the participant's choice. The participant has the right to "
        f"appeal it: contact the program director at {where}{phone}, in person or in writing, "
        "and ask for the appeal to be reviewed. An appeal does not affect the right to seek care "
        "elsewhere, and the crisis resources above remain available at any time."
    )


def level_text(level: LevelOfCare | None) -> str:
    return "Not stated" if level is None else f"{level.label} – ASAM level {level.asam}"


# -- services and attendance -----------------------------------------------------------------


def services_table(services: Sequence[ServiceLine], width: float) -> Flowable:
    """Sessions attended and hours by type, in exact hours and minutes (the rows add up)."""
    rows: list[list[str | Flowable]] = [
        [line.service_type.label, str(line.sessions), hours_minutes(line.minutes)]
        for line in services
    ]
    rows.append(
        [
            "Total",
            str(sum(line.sessions for line in services)),
            hours_minutes(sum(line.minutes for line in services)),
        ]
    )
    return data_table(
        ["Service", "Sessions attended", "Hours (h:mm)"],
        rows,
        [width * 0.5, width * 0.25, width * 0.25],
        right=(1, 2),
        total=True,
    )


def attendance_sentence(summary: AttendanceSummary) -> str:
    rate = "–" if summary.rate is None else f"{summary.rate:.0%}"
    return (
        f"Sessions attended: {summary.attended} of {summary.expected} expected ({rate}). "
        f"Excused absences: {summary.excused}. Unexcused absences: {summary.unexcused}. "
        f"Sessions cancelled by the program (not counted): {summary.cancelled}."
    )


ON_LEAVE = "On leave of absence"


def week_result(
    week: WeekHours, cancelled: WeekCancelled | None = None, on_leave: bool = False
) -> str:
    """The week against its minimum, in exact hours and minutes; a week short only by the
    program says so, never as the participant's shortfall, and a week spent on leave required
    nothing."""
    by_program = cancelled is not None and cancelled.short_by_program
    program_minutes = 0 if cancelled is None else cancelled.cancelled_minutes
    if on_leave:
        return ON_LEAVE
    if week.minimum_minutes is None:
        return "No minimum"
    if not week.complete:
        return "In progress"
    if week.short:
        if by_program and program_minutes:
            return f"Program cancelled {hours_minutes(program_minutes)}"
        short = f"Short by {hours_minutes(week.minimum_minutes - week.minutes_attended)}"
        if by_program:
            return f"{short}; every session held attended"
        if program_minutes:
            return f"{short} (program cancelled {hours_minutes(program_minutes)})"
        return short
    if program_minutes:
        return f"Met (program cancelled {hours_minutes(program_minutes)})"
    return "Met"


def weeks_table(
    weeks: Sequence[WeekHours],
    width: float,
    cancelled: Sequence[WeekCancelled] = (),
    leave_weeks: Sequence[int] = (),
    *,
    total: bool = False,
) -> Flowable:
    """Hours per program week against the minimum, in exact hours and minutes (with their
    total if asked); the participant's shortfall in red, the program's (and a week on leave)
    in grey."""
    by_week = {item.week: item for item in cancelled}
    rows: list[list[str | Flowable]] = []
    for week in weeks:
        found = by_week.get(week.week)
        away = week.week in leave_weeks
        result = week_result(week, found, on_leave=away)
        participant_short = (
            week.complete and week.short and not away and not (found and found.short_by_program)
        )
        style = SHORT_CELL if participant_short else PROGRAM_CELL if found or away else CELL
        rows.append(
            [
                str(week.week),
                f"{day(week.start)} – {day(week.end)}",
                hours_minutes(week.minutes_attended),
                "–" if week.minimum_minutes is None else hours_minutes(week.minimum_minutes),
                plain_paragraph(result, style),
            ]
        )
    if total:
        rows.append(["Total", "", hours_minutes(sum(w.minutes_attended for w in weeks)), "", ""])
    return data_table(
        ["Week", "Dates", "Attended (h:mm)", "Minimum (h:mm)", "Result"],
        rows,
        [width * 0.08, width * 0.27, width * 0.15, width * 0.15, width * 0.35],
        right=(0, 2, 3),
        total=total,
    )


def weeks_section(model: DischargeSummary, width: float) -> list[Flowable]:
    if not model.weeks:
        return [
            heading("Attendance by program week"),
            plain_markup("No program week has started.", SMALL),
        ]
    parts: list[Flowable] = [
        KeepTogether(
            [
                heading("Attendance by program week"),
                hours_chart(model.weeks, width, model.cancelled_weeks),
                *chart_note(model),
                Spacer(1, 8),
            ]
        ),
        weeks_table(model.weeks, width, model.cancelled_weeks, model.leave_weeks, total=True),
        plain_markup(
            "Hours are minutes attended in the participant's own program week (week 1 starts "
            "on the admission day), in hours and minutes (h:mm), exact, so the weeks add up to "
            "the services' total. A week cut short by discharge, a leave of absence or a "
            "change of level has its minimum prorated by day; a week spent wholly on leave "
            "required nothing.",
            SMALL,
        ),
    ]
    if model.cancelled_weeks:
        parts.append(
            plain_markup(
                "A session the program cancelled counts for no one and against no one, and does "
                "not lower the minimum. A week below its minimum in which the participant "
                "attended every minute of every session held is the program's shortfall, not "
                "the participant's: it reads \u201cProgram cancelled\u201d and is drawn grey in "
                "the chart.",
                SMALL,
            )
        )
    return parts


def goals_section(goals: Sequence[Goal]) -> list[Flowable]:
    if not goals:
        return [plain_markup("No treatment-plan goals were recorded.", SMALL)]
    story: list[Flowable] = []
    for number, goal in enumerate(goals, start=1):
        target = f"  ·  target {day(goal.target_date)}" if goal.target_date else ""
        story.append(subheading(f"Goal {number}: {goal.description}"))
        story.append(plain_markup(f"Status: {goal.status.label}{target}", SMALL))
        story += body(goal.progress, "No progress note recorded for this goal.")
        for sub, objective in enumerate(goal.objectives, start=1):
            target = f"  ·  target {day(objective.target_date)}" if objective.target_date else ""
            story.append(
                Paragraph(
                    f"<b>Objective {number}.{sub}:</b> {markup(objective.description)} "
                    f"<font color='#5A6473'>({markup(objective.status.label)}{markup(target)})</font>",
                    BODY,
                )
            )
            if objective.progress.strip():
                story += body(objective.progress)
    return story


def referrals_table(referrals: Sequence[Referral], width: float) -> Flowable:
    rows: list[list[str | Flowable]] = []
    for referral in referrals:
        provider = referral.provider + (f"\n{referral.service}" if referral.service else "")
        contact = "\n".join(part for part in (referral.contact, referral.phone) if part)
        first = (
            "Not yet set"
            if referral.first_appointment is None
            else f"{referral.first_appointment:%Y-%m-%d at %H:%M}"
        )
        rows.append([provider, contact or "–", referral.address or "–", first])
    return data_table(
        ["Provider / service", "Contact and phone", "Address", "First appointment"],
        rows,
        [width * 0.28, width * 0.24, width * 0.28, width * 0.20],
    )


def curriculum_section(model: DischargeSummary) -> list[Flowable]:
    """The modules completed (with the first date attended) and the core modules missed."""
    if not model.modules and not model.completion:
        return []
    width = frame_width(model.letterhead.page_size)
    done = [line for line in model.modules if line.attended_on is not None]
    missed = [line for line in model.modules if line.attended_on is None]
    parts: list[Flowable] = [heading("Curriculum modules")]
    if done:
        parts.append(
            data_table(
                ["Module completed", "Kind", "Attended"],
                [
                    [line.title, "Core" if line.core else "Elective", day(line.attended_on)]
                    for line in done
                ],
                [width * 0.6, width * 0.15, width * 0.25],
            )
        )
    else:
        parts.append(plain_markup("No module attended.", SMALL))
    if missed:
        titles = ", ".join(line.title for line in missed)
        parts.append(plain_markup(f"Core modules missed: {titles}.", BODY))
    if model.completion:
        parts.append(plain_markup(model.completion, BODY))
    return parts


# -- the document ------------------------------------------------------------------------------


def identification(model: DischargeSummary, width: float) -> Flowable:
    reason = "Not yet discharged" if model.reason is None else model.reason.label
    if model.reason_detail:
        reason += f" – {model.reason_detail}"
    return fields_table(
        [
            ("Name", model.identity.name),
            ("Date of birth", day(model.identity.date_of_birth)),
            ("Chart number", model.identity.chart_number),
            ("Program", model.program_name),
            ("Level at admission", level_text(model.level_at_admission)),
            ("Level at discharge", level_text(model.level_at_discharge)),
            ("Admission date", day(model.admission_date)),
            ("Last service", day(model.last_service_date, "No attended session")),
            ("Discharge date", day(model.discharge_date, "Not yet recorded")),
            ("Summary due", day(model.summary_due, "When the discharge is recorded")),
            ("Discharge reason", reason),
            ("Referred by", model.referral_source),
        ],
        width,
    )


def story(model: DischargeSummary) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    subtitle = f"{model.program_name}  ·  prepared {day(model.generated_on)}"
    if model.signed_at is not None:
        subtitle = (
            f"{model.program_name}  ·  signed {model.signed_at:%Y-%m-%d %H:%M}  ·  "
            f"printed {day(model.generated_on)}"
        )
    parts: list[Flowable] = [
        *letterhead_block(model),
        plain_markup(TITLE_TEXT, TITLE),
        plain_markup(subtitle, SUBTITLE),
        *status_notices(model),
        *risk_warning(model, width),
        heading("Identification"),
        identification(model, width),
        *risk_section(model),
        heading("Reason for admission and presenting problems"),
        *body(model.presenting_problems),
        *diagnoses_section(model, width),
        heading("Strengths, needs, abilities and preferences"),
        *body(model.strengths, "Not recorded on the discharge form."),
        heading("Services provided"),
        services_table(model.services, width),
        Spacer(1, 6),
        plain_markup(attendance_sentence(model.attendance), BODY),
    ]
    for change in model.level_changes:
        why = f" ({change.reason})" if change.reason else ""
        parts.append(
            plain_markup(
                f"Level of care changed to {level_text(change.level_of_care)} "
                f"on {long_day(change.effective_date)}{why}.",
                BODY,
            )
        )
    parts += weeks_section(model, width)
    parts += curriculum_section(model)
    parts += [heading("Progress on goals and objectives"), *goals_section(model.goals)]
    measures = [heading("Measures and safety"), *measures_section(model.measures, width)]
    if model.safety is not None:
        measures.append(
            plain_markup(
                "The latest suicide-risk screen, the safety plan and any open safety follow-up "
                "are under Risk status at discharge.",
                SMALL,
            )
        )
    parts.append(KeepTogether(measures))
    parts += [
        heading("Condition at discharge"),
        *body(model.condition_at_discharge),
        plain_markup(
            f"Recommended next level of care: {level_text(model.recommended_level)}", BODY
        ),
        heading("Medications at discharge (as reported)"),
        *body(model.medications, "Not recorded."),
        heading("Allergies (as reported)"),
        *body(model.allergies, "Not recorded: the participant's record has no allergy entry."),
        heading("Aftercare plan and referrals"),
        *body(model.aftercare_plan),
    ]
    if model.referrals:
        parts.append(referrals_table(model.referrals, width))
    else:
        parts.append(plain_markup("No referral recorded.", SMALL))
    parts += [
        heading("Relapse-prevention plan"),
        *body(model.relapse_prevention_plan),
        heading("Crisis resources"),
        *crisis_section(model.clinic_crisis_line, model.crisis_resources),
    ]
    if model.right_to_appeal:
        parts += [
            heading("Right to appeal"),
            plain_markup(
                appeal_text(model.letterhead.clinic_name, model.letterhead.clinic_phone), BODY
            ),
        ]
    parts += closing_section(model, width)
    if model.signed_at is None:
        return parts
    parts += [
        Spacer(1, 5),
        plain_markup(f"SHA-256 of the content signed: {model.content_hash}", SMALL),
    ]
    if model.amendments:
        parts += amendments_section(model.amendments)
    return parts


def build(model: DischargeSummary) -> bytes:
    """The discharge summary as PDF bytes."""
    decor = participant_pages(
        model.letterhead, TITLE_TEXT, model.identity, draft=model.draft, copy_of=copy_line(model)
    )
    return render(
        decor,
        story(model),
        title=f"Discharge summary – chart {model.identity.chart_number}"
        + (" (DRAFT)" if model.draft else ""),
        author=model.signed_by or model.signer.full,
        subject=f"Discharge summary, {model.letterhead.clinic_name}".rstrip(", "),
    )
