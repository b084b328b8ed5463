"""Add or edit a treatment-plan goal or one of its objectives."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPlainTextEdit, QWidget

from counselor_desk.domain.model import Goal, GoalStatus, Objective
from counselor_desk.services import clinical
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date


class _PlanItemDialog(ServiceDialog):
    def __init__(
        self,
        ctx: AppContext,
        title: str,
        description: str,
        status: GoalStatus,
        progress: str,
        target: dt.date | None,
        parent: QWidget | None,
    ):
        super().__init__(ctx, title, parent)
        self.description = QPlainTextEdit(description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.status = QComboBox()
        for item in GoalStatus:
            self.status.addItem(item.label, item.value)
        self.status.setCurrentIndex(self.status.findData(status.value))
        self.progress = QPlainTextEdit(progress)
        self.progress.setTabChangesFocus(True)
        self.progress.setFixedHeight(70)
        self.has_target = QCheckBox("Target date")
        self.has_target.setChecked(target is not None)
        self.target_date = date_edit(target or ctx.clock.today(), "Target date")
        self.target_date.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target_date.setEnabled)
        target_row = QWidget()
        row = QHBoxLayout(target_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_target)
        row.addWidget(self.target_date, 1)
        target_row.setAccessibleName("Target date")
        self.add_row("&Description:", "description", self.description)
        self.add_row("&Status:", "status", self.status)
        self.add_row("&Progress:", "progress", self.progress)
        self.add_row("&Target:", "target_date", target_row)
        self.description.setFocus()

    def values(self) -> dict[str, object]:
        return {
            "description": self.description.toPlainText(),
            "status": GoalStatus(self.status.currentData()),
            "progress": self.progress.toPlainText(),
            "target_date": (
                to_date(self.target_date.date()) if self.has_target.isChecked() else None
            ),
        }


class GoalDialog(_PlanItemDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ):
        self.participant_id = participant_id
        self.goal = goal
        super().__init__(
            ctx,
            "Edit goal" if goal else "Add goal",
            goal.description if goal else "",
            goal.status if goal else GoalStatus.NOT_STARTED,
            goal.progress if goal else "",
            goal.target_date if goal else None,
            parent,
        )

    def save(self) -> Changes:
        values = self.values()
        goal = Goal(
            id=self.goal.id if self.goal else 0,
            participant_id=self.participant_id,
            description=str(values["description"]),
            status=values["status"],  # type: ignore[arg-type]
            progress=str(values["progress"]),
            target_date=values["target_date"],  # type: ignore[arg-type]
        )
        clinical.save_goal(self.ctx.db, goal)
        return Changes.plan(self.participant_id)


class ObjectiveDialog(_PlanItemDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        goal_id: int,
        objective: Objective | None = None,
        parent: QWidget | None = None,
    ):
        self.participant_id = participant_id
        self.goal_id = goal_id
        self.objective = objective
        super().__init__(
            ctx,
            "Edit objective" if objective else "Add objective",
            objective.description if objective else "",
            objective.status if objective else GoalStatus.NOT_STARTED,
            objective.progress if objective else "",
            objective.target_date if objective else None,
            parent,
        )

    def save(self) -> Changes:
        values = self.values()
        objective = Objective(
            id=self.objective.id if self.objective else 0,
            goal_id=self.goal_id,
            description=str(values["description"]),
            status=values["status"],  # type: ignore[arg-type]
            progress=str(values["progress"]),
            target_date=values["target_date"],  # type: ignore[arg-type]
        )
        clinical.save_objective(self.ctx.db, objective)
        return Changes.plan(self.participant_id)
