"""`counselor-desk export …`: the documents as PDF files from the command line.

    counselor-desk export discharge CHART_NUMBER --out FILE.pdf
    counselor-desk export continuity CHART_NUMBER [--consent ID] [--part2 yes|no] --out FILE.pdf
    counselor-desk export letter CHART_NUMBER --from DATE --to DATE --recipient TEXT
        [--organization TEXT] [--case-number TEXT] --purpose TEXT [--omit-program]
        [--consent ID] [--part2 yes|no] [--language en|es] --out FILE.pdf
    counselor-desk export signin SESSION_ID [--language en|es] --out FILE.pdf
    counselor-desk export safety-plan CHART_NUMBER [--language en|es] --out FILE.pdf
    counselor-desk export plan CHART_NUMBER [--language en|es] --out FILE.pdf
    counselor-desk export review CHART_NUMBER --from DATE --to DATE --justification TEXT
        [--consent ID] [--part2 yes|no] --out FILE.pdf
    counselor-desk export fhir CHART_NUMBER [--consent ID] [--part2 yes|no] [--out FILE.json]
        [--pdf FILE.pdf]   (cli_fhir.py: the summary as a FHIR R4 bundle, checked)

The continuity-of-care summary and every attendance letter are logged as disclosures (to whom,
why, when); for a substance-use program the letter also needs a valid consent for its
recipient. The summary carries only what its consent's scope allows. The safety plan is the
participant's own one-page copy of their current plan, logged as a disclosure to them. A
record outside a substance-use program with a substance-use diagnosis or a medication for
opioid use disorder is refused until --part2 yes|no says whether it is treated as 42 CFR
Part 2 (the answer is kept for the participant). Without --out the file goes to the current
folder under its default name (chart number and date, never the participant's name). The
documents for the participant (letter, sign-in sheet, safety plan, treatment plan) print in
English or Spanish (--language es); the others in English.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_desk.cli_common import Command, iso_date
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database

KINDS = ("discharge", "continuity", "letter", "signin", "safety-plan", "review", "plan", "fhir")
#: The documents that can be printed in Spanish (the participant's); the others are English.
LANGUAGE_KINDS = ("letter", "signin", "safety-plan", "plan")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write a document as PDF: discharge summary, continuity-of-care summary (logged as a "
        "disclosure), attendance verification letter, a group sign-in sheet, or the "
        "participant's own copy of their safety plan (logged as a disclosure to them), or "
        "the treatment plan for the chart and the participant's signature."
    )
    parser.add_argument("kind", choices=KINDS, help="which document")
    parser.add_argument(
        "target",
        metavar="CHART_NUMBER|SESSION_ID",
        help="the participant's chart number (signin: the session id)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help="where to write (default: its standard name in this folder)",
    )
    parser.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf",
        help="fhir: also write the continuity-of-care PDF (one disclosure for both files)",
    )
    parser.add_argument(
        "--from",
        dest="first",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="letter, review: first day covered",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="letter, review: last day covered",
    )
    parser.add_argument(
        "--justification",
        metavar="TEXT",
        help="review: why this level of care is still needed, in the counselor's words",
    )
    parser.add_argument(
        "--consent",
        type=int,
        metavar="ID",
        help="continuity, letter: the consent allowing the disclosure (default: the only valid one)",
    )
    parser.add_argument(
        "--recipient",
        metavar="TEXT",
        help="letter: the person or office it is addressed to (a judge, a probation officer, "
        "human resources); logged as a disclosure",
    )
    parser.add_argument(
        "--organization",
        metavar="TEXT",
        help="letter: the recipient's organization (a court, an employer, a school); leave it "
        "out for a private person",
    )
    parser.add_argument(
        "--case-number",
        metavar="TEXT",
        help="letter: the case or docket number it concerns, printed in the address block",
    )
    parser.add_argument(
        "--purpose", metavar="TEXT", help="letter: why it is disclosed; logged as a disclosure"
    )
    parser.add_argument(
        "--omit-program",
        action="store_true",
        help='letter: leave the program\'s name out ("an outpatient program at" the clinic); '
        "for a 42 CFR Part 2 program the letter then says no more than it must",
    )
    parser.add_argument(
        "--part2",
        choices=("yes", "no"),
        help="continuity, letter: treat the record as 42 CFR Part 2 (yes) or not (no); "
        "recorded for the participant and asked when the record looks like substance-use "
        "treatment outside a substance-use program",
    )
    parser.add_argument(
        "--language",
        choices=("en", "es"),
        help="letter, signin, safety-plan, plan: the language the document prints in, "
        "English (en, the default) or Spanish (es)",
    )


def _decide_part2(
    args: argparse.Namespace, db: Database, participant_id: int, clock: Clock
) -> None:
    """Record --part2, or refuse when the question is open and --part2 was not given."""
    from counselor_desk.services import part2

    if args.part2 is not None:
        part2.decide(db, participant_id, args.part2 == "yes", clock)
        return
    asked = part2.question(db, participant_id)
    if asked:
        raise ValidationError(
            f"{asked} Say whether to treat the record as Part 2: pass --part2 yes or "
            "--part2 no (kept for this participant); nothing was exported.",
            "part2",
        )


def run(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    if args.kind not in LANGUAGE_KINDS and args.language is not None:
        raise ValidationError(
            "--language is for the attendance letter, the sign-in sheet, the safety plan and "
            "the treatment plan only.",
            "language",
        )
    language = args.language or "en"
    if args.kind == "fhir":
        from counselor_desk import cli_fhir

        return cli_fhir.run_export(args, db, clock)
    if args.pdf is not None:
        raise ValidationError("--pdf is for the FHIR export only.", "pdf")
    today = clock.today()
    if args.kind not in ("letter", "review") and (args.first or args.last):
        raise ValidationError(
            "--from and --to are for the attendance letter and the concurrent review only.",
            "from",
        )
    if args.kind != "review" and args.justification is not None:
        raise ValidationError("--justification is for the concurrent review only.", "justification")
    if args.kind not in ("continuity", "letter", "review") and args.consent is not None:
        raise ValidationError(
            "--consent is for the continuity-of-care summary and the attendance letter only.",
            "consent",
        )
    if args.kind not in ("continuity", "letter", "review") and args.part2 is not None:
        raise ValidationError(
            "--part2 is for the continuity-of-care summary and the attendance letter only.",
            "part2",
        )
    if args.kind != "letter" and (args.recipient is not None or args.purpose is not None):
        raise ValidationError(
            "--recipient and --purpose are for the attendance letter only.", "recipient"
        )
    if args.kind != "letter" and (
        args.organization is not None or args.case_number is not None or args.omit_program
    ):
        raise ValidationError(
            "--organization, --case-number and --omit-program are for the attendance letter only.",
            "organization",
        )
    from counselor_desk.services import documents, participants

    if args.kind == "signin":
        try:
            session_id = int(args.target)
        except ValueError:
            raise ValidationError(
                f"'{args.target}' is not a session id (a whole number).", "session"
            ) from None
        out = args.out or Path(documents.signin_file_name(db, session_id))
        written = documents.export_signin_sheet(db, session_id, out, clock, language=language)
    else:
        participant = participants.by_chart(db, args.target)
        out = args.out or Path(
            documents.default_file_name(args.kind, participant.chart_number, today)
        )
        if args.kind == "discharge":
            written = documents.export_discharge_summary(db, participant.id, out, clock)
        elif args.kind == "plan":
            written = documents.export_treatment_plan(
                db, participant.id, out, clock, language=language
            )
        elif args.kind == "safety-plan":
            written = documents.export_safety_plan(
                db, participant.id, out, clock, language=language
            )
        elif args.kind == "continuity":
            _decide_part2(args, db, participant.id, clock)
            written = documents.export_continuity(db, participant.id, out, clock, args.consent)
        elif args.kind == "review":
            if args.first is None or args.last is None:
                raise ValidationError("The concurrent review needs --from and --to dates.", "from")
            _decide_part2(args, db, participant.id, clock)
            from counselor_desk.services import review_packet  # reportlab: only when asked

            written = review_packet.export_review_packet(
                db,
                participant.id,
                out,
                clock,
                args.first,
                args.last,
                args.justification or "",
                args.consent,
            )
        else:
            if args.first is None or args.last is None:
                raise ValidationError("The attendance letter needs --from and --to dates.", "from")
            if not (args.recipient or "").strip() or not (args.purpose or "").strip():
                raise ValidationError(
                    "The attendance letter needs --recipient and --purpose (it is logged as a "
                    "disclosure).",
                    "recipient",
                )
            _decide_part2(args, db, participant.id, clock)
            written = documents.export_attendance_letter(
                db,
                participant.id,
                out,
                clock,
                args.first,
                args.last,
                recipient=args.recipient,
                purpose=args.purpose,
                consent_id=args.consent,
                organization=args.organization or "",
                case_number=args.case_number or "",
                omit_program=args.omit_program,
                language=language,
            )
    print(f"Wrote {written}")
    if db.encrypted:  # the caseload is; a document that leaves it is plaintext by nature
        print(
            "counselor-desk: the exported file is not encrypted: keep it safe, and delete it "
            "once it has been sent.",
            file=sys.stderr,
        )
    return 0


COMMANDS: list[Command] = [
    (
        "export",
        "write a document as PDF (summary, letter, sign-in sheet, safety plan, treatment plan)",
        add_arguments,
        run,
    )
]
