"""Sessions over a date range: roll-call state at a glance; roll call, group note, add,
location, cancel, sign-in sheet (a group, family or education session's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_note import takes_group_note
from counselor_desk.domain.model import ServiceType
from counselor_desk.services import sessions as session_service
from counselor_desk.services.changes import Changes
from counselor_desk.services.clock import Clock
from counselor_desk.services.sessions import DaySession
from counselor_desk.store.db import Database, StoreError
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.encryption import export_caption
from counselor_desk.ui.dialogs.session import SessionActions
from counselor_desk.ui.today_view import SessionTable, setup_session_table
from counselor_desk.ui.widgets.document_language import DocumentLanguageBox
from counselor_desk.ui.widgets.labels import buddy_label
from counselor_desk.ui.widgets.refresh import RefreshWhenShown
from counselor_desk.ui.widgets.session_table import (
    COL_DATE,
    COL_FOR,
    SESSION_ROLE,
    SORT_ROLE,
    SessionTableModel,
)

PAST_WEEKS = 4


def default_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """This calendar week (Monday–Sunday) and the four weeks before it."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday - dt.timedelta(weeks=PAST_WEEKS), monday + dt.timedelta(days=6)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _export_signin_sheet(
    db: Database, session_id: int, out: Path, clock: Clock, *, language: str
) -> Path:
    """The sign-in sheet written (services.documents), imported with the first one: the
    documents' builders are not needed for the first window."""
    from counselor_desk.services import documents

    return documents.export_signin_sheet(db, session_id, out, clock, language=language)


class SessionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refresher = RefreshWhenShown(self, self.refresh)
        self.actions_ = SessionActions(ctx, self)
        self.export_signin = _export_signin_sheet

        today = ctx.clock.today()
        self._build_range(today)
        self._build_table(today)
        self._build_buttons()
        self._lay_out()
        self._connect()

    def _build_range(self, today: dt.date) -> None:
        first, last = default_range(today)
        self.from_edit = QDateEdit(_qdate(first))
        self.to_edit = QDateEdit(_qdate(last))
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.range_error = QLabel()

    def _build_table(self, today: dt.date) -> None:
        self.model = SessionTableModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = SessionTable()
        self.table.setAccessibleName(self.tr("Sessions"))
        setup_session_table(self.table, self.proxy, hide_date=False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)

    def _build_buttons(self) -> None:
        self.roll_call_button = QPushButton(self.tr("Take &roll call"))
        self.roll_call_button.setAccessibleName(self.tr("Take roll call"))
        self.group_note_button = QPushButton(self.tr("Group &note"))
        self.group_note_button.setAccessibleName(self.tr("Write the group note"))
        self.group_note_button.setToolTip(
            self.tr("Write the group note of the selected session (Alt+N); roll call comes first")
        )
        self.add_button = QPushButton(self.tr("&Add session…"))
        self.add_button.setAccessibleName(self.tr("Add session"))
        self.location_button = QPushButton(self.tr("&Location…"))
        self.location_button.setAccessibleName(self.tr("Session location"))
        self.location_button.setToolTip(self.tr("Where the selected session meets (Alt+L)"))
        self.cancel_button = QPushButton(self.tr("&Cancel / restore…"))
        self.cancel_button.setAccessibleName(self.tr("Cancel or restore session"))
        self.signin_button = QPushButton(self.tr("&Sign-in sheet…"))
        self.signin_button.setAccessibleName(self.tr("Export sign-in sheet"))
        self.open_after = QCheckBox(self.tr("Open after export"))
        self.open_after.setChecked(True)
        self.open_after.setAccessibleName(self.tr("Open the sign-in sheet after export"))
        self.language_box = DocumentLanguageBox()
        self.language_box.setAccessibleName(self.tr("Language of the sign-in sheet"))
        self.count_label = QLabel()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&From:"), self.from_edit))
        top.addWidget(self.from_edit)
        top.addWidget(buddy_label(self.tr("&To:"), self.to_edit))
        top.addWidget(self.to_edit)
        top.addWidget(self.range_error)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(buddy_label(self.tr("Sign-in sheets &in:"), self.language_box))
        top.addWidget(self.language_box)
        buttons = QHBoxLayout()
        for widget in (
            self.roll_call_button,
            self.group_note_button,
            self.add_button,
            self.location_button,
            self.cancel_button,
            self.signin_button,
        ):
            buttons.addWidget(widget)
        buttons.addWidget(self.open_after)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.table.activated.connect(self._roll_call_at)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.roll_call_button.clicked.connect(self._roll_call_current)
        self.group_note_button.clicked.connect(self._group_note_current)
        self.add_button.clicked.connect(self._add)
        self.location_button.clicked.connect(self._location_current)
        self.cancel_button.clicked.connect(self._cancel_current)
        self.signin_button.clicked.connect(self.export_current_signin)
        self.ctx.bus.changed.connect(self._changed)

    def date_range(self) -> tuple[dt.date, dt.date]:
        first: dt.date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return first, last

    def refresh(self) -> None:
        first, last = self.date_range()
        if last < first:
            self.range_error.setText(self.tr("‘To’ is before ‘From’."))
            self.model.set_rows([], self.ctx.clock.today())
        elif (last - first).days > 366:
            self.range_error.setText(self.tr("Show at most one year at a time."))
            self.model.set_rows([], self.ctx.clock.today())
        else:
            self.range_error.setText("")
            rows = session_service.sessions_between(self.ctx.db, first, last)
            self.model.set_rows(rows, self.ctx.clock.today())
        self.table.resizeColumnToContents(COL_FOR)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(self._row_of_today())
        self.count_label.setText(self.tr("{count} session(s)").format(count=self.model.rowCount()))
        self._update_buttons()

    def _row_of_today(self) -> int:
        """The row to start on: today's first session, else the latest before today, else
        the first row (never a session weeks ahead just because it sorts first)."""
        today = self.ctx.clock.today()
        todays: list[tuple[dt.time, int]] = []
        past: list[tuple[dt.date, dt.time, int]] = []
        for row in range(self.proxy.rowCount()):
            item: DaySession = self.proxy.data(self.proxy.index(row, 0), SESSION_ROLE)
            if item.session.date == today:
                todays.append((item.session.start_time, row))
            elif item.session.date < today:
                past.append((item.session.date, item.session.start_time, row))
        if todays:
            return min(todays)[1]
        return max(past)[2] if past else 0

    def _changed(self, changes: Changes) -> None:
        if changes.schedule or changes.attendance or changes.participants:
            self.refresher.changed()

    def current_session(self) -> DaySession | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: DaySession = self.proxy.data(index, SESSION_ROLE)
        return row

    def _update_buttons(self) -> None:
        current = self.current_session()
        for button in (self.roll_call_button, self.location_button, self.cancel_button):
            button.setEnabled(current is not None)
        self.group_note_button.setEnabled(current is not None and takes_group_note(current.session))
        individual = current is not None and (
            current.session.service_type is ServiceType.INDIVIDUAL
        )
        self.signin_button.setEnabled(current is not None and not individual)
        self.signin_button.setToolTip(
            self.tr("An individual session has no sign-in sheet; its session note documents it")
            if individual
            else self.tr("Export the sign-in sheet of the selected session (Alt+S)")
        )

    def _roll_call_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.actions_.roll_call(self.proxy.data(index, SESSION_ROLE))

    def _roll_call_current(self) -> None:
        current = self.current_session()
        if current is not None:
            self.actions_.roll_call(current)

    def _group_note_current(self) -> None:
        current = self.current_session()
        if current is not None:
            self.actions_.group_note(current)

    def _location_current(self) -> None:
        current = self.current_session()
        if current is not None:
            self.actions_.edit_location(current)

    def _cancel_current(self) -> None:
        current = self.current_session()
        if current is not None:
            self.actions_.toggle_cancelled(current)

    def _add(self) -> None:
        current = self.current_session()
        self.actions_.add(current.session.date if current else self.ctx.clock.today())

    def export_current_signin(self) -> Path | None:
        current = self.current_session()
        if current is None:
            return None
        session = current.session
        from counselor_desk.services import documents

        suggested = documents.default_file_name("signin", None, session.date, session.id)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            export_caption(self.tr("Save sign-in sheet")),
            str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        out = Path(path)
        try:
            self.export_signin(
                self.ctx.db, session.id, out, self.ctx.clock, language=self.language_box.language()
            )
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Sign-in sheet"), error.message)
            return None
        except (StoreError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Sign-in sheet"),
                self.tr("The sign-in sheet was not saved: {error}").format(error=error),
            )
            return None
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out
