"""Caseload: every participant's week, hours against the minimum, attendance and flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.services import caseload_list, participants
from counselor_desk.services.caseload import Include
from counselor_desk.services.changes import Changes
from counselor_desk.ui.caseload_model import (
    COL_FLAGS,
    COL_HOURS,
    COL_NAME,
    CaseloadFilter,
    CaseloadModel,
)
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.participant_dialog import AdmitDialog
from counselor_desk.ui.help import FIRST_STEP
from counselor_desk.ui.widgets import remembered
from counselor_desk.ui.widgets.badges import FlagBadgeDelegate
from counselor_desk.ui.widgets.hours_bar import HoursBarDelegate
from counselor_desk.ui.widgets.labels import buddy_label
from counselor_desk.ui.widgets.refresh import RefreshWhenShown


class CaseloadTable(QTableView):
    """Enter opens the current participant (the view connects `activated`)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def admit_participant(ctx: AppContext, parent: QWidget) -> int | None:
    """Open the admit dialog; returns the new participant's id (None if cancelled)."""
    dialog = AdmitDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    participant_id: int = dialog.participant_id  # the dialog announced the admission itself
    ctx.bus.open_participant.emit(participant_id)
    return participant_id


class CaseloadView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refresher = RefreshWhenShown(self, self.refresh)
        self._build_filters()
        self._build_table()
        self._lay_out()
        self._connect()

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find by name or chart number (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Find participant"))
        self.include_combo = QComboBox()
        self.include_combo.addItem(self.tr("Active"), Include.ACTIVE)
        self.include_combo.addItem(self.tr("Discharged"), Include.DISCHARGED)
        self.include_combo.addItem(self.tr("All"), Include.ALL)
        self.include_combo.setAccessibleName(self.tr("Show participants"))
        self.new_button = QPushButton(self.tr("New participant…"))
        self.new_button.setAccessibleName(self.tr("New participant"))
        self.count_label = QLabel()

    def _build_table(self) -> None:
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = CaseloadTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(COL_HOURS, HoursBarDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_FLAGS, FlagBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        # Widths are measured when the rows change (on the rows on screen), not on every
        # keystroke of the filter; the counselor can still drag them.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(COL_FLAGS, QHeaderView.ResizeMode.Stretch)
        #: Columns sized to their contents at each refresh, until the counselor sizes one
        #: (or sized them in an earlier run): their widths are kept from then on.
        self._sizing = False
        self._auto_widths = not remembered.header(header, "caseload")
        header.sectionResized.connect(self._column_resized)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Find:"), self.filter_edit))
        top.addWidget(self.filter_edit, 1)
        top.addWidget(buddy_label(self.tr("&Show:"), self.include_combo))
        top.addWidget(self.include_combo)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.filter_edit, self.include_combo)
        self.setTabOrder(self.include_combo, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._open_first_match)
        self.include_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.activated.connect(self._open)
        self.new_button.clicked.connect(lambda: admit_participant(self.ctx, self))
        self.ctx.bus.changed.connect(self._changed)

    def include(self) -> Include:
        return Include(self.include_combo.currentData())

    def refresh(self) -> None:
        self.model.set_rows(caseload_list.rows(self.ctx.db, self.ctx.clock, self.include()))
        if self._auto_widths:
            self._sizing = True
            for column in range(self.model.columnCount() - 1):
                self.table.resizeColumnToContents(column)
            self._sizing = False
        self._update_count()

    def _column_resized(self, *_args: object) -> None:
        if not self._sizing and remembered.drags():
            self._auto_widths = False

    def _changed(self, changes: Changes) -> None:
        if changes.any_record or changes.attendance or changes.schedule:
            self.refresher.changed()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        if shown == total:
            text = self.tr("{total} participant(s)").format(total=total)
        else:
            text = self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        if (
            total == 0
            and self.include() is Include.ACTIVE
            and not participants.any_admitted(self.ctx.db)
        ):
            text = QCoreApplication.translate("Help", FIRST_STEP)
        self.count_label.setText(text)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _open_first_match(self) -> None:
        if self.proxy.rowCount() == 1:
            self._open(self.proxy.index(0, COL_NAME))
        elif self.proxy.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, COL_NAME))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.proxy.row_at(index.row())
            self.ctx.bus.open_participant.emit(row.participant_id)
