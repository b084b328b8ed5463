"""Small helpers every form of the record shares: dates, errors beside fields, questions.

`ask` and `tell` are module functions (called as ``form.ask``) so tests can answer them.
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.store.db import StoreError
from counselor_desk.ui import palette

log = logging.getLogger(__name__)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def date_edit(value: dt.date, name: str) -> QDateEdit:
    """A date field with a calendar popup."""
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    edit.setDate(to_qdate(value))
    return edit


DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%m/%d/%Y")


class TypedDate(QLineEdit):
    """A date typed from the keyboard that may be left blank (a date of birth).

    Accepts 1990-06-15, 19900615 or 06/15/1990; a QDateEdit cannot be blank.
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Form", "YYYY-MM-DD"))
        self.setAccessibleName(name)
        self.setMaxLength(10)

    def setDate(self, value: QDate) -> None:
        self.setText(value.toString("yyyy-MM-dd"))

    def value(self, label: str) -> dt.date | None:
        """The date typed (None if blank); ValueError in plain words if it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        for pattern in DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ValueError(
            QCoreApplication.translate(
                "Form", "{label}: '{text}' is not a date like 1990-06-15."
            ).format(label=label, text=text)
        )


def time_edit(value: dt.time, name: str) -> QTimeEdit:
    edit = QTimeEdit(to_qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def plain_message(error: Exception) -> str:
    """The words to show for an error a service or the store raised."""
    if isinstance(error, ValidationError | StoreError):
        return str(error)
    return QCoreApplication.translate("Form", "Something went wrong; nothing was saved.")


class FormErrors:
    """Error labels under each field, keyed by the service's field names, plus a banner.

    Messages for fields without a label go to the banner, so nothing a service says is lost.
    A field's label is made, and the banner styled, the first time it has something to say: a
    form of twenty fields then costs twenty boxes, not twenty-one styled labels most forms
    never show.
    """

    def __init__(self) -> None:
        self.banner = QLabel()  # styled as error text when it first has something to say
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(QCoreApplication.translate("Form", "Form errors"))
        self.banner.hide()
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._boxes: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget, *, horizontal: bool = False) -> QWidget:
        """`widget` in a box that takes an error label under (or beside) it, for the field
        `field`, when there is an error to show."""
        box = QWidget()
        layout = QHBoxLayout(box) if horizontal else QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self._widgets[field] = widget
        self._boxes[field] = box
        return box

    def _label(self, field: str) -> QLabel | None:
        """The error label of `field`, made and put under its widget when first needed (None
        when the form has no such field)."""
        label = self._labels.get(field)
        if label is not None:
            return label
        box = self._boxes.get(field)
        if box is None:
            return None
        label = QLabel()
        label.setObjectName(f"error_{field}")
        palette.show_as_error(label)
        label.setWordWrap(True)
        label.setAccessibleName(
            QCoreApplication.translate("Form", "Error: {field}").format(
                field=self._widgets[field].accessibleName() or field
            )
        )
        label.hide()
        layout = box.layout()
        assert layout is not None  # every box is given its layout in `wrap`
        layout.addWidget(label)
        self._labels[field] = label
        return label

    def forget(self, field: str) -> None:
        """Drop a field whose widget is gone (sections rebuilt on a format change)."""
        self._labels.pop(field, None)
        self._widgets.pop(field, None)
        self._boxes.pop(field, None)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        self.banner.clear()
        self.banner.hide()

    def show(self, error: Exception) -> None:
        """Show every problem next to its field; focus the first bad field."""
        self.clear()
        if not isinstance(error, ValidationError):
            if not isinstance(error, StoreError):
                log.error("unexpected error in a form: %s", type(error).__name__)
            self._banner(plain_message(error))
            return
        first: QWidget | None = None
        for field, message in error.problems:
            label = self._label(field)
            if label is None:
                self._banner(message)
                continue
            label.setText(f"{label.text()}\n{message}".strip())
            label.show()
            if first is None:
                first = self._widgets[field]
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        """The error shown under `field` ("" if none): what a user sees there."""
        label = self._labels.get(field)
        return "" if label is None or label.isHidden() else label.text()

    def _banner(self, message: str) -> None:
        if not self.banner.styleSheet():
            palette.show_as_error(self.banner)
        self.banner.setText(f"{self.banner.text()}\n{message}".strip())
        self.banner.show()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str, *, problem: bool = False) -> None:
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


class Unsaved(Enum):
    """The answer to "save what you typed?" when a window with unsaved typing closes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_question(parent: QWidget, title: str, text: str) -> Unsaved:
    """Save / Discard / Cancel, Save the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
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
