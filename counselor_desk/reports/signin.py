"""The group sign-in sheet: first name and last initial only, a line to sign on."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from counselor_desk.reports.base import (
    ACCENT,
    CELL,
    CELL_BOLD,
    INK,
    RULE,
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
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.model import SigninSheet
from counselor_desk.reports.text import markup

TITLE_TEXT = "Group Sign-In Sheet"
#: Empty lines at the end for people not on the list (a walk-in, a family member).
BLANK_LINES = 3


def story(model: SigninSheet) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    ends = (model.start_time.hour * 60 + model.start_time.minute + model.duration_minutes) % (
        24 * 60
    )
    time = f"{model.start_time:%H:%M}–{ends // 60:02d}:{ends % 60:02d}"
    parts: list[Flowable] = [
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph(markup(f"{model.program_name}  ·  session {model.session_id}"), SUBTITLE),
        fields_table(
            [
                ("Date", f"{model.session_date:%A} {day(model.session_date)}"),
                ("Time", f"{time} ({model.duration_minutes} min)"),
                ("Topic", model.topic or "–"),
                ("Service", model.service_type.label),
                ("Facilitator", model.facilitator.full),
                ("Program", model.program_name),
            ],
            width,
        ),
        Spacer(1, 12),
    ]
    header = ["#", "Participant", "Signature", "Time in", "Time out"]
    rows: list[list[Flowable | str]] = [[Paragraph(text, CELL_BOLD) for text in header]]
    for number, name in enumerate(model.names, start=1):
        rows.append([Paragraph(str(number), CELL), Paragraph(markup(name), CELL), "", "", ""])
    for number in range(len(model.names) + 1, len(model.names) + 1 + BLANK_LINES):
        rows.append([Paragraph(str(number), CELL), "", "", "", ""])
    table = Table(
        rows,
        colWidths=[width * 0.06, width * 0.30, width * 0.40, width * 0.12, width * 0.12],
        rowHeights=[18] + [30] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, INK),
                ("LINEAFTER", (1, 1), (3, -1), 0.3, RULE),
            ]
        )
    )
    parts += [
        table,
        Spacer(1, 10),
        Paragraph(
            "Please sign on your own line. Only first names and last initials are printed; "
            "this sheet is kept in the clinic and is not shared.",
            SMALL,
        ),
    ]
    return parts


def build(model: SigninSheet) -> bytes:
    """The sign-in sheet as PDF bytes (no participant line in the page header)."""
    decor = PageDecor(
        clinic_name=model.letterhead.clinic_name,
        title=TITLE_TEXT,
        page_size=model.letterhead.page_size,
    )
    return render(
        decor,
        story(model),
        title=f"Group sign-in sheet – session {model.session_id}, {day(model.session_date)}",
        author=model.facilitator.full,
        subject=f"Sign-in sheet, {model.program_name}",
    )
