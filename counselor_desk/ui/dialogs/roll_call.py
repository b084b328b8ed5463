"""Roll call for one session, from the keyboard alone.

Up/Down move; P present, L late, E left early, X absent–excused, U absent–unexcused,
C cancelled; T toggles telehealth; Ctrl+A marks everyone present; Ctrl+S or Ctrl+Enter saves.
Late and left early ask for the *minutes attended* (the dialog shows the minutes missed).
Saving is one `record_roll_call` call: all marks or none.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Attendance, AttendanceStatus
from counselor_desk.services import sessions as session_service
from counselor_desk.services.changes import Changes
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.operations import write

#: Each status is marked by its own letter (AttendanceStatus.key); T is telehealth.
STATUS_KEYS: dict[int, AttendanceStatus] = {
    Qt.Key(ord(status.key)): status for status in AttendanceStatus
}
_ASKING = " and ".join(status.label.lower() for status in AttendanceStatus if status.asks_minutes)
LEGEND = (
    "Keys: "
    + " · ".join(f"<b>{status.key}</b> {status.label.lower()}" for status in AttendanceStatus)
    + " · <b>T</b> telehealth · <b>Ctrl+A</b> all present · <b>Ctrl+S</b> save. "
    + f"{_ASKING.capitalize()} ask for the minutes attended."
)

COL_NAME, COL_CHART, COL_WEEK, COL_STATUS, COL_MINUTES, COL_TELEHEALTH = range(6)
HEADERS = ("Name", "Chart", "Week", "Status", "Minutes attended", "Telehealth")


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Save / Discard / Cancel for marks not saved yet."""
    answer = QMessageBox.question(
        parent,
        "Roll call not saved",
        "The roll call has marks that are not saved. Save them?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class MinutesDialog(QDialog):
    """Minutes attended for a late arrival or an early leave (missed minutes shown live)."""

    def __init__(self, status: AttendanceStatus, duration: int, current: int, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(status.label)
        self.duration = duration
        self.spin = QSpinBox()
        self.spin.setRange(1, max(1, duration - 1))
        self.spin.setValue(current if 0 < current < duration else max(1, duration - 15))
        self.spin.setSuffix(" min")
        self.spin.setAccessibleName("Minutes attended")
        self.missed = QLabel()
        self.spin.valueChanged.connect(self._update_missed)
        self._update_missed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Minutes attended (the session lasts {duration} min):"))
        layout.addWidget(self.spin)
        layout.addWidget(self.missed)
        layout.addWidget(buttons)

    def _update_missed(self) -> None:
        self.missed.setText(f"{self.duration - self.spin.value()} minutes missed")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.spin.setFocus()
        self.spin.selectAll()


class RollCallDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet = session_service.roll_call_sheet(ctx.db, session_id)
        self.session = self.sheet.session
        self.duration = self.session.duration_minutes
        self.minutes_dialog: MinutesDialog | None = None
        self._dirty = False
        self._statuses: list[AttendanceStatus | None] = [row.status for row in self.sheet.rows]
        self.setWindowTitle("Roll call")
        self.resize(760, 520)

        when = f"{self.session.date:%a %Y-%m-%d} {self.session.start_time:%H:%M}"
        title = f"<b>{self.session.service_type.label}</b> · {self.sheet.program_name} · {when}"
        title += f" · {self.duration} min"
        if self.session.topic:
            title += f" · {self.session.topic}"
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        legend = QLabel(LEGEND)
        legend.setWordWrap(True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.cancelled_note = QLabel(
            "This session was cancelled by the program: mark everyone C (cancelled)."
        )
        self.cancelled_note.setVisible(self.session.cancelled)

        self.table = QTableWidget(len(self.sheet.rows), len(HEADERS))
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setAccessibleName("Participants expected")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_CHART, COL_WEEK, COL_STATUS, COL_MINUTES, COL_TELEHEALTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: list[QSpinBox] = []
        for position, row in enumerate(self.sheet.rows):
            self._set_text(position, COL_NAME, row.name)
            self._set_text(position, COL_CHART, row.chart_number)
            week = f"Week {row.program_week}" if row.program_week > 0 else "Before admission"
            self._set_text(position, COL_WEEK, week)
            self._set_text(position, COL_STATUS, self._status_text(row.status))
            self._colour_status(position, row.status)
            spin = QSpinBox()
            spin.setRange(0, self.duration)
            spin.setValue(row.minutes_attended)
            spin.setSuffix(" min")
            spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            spin.setAccessibleName(f"Minutes attended, row {position + 1}")
            spin.valueChanged.connect(self._mark_dirty)
            self.table.setCellWidget(position, COL_MINUTES, spin)
            self.spins.append(spin)
            tele = QTableWidgetItem()
            tele.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tele.setCheckState(Qt.CheckState.Checked if row.telehealth else Qt.CheckState.Unchecked)
            self.table.setItem(position, COL_TELEHEALTH, tele)
        self.table.itemChanged.connect(lambda _item: self._mark_dirty())
        if self.sheet.rows:
            self.table.setCurrentCell(0, COL_NAME)
        self.table.installEventFilter(self)

        self.empty_note = QLabel("Nobody is expected at this session.")
        self.empty_note.setVisible(not self.sheet.rows)
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        palette.show_as_error(self.error_label)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        all_text = "All cancelled" if self.session.cancelled else "All present"
        self.all_button = QPushButton(f"{all_text} (Ctrl+A)")
        self.all_button.setAccessibleName(all_text)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.mark_all)
        self.save_button = QPushButton("Save (Ctrl+S)")
        self.save_button.setAccessibleName("Save roll call")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton("Close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(legend)
        layout.addWidget(self.cancelled_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+A"), self).activated.connect(self.mark_all)
        self._update_count()
        self.table.setFocus()

    # --- rows -------------------------------------------------------------------------------
    def _set_text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, item)

    def _colour_status(self, row: int, status: AttendanceStatus | None) -> None:
        """The status cell in its status's colour role (plain while not marked)."""
        item = self.table.item(row, COL_STATUS)
        if item is None:
            return
        if status is None:
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            return
        item.setBackground(palette.background(status.colour))
        item.setForeground(palette.text(status.colour))

    @staticmethod
    def _status_text(status: AttendanceStatus | None) -> str:
        return "— not marked" if status is None else status.label

    def status_of(self, row: int) -> AttendanceStatus | None:
        return self._statuses[row]

    def set_status(self, row: int, status: AttendanceStatus, minutes: int | None = None) -> None:
        """Mark one row; minutes follow the status unless given (late / left early)."""
        self._statuses[row] = status
        item = self.table.item(row, COL_STATUS)
        if item is not None:
            item.setText(self._status_text(status))
        self._colour_status(row, status)
        if minutes is None:
            minutes = session_service.default_minutes(status, self.duration)
        self.spins[row].setValue(minutes)
        self._mark_dirty()

    def mark_all(self) -> None:
        status = AttendanceStatus.CANCELLED if self.session.cancelled else AttendanceStatus.PRESENT
        for row in range(len(self._statuses)):
            self.set_status(row, status)

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.error_label.hide()
        self._update_count()

    def _update_count(self) -> None:
        missing = sum(1 for status in self._statuses if status is None)
        total = len(self._statuses)
        text = f"{total} expected"
        if missing:
            text += f" · {missing} not marked yet"
        self.count_label.setText(text)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        row = self.table.currentRow()
        if modifiers == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_A:
            self.mark_all()
            return True
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if row < 0:
            return False
        key = event.key()
        if key == Qt.Key.Key_T:
            item = self.table.item(row, COL_TELEHEALTH)
            if item is not None:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        status = STATUS_KEYS.get(key)
        if status is None:
            return False
        if status.asks_minutes:
            self._ask_minutes(row, status)
        else:
            self.set_status(row, status)
            self._next_row(row)
        return True

    def _next_row(self, row: int) -> None:
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, COL_NAME)

    def _ask_minutes(self, row: int, status: AttendanceStatus) -> None:
        dialog = MinutesDialog(status, self.duration, self.spins[row].value(), self)
        self.minutes_dialog = dialog

        def done(result: int) -> None:
            self.minutes_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.set_status(row, status, dialog.spin.value())
                self._next_row(row)
            self.table.setFocus()

        dialog.finished.connect(done)
        dialog.open()

    # --- saving -----------------------------------------------------------------------------
    def marks(self) -> list[Attendance]:
        result = []
        for position, row in enumerate(self.sheet.rows):
            status = self._statuses[position]
            if status is None:
                continue
            tele = self.table.item(position, COL_TELEHEALTH)
            result.append(
                Attendance(
                    session_id=self.session.id,
                    participant_id=row.participant_id,
                    status=status,
                    minutes_attended=self.spins[position].value(),
                    telehealth=tele is not None and tele.checkState() == Qt.CheckState.Checked,
                    comment=row.comment,
                )
            )
        return result

    def save(self) -> bool:
        """Store every mark in one call; on a problem the dialog stays open with it shown."""
        missing = [
            row.name
            for row, status in zip(self.sheet.rows, self._statuses, strict=True)
            if status is None
        ]
        if missing:
            self._show_error(
                f"Status: {len(missing)} participant(s) not marked yet ({', '.join(missing[:3])}"
                f"{'…' if len(missing) > 3 else ''}). Mark them (P for present) or use All present."
            )
            return False
        if not self.sheet.rows:
            self._dirty = False
            self.accept()
            return True
        done = write(
            self.ctx,
            lambda: session_service.record_roll_call(
                self.ctx.db, self.session.id, self.marks(), self.ctx.clock
            ),
            Changes.attendance_of(self.session.id),
            errors=lambda error: self._show_error(plain_message(error)),
            then=lambda _saved: self._saved(),
        )
        return done is not None

    def _saved(self) -> None:
        self._dirty = False
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def reject(self) -> None:
        if self._dirty:
            choice = ask_unsaved(self)
            if choice is Unsaved.CANCEL:
                return
            if choice is Unsaved.SAVE:
                self.save()
                return
        self._dirty = False
        super().reject()
