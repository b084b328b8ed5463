"""`counselor-desk profile …` and `counselor-desk program …`: setting up a database without
the desktop app.

    counselor-desk profile show
    counselor-desk profile set [--name TEXT] [--credentials TEXT] [--clinic TEXT]
        [--clinic-address TEXT] [--clinic-phone TEXT] [--crisis-line TEXT]
        [--license TEXT] [--npi DIGITS] [--summary-due-days N] [--page-size letter|a4]
    counselor-desk program list
    counselor-desk program add NAME [--level OP|IOP|PHP] [--age-group adult|adolescent]
        [--weeks N] [--substance-use] [--days mon,wed,fri] [--start HH:MM] [--minutes N]

`profile set` changes only the fields given (the first time, --name is needed); every field
is checked as the Settings dialog checks it. `program add` makes a program with one group
session on each day given; the desktop app's Settings edits its schedule further.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from counselor_desk.cli_common import Command, positive
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.domain.model import CounselorProfile, Program
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

#: profile set's options: (option, CounselorProfile field, help)
PROFILE_OPTIONS = (
    ("--name", "name", "your name as documents print it"),
    ("--credentials", "credentials", "e.g. 'LCSW, LCADC'"),
    ("--clinic", "clinic_name", "the clinic's full name (every document needs it)"),
    ("--clinic-address", "clinic_address", "the clinic's address"),
    ("--clinic-phone", "clinic_phone", "the clinic's phone"),
    ("--crisis-line", "crisis_line", "the clinic's crisis line, printed with 988"),
    ("--license", "license_number", "your license number"),
    ("--npi", "npi", "your National Provider Identifier (10 digits)"),
)


def add_profile_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Show or set the counselor profile: your name and credentials and the clinic every "
        "document prints. `set` changes only the fields given."
    )
    parser.add_argument("action", choices=("show", "set"), help="what to do")
    for option, _field, text in PROFILE_OPTIONS:
        parser.add_argument(option, metavar="TEXT", help=f"set: {text}")
    parser.add_argument(
        "--summary-due-days",
        type=positive,
        metavar="N",
        help="set: days after discharge the discharge summary is due",
    )
    parser.add_argument("--page-size", choices=("letter", "a4"), help="set: the documents' paper")


def run_profile(args: argparse.Namespace, db: Database, _clock: Clock) -> int:
    from dataclasses import replace

    from counselor_desk.domain.model import CounselorProfile
    from counselor_desk.services import setup

    current = setup.get_profile(db)
    if args.action == "show":
        if current is None:
            print("No profile yet: set one with `profile set --name … --clinic …`.")
            return 0
        _print_profile(current)
        return 0
    changes: dict[str, object] = {
        field: getattr(args, option[2:].replace("-", "_"))
        for option, field, _text in PROFILE_OPTIONS
        if getattr(args, option[2:].replace("-", "_")) is not None
    }
    if args.summary_due_days is not None:
        changes["summary_due_days"] = args.summary_due_days
    if args.page_size is not None:
        changes["page_size"] = args.page_size
    if not changes:
        raise ValidationError("Give at least one field to set, e.g. --clinic TEXT.", "profile")
    if current is None and "name" not in changes:
        raise ValidationError("There is no profile yet: give --name (your name).", "name")
    base = current if current is not None else CounselorProfile(name="")
    saved = setup.save_profile(db, replace(base, **changes))  # type: ignore[arg-type]
    print("Profile saved.")
    _print_profile(saved)
    return 0


def _print_profile(profile: CounselorProfile) -> None:
    rows = (
        ("Name", profile.name),
        ("Credentials", profile.credentials),
        ("License number", profile.license_number),
        ("NPI", profile.npi),
        ("Clinic", profile.clinic_name),
        ("Clinic address", profile.clinic_address),
        ("Clinic phone", profile.clinic_phone),
        ("Crisis line", profile.crisis_line),
        ("Summary due (days)", str(profile.summary_due_days)),
        ("Page size", profile.page_size),
    )
    for label, value in rows:
        print(f"{label + ':':<20} {value or '–'}")


def add_program_arguments(parser: argparse.ArgumentParser) -> None:
    # Imported here: cli.CommandParser adds these only when `program` is used.
    from counselor_desk.domain.model import AgeGroup, LevelOfCare

    parser.description = (
        "List the programs, or add one with a weekly group schedule (one session on each "
        "day given)."
    )
    parser.add_argument("action", choices=("list", "add"), help="what to do")
    parser.add_argument("name", nargs="?", help="add: the program's name")
    parser.add_argument(
        "--level", choices=[level.value for level in LevelOfCare], default="IOP", help="add"
    )
    parser.add_argument(
        "--age-group",
        choices=[group.value for group in AgeGroup],
        default=AgeGroup.ADULT.value,
        help="add (default adult)",
    )
    parser.add_argument("--weeks", type=positive, default=12, help="add: planned weeks")
    parser.add_argument(
        "--substance-use",
        action="store_true",
        help="add: a substance-use program (42 CFR Part 2 protects its records)",
    )
    parser.add_argument(
        "--days",
        default="mon,wed,fri",
        metavar="DAYS",
        help="add: comma list of weekdays (mon … sun; default mon,wed,fri)",
    )
    parser.add_argument("--start", default="09:00", metavar="HH:MM", help="add: start time")
    parser.add_argument("--minutes", type=positive, default=180, help="add: session length")


def run_program(args: argparse.Namespace, db: Database, _clock: Clock) -> int:
    from counselor_desk.domain.model import AgeGroup, LevelOfCare
    from counselor_desk.services import setup

    if args.action == "list":
        found = setup.list_programs(db)
        if not found:
            print("No programs yet: add one with `program add NAME`.")
        for program in found:
            print(_program_line(program))
        return 0
    if not args.name:
        raise ValidationError("Give the program's name: program add NAME.", "name")
    days = []
    for word in (part.strip().lower() for part in args.days.split(",")):
        if word[:3] not in DAYS or not word:
            raise ValidationError(f"'{word}' is not a weekday; use {', '.join(DAYS)}.", "days")
        days.append(DAYS.index(word[:3]))
    try:
        start = dt.time.fromisoformat(args.start)
    except ValueError:
        raise ValidationError(f"'{args.start}' is not a time like 09:00.", "start") from None
    program = setup.standard_program(
        args.name,
        LevelOfCare(args.level),
        AgeGroup(args.age_group),
        planned_weeks=args.weeks,
        substance_use=args.substance_use,
        days=tuple(sorted(set(days))),
        start=start,
        minutes=args.minutes,
    )
    added = setup.add_program(db, program)
    print(f"Program added: {_program_line(added)}")
    return 0


def _program_line(program: Program) -> str:
    days = ",".join(DAYS[slot.weekday] for slot in program.schedule) or "no schedule"
    part2 = ", substance use (Part 2)" if program.substance_use else ""
    state = "" if program.active else " (inactive)"
    return (
        f"{program.id}  {program.name}  {program.level_of_care.value}, "
        f"{program.age_group.value}, {program.planned_weeks} weeks{part2}, {days}{state}"
    )


COMMANDS: list[Command] = [
    (
        "profile",
        "show or set the counselor profile (name, credentials, clinic)",
        add_profile_arguments,
        run_profile,
    ),
    ("program", "list the programs or add one", add_program_arguments, run_program),
]
