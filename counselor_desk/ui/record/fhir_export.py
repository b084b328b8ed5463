"""The record's "Export for another system (FHIR)…": the continuity-of-care summary as a FHIR
R4 bundle, under a consent chosen as for the PDF, with the PDF beside it if asked; one
disclosure for both files. Runs on the export bar's worker like every other export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from counselor_desk.services import documents, fhir_export, participants
from counselor_desk.ui.dialogs.encryption import export_caption
from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP
from counselor_desk.ui.record.export import ExportBar

TITLE = QT_TRANSLATE_NOOP("FhirExport", "Export for another system (FHIR)")


def _title() -> str:
    return QCoreApplication.translate("FhirExport", TITLE)


def ask_bundle_path(bar: ExportBar) -> Path | None:
    """The save dialog for the bundle, at its default name (chart number and date)."""
    chart = participants.get(bar.ctx.db, bar.participant_id).chart_number
    name = fhir_export.default_file_name(chart, bar.ctx.clock.today().isoformat())
    chosen, _filter = QFileDialog.getSaveFileName(
        bar,
        export_caption(_title()),
        str(Path.home() / name),
        QCoreApplication.translate("FhirExport", "FHIR bundles (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_suffix(".json")


def ask_pdf_path(bar: ExportBar, beside: Path) -> tuple[bool, Path | None]:
    """Whether to write the PDF too, and where: (False, None) after Cancel."""
    answer = QMessageBox.question(
        bar,
        _title(),
        QCoreApplication.translate(
            "FhirExport",
            "Also save the continuity-of-care summary as a PDF file? (The bundle carries the "
            "PDF inside it either way; both files are one disclosure.)",
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False, None
    if answer != QMessageBox.StandardButton.Yes:
        return True, None
    chart = participants.get(bar.ctx.db, bar.participant_id).chart_number
    name = documents.default_file_name("continuity", chart, bar.ctx.clock.today())
    chosen, _filter = QFileDialog.getSaveFileName(
        bar,
        export_caption(_title()),
        str(beside.parent / name),
        QCoreApplication.translate("FhirExport", "PDF files (*.pdf)"),
    )
    if not chosen:
        return False, None
    path = Path(chosen)
    return True, path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def export_fhir(bar: ExportBar) -> None:
    """Save the record first, settle Part 2, choose the consent, the files, then export on the
    bar's worker (its status line and failure message are the bar's)."""
    if not bar.save_first():
        return
    title = _title()
    if not bar.ask_part2(title):
        return
    ok, consent = bar.choose_consent(title)
    if not ok or consent is None:
        return
    out = ask_bundle_path(bar)
    if out is None:
        return
    ok, pdf_out = ask_pdf_path(bar, out)
    if not ok:
        return
    pid, clock, consent_id = bar.participant_id, bar.ctx.clock, consent.id
    bar.start(
        out,
        lambda db, path: fhir_export.export_fhir(db, pid, path, clock, consent_id, pdf_out),
    )
