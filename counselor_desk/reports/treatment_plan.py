"""The treatment plan for the chart: problems and diagnoses, goals with their objectives and
interventions, the review history, and lines for the participant (a guardian for an
adolescent) and the counselor to sign by hand."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselor_desk.reports.base import (
    INK,
    LABEL,
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
    subheading,
)
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.model import PlanGoal, TreatmentPlan
from counselor_desk.reports.text import markup

TITLE_TEXT = "Treatment Plan"
AGREEMENT = (
    "I took part in writing this plan, it was explained to me, and I agree to work on it. "
    "I received a copy."
)


def _goal(number: int, goal: PlanGoal, width: float) -> list[Flowable]:
    target = f"; target {day(goal.target_date)}" if goal.target_date else ""
    found: list[Flowable] = [
        subheading(f"Goal {number}: {goal.description}"),
        Paragraph(markup(f"Status: {goal.status}{target}"), SMALL),
    ]
    if goal.objectives:
        rows = [
            [f"{number}.{position}", o.description, day(o.target_date), o.status]
            for position, o in enumerate(goal.objectives, start=1)
        ]
        found.append(
            data_table(
                ["", "Objective", "Target date", "Status"],
                rows,
                [width * 0.07, width * 0.58, width * 0.15, width * 0.20],
            )
        )
    else:
        found.append(Paragraph("No objectives yet.", SMALL))
    found.append(Paragraph(markup("Interventions"), LABEL))
    found += body(goal.interventions)
    return [KeepTogether(found[:3]), *found[3:], Spacer(1, 6)]


def _signature_lines(model: TreatmentPlan, width: float) -> Table:
    who = ["Participant", *(["Parent or guardian"] if model.guardian_line else [])]
    who.append(f"Counselor: {model.counselor.full}")
    rows = [[Paragraph(markup(name), LABEL), "", Paragraph("Date", LABEL), ""] for name in who]
    table = Table(rows, colWidths=[width * 0.34, width * 0.40, width * 0.08, width * 0.18])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 20),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def story(model: TreatmentPlan) -> list[Flowable]:
    register_fonts()
    width = frame_width(model.letterhead.page_size)
    found: list[Flowable] = [
        Paragraph(markup(TITLE_TEXT), TITLE),
        Paragraph(markup(f"{model.program_name} · printed {day(model.generated_on)}"), SUBTITLE),
        fields_table(
            [
                ("Participant", model.identity.name),
                ("Chart", model.identity.chart_number),
                ("Date of birth", day(model.identity.date_of_birth)),
                ("Admitted", day(model.admission_date)),
                ("Counselor", model.counselor.full),
                ("Next review", day(model.next_review)),
            ],
            width,
        ),
        heading("Problems"),
        subheading("Presenting problems"),
        *body(model.presenting_problems),
        subheading("Diagnoses"),
    ]
    if model.diagnoses:
        found.append(
            data_table(
                ["Code", "Diagnosis"],
                [[code, words] for code, words in model.diagnoses],
                [width * 0.18, width * 0.82],
            )
        )
    else:
        found.append(Paragraph("None recorded.", SMALL))
    found.append(heading("Goals, objectives and interventions"))
    if not model.goals:
        found.append(Paragraph("No goals written yet.", SMALL))
    for number, goal in enumerate(model.goals, start=1):
        found += _goal(number, goal, width)
    found.append(heading("Reviews"))
    if model.reviews:
        found.append(
            data_table(
                ["Reviewed", "Signed by", "Summary", "Next review"],
                [
                    [
                        day(r.reviewed_on),
                        r.signed_by or "Draft (not signed)",
                        r.summary,
                        day(r.next_review),
                    ]
                    for r in model.reviews
                ],
                [width * 0.14, width * 0.24, width * 0.48, width * 0.14],
            )
        )
    else:
        found.append(Paragraph("Not reviewed yet.", SMALL))
    found.append(  # the signatures stay together, with the words they sign
        KeepTogether(
            [
                heading("Signatures"),
                Paragraph(markup(AGREEMENT), SMALL),
                _signature_lines(model, width),
            ]
        )
    )
    return found


def build(model: TreatmentPlan) -> bytes:
    """The treatment plan as PDF bytes."""
    decor = participant_pages(
        model.letterhead, TITLE_TEXT, model.identity, substance_use=model.substance_use
    )
    return render(
        decor,
        story(model),
        title=f"Treatment plan – chart {model.identity.chart_number}",
        author=model.counselor.full,
        subject=f"Treatment plan, {model.letterhead.clinic_name}".rstrip(", "),
    )
