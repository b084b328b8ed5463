"""`counselor-desk search QUERY [--json]`: the table, the JSON objects, the errors, an encrypted
caseload's passphrase, and nothing of the notes in the log."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.services import encryption, notes
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import connect
from tests.notes_found import PRIVATE_WORDS, Found, build

TODAY = "2026-03-02"
PASSPHRASE = "correct horse battery staple"
JSON_KEYS = {"chart_number", "date", "kind", "session_id", "status", "snippet"}


def clock() -> FixedClock:
    return FixedClock(dt.date.fromisoformat(TODAY), dt.time(16, 0))


@pytest.fixture
def caseload(tmp_path: Path) -> tuple[Path, Found]:
    path = tmp_path / "caseload.sqlite3"
    with connect(path, now=clock().now()) as db:
        found = build(db, clock())
    return path, found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_table_names_each_note_newest_first(
    caseload: tuple[Path, Found], capsys: pytest.CaptureFixture[str]
) -> None:
    path, found = caseload
    code, out, err = run(capsys, "--db", str(path), "--today", TODAY, "search", "urge")
    assert (code, err) == (0, "")
    with connect(path) as db:
        today_session = notes.get(db, found.today_draft).session_id
        old_session = notes.get(db, found.old_signed).session_id
        family_session = notes.get(db, found.family_signed).session_id
    lines = out.splitlines()
    assert lines[:4] == [
        "Notes matching 'urge': 5, newest first",
        "",
        "Date        Chart  Name          Kind        Status  Session  Snippet",
        "----------  -----  ------------  ----------  ------  -------  -------",
    ]
    assert lines[4:] == [
        f"2026-03-02  S-1    Zoë Ångström  individual  draft   #{today_session:<6}  "
        "Urge surfing again; sleep better.",
        f"2026-02-27  S-2    Marcus Lee    group       draft   #{found.group_session:<6}  "
        "Topic / module: Urge surfing Group content: Members practiced riding out cravings. "
        "Participation: Active: shared and engaged with…",
        f"2026-02-25  S-3    Inés Ortega   family      signed  #{family_session:<6}  "
        f"Family named the urge to leave early; {PRIVATE_WORDS} next week.",
        "2026-02-24  S-2    Marcus Lee    education   draft            "
        "Psychoeducation on cravings: an urge passes like a wave.",
        f"2026-02-23  S-1    Zoë Ångström  individual  signed  #{old_session:<6}  "
        "First try at urge surfing before the visit.",
    ]


def test_json_is_a_list_of_the_documented_objects_without_names(
    caseload: tuple[Path, Found], capsys: pytest.CaptureFixture[str]
) -> None:
    path, found = caseload
    code, out, err = run(capsys, "--db", str(path), "search", "urge", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert all(set(row) == JSON_KEYS for row in rows)
    assert [(r["chart_number"], r["date"], r["kind"], r["status"]) for r in rows] == [
        ("S-1", "2026-03-02", "individual", "draft"),
        ("S-2", "2026-02-27", "group", "draft"),
        ("S-3", "2026-02-25", "family", "signed"),
        ("S-2", "2026-02-24", "education", "draft"),
        ("S-1", "2026-02-23", "individual", "signed"),
    ]
    assert rows[1]["session_id"] == found.group_session
    assert rows[3]["session_id"] is None  # a note of no stored session
    assert all(isinstance(r["session_id"], int) for i, r in enumerate(rows) if i != 3)
    assert rows[2]["snippet"] == f"Family named the urge to leave early; {PRIVATE_WORDS} next week."
    for name in ("Zoë", "Ångström", "Marcus", "Lee", "Inés", "Ortega"):
        assert name not in out


def test_several_words_must_all_occur(
    caseload: tuple[Path, Found], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _found = caseload
    code, out, _err = run(capsys, "--db", str(path), "search", "urge", "surf", "--json")
    assert code == 0
    assert [r["date"] for r in json.loads(out)] == ["2026-03-02", "2026-02-27", "2026-02-23"]
    code, out, _err = run(capsys, "--db", str(path), "search", "urge surf", "--json")
    assert len(json.loads(out)) == 3


def test_nothing_found_is_said_and_succeeds(
    caseload: tuple[Path, Found], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _found = caseload
    assert run(capsys, "--db", str(path), "search", "zebra") == (
        0,
        "No notes match 'zebra'.\n",
        "",
    )
    assert run(capsys, "--db", str(path), "search", "zebra", "--json") == (0, "[]\n", "")


def test_no_word_is_one_sentence_and_exit_1(
    caseload: tuple[Path, Found], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _found = caseload
    assert run(capsys, "--db", str(path), "search", "?!", "--json") == (
        1,
        "",
        "counselor-desk: Give at least one word to search the notes for.\n",
    )


def test_no_query_at_all_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["search"])
    assert stopped.value.code == 2
    assert "QUERY" in capsys.readouterr().err


def test_an_encrypted_caseload_is_searched_with_its_passphrase(
    caseload: tuple[Path, Found], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _found = caseload
    encryption.turn_on(path, PASSPHRASE, PASSPHRASE, clock())
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--db", str(path), "--passphrase-file", str(right), "search", "custody", "--json"
    )
    assert (code, err) == (0, "")
    assert [row["chart_number"] for row in json.loads(out)] == ["S-3"]
    code, out, err = run(
        capsys, "--db", str(path), "--passphrase-file", str(wrong), "search", "custody"
    )
    assert (code, out) == (1, "")
    assert err.startswith("counselor-desk: ") and err.count("\n") == 1


def test_the_search_logs_no_note_text_and_no_names(
    caseload: tuple[Path, Found],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path, _found = caseload
    caplog.set_level(logging.DEBUG)
    assert run(capsys, "--db", str(path), "search", "custody", "hearing")[0] == 0
    assert run(capsys, "--db", str(path), "search", "custody", "--json")[0] == 0
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in ("custody", "hearing", "Inés", "Ortega", "urge"):
        assert secret not in logged
