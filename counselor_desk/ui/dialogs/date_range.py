"""Ask a date range (for the concurrent-review packet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services.changes import NOTHING, Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.dialogs.form import date_edit, to_date


class DateRangeDialog(ServiceDialog):
    """OK only checks the range; `first` and `last` hold it after Accepted."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        first: dt.date,
        last: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, title, parent)
        self.first_date = date_edit(first, self.tr("From"))
        self.last_date = date_edit(last, self.tr("To"))
        self.add_row(self.tr("&From:"), "first", self.first_date)
        self.add_row(self.tr("&To:"), "last", self.last_date)
        self.first = first
        self.last = last

    def save(self) -> Changes:
        first, last = to_date(self.first_date.date()), to_date(self.last_date.date())
        if last < first:
            raise ValidationError(self.tr("The last day cannot be before the first day."), "last")
        self.first, self.last = first, last
        return NOTHING  # only picks dates; nothing is written
