"""The attendance verification letter (courts, employers, schools): exact dates and hours."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from counselor_desk.domain import consent_scope
from counselor_desk.domain.model import Consent
from counselor_desk.reports.base import (
    ACCENT,
    BODY,
    MUTED,
    NOTICE,
    SMALL,
    data_table,
    day,
    frame_width,
    hours,
    long_day,
    participant_pages,
    render,
    signature_block,
    signed_electronically,
)
from counselor_desk.reports.fonts import BOLD, register_fonts
from counselor_desk.reports.model import PART2_NOTICE, AttendanceLetter
from counselor_desk.reports.text import markup

TITLE_TEXT = "Attendance Verification"
CLINIC = ParagraphStyle(
    "clinic", parent=BODY, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT
)
ADDRESS = ParagraphStyle("address", parent=BODY, fontSize=9, leading=12, textColor=MUTED)


def story(model: AttendanceLetter) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    head = model.letterhead
    person = model.identity
    parts: list[Flowable] = [Paragraph(markup(head.clinic_name or "Counselor Desk"), CLINIC)]
    for line in (head.clinic_address, f"Phone {head.clinic_phone}" if head.clinic_phone else ""):
        if line:
            parts.append(Paragraph(markup(line), ADDRESS))
    parts += [Spacer(1, 14), Paragraph(markup(long_day(model.generated_on)), BODY), Spacer(1, 8)]
    if model.substance_use:
        parts.append(Paragraph(markup(PART2_NOTICE), NOTICE))
    if model.consent is not None:
        parts += [Paragraph(markup(consent_statement(model.consent)), SMALL), Spacer(1, 6)]
    program = f"{model.program_name}, {model.level.label}, at {head.clinic_name or 'our clinic'}"
    enrolled = (
        f"was enrolled in {program} from {day(model.admission_date)} to {day(model.discharge_date)}"
        if model.discharge_date
        else f"has been enrolled in {program} since {day(model.admission_date)}"
    )
    greeting = f"To {model.recipient}:" if model.recipient else "To whom it may concern:"
    parts += [
        Paragraph(f"<b>Re: {markup(TITLE_TEXT)} – {markup(person.name)}</b>", BODY),
        Paragraph(markup(greeting), BODY),
        Paragraph(
            markup(
                f"This letter verifies that {person.name} (date of birth "
                f"{day(person.date_of_birth)}) {enrolled}. The sessions "
                f"recorded from {day(model.first)} to {day(model.last)} are listed below, "
                "with the hours attended as taken at roll call."
            ),
            BODY,
        ),
        Spacer(1, 4),
    ]
    rows: list[list[str | Flowable]] = [
        [
            f"{item.date:%a} {day(item.date)}",
            f"{item.start_time:%H:%M}",
            item.service_type.label + (" (telehealth)" if item.telehealth else ""),
            item.status.label,
            hours(item.minutes_attended),
        ]
        for item in model.sessions
    ]
    minutes = model.minutes_attended
    rows.append(["Total attended", "", f"{len(model.attended)} session(s)", "", hours(minutes)])
    if model.sessions:
        parts.append(
            data_table(
                ["Date", "Time", "Service", "Status", "Hours"],
                rows,
                [width * 0.2, width * 0.1, width * 0.32, width * 0.25, width * 0.13],
                right=(4,),
                total=True,
            )
        )
    else:
        parts.append(Paragraph("No session was recorded in this period.", SMALL))
    summary = model.summary
    excused, unexcused = summary.excused, summary.unexcused
    parts += [
        Spacer(1, 8),
        Paragraph(
            markup(
                f"In total, {person.name} attended {len(model.attended)} session(s), "
                f"{hours(minutes)} hours ({minutes} minutes), between {day(model.first)} and "
                f"{day(model.last)}. Excused absences: {excused}. Unexcused absences: "
                f"{unexcused}. Sessions cancelled by the program are listed but not counted."
            ),
            BODY,
        ),
        Paragraph(
            "This letter confirms attendance only; it does not disclose diagnosis or treatment "
            "details. Please contact the clinic with any question about it.",
            BODY,
        ),
        Spacer(1, 6),
        Paragraph("Sincerely,", BODY),
        *signature_block(
            model.signer.full, signed_electronically(model.signer.full, model.generated_on), width
        ),
    ]
    return parts


def consent_statement(consent: Consent) -> str:
    """The clear statement of the consent a letter is disclosed under (42 CFR 2.32)."""
    return (
        f"Disclosed under the participant's written consent {consent.id}, signed "
        f"{day(consent.signed_date)}, to {consent.recipient} for: {consent.purpose}. It allows "
        f"{consent_scope.in_words(consent.scope)}; it {consent.expiry_in_words()}; the "
        "participant may revoke it at any time, except where action has already been taken on it."
    )


def build(model: AttendanceLetter) -> bytes:
    """The attendance verification letter as PDF bytes."""
    decor = participant_pages(
        model.letterhead, TITLE_TEXT, model.identity, substance_use=model.substance_use
    )
    return render(
        decor,
        story(model),
        title=f"Attendance verification letter – chart {model.identity.chart_number}",
        author=model.signer.full,
        subject=f"Attendance {day(model.first)} to {day(model.last)}",
    )
