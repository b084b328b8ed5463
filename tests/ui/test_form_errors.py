"""Errors beside a form's fields (dialogs/form.py `FormErrors`): a field's error label is made
the first time it has something to say, and then shows and reads as the label every field
used to carry hidden from the start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk.domain.errors import ValidationError
from counselor_desk.ui import palette
from counselor_desk.ui.dialogs.form import FormErrors

FIELDS = ("first_name", "last_name", "chart_number")


def _eager_wrap(widget: QWidget, field: str) -> tuple[QWidget, QLabel]:
    """What `FormErrors.wrap` made before: the field's box with its error label in it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = QLabel()
    label.setObjectName(f"error_{field}")
    palette.show_as_error(label)
    label.setWordWrap(True)
    label.setAccessibleName(
        QCoreApplication.translate("Form", "Error: {field}").format(
            field=widget.accessibleName() or field
        )
    )
    label.hide()
    layout.addWidget(label)
    return box, label


def _form(qtbot: QtBot, eager: bool) -> tuple[QWidget, FormErrors, dict[str, QLabel]]:
    host = QWidget()
    qtbot.addWidget(host)
    rows = QFormLayout(host)
    errors = FormErrors()
    labels: dict[str, QLabel] = {}
    for field in FIELDS:
        edit = QLineEdit()
        edit.setAccessibleName(field.replace("_", " ").capitalize())
        if eager:
            box, labels[field] = _eager_wrap(edit, field)
        else:
            box = errors.wrap(field, edit)
        rows.addRow(f"{field}:", box)
    rows.addRow(errors.banner)
    host.resize(420, 260)
    host.show()
    qtbot.waitExposed(host)
    return host, errors, labels


def test_a_field_has_no_error_label_until_it_has_an_error(qtbot: QtBot) -> None:
    host, errors, _labels = _form(qtbot, eager=False)
    assert errors.banner.styleSheet() == ""  # styled when it first has something to say
    assert host.findChildren(QLabel, "error_last_name") == []
    assert errors.message("last_name") == ""
    errors.show(ValidationError("Last name is required.", "last_name"))
    [label] = host.findChildren(QLabel, "error_last_name")
    assert label.isVisible() and label.text() == "Last name is required."
    assert label.styleSheet() == palette.error_style() and label.wordWrap()
    assert label.accessibleName() == "Error: Last name"
    assert errors.message("last_name") == "Last name is required."
    assert host.findChildren(QLabel, "error_first_name") == []  # the others still have none
    errors.clear()
    assert errors.message("last_name") == "" and label.isHidden()


def _placed(host: QWidget) -> list[tuple[str, object]]:
    """Every visible widget of the form and where it stands in the window."""
    return [
        (type(widget).__name__, widget.geometry().getRect())
        for widget in host.findChildren(QWidget)
        if widget.isVisible()
    ]


def test_an_error_shows_where_and_as_the_label_made_beforehand_showed_it(qtbot: QtBot) -> None:
    lazy, errors, _none = _form(qtbot, eager=False)
    eager, _unused, labels = _form(qtbot, eager=True)
    assert _placed(lazy) == _placed(eager)  # nothing to say: the same form
    problems = ValidationError(
        "Check the form.",
        "last_name",
        [("last_name", "Last name is required."), ("chart_number", "Already in use.")],
    )
    errors.show(problems)
    focused = lazy.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.accessibleName() == "Last name"
    for field, message in problems.problems:
        labels[field].setText(message)
        labels[field].show()
    qtbot.wait(10)
    assert _placed(lazy) == _placed(eager)
    for field, _message in problems.problems:
        [shown] = lazy.findChildren(QLabel, f"error_{field}")
        assert shown.grab().toImage() == labels[field].grab().toImage(), field


def test_a_message_for_a_field_without_a_box_or_forgotten_goes_to_the_banner(
    qtbot: QtBot,
) -> None:
    host, errors, _labels = _form(qtbot, eager=False)
    errors.forget("chart_number")
    errors.show(
        ValidationError(
            "x", "chart_number", [("chart_number", "Already in use."), ("notes", "Too long.")]
        )
    )
    assert errors.banner.isVisible()
    assert errors.banner.text() == "Already in use.\nToo long."
    assert errors.banner.styleSheet() == palette.error_style()
    assert host.findChildren(QLabel, "error_chart_number") == []
