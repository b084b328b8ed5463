"""The measures and safety part of the discharge and continuity-of-care summaries: baseline,
latest, change, response and remission of each followed instrument, its trend on its
severity bands, the latest suicide-risk screen, the safety plan on file and any open flag."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from counselor_desk.domain.measures import FOLLOWED, names_in_words
from counselor_desk.reports.base import BODY, SMALL, WARN, data_table, day
from counselor_desk.reports.drawn_charts import trend_chart
from counselor_desk.reports.fonts import BOLD
from counselor_desk.reports.model import MeasureChange, SafetyStatus
from counselor_desk.reports.text import markup

TOTAL_ONLY = "\u2020"  # the dagger marking a total entered alone
FLAG = ParagraphStyle("safety-flag", parent=BODY, textColor=WARN)
CHART_GAP = 14.0


def _score_cell(words: str, taken_on: object, total_only: bool) -> str:
    mark = f" {TOTAL_ONLY}" if total_only else ""
    return f"{words}{mark}\n{taken_on}"


def change_words(item: MeasureChange) -> str:
    """'-11 (-61 %)': the change from baseline, and as a share of it when it has one."""
    change = item.change
    if change is None:
        return "–"
    if item.baseline_score <= 0:
        return f"{change:+d}"
    return f"{change:+d}\n({change / item.baseline_score:+.0%})".replace("%", " %")


def outcome_words(item: MeasureChange) -> str:
    """Response (a drop of at least half the baseline) and remission, in plain words."""
    change = item.change
    if change is None:
        return "Not taken again: no change to judge yet."
    if item.response:
        response = "Response: yes (at least halved)"
    elif change > 0:
        response = "Response: no (the score rose)"
    elif change == 0:
        response = "Response: no (no change)"
    else:
        response = "Response: no (not halved)"
    if item.remission_below is None:
        return response
    below = item.remission_below
    remission = (
        f"Remission: yes (under {below})" if item.remission else f"Remission: no ({below} or more)"
    )
    return f"{response}\n{remission}"


def measures_table(measures: Sequence[MeasureChange], width: float) -> Flowable:
    rows: list[list[str | Flowable]] = []
    for item in measures:
        latest = (
            "Not taken again"
            if item.latest_score is None
            else _score_cell(item.latest_words, day(item.latest_date), item.latest_total_only)
        )
        rows.append(
            [
                item.instrument,
                _score_cell(item.baseline_words, day(item.baseline_date), item.baseline_total_only),
                latest,
                change_words(item),
                outcome_words(item),
            ]
        )
    table = data_table(
        ["Measure", "Baseline", "Latest", "Change", "Response and remission"],
        rows,
        [width * 0.105, width * 0.24, width * 0.24, width * 0.095, width * 0.32],
        right=(3,),
    )
    # narrower padding: '18 (moderately severe) †' stays on one line on A4 too
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    )
    return table


def trend_charts(measures: Sequence[MeasureChange], width: float) -> list[Flowable]:
    """One small chart per instrument taken more than once, two to a row."""
    charted = [item for item in measures if len(item.points) > 1]
    if not charted:
        return []
    chart_width = (width - CHART_GAP) / 2
    cells = [trend_chart(item, chart_width) for item in charted]
    rows = [cells[start : start + 2] for start in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[chart_width + CHART_GAP / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    words = (
        "Scores over time on the measure's severity bands (darker: more severe). Filled dots: "
        "scored from the answers"
    )
    if any(point.total_only for item in charted for point in item.points):
        words += "; open dots: totals entered alone"
    return [table, Paragraph(markup(words + "."), SMALL)]


def measures_section(measures: Sequence[MeasureChange], width: float) -> list[Flowable]:
    """The followed instruments: the table of their course, a note on totals entered alone,
    and their trend charts; a grey line when none was taken."""
    followed = [item for item in measures if item.followed]
    if not followed:
        names = names_in_words([instrument.name for instrument in FOLLOWED])
        return [Paragraph(markup(f"No {names} score recorded."), SMALL)]
    parts: list[Flowable] = [measures_table(followed, width)]
    if any(item.baseline_total_only or item.latest_total_only for item in followed):
        parts.append(
            Paragraph(
                markup(
                    f"{TOTAL_ONLY} Total entered alone (scored on paper; the answers are not on "
                    "record)."
                ),
                SMALL,
            )
        )
    return parts + trend_charts(followed, width)


def safety_lines(status: SafetyStatus) -> list[Flowable]:
    """The latest risk screen, the safety plan on file, and every open safety follow-up."""
    if status.screen_on is None:
        screen = f"No {status.screen_name} screen recorded."
    else:
        screen = (
            f"Latest {status.screen_name} screen: {status.screen_result}, {day(status.screen_on)}."
        )
        if status.screen_total_only:
            screen += " The result was entered without the answers."
    if status.plan_version is None:
        plan = "Safety plan: none on file."
    else:
        plan = f"Safety plan: version {status.plan_version}, saved {day(status.plan_saved_on)}."
    parts: list[Flowable] = [Paragraph(markup(screen), BODY), Paragraph(markup(plan), BODY)]
    for flag in status.open_flags:
        said = markup(f"Safety follow-up open since {day(flag.raised_on)}: {flag.needed}.")
        why = f" Raised by: {markup(flag.reason)}." if flag.reason.strip() else ""
        parts.append(Paragraph(f"<font name='{BOLD}'>{said}</font>{why}", FLAG))
    if not status.open_flags:
        parts.append(Paragraph("No safety follow-up is open.", BODY))
    return parts
