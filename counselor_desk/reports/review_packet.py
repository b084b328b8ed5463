"""The concurrent-review packet for a payer's reviewer: why this person still needs this level
of care, for a period (a disclosure under consent, like the continuity-of-care summary)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from counselor_desk.domain import asam, consent_scope
from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Standing
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import Consent, Goal, LevelOfCare
from counselor_desk.domain.rules import AttendanceSummary, WeekHours
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
    participant_pages,
    render,
)
from counselor_desk.reports.charts import weekly_hours_chart
from counselor_desk.reports.continuity import consent_section
from counselor_desk.reports.discharge import (
    attendance_sentence,
    goals_section,
    level_text,
    weeks_table,
)
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.measures import measures_section, safety_lines
from counselor_desk.reports.model import (
    PART2_NOTICE,
    Identity,
    Letterhead,
    MeasureChange,
    SafetyStatus,
    Signer,
)
from counselor_desk.reports.text import markup

TITLE_TEXT = "Concurrent Review"
#: The hours chart is drawn from this many program weeks on.
CHART_FROM_WEEKS = 3


@dataclass(frozen=True, slots=True)
class ReviewPacket:
    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    first: dt.date  # the period reviewed, both days included
    last: dt.date
    program_name: str
    substance_use: bool
    consent: Consent
    admission_date: dt.date
    projected_end: dt.date
    current_level: LevelOfCare
    justification: str
    authorization: Standing | None = None
    weeks: tuple[WeekHours, ...] = ()  # the program weeks that overlap the period
    attendance: AttendanceSummary | None = None  # the sessions of the period
    measures: tuple[MeasureChange, ...] = ()
    safety: SafetyStatus | None = None
    goals: tuple[Goal, ...] = ()
    #: The ratings of the period, oldest first, and the one before it (for the change).
    ratings: tuple[AsamRating, ...] = ()
    rating_before: AsamRating | None = None

    def includes(self, category: ScopeCategory) -> bool:
        return self.consent.allows(category)

    @property
    def left_out(self) -> list[ScopeCategory]:
        return consent_scope.left_out(self.consent.scope)

    @property
    def recommended_level(self) -> LevelOfCare | None:
        """The level the latest ASAM rating of the period recommends."""
        return self.ratings[-1].recommended_level if self.ratings else None


def _authorization(model: ReviewPacket, width: float) -> list[Flowable]:
    found = model.authorization
    if found is None:
        return [heading("Authorization"), Paragraph("No authorization is recorded.", SMALL)]
    grant = found.authorization
    rows = [
        ("Payer", grant.payer),
        ("Authorization", grant.number or "–"),
        ("Level authorized", level_text(grant.level_of_care)),
        ("Period", f"{day(grant.start_date)} to {day(grant.end_date)}"),
        ("Units", found.in_words()),
        ("Next review", day(grant.next_review)),
    ]
    return [heading("Authorization"), fields_table(rows, width)]


def _asam(model: ReviewPacket, width: float) -> list[Flowable]:
    if not model.ratings:
        return [
            heading("ASAM dimensions"),
            Paragraph("No ASAM rating was recorded in the period.", SMALL),
        ]
    shown = list(model.ratings[-3:])  # the latest three of the period
    before = model.rating_before if len(model.ratings) <= 3 else model.ratings[-4]
    headers = ["Dimension", *[day(r.rated_on) for r in shown]]
    rows: list[list[str | Flowable]] = []
    for position, words in enumerate(asam.SHORT_NAMES):
        cells: list[str | Flowable] = [words]
        previous = before
        for rating in shown:
            value = rating.ratings[position]
            cell = f"{value} {asam.RISK_WORDS[value]}"
            if previous is not None:
                change = value - previous.ratings[position]
                cell += f" ({change:+d})" if change else " (=)"
            note = rating.notes[position] if position < len(rating.notes) else ""
            cells.append(Paragraph(markup(cell + (f" – {note}" if note else "")), SMALL))
            previous = rating
        rows.append(cells)
    rows.append(["Recommended level", *[level_text(r.recommended_level) for r in shown]])
    first = width * 0.3
    rest = (width - first) / len(shown)
    return [
        heading("ASAM dimensions (risk 0–4)"),
        data_table(headers, rows, [first, *[rest] * len(shown)]),
        Paragraph(
            "0 no risk · 1 mild · 2 moderate · 3 significant · 4 severe; in brackets the change "
            "from the rating before.",
            SMALL,
        ),
    ]


def story(model: ReviewPacket) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    parts: list[Flowable] = [
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph(
            markup(
                f"For {model.consent.recipient}  ·  period {day(model.first)} to "
                f"{day(model.last)}  ·  prepared {day(model.generated_on)}"
            ),
            SUBTITLE,
        ),
    ]
    if model.substance_use:
        parts.append(
            Paragraph(
                markup(
                    f"{PART2_NOTICE} Disclosed under the participant's written consent "
                    "(below); any further disclosure is prohibited unless expressly permitted by "
                    "that consent or by 42 CFR part 2."
                ),
                NOTICE,
            )
        )
    if model.left_out:
        parts.append(
            Paragraph(
                markup(
                    "Not included (outside the consent's scope): "
                    f"{consent_scope.in_words(model.left_out)}."
                ),
                BODY,
            )
        )
    parts += [
        fields_table(
            [
                ("Name", model.identity.name),
                ("Date of birth", day(model.identity.date_of_birth)),
                ("Chart number", model.identity.chart_number),
                ("Program", model.program_name),
                ("Admitted", day(model.admission_date)),
                ("Projected end", day(model.projected_end)),
                ("Current level", level_text(model.current_level)),
                ("Recommended level", level_text(model.recommended_level)),
            ],
            width,
        ),
        *_authorization(model, width),
        heading("Why this level of care is still needed"),
        *body(model.justification),
    ]
    if model.includes(ScopeCategory.ATTENDANCE):
        parts.append(heading("Hours per program week against the minimum"))
        if len(model.weeks) >= CHART_FROM_WEEKS:  # a bar or two says less than the table
            parts.append(weekly_hours_chart(model.weeks, width, height=90))
        if model.weeks:
            parts.append(weeks_table(model.weeks, width))
        else:
            parts.append(Paragraph("No program week falls in the period.", SMALL))
        if model.attendance is not None:
            parts.append(Paragraph(markup(attendance_sentence(model.attendance)), BODY))
    if model.includes(ScopeCategory.MEASURES):
        parts += [heading("Measures"), *measures_section(model.measures, width)]
    if model.includes(ScopeCategory.RISK) and model.safety is not None:
        parts += [heading("Latest risk and the safety plan"), *safety_lines(model.safety)]
    if model.includes(ScopeCategory.TREATMENT_PLAN):
        parts += _asam(model, width)
        parts += [heading("Goals and objectives"), *goals_section(model.goals)]
    parts += [
        *consent_section(model.consent, model.left_out, width, columns=2),
        Paragraph(
            markup(
                f"Prepared and signed electronically by {model.signer.full} on "
                f"{day(model.generated_on)}."
            ),
            BODY,
        ),
    ]
    return parts


def build(model: ReviewPacket) -> bytes:
    decor = participant_pages(
        model.letterhead, TITLE_TEXT, model.identity, substance_use=model.substance_use
    )
    return render(
        decor,
        story(model),
        title=f"Concurrent review – chart {model.identity.chart_number}",
        author=model.signer.full,
        subject=f"Concurrent review for {model.consent.recipient}",
    )
