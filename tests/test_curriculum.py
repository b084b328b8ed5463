"""The curriculum rules: rotation, modules attended and missed, next offering, completion."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.curriculum import (
    CompletionRule,
    Covered,
    GroupSession,
    Module,
    ledger,
    prediction_days,
    rotation,
)
from counselor_desk.domain.model import AttendanceStatus, AttendedSession, Leave, ServiceType

D = dt.date
NINE = dt.time(9, 0)
MODULES = [
    Module(11, 1, 1, "Triggers", core=True),
    Module(12, 1, 2, "Coping skills", core=True),
    Module(13, 1, 3, "Sleep", core=False),
    Module(14, 1, 4, "Relapse prevention", core=True),
]


def sessions(
    first: dt.date, count: int, *, chosen: dict[int, int] | None = None
) -> list[GroupSession]:
    """`count` weekday sessions from `first` at 9:00, ids 1…; `chosen` maps id → module."""
    found, day, number = [], first, 1
    while len(found) < count:
        if day.weekday() < 5:
            found.append(GroupSession(number, day, NINE, (chosen or {}).get(number)))
            number += 1
        day += dt.timedelta(days=1)
    return found


def titles(covered: list[Covered]) -> list[str]:
    return [item.module.title for item in covered]


def mark(
    session: GroupSession, status: AttendanceStatus = AttendanceStatus.PRESENT
) -> AttendedSession:
    return AttendedSession(
        date=session.date,
        start_time=session.start_time,
        duration_minutes=180,
        service_type=ServiceType.GROUP,
        status=status,
        minutes_attended=180 if status.attended else 0,
        session_id=session.session_id,
    )


def test_the_first_session_ever_takes_the_first_module_and_the_rotation_cycles() -> None:
    covered = rotation(MODULES, sessions(D(2026, 3, 2), 6))
    assert titles(covered) == [
        "Triggers", "Coping skills", "Sleep", "Relapse prevention", "Triggers", "Coping skills",
    ]  # fmt: skip


def test_a_chosen_module_moves_the_rotation_on_from_there() -> None:
    covered = rotation(MODULES, sessions(D(2026, 3, 2), 6, chosen={2: 14}))
    # The sessions before the choice keep their modules; the ones after follow the choice.
    assert titles(covered) == [
        "Triggers", "Relapse prevention", "Triggers", "Coping skills", "Sleep", "Relapse prevention",
    ]  # fmt: skip
    assert [item.chosen for item in covered] == [False, True, False, False, False, False]


def test_a_chosen_first_session_anchors_the_rotation_and_a_later_choice_restarts_it() -> None:
    covered = rotation(MODULES, sessions(D(2026, 3, 2), 6, chosen={1: 13, 4: 11}))
    assert titles(covered) == [
        "Sleep", "Relapse prevention", "Triggers", "Triggers", "Coping skills", "Sleep",
    ]  # fmt: skip


def test_a_module_no_longer_in_the_curriculum_is_passed_over() -> None:
    covered = rotation(MODULES, sessions(D(2026, 3, 2), 2, chosen={1: 99}))
    assert titles(covered) == ["Triggers", "Coping skills"]


def test_sessions_are_taken_in_date_and_time_order_whatever_order_they_come_in() -> None:
    given = sessions(D(2026, 3, 2), 4)
    assert titles(rotation(MODULES, list(reversed(given)))) == titles(rotation(MODULES, given))


def test_no_curriculum_covers_nothing() -> None:
    assert rotation([], sessions(D(2026, 3, 2), 3)) == []


def test_modules_attended_and_missed_core_first_with_the_next_offering() -> None:
    runs = sessions(D(2026, 3, 2), 8)  # Mon 2 … Wed 11 March
    covered = rotation(MODULES, runs)
    marks = [
        mark(runs[0]),
        mark(runs[1], AttendanceStatus.UNEXCUSED),
        mark(runs[2], AttendanceStatus.EXCUSED),
    ]
    found = ledger(
        modules=MODULES,
        covered=covered,
        marks=marks,
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=(),
        projected_end=D(2026, 4, 27),
        rule=CompletionRule(all_core=True),
        today=D(2026, 3, 5),  # sessions of Mon, Tue, Wed offered; Thursday's not marked yet
    )
    assert [(item.module.title, item.date) for item in found.attended] == [
        ("Triggers", D(2026, 3, 2))
    ]
    # Sleep (elective) was missed too, but core modules come first.
    assert [(item.module.title, item.next_offered) for item in found.missed] == [
        ("Coping skills", D(2026, 3, 9)),
        ("Sleep", D(2026, 3, 10)),
    ]
    assert found.core_missed_for_good == ()
    assert not found.completion.met
    assert (found.completion.core_attended, found.completion.core_total) == (1, 3)


def test_a_rotation_across_a_leave_is_not_offered_and_the_next_offering_skips_the_leave() -> None:
    runs = sessions(D(2026, 3, 2), 12)  # Mon 2 March … Tue 17 March
    covered = rotation(MODULES, runs)
    leave = Leave(D(2026, 3, 3), D(2026, 3, 10))  # Tue 3 … Tue 10: Coping skills twice inside
    found = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0])],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=[leave],
        projected_end=D(2026, 5, 4),
        rule=CompletionRule(),
        today=D(2026, 3, 3),
    )
    # Nothing was offered during the leave, so nothing is missed.
    assert found.missed == ()
    later = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0])],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=[leave],
        projected_end=D(2026, 5, 4),
        rule=CompletionRule(),
        today=D(2026, 3, 12),
    )
    # Back on Wed 11 (Relapse prevention, missed): the sessions of the leave do not count;
    # it comes round again on Tue 17.
    assert [(item.module.title, item.next_offered) for item in later.missed] == [
        ("Relapse prevention", D(2026, 3, 17))
    ]


def test_next_offering_skips_a_planned_leave() -> None:
    runs = sessions(D(2026, 3, 2), 12)
    covered = rotation(MODULES, runs)
    found = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0]), mark(runs[1], AttendanceStatus.UNEXCUSED)],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=[Leave(D(2026, 3, 9), D(2026, 3, 11))],  # Coping skills on Mon 9 falls inside
        projected_end=D(2026, 5, 4),
        rule=CompletionRule(),
        today=D(2026, 3, 4),
    )
    assert found.missed[0].module.title == "Coping skills"
    assert found.missed[0].next_offered == D(2026, 3, 13)


def test_two_sessions_in_one_day_cover_two_modules() -> None:
    runs = [
        GroupSession(1, D(2026, 3, 2), dt.time(9, 0)),
        GroupSession(2, D(2026, 3, 2), dt.time(13, 0)),
        GroupSession(3, D(2026, 3, 3), dt.time(9, 0)),
    ]
    covered = rotation(MODULES, runs)
    found = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0]), mark(runs[1])],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=(),
        projected_end=D(2026, 5, 4),
        rule=CompletionRule(),
        today=D(2026, 3, 4),
    )
    assert [(item.module.title, item.date) for item in found.attended] == [
        ("Triggers", D(2026, 3, 2)),
        ("Coping skills", D(2026, 3, 2)),
    ]
    assert [item.module.title for item in found.missed] == ["Sleep"]


def test_a_missed_core_module_next_offered_after_the_projected_end_is_missed_for_good() -> None:
    runs = sessions(D(2026, 3, 2), 8)
    covered = rotation(MODULES, runs)
    found = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0]), mark(runs[1], AttendanceStatus.UNEXCUSED)],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=(),
        projected_end=D(2026, 3, 6),  # Coping skills comes round on Mon 9: too late
        rule=CompletionRule(),
        today=D(2026, 3, 5),
    )
    assert [item.module.title for item in found.core_missed_for_good] == ["Coping skills"]
    on_the_day = ledger(
        modules=MODULES,
        covered=covered,
        marks=[mark(runs[0]), mark(runs[1], AttendanceStatus.UNEXCUSED)],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=(),
        projected_end=D(2026, 3, 9),  # offered on the projected end day itself: in time
        rule=CompletionRule(),
        today=D(2026, 3, 5),
    )
    assert on_the_day.core_missed_for_good == ()


def test_a_missed_core_module_never_offered_again_is_missed_for_good() -> None:
    runs = sessions(D(2026, 3, 2), 2)  # no more sessions known
    found = ledger(
        modules=MODULES,
        covered=rotation(MODULES, runs),
        marks=[mark(runs[0], AttendanceStatus.UNEXCUSED)],
        admission=D(2026, 3, 2),
        discharge=None,
        leaves=(),
        projected_end=D(2026, 5, 4),
        rule=CompletionRule(),
        today=D(2026, 3, 5),
    )
    assert [(item.module.title, item.next_offered) for item in found.core_missed_for_good] == [
        ("Triggers", None),
        ("Coping skills", None),
    ]


def test_sessions_outside_the_stay_are_not_offered_and_a_discharged_participant_has_no_next() -> (
    None
):
    runs = sessions(D(2026, 3, 2), 8)
    found = ledger(
        modules=MODULES,
        covered=rotation(MODULES, runs),
        marks=[mark(runs[2])],
        admission=D(2026, 3, 4),  # Triggers and Coping skills came before admission
        discharge=D(2026, 3, 5),
        leaves=(),
        projected_end=D(2026, 4, 29),
        rule=CompletionRule(),
        today=D(2026, 3, 20),
    )
    assert [(item.module.title, item.next_offered) for item in found.missed] == [
        ("Relapse prevention", None)
    ]


def test_completion_needs_every_core_module_and_the_sessions() -> None:
    runs = sessions(D(2026, 3, 2), 4)
    marks = [mark(session) for session in runs]
    kwargs = {
        "modules": MODULES,
        "covered": rotation(MODULES, runs),
        "marks": marks,
        "admission": D(2026, 3, 2),
        "discharge": None,
        "leaves": (),
        "projected_end": D(2026, 5, 4),
        "today": D(2026, 3, 9),
    }
    assert ledger(rule=CompletionRule(all_core=True, min_sessions=4), **kwargs).completion.met  # type: ignore[arg-type]
    assert not ledger(rule=CompletionRule(all_core=True, min_sessions=5), **kwargs).completion.met  # type: ignore[arg-type]
    assert not ledger(rule=CompletionRule(), **kwargs).completion.met  # type: ignore[arg-type]
    assert CompletionRule().describe() == "no completion rule set"
    assert (
        CompletionRule(True, 20).describe()
        == "every core module attended and at least 20 sessions attended"
    )


def test_prediction_reaches_one_round_of_modules() -> None:
    assert prediction_days(MODULES, 3) == 21  # two weeks of sessions, and one more
    assert prediction_days(MODULES * 3, 3) == 35
    assert prediction_days(MODULES, 0) == 0
