"""The parts of the discharge summary a reviewer looks for first: the clinic's letterhead,
the risk status at discharge (a recent risk boxed near the top), the diagnoses at admission
and at discharge, the weekly hours chart with the program's shortfall told apart, the crisis
resources once each, and the close (the information and copy given, the signature with the
counselor's license number and NPI)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from counselor_desk.domain.model import Diagnosis, RiskLevel
from counselor_desk.reports.base import (
    ACCENT,
    BODY,
    CELL,
    INK,
    LABEL,
    MUTED,
    RULE,
    SMALL,
    WARN,
    closing,
    data_table,
    heading,
    long_day,
    signed_electronically,
    subheading,
)
from counselor_desk.reports.charts import weekly_hours_chart
from counselor_desk.reports.fonts import BOLD
from counselor_desk.reports.measures import safety_lines
from counselor_desk.reports.model import CRISIS_988, DischargeSummary, RecentRisk
from counselor_desk.reports.plain_text import plain_markup, plain_paragraph, plain_paragraphs
from counselor_desk.reports.text import plain

CLINIC_NAME = ParagraphStyle(
    "clinic-name", parent=BODY, fontName=BOLD, fontSize=12.5, leading=15.5, textColor=ACCENT
)
CLINIC_LINE = ParagraphStyle("clinic-line", parent=SMALL, textColor=INK, spaceAfter=0)
RISK_HEAD = ParagraphStyle("risk-head", parent=BODY, fontName=BOLD, textColor=WARN, spaceAfter=0)
RISK_LINE = ParagraphStyle("risk-line", parent=BODY, spaceAfter=0)
RISK_FLAG = ParagraphStyle("risk-flag", parent=BODY, fontName=BOLD, textColor=WARN)
RISK_TINT = colors.HexColor("#FBEDED")
#: The crisis numbers the summary's own crisis block always prints (988 and 911).
CRISIS_NUMBERS = frozenset({"988", "911"})


def letterhead_block(model: DischargeSummary) -> list[Flowable]:
    """The clinic's full name, address and phone at the top of the first page (the page
    header may shorten a long name; this never does)."""
    letterhead = model.letterhead
    parts: list[Flowable] = [plain_paragraph(letterhead.clinic_name, CLINIC_NAME)]
    address = ", ".join(line.strip() for line in plain(letterhead.clinic_address).split("\n"))
    phone = f"Phone {letterhead.clinic_phone.strip()}" if letterhead.clinic_phone.strip() else ""
    line = "  ·  ".join(part for part in (address.strip(", "), phone) if part)
    if line:
        parts.append(plain_paragraph(line, CLINIC_LINE))
    parts.append(HRFlowable(width="100%", thickness=0.7, color=RULE, spaceBefore=5, spaceAfter=9))
    return parts


# -- risk ------------------------------------------------------------------------------------


def _risk_span(model: DischargeSummary) -> str:
    end = model.discharge_date or model.generated_on
    start = model.risk_from or end
    until = "the discharge day" if model.discharge_date else "the print date"
    return (
        f"from {long_day(start)} to {long_day(end)} ({until} and the {(end - start).days} days "
        "before it)"
    )


def _risk_item(item: RecentRisk) -> str:
    said = f"{long_day(item.on)} – {item.source}: {item.finding}"
    if item.detail:
        said += f". {item.detail}"
    if not item.signed:
        said += " (the note is not signed yet)"
    return said


def risk_warning(model: DischargeSummary, width: float) -> list[Flowable]:
    """A red box near the top when a risk was recorded as present in the 30 days before
    discharge: each one with its date, so no reader can miss it."""
    if not model.recent_risks:
        return []
    rows: list[list[Flowable]] = [
        [plain_markup(f"RISK RECORDED AS PRESENT {_risk_span(model)}", RISK_HEAD)]
    ]
    rows += [[plain_paragraph(_risk_item(item), RISK_LINE)] for item in model.recent_risks]
    rows.append(
        [
            plain_markup(
                "See Risk status at discharge, the relapse-prevention plan and the crisis "
                "resources in this summary.",
                SMALL,
            )
        ]
    )
    table = Table(rows, colWidths=[width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, WARN),
                ("BACKGROUND", (0, 0), (-1, -1), RISK_TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return [table, Spacer(1, 10)]


def risk_section(model: DischargeSummary) -> list[Flowable]:
    """Risk status at discharge: the latest session risk screen and the latest C-SSRS with
    their dates, the safety plan and open follow-ups, and what the last 30 days recorded."""
    parts: list[Flowable] = [heading("Risk status at discharge")]
    latest = model.latest_note_risk
    if latest is None:
        parts.append(
            plain_markup(
                "No session note recorded a risk screen (suicidal or homicidal ideation).", BODY
            )
        )
    else:
        by = f" (note by {latest.signed_by})" if latest.signed_by else ""
        said = (
            f"Latest risk screen in a session note (suicidal or homicidal ideation), "
            f"{long_day(latest.session_date)}: {latest.risk.label}{by}."
        )
        present = latest.risk in (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN)
        parts.append(plain_markup(said, RISK_FLAG if present else BODY))
        if latest.detail.strip():
            parts += plain_paragraphs(f"Detail: {latest.detail}", BODY)
    if model.safety is not None:
        parts += safety_lines(model.safety)
    if model.recent_risks:
        count = len(model.recent_risks)
        parts.append(
            plain_markup(
                f"Risk was recorded as present {count} time{'s' if count > 1 else ''} "
                f"{_risk_span(model)}: listed in the box at the top of this summary.",
                RISK_FLAG,
            )
        )
    else:
        parts.append(
            plain_markup(
                f"No risk was recorded as present {_risk_span(model)}: no session note's "
                "risk screen said present, and no C-SSRS screen was at moderate or high risk.",
                BODY,
            )
        )
    return parts


# -- diagnoses -------------------------------------------------------------------------------


def diagnosis_table(items: Sequence[Diagnosis], width: float) -> Flowable:
    return data_table(
        ["ICD-10", "Diagnosis"],
        [[item.code, item.description or "–"] for item in items],
        [width * 0.16, width * 0.84],
    )


def _same_diagnoses(first: Sequence[Diagnosis], second: Sequence[Diagnosis]) -> bool:
    def key(items: Sequence[Diagnosis]) -> list[tuple[str, str]]:
        return sorted((d.code.strip().upper(), d.description.strip()) for d in items)

    return key(first) == key(second)


def diagnoses_section(model: DischargeSummary, width: float) -> list[Flowable]:
    """One list when the diagnoses at discharge are those at admission; both, labelled, when
    they differ."""
    parts: list[Flowable] = [heading("Diagnoses")]
    at_admission, now = model.admission_diagnoses, model.diagnoses
    if _same_diagnoses(at_admission, now):
        if not now:
            return [*parts, plain_markup("No diagnosis recorded.", SMALL)]
        parts.append(plain_markup("At admission and at discharge (unchanged):", SMALL))
        return [*parts, diagnosis_table(now, width)]
    for label, items in (("At admission", at_admission), ("At discharge", now)):
        parts.append(subheading(label))
        if items:
            parts.append(diagnosis_table(items, width))
        else:
            parts.append(plain_markup(f"{label}: no diagnosis recorded.", SMALL))
    return parts


def hours_chart(model: DischargeSummary, width: float) -> Drawing:
    """The weekly hours chart as reportlab's drawing, a week short only by the program drawn
    grey, not red: the picture reports/drawn_charts.py draws (the summary prints that one;
    tests/test_drawn_charts.py holds the two equal)."""
    drawing = weekly_hours_chart(model.weeks, width)
    by_program = {item.week for item in model.cancelled_weeks if item.short_by_program}
    for shape in drawing.contents:
        if isinstance(shape, VerticalBarChart):
            for index, week in enumerate(model.weeks):
                if week.week in by_program:
                    shape.bars[(0, index)].fillColor = MUTED
    return drawing


def chart_note(model: DischargeSummary) -> list[Flowable]:
    if not any(item.short_by_program for item in model.cancelled_weeks):
        return []
    return [
        plain_markup(
            "Grey: below the minimum only because of the program (every session held was "
            "attended).",
            SMALL,
        )
    ]


# -- crisis resources ------------------------------------------------------------------------

_PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
_NUMBER = re.compile(r"\d{3,}")


def phone_numbers(text: str) -> set[str]:
    """The telephone numbers a text names, as digits (ten for a North American number;
    short numbers such as 988 as they are)."""
    found: set[str] = set()

    def take(match: re.Match[str]) -> str:
        found.add(re.sub(r"\D", "", match.group())[-10:])
        return " "

    found.update(_NUMBER.findall(_PHONE.sub(take, text)))
    return found


def _repeats(part: str, known: set[str] | frozenset[str]) -> bool:
    numbers = phone_numbers(part)
    return bool(numbers) and numbers <= known


def plan_crisis_lines(extra: str, clinic_line: str) -> list[str]:
    """The discharge plan's crisis resources less what the crisis block already prints: a
    line (or a part of one between semicolons) whose every number is 988, 911 or the clinic's
    crisis line is a repeat; anything naming another number, or none, is kept as typed."""
    known = CRISIS_NUMBERS | phone_numbers(clinic_line)
    kept = []
    for line in plain(extra).split("\n"):
        parts = [part.strip() for part in line.split(";") if part.strip()]
        left = [part for part in parts if not _repeats(part, known)]
        if left:
            kept.append("; ".join(left))
    return kept


def crisis_section(clinic_line: str, extra: str) -> list[Flowable]:
    """988, the clinic's crisis line and 911 once each, then whatever else the discharge plan
    names (its own copies of those lines left out)."""
    story: list[Flowable] = [plain_markup(CRISIS_988, BODY)]
    if clinic_line.strip():
        story.append(plain_markup(f"Clinic crisis line: {clinic_line}", BODY))
    story.append(
        plain_markup("In an emergency, call 911 or go to the nearest emergency room.", BODY)
    )
    more = plan_crisis_lines(extra, clinic_line)
    if more:
        # a subheading keeps with its first line: never alone at the foot of a page
        story.append(subheading("Also in the discharge plan:"))
        story += plain_paragraphs("\n".join(more), BODY)
    return story


# -- the close: copy given, signature ---------------------------------------------------------


def copy_given_text(model: DischargeSummary) -> str:
    """Who was given the discharge information and a copy, and when; plainly not recorded."""
    if model.copy_given_on is None:
        return (
            "Not recorded: the discharge form does not say that the discharge information and a "
            "copy of the discharge plan were given to the participant (or a guardian), or when."
        )
    to = model.copy_given_to.strip() or "the participant"
    return (
        f"The discharge information and a copy of the discharge plan were given to {to} on "
        f"{long_day(model.copy_given_on)}."
    )


def signature_table(model: DischargeSummary, width: float) -> list[Flowable]:
    """The counselor with credentials, license number and NPI, and the dated signature."""
    signer = model.signer
    if model.signed_at is not None:
        name = model.signed_by
        signed = signed_electronically(
            model.signed_by, model.signed_at.date(), model.signed_at.time()
        )
    else:
        name = signer.full
        signed = (
            "Not signed: draft"
            if model.draft
            else signed_electronically(signer.full, model.generated_on)
        )
    rows: list[list[Flowable]] = [[plain_markup("Counselor", LABEL), plain_paragraph(name, CELL)]]
    if signer.identifiers:
        said = signer.identifiers
        if model.signed_at is not None and not model.identifiers_signed:
            said += " (as in the counselor profile now; not part of the content signed)"
        rows.append([plain_markup("License / NPI", LABEL), plain_paragraph(said, CELL)])
    rows.append([plain_markup("Signature", LABEL), plain_paragraph(signed, CELL)])
    table = Table(rows, colWidths=[width * 0.16, width * 0.84])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, -1), (1, -1), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [heading("Signature"), Spacer(1, 6), table]


def closing_section(model: DischargeSummary, width: float) -> list[Flowable]:
    """Information and copy given, kept on one page with the signature block."""
    before: list[Flowable] = [
        heading("Information and copy given"),
        plain_markup(copy_given_text(model), BODY if model.copy_given_on else SMALL),
    ]
    return closing(before, signature_table(model, width))
