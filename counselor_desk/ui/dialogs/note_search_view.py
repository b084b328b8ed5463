"""The note search window's widgets: a view with no database and no search of its own.

It shows the hits it is given (participant, date, kind, draft or signed, snippet), turns
typing and keys into requests (`query_edited`, `query_submitted`, `hit_chosen`) and shows the
line the controller (`note_search.NoteSearchController`) words. Down in the search box goes
to the results; Enter or a double-click on a result asks for it to be opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.services.search import NoteHit
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.widgets.labels import buddy_label
from counselor_desk.ui.widgets.table_model import Column, TableModel

TITLE = QT_TRANSLATE_NOOP("NoteSearchView", "Search notes")
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "NoteSearchView", "Words in any note, individual or group (Ctrl+Shift+F)"
)


def participant_text(hit: NoteHit) -> str:
    return f"{hit.name} · {hit.chart_number}" if hit.name else hit.chart_number


def kind_text(hit: NoteHit) -> str:
    """The session's service, and whether the note is an attendee's entry of a group note."""
    label = domain_text(hit.service_type.label)
    if not hit.is_group_entry:
        return label
    return QCoreApplication.translate("NoteSearchView", "{service} · group note").format(
        service=label
    )


def status_text(hit: NoteHit) -> str:
    if hit.signed:
        return QCoreApplication.translate("NoteSearchView", "Signed")
    return QCoreApplication.translate("NoteSearchView", "Draft")


#: The headers are translated by the model (its context is "NoteSearchView").
COLUMNS: list[Column[NoteHit]] = [
    Column(QT_TRANSLATE_NOOP("NoteSearchView", "Date"), lambda hit: f"{hit.session_date:%Y-%m-%d}"),
    Column(QT_TRANSLATE_NOOP("NoteSearchView", "Participant"), participant_text),
    Column(QT_TRANSLATE_NOOP("NoteSearchView", "Kind"), kind_text),
    Column(QT_TRANSLATE_NOOP("NoteSearchView", "Status"), status_text),
    Column(
        QT_TRANSLATE_NOOP("NoteSearchView", "Snippet"),
        lambda hit: hit.snippet,
        tooltip=lambda hit: hit.snippet,
    ),
]
COL_DATE, COL_PARTICIPANT, COL_KIND, COL_STATUS, COL_SNIPPET = range(len(COLUMNS))


class QueryEdit(QLineEdit):
    """The search box; Down asks to go to the results (`down_pressed`)."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ResultsTable(QTableView):
    """Enter opens the current result, whatever the style does with it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class NoteSearchView(QDialog):
    """A window of its own beside the main one (not modal): search, look, open, search again."""

    query_edited = Signal(str)
    query_submitted = Signal()
    hit_chosen = Signal(int)  # a row of the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NoteSearchView", TITLE))
        self.setModal(False)
        self.query_edit = QueryEdit()
        self.query_edit.setPlaceholderText(
            QCoreApplication.translate("NoteSearchView", PLACEHOLDER)
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setAccessibleName(self.tr("Search notes for"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Search result"))
        self.model: TableModel[NoteHit] = TableModel(COLUMNS, self, context="NoteSearchView")
        self.results = ResultsTable()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Notes found"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.setTabKeyNavigation(False)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(COL_SNIPPET, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(buddy_label(self.tr("&Search notes for:"), self.query_edit))
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        self.resize(960, 540)
        self.query_edit.textChanged.connect(self.query_edited)
        self.query_edit.returnPressed.connect(self.query_submitted)
        self.query_edit.down_pressed.connect(self.focus_results)
        self.results.activated.connect(self._activated)

    def query(self) -> str:
        return self.query_edit.text()

    def show_hits(self, hits: list[NoteHit], message: str) -> None:
        """Show these notes, in this order, the first one current, and the line under them."""
        self.model.set_rows(hits)
        if hits:
            for column in (COL_DATE, COL_PARTICIPANT, COL_KIND, COL_STATUS):
                self.results.resizeColumnToContents(column)
            self.results.setCurrentIndex(self.model.index(0, COL_DATE))
        self.message.setText(message)

    def hits(self) -> list[NoteHit]:
        return self.model.records()

    def current_row(self) -> int | None:
        index = self.results.currentIndex()
        return index.row() if index.isValid() else None

    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, COL_DATE))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(index.row())
