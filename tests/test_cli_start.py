"""A command starts with only what it uses: what `--version`, `--help` and `caseload` import.

A command's start is mostly imports, so these tests read Python's own list of the modules a
run imported (`python -X importtime`) and name what must not be among them. They check the
structure, never a time: the start's time is the benchmark's to measure.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from counselor_desk import __version__, cli

TODAY = "2026-03-02"
PARTICIPANTS_CSV = (
    "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
    "T-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
    "T-2,Ben,Okafor,1985-11-20,2026-02-09,Adult IOP\n"
)
#: What no start may import before it knows which command runs (`--version`, `--help`): the
#: services, the store (sqlite3 and its schema, backups and checks), the documents, the app,
#: and the records' module (the `program` command's levels of care come from it).
NOT_FOR_VERSION = (
    "counselor_desk.services",
    "counselor_desk.store",
    "counselor_desk.reports",
    "counselor_desk.ui",
    "counselor_desk.interop",
    "counselor_desk.domain.model",
    "sqlite3",
    "sqlcipher3",
    "PySide6",
    "reportlab",
    "multiprocessing",
)
#: What the caseload has no use for: documents, the app, FHIR, a second process.
NOT_FOR_CASELOAD = (
    "reportlab",
    "counselor_desk.reports",
    "counselor_desk.services.documents",
    "PySide6",
    "counselor_desk.ui",
    "counselor_desk.interop",
    "multiprocessing",
)


def imported(arguments: list[str]) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the command line as the user does; the modules the run imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "counselor_desk.cli", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert modules, done.stderr
    return done, modules


def among(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in modules
        if any(name == package or name.startswith(f"{package}.") for package in packages)
    )


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_no_service_store_or_document(flag: str) -> None:
    done, modules = imported([flag])
    assert done.returncode == 0, done.stderr
    assert "counselor_desk.cli_common" in modules  # (cli itself runs as __main__)
    assert among(modules, NOT_FOR_VERSION) == []
    if flag == "--version":
        assert done.stdout == f"counselor-desk {__version__}\n"


def test_the_caseload_imports_no_documents_app_fhir_or_second_process(tmp_path: Path) -> None:
    path = tmp_path / "small.sqlite3"
    csv_file = tmp_path / "participants.csv"
    csv_file.write_text(PARTICIPANTS_CSV, encoding="utf-8")
    assert (
        cli.main(["--db", str(path), "--today", TODAY, "import", "participants", str(csv_file)])
        == 0
    )
    done, modules = imported(["--db", str(path), "--today", TODAY, "caseload"])
    assert done.returncode == 0, done.stderr
    assert "Caseload on 2026-03-02: 2 participant(s)" in done.stdout
    assert "counselor_desk.services.caseload" in modules  # the run did read the caseload
    assert among(modules, NOT_FOR_CASELOAD) == []
    fhir = [name for name in modules if "fhir" in name and name != "counselor_desk.cli_fhir"]
    assert sorted(fhir) == []  # cli_fhir itself holds only the `import fhir` options
