"""Rows of diagnoses (ICD-10 code + words) with add and remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Diagnosis


class DiagnosisTable(QWidget):
    changed = Signal()

    def __init__(self, diagnoses: tuple[Diagnosis, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("ICD-10 code"), self.tr("Description")])
        self.table.setAccessibleName(self.tr("Diagnoses"))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.setMinimumWidth(340)
        self.table.setColumnWidth(0, 100)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add diagnosis"))
        self.add_button.setAccessibleName(self.tr("Add diagnosis"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected diagnosis"))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.set_diagnoses(diagnoses)

    def set_diagnoses(self, diagnoses: tuple[Diagnosis, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for diagnosis in diagnoses:
            self.add_row(diagnosis.code, diagnosis.description)
        self.table.blockSignals(False)

    def add_row(self, code: str = "", description: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(description))
        return row

    def diagnoses(self) -> tuple[Diagnosis, ...]:
        """Rows with anything typed; fully blank rows are left out."""
        found = []
        for row in range(self.table.rowCount()):
            code_item, words_item = self.table.item(row, 0), self.table.item(row, 1)
            code = code_item.text() if code_item else ""
            words = words_item.text() if words_item else ""
            if code.strip() or words.strip():
                found.append(Diagnosis(code, words))
        return tuple(found)

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        if (item := self.table.item(row, 0)) is not None:
            self.table.editItem(item)
        self.changed.emit()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
