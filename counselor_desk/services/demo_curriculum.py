"""The demo's curricula: twelve modules (eight core) for each program, written through the
service as the counselor would enter them, and every stored group session given the module
the rotation gives it (as roll call keeps the module it offers)."""

from __future__ import annotations

from counselor_desk.domain.curriculum import CompletionRule, rotation
from counselor_desk.domain.model import AgeGroup, Program
from counselor_desk.services import curriculum
from counselor_desk.services.curriculum import ModuleDraft
from counselor_desk.store import curriculum_repo
from counselor_desk.store.db import Database

#: (title, core, materials) of the adults' rolling groups.
ADULT_MODULES = (
    ("Triggers and high-risk situations", True, "Trigger map worksheet"),
    ("Coping with cravings and urges", True, "Urge-surfing script"),
    ("Thinking traps", True, "Thought record"),
    ("Emotion regulation", True, "Feelings wheel"),
    ("Sleep and daily routine", False, "Sleep diary"),
    ("Communication and refusal skills", True, "Assertive request cards"),
    ("Family roles and boundaries", False, ""),
    ("Stress and relaxation", False, "Breathing audio"),
    ("Medication and recovery", True, "Medication questions handout"),
    ("Building a support network", False, "Support map"),
    ("Lapse versus relapse", True, ""),
    ("My relapse-prevention plan", True, "Relapse-prevention plan form"),
)
#: The adolescents' rolling groups (DBT-informed).
TEEN_MODULES = (
    ("Mindfulness: what and how skills", True, "Observe-describe cards"),
    ("Distress tolerance: TIPP", True, "TIPP handout"),
    ("Distress tolerance: ACCEPTS", True, ""),
    ("Emotion regulation: check the facts", True, "Check-the-facts worksheet"),
    ("Opposite action", True, ""),
    ("Interpersonal effectiveness: DEAR MAN", True, "DEAR MAN script"),
    ("School stress and study habits", False, ""),
    ("Sleep and screens", False, "Sleep diary"),
    ("Walking the middle path", True, "Dialectics worksheet"),
    ("Friendships and peer pressure", False, ""),
    ("Self-respect: FAST", True, ""),
    ("Family validation", False, "Validation levels handout"),
)
#: Sessions attended to complete, with every core module.
COMPLETION_SESSIONS = {AgeGroup.ADULT: 24, AgeGroup.ADOLESCENT: 16}


def write(db: Database, programs: list[Program]) -> None:
    """Each program's curriculum and completion rule, then the module of every stored group
    session by rotation (one write of all of them)."""
    stored = curriculum_repo.group_sessions(db.conn)
    with db.transaction() as conn:
        for program in programs:
            rows = ADULT_MODULES if program.age_group is AgeGroup.ADULT else TEEN_MODULES
            modules = curriculum.save_curriculum(
                db, program.id, [ModuleDraft(t, core, materials) for t, core, materials in rows]
            )
            rule = CompletionRule(True, COMPLETION_SESSIONS[program.age_group])
            curriculum.set_completion_rule(db, program.id, rule)
            covered = rotation(modules, stored.get(program.id, []))
            curriculum_repo.set_session_modules(
                conn, [(item.session.session_id, item.module.id) for item in covered]
            )
