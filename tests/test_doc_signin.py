"""The sign-in sheet: the session on every page, page X of Y, modality and staff-use columns,
the attestation and headcount kept with the last lines, names told apart without a last
name, no sheet for an individual session; the session's location saved, edited, refused."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from reportlab.pdfbase.pdfmetrics import stringWidth

from counselor_desk.cli import main
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    Participant,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.reports import base, signin
from counselor_desk.reports.fonts import REGULAR
from counselor_desk.reports.model import Letterhead, Signer, SigninSheet
from counselor_desk.services import audit, documents, participants, sessions, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.documents.signin_sheet import printed_names
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database, connect
from counselor_desk.ui import sessions_view
from counselor_desk.ui.context import AppContext
from tests.factories import new_participant

MONDAY = dt.date(2026, 3, 2)  # the conftest clock's day; the program meets at 09:00
PAST_MONDAY = dt.date(2026, 2, 23)
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROGRAM = setup.standard_program("Adult IOP")


def pdf_pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture
def program(db: Database) -> Program:
    setup.save_profile(
        db,
        CounselorProfile(
            name="Dana Reyes",
            credentials="LCSW, LCADC",
            clinic_name="Riverbend Behavioral Health",
            license_number="LPC-12345",
            npi="1234567893",
        ),
    )
    return setup.add_program(db, setup.standard_program("Adult IOP Evenings"))


def admit(
    db: Database, clock: FixedClock, program: Program, chart: str, first: str, last: str
) -> Participant:
    return participants.admit(
        db, new_participant(program, chart=chart, first=first, last=last), clock
    )


def monday_group(db: Database) -> Session:
    (found,) = sessions.day_sessions(db, MONDAY)
    return found.session


def person(chart: str, first: str, last: str, preferred: str = "") -> Participant:
    return replace(
        new_participant(PROGRAM, chart=chart, first=first, last=last), preferred_name=preferred
    )


def sheet_of(names: tuple[str, ...], **changes: object) -> SigninSheet:
    model = SigninSheet(
        letterhead=Letterhead("Riverbend Behavioral Health"),
        facilitator=Signer("Dana Reyes", "LCSW"),
        generated_on=MONDAY,
        program_name="Adult IOP",
        session_id=7,
        session_date=MONDAY,
        start_time=dt.time(9, 0),
        duration_minutes=180,
        service_type=ServiceType.GROUP,
        topic="Coping with cravings",
        names=names,
        location="Room 2",
    )
    return replace(model, **changes)  # type: ignore[arg-type]


# -- a session that runs to several pages --------------------------------------------------


def test_sixty_attendees_every_page_has_the_session_and_page_x_of_y(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    for number in range(60):
        admit(db, clock, program, f"C-{number:03d}", f"Person{number:02d}", f"Tester{number:02d}")
    session = monday_group(db)
    sessions.set_location(db, session.id, "  Room 2  ")
    out = documents.export_signin_sheet(db, session.id, tmp_path / "s.pdf", clock)
    pages = pdf_pages(out.read_bytes())
    assert len(pages) >= 3
    line = "Mon 2026-03-02 · 09:00–12:00 · Room 2 · Adult IOP Evenings · Group therapy"  # no topic: the service alone
    for number, page in enumerate(pages, start=1):
        assert "Riverbend Behavioral Health" in page and "Group Sign-In Sheet" in page
        assert line in page, number
        assert f"Page {number} of {len(pages)}" in page
        # the column header repeats, staff-use column and modality included
        assert "Participant Signature Modality" in page and "Present (staff)" in page
    text = " ".join(pages)
    for number in range(60):
        assert f"Person{number:02d} T." in text
        assert f"Tester{number:02d}" not in text and f"C-{number:03d}" not in text
    assert "1990" not in text  # no date of birth
    assert text.count("In person ☐ Telehealth") == 63  # 60 names + 3 blank lines to tick
    last = pages[-1]
    assert all("Facilitator attestation" not in page for page in pages[:-1])
    for expected in (
        "Facilitator attestation",
        "I attest that the participants marked present attended this session.",
        "Facilitator Dana Reyes, LCSW, LCADC",
        "License LPC-12345 · NPI 1234567893",
        "Signature",
        "Date",
        "Headcount",
        "Total present (count and write in)",
        "On the roster: 60 printed, 3 blank lines for others.",
        "Person59 T.",  # the last lines stay with the attestation
        "Person58 T.",
    ):
        assert expected in last, expected
    assert re.search(r"\b61\b.*\b62\b.*\b63\b", last)
    first = pages[0]
    assert "Location Room 2" in first and "Facilitator Dana Reyes, LCSW, LCADC" in first
    assert "Monday 2026-03-02" in first and "09:00–12:00 (180 min)" in first


@pytest.mark.parametrize("count", range(0, 45))
def test_the_attestation_never_stands_alone_and_no_line_is_split(count: int) -> None:
    names = tuple(f"Person{n} X." for n in range(count))
    pages = pdf_pages(signin.build(sheet_of(names)))
    last = pages[-1]
    assert "Facilitator attestation" in last
    assert all("Facilitator attestation" not in page for page in pages[:-1])
    if count:
        assert f"Person{count - 1} X." in last
    for blank in range(count + 1, count + 4):
        assert re.search(rf"\b{blank}\b", last)
    # every line is on one page only: its number and name together
    for number in range(count):
        holding = [page for page in pages if f"{number + 1} Person{number} X." in page]
        assert len(holding) == 1, number
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_the_header_line_keeps_date_time_and_room_when_the_topic_is_long() -> None:
    model = sheet_of(("Ana B.",), topic="A very long topic " * 20, program_name="P" * 30)
    (page,) = pdf_pages(signin.build(model))
    assert "Mon 2026-03-02 · 09:00–12:00 · Room 2 · " + "P" * 30 + " · Group therapy: A" in page
    assert "…" in page  # the long end is cut in the header, never the start
    assert ("A very long topic " * 20).strip() in page  # whole in the body


@pytest.mark.parametrize("language", ["en", "es"])
def test_five_hundred_names_print_once_each_in_order_under_the_header(language: str) -> None:
    names = tuple(f"Person{number:03d} {chr(65 + number % 26)}." for number in range(500))
    modes = tuple([None, True, False][number % 3] for number in range(500))
    model = sheet_of(names, telehealth=modes, language=language)
    pages = pdf_pages(signin.build(model))
    assert len(pages) == 24
    header = "# Participante Firma" if language == "es" else "# Participant Signature Modality"
    note = "Por telesalud" if language == "es" else "By telehealth: staff tick Present."
    found: list[tuple[int, str]] = []
    for number, page in enumerate(pages, start=1):
        assert header in page, number
        assert page.count(header) == 1  # once, at the top of the lines
        found += [(int(n), name) for n, name in re.findall(r"\b(\d+) (Person\d{3} [A-Z]\.)", page)]
        assert (number == len(pages)) == ("Headcount" in page or "Conteo" in page)
    assert found == [(number, name) for number, name in enumerate(names, start=1)]
    text = " ".join(pages)
    assert text.count(note) == 167  # every third line is by telehealth
    assert re.search(r"\b501\b.*\b502\b.*\b503\b", pages[-1])


def placed_text(data: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text drawn on the first page with where it starts (x, baseline y)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), round(x, 2), round(y, 2)))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_long_name_wraps_inside_its_own_line_which_grows() -> None:
    long = "Maximiliana-Theodora Antonia-Josefina Wolfeschlegelsteinhausenbergerdorff W."
    placed = placed_text(signin.build(sheet_of(("Ana B.", long, "Ben C."))))
    width = base.frame_width("letter")
    numbers = float(base.SIDE_MARGIN) + 4
    baselines = {  # the line numbers (a name on one line may be read with its number)
        text.split()[0]: y for text, x, y in placed if x == numbers and text[0].isdigit()
    }
    above, mine, below = baselines["1"], baselines["2"], baselines["3"]
    left = numbers + signin.COLUMNS["en"][0] * width
    pieces = [(text, y) for text, x, y in placed if abs(x - left) < 0.01 and below < y < above]
    assert "".join(text for text, _y in pieces).replace(" ", "") == long.replace(" ", "")
    assert len(pieces) >= 3
    room = signin.COLUMNS["en"][1] * width - 8
    for text, y in pieces:
        assert stringWidth(text, REGULAR, 8.5) <= room, text  # nothing past its column
        assert above - y >= 11 and y - below >= 11  # clear of the lines above and below
    lines = [y for _text, y in pieces]
    assert abs(mine - (max(lines) + min(lines)) / 2) < 1  # its number beside its middle


# -- modality and the staff-use column --------------------------------------------------------


def test_modality_is_printed_once_roll_call_recorded_it(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    room = admit(db, clock, program, "C-1", "Ana", "Brook")
    screen = admit(db, clock, program, "C-2", "Ben", "Cole")
    away = admit(db, clock, program, "C-3", "Cy", "Dunn")
    later = admit(db, clock, program, "C-4", "Di", "Eyre")
    session = monday_group(db)
    sessions.record_roll_call(
        db,
        session.id,
        [
            Attendance(session.id, room.id, AttendanceStatus.PRESENT, 180),
            Attendance(session.id, screen.id, AttendanceStatus.PRESENT, 180, telehealth=True),
            Attendance(session.id, away.id, AttendanceStatus.EXCUSED, 0, telehealth=True),
        ],
        clock,
    )
    model = documents.signin_sheet_model(db, session.id, clock)
    assert [(line.name, line.telehealth) for line in model.lines] == [
        ("Ana B.", False),
        ("Ben C.", True),
        ("Cy D.", None),  # absent: how they would attend is not known
        ("Di E.", None),
    ]
    assert later.id
    (page,) = pdf_pages(signin.build(model))
    assert "1 Ana B. In person ☐" in page
    assert "2 Ben C. By telehealth: staff tick Present. Telehealth ☐" in page
    assert "3 Cy D. ☐ In person ☐ Telehealth ☐" in page


# -- names told apart --------------------------------------------------------------------------


def test_names_that_read_alike_get_a_second_letter() -> None:
    names = printed_names(
        [
            person("A-1", "Maria", "Lopez"),
            person("A-2", "María", "Lozano"),  # alike once accents are set aside
            person("A-3", "Maria", "Lee"),
            person("A-4", "Ben", "Brook"),
        ]
    )
    # Lopez and Lozano share "Lo": the second letter cannot tell them apart -> chart ends
    assert names[0] == "Maria L. (…-1)" and names[1] == "María L. (…-2)"
    assert names[2] == "Maria L. (…-3)"
    assert names[3] == "Ben B."


def test_second_letter_when_it_is_enough_and_chart_ends_when_it_is_not() -> None:
    assert printed_names([person("A-1", "Maria", "Lopez"), person("A-2", "Maria", "Lee")]) == (
        "Maria Lo.",
        "Maria Le.",
    )
    # a two-letter last name would be spelled whole: the chart's end instead
    assert printed_names([person("A-1001", "Jo", "Li"), person("A-1002", "Jo", "Lu")]) == (
        "Jo L. (…01)",
        "Jo L. (…02)",
    )
    # the shortest end that differs (at least two characters)
    assert printed_names([person("X-1201", "Jo", "Lane"), person("Y-1201", "Jo", "Lang")]) == (
        "Jo L. (…X-1201)",
        "Jo L. (…Y-1201)",
    )
    # the preferred name is the one printed and compared
    assert printed_names(
        [person("A-1", "Robert", "Stone", preferred="Bo"), person("A-2", "Bo", "Smith")]
    ) == ("Bo St.", "Bo Sm.")
    # alike in case only
    assert printed_names([person("A-11", "ana", "Diaz"), person("A-12", "Ana", "Dorn")]) == (
        "ana Di.",
        "Ana Do.",
    )
    # a second "letter" that is an apostrophe or a blank tells no one apart: chart ends
    assert printed_names([person("A-31", "Pat", "O'Brien"), person("A-32", "Pat", "Olsen")]) == (
        "Pat O. (…31)",
        "Pat O. (…32)",
    )
    # no last name, no initial
    assert printed_names([person("A-1", "Sky", "")]) == ("Sky",)


def test_the_tiebreak_end_to_end_prints_no_last_name(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    admit(db, clock, program, "A-1001", "Maria", "Lopez")
    admit(db, clock, program, "A-1002", "Maria", "Lozano")
    admit(db, clock, program, "A-2001", "Sam", "Ortiz")
    admit(db, clock, program, "A-2002", "Sam", "Owens")
    session = monday_group(db)
    out = documents.export_signin_sheet(db, session.id, tmp_path / "s.pdf", clock)
    (page,) = pdf_pages(out.read_bytes())
    assert "Maria L. (…01)" in page and "Maria L. (…02)" in page
    assert "Sam Or." in page and "Sam Ow." in page
    for secret in ("Lopez", "Lozano", "Ortiz", "Owens", "A-1001", "A-2001", "A-2002"):
        assert secret not in page, secret


# -- which sessions have a sheet ------------------------------------------------------------


def test_an_individual_session_is_refused_and_nothing_is_written(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    ana = admit(db, clock, program, "C-1", "Ana", "Brook")
    individual = sessions.add_session(
        db,
        Session(0, MONDAY, dt.time(14, 0), 50, ServiceType.INDIVIDUAL, participant_id=ana.id),
    )
    before = len(audit.entries(db))
    exports = tmp_path / "exports"
    exports.mkdir()
    with pytest.raises(ValidationError) as refused:
        documents.export_signin_sheet(db, individual.id, exports / "s.pdf", clock)
    assert refused.value.field == "session"
    assert refused.value.message.startswith("An individual session has no sign-in sheet; ")
    assert list(exports.iterdir()) == [] and len(audit.entries(db)) == before
    with pytest.raises(ValueError, match="no sign-in sheet"):
        signin.build(sheet_of(("Ana B.",), service_type=ServiceType.INDIVIDUAL))


def test_family_and_education_sheets_are_titled_by_their_service(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    ana = admit(db, clock, program, "C-1", "Ana", "Brookfield")
    family = sessions.add_session(
        db,
        Session(
            0,
            MONDAY,
            dt.time(17, 0),
            60,
            ServiceType.FAMILY,
            topic="Family night",
            participant_id=ana.id,
            location="Family room",
        ),
    )
    out = documents.export_signin_sheet(db, family.id, tmp_path / "f.pdf", clock)
    (page,) = pdf_pages(out.read_bytes())
    assert "Family Session Sign-In Sheet" in page and "Group Sign-In Sheet" not in page
    assert "Family room" in page and "Family session: Family night" in page
    # one participant's session: the program is theirs; their last name is nowhere
    assert "Adult IOP Evenings" in page and "Brookfield" not in page and "Ana B." in page
    assert "On the roster: 1 printed, 6 blank lines for others." in page
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert (
        reader.metadata.title == f"Family session sign-in sheet – session {family.id}, 2026-03-02"
    )
    education = sessions.add_session(
        db,
        Session(
            0,
            MONDAY,
            dt.time(13, 0),
            60,
            ServiceType.EDUCATION,
            topic="Sleep",
            program_id=program.id,
        ),
    )
    out = documents.export_signin_sheet(db, education.id, tmp_path / "e.pdf", clock)
    (page,) = pdf_pages(out.read_bytes())
    assert "Education Session Sign-In Sheet" in page and "Psychoeducation: Sleep" in page
    assert "Location Not recorded (write it in)" in page


# -- hostile content -------------------------------------------------------------------------


MIXED = "Zoë-Łukasz Алексей محمد 李小龍 Ἀθηνᾶ"  # Latin, Cyrillic, Arabic, Han, Greek


def test_hostile_names_and_topic_print_whole_and_the_header_holds(
    db: Database, clock: FixedClock, program: Program, tmp_path: Path
) -> None:
    long_first = (MIXED + " ") * 3
    long_first = long_first[:80].strip()
    assert len(long_first) >= 75
    people = [
        admit(db, clock, program, "C-1", long_first, "Ñúñez-Øvergård"),
        admit(db, clock, program, "C-2", "<b>Bo</b> & 'Al'", "<i>x</i>"),
        admit(db, clock, program, "C-3", "Jaz 👍🏽", "👨‍👩‍👧 Family"),
    ]
    for number in range(4, 30):
        people.append(admit(db, clock, program, f"C-{number}", f"P{number}", f"Q{number}ly"))
    session = monday_group(db)
    topic = "Anger & <script>alert(1)</script> 🎉 — ¿Qué? " + "long " * 40
    with db.transaction() as conn:
        conn.execute(
            "UPDATE sessions SET topic = :topic WHERE id = :id", {"topic": topic, "id": session.id}
        )
    sessions.set_location(db, session.id, "Sala 2 <b>&amp;</b> 🏥")
    out = documents.export_signin_sheet(db, session.id, tmp_path / "h.pdf", clock)
    pages = [unicodedata.normalize("NFKC", page) for page in pdf_pages(out.read_bytes())]
    assert len(pages) >= 2
    text = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert "Mon 2026-03-02 · 09:00–12:00 · Sala 2 <b>&amp;</b>" in page, number
        assert f"Page {number} of {len(pages)}" in page
    assert "<b>Bo</b> & 'Al' <." in text  # markup printed as typed, initial "<"
    assert "Anger & <script>alert(1)</script>" in text
    assert "Ñ." in text and "Ñúñez" not in text and "Øvergård" not in text
    for word in ("Zoë-Łukasz", "Алексей", "Ἀθηνᾶ"):
        assert word in text, word
    assert "Family" not in text.replace("Family session", "")  # the emoji's last name: hidden
    assert "Q4ly" not in text and "P4 Q." in text


def test_an_emoji_initial_is_one_whole_character() -> None:
    assert printed_names([person("A-1", "Jaz", "👨‍👩‍👧 Family")]) == ("Jaz 👨‍👩‍👧.",)
    assert printed_names([person("A-1", "Kim", "👍🏽x")]) == ("Kim 👍🏽.",)
    assert printed_names([person("A-1", "Ed", "e\u0301clair")]) == ("Ed E\u0301.",)
    assert printed_names([person("A-1", "Ed", "ßmith")]) == ("Ed ß.",)


# -- the location: saved, edited, refused ------------------------------------------------------


def test_a_session_is_added_with_its_location_trimmed(
    db: Database, clock: FixedClock, program: Program
) -> None:
    ana = admit(db, clock, program, "C-1", "Ana", "Brook")
    added = sessions.add_session(
        db,
        Session(
            0,
            MONDAY,
            dt.time(14, 0),
            50,
            ServiceType.INDIVIDUAL,
            participant_id=ana.id,
            location="  Telehealth \n",
        ),
    )
    assert added.location == "Telehealth"
    assert sessions.get_session(db, added.id).location == "Telehealth"


def test_a_scheduled_session_gets_its_room_and_it_can_be_changed_or_cleared(
    db: Database, program: Program
) -> None:
    session = monday_group(db)
    assert session.location == ""
    assert sessions.set_location(db, session.id, " Room 2 ").location == "Room 2"
    assert sessions.get_session(db, session.id).location == "Room 2"
    sessions.set_location(db, session.id, "Group room B")
    assert monday_group(db).location == "Group room B"  # the day's list reads it too
    sessions.set_location(db, session.id, "   ")
    assert sessions.get_session(db, session.id).location == ""
    with pytest.raises(NotFoundError):
        sessions.set_location(db, 99_999, "Room 2")


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("Room\t2", "one line"),
        ("Room 2\nupstairs", "one line"),
        ("Room\x002", "one line"),
        ("Room\x07", "one line"),
        ("Room\u20282", "one line"),
        ("R" * 81, "too long (81 characters; at most 80)"),
    ],
)
def test_a_bad_location_is_refused_naming_the_field_and_nothing_changes(
    db: Database, clock: FixedClock, program: Program, typed: str, words: str
) -> None:
    session = monday_group(db)
    sessions.set_location(db, session.id, "Room 1")
    with pytest.raises(ValidationError) as refused:
        sessions.set_location(db, session.id, typed)
    assert refused.value.field == "location" and words in refused.value.message
    assert sessions.get_session(db, session.id).location == "Room 1"
    ana = admit(db, clock, program, "C-9", "Ana", "Brook")
    before = len(session_repo.sessions_between(db.conn, MONDAY, MONDAY))
    with pytest.raises(ValidationError) as refused:
        sessions.add_session(
            db,
            Session(
                0,
                MONDAY,
                dt.time(14, 0),
                50,
                ServiceType.INDIVIDUAL,
                participant_id=ana.id,
                location=typed,
            ),
        )
    assert refused.value.field == "location"
    assert len(session_repo.sessions_between(db.conn, MONDAY, MONDAY)) == before


def test_eighty_characters_in_any_script_are_accepted(db: Database, program: Program) -> None:
    session = monday_group(db)
    room = ("Sala 2 · غرفة ٢ · 会议室 ",) * 4
    typed = "".join(room)[:80]
    assert sessions.set_location(db, session.id, typed).location == typed.strip()


def test_the_schema_13_sample_reads_its_sessions_room(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v13.sqlite3", path)
    with connect(path) as db:
        session = session_repo.get_session(db.conn, 1)
        assert session is not None and session.location == "Group room B"


# -- the file name -------------------------------------------------------------------------


def test_the_default_file_name_has_the_session_s_date_not_the_print_date(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    program: Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    participants.admit(
        db,
        new_participant(program, chart="C-1", first="Ana", last="Brook", admitted=PAST_MONDAY),
        clock,
    )
    (found,) = sessions.day_sessions(db, PAST_MONDAY)
    name = f"sign-in-sheet_session-{found.session.id}_2026-02-23.pdf"
    assert documents.signin_file_name(db, found.session.id) == name
    # the command line, printing on 2 March
    monkeypatch.chdir(tmp_path)
    argv = ["--db", str(db_path), "--today", "2026-03-02", "export", "signin"]
    assert main([*argv, str(found.session.id)]) == 0
    assert "Ana B." in " ".join(pdf_pages((tmp_path / name).read_bytes()))
    # the sessions view suggests the same name
    suggested: list[str] = []

    def save_as(_parent: object, _caption: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return "", ""

    monkeypatch.setattr(sessions_view.QFileDialog, "getSaveFileName", save_as)
    view = sessions_view.SessionsView(AppContext(db=db, clock=clock))
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "current_session", lambda: found)
    assert view.export_current_signin() is None
    assert [Path(path).name for path in suggested] == [name]
