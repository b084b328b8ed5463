"""The Plan tab's reviews and the plan review dialog: draft, sign (Ctrl+Enter), unsaved text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_desk.domain.model import Goal, GoalStatus, Objective, Participant, Program
from counselor_desk.domain.plan_review import ItemProgress
from counselor_desk.services import clinical, plan_reviews
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import plan_review as dialog_module
from counselor_desk.ui.dialogs.form import Unsaved, to_qdate
from counselor_desk.ui.dialogs.plan_review import PlanReviewDialog
from counselor_desk.ui.forms.program_fields import GroupDays, ProgramFields
from counselor_desk.ui.record.export import ExportBar
from counselor_desk.ui.record.plan_tab import PlanTab
from counselor_desk.ui.record.window import ParticipantRecord
from tests.ui.conftest import Admit


@pytest.fixture
def dana(ctx: AppContext, program: Program, admit_person: Admit) -> Participant:
    return admit_person(ctx.db, ctx.clock, program, "Dana", "Reyes", dt.date(2026, 2, 2), "C-1")


@pytest.fixture
def goal(ctx: AppContext, dana: Participant) -> Goal:
    goal = clinical.save_goal(ctx.db, Goal(0, dana.id, "Stay sober", GoalStatus.IN_PROGRESS))
    clinical.save_objective(ctx.db, Objective(0, goal.id, "Attend every group"))
    return clinical.goals(ctx.db, dana.id)[0]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The unsaved-text question is answered Discard; each time it is asked is kept."""
    seen: list[str] = []

    def discard(_parent: object) -> Unsaved:
        seen.append("asked")
        return Unsaved.DISCARD

    monkeypatch.setattr(dialog_module, "ask_unsaved", discard)
    return seen


def test_the_tab_lists_reviews_and_says_what_is_due(
    qtbot: QtBot, ctx: AppContext, dana: Participant, asked: list[str]
) -> None:
    tab = PlanTab(ctx, dana.id)
    qtbot.addWidget(tab)
    tab.refresh()
    # Admitted 2 February, today 2 March: no goal, the first plan was due 9 February.
    assert tab.due_label.text() == "First plan due 2026-02-09 (overdue)"
    assert not tab.review_button.isEnabled()
    clinical.save_goal(ctx.db, Goal(0, dana.id, "Stay sober"))
    tab.refresh()
    assert tab.review_button.isEnabled()
    assert tab.due_label.text() == "Next review due 2026-03-11"  # 9 February + 30 days


def test_a_review_is_saved_as_a_draft_then_signed_with_ctrl_enter(
    qtbot: QtBot, ctx: AppContext, dana: Participant, goal: Goal, asked: list[str]
) -> None:
    dialog = PlanReviewDialog(ctx, dana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.next_review.date() == to_qdate(dt.date(2026, 4, 1))  # today + 30 days
    dialog.reviewed_on.setDate(to_qdate(dt.date(2026, 2, 27)))
    assert dialog.next_review.date() == to_qdate(dt.date(2026, 3, 29))  # follows the date
    goal_row, objective_row = dialog.rows
    assert goal_row.label.text() == "Goal: Stay sober  —  now in progress"
    goal_row.progress.setFocus()
    goal_row.progress.setPlainText("Sober 25 days")
    objective_row.status.setCurrentIndex(objective_row.status.findData(GoalStatus.MET.value))
    # Signing without what changed and the objective's progress: refused, typing kept.
    qtbot.keyClick(goal_row.progress, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "before signing" in dialog.errors.message(f"objectives.{goal.objectives[0].id}")
    assert dialog.errors.message("changes")
    (saved,) = plan_reviews.reviews(ctx.db, dana.id)  # the draft was kept
    assert saved.goals[goal.id].progress == "Sober 25 days" and not saved.is_signed
    objective_row.progress.setPlainText("Came to all groups")
    dialog.changes.setPlainText("Objective met.")
    qtbot.keyClick(goal_row.progress, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    (signed,) = plan_reviews.reviews(ctx.db, dana.id)
    assert signed.is_signed and signed.signed_by == "Robin Vale, LCSW"
    assert signed.next_review == dt.date(2026, 3, 29)
    assert signed.objectives[goal.objectives[0].id] == ItemProgress(
        "Came to all groups", GoalStatus.MET, "Attend every group", GoalStatus.NOT_STARTED
    )
    assert clinical.goals(ctx.db, dana.id)[0].objectives[0].status is GoalStatus.MET
    assert asked == []
    tab = PlanTab(ctx, dana.id)
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.reviews_model
    assert [model.index(0, c).data() for c in range(4)] == [
        "2026-02-27",
        "Signed 2026-03-02 by Robin Vale, LCSW",
        "2026-03-29",
        "Objective met.",
    ]
    assert tab.due_label.text() == "Next review due 2026-03-29"


def test_closing_with_unsaved_text_asks_and_a_draft_is_carried_on(
    qtbot: QtBot, ctx: AppContext, dana: Participant, goal: Goal, asked: list[str]
) -> None:
    dialog = PlanReviewDialog(ctx, dana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog = PlanReviewDialog(ctx, dana.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.changes.setPlainText("Half typed")
    dialog.save_draft()
    dialog.changes.setPlainText("Half typed, more")
    dialog.reject()
    assert asked == ["asked"] and not dialog.isVisible()
    tab = PlanTab(ctx, dana.id)
    qtbot.addWidget(tab)
    tab.refresh()
    again = tab.review_dialog()
    qtbot.addWidget(again)
    assert again.changes.toPlainText() == "Half typed"  # the saved draft, not a new one
    assert again.state.text() == "Draft saved."


def test_program_fields_carry_the_review_interval_and_first_plan_days(
    qtbot: QtBot, program: Program
) -> None:
    fields = ProgramFields(
        replace(program, review_interval_days=14, first_plan_days=5), GroupDays()
    )
    qtbot.addWidget(fields)
    assert (fields.review_spin.value(), fields.first_plan_spin.value()) == (14, 5)
    assert not fields.has_unsaved_changes()
    fields.review_spin.setValue(28)
    assert fields.has_unsaved_changes()
    assert (fields.values().review_interval_days, fields.values().first_plan_days) == (28, 5)
    assert fields.fields["review_interval_days"] is fields.review_spin


def test_the_export_bar_offers_the_treatment_plan(
    qtbot: QtBot, ctx: AppContext, dana: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = ExportBar(ctx, dana.id)
    qtbot.addWidget(bar)
    assert bar.plan_button.text() == "Treatment plan (PDF)…"
    started: list[Path] = []
    monkeypatch.setattr(bar, "ask_path", lambda kind: Path(f"/tmp/{kind}.pdf"))
    monkeypatch.setattr(bar, "start", lambda out, work: started.append(out))
    bar.plan_button.click()
    assert started == [Path("/tmp/plan.pdf")]


def test_the_treatment_plan_is_printed_in_the_language_chosen_on_the_export_bar(
    qtbot: QtBot,
    ctx: AppContext,
    dana: Participant,
    goal: Goal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bar = ExportBar(ctx, dana.id)
    qtbot.addWidget(bar)
    assert bar.language_box.language() == "en"  # the app's own language (English here)
    works: list[Callable[[Database, Path], object]] = []
    monkeypatch.setattr(bar, "ask_path", lambda kind: tmp_path / f"{kind}.pdf")
    monkeypatch.setattr(bar, "start", lambda out, work: works.append(work))
    bar.language_box.setCurrentIndex(bar.language_box.findData("es"))
    bar.plan_button.click()
    out = tmp_path / "plan.pdf"
    works[0](ctx.db, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Plan de tratamiento" in text and "Treatment plan" not in text


def test_the_record_header_says_when_the_plan_review_is_overdue(
    qtbot: QtBot, ctx: AppContext, dana: Participant, goal: Goal, asked: list[str]
) -> None:
    record = ParticipantRecord(ctx, dana.id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitExposed(record)
    # Admitted 2 February, no review: due 9 February + 30 days = 11 March, showing from 8 March.
    assert "Plan review due" not in " ".join(record.header.flag_texts())
    late = AppContext(db=ctx.db, clock=FixedClock(dt.date(2026, 3, 12), dt.time(9, 0)))
    later = ParticipantRecord(late, dana.id)
    qtbot.addWidget(later)
    assert "Plan review overdue since 2026-03-11" in later.header.flag_texts()
