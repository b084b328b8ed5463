"""The group note's small dialogs: the entries the clone check points out, each with a
reason to sign it anyway, and the program's pick list of interventions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.clone_check import Finding
from counselor_desk.services import group_notes
from counselor_desk.services.changes import SETTINGS, Changes
from counselor_desk.ui import palette
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.base import ServiceDialog
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP

CLONE_INTRO = QT_TRANSLATE_NOOP(
    "CloneReviewDialog",
    "These entries read like another entry, or are not tied to an objective. Each chart must "
    "hold a note of its own: cancel to rewrite them, or say for each why it is right as it is.",
)


def finding_lines(finding: Finding, names: Mapping[int, str]) -> list[str]:
    """What the clone check found for one entry, in words."""
    lines = []
    for likeness in finding.likenesses:
        score = f"{likeness.score:.0f} %"
        if likeness.other_id is not None:
            other = names.get(likeness.other_id)
            if other is None:
                other = QCoreApplication.translate("CloneReviewDialog", "another attendee")
            lines.append(
                QCoreApplication.translate(
                    "CloneReviewDialog", "reads like {name}'s entry ({score})"
                ).format(name=other, score=score)
            )
        elif likeness.earlier_date is not None:
            lines.append(
                QCoreApplication.translate(
                    "CloneReviewDialog", "reads like their entry of {date} ({score})"
                ).format(date=f"{likeness.earlier_date:%Y-%m-%d}", score=score)
            )
    if finding.untied:
        lines.append(
            QCoreApplication.translate(
                "CloneReviewDialog",
                "not tied to an objective (no objective linked, or no progress on it)",
            )
        )
    return lines


class CloneReviewDialog(QDialog):
    """Each flagged entry by name with what was found and a reason field; Sign with these
    reasons needs every reason, Cancel goes back to rewrite."""

    def __init__(
        self,
        findings: Mapping[int, Finding],
        names: Mapping[int, str],
        flagged: Sequence[int],
        reasons: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entries to look at before signing"))
        self.names = dict(names)
        self.reason_edits: dict[int, QLineEdit] = {}
        self.found_labels: dict[int, QLabel] = {}
        intro = QLabel(QCoreApplication.translate("CloneReviewDialog", CLONE_INTRO))
        intro.setWordWrap(True)
        form = QFormLayout()
        for pid in flagged:
            name = names.get(pid, "")
            found = QLabel("; ".join(finding_lines(findings[pid], names)))
            found.setWordWrap(True)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.setAccessibleName(self.tr("Found in the entry of {name}").format(name=name))
            edit = QLineEdit((reasons or {}).get(pid, ""))
            edit.setAccessibleName(
                self.tr("Reason for signing the entry of {name}").format(name=name)
            )
            edit.setPlaceholderText(self.tr("Why this entry is right as it is"))
            title = QLabel(name)
            title.setStyleSheet("font-weight: 600;")
            title.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(title, found)
            form.addRow(self.tr("Reason:"), edit)
            self.reason_edits[pid] = edit
            self.found_labels[pid] = found
        self.error_label = QLabel()
        palette.show_as_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        ok.setText(self.tr("Sign with these reasons"))
        cancel.setText(self.tr("Cancel – rewrite"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if flagged:
            self.reason_edits[flagged[0]].setFocus()

    def reasons(self) -> dict[int, str]:
        return {pid: edit.text().strip() for pid, edit in self.reason_edits.items()}

    def found_text(self, participant_id: int) -> str:
        return self.found_labels[participant_id].text()

    def accept(self) -> None:
        missing = [self.names.get(pid, "") for pid, text in self.reasons().items() if not text]
        if missing:
            self.error_label.setText(
                self.tr("Give a reason for {names}, or cancel and rewrite the entry.").format(
                    names=", ".join(missing)
                )
            )
            self.error_label.show()
            first = next(pid for pid, text in self.reasons().items() if not text)
            self.reason_edits[first].setFocus()
            return
        super().accept()


class PickListDialog(ServiceDialog):
    """The program's interventions to pick from, one a line, in the order given."""

    def __init__(
        self, ctx: AppContext, program_id: int, names: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Interventions pick list"), parent)
        self.program_id = program_id
        self.saved_names: list[str] = list(names)
        self.names = QPlainTextEdit("\n".join(names))
        self.names.setTabChangesFocus(True)
        self.names.setMinimumSize(420, 240)
        self.add_row(self.tr("&Interventions, one a line:"), "interventions", self.names)
        self.ok_button().setText(self.tr("Save pick list"))
        self.names.setFocus()

    def save(self) -> Changes:
        lines = self.names.toPlainText().splitlines()
        self.saved_names = group_notes.set_interventions(self.ctx.db, self.program_id, lines)
        return SETTINGS
