"""A program's curriculum as a field group (File > Settings, Programs): its modules in order,
each core or elective with a materials note, and the completion rule."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.curriculum import CompletionRule, Module
from counselor_desk.services.curriculum import MAX_COMPLETION_SESSIONS, ModuleDraft

TITLE, CORE, MATERIALS = range(3)


class CurriculumFields(QGroupBox):
    """Modules (add, remove, move up and down; title, core, materials) and the rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Curriculum (rolling groups take the modules in this order)"))
        self.setAccessibleName(self.tr("Curriculum"))
        self._ids: list[int] = []
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Curriculum modules"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Core"), self.tr("Materials")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MATERIALS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("Add module"))
        self.remove_button = QPushButton(self.tr("Remove module"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_module(ModuleDraft("")))
        self.remove_button.clicked.connect(self.remove_module)
        self.up_button.clicked.connect(lambda: self.move_module(-1))
        self.down_button.clicked.connect(lambda: self.move_module(1))
        self.all_core_check = QCheckBox(self.tr("Every core module attended"))
        self.all_core_check.setAccessibleName(self.tr("Completion: every core module attended"))
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setRange(0, MAX_COMPLETION_SESSIONS)
        self.sessions_spin.setSpecialValueText(self.tr("no minimum"))
        self.sessions_spin.setPrefix(self.tr("at least "))
        self.sessions_spin.setSuffix(self.tr(" sessions attended"))
        self.sessions_spin.setAccessibleName(self.tr("Completion: sessions attended"))
        self._lay_out()
        self._saved: tuple[tuple[ModuleDraft, ...], CompletionRule] = ((), CompletionRule())

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        rule = QHBoxLayout()
        rule.addWidget(QLabel(self.tr("Completed when:")))
        rule.addWidget(self.all_core_check)
        rule.addWidget(self.sessions_spin)
        rule.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(rule)

    # -- values in ---------------------------------------------------------------------------

    def load(self, modules: Sequence[Module], rule: CompletionRule) -> None:
        self._show([ModuleDraft(m.title, m.core, m.materials, m.id) for m in modules])
        self.all_core_check.setChecked(rule.all_core)
        self.sessions_spin.setValue(rule.min_sessions or 0)
        self.keep_as_saved()

    def _show(self, drafts: Sequence[ModuleDraft], current: int = -1) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for draft in drafts:
            self._append(draft)
        if 0 <= current < self.table.rowCount():
            self.table.selectRow(current)

    def _append(self, draft: ModuleDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(draft.id)
        title = QLineEdit(draft.title)
        title.setPlaceholderText(self.tr("e.g. Triggers and cravings"))
        title.setAccessibleName(self.tr("Module {number}: title").format(number=row + 1))
        core = QCheckBox()
        core.setChecked(draft.core)
        core.setAccessibleName(self.tr("Module {number}: core").format(number=row + 1))
        materials = QLineEdit(draft.materials)
        materials.setPlaceholderText(self.tr("Handouts, workbook pages…"))
        materials.setAccessibleName(self.tr("Module {number}: materials").format(number=row + 1))
        for column, widget in ((TITLE, title), (CORE, core), (MATERIALS, materials)):
            self.table.setCellWidget(row, column, widget)

    def add_module(self, draft: ModuleDraft) -> None:
        self._append(draft)
        row = self.table.rowCount() - 1
        self.table.selectRow(row)
        widget = self.table.cellWidget(row, TITLE)
        if widget is not None and self.isVisible():
            widget.setFocus()

    def _current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def remove_module(self) -> None:
        row = self._current()
        if row < 0:
            return
        drafts = self.drafts()
        del drafts[row]
        self._show(drafts, min(row, len(drafts) - 1))

    def move_module(self, step: int) -> None:
        row = self._current()
        target = row + step
        drafts = self.drafts()
        if row < 0 or not 0 <= target < len(drafts):
            return
        drafts[row], drafts[target] = drafts[target], drafts[row]
        self._show(drafts, target)

    # -- values out --------------------------------------------------------------------------

    def drafts(self) -> list[ModuleDraft]:
        found = []
        for row, module_id in enumerate(self._ids):
            title = self.table.cellWidget(row, TITLE)
            core = self.table.cellWidget(row, CORE)
            materials = self.table.cellWidget(row, MATERIALS)
            assert isinstance(title, QLineEdit) and isinstance(core, QCheckBox)
            assert isinstance(materials, QLineEdit)
            found.append(ModuleDraft(title.text(), core.isChecked(), materials.text(), module_id))
        return found

    def rule(self) -> CompletionRule:
        sessions = self.sessions_spin.value()
        return CompletionRule(self.all_core_check.isChecked(), sessions or None)

    def focus_widget(self) -> QWidget:
        return self.table

    def keep_as_saved(self) -> None:
        self._saved = (tuple(self.drafts()), self.rule())

    def has_unsaved_changes(self) -> bool:
        return (tuple(self.drafts()), self.rule()) != self._saved
