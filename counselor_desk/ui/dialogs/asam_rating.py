"""Rate the six ASAM dimensions on a date: each 0-4 for risk, a short note, the level
recommended. A rating is kept as given (a later view of the person is a new rating).

From the keyboard: on a dimension's choices, a digit 0-4 answers it and moves to the next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from counselor_desk.domain import asam
from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.model import LevelOfCare
from counselor_desk.services import participants, payer
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date
from counselor_desk.ui.i18n import domain_text

#: What an unanswered dimension is handed to the service as (it says which to rate).
UNRATED = -1


class AsamRatingDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Rate ASAM dimensions"), parent)
        self.participant_id = participant_id
        today = ctx.clock.today()
        person = participants.get(ctx.db, participant_id)
        intro = QLabel(
            self.tr(
                "Rate each dimension's risk, 0 (none) to 4 (severe). On a dimension's choices, "
                "type 0–4 to answer it and move to the next. Saved ratings are kept as given."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.rated_on = date_edit(today, self.tr("Date rated"))
        self.add_row(self.tr("&Date rated:"), "rated_on", self.rated_on)
        self.choices: list[QButtonGroup] = []
        self.notes: list[QLineEdit] = []
        for position, (_key, words) in enumerate(asam.DIMENSIONS):
            self._add_dimension(position, words)
        self.recommended = QComboBox()
        for level in LevelOfCare:
            self.recommended.addItem(domain_text(level.label), level.value)
        current = participants.current_level(ctx.db, person, today)
        self.recommended.setCurrentIndex(self.recommended.findData(current.value))
        self.add_row(self.tr("Recommended &level:"), "recommended_level", self.recommended)
        self.setMinimumWidth(900)
        self.rated_on.setFocus()

    def _add_dimension(self, position: int, words: str) -> None:
        group = QButtonGroup(self)
        choices = QWidget()
        line = QHBoxLayout(choices)
        line.setContentsMargins(0, 0, 0, 0)
        number = position + 1
        for value, words_of_risk in enumerate(asam.RISK_WORDS):
            meaning = domain_text(words_of_risk)
            button = QRadioButton(f"{value} {meaning}")
            button.setAccessibleName(
                self.tr("Dimension {number}: {value}, {meaning}").format(
                    number=number, value=value, meaning=meaning
                )
            )
            button.installEventFilter(self)
            group.addButton(button, value)
            line.addWidget(button)
        line.addStretch(1)
        choices.setAccessibleName(self.tr("Risk on dimension {number}").format(number=number))
        note = QLineEdit()
        note.setMaxLength(asam.NOTE_MAX)
        note.setPlaceholderText(self.tr("Note (optional)"))
        note.setAccessibleName(self.tr("Note on dimension {number}").format(number=number))
        self.choices.append(group)
        self.notes.append(note)
        label = QLabel(domain_text(words))
        label.setWordWrap(True)
        label.setMinimumWidth(260)
        label.setBuddy(group.button(0))
        row = QWidget()
        row_line = QHBoxLayout(row)
        row_line.setContentsMargins(0, 0, 0, 0)
        row_line.addWidget(choices)
        row_line.addWidget(self.errors.wrap(f"note_{position + 1}", note), 1)
        # the rating's error under the whole row: the width of the choices and the note
        self.form.addRow(label, self.errors.wrap(payer.rating_field(position), row))

    # -- keyboard: a digit answers the dimension in hand and moves on -------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isdigit() and int(text) <= asam.RISK_MAX:
                for position, group in enumerate(self.choices):
                    if watched in group.buttons():
                        self.rate(position, int(text))
                        self._move_on(position)
                        return True
        return super().eventFilter(watched, event)

    def _move_on(self, position: int) -> None:
        """Focus the next dimension's choices (after the last: the recommended level)."""
        if position + 1 < len(self.choices):
            group = self.choices[position + 1]
            button = group.checkedButton() or group.button(0)
            button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.recommended.setFocus(Qt.FocusReason.TabFocusReason)

    # -- what the form holds ------------------------------------------------------------------

    def rate(self, position: int, value: int) -> None:
        button = self.choices[position].button(value)
        button.setChecked(True)

    def ratings(self) -> tuple[int, ...]:
        """Each dimension's rating as chosen (UNRATED where none is)."""
        return tuple(
            group.checkedId() if group.checkedId() >= 0 else UNRATED for group in self.choices
        )

    def save(self) -> Changes:
        rating = AsamRating(
            participant_id=self.participant_id,
            rated_on=to_date(self.rated_on.date()),
            ratings=self.ratings(),
            recommended_level=LevelOfCare(self.recommended.currentData()),
            notes=tuple(note.text() for note in self.notes),
        )
        payer.add_rating(self.ctx.db, rating, self.ctx.clock)
        return Changes.participant(self.participant_id)
