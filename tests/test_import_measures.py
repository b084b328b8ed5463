"""CSV import of measure scores (services/import_measures.py): answers are scored as entry in
the app scores them, a bad file names every bad line and stores nothing, and a risk in an
imported score raises its safety flag in the same commit."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import CounselorProfile, Participant
from counselor_desk.domain.safety import FlagSource, FlagState
from counselor_desk.services import audit, caseload, measures, participants, safety, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.import_measures import import_measures
from counselor_desk.store.db import Database, connect
from tests.factories import new_participant

D = dt.date
CLOCK = FixedClock(D(2026, 3, 16), dt.time(10, 0))
HEADER = (
    "chart_number,instrument,date,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,"
    "item_9,difficulty,total\n"
)
GOOD = HEADER + (
    "C-1,PHQ-9,2026-03-02,2,2,1,2,1,2,1,1,0,2,\n"  # 12
    "C-1,GAD-7,2026-03-02,2,1,2,1,1,2,1,,,,\n"  # 10
    "C-1,PHQ-9,2026-03-09,,,,,,,,,,,9\n"  # a total entered alone
    "C-2,gad7,2026-03-03,,,,,,,,,,,6\n"  # the name spelled loosely
    "C-2,C-SSRS,2026-03-03,1,0,,,,0,,,,,\n"  # questions 3-5 not asked: low
    "C-2,C-SSRS,2026-03-10,1,1,1,0,0,0,,,,,\n"  # moderate
)


def _people(db: Database) -> tuple[Participant, Participant]:
    setup.save_profile(
        db, CounselorProfile(name="Jordan Lee", credentials="LPC", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    first = participants.admit(db, new_participant(program), CLOCK)
    second = participants.admit(
        db,
        new_participant(program, chart="C-2", first="Ana", last="Pérez", admitted=D(2026, 3, 3)),
        CLOCK,
    )
    return first, second


def _measure_count(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM measures").fetchone()[0])


def _refused(db: Database, raw: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        import_measures(db, raw, CLOCK)
    assert _measure_count(db) == 0
    return caught.value.message


def test_a_good_file_stores_exactly_its_scores_scored_from_the_answers(db: Database) -> None:
    first, second = _people(db)
    result = import_measures(db, GOOD.encode("utf-8"), CLOCK)
    assert result.by_instrument == {"PHQ-9": 2, "GAD-7": 2, "C-SSRS": 2}
    assert result.in_words() == "6 measure score(s): PHQ-9 2, GAD-7 2, C-SSRS 2"
    stored = [
        (m.instrument, m.taken_on, m.score, m.items, m.difficulty, m.entered_by, m.entered_at)
        for m in measures.measures(db, first.id)
    ]
    assert stored == [
        ("PHQ-9", D(2026, 3, 2), 12, (2, 2, 1, 2, 1, 2, 1, 1, 0), 2, "Jordan Lee", CLOCK.now()),
        ("GAD-7", D(2026, 3, 2), 10, (2, 1, 2, 1, 1, 2, 1), None, "Jordan Lee", CLOCK.now()),
        ("PHQ-9", D(2026, 3, 9), 9, (), None, "Jordan Lee", CLOCK.now()),
    ]
    ana = [(m.instrument, m.score, m.items) for m in measures.measures(db, second.id)]
    assert ana == [
        ("GAD-7", 6, ()),
        ("C-SSRS", 0, (1, 0, None, None, None, 0)),
        ("C-SSRS", 1, (1, 1, 1, 0, 0, 0)),
    ]
    rows = [entry for entry in audit.entries(db) if entry.action == AuditAction.IMPORT.value]
    assert [entry.detail for entry in rows] == [result.in_words()]
    assert rows[0].participant_id is None
    assert "Pérez" not in rows[0].detail and "Reyes" not in rows[0].detail
    # the caseload reads them as it reads scores typed in the app
    row = {r.participant.chart_number: r for r in caseload.reviews(db, CLOCK)}["C-1"]
    assert (row.latest_phq9, row.phq9_change) == (9, -3)


def test_three_bad_lines_are_all_named_and_nothing_is_stored(db: Database, db_path: Path) -> None:
    _people(db)
    text = HEADER + (
        "C-1,PHQ-9,2026-03-02,2,2,1,2,1,2,1,1,0,,\n"  # good
        "C-9,PHQ-9,2026-03-02,,,,,,,,,,,5\n"  # unknown chart number
        "C-1,GAD-7,2026-03-02,1,1,4,1,1,1,1,,,,\n"  # item 3 out of range
        "C-1,PHQ-9,2026-03-02,2,2,1,2,1,2,1,1,0,,\n"  # the same as line 2
    )
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    message = _refused(db, text.encode("utf-8"))
    assert message.startswith("3 bad row(s) in the measures file; nothing was imported.")
    assert "line 3: no participant has chart_number C-9." in message
    assert "line 4: item_3: Question 3 is answered 0 to 3, not 4." in message
    assert "line 5: the same PHQ-9 of 2026-03-02 for chart_number C-1 is also on line 2." in (
        message
    )
    assert "line 2:" not in message
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("C-1,BDI-II,2026-03-02,,,,,,,,,,,5", "instrument 'BDI-II' is not PHQ-9, GAD-7 or C-SSRS."),
        ("C-1,PHQ-9,2026-03-01,,,,,,,,,,,5", "date: The date is before admission (2026-03-02)."),
        ("C-1,PHQ-9,2026-03-17,,,,,,,,,,,5", "date: The date cannot be in the future."),
        ("C-1,PHQ-9,03/02/2026,,,,,,,,,,,5", "date '03/02/2026' is not a date like 2026-03-02."),
        ("C-1,PHQ-9,,,,,,,,,,,,5", "date is required."),
        ("C-1,PHQ-9,2026-03-02,,,,,,,,,,,28", "total: PHQ-9 total must be between 0 and 27."),
        ("C-1,C-SSRS,2026-03-02,,,,,,,,,,,3", "total: C-SSRS risk must be between 0 and 2."),
        ("C-1,PHQ-9,2026-03-02,1,1,1,1,,1,1,1,1,,", "item_5: Question 5 has no answer."),
        ("C-1,PHQ-9,2026-03-02,1,1,1,1,-1,1,1,1,1,,", "item_5 '-1' is below 0."),
        ("C-1,PHQ-9,2026-03-02,1,1,1,1,x,1,1,1,1,,", "item_5 'x' is not a whole number."),
        (
            "C-1,C-SSRS,2026-03-02,1,0,1,,,0,,,,,",
            "item_3: Question 3 is asked only when question 2 is answered yes.",
        ),
        ("C-1,C-SSRS,2026-03-02,1,1,1,0,0,3,,,,,", "item_6: Question 6 is answered 0 to 2, not 3."),
        ("C-1,GAD-7,2026-03-02,1,1,1,1,1,1,1,1,,,", "item_8 must be empty: GAD-7 has 7 questions."),
        (
            "C-1,GAD-7,2026-03-02,1,1,1,1,1,1,1,,,2,",
            "difficulty: GAD-7 has no difficulty question.",
        ),
        (
            "C-1,PHQ-9,2026-03-02,,,,,,,,,,2,9",
            "difficulty: The difficulty answer goes with the answers, not a total.",
        ),
        (
            "C-1,PHQ-9,2026-03-02,1,1,1,1,1,1,1,1,1,,9",
            "a row has the answers (item_1 …) or a total, not both.",
        ),
        ("C-1,PHQ-9,2026-03-02,,,,,,,,,,,", "give the answers (item_1 … item_9) or a total."),
        ("C-1,,2026-03-02,,,,,,,,,,,5", "instrument is required."),
        (",PHQ-9,2026-03-02,,,,,,,,,,,5", "chart_number is required."),
        (
            "C-1,PHQ-9,2026-03-02,,,,,,,,,,,5,extra",
            "the row has more values than the header has columns.",
        ),
    ],
)
def test_each_bad_value_is_named_in_plain_words(db: Database, row: str, words: str) -> None:
    _people(db)
    message = _refused(db, (HEADER + row + "\n").encode("utf-8"))
    assert f"line 2: {words}" in message


def test_a_date_after_the_discharge_is_refused(db: Database) -> None:
    first, _second = _people(db)
    stored = participants.get(db, first.id)
    with db.transaction() as conn:  # a discharge on 2026-03-10, as the record has it
        conn.execute(
            "UPDATE participants SET status = 'discharged', discharge_date = '2026-03-10' "
            "WHERE id = :id",
            {"id": stored.id},
        )
    message = _refused(db, (HEADER + "C-1,PHQ-9,2026-03-12,,,,,,,,,,,5\n").encode("utf-8"))
    assert "line 2: date: The date is after the discharge (2026-03-10)." in message


def test_a_score_already_stored_is_not_imported_twice(db: Database) -> None:
    _people(db)
    assert import_measures(db, GOOD.encode("utf-8"), CLOCK).scores == 6
    with pytest.raises(ValidationError) as caught:
        import_measures(db, GOOD.encode("utf-8"), CLOCK)
    assert "6 bad row(s)" in caught.value.message
    assert "line 2: the same PHQ-9 of 2026-03-02 for chart_number C-1 is already stored." in (
        caught.value.message
    )
    assert _measure_count(db) == 6


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "The file is empty"),
        (HEADER.encode("utf-8"), "has a header but no data rows"),
        (b"chart_number,instrument,total\nC-1,PHQ-9,5\n", "missing the required column(s): date"),
        (b"chart_number,instrument,date\nC-1,PHQ-9,2026-03-02\n", "neither answer columns"),
        (
            b"chart_number,instrument,date,item_10\nC-1,PHQ-9,2026-03-02,1\n",
            "The column item_10 is not a question of any measure (PHQ-9 has",
        ),
        (
            "chart_number,instrument,date,total\nC-1,PHQ-9,2026-03-02,5 é\n".encode("latin-1"),
            "not UTF-8",
        ),
        (b'chart_number,instrument,date,total\nC-1,"PHQ-9"x,2026-03-02,5\n', "not valid CSV"),
        (b"chart_number,instrument,date,total,total\nC-1,PHQ-9,2026-03-02,5,5\n", "appear twice"),
    ],
)
def test_badly_made_files_are_refused_plainly(db: Database, raw: bytes, words: str) -> None:
    _people(db)
    assert words in _refused(db, raw)


def test_a_bom_crlf_and_loose_headers_still_import(db: Database) -> None:
    _people(db)
    raw = "\ufeffChart Number,Instrument,Date,Total\r\nC-1,PHQ-9,2026-03-02,14\r\n\r\n".encode()
    assert import_measures(db, raw, CLOCK).by_instrument == {"PHQ-9": 1}


def test_a_positive_question_9_raises_its_safety_flag(db: Database) -> None:
    first, second = _people(db)
    text = HEADER + "C-1,PHQ-9,2026-03-09,2,2,1,2,1,2,1,1,1,,\nC-2,PHQ-9,2026-03-09,,,,,,,,,,,20\n"
    result = import_measures(db, text.encode("utf-8"), CLOCK)
    assert result.flagged == ("C-1",)
    [flag] = safety.flags(db, first.id)
    assert flag.source is FlagSource.PHQ9_ITEM9 and flag.state is FlagState.NEEDS_SCREEN
    assert "question 9" in flag.reason and "2026-03-09" in flag.reason
    assert safety.flags(db, second.id) == []  # a total alone says nothing of question 9
    row = {r.participant.chart_number: r for r in caseload.reviews(db, CLOCK)}["C-1"]
    assert row.safety_flag


def test_a_same_day_c_ssrs_in_the_file_answers_the_flag(db: Database) -> None:
    """Stored oldest first and a C-SSRS after the PHQ-9 of its day, whatever the file's order."""
    first, _second = _people(db)
    text = HEADER + (
        "C-1,C-SSRS,2026-03-16,1,1,1,0,0,0,,,,,\nC-1,PHQ-9,2026-03-16,2,2,1,2,1,2,1,1,1,,\n"
    )
    result = import_measures(db, text.encode("utf-8"), CLOCK)
    [flag] = safety.flags(db, first.id)
    assert flag.source is FlagSource.PHQ9_ITEM9
    assert flag.state is FlagState.NEEDS_PLAN and flag.screen_id is not None
    assert result.flagged == ("C-1",)


def test_a_bad_file_raises_no_flag(db: Database) -> None:
    first, _second = _people(db)
    text = HEADER + "C-1,PHQ-9,2026-03-09,2,2,1,2,1,2,1,1,1,,\nC-1,PHQ-9,2026-03-20,,,,,,,,,,,5\n"
    _refused(db, text.encode("utf-8"))
    assert safety.flags(db, first.id) == []


def test_the_command_imports_measures_and_names_who_was_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite3"
    database = connect(path)
    try:
        _people(database)
    finally:
        database.close()
    good = tmp_path / "scores.csv"
    good.write_text(GOOD + "C-1,PHQ-9,2026-03-16,1,1,1,1,1,1,1,1,1,,\n", encoding="utf-8")
    code = main(["--db", str(path), "--today", "2026-03-16", "import", "measures", str(good)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Imported 7 measure score(s): PHQ-9 3, GAD-7 2, C-SSRS 2." in out
    assert "Safety flag raised for C-1" in out
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe" + "chart_number\n".encode("utf-16-le"))
    code = main(["--db", str(path), "--today", "2026-03-16", "import", "measures", str(bad)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("counselor-desk: The file is not UTF-8 text") and "Traceback" not in err
