"""The discharge summary lists the modules completed and the core modules missed, and signs
them from content version 3 (older signed content is compared on the sections it has)."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader

from counselor_desk.domain.curriculum import CompletionRule
from counselor_desk.domain.model import Attendance, AttendanceStatus, CounselorProfile
from counselor_desk.reports import discharge
from counselor_desk.reports.model import ModuleLine
from counselor_desk.services import curriculum, discharge_content, documents, sessions, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.curriculum import ModuleDraft
from counselor_desk.store.db import Database
from tests.factories import new_participant

MONDAY = dt.date(2026, 3, 2)
FRIDAY = FixedClock(dt.date(2026, 3, 6), dt.time(16))


def make(db: Database) -> int:
    setup.save_profile(
        db, CounselorProfile(name="Robin Vale", credentials="LCSW", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    curriculum.save_curriculum(
        db,
        program.id,
        [ModuleDraft("Triggers"), ModuleDraft("Coping skills"), ModuleDraft("Sleep", core=False)],
    )
    curriculum.set_completion_rule(db, program.id, CompletionRule(all_core=True))
    person = people.admit(db, new_participant(program, admitted=MONDAY), FRIDAY)
    for day, status in (
        (MONDAY, AttendanceStatus.PRESENT),
        (dt.date(2026, 3, 4), AttendanceStatus.UNEXCUSED),
    ):
        session_id = sessions.day_sessions(db, day)[0].session.id
        minutes = 180 if status.attended else 0
        sessions.record_roll_call(
            db, session_id, [Attendance(session_id, person.id, status, minutes)], FRIDAY
        )
    return person.id


def test_the_summary_lists_modules_completed_and_core_modules_missed(db: Database) -> None:
    model = documents.discharge_summary_model(db, make(db), FRIDAY)
    assert model.modules == (
        ModuleLine("Triggers", True, MONDAY),
        ModuleLine("Coping skills", True, None),
    )
    assert model.completion == "Completion rule (every core module attended): not met."
    reader = PdfReader(io.BytesIO(discharge.build(model)))
    text = " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())
    assert "Curriculum modules" in text
    assert "Triggers Core 2026-03-02" in text
    assert "Core modules missed: Coping skills." in text


def test_the_curriculum_is_a_section_of_the_signed_content_from_version_3(db: Database) -> None:
    model = documents.discharge_summary_model(db, make(db), FRIDAY)
    content = json.loads(
        discharge_content.signed_content(1, model, "Robin Vale", dt.datetime(2026, 3, 6, 17))
    )
    assert content["version"] >= 3  # the curriculum section came with version 3
    assert content["sections"]["curriculum"] == {
        "modules": [["Triggers", True, "2026-03-02"], ["Coping skills", True, None]],
        "completion": "Completion rule (every core module attended): not met.",
    }
    # Content signed before version 3 has no curriculum section: it is never named as changed.
    older = dict(content, version=2)
    older["sections"] = {k: v for k, v in content["sections"].items() if k != "curriculum"}
    changed = discharge_content.changed_sections(json.dumps(older), model)
    assert "Curriculum modules" not in changed
    # A session's module chosen again afterwards: the reprint names the section.
    monday = sessions.day_sessions(db, MONDAY)[0].session.id
    sleep = curriculum.curriculum(db, 1)[2]
    curriculum.set_session_module(db, monday, sleep.id)
    again = documents.discharge_summary_model(db, 1, FRIDAY)
    assert discharge_content.changed_sections(json.dumps(content), again) == ("Curriculum modules",)


def test_without_a_curriculum_the_summary_has_no_curriculum_part(db: Database) -> None:
    setup.save_profile(db, CounselorProfile(name="Robin Vale", clinic_name="Eastside Clinic"))
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    person = people.admit(db, new_participant(program, admitted=MONDAY), FRIDAY)
    model = documents.discharge_summary_model(db, person.id, FRIDAY)
    assert (model.modules, model.completion) == ((), "")
    assert discharge.curriculum_section(model) == []
