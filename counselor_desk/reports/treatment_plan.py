"""The treatment plan for the chart: problems and diagnoses, goals with their objectives and
interventions, the review history, and lines for the participant (a guardian for an
adolescent) and the counselor to sign by hand. It prints in the model's language
(reports/words.py); the plan's own words (problems, goals, objectives) as written."""

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
from counselor_desk.reports.words import say

TITLE_TEXT = "Treatment Plan"
AGREEMENT = (
    "I took part in writing this plan, it was explained to me, and I agree to work on it. "
    "I received a copy."
)


def _goal(number: int, goal: PlanGoal, width: float, language: str = "en") -> list[Flowable]:
    status = say(language, goal.status)
    if goal.target_date:
        line = say(language, "Status: {status}; target {target}").format(
            status=status, target=day(goal.target_date)
        )
    else:
        line = say(language, "Status: {status}").format(status=status)
    found: list[Flowable] = [
        subheading(
            say(language, "Goal {number}: {goal}").format(number=number, goal=goal.description)
        ),
        Paragraph(markup(line), SMALL),
    ]
    if goal.objectives:
        rows = [
            [f"{number}.{position}", o.description, day(o.target_date), say(language, o.status)]
            for position, o in enumerate(goal.objectives, start=1)
        ]
        found.append(
            data_table(
                ["", *(say(language, text) for text in ("Objective", "Target date", "Status"))],
                rows,
                [width * 0.07, width * 0.58, width * 0.15, width * 0.20],
            )
        )
    else:
        found.append(Paragraph(say(language, "No objectives yet."), SMALL))
    found.append(Paragraph(markup(say(language, "Interventions")), LABEL))
    found += body(goal.interventions, say(language, "None recorded."))
    return [KeepTogether(found[:3]), *found[3:], Spacer(1, 6)]


def _signature_lines(model: TreatmentPlan, width: float) -> Table:
    language = model.language
    who = [say(language, "Participant")]
    if model.guardian_line:
        who.append(say(language, "Parent or guardian"))
    who.append(say(language, "Counselor: {counselor}").format(counselor=model.counselor.full))
    date = say(language, "Date")
    rows = [[Paragraph(markup(name), LABEL), "", Paragraph(date, LABEL), ""] for name in who]
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
    language = model.language
    width = frame_width(model.letterhead.page_size)
    printed = say(language, "{program} · printed {date}").format(
        program=model.program_name, date=day(model.generated_on)
    )
    none_recorded = say(language, "None recorded.")
    found: list[Flowable] = [
        Paragraph(markup(say(language, TITLE_TEXT)), TITLE),
        Paragraph(markup(printed), SUBTITLE),
        fields_table(
            [
                (say(language, "Participant"), model.identity.name),
                (say(language, "Chart"), model.identity.chart_number),
                (say(language, "Date of birth"), day(model.identity.date_of_birth)),
                (say(language, "Admitted"), day(model.admission_date)),
                (say(language, "Counselor"), model.counselor.full),
                (say(language, "Next review"), day(model.next_review)),
            ],
            width,
        ),
        heading(say(language, "Problems")),
        subheading(say(language, "Presenting problems")),
        *body(model.presenting_problems, none_recorded),
        subheading(say(language, "Diagnoses")),
    ]
    if model.diagnoses:
        found.append(
            data_table(
                [say(language, "Code"), say(language, "Diagnosis")],
                [[code, words] for code, words in model.diagnoses],
                [width * 0.18, width * 0.82],
            )
        )
    else:
        found.append(Paragraph(none_recorded, SMALL))
    found.append(heading(say(language, "Goals, objectives and interventions")))
    if not model.goals:
        found.append(Paragraph(say(language, "No goals written yet."), SMALL))
    for number, goal in enumerate(model.goals, start=1):
        found += _goal(number, goal, width, language)
    found.append(heading(say(language, "Reviews")))
    if model.reviews:
        found.append(
            data_table(
                [
                    say(language, text)
                    for text in ("Reviewed", "Signed by", "Summary", "Next review")
                ],
                [
                    [
                        day(r.reviewed_on),
                        r.signed_by or say(language, "Draft (not signed)"),
                        r.summary,
                        day(r.next_review),
                    ]
                    for r in model.reviews
                ],
                [width * 0.14, width * 0.24, width * 0.48, width * 0.14],
            )
        )
    else:
        found.append(Paragraph(say(language, "Not reviewed yet."), SMALL))
    found.append(  # the signatures stay together, with the words they sign
        KeepTogether(
            [
                heading(say(language, "Signatures")),
                Paragraph(markup(say(language, AGREEMENT)), SMALL),
                _signature_lines(model, width),
            ]
        )
    )
    return found


def build(model: TreatmentPlan) -> bytes:
    """The treatment plan as PDF bytes."""
    language = model.language
    decor = participant_pages(
        model.letterhead,
        say(language, TITLE_TEXT),
        model.identity,
        substance_use=model.substance_use,
        language=language,
    )
    return render(
        decor,
        story(model),
        title=say(language, "Treatment plan – chart {chart}").format(
            chart=model.identity.chart_number
        ),
        author=model.counselor.full,
        subject=say(language, "Treatment plan, {clinic}")
        .format(clinic=model.letterhead.clinic_name)
        .rstrip(", "),
    )
