"""Today: the day's sessions in time order with roll-call state, and what needs attention:
group notes still to write (one click opens the group note) and the participants whose
weekly review is flagged (one click opens the record). A participant with an open safety
flag comes first, the whole line in the danger colour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.group_note import takes_group_note
from counselor_desk.domain.measure_due import DueMeasure
from counselor_desk.domain.rules import PLAN_FLAGS, Flag
from counselor_desk.services import caseload, group_notes, participants
from counselor_desk.services import sessions as session_service
from counselor_desk.services.caseload import Review
from counselor_desk.services.changes import Changes
from counselor_desk.services.group_notes import OwedGroupNote
from counselor_desk.services.sessions import DaySession
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.session import SessionActions
from counselor_desk.ui.help import FIRST_STEP
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.widgets import remembered
from counselor_desk.ui.widgets.refresh import RefreshWhenShown
from counselor_desk.ui.widgets.session_table import (
    COL_DATE,
    COL_FOR,
    COL_TOPIC,
    SESSION_ROLE,
    SessionTableModel,
)
from counselor_desk.ui.widgets.table_model import Column, TableModel

#: The participant id of a needs-attention item (a role of its own beside the record's).
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The session id of a group note still to write.
OWED_SESSION_ROLE = Qt.ItemDataRole.UserRole + 4
#: At most this many owed group notes are shown without scrolling.
OWED_ROWS_SHOWN = 4


def due_measure_words(due: DueMeasure) -> str:
    """'PHQ-9 at admission: due 2026-03-02', in the app's language."""
    if due.overdue:
        words = QCoreApplication.translate("TodayView", "{instrument} {why}: overdue since {date}")
    else:
        words = QCoreApplication.translate("TodayView", "{instrument} {why}: due {date}")
    return words.format(
        instrument=due.instrument, why=domain_text(due.why.label), date=f"{due.due_on:%Y-%m-%d}"
    )


def _flag_words(review: Review, flag: Flag) -> str:
    """One flag in words, with the figure behind it where it helps."""
    label = domain_text(flag.label)
    if flag is Flag.SHORT_HOURS:
        weeks = [week for week in review.weeks if week.complete]
        if weeks and weeks[-1].minimum_hours is not None:
            week = weeks[-1]
            return QCoreApplication.translate(
                "TodayView", "{flag} (week {week}: {hours} of {minimum} h)"
            ).format(
                flag=label,
                week=week.week,
                hours=f"{week.hours:.1f}",
                minimum=f"{week.minimum_hours:g}",
            )
    elif flag is Flag.ABSENCES:
        return QCoreApplication.translate(
            "TodayView", "{flag} ({count} unexcused in a row)"
        ).format(flag=label, count=review.consecutive_unexcused)
    elif flag in (Flag.ENDING_SOON, Flag.PAST_END):
        return f"{label} ({review.projected_end:%Y-%m-%d})"
    elif flag is Flag.SUMMARY_DUE and review.summary_due is not None:
        return QCoreApplication.translate("TodayView", "{flag} (by {date})").format(
            flag=label, date=f"{review.summary_due:%Y-%m-%d}"
        )
    elif flag in (Flag.MEASURE_DUE, Flag.MEASURE_OVERDUE):
        overdue = flag is Flag.MEASURE_OVERDUE
        due = [due_measure_words(m) for m in review.measures_due if m.overdue == overdue]
        if due:
            return f"{label} ({', '.join(due)})"
    elif flag in PLAN_FLAGS and review.plan_due is not None:
        if review.plan_due.overdue:
            words = QCoreApplication.translate("TodayView", "{flag} (since {date})")
        else:
            words = QCoreApplication.translate("TodayView", "{flag} (by {date})")
        return words.format(flag=label, date=f"{review.plan_due.due:%Y-%m-%d}")
    return label


def attention_reason(review: Review) -> str:
    """The flags in words, with the figure behind each where it helps."""
    return "; ".join(_flag_words(review, flag) for flag in review.flags)


def safety_first(reviews: list[Review]) -> list[Review]:
    """Participants with an open safety flag first; each group keeps its (name) order."""
    return sorted(reviews, key=lambda review: not review.safety_flag)


def attention_line(review: Review) -> str:
    return f"{review.participant.display_name} — {attention_reason(review)}"


def urgent_colour(review: Review) -> QColor | None:
    """A square in the colour of the most urgent flag, as its badge."""
    if not review.flags:
        return None
    urgent = max(review.flags, key=lambda flag: flag.severity)
    return palette.background(urgent.colour)


def _safety_background(review: Review) -> QColor | None:
    return palette.background(ColourRole.DANGER) if review.safety_flag else None


def _safety_text(review: Review) -> QColor | None:
    return palette.text(ColourRole.DANGER) if review.safety_flag else None


def _safety_font(review: Review) -> QFont | None:
    if not review.safety_flag:
        return None
    font = QFont()
    font.setBold(True)
    return font


ATTENTION_COLUMNS: tuple[Column[Review], ...] = (
    Column(
        QT_TRANSLATE_NOOP("TodayView", "Needs attention"),
        attention_line,
        tooltip=attention_line,  # the whole line where the list is too narrow for it
        background=_safety_background,
        foreground=_safety_text,
        font=_safety_font,
        roles={
            PARTICIPANT_ROLE: lambda review: review.participant.id,
            Qt.ItemDataRole.DecorationRole: urgent_colour,
        },
    ),
)


def owed_line(owed: OwedGroupNote) -> str:
    return QCoreApplication.translate(
        "TodayView", "Group note to write: {date} {time} {topic} ({signed} of {attended} signed)"
    ).format(
        date=f"{owed.date:%Y-%m-%d}",
        time=f"{owed.start_time:%H:%M}",
        topic=owed.topic,
        signed=owed.signed,
        attended=owed.attended,
    )


OWED_COLUMNS: tuple[Column[OwedGroupNote], ...] = (
    Column(
        QT_TRANSLATE_NOOP("TodayView", "Group notes to write"),
        owed_line,
        roles={OWED_SESSION_ROLE: lambda owed: owed.session_id},
    ),
)


class SessionTable(QTableView):
    """Enter on a session takes roll call (the view connects `activated`)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class AttentionList(QListView):
    """Enter on an item opens it: a participant's record, a group note (the view connects
    `activated`)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def setup_session_table(table: QTableView, model: QAbstractItemModel, hide_date: bool) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)  # measure the rows on screen, not every row
    header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_FOR, QHeaderView.ResizeMode.Interactive)
    table.setColumnHidden(COL_DATE, hide_date)


def fit_every_weekday(edit: QDateEdit) -> None:
    """Wide enough for the longest weekday name of its language ("Wednesday", "miércoles"):
    Qt sizes a date field by its earliest and latest dates only."""
    metrics = edit.fontMetrics()

    def width(day: QDate) -> int:
        return metrics.horizontalAdvance(edit.locale().toString(day, edit.displayFormat()) + " ")

    measured = max(width(edit.minimumDate()), width(edit.maximumDate()))
    monday = QDate(2026, 3, 2)
    widest = max(width(monday.addDays(offset)) for offset in range(7))
    edit.setMinimumWidth(edit.sizeHint().width() + max(0, widest - measured))


class TodayView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refresher = RefreshWhenShown(self, self.refresh)
        self.actions_ = SessionActions(ctx, self)

        today = ctx.clock.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd yyyy-MM-dd")
        fit_every_weekday(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.prev_button = QPushButton(self.tr("◀ Previous day"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next day ▶"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.day_label = QLabel()

        self.model = SessionTableModel(today, self)
        self.table = SessionTable()
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        setup_session_table(self.table, self.model, hide_date=True)
        self.empty_label = QLabel(self.tr("No sessions on this day."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.roll_call_button = QPushButton(self.tr("Take &roll call"))
        self.roll_call_button.setAccessibleName(self.tr("Take roll call"))
        self.add_button = QPushButton(self.tr("&Add session…"))
        self.add_button.setAccessibleName(self.tr("Add session"))
        self.cancel_button = QPushButton(self.tr("&Cancel session…"))
        self.cancel_button.setAccessibleName(self.tr("Cancel or restore session"))
        self.group_note_button = QPushButton(self.tr("Group &note"))
        self.group_note_button.setAccessibleName(self.tr("Write the group note"))
        self.group_note_button.setToolTip(
            self.tr("Write the group note of the selected session (Alt+N); roll call comes first")
        )

        self.owed_model = TableModel(OWED_COLUMNS, self, context="TodayView")
        self.owed = AttentionList()
        self.owed.setModel(self.owed_model)
        self.owed.setAccessibleName(self.tr("Group notes to write"))
        self.owed.setCursor(Qt.CursorShape.PointingHandCursor)
        self.owed.setToolTip(self.tr("Click a group to open its group note"))

        self.attention_model = TableModel(ATTENTION_COLUMNS, self, context="TodayView")
        self.attention = AttentionList()
        self.attention.setModel(self.attention_model)
        self.attention.setAccessibleName(self.tr("Needs attention"))
        self.attention.setCursor(Qt.CursorShape.PointingHandCursor)
        self.attention.setToolTip(self.tr("Click a name to open that participant's record"))
        self.attention.setIconSize(QSize(12, 12))  # the square in the most urgent flag's colour
        self.attention_label = QLabel(self.tr("<b>Needs attention</b>"))
        self.attention_empty = QLabel(self.tr("Nobody needs attention today."))
        self._build_layout()
        self._set_tab_order()
        self._connect()

    def _build_layout(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(self.prev_button)
        picker.addWidget(self.date_edit)
        picker.addWidget(self.next_button)
        picker.addWidget(self.today_button)
        picker.addStretch(1)
        picker.addWidget(self.day_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.roll_call_button)
        buttons.addWidget(self.group_note_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(QLabel(self.tr("<b>Sessions</b>")))
        sessions_layout.addWidget(self.table, 1)
        sessions_layout.addWidget(self.empty_label)
        sessions_layout.addLayout(buttons)
        attention_box = QWidget()
        attention_layout = QVBoxLayout(attention_box)
        attention_layout.setContentsMargins(0, 0, 0, 0)
        attention_layout.addWidget(self.attention_label)
        attention_layout.addWidget(self.owed)
        attention_layout.addWidget(self.attention, 1)
        attention_layout.addWidget(self.attention_empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(sessions_box)
        splitter.addWidget(attention_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        remembered.splitter(splitter, "today")
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(splitter, 1)

    def _set_tab_order(self) -> None:
        for first, second in (
            (self.prev_button, self.date_edit),
            (self.date_edit, self.next_button),
            (self.next_button, self.today_button),
            (self.today_button, self.table),
            (self.table, self.roll_call_button),
            (self.roll_call_button, self.group_note_button),
            (self.group_note_button, self.add_button),
            (self.add_button, self.cancel_button),
            (self.cancel_button, self.owed),
            (self.owed, self.attention),
        ):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(lambda _d: self.refresh_sessions())
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.today_button.clicked.connect(self.go_today)
        self.table.activated.connect(self._roll_call_at)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.roll_call_button.clicked.connect(lambda: self._with_current(self.actions_.roll_call))
        self.group_note_button.clicked.connect(lambda: self._with_current(self.actions_.group_note))
        self.add_button.clicked.connect(lambda: self.actions_.add(self.day()))
        self.cancel_button.clicked.connect(
            lambda: self._with_current(self.actions_.toggle_cancelled)
        )
        self.attention.activated.connect(self._open_participant)
        self.attention.clicked.connect(self._open_participant)  # one click to the record
        self.owed.activated.connect(self._open_group_note)
        self.owed.clicked.connect(self._open_group_note)  # one click to the group note
        self.ctx.bus.changed.connect(self._changed)

    # --- day ---------------------------------------------------------------------------------
    def day(self) -> dt.date:
        value: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return value

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self.ctx.clock.today())

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_sessions()
        self.refresh_attention()

    def refresh_sessions(self) -> None:
        current = self.current_session()
        rows = session_service.day_sessions(self.ctx.db, self.day())
        self.model.set_rows(rows, self.ctx.clock.today())
        self.table.resizeColumnToContents(COL_FOR)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        is_today = self.day() == self.ctx.clock.today()
        self.day_label.setText("" if is_today else self.tr("(not today)"))
        wanted = current.session.id if current is not None else None
        for position, row in enumerate(rows):
            if row.session.id == wanted:
                self.table.selectRow(position)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self._update_buttons()

    def refresh_attention(self) -> None:
        reviews = safety_first(caseload.needs_attention(self.ctx.db, self.ctx.clock))
        owed = group_notes.owed(self.ctx.db, self.ctx.clock)
        self.attention_model.set_rows(reviews)
        self.owed_model.set_rows(owed)
        self.attention_empty.setText(
            self.tr("Nobody needs attention today.")
            if reviews or owed or participants.any_admitted(self.ctx.db)
            else QCoreApplication.translate("Help", FIRST_STEP)
        )
        self.attention_empty.setVisible(not reviews and not owed)
        self.attention.setVisible(bool(reviews))
        self.owed.setVisible(bool(owed))
        if owed:
            rows = min(len(owed), OWED_ROWS_SHOWN)
            frame = 2 * self.owed.frameWidth()
            self.owed.setFixedHeight(rows * max(self.owed.sizeHintForRow(0), 1) + frame + 2)
        self.attention_label.setText(
            self.tr("<b>Needs attention</b> ({count})").format(count=len(reviews) + len(owed))
        )

    def _changed(self, changes: Changes) -> None:
        if changes.schedule or changes.attendance or changes.participants or changes.notes:
            self.refresher.changed()

    # --- actions -----------------------------------------------------------------------------
    def current_session(self) -> DaySession | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: DaySession = self.model.data(index, SESSION_ROLE)
        return row

    def _update_buttons(self) -> None:
        current = self.current_session()
        self.roll_call_button.setEnabled(current is not None)
        self.cancel_button.setEnabled(current is not None)
        self.group_note_button.setEnabled(current is not None and takes_group_note(current.session))
        if current is not None and current.session.cancelled:
            self.cancel_button.setText(self.tr("Restore &cancelled session…"))
        else:
            self.cancel_button.setText(self.tr("&Cancel session…"))

    def _with_current(self, action: object) -> None:
        current = self.current_session()
        if current is not None and callable(action):
            action(current)

    def _roll_call_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.actions_.roll_call(self.model.data(index, SESSION_ROLE))

    def _open_group_note(self, index: QModelIndex) -> None:
        if index.isValid():
            self.actions_.open_group_note(int(index.data(OWED_SESSION_ROLE)))

    def _open_participant(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.bus.open_participant.emit(int(index.data(PARTICIPANT_ROLE)))
