"""The participant's own copy of their safety plan: one page, large type, the seven
Stanley-Brown steps in their own words, 988 and the clinic's crisis line always printed.

The page must stay one page (a plan folded into a wallet or kept by the phone): long text is
set in smaller type, down to a floor; a plan that still does not fit is refused, never cut.
It prints in the model's language (reports/words.py); the plan's own words as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.safety import CRISIS_LINE_988
from counselor_desk.reports.base import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    WARN,
    PageDecor,
    day,
    frame_width,
    long_day,
    render_counted,
)
from counselor_desk.reports.fonts import BOLD, REGULAR, register_fonts
from counselor_desk.reports.model import PlanSection, SafetyPlanSheet
from counselor_desk.reports.text import markup, paragraphs
from counselor_desk.reports.words import say

TITLE_TEXT = "My Safety Plan"
#: The body type sizes tried, largest first; the last is the floor.
SIZES = (13.5, 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)
FOOTER = "Keep this plan where you can find it quickly, and share it with the people you choose."
EMERGENCY = "In an emergency, call 911 or go to the nearest emergency room."
INTRO = "When I notice my warning signs, I take these steps in order until I feel safe."


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on by hand, for a step left empty."""

    def __init__(self, count: int, spacing: float) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for line in range(self.count):
            self.canv.line(0, line * self.spacing + 1, self.width, line * self.spacing + 1)


class _Styles:
    """The page's styles for one body type size."""

    def __init__(self, size: float) -> None:
        def style(name: str, **values: Any) -> ParagraphStyle:
            base: dict[str, Any] = {
                "fontName": REGULAR,
                "fontSize": size,
                "leading": size * 1.28,
                "textColor": INK,
                "spaceAfter": size * 0.2,
            }
            base.update(values)
            return ParagraphStyle(f"plan-{name}-{size}", **base)

        self.size = size
        self.title = style(
            "title", fontName=BOLD, fontSize=size * 1.7, leading=size * 2, textColor=ACCENT
        )
        self.meta = style("meta", fontSize=size * 0.9, leading=size * 1.2, textColor=MUTED)
        self.intro = style("intro", spaceAfter=size * 0.5)
        self.step = style(
            "step", fontName=BOLD, leading=size * 1.2, textColor=ACCENT, spaceAfter=0,
        )  # fmt: skip
        self.text = style("text")
        self.crisis = style("crisis", fontName=BOLD, textColor=WARN, spaceAfter=size * 0.1)
        self.label = style("label", fontName=BOLD, fontSize=size * 0.9, spaceAfter=0)
        self.small = style("small", fontSize=size * 0.8, leading=size * 1.05, textColor=MUTED)


def _crisis_line(clinic: str, line: str, language: str = "en") -> str:
    """'Riverside crisis line: (217) 555-0199', not the words twice when the profile's line
    already says what it is ("crisis" is the word in Spanish too)."""
    if "crisis" in line.casefold():
        return line
    if not clinic:
        return say(language, "Clinic crisis line: {line}").format(line=line)
    return say(language, "{clinic} crisis line: {line}").format(clinic=clinic, line=line)


def _step_box(
    section: PlanSection,
    clinic: str,
    crisis_line: str,
    styles: _Styles,
    width: float,
    language: str = "en",
) -> Table:
    content: list[Flowable] = paragraphs(section.text, styles.text)
    if not content:
        content = [WritingLines(1 if section.crisis_lines else 2, styles.size * 1.6)]
    if section.crisis_lines:
        content += [
            Spacer(1, styles.size * 0.2),
            Paragraph(markup(say(language, CRISIS_LINE_988)), styles.crisis),
            Paragraph(markup(_crisis_line(clinic, crisis_line, language)), styles.crisis),
            Paragraph(markup(say(language, EMERGENCY)), styles.text),
        ]
    step = say(language, "Step {number}: {heading}").format(
        number=section.number, heading=say(language, section.heading)
    )
    head = Paragraph(markup(step), styles.step)
    pad = styles.size * 0.4
    table = Table([[head], [content]], colWidths=[width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT if section.crisis_lines else RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad * 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def _signature(model: SafetyPlanSheet, styles: _Styles, width: float) -> list[Flowable]:
    language, label = model.language, styles.label
    mine, date = say(language, "My signature"), say(language, "Date")
    signed = stringWidth(mine, label.fontName, label.fontSize) + 10
    dated = stringWidth(date, label.fontName, label.fontSize) + 20
    line = (width - signed - dated) / 2
    row = [Paragraph(mine, label), "", Paragraph(date, label), ""]
    table = Table([row], colWidths=[signed, line * 1.25, dated, line * 0.75])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.7, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.7, INK),
                ("TOPPADDING", (0, 0), (-1, -1), styles.size * 1.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 10),
            ]
        )
    )
    made = say(language, "Made with {counselor}").format(counselor=model.counselor.full)
    made = made if model.counselor.name else ""
    printed = say(language, "printed {date}").format(date=day(model.generated_on))
    return [
        table,
        Spacer(1, styles.size * 0.3),
        Paragraph(markup("  ·  ".join(part for part in (made, printed) if part)), styles.small),
    ]


def story(model: SafetyPlanSheet, size: float) -> list[Flowable]:
    """The page at one body type size."""
    register_fonts()
    styles = _Styles(size)
    language = model.language
    width = frame_width(model.letterhead.page_size)
    clinic = model.letterhead.clinic_name
    version = say(language, "Version {version}, saved {date}").format(
        version=model.version, date=long_day(model.saved_on, language)
    )
    parts: list[Flowable] = [
        Paragraph(say(language, TITLE_TEXT), styles.title),
        Paragraph(
            f"<font name='{BOLD}' color='#1A1A1A'>{markup(model.name)}</font>   ·   "
            + markup(version),
            styles.meta,
        ),
        Spacer(1, size * 0.3),
        Paragraph(say(language, INTRO), styles.intro),
    ]
    for section in model.sections:
        parts += [
            _step_box(section, clinic, model.clinic_crisis_line, styles, width, language),
            Spacer(1, size * 0.45),
        ]
    return parts + _signature(model, styles, width)


def decor(model: SafetyPlanSheet) -> PageDecor:
    """The letterhead (clinic name and phone) and a footer for the participant, no chart line."""
    head, language = model.letterhead, model.language
    clinic = "  ·  ".join(part for part in (head.clinic_name, head.clinic_phone) if part)
    return PageDecor(
        clinic_name=clinic,
        title=say(language, TITLE_TEXT),
        footer=say(language, FOOTER),
        page_size=head.page_size,
        language=language,
    )


def too_long(sections: Sequence[PlanSection]) -> str:
    """Why a plan is refused: it does not fit one page, and which steps are the longest."""
    longest = sorted(
        (section for section in sections if section.text.strip()),
        key=lambda section: len(section.text),
        reverse=True,
    )[:2]
    named = " and ".join(f"step {s.number}, \u201c{s.heading}\u201d" for s in longest)
    return (
        f"The safety plan does not fit on one page, even in the smallest type ({SIZES[-1]:g} "
        f"pt). Shorten it (the longest: {named}) and export it again; nothing was exported."
    )


def build(model: SafetyPlanSheet) -> bytes:
    """The safety plan as a one-page PDF, in the largest type that fits; a ValidationError
    (field 'plan') when it does not fit even at the floor."""
    for size in SIZES:
        try:
            data, pages = render_counted(
                decor(model),
                story(model, size),
                title=say(model.language, "Safety plan (version {version})").format(
                    version=model.version
                ),
                author=model.counselor.full,
                subject=say(model.language, "Safety plan, {clinic}")
                .format(clinic=model.letterhead.clinic_name)
                .rstrip(", "),
            )
        except LayoutError:  # one step taller than the page: smaller type may still fit
            continue
        if pages == 1:
            return data
    raise ValidationError(too_long(model.sections), "plan")
