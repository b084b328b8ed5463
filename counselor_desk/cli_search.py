"""`counselor-desk search QUERY [--json]`: the notes holding every word, newest session first.

Every note is searched, individual and group alike, drafts and signed. The table names the
participant, as `caseload` does; `--json` gives exactly chart_number, date, kind, session_id,
status and snippet for each note.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counselor_desk.cli_common import Command
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.services.clock import Clock
    from counselor_desk.services.search import NoteHit
    from counselor_desk.store.db import Database

#: The most notes one search prints.
LIMIT = 50
HEADERS = ("Date", "Chart", "Name", "Kind", "Status", "Session", "Snippet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Search every session note (individual and group, drafts and signed) for the notes "
        "holding every word given (a word also matches as the start of a longer one); "
        f"prints the newest {LIMIT}, newest session first."
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="the words to find")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace, db: Database, _clock: Clock) -> int:
    from counselor_desk.services.search import search_notes, to_fts_query

    text = " ".join(args.query)
    if not to_fts_query(text):
        raise ValidationError("Give at least one word to search the notes for.", "query")
    hits = search_notes(db, text, LIMIT)
    if args.json:
        import json

        print(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=2))
        return 0
    print(format_hits(text, hits))
    return 0


def format_hits(text: str, hits: list[NoteHit]) -> str:
    """The table: one line a note, newest first, the snippet last (it runs as long as it is)."""
    if not hits:
        return f"No notes match '{text}'."
    shown = "the newest " if len(hits) >= LIMIT else ""
    lines = [f"Notes matching '{text}': {shown}{len(hits)}, newest first"]
    table = [
        [
            f"{hit.session_date:%Y-%m-%d}",
            hit.chart_number,
            hit.name,
            hit.kind,
            hit.status.value,
            "" if hit.session_id is None else f"#{hit.session_id}",
            hit.snippet,
        ]
        for hit in hits
    ]
    widths = [max([len(HEADERS[i]), *(len(row[i]) for row in table)]) for i in range(len(HEADERS))]
    widths[-1] = len(HEADERS[-1])  # the snippet is not padded
    lines.append("")
    lines.append("  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    for row in table:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


COMMANDS: list[Command] = [
    ("search", "search the session notes (newest first)", add_arguments, run),
]
