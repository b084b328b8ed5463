"""Full-text search over session notes (SQLite FTS5), accent- and case-insensitive.

Every note is searched, individual and group alike (a group entry is an attendee's own note,
the shared part included); hits come newest session first (note_repo.search says how).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from counselor_desk.domain.model import NoteFormat, NoteStatus, ServiceType, fold
from counselor_desk.store import note_repo, participant_repo
from counselor_desk.store.db import Database

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_RADIUS = 60


@dataclass(frozen=True, slots=True)
class NoteHit:
    """One note found: whose, when, what kind, and the words around the first match."""

    note_id: int
    participant_id: int
    chart_number: str
    name: str
    session_date: dt.date
    signed: bool
    snippet: str
    start_time: dt.time
    service_type: ServiceType
    #: The session the note documents (a group's for a group entry); None for an older note.
    session_id: int | None
    format: NoteFormat

    @property
    def kind(self) -> str:
        """individual, group, family or education: the session's service type."""
        return self.service_type.value

    @property
    def status(self) -> NoteStatus:
        return NoteStatus.SIGNED if self.signed else NoteStatus.DRAFT

    @property
    def is_group_entry(self) -> bool:
        """An attendee's note of a group note (written in the group note, not alone)."""
        return self.format is NoteFormat.GROUP

    def as_json(self) -> dict[str, object]:
        """The `search --json` object: exactly the documented keys (no name, no note id)."""
        return {
            "chart_number": self.chart_number,
            "date": self.session_date.isoformat(),
            "kind": self.kind,
            "session_id": self.session_id,
            "status": self.status.value,
            "snippet": self.snippet,
        }


#: The words of a search that count (more are ignored).
MAX_WORDS = 12


def to_fts_query(text: str) -> str:
    """Every word the user typed must occur: a finished word as it is, the word still being
    typed (the text ends in it) as a prefix; FTS syntax is never interpreted. Exact words
    read one entry of the index each; a prefix of 2 to 4 letters has an index of its own
    (schema 14), so a search costs about the same on ten years of notes as on one."""
    found = list(WORD.finditer(text))[:MAX_WORDS]
    if not found:
        return ""
    typing = found[-1].end() == len(text)
    terms = [f'"{match.group()}"' for match in found]
    if typing:
        terms[-1] += "*"
    return " ".join(terms)


def _first_match(body: str, words: list[str]) -> int:
    """Where the first of `words` occurs in `body`, case aside (0 when none does).

    A word found as written is found in the text as it is; only when none is (the note or
    the search has the accents) is the whole note folded, which costs far more."""
    lowered = body.casefold()
    found = [at for word in words if (at := lowered.find(word.casefold())) != -1]
    if found:
        return min(found)
    folded = fold(body)
    return min((at for word in words if (at := folded.find(fold(word))) != -1), default=0)


def _snippet(body: str, words: list[str]) -> str:
    """The words around the first match, cut at spaces, on one line."""
    at = _first_match(body, words)
    start = max(0, at - SNIPPET_RADIUS)
    end = min(len(body), at + SNIPPET_RADIUS * 2)
    if start > 0 and (space := body.find(" ", start, at)) != -1:
        start = space + 1  # not from the middle of a word
    if end < len(body) and (space := body.rfind(" ", at, end)) != -1:
        end = space
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def search_notes(db: Database, text: str, limit: int = 50) -> list[NoteHit]:
    """At most `limit` notes holding every word of `text` (each as a prefix), newest first."""
    query = to_fts_query(text)
    if not query:
        return []
    found = note_repo.search(db.conn, query, limit)
    notes = note_repo.get_notes(db.conn, [note_id for note_id, _pid in found])
    words = WORD.findall(text)
    hits = []
    owners = participant_repo.charts_and_names(db.conn, (pid for _note_id, pid in found))
    for note_id, participant_id in found:
        note = notes.get(note_id)
        if note is None:
            continue
        chart, name = owners.get(participant_id, ("", ""))
        hits.append(
            NoteHit(
                note_id=note_id,
                participant_id=participant_id,
                chart_number=chart,
                name=name,
                session_date=note.session_date,
                signed=note.is_signed,
                snippet=_snippet(note.text(), words),
                start_time=note.start_time,
                service_type=note.service_type,
                session_id=note.session_id,
                format=note.format,
            )
        )
    return hits
