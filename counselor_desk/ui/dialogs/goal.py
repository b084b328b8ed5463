"""Add or edit a treatment-plan goal or one of its objectives (the same four fields)."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPlainTextEdit, QWidget

from counselor_desk.domain.model import Goal, GoalStatus, Objective
from counselor_desk.services import clinical
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date
from counselor_desk.ui.i18n import domain_text


class PlanItemFields(TypedDict):
    """What a goal and an objective share, as typed."""

    description: str
    status: GoalStatus
    progress: str
    target_date: dt.date | None


def _text_box(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


class _PlanItemDialog(ServiceDialog):
    def __init__(
        self, ctx: AppContext, title: str, item: Goal | Objective | None, parent: QWidget | None
    ):
        super().__init__(ctx, title, parent)
        target = item.target_date if item else None
        self.description = _text_box(item.description if item else "")
        self.status = QComboBox()
        for choice in GoalStatus:
            self.status.addItem(domain_text(choice.label), choice.value)
        status = item.status if item else GoalStatus.NOT_STARTED
        self.status.setCurrentIndex(self.status.findData(status.value))
        self.progress = _text_box(item.progress if item else "")
        self.has_target = QCheckBox(self.tr("Target date"))
        self.has_target.setChecked(target is not None)
        self.target_date = date_edit(target or ctx.clock.today(), self.tr("Target date"))
        self.target_date.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target_date.setEnabled)
        target_row = QWidget()
        row = QHBoxLayout(target_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_target)
        row.addWidget(self.target_date, 1)
        target_row.setAccessibleName(self.tr("Target date"))
        self.add_row(self.tr("&Description:"), "description", self.description)
        self.add_row(self.tr("&Status:"), "status", self.status)
        self.add_row(self.tr("&Progress:"), "progress", self.progress)
        self.add_row(self.tr("&Target:"), "target_date", target_row)
        self.description.setFocus()

    def values(self) -> PlanItemFields:
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
        title = self.tr("Edit goal") if goal else self.tr("Add goal")
        super().__init__(ctx, title, goal, parent)
        self.interventions = _text_box(goal.interventions if goal else "")
        self.interventions.setAccessibleName(self.tr("Interventions"))
        self.interventions.setPlaceholderText(
            self.tr("What you will do toward it: CBT skills group, …")
        )
        self.add_row(self.tr("&Interventions:"), "interventions", self.interventions)

    def save(self) -> Changes:
        goal_id = self.goal.id if self.goal else 0
        goal = Goal(
            id=goal_id,
            participant_id=self.participant_id,
            interventions=self.interventions.toPlainText(),
            **self.values(),
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
        title = self.tr("Edit objective") if objective else self.tr("Add objective")
        super().__init__(ctx, title, objective, parent)

    def save(self) -> Changes:
        objective_id = self.objective.id if self.objective else 0
        objective = Objective(id=objective_id, goal_id=self.goal_id, **self.values())
        clinical.save_objective(self.ctx.db, objective)
        return Changes.plan(self.participant_id)
