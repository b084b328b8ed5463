"""The concurrent-review packet (services/review_packet.py): the period's figures a payer's
reviewer asks for, under consent, logged before the file exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Authorization, Unit
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import LevelOfCare
from counselor_desk.services import clinical, payer, review_packet
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.test_documents import Caseload, add_consent, flat, make_caseload, pdf_text

D = dt.date
WHY = "Panic attacks still weekly; PHQ-9 down but moderate; not yet ready for weekly therapy."


@pytest.fixture
def case(db: Database, clock: FixedClock) -> Caseload:
    found = make_caseload(db, clock)
    pid = found.participant.id
    payer.add_authorization(
        db,
        Authorization(
            participant_id=pid,
            payer="Prairie Health Plan",
            number="PA-0042",
            level_of_care=LevelOfCare.IOP,
            start_date=D(2026, 2, 2),
            end_date=D(2026, 3, 15),
            unit=Unit.DAYS,
            units_authorized=18,
            next_review=D(2026, 3, 4),
        ),
        clock,
    )
    for day, values, level in (
        (D(2026, 1, 5), (1, 0, 3, 2, 3, 2), LevelOfCare.IOP),
        (D(2026, 2, 16), (0, 0, 2, 2, 2, 2), LevelOfCare.IOP),
    ):
        payer.add_rating(db, AsamRating(pid, day, values, level), clock)
    return found


def text(db: Database, clock: FixedClock, pid: int, out: Path, **kwargs: object) -> str:
    review_packet.export_review_packet(
        db,
        pid,
        out,
        clock,
        D(2026, 2, 2),
        D(2026, 3, 1),
        WHY,
        **kwargs,  # type: ignore[arg-type]
    )
    pages, _reader = pdf_text(out.read_bytes())
    return flat(" ".join(pages))


def test_the_packet_carries_the_periods_figures_and_is_logged(
    db: Database, clock: FixedClock, case: Caseload, tmp_path: Path
) -> None:
    pid = case.participant.id
    add_consent(db, clock, pid, recipient="Prairie Health Plan", purpose="Concurrent review")
    printed = text(db, clock, pid, tmp_path / "review.pdf")
    assert "Concurrent Review" in printed and WHY in printed
    assert "period 2026-02-02 to 2026-03-01" in printed
    assert "PA-0042" in printed and "Prairie Health Plan" in printed
    assert "days used" in printed  # the burn-down in words
    assert "Hours per program week against the minimum" in printed
    assert "ASAM dimensions" in printed and "(-1)" in printed  # change from the rating before
    assert "Measures" in printed
    pages, _ = pdf_text((tmp_path / "review.pdf").read_bytes())
    assert len(pages) <= 3  # four weeks
    week = tmp_path / "week.pdf"  # a review every 5-7 days: two pages
    review_packet.export_review_packet(db, pid, week, clock, D(2026, 2, 24), D(2026, 3, 1), WHY)
    assert len(pdf_text(week.read_bytes())[0]) == 2
    logged = [d for d in clinical.disclosures(db, pid) if "Concurrent review" in d.what]
    assert [d.recipient for d in logged] == ["Prairie Health Plan"] * 2  # each packet logged
    assert "2026-02-02 to 2026-03-01" in logged[0].what and "Maria" not in logged[0].what


def test_only_what_the_consent_allows_is_printed(
    db: Database, clock: FixedClock, case: Caseload, tmp_path: Path
) -> None:
    pid = case.participant.id
    add_consent(
        db,
        clock,
        pid,
        recipient="Prairie Health Plan",
        scope=frozenset({ScopeCategory.ATTENDANCE}),
    )
    printed = text(db, clock, pid, tmp_path / "review.pdf")
    assert "Hours per program week" in printed
    assert "ASAM dimensions (risk" not in printed and "Response and remission" not in printed
    assert "Goals and objectives" not in printed
    assert "Not included (outside the consent's scope)" in printed


def test_a_packet_needs_a_consent_a_period_and_the_counselors_reasons(
    db: Database, clock: FixedClock, case: Caseload, tmp_path: Path
) -> None:
    pid = case.participant.id
    out = tmp_path / "review.pdf"
    with pytest.raises(ValidationError, match="consent"):
        review_packet.export_review_packet(db, pid, out, clock, D(2026, 2, 2), D(2026, 3, 1), WHY)
    add_consent(db, clock, pid, recipient="Prairie Health Plan")
    with pytest.raises(ValidationError) as refused:
        review_packet.export_review_packet(db, pid, out, clock, D(2026, 3, 1), D(2026, 2, 2), " ")
    assert [f for f, _m in refused.value.problems] == ["last", "justification"]
    assert not out.exists()
    assert not [d for d in clinical.disclosures(db, pid) if "Concurrent review" in d.what]
