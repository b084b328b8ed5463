"""The Payer tab's widgets: a view with no database, clock or participant.

It shows the authorizations it is given with their burn-down (the current one marked and
charted, its warnings in words, attended days no authorization covers) and the history of
ASAM ratings, newest first, each rating's change from the one before. The controller
(`payer_tab.PayerTab`) loads them and runs the buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain import asam
from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Standing
from counselor_desk.domain.colours import ColourRole
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP, domain_text
from counselor_desk.ui.record.emphasis import Badge
from counselor_desk.ui.record.fitted_columns import FittedColumns
from counselor_desk.ui.record.payer_tab_chart import BurnDownChart, standing_words, units_text
from counselor_desk.ui.widgets.table_model import ALIGN_RIGHT, Column, TableModel

#: The translation context of this module's words, column titles included.
CONTEXT = "PayerTabView"
#: The dimensions as a column header names them (the full words are in the cell's tooltip).
DIMENSION_HEADERS = (
    QT_TRANSLATE_NOOP("PayerTabView", "1 Withdrawal"),
    QT_TRANSLATE_NOOP("PayerTabView", "2 Biomedical"),
    QT_TRANSLATE_NOOP("PayerTabView", "3 Emotional"),
    QT_TRANSLATE_NOOP("PayerTabView", "4 Readiness"),
    QT_TRANSLATE_NOOP("PayerTabView", "5 Relapse"),
    QT_TRANSLATE_NOOP("PayerTabView", "6 Environment"),
)
MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class AuthorizationRow:
    """One authorization's burn-down, and whether it is the current one."""

    standing: Standing
    current: bool


def _bold(row: AuthorizationRow) -> QFont | None:
    if not row.current:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _payer_text(row: AuthorizationRow) -> str:
    payer = row.standing.authorization.payer
    if not row.current:
        return payer
    return QCoreApplication.translate("PayerTabView", "{payer} (current)").format(payer=payer)


def _runs_out_text(row: AuthorizationRow) -> str:
    """The day units run out at the pace so far; said when that is after the period ends."""
    day = row.standing.runs_out_on
    if day is None:
        return ""
    if day > row.standing.authorization.end_date:
        return QCoreApplication.translate("PayerTabView", "{date} (after its end)").format(
            date=f"{day:%Y-%m-%d}"
        )
    return f"{day:%Y-%m-%d}"


def _review_text(row: AuthorizationRow) -> str:
    day = row.standing.authorization.next_review
    return "" if day is None else f"{day:%Y-%m-%d}"


def _period_text(row: AuthorizationRow) -> str:
    a = row.standing.authorization
    return QCoreApplication.translate("PayerTabView", "{start} to {end}").format(
        start=f"{a.start_date:%Y-%m-%d}", end=f"{a.end_date:%Y-%m-%d}"
    )


AUTHORIZATION_COLUMNS: tuple[Column[AuthorizationRow], ...] = (
    Column(QT_TRANSLATE_NOOP("PayerTabView", "Payer"), _payer_text, font=_bold),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Number"),
        lambda row: row.standing.authorization.number,
        font=_bold,
    ),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Level"),
        lambda row: row.standing.authorization.level_of_care.value,
        font=_bold,
    ),
    Column(QT_TRANSLATE_NOOP("PayerTabView", "Period"), _period_text, font=_bold),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Unit"),
        lambda row: domain_text(row.standing.authorization.unit.label),
        font=_bold,
    ),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Authorized"),
        lambda row: units_text(row.standing.authorization.units_authorized),
        alignment=ALIGN_RIGHT,
        font=_bold,
    ),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Used"),
        lambda row: units_text(row.standing.used),
        alignment=ALIGN_RIGHT,
        font=_bold,
    ),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Left"),
        lambda row: units_text(row.standing.left),
        alignment=ALIGN_RIGHT,
        font=_bold,
    ),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Runs out on"),
        _runs_out_text,
        font=_bold,
        tooltip=lambda _row: QCoreApplication.translate(
            "PayerTabView", "The day units run out at the pace so far"
        ),
    ),
    Column(QT_TRANSLATE_NOOP("PayerTabView", "Next review"), _review_text, font=_bold),
)
(
    COL_PAYER,
    COL_NUMBER,
    COL_LEVEL,
    COL_PERIOD,
    COL_UNIT,
    COL_AUTHORIZED,
    COL_USED,
    COL_LEFT,
    COL_RUNS_OUT,
    COL_REVIEW,
) = range(len(AUTHORIZATION_COLUMNS))


@dataclass(frozen=True, slots=True)
class RatingRow:
    """One rating and the one before it (None for the first)."""

    rating: AsamRating
    earlier: AsamRating | None


def rating_rows(ratings: Sequence[AsamRating]) -> list[RatingRow]:
    """Ratings oldest first in, newest first out, each with the one before it."""
    rows = [
        RatingRow(rating, ratings[index - 1] if index else None)
        for index, rating in enumerate(ratings)
    ]
    return rows[::-1]


def rating_text(row: RatingRow, position: int) -> str:
    """'3', or '3 (−1)' / '3 (+1)' / '3 (0)' beside the rating before."""
    value = row.rating.ratings[position]
    if row.earlier is None:
        return str(value)
    change = row.rating.changes_from(row.earlier)[position]
    sign = "+" if change > 0 else MINUS if change < 0 else ""
    return f"{value} ({sign}{abs(change)})"


def rating_tip(row: RatingRow, position: int) -> str:
    value = row.rating.ratings[position]
    words = domain_text(asam.DIMENSIONS[position][1])
    text = f"{words}: {value} ({domain_text(asam.RISK_WORDS[value])})"
    note = row.rating.notes[position] if position < len(row.rating.notes) else ""
    return f"{text}\n{note}" if note else text


def notes_text(rating: AsamRating) -> str:
    """The notes given, each after its dimension's number: '3: Panic at night; 6: …'."""
    return "; ".join(f"{n + 1}: {note}" for n, note in enumerate(rating.notes) if note)


def _dimension_column(position: int) -> Column[RatingRow]:
    return Column(
        DIMENSION_HEADERS[position],
        lambda row: rating_text(row, position),
        alignment=Qt.AlignmentFlag.AlignCenter,
        tooltip=lambda row: rating_tip(row, position),
        sort_key=lambda row: row.rating.ratings[position],
    )


RATING_COLUMNS: tuple[Column[RatingRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Date"), lambda row: f"{row.rating.rated_on:%Y-%m-%d}"
    ),
    *(_dimension_column(position) for position in range(len(asam.DIMENSIONS))),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Recommended"),
        lambda row: row.rating.recommended_level.value,
    ),
    Column(QT_TRANSLATE_NOOP("PayerTabView", "Rated by"), lambda row: row.rating.rated_by),
    Column(
        QT_TRANSLATE_NOOP("PayerTabView", "Notes"),
        lambda row: notes_text(row.rating),
        tooltip=lambda row: notes_text(row.rating).replace("; ", "\n") or None,
    ),
)
COL_RATED_ON = 0
COL_RECOMMENDED = 1 + len(asam.DIMENSIONS)
COL_RATED_BY = COL_RECOMMENDED + 1
COL_NOTES = COL_RATED_BY + 1


def warnings_in_words(standing: Standing, projected_end: dt.date | None) -> list[str]:
    """What needs doing about the current authorization, in words."""
    authorization = standing.authorization
    unit = domain_text(authorization.unit.label)
    today = standing.today
    end = f"{authorization.end_date:%Y-%m-%d}"
    found = []
    if projected_end is not None and standing.runs_out_before(projected_end):
        found.append(
            QCoreApplication.translate(
                "PayerTabView",
                "At this pace the units run out on {runs_out}, before the authorization ends "
                "({end}) and before the projected end of the program ({projected}): ask the "
                "payer for more.",
            ).format(
                runs_out=f"{standing.runs_out_on:%Y-%m-%d}",
                end=end,
                projected=f"{projected_end:%Y-%m-%d}",
            )
        )
    if standing.low:
        found.append(
            QCoreApplication.translate(
                "PayerTabView", "Units nearly used: {left} {unit} left."
            ).format(left=units_text(max(standing.left, 0)), unit=unit)
        )
    if standing.ending:
        days = (authorization.end_date - today).days
        if days == 0:
            said = QCoreApplication.translate(
                "PayerTabView", "The authorization ends today ({end})."
            )
        elif days == 1:
            said = QCoreApplication.translate(
                "PayerTabView", "The authorization ends in 1 day ({end})."
            )
        else:
            said = QCoreApplication.translate(
                "PayerTabView", "The authorization ends in {days} days ({end})."
            )
        found.append(said.format(days=days, end=end))
    review = authorization.next_review
    if standing.review_due and review is not None:
        if review < today:
            said = QCoreApplication.translate(
                "PayerTabView", "The payer's concurrent review was due on {date}."
            )
        else:
            said = QCoreApplication.translate(
                "PayerTabView", "The payer's concurrent review is due on {date}."
            )
        found.append(said.format(date=f"{review:%Y-%m-%d}"))
    return found


def uncovered_text(days: Sequence[dt.date]) -> str:
    if not days:
        return ""
    listed = ", ".join(f"{day:%Y-%m-%d}" for day in days)
    if len(days) == 1:
        said = QCoreApplication.translate(
            "PayerTabView", "Attendance on 1 day no authorization covers: {days}."
        )
    else:
        said = QCoreApplication.translate(
            "PayerTabView", "Attendance on {count} days no authorization covers: {days}."
        )
    return said.format(count=len(days), days=listed)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _notice(role: ColourRole) -> Badge:
    """A block of words in the role's colours (the header's flags use the same): rounded by
    4 px, padded 4 px by 8 px, semi-bold, wrapped."""
    label = Badge(role=role, radius=4, padding=(8, 4))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _stretch_last(layout: QVBoxLayout, empty: bool) -> None:
    """The closing stretch takes the room while the table is hidden (words stay at the top)."""
    layout.setStretch(layout.count() - 1, 1 if empty else 0)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class PayerTabView(QWidget):
    """Authorizations with the current one's burn-down; ASAM ratings, kept as given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Payer"))
        self._build_authorizations()
        self._build_ratings()
        layout = QVBoxLayout(self)
        layout.addWidget(self.authorizations_group, 3)
        layout.addWidget(self.ratings_group, 2)

    def _build_authorizations(self) -> None:
        self.authorizations_group = QGroupBox(self.tr("Authorizations"))
        self.authorization_model = TableModel(AUTHORIZATION_COLUMNS, self, context=CONTEXT)
        self.authorization_table = _table(self.tr("Authorizations"))
        self.authorization_table.setModel(self.authorization_model)
        self.authorization_table.horizontalHeader().setSectionResizeMode(
            COL_PAYER, QHeaderView.ResizeMode.Stretch
        )
        self.authorization_widths = FittedColumns(
            self.authorization_table,
            (c for c in range(len(AUTHORIZATION_COLUMNS)) if c != COL_PAYER),
        )
        self.no_authorizations = _plain(
            self.tr(
                "No authorization has been recorded for this participant. Add the payer's "
                "authorization to follow its units as the participant attends."
            )
        )
        self.chart = BurnDownChart()
        self.in_words = _plain()
        self.in_words.setAccessibleName(self.tr("The current authorization in words"))
        self.warnings = _notice(ColourRole.DEADLINE)
        self.warnings.setAccessibleName(self.tr("Authorization warnings"))
        self.uncovered = _notice(ColourRole.WARNING)
        self.uncovered.setAccessibleName(self.tr("Attendance no authorization covers"))
        self.add_button = QPushButton(self.tr("Add authorization…"))
        self.add_button.setAccessibleName(self.tr("Add a payer authorization"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected authorization"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self._authorizations_layout = layout = QVBoxLayout(self.authorizations_group)
        layout.addLayout(buttons)
        layout.addWidget(self.authorization_table, 1)
        layout.addWidget(self.no_authorizations)
        layout.addWidget(self.chart)
        layout.addWidget(self.in_words)
        layout.addWidget(self.warnings)
        layout.addWidget(self.uncovered)
        layout.addStretch(0)  # takes the room the table leaves while there is none

    def _build_ratings(self) -> None:
        self.ratings_group = QGroupBox(self.tr("ASAM dimensional ratings"))
        self.rating_model = TableModel(RATING_COLUMNS, self, context=CONTEXT)
        self.rating_table = _table(self.tr("ASAM ratings"))
        self.rating_table.setModel(self.rating_model)
        self.rating_table.horizontalHeader().setSectionResizeMode(
            COL_NOTES, QHeaderView.ResizeMode.Stretch
        )
        self.rating_widths = FittedColumns(
            self.rating_table, (c for c in range(len(RATING_COLUMNS)) if c != COL_NOTES)
        )
        self.no_ratings = _plain(self.tr("No ASAM rating has been recorded for this participant."))
        self.rate_button = QPushButton(self.tr("Rate ASAM dimensions…"))
        self.rate_button.setAccessibleName(self.tr("Rate the six ASAM dimensions"))
        kept = _plain(
            self.tr(
                "Each rating is kept as given and cannot be edited; a later view of the person "
                "is a new rating. Risk 0 (none) to 4 (severe); the change from the rating "
                "before is in brackets."
            )
        )
        kept.setAccessibleName(self.tr("About ASAM ratings"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rate_button)
        buttons.addWidget(kept, 1)
        self._ratings_layout = layout = QVBoxLayout(self.ratings_group)
        layout.addLayout(buttons)
        layout.addWidget(self.rating_table, 1)
        layout.addWidget(self.no_ratings)
        layout.addStretch(0)

    # -- showing ------------------------------------------------------------------------------

    def show_authorizations(
        self,
        standings: Sequence[Standing],
        current: Standing | None,
        uncovered: Sequence[dt.date],
        projected_end: dt.date | None,
        *,
        active: bool = True,
    ) -> None:
        """`active`: the participant is in care (else the current one's warnings are moot)."""
        rows = [
            AuthorizationRow(
                s, current is not None and s.authorization.id == current.authorization.id
            )
            for s in sorted(standings, key=lambda s: s.authorization.start_date, reverse=True)
        ]
        self.authorization_model.set_rows(rows)
        self.authorization_table.setVisible(bool(rows))
        self.no_authorizations.setVisible(not rows)
        _stretch_last(self._authorizations_layout, not rows)
        self.chart.show_standing(current, projected_end)
        self.chart.setVisible(current is not None)
        if current is None:
            self.in_words.setText(self.tr("No authorization covers today.") if rows else "")
        else:
            self.in_words.setText(
                self.tr("Current authorization: {standing}.").format(
                    standing=standing_words(current)
                )
            )
        self.in_words.setVisible(bool(self.in_words.text()))
        found = [] if current is None or not active else warnings_in_words(current, projected_end)
        self.warnings.setText("\n".join(found))
        self.warnings.setVisible(bool(found))
        self.uncovered.setText(uncovered_text(uncovered))
        self.uncovered.setVisible(bool(uncovered))

    def show_ratings(self, ratings: Sequence[AsamRating]) -> None:
        rows = rating_rows(ratings)
        self.rating_model.set_rows(rows)
        self.rating_table.setVisible(bool(rows))
        self.no_ratings.setVisible(not rows)
        _stretch_last(self._ratings_layout, not rows)
