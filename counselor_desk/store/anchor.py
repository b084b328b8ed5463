"""The head of the audit trail, kept outside the database file.

Rows cut off the end of the audit trail, or the whole trail rewritten and re-chained, leave a
chain that holds together: only something outside the file can tell. So beside the database
`<file>.anchor` holds the id and hash of the newest audit row the app committed, and every
backup has one beside it for its own newest row. `check` finds that row with that hash, and
a whole chain from it to the end.

The anchor moves forward after each commit that added audit rows, and only forward, and only
from a row the database still holds with the anchored hash: an anchor that no longer matches
is left as it is, as evidence, for `check` to report. Once a database has been anchored (the
setting `ESTABLISHED`), a missing anchor file is reported too, rather than made again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.record import record
from counselor_desk.store import settings_repo
from counselor_desk.store.files import write_private_file

log = logging.getLogger(__name__)

SUFFIX = ".anchor"
FORMAT = "counselor-desk audit anchor 1"
#: app_settings key: set once the database has had an anchor beside it.
ESTABLISHED = "audit_anchor_established"


class AnchorError(Exception):
    """The anchor file is there but cannot be read as one."""


@record
class Anchor:
    row_id: int
    hash: str


def path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def read(db_path: Path) -> Anchor | None:
    """The anchor beside `db_path`; None when there is none."""
    path = path_for(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise AnchorError(messages.text("{name} cannot be read", name=path.name)) from error
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("not an anchor")
        return Anchor(int(data["row"]), str(data["hash"]))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise AnchorError(
            messages.text("{name} is not an anchor this app wrote", name=path.name)
        ) from error


def write(db_path: Path, anchor: Anchor) -> None:
    """Put `anchor` beside `db_path` in one step, owner-only."""
    data = {"format": FORMAT, "row": anchor.row_id, "hash": anchor.hash}
    write_private_file(path_for(db_path), json.dumps(data).encode("utf-8") + b"\n")


def head(conn: sqlite3.Connection) -> Anchor | None:
    """The newest audit row, as an anchor (None when the trail is empty)."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else Anchor(int(row[0]), str(row[1]))


def holds(conn: sqlite3.Connection, anchor: Anchor) -> bool:
    """The database still has the anchored row, with the anchored hash."""
    row = conn.execute(
        "SELECT hash FROM audit_log WHERE id = :id", {"id": anchor.row_id}
    ).fetchone()
    return row is not None and str(row[0]) == anchor.hash


def established(conn: sqlite3.Connection) -> bool:
    return settings_repo.get(conn, ESTABLISHED) is not None


def advance(conn: sqlite3.Connection, db_path: Path) -> bool:
    """After a commit: move the anchor to the newest audit row when it still matches (or
    there is none yet and never was). Returns True when the database is to be marked as
    anchored now (the caller writes `ESTABLISHED` in a transaction of its own)."""
    newest = head(conn)
    if newest is None:
        return False
    fresh = not established(conn)
    try:
        current = read(db_path)
    except AnchorError:
        log.warning("the audit anchor beside the database cannot be read; left as it is")
        return False
    if current is None:
        if not fresh:
            log.warning("the audit anchor beside the database is missing; not made again")
            return False
        write(db_path, newest)
        return True
    if not holds(conn, current):
        log.warning("the audit anchor no longer matches the database; left as evidence")
        return False
    if newest.row_id > current.row_id:  # else another connection moved it further already
        write(db_path, newest)
    return fresh


def mark_established(conn: sqlite3.Connection) -> None:
    settings_repo.put(conn, ESTABLISHED, "1")


@record
class Finding:
    """What `check` says of the anchor: `ok`, and a sentence."""

    ok: bool
    text: str


def not_looked_at() -> Finding:
    """What a report made without looking at the anchor says (a report built by hand)."""
    return Finding(True, messages.text("the anchor of the audit trail was not looked at"))


def verify(conn: sqlite3.Connection, db_path: Path | str) -> Finding:
    """Does the database end where its anchor says (or later, by a whole chain)?"""
    if str(db_path) == ":memory:":
        return Finding(
            True, messages.text("the audit trail's head needs no anchor (database in memory)")
        )
    try:
        anchor = read(Path(db_path))
    except AnchorError as error:
        return Finding(
            False, messages.text("the anchor of the audit trail is damaged ({error})", error=error)
        )
    if anchor is None:
        if established(conn):
            return Finding(
                False,
                messages.text(
                    "the anchor of the audit trail ({name}) is missing: rows cut off the end of "
                    "the trail could not be told",
                    name=path_for(Path(db_path)).name,
                ),
            )
        return Finding(
            True, messages.text("the audit trail is not anchored yet (the next write anchors it)")
        )
    newest = head(conn)
    if newest is None or newest.row_id < anchor.row_id:
        return Finding(
            False,
            messages.text(
                "the audit trail ends at row {last}, but its anchor says it reached row "
                "{row}: rows were cut off the end",
                last=0 if newest is None else newest.row_id,
                row=anchor.row_id,
            ),
        )
    if not holds(conn, anchor):
        return Finding(
            False,
            messages.text(
                "audit row {row} is not the row its anchor recorded: the trail was rewritten",
                row=anchor.row_id,
            ),
        )
    return Finding(
        True,
        messages.text(
            "the audit trail reaches its anchor (row {row}) and beyond", row=anchor.row_id
        ),
    )
