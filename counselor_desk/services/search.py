"""Full-text search over session notes (SQLite FTS5), accent- and case-insensitive."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from counselor_desk.domain.model import fold
from counselor_desk.store import note_repo, participant_repo
from counselor_desk.store.db import Database

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_RADIUS = 60


@dataclass(frozen=True, slots=True)
class NoteHit:
    note_id: int
    participant_id: int
    chart_number: str
    name: str
    session_date: dt.date
    signed: bool
    snippet: str


def to_fts_query(text: str) -> str:
    """Every word the user typed must occur (prefix match); FTS syntax is never interpreted."""
    words = WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words[:12])


def _snippet(body: str, words: list[str]) -> str:
    folded = fold(body)
    at = min((folded.find(fold(word)) for word in words if fold(word) in folded), default=0)
    start = max(0, at - SNIPPET_RADIUS)
    end = min(len(body), at + SNIPPET_RADIUS * 2)
    text = " ".join(body[start:end].split())
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def search_notes(db: Database, text: str, limit: int = 50) -> list[NoteHit]:
    query = to_fts_query(text)
    if not query:
        return []
    found = note_repo.search(db.conn, query, limit)
    notes = note_repo.get_notes(db.conn, [note_id for note_id, _pid in found])
    words = WORD.findall(text)
    hits = []
    owners: dict[int, tuple[str, str]] = {}
    for note_id, participant_id in found:
        note = notes.get(note_id)
        if note is None:
            continue
        if participant_id not in owners:
            participant = participant_repo.get_participant(db.conn, participant_id)
            owners[participant_id] = (
                ("", "")
                if participant is None
                else (participant.chart_number, participant.display_name)
            )
        chart, name = owners[participant_id]
        hits.append(
            NoteHit(
                note_id,
                participant_id,
                chart,
                name,
                note.session_date,
                note.is_signed,
                _snippet(note.text(), words),
            )
        )
    return hits
