"""Views on their own: given values, they show them and give them back; no database."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Discharge, DischargeReason, LevelOfCare, Referral
from counselor_desk.ui.record.discharge_view import DischargeTabView

DAY = dt.date(2026, 3, 2)


def test_a_discharge_plan_goes_in_and_comes_back_out(qtbot: QtBot) -> None:
    view = DischargeTabView(DAY)
    qtbot.addWidget(view)
    edits: list[str] = []
    view.edited.connect(lambda: edits.append("edited"))
    plan = Discharge(
        participant_id=4,
        discharge_date=dt.date(2026, 2, 27),
        reason=DischargeReason.STEPPED_DOWN,
        condition_at_discharge="Stable",
        recommended_level=LevelOfCare.OP,
        aftercare_plan="Weekly OP therapy",
        crisis_resources="988",
        referrals=(Referral("Harbor Clinic", first_appointment=dt.datetime(2026, 3, 10, 14, 30)),),
    )
    view.fill(plan)
    assert edits == []  # filling is not typing
    assert view.values(4) == plan
    view.aftercare.setPlainText("Twice-weekly OP therapy")
    assert edits == ["edited"]
    assert view.values(4).aftercare_plan == "Twice-weekly OP therapy"


def test_a_bad_first_appointment_names_the_referral(qtbot: QtBot) -> None:
    view = DischargeTabView(DAY)
    qtbot.addWidget(view)
    view.fill_new(DAY, "988", "Sertraline 50 mg")
    view.add_referral(["Lakeside Clinic", "", "", "", "", "next Tuesday"])
    with pytest.raises(ValidationError) as refused:
        view.values(4)
    assert refused.value.field == "referrals"
    assert "Referral 1" in str(refused.value)
    assert view.medications.toPlainText() == "Sertraline 50 mg"
