"""Add or edit a payer authorization: units of a level of care for a period.

The units authorized start at 0 and must be typed (the service refuses 0), so no figure the
counselor did not give is ever saved. The next review date is optional.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from counselor_desk.domain.authorization import UNITS_MAX, Authorization, Unit
from counselor_desk.domain.model import LevelOfCare
from counselor_desk.services import participants, payer
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date, to_qdate
from counselor_desk.ui.i18n import domain_text

#: A new authorization's period by default: four weeks from its start.
DEFAULT_DAYS = 27
#: A review date offered when the box is first ticked: a week from the start.
REVIEW_AFTER_DAYS = 7


def _next_start(authorizations: Sequence[Authorization], today: dt.date) -> dt.date:
    """A new authorization starts today, or the day after one still running ends (a renewal)."""
    running = [a.end_date for a in authorizations if a.end_date >= today]
    return max(running) + dt.timedelta(days=1) if running else today


class AuthorizationDialog(ServiceDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        authorization: Authorization | None = None,
        parent: QWidget | None = None,
    ):
        title = (
            self.tr("Add authorization") if authorization is None else self.tr("Edit authorization")
        )
        super().__init__(ctx, title, parent)
        self.participant_id = participant_id
        self.authorization = authorization
        today = ctx.clock.today()
        person = participants.get(ctx.db, participant_id)
        level = (
            authorization.level_of_care
            if authorization is not None
            else participants.current_level(ctx.db, person, today)
        )
        start = (
            authorization.start_date
            if authorization is not None
            else _next_start(payer.authorizations(ctx.db, participant_id), today)
        )
        end = (
            authorization.end_date
            if authorization is not None
            else start + dt.timedelta(days=DEFAULT_DAYS)
        )
        self.payer = QLineEdit(authorization.payer if authorization is not None else "")
        self.payer.setMaxLength(200)
        self.payer.setPlaceholderText(self.tr("The health plan or payer"))
        self.number = QLineEdit(authorization.number if authorization is not None else "")
        self.number.setMaxLength(100)
        self.number.setPlaceholderText(self.tr("Optional"))
        self.level = QComboBox()
        for choice in LevelOfCare:
            self.level.addItem(domain_text(choice.label), choice.value)
        self.level.setCurrentIndex(self.level.findData(level.value))
        self.start_date = date_edit(start, self.tr("Start date"))
        self.end_date = date_edit(end, self.tr("End date"))
        self.unit = QComboBox()
        for unit in Unit:
            self.unit.addItem(domain_text(unit.label), unit.value)
        if authorization is not None:
            self.unit.setCurrentIndex(self.unit.findData(authorization.unit.value))
        self.units = QDoubleSpinBox()
        self.units.setRange(0, UNITS_MAX)
        self.units.setSpecialValueText(self.tr("Type the units"))  # shown at 0: nothing given yet
        self.units.setAccessibleName(self.tr("Units authorized"))
        self._units_step()
        if authorization is not None:
            self.units.setValue(authorization.units_authorized)
        self.has_review = QCheckBox(self.tr("On"))
        self.has_review.setAccessibleName(self.tr("A next review date is set"))
        review = authorization.next_review if authorization is not None else None
        self.has_review.setChecked(review is not None)
        self.next_review = date_edit(
            review or start + dt.timedelta(days=REVIEW_AFTER_DAYS), self.tr("Next review date")
        )
        self.next_review.setEnabled(review is not None)
        review_row = QWidget()
        review_line = QHBoxLayout(review_row)
        review_line.setContentsMargins(0, 0, 0, 0)
        review_line.addWidget(self.has_review)
        review_line.addWidget(self.next_review, 1)
        review_row.setAccessibleName(self.tr("Next review"))
        self.add_row(self.tr("&Payer:"), "payer", self.payer)
        self.add_row(self.tr("Authorization &number:"), "number", self.number)
        self.add_row(self.tr("&Level of care:"), "level_of_care", self.level)
        self.add_row(self.tr("&Start date:"), "start_date", self.start_date)
        self.add_row(self.tr("&End date:"), "end_date", self.end_date)
        self.add_row(self.tr("Uni&t:"), "unit", self.unit)
        self.add_row(self.tr("Units &authorized:"), "units_authorized", self.units)
        self.add_row(self.tr("Next &review:"), "next_review", review_row)
        self.has_review.toggled.connect(self.next_review.setEnabled)
        self.unit.currentIndexChanged.connect(lambda _i: self._units_step())
        self.setMinimumWidth(460)
        self.payer.setFocus()

    def _units_step(self) -> None:
        """Whole units for days and sessions; hours to the quarter."""
        hours = Unit(self.unit.currentData()) is Unit.HOURS
        self.units.setDecimals(2 if hours else 0)
        self.units.setSingleStep(0.25 if hours else 1)

    def typed(self) -> Authorization:
        """The authorization as the fields stand."""
        found = Authorization(
            participant_id=self.participant_id,
            payer=self.payer.text(),
            level_of_care=LevelOfCare(self.level.currentData()),
            start_date=to_date(self.start_date.date()),
            end_date=to_date(self.end_date.date()),
            unit=Unit(self.unit.currentData()),
            units_authorized=self.units.value(),
            number=self.number.text(),
            next_review=to_date(self.next_review.date()) if self.has_review.isChecked() else None,
        )
        if self.authorization is not None:
            found = replace(found, id=self.authorization.id)
        return found

    def set_review(self, day: dt.date | None) -> None:
        """Tick (with the date) or clear the next review."""
        self.has_review.setChecked(day is not None)
        if day is not None:
            self.next_review.setDate(to_qdate(day))

    def save(self) -> Changes:
        if self.authorization is None:
            payer.add_authorization(self.ctx.db, self.typed(), self.ctx.clock)
        else:
            payer.update_authorization(self.ctx.db, self.typed(), self.ctx.clock)
        return Changes.participant(self.participant_id)
