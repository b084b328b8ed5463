"""Plan tab: the treatment plan's goals and objectives with status and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Goal, Objective
from counselor_desk.services import clinical
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.goal import GoalDialog, ObjectiveDialog

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Goal / objective", "Status", "Progress", "Target"])
        self.tree.setAccessibleName("Treatment plan")
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_selected())
        self.add_goal_button = QPushButton("Add goal…")
        self.add_objective_button = QPushButton("Add objective…")
        self.edit_button = QPushButton("Edit…")
        self.add_goal_button.clicked.connect(lambda: self._run(self.goal_dialog()))
        self.add_objective_button.clicked.connect(lambda: self._run(self.objective_dialog()))
        self.edit_button.clicked.connect(self.edit_selected)
        for button, name in (
            (self.add_goal_button, "Add a goal"),
            (self.add_objective_button, "Add an objective to the selected goal"),
            (self.edit_button, "Edit the selected goal or objective"),
        ):
            button.setAccessibleName(name)
        buttons = QHBoxLayout()
        for button in (self.add_goal_button, self.add_objective_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)

    def refresh(self) -> None:
        chosen = self.selected()
        self.tree.clear()
        for goal in clinical.goals(self.ctx.db, self.participant_id):
            item = QTreeWidgetItem(self._cells(goal))
            item.setData(0, ITEM_ROLE, goal)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            for objective in goal.objectives:
                child = QTreeWidgetItem(self._cells(objective))
                child.setData(0, ITEM_ROLE, objective)
                item.addChild(child)
                if _same(chosen, objective):
                    self.tree.setCurrentItem(child)
            item.setExpanded(True)
            if _same(chosen, goal):
                self.tree.setCurrentItem(item)
        self._update_buttons()

    @staticmethod
    def _cells(item: Goal | Objective) -> list[str]:
        target = "" if item.target_date is None else f"{item.target_date:%Y-%m-%d}"
        return [item.description, item.status.label, item.progress, target]

    def selected(self) -> Goal | Objective | None:
        item = self.tree.currentItem()
        found = None if item is None else item.data(0, ITEM_ROLE)
        return found if isinstance(found, Goal | Objective) else None

    def _selected_goal_id(self) -> int | None:
        found = self.selected()
        if isinstance(found, Goal):
            return found.id
        return found.goal_id if isinstance(found, Objective) else None

    def _update_buttons(self) -> None:
        self.add_objective_button.setEnabled(self._selected_goal_id() is not None)
        self.edit_button.setEnabled(self.selected() is not None)

    def goal_dialog(self, goal: Goal | None = None) -> GoalDialog:
        return GoalDialog(self.ctx, self.participant_id, goal, self)

    def objective_dialog(self, objective: Objective | None = None) -> ObjectiveDialog | None:
        goal_id = objective.goal_id if objective else self._selected_goal_id()
        if goal_id is None:
            return None
        return ObjectiveDialog(self.ctx, self.participant_id, goal_id, objective, self)

    def edit_selected(self) -> None:
        found = self.selected()
        if isinstance(found, Goal):
            self._run(self.goal_dialog(found))
        elif isinstance(found, Objective):
            self._run(self.objective_dialog(found))

    def _run(self, dialog: ServiceDialog | None) -> None:
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


def _same(chosen: Goal | Objective | None, item: Goal | Objective) -> bool:
    return chosen is not None and type(chosen) is type(item) and chosen.id == item.id
