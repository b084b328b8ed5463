"""The continuity-of-care summary page by page: the level at discharge, the condition at
discharge, the measures, the relapse-prevention and safety plan, who signed the consent and
when, a document ID on every page that is the disclosure log's; a present risk in a red box,
a note going on over a page break headed again, short tables kept whole, and hostile content
(a 200-line aftercare plan, an 80-character mixed-script name, emoji, markup) printed whole."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import Table
from test_doc_discharge import ADMITTED_ON, leave_and_snow_day_case
from test_documents import (
    DISCHARGED,
    add_consent,
    flat,
    make_caseload,
    pdf_text,
    plan_discharge,
)
from test_reports import continuity_model, pages_of

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import LevelOfCare, NoteFormat, RiskLevel, ServiceType
from counselor_desk.domain.safety import PLAN_SECTIONS
from counselor_desk.reports import continuity
from counselor_desk.reports.base import WARN
from counselor_desk.reports.model import RiskScreen, SessionSummary
from counselor_desk.services import (
    clinical,
    discharge_signing,
    documents,
    notes,
    participants,
    safety,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database

DOCUMENT_ID = re.compile(r"Document ID (CD-\d{8}-[2-9A-HJ-NP-Z]{8})")
SAFETY_PLAN = {
    "warning_signs": "Pacing at night; stops answering the phone.",
    "coping": "Cold water on the face; a walk to the corner store.",
    "distraction": "The climbing gym on Elm Street.",
    "help": "Brother, (973) 555-0101.",
    "professionals": "Riverbend clinic (973) 555-0142; 988.",
    "environment": "Medications kept by the brother.",
    "reasons": "The dog; finishing the degree.",
}


def export(db: Database, clock: FixedClock, pid: int, out: Path) -> list[str]:
    documents.export_continuity(db, pid, out, clock)
    return pdf_text(out.read_bytes())[0]


def sign_note(
    db: Database,
    clock: FixedClock,
    pid: int,
    day: dt.date,
    risk: RiskLevel,
    detail: str = "",
    text: str = "Reviewed the week.",
) -> None:
    draft = notes.save_draft(
        db,
        notes.NoteDraft(
            participant_id=pid,
            session_date=day,
            start_time=dt.time(13, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            format=NoteFormat.FREE,
            fields={"text": text},
            risk=risk,
            risk_detail=detail,
        ),
        clock,
    )
    notes.sign(db, draft.id, clock)


# -- what the summary carries -----------------------------------------------------------------


def test_a_discharged_participant_has_the_level_and_condition_at_discharge(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    participants.change_level(
        db, pid, LevelOfCare.PHP, dt.date(2026, 2, 2), "Stepped up: panic returned", clock
    )
    plan_discharge(db, clock, pid, record=True, condition="Calmer; sleeps 7 hours.")
    add_consent(db, clock, pid)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert "Level at discharge Partial hospitalization (PHP) – ASAM level 2.5" in text
    assert "Current level" not in text
    assert "Condition at discharge Calmer; sleeps 7 hours." in text
    assert "Discharge reason Completed program" in text


def test_an_active_participant_has_the_current_level_and_no_condition(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=False, condition="Not yet: a draft plan.")
    add_consent(db, clock, pid)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert "Current level Intensive outpatient (IOP) – ASAM level 2.1" in text
    assert "Level at discharge" not in text and "Condition at discharge" not in text
    assert "Not yet: a draft plan." not in text and "Discharge reason" not in text


def test_measures_print_baseline_latest_and_change(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.MEASURES}))
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    # † : totals entered alone
    assert "PHQ-9 18 (moderately severe) † 2026-01-05 7 (mild) † 2026-02-23 -11 (-61 %)" in text
    assert "GAD-7 15 (severe) † 2026-01-05 6 (mild) † 2026-02-23 -9 (-60 %)" in text


def test_the_relapse_prevention_and_safety_plan_print_as_the_consent_allows(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True, relapse="Triggers: payday. Call brother.")
    safety.save_plan(db, pid, SAFETY_PLAN, FixedClock(dt.date(2026, 2, 12), dt.time(11, 0)))
    everything = add_consent(db, clock, pid)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "all.pdf")))
    assert "Relapse-prevention and safety plan" in text
    assert "Relapse-prevention plan Triggers: payday. Call brother." in text
    assert "Safety plan (version 1, saved 2026-02-12)" in text
    for number, (key, heading, _prompt) in enumerate(PLAN_SECTIONS, start=1):
        assert f"{number}. {heading} {SAFETY_PLAN[key]}" in text, key
    [row] = clinical.disclosures(db, pid)
    assert "and the safety plan's steps (version 1)" in row.what

    clinical.revoke_consent(db, everything.id, clock.today(), clock)
    plan_only = add_consent(db, clock, pid, scope=frozenset({ScopeCategory.DISCHARGE_PLAN}))
    text = flat(" ".join(export(db, clock, pid, tmp_path / "plan.pdf")))
    assert "Relapse-prevention plan Triggers: payday. Call brother." in text
    assert "Safety plan" not in text and SAFETY_PLAN["reasons"] not in text

    clinical.revoke_consent(db, plan_only.id, clock.today(), clock)
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.RISK}))
    text = flat(" ".join(export(db, clock, pid, tmp_path / "risk.pdf")))
    assert "Safety plan (version 1, saved 2026-02-12)" in text and SAFETY_PLAN["help"] in text
    assert "Relapse-prevention" not in text and "payday" not in text
    assert "Condition at discharge" not in text


def test_the_consent_says_who_signed_it_and_when(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid, signed_by="Rosa Lopez, mother")
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert "Signed by Rosa Lopez, mother Signed on 2026-02-20 Expires 2027-02-20" in text


def test_the_participant_signing_is_said_so(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert "Signed by The participant Signed on 2026-02-20" in text


def test_amendments_of_the_signed_discharge_summary_print_within_the_scope(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    plan_discharge(db, clock, pid, record=True)
    discharge_signing.sign(db, pid, clock)
    discharge_signing.amend(
        db, pid, "condition_at_discharge", "Clarified", "Panic-free for 3 weeks.", clock
    )
    discharge_signing.amend(
        db, pid, "medications_at_discharge", "Dose changed", "Sertraline 150 mg daily.", clock
    )
    scope = frozenset({ScopeCategory.ATTENDANCE, ScopeCategory.DISCHARGE_PLAN})
    add_consent(db, clock, pid, scope=scope)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert "Amendments to the signed discharge summary" in text
    assert "Condition at discharge: amended on 2026-03-02 16:00" in text
    assert "Panic-free for 3 weeks." in text
    assert "Sertraline 150 mg daily." not in text  # medications are outside the scope


# -- the document ID --------------------------------------------------------------------------


def test_every_page_carries_the_document_id_of_its_disclosure_row(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    for week in range(4):
        sign_note(
            db, clock, pid, dt.date(2026, 2, 2) + dt.timedelta(days=7 * week),
            RiskLevel.DENIED, text="A long session. " * 400,
        )  # fmt: skip
    add_consent(db, clock, pid)
    pages = export(db, clock, pid, tmp_path / "ccd.pdf")
    assert len(pages) >= 4
    [row] = clinical.disclosures(db, pid)
    assert DOCUMENT_ID.fullmatch(f"Document ID {row.document_id}")
    for number, page in enumerate(pages, start=1):
        assert DOCUMENT_ID.findall(flat(page))[-1:] == [row.document_id], number
    assert f"Document ID {row.document_id}" in flat(pages[-1])  # also beside the consent


def test_each_export_has_its_own_document_id(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid)
    first = export(db, clock, pid, tmp_path / "one.pdf")
    second = export(db, clock, pid, tmp_path / "two.pdf")
    logged = {row.document_id for row in clinical.disclosures(db, pid)}
    printed = {DOCUMENT_ID.findall(flat(pages[0]))[0] for pages in (first, second)}
    assert len(logged) == 2 and printed == logged


# -- a risk that must not read as body text ---------------------------------------------------


def test_a_present_risk_is_a_red_box_with_its_date(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    sign_note(db, clock, pid, dt.date(2026, 2, 16), RiskLevel.PRESENT_NO_PLAN, "Passive.")
    sign_note(
        db, clock, pid, dt.date(2026, 2, 24), RiskLevel.PRESENT_WITH_PLAN, "Plan to overdose."
    )
    add_consent(db, clock, pid)
    model = documents.continuity_model(db, pid, clock)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    assert (
        "RISK PRESENT (Latest risk screen). Suicidal / homicidal ideation: Present, with plan "
        "(session of 2026-02-24, signed by Dana Reyes, LCSW, LCADC). Plan to overdose."
    ) in text
    assert (
        "RISK PRESENT (Earlier risk screen). Suicidal / homicidal ideation: Present, no plan "
        "(session of 2026-02-16, signed by Dana Reyes, LCSW, LCADC). Passive."
    ) in text
    boxes = [
        item
        for item in _flat_story(continuity.story(model))
        if isinstance(item, Table) and "RISK PRESENT" in repr(item._cellvalues)
    ]
    assert len(boxes) == 2
    for box in boxes:
        assert any(cmd[0] == "BOX" and cmd[4] == WARN for cmd in box._linecmds)


def test_a_present_risk_older_than_the_window_is_not_repeated(
    db: Database, clock: FixedClock
) -> None:
    pid = make_caseload(db, clock).participant.id
    sign_note(db, clock, pid, dt.date(2026, 1, 20), RiskLevel.PRESENT_NO_PLAN, "Old.")
    sign_note(db, clock, pid, dt.date(2026, 2, 24), RiskLevel.DENIED)
    add_consent(db, clock, pid)
    model = documents.continuity_model(db, pid, clock)
    assert model.latest_risk is not None and model.latest_risk.risk is RiskLevel.DENIED
    assert model.present_risks == ()


def _flat_story(story: list[object]) -> list[object]:
    found: list[object] = []
    for item in story:
        found.append(item)
        inner = getattr(item, "_content", None)
        if isinstance(inner, list):
            found += _flat_story(inner)
    return found


# -- page breaks ------------------------------------------------------------------------------


def test_a_note_going_on_over_a_page_break_repeats_its_date() -> None:
    lines = "\n".join(f"Noteline {n:03d}: worked on the plan." for n in range(1, 181))
    session = SessionSummary(
        dt.date(2026, 2, 27),
        dt.time(13, 0),
        50,
        ServiceType.INDIVIDUAL,
        lines,
        RiskLevel.DENIED,
        "Dana Reyes, LCSW",
        dt.datetime(2026, 2, 27, 15, 0),
    )
    pages = pages_of(continuity.build(continuity_model(recent_sessions=(session,))))
    holding = [n for n, page in enumerate(pages) if "Noteline" in page]
    assert len(holding) >= 3
    for number in holding[1:]:
        page = pages[number]
        assert "2026-02-27 13:00 (continued)" in page, number
        assert page.index("(continued)") < page.index("Noteline")
    assert "(continued)" not in pages[holding[0]]
    text = flat(" ".join(pages))
    assert all(f"Noteline {n:03d}:" in text for n in range(1, 181))


@pytest.mark.parametrize("filler", range(0, 60, 3))
def test_short_tables_and_the_signature_never_split(filler: int) -> None:
    model = continuity_model(
        presenting_problems="\n".join(f"Problem line {n}." for n in range(filler)),
        service_end=DISCHARGED,
        condition_at_discharge="Stable.",
    )
    pages = [flat(page) for page in pages_of(continuity.build(model))]
    for first, last in (
        ("Service Sessions attended Hours", "Total 23"),  # the services table: 6 rows
        ("Name Maria Lopez", "Program Adult IOP"),
        ("Consent for this disclosure", "Electronically signed by Dana Reyes"),
    ):
        [page] = [page for page in pages if first in page]
        assert last in page, (filler, first)


# -- hostile content --------------------------------------------------------------------------

FIRST = "Αλέξανδρος-Nguyễn Thị Ánh 👍🏽"
LAST = "فاطمة الزهراء Żółć-Иванова <b>&amp;</b> O'Brien-Łukasiewicz"
MARKUP = "<b>&amp;</b> <font size=40>big</font> & 🎉 👨‍👩‍👧"


def _words(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_hostile_content_keeps_the_header_and_loses_no_text(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    name = f"{FIRST} {LAST}"
    assert len(name) >= 80
    case = make_caseload(db, clock, first_name=FIRST, last_name=LAST, chart="Z-77/X")
    pid = case.participant.id
    aftercare = "\n".join(f"Aftercare step {n:03d}: {MARKUP}" for n in range(1, 201))
    plan_discharge(
        db,
        clock,
        pid,
        record=True,
        aftercare=aftercare,
        relapse=f"Relapse plan {MARKUP}",
        condition=f"Condition {MARKUP}",
    )
    safety.save_plan(db, pid, {**SAFETY_PLAN, "reasons": f"Reasons {MARKUP}"}, clock)
    sign_note(db, clock, pid, dt.date(2026, 2, 24), RiskLevel.PRESENT_WITH_PLAN, f"Risk {MARKUP}")
    add_consent(db, clock, pid, purpose=f"Purpose {MARKUP}", signed_by=f"Guardian {MARKUP}")
    pages = [_words(page) for page in export(db, clock, pid, tmp_path / "ccd.pdf")]
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        header = [line for line in page.splitlines() if "Chart Z-77/X" in line]  # drawn last
        assert any("DOB 1988-04-17" in line for line in header), (number, header)
        assert f"Page {number} of {len(pages)}" in page
    text = flat(" ".join(pages))
    for n in range(1, 201):
        assert f"Aftercare step {n:03d}: <b>&amp;</b> <font size=40>big</font> &" in text, n
    for typed in (
        "Relapse plan <b>&amp;</b>",
        "Condition <b>&amp;</b>",
        "Reasons <b>&amp;</b>",
        "Risk <b>&amp;</b>",
        "Purpose <b>&amp;</b>",
        "Guardian <b>&amp;</b>",
    ):
        assert typed in text, typed
    for word in name.replace("-", " ").split():
        if not any(unicodedata.category(ch) == "So" for ch in word):  # emoji: see below
            assert _words(word) in text or _words(word[::-1]) in text, word
    emoji = ("👍", "🎉", "👨")
    assert all(mark in text for mark in emoji)  # printed (a glyph or a visible stand-in)


def test_the_model_s_document_id_is_new_each_time(db: Database, clock: FixedClock) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid)
    first = documents.continuity_model(db, pid, clock)
    second = documents.continuity_model(db, pid, clock)
    assert first.document_id != second.document_id
    assert replace(first, document_id=second.document_id) == second


def test_a_risk_screen_record_in_the_builder_alone_prints_boxed() -> None:
    risk = RiskScreen(dt.date(2026, 2, 27), RiskLevel.PRESENT_WITH_PLAN, "", "Dana Reyes")
    text = flat(" ".join(pages_of(continuity.build(continuity_model(latest_risk=risk)))))
    assert "RISK PRESENT (Latest risk screen)" in text
    assert "Suicidal / homicidal ideation: Present, with plan (session of 2026-02-27" in text


# -- the audit of issue 16: cancellations before roll call, exact hours ----------------------


def test_sessions_cancelled_before_roll_call_are_counted_as_the_letter_counts_them(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = leave_and_snow_day_case(db, clock)  # two cancelled without a mark, two not theirs
    add_consent(db, clock, pid)
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    letter = documents.attendance_letter_model(db, pid, clock, ADMITTED_ON, DISCHARGED)
    assert letter.summary.cancelled == 2
    assert "Sessions cancelled by the program (not counted): 2." in text
    assert "Sessions attended: 22 of 23 expected (96%)." in text


def test_hours_are_exact_hours_and_minutes_that_add_up(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    pid = make_caseload(db, clock).participant.id
    add_consent(db, clock, pid, scope=frozenset({ScopeCategory.ATTENDANCE}))
    text = flat(" ".join(export(db, clock, pid, tmp_path / "ccd.pdf")))
    # 21 x 180 + 150 = 3930 min of groups; 50 individual, 90 education, 60 family: 4130 min
    assert "68:50 hours (4,130 minutes) of service attended." in text
    rows = re.findall(
        r"(Group therapy|Individual counseling|Psychoeducation|Family session) \d+ (\d+:\d\d)",
        text,
    )
    assert rows == [
        ("Group therapy", "65:30"),
        ("Individual counseling", "0:50"),
        ("Psychoeducation", "1:30"),
        ("Family session", "1:00"),
    ]
    assert "Total 25 68:50" in text
    assert "68.83" not in text and "0.83" not in text
