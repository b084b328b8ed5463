"""`counselor-desk --self-test`: every step passes on a clean machine, failures are named."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from counselor_desk import cli, selftest
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import documents, encryption, setup

OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

STEP_NAMES = [
    "database",
    "counselor profile",
    "program",
    "admission",
    "roll call",
    "treatment plan",
    "session note: draft, sign, addendum",
    "measures: PHQ-9 scored, safety flag raised and followed up",
    "the record verified in a process of its own",
    "caseload review",
    "discharge",
    "consent",
    "discharge summary PDF",
    "continuity-of-care PDF",
    "attendance letter PDF",
    "sign-in sheet PDF",
    "FHIR export checked and read back",
    "encryption at rest: turned on, written, unlocked, read back",
    "main window",
]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp root of this test's own, to see what the self-test leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def run(qapp: object) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def test_every_step_passes_and_is_reported(qapp: object, private_tmp: Path) -> None:
    code, lines = run(qapp)
    assert code == 0
    assert lines == [f"ok  {name}" for name in STEP_NAMES] + ["self-test passed: 19 steps"]


def test_leaves_nothing_behind_and_never_touches_the_data_folder(
    qapp: object, private_tmp: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import os

    data_home = Path(os.environ["XDG_DATA_HOME"])
    code, _lines = run(qapp)
    assert code == 0
    assert list(private_tmp.iterdir()) == []
    assert not (data_home / "CounselorDesk").exists()


def test_output_carries_no_participant_details(qapp: object, private_tmp: Path) -> None:
    _code, lines = run(qapp)
    text = "\n".join(lines)
    for detail in ("ST-0001", "Self Test", "Test, Self", "1990"):
        assert detail not in text


def test_a_document_that_is_not_a_pdf_fails_its_step_and_stops(
    qapp: object, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_sheet(db: object, session_id: int, out: Path, clock: object) -> Path:
        out.write_bytes(b"<html>not a pdf</html>")
        return out

    monkeypatch.setattr(documents, "export_signin_sheet", broken_sheet)
    code, lines = run(qapp)
    assert code == 1
    assert lines[-1] == "FAIL  sign-in sheet PDF: sign-in-sheet.pdf is not a PDF"
    assert "ok  attendance letter PDF" in lines
    assert not any("main window" in line for line in lines)


def test_a_refused_input_is_named_in_plain_words(
    qapp: object, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(db: object, profile: object) -> None:
        raise ValidationError("Your name is required.", "name")

    monkeypatch.setattr(setup, "save_profile", refuse)
    code, lines = run(qapp)
    assert code == 1
    assert lines == ["ok  database", "FAIL  counselor profile: Your name is required."]


def test_an_unexpected_error_names_its_type_without_a_traceback(
    qapp: object, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(db: object, profile: object) -> None:
        raise KeyError("profile")

    monkeypatch.setattr(setup, "save_profile", crash)
    code, lines = run(qapp)
    assert code == 1
    assert lines[-1] == "FAIL  counselor profile: KeyError: 'profile'"
    assert not any("Traceback" in line for line in lines)


def test_the_command_line_flag_runs_it(
    qapp: object, private_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    assert cli.main(["--self-test"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "ok  database"
    assert printed[-1] == "self-test passed: 19 steps"
    # not even the log: the command line starts it only after the self-test's branch
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "CounselorDesk").exists()


def test_an_encrypted_database_left_plaintext_fails_its_step(
    qapp: object, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The step looks at the file itself: a conversion that reported success but left the
    file plaintext is caught by its first bytes, and the stored text by the byte scan."""

    def no_conversion(path: Path, passphrase: str, repeat: str, clock: object) -> object:
        return encryption.TurnedOn("RECOVERY", b"", path, encryption.Leftovers())

    monkeypatch.setattr(encryption, "turn_on", no_conversion)
    monkeypatch.setattr(encryption, "is_encrypted", lambda path: True)
    code, lines = run(qapp)
    assert code == 1
    assert lines[-1] == (
        "FAIL  encryption at rest: turned on, written, unlocked, read back: "
        "the encrypted database starts as a plaintext SQLite file"
    )
    assert not any("main window" in line for line in lines)
    monkeypatch.setattr(selftest, "PLAINTEXT_HEADER", b"not the header!!")
    code, lines = run(qapp)
    assert code == 1
    assert lines[-1].endswith("self-test-encrypted.sqlite3 holds a stored text in the clear")
