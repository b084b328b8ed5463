"""Plan tab: the treatment plan's goals and objectives with status and progress, and its
reviews (each signed or a draft, with the next review date)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Goal, Objective
from counselor_desk.domain.plan_review import DueKind, PlanReview
from counselor_desk.services import clinical, plan_reviews
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.goal import GoalDialog, ObjectiveDialog
from counselor_desk.ui.dialogs.plan_review import PlanReviewDialog, next_date, signed_on
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.widgets.table_model import Column, Columns, TableModel

Index = QModelIndex | QPersistentModelIndex

PlanItem = Goal | Objective


def _target(item: PlanItem) -> str:
    return "" if item.target_date is None else f"{item.target_date:%Y-%m-%d}"


def _bold_if_goal(item: PlanItem) -> QFont | None:
    if not isinstance(item, Goal):
        return None
    font = QFont()
    font.setBold(True)
    return font


#: The translation context of the column titles (see widgets/table_model.py).
CONTEXT = "PlanTab"
COLUMNS: tuple[Column[PlanItem], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PlanTab", "Goal / objective"),
        lambda item: item.description,
        font=_bold_if_goal,
    ),
    Column(QT_TRANSLATE_NOOP("PlanTab", "Status"), lambda item: domain_text(item.status.label)),
    Column(QT_TRANSLATE_NOOP("PlanTab", "Progress"), lambda item: item.progress),
    Column(QT_TRANSLATE_NOOP("PlanTab", "Target"), _target),
)

REVIEW_COLUMNS: tuple[Column[PlanReview], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PlanTab", "Reviewed"), lambda review: f"{review.reviewed_on:%Y-%m-%d}"
    ),
    Column(QT_TRANSLATE_NOOP("PlanTab", "Signed"), signed_on),
    Column(QT_TRANSLATE_NOOP("PlanTab", "Next review"), next_date),
    Column(
        QT_TRANSLATE_NOOP("PlanTab", "What changed"),
        lambda review: review.changes.replace("\n", " "),
    ),
)

_TOP = 0  # the internal id of a goal's index; an objective's is its goal's row + 1


class PlanModel(QAbstractItemModel):
    """The plan read-only as a two-level tree: goals, each over its objectives.

    The same Column specs as every table model, served over two levels.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = Columns(COLUMNS, CONTEXT)
        self._goals: list[Goal] = []

    def set_goals(self, goals: Iterable[Goal]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def record(self, index: Index) -> PlanItem | None:
        if not index.isValid():
            return None
        group = index.internalId()
        if group == _TOP:
            return self._goals[index.row()]
        return self._goals[group - 1].objectives[index.row()]

    def index_of(self, match: Callable[[PlanItem], bool]) -> QModelIndex:
        """The first goal or objective that `match`es (an invalid index if none)."""
        for row, goal in enumerate(self._goals):
            if match(goal):
                return self.createIndex(row, 0, _TOP)
            for child, objective in enumerate(goal.objectives):
                if match(objective):
                    return self.createIndex(child, 0, row + 1)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        group = child.internalId() if child.isValid() else _TOP
        return QModelIndex() if group == _TOP else self.createIndex(group - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._goals)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0  # objectives have no children; only the first column holds them
        return len(self._goals[parent.row()].objectives)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.columns.header_data(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        readable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            readable |= Qt.ItemFlag.ItemNeverHasChildren
        return readable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.record(index)
        return None if found is None else self.columns.data(found, index.column(), role)


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.model = PlanModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Treatment plan"))
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_goal_button = QPushButton(self.tr("Add goal…"))
        self.add_objective_button = QPushButton(self.tr("Add objective…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.add_goal_button.clicked.connect(lambda: self._run(self.goal_dialog()))
        self.add_objective_button.clicked.connect(lambda: self._run(self.objective_dialog()))
        self.edit_button.clicked.connect(self.edit_selected)
        for button, name in (
            (self.add_goal_button, self.tr("Add a goal")),
            (self.add_objective_button, self.tr("Add an objective to the selected goal")),
            (self.edit_button, self.tr("Edit the selected goal or objective")),
        ):
            button.setAccessibleName(name)
        buttons = QHBoxLayout()
        for button in (self.add_goal_button, self.add_objective_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 3)
        layout.addLayout(self._reviews_section(), 2)

    def _reviews_section(self) -> QVBoxLayout:
        self.reviews_model: TableModel[PlanReview] = TableModel(
            REVIEW_COLUMNS, self, context=CONTEXT
        )
        self.reviews = QTableView()
        self.reviews.setModel(self.reviews_model)
        self.reviews.setAccessibleName(self.tr("Plan reviews"))
        self.reviews.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews.verticalHeader().hide()
        self.reviews.horizontalHeader().setStretchLastSection(True)
        self.review_widths = FittedColumns(self.reviews, range(len(REVIEW_COLUMNS) - 1))
        self.review_button = QPushButton(self.tr("Review the plan…"))
        self.review_button.setAccessibleName(self.tr("Review the treatment plan"))
        self.review_button.clicked.connect(self.review_plan)
        self.due_label = QLabel()
        self.due_label.setAccessibleName(self.tr("Plan review due"))
        title = QLabel("<b>{title}</b>".format(title=self.tr("Reviews")))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.due_label, 1)
        top.addWidget(self.review_button)
        section = QVBoxLayout()
        section.addLayout(top)
        section.addWidget(self.reviews)
        return section

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_goals(clinical.goals(self.ctx.db, self.participant_id))
        self.tree.expandAll()
        if chosen is not None:
            found = self.model.index_of(lambda item: _same(chosen, item))
            if found.isValid():
                self.tree.setCurrentIndex(found)
        self._update_buttons()
        self.reviews_model.set_rows(
            reversed(plan_reviews.reviews(self.ctx.db, self.participant_id))
        )
        self.due_label.setText(self._due_words())

    def _due_words(self) -> str:
        due = plan_reviews.due(self.ctx.db, self.participant_id, self.ctx.clock)
        if due is None:
            return ""
        first = due.kind is DueKind.FIRST_PLAN
        if due.overdue:
            said = (
                self.tr("First plan due {date} (overdue)")
                if first
                else self.tr("Next review due {date} (overdue)")
            )
        else:
            said = self.tr("First plan due {date}") if first else self.tr("Next review due {date}")
        return said.format(date=f"{due.due:%Y-%m-%d}")

    def draft_review(self) -> PlanReview | None:
        """The participant's unsigned review, carried on rather than a second one begun."""
        drafts = [
            r for r in plan_reviews.reviews(self.ctx.db, self.participant_id) if not r.is_signed
        ]
        return drafts[-1] if drafts else None

    def review_dialog(self) -> PlanReviewDialog:
        return PlanReviewDialog(self.ctx, self.participant_id, self.draft_review(), self)

    def review_plan(self) -> None:
        self.review_dialog().exec()
        self.refresh()

    def selected(self) -> Goal | Objective | None:
        return self.model.record(self.tree.currentIndex())

    def _selected_goal_id(self) -> int | None:
        found = self.selected()
        if isinstance(found, Goal):
            return found.id
        return found.goal_id if isinstance(found, Objective) else None

    def _update_buttons(self) -> None:
        self.add_objective_button.setEnabled(self._selected_goal_id() is not None)
        self.edit_button.setEnabled(self.selected() is not None)
        has_plan = self.model.rowCount() > 0
        self.review_button.setEnabled(has_plan)
        self.review_button.setToolTip(
            "" if has_plan else self.tr("Add a goal first: the plan to review")
        )

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
