"""The roll-call sheet's widgets: a view with no database and no marks of its own.

It shows the sheet it is given (who is expected, the marks stored so far), turns keys into
requests (`status_key`, `mark_all_requested`, `save_requested`) and shows what the
controller (`roll_call.RollCallDialog`) decides: each row's status and minutes, the count,
a problem. The comment cell is the one thing typed into: Enter or F2 (or a double-click)
opens it, and while it is open the status letters are ordinary letters.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.curriculum import Module
from counselor_desk.domain.model import AttendanceStatus
from counselor_desk.services.sessions import RollCallSheet
from counselor_desk.ui import palette
from counselor_desk.ui.dialogs.form import Unsaved, ask_unsaved_question
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, date_text, domain_text

#: Each status is marked by its own letter (AttendanceStatus.key); T is telehealth.
STATUS_KEYS: dict[int, AttendanceStatus] = {
    Qt.Key(ord(status.key)): status for status in AttendanceStatus
}


def legend() -> str:
    """The keys of the sheet, in the app's language (the status letters never change)."""
    statuses = " · ".join(
        f"<b>{status.key}</b> {domain_text(status.label).lower()}" for status in AttendanceStatus
    )
    asking = [
        domain_text(status.label).lower() for status in AttendanceStatus if status.asks_minutes
    ]
    if len(asking) == 2:
        minutes = QCoreApplication.translate(
            "RollCallView", "{first} and {second} ask for the minutes attended."
        ).format(first=asking[0], second=asking[1])
    else:
        minutes = QCoreApplication.translate(
            "RollCallView", "{statuses} ask for the minutes attended."
        ).format(statuses=", ".join(asking))
    return QCoreApplication.translate(
        "RollCallView",
        "Keys: {statuses} · <b>T</b> telehealth · <b>Ctrl+A</b> all present · <b>Ctrl+S</b> save. "
        "{minutes} <b>Enter</b> or <b>F2</b> writes a comment for the row; Enter again keeps it, "
        "Esc leaves it as it was.",
    ).format(statuses=statuses, minutes=minutes[:1].upper() + minutes[1:])


#: The legend in English (what the sheet shows without a translation).
LEGEND = legend()

COL_NAME, COL_CHART, COL_WEEK, COL_STATUS, COL_MINUTES, COL_TELEHEALTH, COL_COMMENT = range(7)
#: Translated where the table is made.
HEADERS = (
    QT_TRANSLATE_NOOP("RollCallView", "Name"),
    QT_TRANSLATE_NOOP("RollCallView", "Chart"),
    QT_TRANSLATE_NOOP("RollCallView", "Week"),
    QT_TRANSLATE_NOOP("RollCallView", "Status"),
    QT_TRANSLATE_NOOP("RollCallView", "Minutes attended"),
    QT_TRANSLATE_NOOP("RollCallView", "Telehealth"),
    QT_TRANSLATE_NOOP("RollCallView", "Comment"),
)
#: Keys that open the current row's comment for typing.
COMMENT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Save / Discard / Cancel for marks not saved yet."""
    return ask_unsaved_question(
        parent,
        QCoreApplication.translate("RollCallView", "Roll call not saved"),
        QCoreApplication.translate(
            "RollCallView", "The roll call has marks that are not saved. Save them?"
        ),
    )


class MinutesDialog(QDialog):
    """Asks for the minutes *attended* of a late arrival or an early leave, and shows the
    minutes missed as the number changes, so the two are never confused."""

    def __init__(self, status: AttendanceStatus, duration: int, current: int, parent: QWidget):
        super().__init__(parent)
        label = domain_text(status.label)
        self.setWindowTitle(label)
        self.setMinimumWidth(380)
        self.duration = duration
        self.question = QLabel(
            self.tr(
                "<b>{status}</b>: enter the minutes the participant <b>attended</b>, "
                "not the minutes missed."
            ).format(status=label)
        )
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setWordWrap(True)
        self.spin = QSpinBox()
        self.spin.setRange(1, max(1, duration - 1))
        self.spin.setValue(current if 0 < current < duration else max(1, duration - 15))
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setAccessibleName(self.tr("Minutes attended"))
        self.attended_label = QLabel(
            self.tr("Minutes &attended (of {duration}):").format(duration=duration)
        )
        self.attended_label.setBuddy(self.spin)
        self.missed = QLabel()
        self.missed.setAccessibleName(self.tr("Minutes missed"))
        self.spin.valueChanged.connect(self._update_missed)
        self._update_missed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        attended = QHBoxLayout()
        attended.addWidget(self.attended_label)
        attended.addWidget(self.spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(attended)
        layout.addWidget(self.missed)
        layout.addWidget(buttons)

    def _update_missed(self) -> None:
        self.missed.setText(
            self.tr("Missed: {minutes} min").format(minutes=self.duration - self.spin.value())
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.spin.setFocus()
        self.spin.selectAll()


class RollCallView(QDialog):
    """Heading, key legend, one row per expected participant, and All present / Save / Close."""

    edited = Signal()  # minutes, telehealth or a comment changed in the table
    status_key = Signal(int, object)  # row, AttendanceStatus: its letter was pressed
    mark_all_requested = Signal()
    save_requested = Signal()

    def __init__(
        self,
        sheet: RollCallSheet,
        parent: QWidget | None = None,
        *,
        modules: Sequence[Module] = (),
        module_id: int | None = None,
    ) -> None:
        """`modules`: the program's curriculum (none: no module row); `module_id` the one
        the combo starts on (the session's, else the rotation's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roll call"))
        self.resize(940, 540)
        self._build_heading(sheet)
        self._build_module(modules, module_id)
        self._build_table(sheet)
        self._build_footer(sheet.session.cancelled, bool(sheet.rows))
        self._lay_out()
        self._connect_view()
        self.table.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_heading(self, sheet: RollCallSheet) -> None:
        session = sheet.session
        when = (
            f"{date_text(session.date, 'ddd')} {session.date:%Y-%m-%d} {session.start_time:%H:%M}"
        )
        title = f"<b>{domain_text(session.service_type.label)}</b> · {sheet.program_name} · {when}"
        title += " · " + self.tr("{minutes} min").format(minutes=session.duration_minutes)
        if session.topic:
            title += f" · {session.topic}"
        self.heading = QLabel(title)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.legend = QLabel(legend())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.cancelled_note = QLabel(
            self.tr("This session was cancelled by the program: mark everyone C (cancelled).")
        )
        self.cancelled_note.setVisible(session.cancelled)

    def _build_module(self, modules: Sequence[Module], module_id: int | None) -> None:
        self.module_combo = QComboBox()
        self.module_combo.setAccessibleName(self.tr("Module covered"))
        for module in modules:
            text = (
                self.tr("{number}. {title} (core)")
                if module.core
                else self.tr("{number}. {title} (elective)")
            )
            self.module_combo.addItem(
                text.format(number=module.position, title=module.title), module.id
            )
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.module_label = QLabel(self.tr("&Module covered:"))
        self.module_label.setBuddy(self.module_combo)
        self._materials = {module.id: module.materials for module in modules}
        self.materials_label = QLabel()
        self.materials_label.setWordWrap(True)
        self._show_materials()
        self.module_combo.currentIndexChanged.connect(lambda _index: self._show_materials())
        for widget in (self.module_label, self.module_combo, self.materials_label):
            widget.setVisible(bool(modules))

    def _show_materials(self) -> None:
        materials = self._materials.get(self.module_combo.currentData(), "")
        self.materials_label.setText(
            self.tr("Materials: {materials}").format(materials=materials) if materials else ""
        )

    def chosen_module(self) -> int | None:
        """The module chosen in the combo (None without a curriculum)."""
        data = self.module_combo.currentData()
        return None if data is None else int(data)

    def _build_table(self, sheet: RollCallSheet) -> None:
        self.table = QTableWidget(len(sheet.rows), len(HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RollCallView", header) for header in HEADERS]
        )
        self.table.setAccessibleName(self.tr("Participants expected"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Only the comment cells are editable: a double-click there, or Enter / F2 (_handle_key).
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NAME, COL_CHART, COL_WEEK, COL_STATUS, COL_MINUTES, COL_TELEHEALTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        duration = sheet.session.duration_minutes
        self.spins: list[QSpinBox] = []
        for position, row in enumerate(sheet.rows):
            self._set_text(position, COL_NAME, row.name)
            self._set_text(position, COL_CHART, row.chart_number)
            week = (
                self.tr("Week {week}").format(week=row.program_week)
                if row.program_week > 0
                else self.tr("Before admission")
            )
            self._set_text(position, COL_WEEK, week)
            self._set_text(position, COL_STATUS, "")
            self.show_status(position, row.status)
            spin = QSpinBox()
            spin.setRange(0, duration)
            spin.setValue(row.minutes_attended)
            spin.setSuffix(self.tr(" min"))
            spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            spin.setAccessibleName(self.tr("Minutes attended, row {row}").format(row=position + 1))
            self.table.setCellWidget(position, COL_MINUTES, spin)
            self.spins.append(spin)
            tele = QTableWidgetItem()
            tele.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tele.setCheckState(Qt.CheckState.Checked if row.telehealth else Qt.CheckState.Unchecked)
            self.table.setItem(position, COL_TELEHEALTH, tele)
            comment = QTableWidgetItem(row.comment)
            comment.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
            comment.setToolTip(self.tr("Enter or F2 to write a comment; Enter again keeps it"))
            self.table.setItem(position, COL_COMMENT, comment)
        if sheet.rows:
            self.table.setCurrentCell(0, COL_NAME)

    def _build_footer(self, cancelled: bool, anyone: bool) -> None:
        self.empty_note = QLabel(self.tr("Nobody is expected at this session."))
        self.empty_note.setVisible(not anyone)
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        palette.show_as_error(self.error_label)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        if cancelled:
            self.all_button = QPushButton(self.tr("All cancelled (Ctrl+A)"))
            self.all_button.setAccessibleName(self.tr("All cancelled"))
        else:
            self.all_button = QPushButton(self.tr("All present (Ctrl+A)"))
            self.all_button.setAccessibleName(self.tr("All present"))
        self.all_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save roll call"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        module = QHBoxLayout()
        module.addWidget(self.module_label)
        module.addWidget(self.module_combo)
        module.addWidget(self.materials_label, 1)
        layout.addWidget(self.heading)
        layout.addLayout(module)
        layout.addWidget(self.legend)
        layout.addWidget(self.cancelled_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _connect_view(self) -> None:
        for spin in self.spins:
            spin.valueChanged.connect(lambda _value: self.edited.emit())
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.module_combo.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.table.installEventFilter(self)
        self.all_button.clicked.connect(self.mark_all_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.reject)
        for sequence in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self.save_requested)
        QShortcut(QKeySequence("Ctrl+A"), self).activated.connect(self.mark_all_requested)

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, item)

    # -- what the controller shows -----------------------------------------------------------

    def show_status(self, row: int, status: AttendanceStatus | None) -> None:
        """The row's status in words and in its status's colour role (plain while not marked)."""
        item = self.table.item(row, COL_STATUS)
        if item is None:
            return
        item.setText(self.tr("— not marked") if status is None else domain_text(status.label))
        if status is None:
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            return
        item.setBackground(palette.background(status.colour))
        item.setForeground(palette.text(status.colour))

    def set_minutes(self, row: int, minutes: int) -> None:
        self.spins[row].setValue(minutes)

    def minutes(self, row: int) -> int:
        return self.spins[row].value()

    def telehealth(self, row: int) -> bool:
        item = self.table.item(row, COL_TELEHEALTH)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def toggle_telehealth(self, row: int) -> None:
        item = self.table.item(row, COL_TELEHEALTH)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def comment(self, row: int) -> str:
        item = self.table.item(row, COL_COMMENT)
        return "" if item is None else item.text()

    def edit_comment(self, row: int) -> None:
        """Open the row's comment for typing (the status letters are letters until it closes),
        the cursor after what is written so far."""
        item = self.table.item(row, COL_COMMENT)
        if item is None:
            return
        self.table.setCurrentItem(item)
        self.table.editItem(item)
        editor = self.table.indexWidget(self.table.currentIndex())
        if isinstance(editor, QLineEdit):
            editor.end(False)

    def keep_comment_being_typed(self) -> None:
        """Store the text of a comment still open (Save or Close pressed while typing)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index)
        if editor is not None:
            self.table.itemDelegateForIndex(index).setModelData(editor, self.table.model(), index)

    def next_row(self, row: int) -> None:
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, COL_NAME)

    def show_count(self, text: str) -> None:
        self.count_label.setText(text)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def hide_error(self) -> None:
        self.error_label.hide()

    # -- keyboard ----------------------------------------------------------------------------

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
            self.mark_all_requested.emit()
            return True
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if row < 0:
            return False
        key = event.key()
        if key in COMMENT_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            if self.table.state() == QAbstractItemView.State.EditingState:
                return False  # the Enter that closes a comment, on its way out
            self.edit_comment(row)
            return True
        if key == Qt.Key.Key_T:
            self.toggle_telehealth(row)
            return True
        status = STATUS_KEYS.get(key)
        if status is None:
            return False
        self.status_key.emit(row, status)
        return True
