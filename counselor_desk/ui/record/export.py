"""Export buttons of the record: discharge summary, continuity of care, attendance letter;
and the safety plan printed for the participant (its button is on the Safety tab).

Each export runs on a worker thread with its own database connection (ui.background); the
work is handed plain values only, and the outcome is shown on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Consent
from counselor_desk.services import clinical, documents, part2, participants, review_packet
from counselor_desk.services.changes import Changes
from counselor_desk.store.db import Database, connect
from counselor_desk.ui import palette
from counselor_desk.ui.background import Background, Task
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.date_range import DateRangeDialog
from counselor_desk.ui.dialogs.encryption import export_caption
from counselor_desk.ui.dialogs.form import plain_message
from counselor_desk.ui.dialogs.letter import LetterDialog
from counselor_desk.ui.operations import finished_in_background, write
from counselor_desk.ui.widgets.document_language import DocumentLanguageBox

log = logging.getLogger(__name__)

#: What a worker runs: given its own connection and the output path. It must reach no Qt
#: object (see ui.background): capture plain values, never the bar or the context.
ExportWork = Callable[[Database, Path], object]


def export_job(
    db_path: Path, out: Path, work: ExportWork, key: bytes | None = None
) -> Callable[[], Path]:
    """The task for a worker thread: `work` on a connection of its own (opened with the data
    `key` of an encrypted caseload), closed after."""

    def job() -> Path:
        db = connect(db_path, key=key)
        try:
            work(db, out)
        finally:
            db.close()
        return out

    return job


def failure_message(error: Exception) -> str:
    """What the bar says when an export failed; no participant detail is logged."""
    if not isinstance(error, ValueError | OSError):
        log.error("export failed: %s", type(error).__name__)
    if isinstance(error, OSError):
        reason = error.strerror or QCoreApplication.translate("ExportBar", "disk error")
        return QCoreApplication.translate(
            "ExportBar", "The file could not be written ({reason})."
        ).format(reason=reason)
    return plain_message(error)


def part2_answer(parent: QWidget, title: str, asked: str) -> bool | None:
    """Ask whether to treat the record as Part 2: True "Treat as Part 2", False "Not Part 2",
    None after Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("ExportBar", "Treat this record as 42 CFR Part 2?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "ExportBar", "{question} The answer is kept for this participant and not asked again."
        ).format(question=asked)
    )
    yes = box.addButton(
        QCoreApplication.translate("ExportBar", "Treat as Part 2"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(
        QCoreApplication.translate("ExportBar", "Not Part 2"), QMessageBox.ButtonRole.NoRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    clicked = box.clickedButton()
    if clicked is yes:
        return True
    if clicked is no:
        return False
    return None


class ExportBar(QWidget):
    """The export buttons of a record."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.background = Background(self)
        self.jobs: dict[str, Task] = {}  # by output path, while they run
        #: Saves what is typed on the record before a document is built from the database;
        #: False (the reason shown beside the field) stops the export.
        self.save_first: Callable[[], bool] = lambda: True
        self.discharge_button = QPushButton(self.tr("Discharge summary…"))
        self.continuity_button = QPushButton(self.tr("Continuity of care…"))
        self.fhir_button = QPushButton(self.tr("FHIR…"))
        self.fhir_button.setToolTip(
            self.tr(
                "Export for another system (FHIR): the continuity-of-care summary as a FHIR R4 "
                "bundle another EHR can read, checked before it is written; one disclosure"
            )
        )
        self.letter_button = QPushButton(self.tr("Attendance letter…"))
        self.plan_button = QPushButton(self.tr("Treatment plan (PDF)…"))
        self.review_button = QPushButton(self.tr("Review packet…"))
        self.open_after = QCheckBox(self.tr("Open after export"))
        self.open_after.setChecked(True)
        self.language_box = DocumentLanguageBox()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export state"))
        for button, name in (
            (self.discharge_button, self.tr("Export the discharge summary")),
            (self.continuity_button, self.tr("Export the continuity-of-care summary")),
            (self.fhir_button, self.tr("Export for another system (FHIR)")),
            (self.letter_button, self.tr("Export an attendance verification letter")),
            (self.plan_button, self.tr("Export the treatment plan for signature")),
            (self.review_button, self.tr("Export the concurrent-review packet for the payer")),
        ):
            button.setAccessibleName(name)
        self.discharge_button.clicked.connect(self.export_discharge)
        self.continuity_button.clicked.connect(self.export_continuity)
        self.fhir_button.clicked.connect(self.export_fhir)
        self.letter_button.clicked.connect(self.export_letter)
        self.plan_button.clicked.connect(self.export_treatment_plan)
        self.review_button.clicked.connect(self.export_review_packet)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Export:")))
        for widget in (
            self.discharge_button,
            self.continuity_button,
            self.fhir_button,
            self.letter_button,
            self.plan_button,
            self.review_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        options = QHBoxLayout()
        language = QLabel(self.tr("Participant &documents in:"))
        language.setBuddy(self.language_box)
        for option in (language, self.language_box, self.open_after, self.status):
            options.addWidget(option)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(buttons)
        layout.addLayout(options)

    # -- choosing what to export --------------------------------------------------------------

    def _chart(self) -> str:
        return participants.get(self.ctx.db, self.participant_id).chart_number

    def ask_path(self, kind: str) -> Path | None:
        """The save dialog, starting at the documents module's default file name."""
        name = documents.default_file_name(kind, self._chart(), self.ctx.clock.today())
        start = str(Path.home() / name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, export_caption(self.tr("Export")), start, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def export_discharge(self) -> None:
        if not self.save_first():
            return
        out = self.ask_path("discharge")
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            self.start(
                out, lambda db, path: documents.export_discharge_summary(db, pid, path, clock)
            )

    def choose_consent(self, title: str) -> tuple[bool, Consent | None]:
        """The valid consent to disclose under (asked when there are several); (False, None)
        after a cancel, or when none is valid (said in a message)."""
        today = self.ctx.clock.today()
        valid = [
            c for c in clinical.consents(self.ctx.db, self.participant_id) if c.valid_on(today)
        ]
        if not valid:
            form.tell(
                self,
                title,
                self.tr(
                    "No valid consent for disclosure is on file (none, expired, its expiry event "
                    "happened, revoked, without an expiry, or saved before consents had "
                    "categories and not yet confirmed). "
                    "Add the signed consent, or confirm its scope, on the Consents tab first."
                ),
                problem=True,
            )
            return False, None
        if len(valid) == 1:
            return True, valid[0]
        signed = self.tr("{recipient} (signed {date})")
        labels = [
            signed.format(recipient=c.recipient, date=f"{c.signed_date:%Y-%m-%d}") for c in valid
        ]
        chosen, ok = QInputDialog.getItem(
            self, title, self.tr("Disclose under the consent for:"), labels, 0, False
        )
        if not ok:
            return False, None
        return True, valid[labels.index(chosen)]

    def ask_part2(self, title: str) -> bool:
        """Ask once whether a record that looks like substance-use treatment, outside a
        substance-use program, is treated as 42 CFR Part 2; the answer is recorded (audited).
        False after Cancel (or when the answer could not be saved): nothing is exported."""
        asked = part2.question(self.ctx.db, self.participant_id)
        if not asked:
            return True
        answer = part2_answer(self, title, asked)
        if answer is None:
            return False
        pid, clock = self.participant_id, self.ctx.clock
        done = write(
            self.ctx,
            lambda: part2.decide(self.ctx.db, pid, answer, clock),
            Changes.participant(pid),
            parent=self,
            title=title,
        )
        return done is not None

    def export_continuity(self) -> None:
        if not self.save_first():
            return
        title = self.tr("Continuity of care")
        if not self.ask_part2(title):
            return
        ok, consent = self.choose_consent(title)
        if not ok or consent is None:
            return
        consent_id = consent.id
        out = self.ask_path("continuity")
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            self.start(
                out,
                lambda db, path: documents.export_continuity(db, pid, path, clock, consent_id),
            )

    def export_letter(self) -> None:
        """The attendance verification letter: the Part 2 question and the consent first (a
        Part 2 record needs one), then one form for its dates, recipient and purpose."""
        if not self.save_first():
            return
        title = self.tr("Attendance letter")
        if not self.ask_part2(title):
            return
        consent: Consent | None = None
        is_part2 = part2.applies(self.ctx.db, self.participant_id)
        if is_part2:
            ok, consent = self.choose_consent(title)  # a Part 2 record: a consent for it
            if not ok:
                return
        person = participants.get(self.ctx.db, self.participant_id)
        dialog = LetterDialog(
            self.ctx,
            person.admission_date,
            person.discharge_date or self.ctx.clock.today(),
            consent=consent,
            omit_program=is_part2,  # 42 CFR Part 2: the program's name only when chosen
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.request is None:
            return
        request = dialog.request
        consent_id = None if consent is None else consent.id
        out = self.ask_path("letter")
        language = self.language_box.language()
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            self.start(
                out,
                lambda db, path: documents.export_attendance_letter(
                    db,
                    pid,
                    path,
                    clock,
                    request.first,
                    request.requested_last,
                    recipient=request.recipient.name,
                    organization=request.recipient.organization,
                    case_number=request.recipient.case_number,
                    purpose=request.purpose,
                    consent_id=consent_id,
                    omit_program=request.omit_program,
                    language=language,
                ),
            )

    def export_review_packet(self) -> None:
        """The concurrent-review packet for a period, under a consent, with the counselor's
        reasons (a disclosure, logged before the file exists)."""
        if not self.save_first():
            return
        title = self.tr("Concurrent review")
        today = self.ctx.clock.today()
        dialog = DateRangeDialog(
            self.ctx,
            self.tr("Concurrent review – period"),
            today - dt.timedelta(days=6),
            today,
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = dialog.first, dialog.last
        if not self.ask_part2(title):
            return
        ok, consent = self.choose_consent(title)
        if not ok or consent is None:
            return
        justification, ok = QInputDialog.getMultiLineText(
            self,
            title,
            self.tr("Why this level of care is still needed (printed for the reviewer):"),
        )
        if not ok:
            return
        if not justification.strip():
            form.tell(
                self,
                title,
                self.tr(
                    "The packet needs your reasons for this level of care. Nothing was exported."
                ),
                problem=True,
            )
            return
        consent_id = consent.id
        out = self.ask_path("review")
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            self.start(
                out,
                lambda db, path: review_packet.export_review_packet(
                    db, pid, path, clock, first, last, justification, consent_id
                ),
            )

    def export_treatment_plan(self) -> None:
        """The treatment plan for the chart and signatures (an export, not a disclosure)."""
        if not self.save_first():
            return
        out = self.ask_path("plan")
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            language = self.language_box.language()
            self.start(
                out,
                lambda db, path: documents.export_treatment_plan(
                    db, pid, path, clock, language=language
                ),
            )

    def export_safety_plan(self) -> None:
        """The current safety plan as a one-page PDF for the participant (logged as a
        disclosure by the documents module before the file exists)."""
        out = self.ask_path("safety-plan")
        if out is not None:
            pid, clock = self.participant_id, self.ctx.clock
            language = self.language_box.language()
            self.start(
                out,
                lambda db, path: documents.export_safety_plan(
                    db, pid, path, clock, language=language
                ),
            )

    # -- running ------------------------------------------------------------------------------

    def start(self, out: Path, work: ExportWork) -> Task:
        """Run `work` on a worker thread; the bar shows the outcome when it has ended."""
        key = str(out)
        task = self.background.run(
            export_job(Path(self.ctx.db.path), out, work, self.ctx.db.key),
            lambda _written: self._finished(key),
            lambda error: self._failed(key, failure_message(error)),
        )
        self.jobs[key] = task
        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        return task

    def export_fhir(self) -> None:
        """Export for another system (FHIR): ui/record/fhir_export.py (made when asked)."""
        from counselor_desk.ui.record import fhir_export

        fhir_export.export_fhir(self)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.discharge_button,
            self.continuity_button,
            self.fhir_button,
            self.letter_button,
            self.plan_button,
            self.review_button,
        ):
            button.setEnabled(not busy)

    def _finished(self, path: str) -> None:
        self.jobs.pop(path, None)
        self._busy(bool(self.jobs))
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Exported {time}: {file}").format(
                time=f"{self.ctx.clock.now():%H:%M}", file=Path(path).name
            )
        )
        finished_in_background(self.ctx, Changes.participant(self.participant_id))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _failed(self, path: str, message: str) -> None:
        self.jobs.pop(path, None)
        self._busy(bool(self.jobs))
        palette.show_as_error(self.status)
        self.status.setText(self.tr("Export failed"))
        form.tell(self, self.tr("Export"), message, problem=True)
