"""The command line: `counselor-desk [--db PATH] [--today DATE] COMMAND …`; no command opens the app.

Errors are one plain sentence on stderr (exit 1); usage errors exit 2; a bug exits 70 with its
type named; never a traceback. Output cut short by its reader (`counselor-desk caseload | head
-1`) ends quietly with 141, the status of a program stopped by SIGPIPE, as `yes | head` gives
(what the command had done before printing, an import or an export, is done and kept).
A command that writes (to the database, its audit trail or its file) holds the app's lock file
while it runs, and refuses when the desktop app has the database open; the read-only ones still
run.

A command's start is mostly imports: this module and the other cli modules import at their
top only what building the parser needs, and each command imports the services and the store
it uses when it runs (`--version` and `--help` load neither; tests/test_cli_start.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_desk import (
    __version__,
    cli_consent,
    cli_encryption,
    cli_export,
    cli_fhir,
    cli_maintenance,
    cli_search,
    cli_setup,
)
from counselor_desk.cli_common import Command, database_path, iso_date, positive, secrets_of
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from typing import Any

    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database

#: Exit status of a command stopped by a bug (EX_SOFTWARE in sysexits.h).
EXIT_INTERNAL_ERROR = 70
#: Exit status when the reader of the output went away (128 + SIGPIPE, as a shell reports it).
EXIT_BROKEN_PIPE = 141

#: Commands that only read the database: they run while the app has it open.
READ_ONLY_COMMANDS = frozenset({"caseload", "sessions", "search", "check"})
#: Commands that write: the database (import, demo, restore), its audit trail (backup, and
#: export with the disclosure log). They refuse while the app has the database open.
WRITING_COMMANDS = frozenset(
    {
        "demo",
        "import",
        "export",
        "backup",
        "restore",
        "consent",
        "encrypt",
        "change-passphrase",
        "recover",
        "profile",
        "program",
    }
)

#: The columns of each import, as `import --help` lists them.
IMPORT_COLUMNS = """columns (dates YYYY-MM-DD):
  participants  chart_number, first_name, last_name, date_of_birth, admission_date;
                optional: preferred_name, program, level_of_care, planned_weeks, phone,
                referral_source, diagnosis_code, diagnosis (several separated by ;)
  attendance    chart_number, date, start_time (HH:MM), duration_minutes, service_type,
                status; optional: minutes_attended, topic, telehealth (yes/no)
  measures      chart_number, instrument (PHQ-9, GAD-7 or C-SSRS), date, then either
                item_1 ... item_N (each question's answer; PHQ-9 also difficulty) or
                total (a score entered alone); a C-SSRS question not asked is left empty.
                The safety rules run for every score, as when it is typed in the app.
  fhir          not CSV: a FHIR R4 Bundle (JSON) a referring program sent. What it would
                admit and what could not be read are shown; it admits after a yes on the
                terminal or with --yes (--program, --chart, --born: docs/INTEROP.md)."""


class CommandParser(argparse.ArgumentParser):
    """A command's parser, given the command's arguments when the command is used (to run it
    or to show its help): a start then adds only its own command's arguments and imports only
    what they need (`program`'s levels of care come from domain.model)."""

    _add_arguments: Callable[[argparse.ArgumentParser], None] | None = None

    def add_arguments_when_used(
        self, add_arguments: Callable[[argparse.ArgumentParser], None]
    ) -> None:
        self._add_arguments = add_arguments

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        if self._add_arguments is not None:
            add_arguments, self._add_arguments = self._add_arguments, None
            add_arguments(self)
        return super().parse_known_args(args, namespace)


def build_parser(extra: Sequence[Command] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counselor-desk",
        description="Counselor Desk: an IOP counselor's caseload, attendance and notes, offline. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"counselor-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $COUNSELOR_DESK_DB, then the per-user data folder)",
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="stand on this date (for reproducible output)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run the core flows on a temporary database, render each PDF, show the window "
        "offscreen, and exit 0 (or name what failed)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the separate demo database (filled on first use), never your own",
    )
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="an encrypted database's passphrase is the first line of FILE (for scripts; "
        "on a terminal it is asked for); never give it as an argument",
    )
    secret.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (and any further secret a command asks for) from "
        "standard input, one per line",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo caseload")
    demo.add_argument(
        "--participants",
        type=positive,
        default=None,
        help="how many participants in all (default: about 25)",
    )
    demo.add_argument(
        "--years", type=positive, default=None, help="years of history (default: under one)"
    )
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")

    caseload = sub.add_parser("caseload", help="the weekly review table")
    which = caseload.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="active and discharged participants")
    which.add_argument("--discharged", action="store_true", help="discharged participants only")
    caseload.add_argument("--json", action="store_true", help="print JSON instead of a table")

    day = sub.add_parser(
        "sessions", help="the sessions of a day with their ids and who is expected"
    )
    day.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")

    imp = sub.add_parser(
        "import",
        help="import participants, attendance or measure scores from CSV (all or nothing), "
        "or admit a participant from a FHIR referral bundle",
        description="Import a UTF-8 CSV file with a header row. If any line is bad, nothing\n"
        "is imported and every bad line is named with its line number.",
        epilog=IMPORT_COLUMNS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument(
        "kind",
        choices=["participants", "attendance", "measures", "fhir"],
        help="what the file holds",
    )
    imp.add_argument("file", type=Path, help="the CSV file (fhir: the referral's JSON file)")
    cli_fhir.add_import_arguments(imp)

    for name, help_text, add_arguments, _run in extra:
        sub.add_parser(name, help=help_text).add_arguments_when_used(add_arguments)
    return parser


def _extra_commands() -> list[Command]:
    """Commands of the other command-line modules (exports, backups, search)."""
    return [
        *cli_search.COMMANDS,
        *cli_export.COMMANDS,
        *cli_consent.COMMANDS,
        *cli_maintenance.COMMANDS,
        *cli_encryption.COMMANDS,
        *cli_setup.COMMANDS,
    ]


def run_caseload(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services.caseload import Include
    from counselor_desk.services.caseload_list import rows as caseload_rows

    include = Include.ALL if args.all else Include.DISCHARGED if args.discharged else Include.ACTIVE
    rows = caseload_rows(db, clock, include)
    if args.json:
        import json

        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
        return 0
    print(format_caseload([row.as_json() for row in rows], clock.today()))
    return 0


def format_caseload(rows: list[dict[str, object]], today: dt.date) -> str:
    headers = [
        "Chart",
        "Name",
        "Program",
        "Level",
        "Week",
        "Hours",
        "Attend.",
        "Abs.",
        "Ends",
        "Status",
        "Flags",
    ]
    table = []
    for row in rows:
        week = (
            ""
            if row["program_week"] is None
            else f"{row['program_week']} of {row['planned_weeks']}"
        )
        minimum = row["minimum_hours"]
        hours = f"{row['hours_this_week']:.1f}" + ("" if minimum is None else f" / {minimum:g}")
        rate = row["attendance_rate"]
        table.append(
            [
                str(row["chart_number"]),
                str(row["name"]),
                str(row["program"]),
                str(row["level_of_care"]),
                week,
                hours,
                "–" if rate is None else f"{float(rate):.0%}",  # type: ignore[arg-type]
                str(row["consecutive_unexcused_absences"]),
                str(row["projected_end_date"]),
                str(row["status"]),
                ", ".join(str(flag) for flag in row["flags"]),  # type: ignore[attr-defined]
            ]
        )
    widths = [max([len(headers[i]), *(len(r[i]) for r in table)]) for i in range(len(headers))]
    lines = [f"Caseload on {today.isoformat()}: {len(rows)} participant(s)", ""]
    lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    for r in table:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


def run_sessions(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services.sessions import day_sessions

    day = args.date or clock.today()
    found = day_sessions(db, day)
    print(f"Sessions on {day.isoformat()} ({day:%A}): {len(found)}")
    for item in found:
        session = item.session
        state = (
            "cancelled"
            if session.cancelled
            else f"roll call taken ({item.marked})"
            if item.roll_call_taken
            else "roll call not taken"
        )
        print(
            f"  #{session.id:<6} {session.start_time:%H:%M}  {session.duration_minutes:>3} min  "
            f"{session.service_type.label:<22} {item.program_name or session.topic:<28} "
            f"{len(item.expected):>2} expected  {state}"
        )
    return 0


def run_demo(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services.demo import DemoSize, fill_demo

    size = (
        DemoSize.default()
        if args.participants is None and args.years is None
        else DemoSize.scaled(participants=args.participants, years=args.years)
    )
    summary = fill_demo(
        db, clock, size=size, seed=args.seed, progress=lambda text: print(text, file=sys.stderr)
    )
    print(summary)
    return 0


def run_import(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    if args.kind == "fhir":
        return cli_fhir.run_import(args, db, clock)
    cli_fhir.refuse_import_options(args)
    from counselor_desk.services.imports import import_attendance, import_participants

    try:
        raw = args.file.read_bytes()
    except OSError as error:
        raise ValidationError(
            f"The file {args.file} cannot be read ({error.strerror}).", "file"
        ) from None
    if args.kind == "participants":
        count = import_participants(db, raw, clock)
        print(f"Imported {count} participant(s).")
    elif args.kind == "measures":
        from counselor_desk.services.import_measures import import_measures

        found = import_measures(db, raw, clock)
        print(f"Imported {found.in_words()}.")
        if found.flagged:
            print(
                f"Safety flag raised for {', '.join(found.flagged)}: follow it up in the app "
                "(a C-SSRS screen and, where risk is present, a safety plan)."
            )
    else:
        result = import_attendance(db, raw, clock)
        print(f"Imported {result.marks} attendance mark(s) in {result.sessions} session(s).")
    return 0


def open_database(args: argparse.Namespace) -> Database:
    """Open (and migrate) the database; a backup made before migrating is stamped with the
    command's clock, so `--today` names it as it names everything else."""
    from counselor_desk.services.clock import Clock, FixedClock
    from counselor_desk.store.db import connect

    clock: Clock = FixedClock(args.today) if args.today else Clock()
    db = connect(database_path(args), key=database_key(args), now=clock.now())
    if getattr(args, "demo", False) and args.command != "demo":
        from counselor_desk.services import setup  # only for the demo

        if not setup.is_set_up(db):
            from counselor_desk.services.demo import fill_demo

            try:
                fill_demo(db, clock)  # as the app does: --demo is always the filled demo
            except BaseException:
                db.close()
                raise
    return db


def database_key(args: argparse.Namespace) -> bytes | None:
    """An encrypted database's data key, from the passphrase the command is given (asked on a
    terminal); None for a plaintext one. ValidationError when the passphrase is not right."""
    from counselor_desk.store.db import needs_key

    path = database_path(args)
    if not needs_key(path):
        return None
    from counselor_desk.services import encryption

    passphrase = secrets_of(args).read("Passphrase: ")
    key = encryption.unlock(path, passphrase)
    args._passphrase = passphrase  # `change-passphrase` checks it as the current one
    args._key = key  # `restore` and the backup hint read encrypted backups with it
    return key


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed output pipe ends it quietly (see the module's docstring)."""
    if getattr(sys, "frozen", False):  # a frozen app's background process starts here
        import multiprocessing

        multiprocessing.freeze_support()
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # a reader gone shows here, not as a message at exit
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _discard_stdout() -> None:
    """Point stdout at the null device so Python's last flush at exit has nowhere to fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (a test's capture)
        pass


def _main(argv: Sequence[str] | None) -> int:
    extra = _extra_commands()
    parser = build_parser(extra)
    args = parser.parse_args(argv)  # `--version`, `--help` and usage errors end here
    import logging

    from counselor_desk import app_log
    from counselor_desk.services.clock import Clock, FixedClock

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    clock: Clock = FixedClock(args.today) if args.today else Clock()
    if args.self_test:  # in a folder of its own: nothing written to the user's data folder
        from counselor_desk.selftest import run_self_test

        return run_self_test()
    app_log.start()
    if args.command is None:
        from counselor_desk.ui.app import run_app

        return run_app(args, clock)
    runners: dict[str, Callable[..., int]] = {
        "caseload": run_caseload,
        "demo": run_demo,
        "import": run_import,
        "sessions": run_sessions,
    }
    runners.update({name: run for name, _help, _add, run in extra})
    runner = runners[args.command]
    if args.command in READ_ONLY_COMMANDS:
        return _run_command(args, runner, clock)
    from counselor_desk.services import instance

    path = database_path(args)
    with instance.held_by_command(path) as free:  # the app cannot start meanwhile
        if not free:
            print(f"counselor-desk: {instance.APP_HAS_IT_OPEN.format(path=path)}", file=sys.stderr)
            return 1
        return _run_command(args, runner, clock)


def _run_command(args: argparse.Namespace, runner: Callable[..., int], clock: Clock) -> int:
    """Open the database, run the command, say any failure in one sentence."""
    from counselor_desk.store.errors import DamagedDatabaseError, ReadOnlyDatabaseError, StoreError

    db: Database | None = None
    try:
        if not getattr(runner, "opens_itself", False):
            db = open_database(args)
    except ValidationError as error:  # the passphrase, not right or not given
        print(f"counselor-desk: {error.message}", file=sys.stderr)
        return 1
    except StoreError as error:
        if isinstance(error, ReadOnlyDatabaseError) and args.command == "check":
            # `check` only reads: a read-only file is checked through a read-only connection.
            from counselor_desk.store.db import open_for_reading

            try:
                db = open_for_reading(database_path(args), key=database_key(args))
            except ValidationError as again:
                print(f"counselor-desk: {again.message}", file=sys.stderr)
                return 1
            except StoreError as again:
                print(f"counselor-desk: {again}", file=sys.stderr)
                return 1
            print(
                f"counselor-desk: {database_path(args)} is read-only; checked without writing.",
                file=sys.stderr,
            )
        # `restore` is what a damaged database needs, so it runs without opening it.
        elif not getattr(runner, "runs_without_database", False):
            print(
                f"counselor-desk: {error}{cli_maintenance.backup_hint(args, error)}",
                file=sys.stderr,
            )
            return 1
        else:
            db = None
    try:
        return runner(args, db, clock)
    except ValidationError as error:
        print(f"counselor-desk: {error.message}", file=sys.stderr)
        return 1
    except DamagedDatabaseError as error:
        # damage SQLite finds only when a command reads the broken page
        print(f"counselor-desk: {error} Run 'counselor-desk check'.", file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"counselor-desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("counselor-desk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # the reader of the output went away: main() ends quietly
    except Exception as error:  # a bug: said plainly, by its type only (no record details)
        print(
            f"counselor-desk: the command stopped on an internal error ({type(error).__name__}); "
            "what it had not finished was not saved. Please report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL_ERROR
    finally:
        if db is not None:
            db.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
