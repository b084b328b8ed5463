"""Setting up a database from the command line: the profile, programs, an import that names
its programs, and --demo for every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.model import AgeGroup, LevelOfCare
from counselor_desk.services import setup
from counselor_desk.store.db import connect


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    said = capsys.readouterr()
    return code, said.out, said.err


def test_a_fresh_database_is_set_up_and_exports_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "desk.sqlite3")
    assert run(capsys, "--db", db, "profile", "show")[1].startswith("No profile yet")
    code, _out, err = run(capsys, "--db", db, "profile", "set", "--clinic", "Eastside")
    assert code == 1 and "give --name" in err
    code, out, _err = run(
        capsys,
        "--db",
        db,
        "profile",
        "set",
        "--name",
        " Dana Reyes ",
        "--credentials",
        "LCSW",
        "--clinic",
        "Eastside Recovery Center",
        "--npi",
        "1234 567 893",
        "--page-size",
        "a4",
    )
    assert code == 0 and "NPI:" in out and "1234567893" in out
    code, out, _err = run(capsys, "--db", db, "profile", "set", "--license", "LCSW-8812")
    assert code == 0
    with connect(Path(db)) as opened:
        profile = setup.get_profile(opened)
    assert profile is not None
    assert (profile.name, profile.clinic_name, profile.license_number, profile.page_size) == (
        "Dana Reyes",
        "Eastside Recovery Center",
        "LCSW-8812",
        "a4",
    )  # the second `set` changed only what it was given

    code, _out, err = run(capsys, "--db", db, "profile", "set", "--npi", "1234567890")
    assert code == 1 and "NPI" in err and "Traceback" not in err
    code, _out, err = run(capsys, "--db", db, "profile", "set")
    assert code == 1 and "at least one field" in err

    code, out, _err = run(
        capsys, "--db", db, "program", "add", "Evening IOP", "--days", "tue,thu", "--start", "18:00"
    )
    assert code == 0 and "Evening IOP" in out and "tue,thu" in out
    code, out, _err = run(capsys, "--db", db, "program", "list")
    assert "Evening IOP  IOP, adult, 12 weeks, tue,thu" in out
    with connect(Path(db)) as opened:
        (program,) = setup.list_programs(opened)
    assert [(s.weekday, s.start_time.hour) for s in program.schedule] == [(1, 18), (3, 18)]

    csv = tmp_path / "p.csv"
    csv.write_text(
        "chart_number,first_name,last_name,date_of_birth,admission_date\n"
        "E-1,Ana,Diaz,1990-01-02,2026-03-02\n",
        encoding="utf-8",
    )
    assert (
        run(capsys, "--db", db, "--today", "2026-03-03", "import", "participants", str(csv))[0] == 0
    )
    code, _out, err = run(
        capsys,
        "--db",
        db,
        "--today",
        "2026-03-03",
        "export",
        "discharge",
        "E-1",
        "--out",
        str(tmp_path / "d.pdf"),
    )
    assert code == 0, err  # the profile is complete: a (draft) summary is made
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["program", "add"], "Give the program's name"),
        (["program", "add", "X", "--days", "funday"], "'funday' is not a weekday"),
        (["program", "add", "X", "--start", "9am"], "is not a time like 09:00"),
    ],
)
def test_program_add_refuses_bad_input_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    db = str(tmp_path / "desk.sqlite3")
    code, _out, err = run(capsys, "--db", db, *words)
    assert code == 1 and message in err
    with connect(Path(db)) as opened:
        assert setup.list_programs(opened) == []


def test_an_import_without_a_program_column_names_programs_on_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "desk.sqlite3")
    csv = tmp_path / "p.csv"
    csv.write_text(
        "chart_number,first_name,last_name,date_of_birth,admission_date,level_of_care\n"
        "A-1,Ana,Diaz,1990-01-02,2026-02-02,IOP\n"
        "A-2,Ben,Cole,2011-03-04,2026-02-09,\n"
        "A-3,Cy,Moss,1985-07-08,2026-02-09,PHP\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--db", db, "--today", "2026-03-02", "import", "participants", str(csv)
    )
    assert code == 0, err
    assert "3 participant" in out
    with connect(Path(db)) as opened:
        programs = {p.name: (p.level_of_care, p.age_group) for p in setup.list_programs(opened)}
    assert programs == {
        "Adult IOP": (LevelOfCare.IOP, AgeGroup.ADULT),
        "Adolescent IOP": (LevelOfCare.IOP, AgeGroup.ADOLESCENT),
        "Adult PHP": (LevelOfCare.PHP, AgeGroup.ADULT),
    }
    # once there are programs, a blank column with several of them is refused as before
    csv.write_text(
        "chart_number,first_name,last_name,date_of_birth,admission_date\n"
        "A-4,Di,Ray,1991-01-02,2026-02-16\n",
        encoding="utf-8",
    )
    code, _out, err = run(
        capsys, "--db", db, "--today", "2026-03-02", "import", "participants", str(csv)
    )
    assert code == 1 and "more than one program" in err


def test_demo_with_a_command_uses_the_filled_demo_database(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = run(capsys, "--demo", "--today", "2026-03-02", "caseload")
    assert code == 0
    assert "RB-1" in out  # the demo's chart numbers: it was filled on first use
    code, out, _err = run(capsys, "--demo", "--today", "2026-03-02", "program", "list")
    assert code == 0 and "Adult IOP" in out
