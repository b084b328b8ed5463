"""`counselor-desk export fhir` and `counselor-desk import fhir`: the continuity-of-care
summary for another system, and admission from a referral.

    counselor-desk export fhir CHART_NUMBER [--consent ID] [--part2 yes|no] [--out FILE.json]
        [--pdf FILE.pdf]
    counselor-desk import fhir FILE.json [--program NAME|ID] [--chart CHART_NUMBER]
        [--born YYYY-MM-DD] [--yes]

The export writes a FHIR R4 document Bundle, checked before it is written, under the same
consent, scope and disclosure log as the continuity-of-care PDF (with --pdf the PDF as well,
one disclosure for both). The import shows what the referral would admit and what could not
be read, then admits after a yes on the terminal (or with --yes); nothing is admitted when
the file, the chart number or the program is not right. The `export` and `import` commands
hand their `fhir` kind to this module; its services are imported when it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_desk.cli_common import iso_date
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.domain.model import Program
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database

#: Options of `export` that mean nothing for the FHIR export.
_NOT_FOR_EXPORT = {
    "first": "--from",
    "last": "--to",
    "justification": "--justification",
    "recipient": "--recipient",
    "purpose": "--purpose",
    "organization": "--organization",
    "case_number": "--case-number",
    "omit_program": "--omit-program",
}


def run_export(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    """`export fhir CHART_NUMBER`: the Bundle (and with --pdf the PDF), one disclosure."""
    from counselor_desk.cli_export import _decide_part2
    from counselor_desk.services import fhir_export, participants

    given = [flag for name, flag in _NOT_FOR_EXPORT.items() if getattr(args, name, None)]
    if given:
        raise ValidationError(
            f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} not for the FHIR export; "
            "it carries what its consent allows.",
            "fhir",
        )
    participant = participants.by_chart(db, args.target)
    _decide_part2(args, db, participant.id, clock)
    out = args.out or Path(
        fhir_export.default_file_name(participant.chart_number, clock.today().isoformat())
    )
    done = fhir_export.export_fhir(db, participant.id, out, clock, args.consent, args.pdf)
    print(f"Wrote {done.bundle}: a FHIR R4 document bundle of {done.resources} resources, checked.")
    if done.pdf is not None:
        print(f"Wrote {done.pdf}")
    print(f"Logged as one disclosure, document ID {done.document_id}.")
    if db.encrypted:
        print(
            "counselor-desk: the exported files are not encrypted: keep them safe, and delete "
            "them once they have been sent.",
            file=sys.stderr,
        )
    return 0


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `import fhir`."""
    parser.add_argument(
        "--program",
        metavar="NAME|ID",
        help="fhir: the program to admit to (default: the only program, if there is one)",
    )
    parser.add_argument(
        "--chart",
        metavar="CHART_NUMBER",
        help="fhir: the chart number to admit under, instead of the referral's",
    )
    parser.add_argument(
        "--born",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="fhir: the date of birth, when the referral's is missing or wrong",
    )
    parser.add_argument(
        "--yes", action="store_true", help="fhir: admit without asking (for scripts)"
    )


def refuse_import_options(args: argparse.Namespace) -> None:
    """A CSV import refuses the options of the FHIR one."""
    given = [
        flag
        for name, flag in (("program", "--program"), ("chart", "--chart"), ("born", "--born"))
        if getattr(args, name, None) is not None
    ]
    if getattr(args, "yes", False):
        given.append("--yes")
    if given:
        raise ValidationError(f"{', '.join(given)}: for `import fhir` only.", "kind")


def run_import(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    """`import fhir FILE.json`: show the proposal, then admit after a yes (or --yes)."""
    from counselor_desk.services import fhir_import

    proposal = fhir_import.read_referral(args.file)
    program = choose_program(db, args.program)
    choices = fhir_import.AdmissionChoices(
        program_id=program.id, chart_number=args.chart, date_of_birth=args.born
    )
    participant = fhir_import.participant_from(db, proposal, choices, clock)
    print(
        f"From the referral{f' (document {proposal.document_id})' if proposal.document_id else ''}:"
    )
    for label, value in (
        ("Chart number", participant.chart_number),
        ("Name", participant.legal_name),
        ("Preferred name", participant.preferred_name),
        ("Date of birth", participant.date_of_birth.isoformat()),
        ("Phone", participant.phone),
        ("Referred by", participant.referral_source),
        ("Program", f"{program.name} ({participant.level_of_care.value}), admitted "
                    f"{participant.admission_date.isoformat()}"),
    ):  # fmt: skip
        if value:
            print(f"  {label:<15} {value}")
    _listing("Diagnoses", [f"{d.code} {d.description}".strip() for d in participant.diagnoses])
    _listing("Medications", list(proposal.medications))
    _listing("Allergies", list(proposal.allergies))
    if proposal.part2:
        print(
            "  The referral is labelled 42 CFR Part 2: it may not be redisclosed without consent."
        )
    _listing("Not read (not admitted)", list(proposal.unreadable))
    if proposal.not_read:
        print(
            f"  Left in the file (an admission does not read them): {', '.join(proposal.not_read)}."
        )
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                "Nothing was admitted: run it again with --yes to admit (there is no terminal "
                "to ask on).",
                "yes",
            )
        if input("Admit? [y/N] ").strip().casefold() not in ("y", "yes"):
            print("Nothing was admitted.")
            return 0
    try:
        admitted = fhir_import.admit_from_referral(db, proposal, choices, clock)
    except ValidationError as error:
        if error.field != "chart_number":
            raise
        raise ValidationError(
            f"{error.message} Nothing was admitted; give another chart number with --chart.",
            "chart_number",
        ) from None
    print(f"Admitted chart {admitted.chart_number} to {program.name}.")
    return 0


def _listing(label: str, items: list[str]) -> None:
    if not items:
        return
    print(f"  {label}:")
    for item in items:
        print(f"    - {item}")


def choose_program(db: Database, wanted: str | None) -> Program:
    """The program named by `wanted` (its id or its name, any case), or the only active one."""
    from counselor_desk.services import setup

    programs = [program for program in setup.list_programs(db) if program.active]
    if not programs:
        raise ValidationError(
            "No program is set up to admit to: add one first (in the app, or with "
            "`counselor-desk program`). Nothing was admitted.",
            "program",
        )
    listing = ", ".join(f"{program.id} ({program.name})" for program in programs)
    if wanted is None:
        if len(programs) == 1:
            return programs[0]
        raise ValidationError(
            f"Choose the program to admit to with --program NAME or ID: {listing}.", "program"
        )
    text = wanted.strip()
    for program in programs:
        if text == str(program.id) or text.casefold() == program.name.casefold():
            return program
    raise ValidationError(f"No program '{text}'. Programs: {listing}.", "program")
