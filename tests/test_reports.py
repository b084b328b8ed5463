"""The PDF builders on their own: plain records in, PDF bytes out (no database)."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Addendum,
    AttendanceStatus,
    AttendedSession,
    Consent,
    Diagnosis,
    DischargeReason,
    Goal,
    GoalStatus,
    LevelOfCare,
    Objective,
    Referral,
    RiskLevel,
    ServiceType,
)
from counselor_desk.domain.rules import AttendanceSummary, WeekHours
from counselor_desk.reports import continuity, discharge, letter, signin
from counselor_desk.reports.fonts import REGULAR, font_dirs, register_fonts
from counselor_desk.reports.model import (
    PART2_NOTICE,
    AttendanceLetter,
    ContinuityOfCare,
    DischargeSummary,
    Identity,
    Letterhead,
    LevelSpan,
    MeasureChange,
    RiskScreen,
    ServiceLine,
    SessionSummary,
    Signer,
    SigninSheet,
)
from counselor_desk.reports.text import markup

DAY = dt.date(2026, 3, 2)
HOSTILE = "<b>&amp;</b> <script>alert(1)</script> & <font size=40>big</font>"
NAMES = {
    "Vietnamese": ("Nguyễn Thị", "Ánh"),
    "Polish": ("Łukasz", "Żółć"),
    "Greek": ("Αλέξανδρος", "Παπαδόπουλος"),
    "Cyrillic": ("Дмитрий", "Иванов"),
    "Arabic": ("فاطمة", "الزهراء"),
}


def pages_of(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def summary(**changes: object) -> DischargeSummary:
    weeks = tuple(
        WeekHours(
            week=n,
            start=dt.date(2026, 1, 5) + dt.timedelta(days=7 * (n - 1)),
            end=dt.date(2026, 1, 11) + dt.timedelta(days=7 * (n - 1)),
            minutes_attended=540 if n != 3 else 360,
            minimum_minutes=540,
            complete=True,
        )
        for n in range(1, 9)
    )
    model = DischargeSummary(
        letterhead=Letterhead("Riverbend Behavioral Health", "12 Mill St", "(973) 555-0142"),
        identity=Identity("Maria Lopez", "A-1001", dt.date(1988, 4, 17)),
        signer=Signer("Dana Reyes", "LCSW"),
        generated_on=DAY,
        draft=False,
        program_name="Adult IOP",
        level_at_admission=LevelOfCare.IOP,
        level_at_discharge=LevelOfCare.IOP,
        admission_date=dt.date(2026, 1, 5),
        last_service_date=dt.date(2026, 2, 27),
        discharge_date=dt.date(2026, 2, 27),
        reason=DischargeReason.COMPLETED,
        reason_detail="",
        referral_source="Self",
        presenting_problems="Low mood.",
        diagnoses=(Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate"),),
        services=(
            ServiceLine(ServiceType.GROUP, 22, 3930),
            ServiceLine(ServiceType.INDIVIDUAL, 1, 50),
            ServiceLine(ServiceType.EDUCATION, 0, 0),
            ServiceLine(ServiceType.FAMILY, 0, 0),
        ),
        attendance=AttendanceSummary(23, 1, 1, 0),
        weeks=weeks,
        level_changes=(),
        goals=(
            Goal(
                1,
                1,
                "Sleep through the night",
                GoalStatus.MET,
                "Sleeps 7 hours.",
                objectives=(Objective(1, 1, "Keep a sleep diary", GoalStatus.MET),),
            ),
        ),
        measures=(
            MeasureChange(
                "PHQ-9",
                dt.date(2026, 1, 5),
                18,
                "moderately severe",
                dt.date(2026, 2, 23),
                7,
                "mild",
            ),
        ),
        condition_at_discharge="Stable.",
        recommended_level=LevelOfCare.OP,
        medications="None",
        aftercare_plan="Weekly therapy.",
        referrals=(
            Referral(
                "Hillside Counseling",
                "(973) 555-0177",
                "40 Oak Ave",
                first_appointment=dt.datetime(2026, 3, 5, 10, 30),
            ),
        ),
        relapse_prevention_plan="Call sister.",
        clinic_crisis_line="(973) 555-0199",
        crisis_resources="",
        summary_due=dt.date(2026, 3, 13),
    )
    return replace(model, **changes)  # type: ignore[arg-type]


def continuity_model(**changes: object) -> ContinuityOfCare:
    base = summary()
    model = ContinuityOfCare(
        letterhead=base.letterhead,
        identity=base.identity,
        signer=base.signer,
        generated_on=DAY,
        program_name="Adult IOP",
        substance_use=False,
        service_start=base.admission_date,
        service_end=None,
        discharge_reason=None,
        current_level=LevelOfCare.IOP,
        recommended_level=LevelOfCare.OP,
        presenting_problems="Low mood.",
        diagnoses=base.diagnoses,
        medications="Sertraline",
        allergies="None known",
        services=base.services,
        attendance=base.attendance,
        program_weeks=8,
        level_changes=(),
        goals=base.goals,
        latest_risk=RiskScreen(dt.date(2026, 2, 27), RiskLevel.DENIED, "", "Dana Reyes, LCSW"),
        recent_sessions=(
            SessionSummary(
                dt.date(2026, 2, 27),
                dt.time(13, 0),
                50,
                ServiceType.INDIVIDUAL,
                "Data: Reviewed plan.",
                RiskLevel.DENIED,
                "Dana Reyes, LCSW",
                dt.datetime(2026, 2, 27, 15, 0),
                addenda=(
                    Addendum(
                        1,
                        1,
                        "Dana Reyes, LCSW",
                        dt.datetime(2026, 2, 28, 9, 0),
                        "Clarify",
                        "Sister attended too.",
                    ),
                ),
            ),
        ),
        aftercare_plan="Weekly therapy.",
        referrals=base.referrals,
        consent=Consent(
            3,
            1,
            "Hillside Counseling",
            "Continuity of care",
            frozenset(ScopeCategory),
            dt.date(2026, 2, 20),
            dt.date(2027, 2, 20),
        ),
    )
    return replace(model, **changes)  # type: ignore[arg-type]


def letter_model(**changes: object) -> AttendanceLetter:
    sessions = (
        AttendedSession(
            dt.date(2026, 1, 12), dt.time(9, 0), 180, ServiceType.GROUP, AttendanceStatus.LATE, 150
        ),
        AttendedSession(
            dt.date(2026, 1, 14),
            dt.time(9, 0),
            180,
            ServiceType.GROUP,
            AttendanceStatus.UNEXCUSED,
            0,
        ),
        AttendedSession(
            dt.date(2026, 1, 16),
            dt.time(9, 0),
            180,
            ServiceType.GROUP,
            AttendanceStatus.PRESENT,
            180,
            telehealth=True,
        ),
    )
    model = AttendanceLetter(
        letterhead=Letterhead("Riverbend Behavioral Health", "12 Mill St", "(973) 555-0142"),
        identity=Identity("Maria Lopez", "A-1001", dt.date(1988, 4, 17)),
        signer=Signer("Dana Reyes", "LCSW"),
        generated_on=DAY,
        program_name="Adult IOP",
        admission_date=dt.date(2026, 1, 5),
        discharge_date=None,
        first=dt.date(2026, 1, 12),
        last=dt.date(2026, 1, 18),
        sessions=sessions,
        levels=(LevelSpan(LevelOfCare.IOP, dt.date(2026, 1, 12), dt.date(2026, 1, 18)),),
    )
    return replace(model, **changes)  # type: ignore[arg-type]


def test_hostile_text_prints_literally_everywhere() -> None:
    model = summary(
        presenting_problems=HOSTILE,
        identity=Identity(HOSTILE[:40], "A-1001", dt.date(1988, 4, 17)),
        goals=(Goal(1, 1, HOSTILE, GoalStatus.MET, HOSTILE),),
        referrals=(Referral(HOSTILE, HOSTILE, HOSTILE),),
        clinic_crisis_line="<br/>",
    )
    text = flat(" ".join(pages_of(discharge.build(model))))
    assert "<b>&amp;</b> <script>alert(1)</script> & <font size=40>big</font>" in text
    assert "Clinic crisis line: <br/>" in text


def test_100_kb_note_breaks_across_pages() -> None:
    words = " ".join(f"word{n:05d}" for n in range(10_001))  # 100 KB, one paragraph
    assert len(words) > 100_000
    model = summary(presenting_problems=words, aftercare_plan="line\n" * 2000)
    pages = pages_of(discharge.build(model))
    assert len(pages) > 20
    text = flat(" ".join(pages))
    assert "word00000" in text and "word05000" in text and "word10000" in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_100_kb_without_a_single_blank_still_prints() -> None:
    blob = "x" * 100_000
    pages = pages_of(continuity.build(continuity_model(presenting_problems=blob)))
    assert len(pages) > 10
    assert sum(page.count("x") for page in pages) >= 100_000


def test_300_character_word_wraps_in_text_and_tables() -> None:
    word = "".join(chr(ord("a") + n % 26) for n in range(300))
    model = summary(
        presenting_problems=f"Before {word} after.",
        diagnoses=(Diagnosis("F33.1", word),),
        referrals=(Referral(word, word, word),),
    )
    text = "".join(" ".join(pages_of(discharge.build(model))).split())
    assert text.count(word) >= 3


def test_huge_text_inside_table_cells_splits_instead_of_overflowing() -> None:
    model = summary(
        diagnoses=(Diagnosis("F33.1", "x" * 20_000),),
        referrals=(Referral("y" * 3000, "(973) 555-0177", "Main St " * 60),),
        reason_detail="r" * 5000,
    )
    pages = pages_of(discharge.build(model))
    assert len(pages) > 5
    assert sum(page.count("x") for page in pages) >= 20_000
    assert sum(page.count("y") for page in pages) >= 3000


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_print_as_written(script: str) -> None:
    first, last = NAMES[script]
    name = f"{first} {last}"
    identity = Identity(name, "A-1001", dt.date(1988, 4, 17))
    for build, model in (
        (discharge.build, summary(identity=identity)),
        (letter.build, letter_model(identity=identity)),
    ):
        data = build(model)  # type: ignore[operator]
        pages = pages_of(data)
        # pypdf gives Arabic back in its joined (presentation) forms: NFKC undoes them
        pages = [unicodedata.normalize("NFKC", page) for page in pages]
        assert all(first in page and last in page for page in pages), script
        assert b"DejaVuSans" in data  # the Unicode font is embedded


@pytest.mark.parametrize("script", sorted(NAMES))
def test_the_embedded_font_has_a_glyph_for_every_letter(script: str) -> None:
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    letters = set("".join(NAMES[script])) - {" "}
    assert {letter for letter in letters if ord(letter) not in face.charToGlyph} == set()


def test_every_page_has_header_footer_and_numbering() -> None:
    model = summary(presenting_problems="Text.\n\n" * 600)
    pages = pages_of(discharge.build(model))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Riverbend Behavioral Health" in page and "Discharge Summary" in page
        assert "Maria Lopez" in page and "Chart A-1001" in page and "DOB 1988-04-17" in page
        assert "CONFIDENTIAL" in page
        assert "DRAFT" not in page


def test_draft_marks_every_page() -> None:
    pages = pages_of(discharge.build(summary(draft=True, presenting_problems="Text.\n\n" * 400)))
    assert len(pages) >= 2
    assert all(page.count("DRAFT") >= 2 for page in pages)  # header and watermark


def test_part2_notice_only_for_substance_use_programs() -> None:
    part2 = pages_of(continuity.build(continuity_model(substance_use=True)))
    assert all(PART2_NOTICE in flat(page) for page in part2)
    other = pages_of(continuity.build(continuity_model()))
    assert not any("42 CFR" in page for page in other)
    assert not any("42 CFR" in page for page in pages_of(discharge.build(summary())))


def test_continuity_prints_sessions_addenda_risk_and_consent() -> None:
    text = flat(" ".join(pages_of(continuity.build(continuity_model()))))
    for expected in (
        "Data: Reviewed plan.",
        "Addendum by Dana Reyes, LCSW, 2026-02-28 09:00 (reason: Clarify)",
        "Sister attended too.",
        "Suicidal / homicidal ideation: Denied",
        "Disclosed to Hillside Counseling",
        "Expires 2027-02-20",
        "2026-01-05 to ongoing",
    ):
        assert expected in text, expected


def test_letter_totals_count_attended_sessions_only() -> None:
    text = flat(" ".join(pages_of(letter.build(letter_model()))))
    assert "Mon, January 12, 2026 09:00 Group therapy Late 2:30" in text
    assert "Wed, January 14, 2026 09:00 Group therapy Absent – unexcused 0:00" in text
    assert "Fri, January 16, 2026 09:00 Group therapy (telehealth) Present 3:00" in text
    assert "Total attended 2 sessions 5:30" in text
    assert "5:30 hours (330 minutes)" in text
    assert "Unexcused absences: 1" in text


def test_signin_sheet_has_no_participant_header_and_a_line_each() -> None:
    names = tuple(f"Person{n} X." for n in range(20))
    model = SigninSheet(
        letterhead=Letterhead("Riverbend Behavioral Health"),
        facilitator=Signer("Dana Reyes", "LCSW"),
        generated_on=DAY,
        program_name="Adult IOP",
        session_id=7,
        session_date=DAY,
        start_time=dt.time(9, 0),
        duration_minutes=180,
        service_type=ServiceType.GROUP,
        topic="Coping with cravings",
        names=names,
    )
    pages = pages_of(signin.build(model))
    assert len(pages) == 2
    text = flat(" ".join(pages))
    assert "Coping with cravings" in text and "Person0 X." in text and "Person19 X." in text
    assert all(not re.search(r"Chart|DOB", page) for page in pages)
    assert all(f"Page {n} of 2" in page for n, page in enumerate(pages, start=1))


def test_a4_and_letter_page_sizes() -> None:
    letter_box = PdfReader(io.BytesIO(discharge.build(summary()))).pages[0].mediabox
    a4 = summary(letterhead=Letterhead("Clinic", page_size="a4"))
    a4_box = PdfReader(io.BytesIO(discharge.build(a4))).pages[0].mediabox
    assert (round(float(letter_box.width)), round(float(letter_box.height))) == (612, 792)
    assert (round(float(a4_box.width)), round(float(a4_box.height))) == (595, 842)


def test_metadata_title_has_kind_and_chart_not_the_name() -> None:
    reader = PdfReader(io.BytesIO(discharge.build(summary(draft=True))))
    assert reader.metadata is not None
    assert reader.metadata.title == "Discharge summary – chart A-1001 (DRAFT)"
    assert reader.metadata.author == "Dana Reyes, LCSW"
    assert "Lopez" not in (reader.metadata.subject or "")


def test_markup_escapes_and_drops_control_characters() -> None:
    assert markup("a < b & c > d\nnext") == "a &lt; b &amp; c &gt; d<br/>next"
    assert markup("bell\x07 and nul\x00") == "bell and nul"


def test_the_shipped_font_and_its_licence_are_in_resources() -> None:
    shipped = font_dirs()[0]
    assert (shipped / "DejaVuSans.ttf").is_file() and (shipped / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream Vera" in (shipped / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
