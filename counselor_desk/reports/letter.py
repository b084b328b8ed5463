"""The attendance verification letter (courts, employers, schools): exact dates and hours.

Every date in its prose and tables is in the long form ("March 2, 2026", "2 de marzo de
2026") and every duration in hours and minutes ("2:30"), so each row is exact and the rows
add up to the total. It prints in the model's language (reports/words.py); what was typed
(names, the recipient, the purpose) prints as written.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from counselor_desk.domain import consent_scope
from counselor_desk.domain.model import Consent, DischargeReason, LevelOfCare
from counselor_desk.reports import words
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
    Signer,
    WeekStanding,
)
from counselor_desk.reports.text import isolate, markup, paragraph
from counselor_desk.reports.words import say

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

# The letter's month names never follow the machine's locale: they are the language's own.
MONTHS = words.MONTHS["en"]
HOURS_NOTE = (
    "Hours are hours and minutes (2:30 is two and a half hours). Each week's minimum is the "
    "level of care's, reduced by day for leave and prorated by day when the level changes."
)
WEEKDAYS = words.WEEKDAYS_SHORT["en"]
#: The columns of the weeks table (week, dates, required, attended, note) and of the
#: sessions table (date, time, service, status, hours), as shares of the frame; Spanish
#: gives the first column of each the room its longer word needs.
WEEK_COLUMNS = {
    "en": (0.08, 0.24, 0.13, 0.13, 0.42),
    "es": (0.11, 0.23, 0.14, 0.13, 0.39),
}
SESSION_COLUMNS = {
    "en": (0.28, 0.09, 0.28, 0.21, 0.14),
    "es": (0.30, 0.08, 0.26, 0.22, 0.14),
}


def long_date(day: dt.date, language: str = "en") -> str:
    """'March 2, 2026' ('2 de marzo de 2026')."""
    return words.long_date(language, day)


def long_range(first: dt.date, last: dt.date, language: str = "en") -> str:
    """'January 12 to 18, 2026', 'January 26 to February 1, 2026', or both dates in full."""
    return words.long_range(language, first, last)


def hours_minutes(minutes: int) -> str:
    """Minutes as hours and minutes, exact: 165 -> '2:45', 7005 -> '116:45'."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def sessions_word(count: int, language: str = "en") -> str:
    template = "{count} session" if count == 1 else "{count} sessions"
    return say(language, template).format(count=count)


def days_word(count: int, language: str = "en") -> str:
    template = "{count} day" if count == 1 else "{count} days"
    return say(language, template).format(count=count)


# -- the prose --------------------------------------------------------------------------------


def program_words(model: AttendanceLetter) -> str:
    language, clinic = model.language, model.letterhead.clinic_name
    if model.omit_program:  # 42 CFR Part 2: no more than the letter needs
        return say(language, "an outpatient program at {clinic}").format(clinic=clinic)
    return say(language, "{program} at {clinic}").format(program=model.program_name, clinic=clinic)


def status_words(model: AttendanceLetter) -> str:
    """Admission and where the participant stands: enrolled, completed, or discharged (with
    the reason category where the consent allows it)."""
    language = model.language
    name = model.identity.name
    admitted = say(language, "{name} was admitted on {date}").format(
        name=name, date=long_date(model.admission_date, language)
    )
    if model.discharge_date is None:
        text = say(language, "{admitted} and is enrolled as of {date}.").format(
            admitted=admitted, date=long_date(model.generated_on, language)
        )
        end = model.expected_end
        if end is None:
            return text + " " + say(language, "No expected end date is recorded.")
        if end < model.generated_on:
            passed = say(
                language, "The planned end date, {end}, has passed; {name} remains enrolled."
            )
            return text + " " + passed.format(end=long_date(end, language), name=name)
        why = ""
        if model.planned_weeks is not None:
            planned = say(language, "a planned {weeks} weeks").format(weeks=model.planned_weeks)
            why = " " + say(
                language, "({planned} from admission, moved later by any leave of absence)"
            ).format(planned=planned)
        return (
            text
            + " "
            + say(language, "The expected end date is {end}{why}.").format(
                end=long_date(end, language), why=why
            )
        )
    left = long_date(model.discharge_date, language)
    reason = model.discharge_reason
    if reason is DischargeReason.COMPLETED:
        return say(language, "{admitted} and completed the program on {left}.").format(
            admitted=admitted, left=left
        )
    if reason is not None:
        return say(
            language, "{admitted} and was discharged on {left} (reason for discharge: {reason})."
        ).format(admitted=admitted, left=left, reason=say(language, reason.label))
    text = say(language, "{admitted} and was discharged on {left}.").format(
        admitted=admitted, left=left
    )
    if model.reason_withheld:
        text += " " + say(
            language,
            "The reason for discharge is outside the scope of the consent this letter is "
            "disclosed under and is not stated.",
        )
    return text


def dates_words(model: AttendanceLetter) -> str:
    """The dates covered, and why they differ from those asked for: nothing is reported
    before the admission, nor after the letter's date."""
    language = model.language
    text = say(language, "This letter covers {dates}.").format(
        dates=words.period(language, model.first, model.last)
    )
    if model.from_admission and model.requested_first is not None:
        text += " " + say(
            language,
            "The dates asked for began on {asked}; the participant was admitted on "
            "{admitted}, and attendance is reported from that day.",
        ).format(
            asked=long_date(model.requested_first, language),
            admitted=long_date(model.admission_date, language),
        )
    if model.capped and model.requested_last is not None:
        text += " " + say(
            language,
            "The dates asked for ran to {asked}; attendance is reported as of {last}, the "
            "date of this letter.",
        ).format(
            asked=long_date(model.requested_last, language),
            last=long_date(model.last, language),
        )
    return text


def _rank(level: LevelOfCare) -> int:
    return list(LevelOfCare).index(level)


def event_lines(model: AttendanceLetter) -> list[str]:
    """Each leave of absence and each change of level within the dates, in date order."""
    language = model.language
    dated: list[tuple[dt.date, str]] = []
    for leave in model.leaves:
        if leave.end_date > model.generated_on:
            text = say(
                language,
                "{start}: leave of absence began, planned to end on {end}; no attendance is "
                "expected during it.",
            ).format(
                start=long_date(leave.start_date, language),
                end=long_date(leave.end_date, language),
            )
        else:
            text = say(
                language, "{dates}: leave of absence ({days}); no attendance was expected."
            ).format(
                dates=long_range(leave.start_date, leave.end_date, language),
                days=days_word(leave.days, language),
            )
        dated.append((leave.start_date, text))
    for step in model.level_steps:
        template = (
            "{date}: level of care stepped up from {before} to {after}."
            if _rank(step.after) > _rank(step.before)
            else "{date}: level of care stepped down from {before} to {after}."
        )
        text = say(language, template).format(
            date=long_date(step.effective_date, language),
            before=say(language, step.before.label),
            after=say(language, step.after.label),
        )
        dated.append((step.effective_date, text))
    return [text for _day, text in sorted(dated, key=lambda item: item[0])]


def consent_statement(consent: Consent, language: str = "en") -> str:
    """The clear statement of the consent a letter is disclosed under (42 CFR 2.32)."""
    scope = ", ".join(
        say(language, category.label) for category in consent_scope.ordered(consent.scope)
    )
    return say(
        language,
        "Disclosed under the participant's written consent {id}, signed {signed} by "
        "{signer}, to {recipient} for: {purpose}. It allows {scope}; it {expiry}; the "
        "participant may revoke it at any time, except where action has already been taken "
        "on it.",
    ).format(
        id=consent.id,
        signed=long_date(consent.signed_date, language),
        signer=consent.signed_by or say(language, consent.signer_words),
        recipient=consent.recipient,
        purpose=consent.purpose,
        scope=scope or say(language, "nothing"),
        expiry=expiry_words(consent, language),
    )


def expiry_words(consent: Consent, language: str = "en") -> str:
    """The consent's expiry in the letter's long dates: 'expires October 1, 2026', 'expires
    when: end of court supervision', or both, whichever comes first."""
    if not consent.has_expiry:
        return say(language, "has no expiry date")
    when = ""
    if consent.expiry_event:
        happened = ""
        if consent.expiry_event_on:
            happened = " " + say(language, "(happened {date})").format(
                date=long_date(consent.expiry_event_on, language)
            )
        when = say(language, "when: {event}{happened}").format(
            event=consent.expiry_event, happened=happened
        )
    if consent.expiry_date is None:
        return say(language, "expires {when}").format(when=when)
    on = long_date(consent.expiry_date, language)
    if when:
        return say(language, "expires {on} or {when}, whichever comes first").format(
            on=on, when=when
        )
    return say(language, "expires {on}").format(on=on)


def cancelled_words(count: int, language: str = "en") -> str:
    if count == 0:
        return say(language, "Sessions cancelled by the program: none.")
    return say(
        language,
        "Sessions cancelled by the program: {count} (listed above; they count neither for "
        "nor against the participant).",
    ).format(count=count)


def verification_words(model: AttendanceLetter) -> str:
    language, phone = model.language, model.letterhead.clinic_phone
    if phone:
        how = say(language, "call {phone}").format(phone=phone)
    else:
        how = say(language, "contact {clinic}").format(clinic=model.letterhead.clinic_name)
    return say(language, "To verify this letter, {how} and quote document ID {id}.").format(
        how=how, id=model.document_id
    )


def signer_identifiers(signer: Signer, language: str = "en") -> str:
    """'License LPC-12345 · NPI 1234567893' in the letter's language ('' if none)."""
    parts = []
    if signer.license_number:
        parts.append(say(language, "License {number}").format(number=signer.license_number))
    if signer.npi:
        parts.append(say(language, "NPI {npi}").format(npi=signer.npi))
    return " · ".join(parts)


# -- the tables -------------------------------------------------------------------------------


def week_note(week: LetterWeek, language: str = "en") -> str:
    """What a week's row says beside its numbers, in plain words."""
    cancelled = say(language, "the program cancelled {sessions} ({hours})").format(
        sessions=sessions_word(week.cancelled_sessions, language),
        hours=hours_minutes(week.cancelled_minutes),
    )
    short = hours_minutes(week.short_by)
    standing = week.standing
    if standing is WeekStanding.NO_MINIMUM:
        note = say(language, "No weekly minimum at this level of care.")
    elif standing is WeekStanding.PARTIAL:
        note = say(
            language,
            "Only {dates} of this week is within the letter's dates; not compared with the "
            "weekly minimum.",
        ).format(dates=long_range(week.first, week.last, language))
    elif standing is WeekStanding.ON_LEAVE:
        note = say(language, "On leave of absence; no hours were required.")
    elif standing is WeekStanding.MET:
        if week.cancelled_sessions:
            note = say(language, "Minimum met; {cancelled}.").format(cancelled=cancelled)
        else:
            note = say(language, "Minimum met.")
    elif standing is WeekStanding.IN_PROGRESS:
        note = say(language, "Week in progress (it ends on {end}).").format(
            end=long_date(week.end, language)
        )
    elif standing is WeekStanding.SHORT_BY_PROGRAM:
        offered = (
            cancelled if week.cancelled_sessions else say(language, "fewer hours were scheduled")
        )
        note = say(
            language,
            "Below the minimum by {short}: {offered}, and the participant attended every "
            "session held. Not a shortfall on the participant's part.",
        ).format(short=short, offered=offered)
    elif week.cancelled_sessions:
        note = say(language, "Below the minimum by {short}; {cancelled}.").format(
            short=short, cancelled=cancelled
        )
    else:
        note = say(language, "Below the minimum by {short}.").format(short=short)
    if week.unrecorded_sessions:
        sessions = sessions_word(week.unrecorded_sessions, language).capitalize()
        note += " " + say(language, "{sessions} without a recorded roll call.").format(
            sessions=sessions
        )
    if week.leave_days and standing is not WeekStanding.ON_LEAVE:
        note += " " + say(language, "Minimum reduced for {days} of leave.").format(
            days=days_word(week.leave_days, language)
        )
    if week.level_changed:
        note += " " + say(
            language, "Level of care changed this week: the minimum is prorated by day."
        )
    return note


def weeks_table(model: AttendanceLetter, width: float) -> Table:
    language = model.language
    rows: list[list[str | Flowable]] = []
    for week in model.weeks:
        compared = week.minimum_minutes is not None and week.whole
        rows.append(
            [
                str(week.week),
                long_range(week.first, week.last, language),
                hours_minutes(week.minimum_minutes or 0) if compared else "–",
                hours_minutes(week.minutes_attended),
                week_note(week, language),
            ]
        )
    total = sum(week.minutes_attended for week in model.weeks)
    rows.append([say(language, "Total"), "", "", hours_minutes(total), ""])
    return kept_ends(
        data_table(
            [say(language, text) for text in ("Week", "Dates", "Required", "Attended", "Note")],
            rows,
            [width * share for share in WEEK_COLUMNS[language]],
            right=(2, 3),
            total=True,
        )
    )


def sessions_table(model: AttendanceLetter, width: float) -> Table:
    language = model.language
    rows: list[list[str | Flowable]] = [
        [
            say(language, "{weekday}, {date}").format(
                weekday=words.weekday(language, item.date, short=True),
                date=long_date(item.date, language),
            ),
            f"{item.start_time:%H:%M}",
            say(language, item.service_type.label)
            + (" " + say(language, "(telehealth)") if item.telehealth else ""),
            say(language, item.status.label),
            hours_minutes(item.minutes_attended if item.status.attended else 0),
        ]
        for item in model.sessions
    ]
    rows.append(
        [
            say(language, "Total attended"),
            "",
            sessions_word(len(model.attended), language),
            "",
            hours_minutes(model.minutes_attended),
        ]
    )
    return kept_ends(
        data_table(
            [say(language, text) for text in ("Date", "Time", "Service", "Status", "Hours")],
            rows,
            [width * share for share in SESSION_COLUMNS[language]],
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
    language, head = model.language, model.letterhead
    phone = say(language, "Phone {phone}").format(phone=head.clinic_phone)
    parts: list[Flowable] = [paragraph(head.clinic_name, CLINIC)]
    for line in (head.clinic_address, phone if head.clinic_phone else ""):
        if line:
            parts.append(paragraph(line, ADDRESS))
    parts += [
        Spacer(1, 14),
        paragraph(long_date(model.generated_on, language), BODY),
        Spacer(1, 6),
    ]
    to = model.recipient
    if to is not None:
        case = say(language, "Case no. {case}").format(case=to.case_number)
        for line in (to.name, to.organization, case if to.case_number else ""):
            if line:
                parts.append(paragraph(line, ADDRESSEE))
        parts.append(Spacer(1, 10))
    return parts


def story(model: AttendanceLetter) -> list[Flowable]:
    register_fonts()
    language = model.language
    width = frame_width(model.letterhead.page_size)
    person = model.identity
    parts = letterhead_part(model)
    if model.substance_use:
        parts.append(Paragraph(markup(say(language, PART2_NOTICE)), NOTICE))
    if model.consent is not None:
        parts += [paragraph(consent_statement(model.consent, language), SMALL), Spacer(1, 6)]
    to = model.recipient
    case = ""
    if to is not None and to.case_number:
        case = " " + say(language, "(case no. {case})").format(case=to.case_number)
    greeting = (
        say(language, "Dear {name}:").format(name=isolate(to.name))
        if to is not None
        else say(language, "To whom it may concern:")
    )
    parts += [
        paragraph(
            say(language, "Re: Attendance verification – {name}{case}").format(
                name=isolate(person.name), case=case
            ),
            SUBJECT,
        ),
        paragraph(greeting, BODY),
        paragraph(
            say(
                language,
                "This letter verifies the attendance of {name} (date of birth {birth}) in "
                "{program}.",
            ).format(
                name=isolate(person.name),
                birth=long_date(person.date_of_birth, language),
                program=program_words(model),
            )
            + " "
            + status_words(model),
            BODY,
        ),
        paragraph(dates_words(model), BODY),
        subheading(say(language, "Level of care")),
    ]
    if model.levels:
        parts += [
            paragraph(
                f"{say(language, span.level.label)}: {long_range(span.first, span.last, language)}",
                LINE,
            )
            for span in model.levels
        ]
    else:
        parts.append(paragraph(say(language, "Not enrolled on any of these dates."), LINE))
    parts.append(subheading(say(language, "Leave and changes in level of care within these dates")))
    events = event_lines(model)
    parts += [paragraph(line, LINE) for line in events] or [
        paragraph(say(language, "None: no leave of absence and no change in level of care."), LINE)
    ]
    if model.weeks:
        parts += [
            *table_heading(say(language, "Hours by program week: required and attended")),
            paragraph(say(language, HOURS_NOTE), TABLE_NOTE),
            weeks_table(model, width),
        ]
    parts += table_heading(say(language, "Sessions"))
    if model.sessions:
        parts.append(sessions_table(model, width))
    else:
        parts.append(paragraph(say(language, "No session was recorded in these dates."), SMALL))
    last_words: list[Flowable] = [Spacer(1, 8), paragraph(totals_words(model), BODY)]
    last_words.append(
        paragraph(
            say(
                language,
                "This letter confirms attendance only; it does not disclose diagnosis or "
                "treatment details.",
            ),
            BODY,
        )
    )
    if model.document_id:
        last_words.append(paragraph(verification_words(model), SUBJECT))
    last_words += [Spacer(1, 6), paragraph(say(language, "Sincerely,"), BODY)]
    signer = model.signer
    identifiers = signer_identifiers(signer, language)
    who = f"{signer.full} · {identifiers}" if identifiers else signer.full
    signed = say(language, "Electronically signed by {signer} on {date}").format(
        signer=signer.full, date=long_date(model.generated_on, language)
    )
    return parts + closing(last_words, signature_block(who, signed, width, language=language))


def totals_words(model: AttendanceLetter) -> str:
    """The closing count: sessions and hours attended over the dates, and the absences."""
    language, summary, minutes = model.language, model.summary, model.minutes_attended
    template = (
        "In total, {name} attended {sessions}, {hours} hours ({minutes:,} minute), from {dates}."
        if minutes == 1
        else "In total, {name} attended {sessions}, {hours} hours ({minutes:,} minutes), "
        "from {dates}."
    )
    total = say(language, template).format(
        name=isolate(model.identity.name),
        sessions=sessions_word(len(model.attended), language),
        hours=hours_minutes(minutes),
        minutes=minutes,
        dates=words.period(language, model.first, model.last),
    )
    absences = say(
        language, "Excused absences: {excused}. Unexcused absences: {unexcused}."
    ).format(excused=summary.excused, unexcused=summary.unexcused)
    return f"{total} {absences} {cancelled_words(summary.cancelled, language)}"


def build(model: AttendanceLetter) -> bytes:
    """The attendance verification letter as PDF bytes."""
    language = model.language
    decor = participant_pages(
        model.letterhead,
        say(language, TITLE_TEXT),
        model.identity,
        substance_use=model.substance_use,
        document_id=model.document_id,
        language=language,
    )
    return render(
        decor,
        story(model),
        title=say(language, "Attendance verification letter – chart {chart}").format(
            chart=model.identity.chart_number
        ),
        author=model.signer.full,
        subject=say(language, "Attendance {first} to {last}").format(
            first=f"{model.first:%Y-%m-%d}", last=f"{model.last:%Y-%m-%d}"
        ),
    )
