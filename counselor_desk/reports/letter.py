"""The attendance verification letter (courts, employers, schools): exact dates and hours.

Every date in its prose and tables is in the long form ("March 2, 2026") and every duration
in hours and minutes ("2:30"), so each row is exact and the rows add up to the total.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from counselor_desk.domain import consent_scope
from counselor_desk.domain.model import Consent, DischargeReason, LevelOfCare
from counselor_desk.reports.base import (
    ACCENT,
    BODY,
    MUTED,
    NOTICE,
    SMALL,
    closing,
    data_table,
    frame_width,
    participant_pages,
    render,
    signature_block,
    subheading,
)
from counselor_desk.reports.fonts import BOLD, register_fonts
from counselor_desk.reports.model import (
    PART2_NOTICE,
    AttendanceLetter,
    LetterWeek,
    WeekStanding,
)
from counselor_desk.reports.text import isolate, markup, paragraph

TITLE_TEXT = "Attendance Verification"
CLINIC = ParagraphStyle(
    "clinic", parent=BODY, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT
)
ADDRESS = ParagraphStyle("address", parent=BODY, fontSize=9, leading=12, textColor=MUTED)
ADDRESSEE = ParagraphStyle("addressee", parent=BODY, spaceAfter=0)
SUBJECT = ParagraphStyle("subject", parent=BODY, fontName=BOLD)
LINE = ParagraphStyle("line", parent=BODY, leftIndent=12, spaceAfter=2)
#: The line under a table's heading stays with the heading and the table's first rows.
TABLE_NOTE = ParagraphStyle("table-note", parent=SMALL, keepWithNext=1)
#: Rows kept together at each end of a table: a page never holds only its header and one row,
#: and the total row keeps the last rows above it (it never stands alone under the header).
KEPT_ROWS = 2

# The letter is an English template: its month names never follow the machine's locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
HOURS_NOTE = (
    "Hours are hours and minutes (2:30 is two and a half hours). Each week's minimum is the "
    "level of care's, reduced by day for leave and prorated by day when the level changes."
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def long_date(day: dt.date) -> str:
    """'March 2, 2026'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def long_range(first: dt.date, last: dt.date) -> str:
    """'January 12 to 18, 2026', 'January 26 to February 1, 2026', or both dates in full."""
    if first == last:
        return long_date(first)
    if first.year != last.year:
        return f"{long_date(first)} to {long_date(last)}"
    if first.month != last.month:
        return f"{MONTHS[first.month - 1]} {first.day} to {long_date(last)}"
    return f"{MONTHS[first.month - 1]} {first.day} to {last.day}, {last.year}"


def hours_minutes(minutes: int) -> str:
    """Minutes as hours and minutes, exact: 165 -> '2:45', 7005 -> '116:45'."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def sessions_word(count: int) -> str:
    return f"{count} session" + ("" if count == 1 else "s")


# -- the prose --------------------------------------------------------------------------------


def program_words(model: AttendanceLetter) -> str:
    clinic = model.letterhead.clinic_name
    if model.omit_program:  # 42 CFR Part 2: no more than the letter needs
        return f"an outpatient program at {clinic}"
    return f"{model.program_name} at {clinic}"


def status_words(model: AttendanceLetter) -> str:
    """Admission and where the participant stands: enrolled, completed, or discharged (with
    the reason category where the consent allows it)."""
    name = model.identity.name
    admitted = f"{name} was admitted on {long_date(model.admission_date)}"
    if model.discharge_date is None:
        text = f"{admitted} and is enrolled as of {long_date(model.generated_on)}."
        end = model.expected_end
        if end is None:
            return text + " No expected end date is recorded."
        if end < model.generated_on:
            return text + (
                f" The planned end date, {long_date(end)}, has passed; {name} remains enrolled."
            )
        planned = "" if model.planned_weeks is None else f"a planned {model.planned_weeks} weeks"
        why = f" ({planned} from admission, moved later by any leave of absence)" if planned else ""
        return text + f" The expected end date is {long_date(end)}{why}."
    left = long_date(model.discharge_date)
    reason = model.discharge_reason
    if reason is DischargeReason.COMPLETED:
        return f"{admitted} and completed the program on {left}."
    if reason is not None:
        return f"{admitted} and was discharged on {left} (reason for discharge: {reason.label})."
    text = f"{admitted} and was discharged on {left}."
    if model.reason_withheld:
        text += (
            " The reason for discharge is outside the scope of the consent this letter is "
            "disclosed under and is not stated."
        )
    return text


def dates_words(model: AttendanceLetter) -> str:
    """The dates covered, and why they differ from those asked for: nothing is reported
    before the admission, nor after the letter's date."""
    text = f"This letter covers {long_range(model.first, model.last)}."
    if model.from_admission and model.requested_first is not None:
        text += (
            f" The dates asked for began on {long_date(model.requested_first)}; the "
            f"participant was admitted on {long_date(model.admission_date)}, and attendance "
            "is reported from that day."
        )
    if model.capped and model.requested_last is not None:
        text += (
            f" The dates asked for ran to {long_date(model.requested_last)}; attendance is "
            f"reported as of {long_date(model.last)}, the date of this letter."
        )
    return text


def _rank(level: LevelOfCare) -> int:
    return list(LevelOfCare).index(level)


def event_lines(model: AttendanceLetter) -> list[str]:
    """Each leave of absence and each change of level within the dates, in date order."""
    dated: list[tuple[dt.date, str]] = []
    for leave in model.leaves:
        if leave.end_date > model.generated_on:
            words = (
                f"{long_date(leave.start_date)}: leave of absence began, planned to end on "
                f"{long_date(leave.end_date)}; no attendance is expected during it."
            )
        else:
            days = f"{leave.days} day" + ("" if leave.days == 1 else "s")
            words = (
                f"{long_range(leave.start_date, leave.end_date)}: leave of absence ({days}); "
                "no attendance was expected."
            )
        dated.append((leave.start_date, words))
    for step in model.level_steps:
        way = "stepped up" if _rank(step.after) > _rank(step.before) else "stepped down"
        dated.append(
            (
                step.effective_date,
                f"{long_date(step.effective_date)}: level of care {way} from "
                f"{step.before.label} to {step.after.label}.",
            )
        )
    return [words for _day, words in sorted(dated, key=lambda item: item[0])]


def consent_statement(consent: Consent) -> str:
    """The clear statement of the consent a letter is disclosed under (42 CFR 2.32)."""
    return (
        f"Disclosed under the participant's written consent {consent.id}, signed "
        f"{long_date(consent.signed_date)} by {consent.signer_words}, to {consent.recipient} "
        f"for: {consent.purpose}. It allows {consent_scope.in_words(consent.scope)}; it "
        f"{expiry_words(consent)}; the participant may revoke it at any time, except where "
        "action has already been taken on it."
    )


def expiry_words(consent: Consent) -> str:
    """The consent's expiry in the letter's long dates: 'expires October 1, 2026', 'expires
    when: end of court supervision', or both, whichever comes first."""
    if not consent.has_expiry:
        return "has no expiry date"
    when = ""
    if consent.expiry_event:
        happened = (
            f" (happened {long_date(consent.expiry_event_on)})" if consent.expiry_event_on else ""
        )
        when = f"when: {consent.expiry_event}{happened}"
    if consent.expiry_date is None:
        return f"expires {when}"
    on = long_date(consent.expiry_date)
    return f"expires {on} or {when}, whichever comes first" if when else f"expires {on}"


def cancelled_words(count: int) -> str:
    if count == 0:
        return "Sessions cancelled by the program: none."
    return (
        f"Sessions cancelled by the program: {count} (listed above; they count neither for nor "
        "against the participant)."
    )


def verification_words(model: AttendanceLetter) -> str:
    phone = model.letterhead.clinic_phone
    how = f"call {phone}" if phone else f"contact {model.letterhead.clinic_name}"
    return f"To verify this letter, {how} and quote document ID {model.document_id}."


# -- the tables -------------------------------------------------------------------------------


def week_note(week: LetterWeek) -> str:
    """What a week's row says beside its numbers, in plain words."""
    cancelled = (
        f"the program cancelled {sessions_word(week.cancelled_sessions)} "
        f"({hours_minutes(week.cancelled_minutes)})"
    )
    standing = week.standing
    if standing is WeekStanding.NO_MINIMUM:
        note = "No weekly minimum at this level of care."
    elif standing is WeekStanding.PARTIAL:
        note = (
            f"Only {long_range(week.first, week.last)} of this week is within the letter's "
            "dates; not compared with the weekly minimum."
        )
    elif standing is WeekStanding.ON_LEAVE:
        note = "On leave of absence; no hours were required."
    elif standing is WeekStanding.MET:
        note = "Minimum met" + (f"; {cancelled}." if week.cancelled_sessions else ".")
    elif standing is WeekStanding.IN_PROGRESS:
        note = f"Week in progress (it ends on {long_date(week.end)})."
    elif standing is WeekStanding.SHORT_BY_PROGRAM:
        offered = cancelled if week.cancelled_sessions else "fewer hours were scheduled"
        note = (
            f"Below the minimum by {hours_minutes(week.short_by)}: {offered}, and the "
            "participant attended every session held. Not a shortfall on the participant's part."
        )
    else:
        note = f"Below the minimum by {hours_minutes(week.short_by)}" + (
            f"; {cancelled}." if week.cancelled_sessions else "."
        )
    if week.unrecorded_sessions:
        count = week.unrecorded_sessions
        note += f" {sessions_word(count).capitalize()} without a recorded roll call."
    if week.leave_days and standing is not WeekStanding.ON_LEAVE:
        days = f"{week.leave_days} day" + ("" if week.leave_days == 1 else "s")
        note += f" Minimum reduced for {days} of leave."
    if week.level_changed:
        note += " Level of care changed this week: the minimum is prorated by day."
    return note


def weeks_table(model: AttendanceLetter, width: float) -> Table:
    rows: list[list[str | Flowable]] = []
    for week in model.weeks:
        compared = week.minimum_minutes is not None and week.whole
        rows.append(
            [
                str(week.week),
                long_range(week.first, week.last),
                hours_minutes(week.minimum_minutes or 0) if compared else "–",
                hours_minutes(week.minutes_attended),
                week_note(week),
            ]
        )
    total = sum(week.minutes_attended for week in model.weeks)
    rows.append(["Total", "", "", hours_minutes(total), ""])
    return kept_ends(
        data_table(
            ["Week", "Dates", "Required", "Attended", "Note"],
            rows,
            [width * 0.08, width * 0.24, width * 0.13, width * 0.13, width * 0.42],
            right=(2, 3),
            total=True,
        )
    )


def sessions_table(model: AttendanceLetter, width: float) -> Table:
    rows: list[list[str | Flowable]] = [
        [
            f"{WEEKDAYS[item.date.weekday()]}, {long_date(item.date)}",
            f"{item.start_time:%H:%M}",
            item.service_type.label + (" (telehealth)" if item.telehealth else ""),
            item.status.label,
            hours_minutes(item.minutes_attended if item.status.attended else 0),
        ]
        for item in model.sessions
    ]
    rows.append(
        [
            "Total attended",
            "",
            sessions_word(len(model.attended)),
            "",
            hours_minutes(model.minutes_attended),
        ]
    )
    return kept_ends(
        data_table(
            ["Date", "Time", "Service", "Status", "Hours"],
            rows,
            [width * 0.28, width * 0.09, width * 0.28, width * 0.21, width * 0.14],
            right=(4,),
            total=True,
        )
    )


# -- the letter -------------------------------------------------------------------------------


def table_heading(text: str) -> list[Flowable]:
    """A table's heading: it keeps with the table's first rows (a short table moves whole
    with it), so it never ends a page."""
    return [subheading(text)]


def kept_ends(table: Table) -> Table:
    """The table with its header and first KEPT_ROWS rows unsplittable, and its last KEPT_ROWS
    rows with the total row under them."""
    table.setStyle(
        TableStyle(
            [
                ("NOSPLIT", (0, 0), (-1, KEPT_ROWS)),
                ("NOSPLIT", (0, -1 - KEPT_ROWS), (-1, -1)),
            ]
        )
    )
    return table


def letterhead_part(model: AttendanceLetter) -> list[Flowable]:
    head = model.letterhead
    parts: list[Flowable] = [paragraph(head.clinic_name, CLINIC)]
    for line in (head.clinic_address, f"Phone {head.clinic_phone}" if head.clinic_phone else ""):
        if line:
            parts.append(paragraph(line, ADDRESS))
    parts += [Spacer(1, 14), paragraph(long_date(model.generated_on), BODY), Spacer(1, 6)]
    to = model.recipient
    if to is not None:
        for line in (
            to.name,
            to.organization,
            f"Case no. {to.case_number}" if to.case_number else "",
        ):
            if line:
                parts.append(paragraph(line, ADDRESSEE))
        parts.append(Spacer(1, 10))
    return parts


def story(model: AttendanceLetter) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    person = model.identity
    parts = letterhead_part(model)
    if model.substance_use:
        parts.append(Paragraph(markup(PART2_NOTICE), NOTICE))
    if model.consent is not None:
        parts += [paragraph(consent_statement(model.consent), SMALL), Spacer(1, 6)]
    to = model.recipient
    case = f" (case no. {to.case_number})" if to is not None and to.case_number else ""
    parts += [
        paragraph(f"Re: Attendance verification – {isolate(person.name)}{case}", SUBJECT),
        paragraph(
            f"Dear {isolate(to.name)}:" if to is not None else "To whom it may concern:", BODY
        ),
        paragraph(
            f"This letter verifies the attendance of {isolate(person.name)} (date of birth "
            f"{long_date(person.date_of_birth)}) in {program_words(model)}. " + status_words(model),
            BODY,
        ),
        paragraph(dates_words(model), BODY),
        subheading("Level of care"),
    ]
    if model.levels:
        parts += [
            paragraph(f"{span.level.label}: {long_range(span.first, span.last)}", LINE)
            for span in model.levels
        ]
    else:
        parts.append(paragraph("Not enrolled on any of these dates.", LINE))
    parts.append(subheading("Leave and changes in level of care within these dates"))
    events = event_lines(model)
    parts += [paragraph(line, LINE) for line in events] or [
        paragraph("None: no leave of absence and no change in level of care.", LINE)
    ]
    if model.weeks:
        parts += [
            *table_heading("Hours by program week: required and attended"),
            paragraph(HOURS_NOTE, TABLE_NOTE),
            weeks_table(model, width),
        ]
    parts += table_heading("Sessions")
    if model.sessions:
        parts.append(sessions_table(model, width))
    else:
        parts.append(paragraph("No session was recorded in these dates.", SMALL))
    summary = model.summary
    minutes = model.minutes_attended
    last_words: list[Flowable] = [
        Spacer(1, 8),
        paragraph(
            f"In total, {isolate(person.name)} attended {sessions_word(len(model.attended))}, "
            f"{hours_minutes(minutes)} hours ({minutes:,} minute{'' if minutes == 1 else 's'}), "
            f"from {long_range(model.first, model.last)}. Excused absences: {summary.excused}. "
            f"Unexcused absences: {summary.unexcused}. " + cancelled_words(summary.cancelled),
            BODY,
        ),
        paragraph(
            "This letter confirms attendance only; it does not disclose diagnosis or treatment "
            "details.",
            BODY,
        ),
    ]
    if model.document_id:
        last_words.append(paragraph(verification_words(model), SUBJECT))
    last_words += [Spacer(1, 6), paragraph("Sincerely,", BODY)]
    signer = model.signer
    who = f"{signer.full} · {signer.identifiers}" if signer.identifiers else signer.full
    signed = f"Electronically signed by {signer.full} on {long_date(model.generated_on)}"
    return parts + closing(last_words, signature_block(who, signed, width))


def build(model: AttendanceLetter) -> bytes:
    """The attendance verification letter as PDF bytes."""
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
        title=f"Attendance verification letter – chart {model.identity.chart_number}",
        author=model.signer.full,
        subject=f"Attendance {model.first:%Y-%m-%d} to {model.last:%Y-%m-%d}",
    )
