"""The sign-in sheet of a group, family or education session: a line to sign on for everyone
expected, first name and last initial only.

Every page carries the session (date and time, location, program, service and topic) and
"Page X of Y". Each line has the person's modality (in person or telehealth: printed when roll
call recorded it, else boxes to tick) and a staff-use Present box; the facilitator's
attestation and the headcount box end the table, kept on one page with its last lines. No
line is split across pages. It prints in the model's language (reports/words.py).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from counselor_desk.domain.model import ServiceType
from counselor_desk.reports.base import (
    ACCENT,
    CELL,
    CELL_BOLD,
    CONFIDENTIAL,
    INK,
    LABEL,
    MUTED,
    SHADE,
    SMALL,
    SUBTITLE,
    TITLE,
    PageDecor,
    day,
    fields_table,
    frame_width,
    render,
)
from counselor_desk.reports.fonts import REGULAR, font_runs, printed, register_fonts
from counselor_desk.reports.model import SigninLine, SigninSheet
from counselor_desk.reports.signin_grid import PAD, Cell, Column, Note, SheetGrid
from counselor_desk.reports.text import cell, has_rtl, markup
from counselor_desk.reports.words import say, weekday

TITLES = {
    ServiceType.GROUP: "Group Sign-In Sheet",
    ServiceType.FAMILY: "Family Session Sign-In Sheet",
    ServiceType.EDUCATION: "Education Session Sign-In Sheet",
}
#: Empty lines at the end for people not on the list (a walk-in, a family member).
BLANK_LINES = 3
#: A family session's roster is one participant: more lines for the family who come.
FAMILY_BLANK_LINES = 6
#: The lowest line: room to sign by hand.
LINE_HEIGHT = 27.0
#: Lines kept on the attestation's page with it (the last names and the blank lines).
KEPT_WITH_ATTESTATION = 2
#: Column shares of the frame: #, participant, signature, modality, time in, time out, present;
#: Spanish gives its longer headers ("Hora de entrada") the room they need.
COLUMNS = {
    "en": (0.06, 0.25, 0.29, 0.14, 0.085, 0.085, 0.09),
    "es": (0.05, 0.24, 0.26, 0.14, 0.095, 0.095, 0.12),
}
HEADER = ("#", "Participant", "Signature", "Modality", "Time in", "Time out", "Present (staff)")

BOX = "\u2610"  # ☐
TICK_BOXES = f"{BOX} In person\n{BOX} Telehealth"
NOTE = ParagraphStyle("signin-note", parent=CELL, fontSize=7.5, leading=9.5, textColor=MUTED)
BOXES = ParagraphStyle("signin-boxes", parent=CELL, fontSize=8, leading=9.5)
ATTESTATION = "I attest that the participants marked present attended this session."
INSTRUCTIONS = (
    "Sign on your own line and tick how you attend. Names are printed as first name "
    "and last initial (where two read alike, with a second letter or the end of a chart "
    "number, such as …02); the sheet stays in the clinic. Staff: tick Present for "
    "everyone who attended, in the room or by telehealth, and write the total in the "
    "headcount box."
)


def title(service_type: ServiceType, language: str = "en") -> str:
    """The sheet's title by the service it is for; an individual session has no sheet."""
    found = TITLES.get(service_type)
    if found is None:
        raise ValueError(f"A {service_type.label.lower()} session has no sign-in sheet.")
    return say(language, found)


def time_span(model: SigninSheet) -> str:
    ends = (model.start_time.hour * 60 + model.start_time.minute + model.duration_minutes) % (
        24 * 60
    )
    return f"{model.start_time:%H:%M}–{ends // 60:02d}:{ends % 60:02d}"


def service_words(model: SigninSheet) -> str:
    """'Group therapy: Coping with cravings' (the service alone without a topic)."""
    service = say(model.language, model.service_type.label)
    return f"{service}: {model.topic}" if model.topic else service


def session_line(model: SigninSheet) -> str:
    """The line under the page header of every page: when, where, which session. What a
    long line loses to the page's edge is its end (the topic), never the date or the room."""
    when = f"{weekday(model.language, model.session_date, short=True)} {day(model.session_date)}"
    parts = [when, time_span(model)]
    if model.location:
        parts.append(model.location)
    if model.program_name:
        parts.append(model.program_name)
    parts.append(service_words(model))
    return "   ·   ".join(parts)


def _modality(line: SigninLine | None, language: str) -> str:
    if line is None or line.telehealth is None:
        return say(language, TICK_BOXES)
    return say(language, "Telehealth" if line.telehealth else "In person")


def _name(name: str, room: float) -> Cell:
    """A name as its cell prints it: drawn as typed when it is one plain line that fits (the
    quick way, for nearly everyone), else laid out (several lines, right to left, symbols)."""
    if _one_plain_line(name) and stringWidth(name, REGULAR, CELL.fontSize) <= room:
        return name
    return cell(name, CELL)


def _one_plain_line(text: str) -> bool:
    """Whether text prints exactly as typed in the document font: no blank a paragraph would
    fold, nothing for the fallback font or a placeholder, no right-to-left letter."""
    if not text.isprintable() or " ".join(text.split()) != text:
        return False
    if text.isascii():
        return True
    return (
        printed(text) == text
        and not has_rtl(text)
        and font_runs(text, REGULAR) == [(REGULAR, text)]
    )


def _line(
    number: int, line: SigninLine | None, language: str, note: Note, room: float
) -> list[Cell]:
    """One line of the sheet: #, name, signature (a note for telehealth), modality, time in,
    time out, the staff's Present box."""
    return [
        str(number),
        "" if line is None else _name(line.name, room),
        note if line is not None and line.telehealth else "",
        _modality(line, language),
        "",
        "",
        BOX,
    ]


def _columns(widths: list[float]) -> list[Column]:
    """How each column sets its plain text: the cell font; modality smaller, the Present box
    large and centred."""
    columns = [Column(width, REGULAR, CELL.fontSize, CELL.leading, INK) for width in widths]
    columns[3] = replace(columns[3], size=BOXES.fontSize, leading=BOXES.leading)
    columns[6] = replace(columns[6], size=14, leading=16, centred=True)
    return columns


def _attestation(model: SigninSheet, width: float, blank: int) -> Table:
    """The facilitator's attestation (printed name and credentials, a line to sign and date)
    beside the headcount box (present, counted by hand; the roster printed)."""
    language = model.language
    left = width * 0.64
    right = width - left - 10
    label_width, line_width = left * 0.22, left * 0.78
    rows: list[list[Flowable | str]] = [
        [Paragraph(say(language, "Facilitator"), LABEL), cell(model.facilitator.full, CELL)]
    ]
    identifiers = facilitator_identifiers(model)
    if identifiers:
        rows.append([Paragraph(say(language, "License / NPI"), LABEL), cell(identifiers, CELL)])
    rows += [
        [Paragraph(say(language, "Signature"), LABEL), ""],
        [Paragraph(say(language, "Date"), LABEL), ""],
    ]
    signed = len(rows) - 2
    signing = Table(
        rows,
        colWidths=[label_width, line_width],
        rowHeights=[None] * signed + [28, 24],
    )
    signing.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, signed - 1), "TOP"),
                ("VALIGN", (0, signed), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, signed), (1, -1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    roster = say(
        language, "On the roster: {printed} printed, {blank} blank lines for others."
    ).format(printed=len(model.names), blank=blank)
    headcount = Table(
        [
            [Paragraph(say(language, "Headcount"), CELL_BOLD), ""],
            [Paragraph(say(language, "Total present (count and write in)"), CELL), ""],
            [Paragraph(markup(roster), NOTE), ""],
        ],
        colWidths=[right * 0.68, right * 0.32],
        rowHeights=[None, 30, None],
    )
    headcount.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BOX", (1, 1), (1, 1), 0.8, INK),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 2), (1, 2)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (1, 0), SHADE),
            ]
        )
    )
    block = Table(
        [
            [
                [
                    Paragraph(say(language, "Facilitator attestation"), CELL_BOLD),
                    Paragraph(say(language, ATTESTATION), CELL),
                    signing,
                ],
                "",
                headcount,
            ]
        ],
        colWidths=[left, 10, right],
    )
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def sheet_grid(model: SigninSheet, width: float) -> SheetGrid:
    """The header (repeated on every page), a line per name, the blank lines, and the
    attestation last, kept with the lines before it."""
    language = model.language
    widths = [width * share for share in COLUMNS[language]]
    blank = FAMILY_BLANK_LINES if model.service_type is ServiceType.FAMILY else BLANK_LINES
    header = [Paragraph(markup(say(language, text)), CELL_BOLD) for text in HEADER]
    note = Note(say(language, "By telehealth: staff tick Present."), NOTE)
    room = widths[1] - 2 * PAD
    lines: list[SigninLine | None] = [*model.lines, *([None] * blank)]
    return SheetGrid(
        header,
        _columns(widths),
        [_line(number, line, language, note, room) for number, line in enumerate(lines, 1)],
        _attestation(model, width - 2 * PAD, blank),
        kept=blank + KEPT_WITH_ATTESTATION,
        line_height=LINE_HEIGHT,
        shaded=6,  # the staff-use column, shaded so no one signs in it
        ruled=(1, 2, 3, 4, 5),
    )


def story(model: SigninSheet) -> list[Flowable]:
    register_fonts()
    language = model.language
    width = frame_width(model.letterhead.page_size)
    location = model.location or say(language, "Not recorded (write it in): ____________________")
    subtitle = say(language, "Session {id}").format(id=model.session_id)
    if model.program_name:
        subtitle = say(language, "{program}  ·  session {id}").format(
            program=model.program_name, id=model.session_id
        )
    printed = say(language, "{subtitle}  ·  printed {date}").format(
        subtitle=subtitle, date=day(model.generated_on)
    )
    when = f"{weekday(language, model.session_date)} {day(model.session_date)}"
    return [
        Paragraph(title(model.service_type, language), TITLE),
        Paragraph(markup(printed), SUBTITLE),
        fields_table(
            [
                (say(language, "Date"), when),
                (say(language, "Time"), f"{time_span(model)} ({model.duration_minutes} min)"),
                (say(language, "Location"), location),
                (say(language, "Facilitator"), model.facilitator.full),
                (say(language, "Service"), service_words(model)),
                (say(language, "Program"), model.program_name or "–"),
            ],
            width,
        ),
        Spacer(1, 8),
        Paragraph(say(language, INSTRUCTIONS), SMALL),
        Spacer(1, 4),
        sheet_grid(model, width),
    ]


def build(model: SigninSheet) -> bytes:
    """The sign-in sheet as PDF bytes: the session line on every page, no participant's."""
    language = model.language
    heading = title(model.service_type, language)
    decor = PageDecor(
        clinic_name=model.letterhead.clinic_name,
        title=heading,
        participant=session_line(model),
        page_size=model.letterhead.page_size,
        footer=say(language, CONFIDENTIAL),
        language=language,
    )
    return render(
        decor,
        story(model),
        title=say(language, "{title} – session {id}, {date}").format(
            title=heading.capitalize(), id=model.session_id, date=day(model.session_date)
        ),
        author=model.facilitator.full,
        subject=say(language, "Sign-in sheet, {program}").format(program=model.program_name),
    )


def facilitator_identifiers(model: SigninSheet) -> str:
    """'License LPC-12345 · NPI 1234567893' in the sheet's language ('' if none)."""
    facilitator, language = model.facilitator, model.language
    parts = []
    if facilitator.license_number:
        parts.append(say(language, "License {number}").format(number=facilitator.license_number))
    if facilitator.npi:
        parts.append(say(language, "NPI {npi}").format(npi=facilitator.npi))
    return " · ".join(parts)
