"""A process killed at any moment never loses a committed row nor leaves a damaged file.

A child process commits transactions in a loop (two chained audit rows each) through
`store.db.connect` and `Database.transaction`, printing an id once each commit has returned.
It is killed with SIGKILL at random moments, including while it creates the schema.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counselor_desk.services import audit
from counselor_desk.store.db import connect, schema_version

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import datetime as dt
import sys

from counselor_desk.domain.audit import AuditAction
from counselor_desk.services.audit import record
from counselor_desk.store.db import connect

db = connect(sys.argv[1])
at = dt.datetime(2026, 3, 2, 16, 0)
while True:
    with db.transaction() as conn:
        record(conn, AuditAction.LOCK, at, detail="first of a pair")
        record(conn, AuditAction.UNLOCK, at, detail="second of a pair")
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    print(last, flush=True)
"""

KILLS = 50
TIME_BUDGET_S = 22.0


def stored_ids(path: Path) -> tuple[set[int], str, int]:
    """(audit ids, integrity_check verdict, user_version) read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        verdict = ", ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        ids = (
            {int(row[0]) for row in conn.execute("SELECT id FROM audit_log")}
            if "audit_log" in tables
            else set()
        )
    finally:
        conn.close()
    return ids, verdict, version


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20260302)
    reported: set[int] = set()
    started = time.monotonic()
    kills = 0
    while kills < KILLS:
        assert time.monotonic() - started < TIME_BUDGET_S, f"only {kills} kills in time"
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        # Mostly mid-loop, sometimes while the interpreter starts or the schema is created.
        time.sleep(rng.uniform(0.02, 0.3))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        kills += 1
        assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")
        lines = out.decode().split("\n")[:-1]  # only lines whose newline was written
        reported |= {int(line) for line in lines}
        ids, verdict, version = stored_ids(path)
        assert verdict == "ok", f"after kill {kills}"
        assert reported <= ids, f"after kill {kills}: committed rows lost"
        assert len(ids) % 2 == 0, f"after kill {kills}: half a transaction was kept"
        assert version in (0, schema_version())  # never half-migrated
    assert len(reported) >= KILLS  # most runs got as far as committing
    with connect(path) as db:
        assert audit.verify(db) is None  # the hash chain survived every kill
        assert len(audit.entries(db)) >= 2 * len(reported)
