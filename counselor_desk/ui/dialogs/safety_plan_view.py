"""The safety plan dialog's widgets: no database, clock or participant.

The seven Stanley-Brown sections (domain/safety.py `PLAN_SECTIONS`), each with its prompt
and a multi-line field; the same sections read-only for an earlier version; and the list
of versions to choose from. The controller (`safety_plan.SafetyPlanDialog`) loads and saves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.safety import (
    CRISIS_LINE_988,
    PLAN_REQUIRED,
    PLAN_SECTIONS,
    SafetyPlan,
)
from counselor_desk.ui.dialogs.form import FormErrors
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.widgets import remembered

MOMENT = "%Y-%m-%d %H:%M"
#: The versions list's first row: the text being written.
NEW_VERSION_ROW = 0


def version_name(plan: SafetyPlan) -> str:
    return QCoreApplication.translate("SafetyPlanView", "Version {number}").format(
        number=plan.version
    )


def version_line(plan: SafetyPlan) -> str:
    saved = "" if plan.saved_at is None else f", {plan.saved_at:{MOMENT}}"
    by = f", {plan.saved_by}" if plan.saved_by else ""
    return f"{version_name(plan)}{saved}{by}"


def version_item(plan: SafetyPlan) -> str:
    """The versions list's two lines: 'Version 2' and when and by whom it was saved."""
    saved = "" if plan.saved_at is None else f"{plan.saved_at:{MOMENT}}"
    return "\n".join(
        line
        for line in (version_name(plan), ", ".join(filter(None, (saved, plan.saved_by))))
        if line
    )


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PlanSections(QWidget):
    """The seven sections: heading, prompt, text. Editable ones have an error label each
    (through `errors`); read-only ones show a saved version."""

    def __init__(self, errors: FormErrors | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for number, (key, english_heading, prompt) in enumerate(PLAN_SECTIONS, start=1):
            heading = domain_text(english_heading)
            if key in PLAN_REQUIRED and errors is not None:
                title = _plain(
                    self.tr("{number}. {heading} (required)").format(number=number, heading=heading)
                )
            else:
                title = _plain(f"{number}. {heading}")
            title.setStyleSheet("font-weight: 600;")
            hint = _plain(domain_text(prompt))
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            edit.setMaximumHeight(96)
            edit.setAccessibleName(heading)
            edit.setReadOnly(errors is None)
            title.setBuddy(edit)
            self.edits[key] = edit
            if number > 1:
                layout.addSpacing(8)
            layout.addWidget(title)
            layout.addWidget(hint)
            if key == "professionals":
                always = _plain(
                    self.tr(
                        "Printed on every plan, whatever is written here \u2014 {line}."
                    ).format(line=domain_text(CRISIS_LINE_988))
                )
                always.setAccessibleName(self.tr("988 is always printed"))
                always.setStyleSheet("font-style: italic;")
                layout.addWidget(always)
            layout.addWidget(edit if errors is None else errors.wrap(key, edit))
        layout.addStretch(1)

    def fill(self, fields: dict[str, str]) -> None:
        for key, edit in self.edits.items():
            edit.setPlainText(fields.get(key, ""))

    def values(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class SafetyPlanView(QDialog):
    """The versions on the left; the new version's fields, or an earlier one read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety plan"))
        self.errors = FormErrors()
        self.about = _plain("")
        self.about.setAccessibleName(self.tr("About this safety plan"))
        self.sections = PlanSections(self.errors)
        self.viewer = PlanSections()
        self.viewer_about = _plain("")
        self.viewer_about.setStyleSheet("font-weight: 600;")
        self.viewer_about.setAccessibleName(self.tr("Version shown"))
        self.back_button = QPushButton(self.tr("Back to the new version"))
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Safety plan versions"))
        self.versions.setMinimumWidth(200)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.setSpacing(2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setText(self.tr("Save as new version"))
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(960, 720)

    def _lay_out(self) -> None:
        viewer_page = QWidget()
        viewer_layout = QVBoxLayout(viewer_page)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.viewer_about, 1)
        top.addWidget(self.back_button)
        viewer_layout.addLayout(top)
        viewer_layout.addWidget(_scrolled(self.viewer), 1)
        self.pages = QStackedWidget()
        self.editor_area = _scrolled(self.sections)
        self.pages.addWidget(self.editor_area)
        self.pages.addWidget(viewer_page)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Versions</b>")))
        left_layout.addWidget(self.versions, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 740])
        remembered.splitter(self.splitter, "safety-plan")
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None  # the box is made with Save
        return button

    # -- showing ------------------------------------------------------------------------------

    def show_versions(self, plans: Sequence[SafetyPlan]) -> None:
        """The new version first, then each saved one, newest first (the list hidden while
        there are none)."""
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.addItem(QListWidgetItem(self.tr("New version (being written)")))
        for plan in plans:
            self.versions.addItem(QListWidgetItem(version_item(plan)))
        self.versions.setCurrentRow(NEW_VERSION_ROW)
        self.versions.blockSignals(False)
        left = self.splitter.widget(0)
        if left is not None:
            left.setVisible(bool(plans))
        self.pages.setCurrentIndex(0)

    def show_saved_version(self, plan: SafetyPlan, newest: int) -> None:
        """An earlier (or the current) version, read-only; the typing stays in the fields."""
        about = (
            self.tr("{version}: the current version, read-only.")
            if plan.version == newest
            else self.tr("{version}: an earlier version, read-only.")
        )
        self.viewer_about.setText(about.format(version=version_line(plan)))
        self.viewer.fill(plan.fields)
        self.pages.setCurrentIndex(1)
        self.save_button.setEnabled(False)

    def show_new_version(self) -> None:
        self.pages.setCurrentIndex(0)
        self.save_button.setEnabled(True)
        self.versions.blockSignals(True)
        self.versions.setCurrentRow(NEW_VERSION_ROW)
        self.versions.blockSignals(False)

    def show_focused_field(self) -> None:
        """Scroll the fields to the one a problem focused (the first bad section)."""
        focused = self.focusWidget()
        if focused is not None and self.sections.isAncestorOf(focused):
            self.editor_area.ensureWidgetVisible(focused)

    def viewing_saved_version(self) -> bool:
        return self.pages.currentIndex() == 1
