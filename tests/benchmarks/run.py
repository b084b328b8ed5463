"""Counselor Desk benchmarks at clinic scale.

    .venv/bin/python tests/benchmarks/run.py [--scales 1,10] [--repeat 7] [--json FILE] [--dbs DIR]
        [--encrypted]

Builds (or reuses, in --dbs, default .bench/) the synthetic databases: 1x = 2,000 participants
over 1 year, 10x = 20,000 participants over 10 years, about 60 active in both. Prints and
writes as JSON the median of repeated runs for each daily path, beside its target and a floor
(the same work with nothing of ours in it). Not part of the normal test run: performance is
checked here, never by timed assertions in the suite.

--encrypted: the same paths again, in the same run, on the same generated database converted
with `encryption.turn_on` (built once, kept in DIR/encrypted/), opened with the key its
passphrase unlocks; a table at the end sets each encrypted figure beside its plaintext one
with the ratio (target: within 1.3x; cold start to the caseload painted, key derivation
included, within 1 s). Off by default: it doubles the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402

from counselor_desk.domain.model import Attendance, AttendanceStatus  # noqa: E402
from counselor_desk.services import encryption, sessions  # noqa: E402
from counselor_desk.services.caseload import Include, reviews  # noqa: E402
from counselor_desk.services.caseload_list import rows as caseload_rows  # noqa: E402
from counselor_desk.services.clock import FixedClock  # noqa: E402
from counselor_desk.services.demo import DemoSize, fill_demo  # noqa: E402
from counselor_desk.store import anchor, keys  # noqa: E402
from counselor_desk.store.backup import backups_dir  # noqa: E402
from counselor_desk.store.db import Database, connect  # noqa: E402


def _quiet_qt(mode: QtMsgType, _context: object, message: str) -> None:
    """The offscreen platform warns on every dialog it cannot size like a desktop; drop that."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


qInstallMessageHandler(_quiet_qt)

TODAY = dt.date(2026, 3, 2)  # a Monday: the adult group meets at 09:00
CLOCK = FixedClock(TODAY, dt.time(12, 30))
SCALES = {1: (2_000, 1), 10: (20_000, 10)}
CHILD = Path(__file__).with_name("cold_start_child.py")
PASSPHRASE = "benchmark passphrase"
#: An encrypted path may take this many times its plaintext figure.
ENCRYPTED_RATIO = 1.3


@dataclass
class Result:
    name: str
    scale: int
    median_ms: float
    target_ms: float | None
    floor_ms: float | None
    unit: str = "ms"
    runs: int = 0
    note: str = ""
    encrypted: bool = False

    @property
    def met(self) -> bool | None:
        return None if self.target_ms is None else self.median_ms <= self.target_ms

    @property
    def over_by(self) -> float:
        """How far past the target (0 when met or when there is no target), in `unit`."""
        if self.target_ms is None or self.median_ms <= self.target_ms:
            return 0.0
        return round(self.median_ms - self.target_ms, 1)


def timed(work: Callable[[], object], repeat: int) -> float:
    """Median wall time of `work` in milliseconds (one warm-up run first)."""
    work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def database(scale: int, folder: Path) -> Path:
    participants, years = SCALES[scale]
    path = folder / f"bench-{scale}x.sqlite3"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    db = connect(partial)
    summary = fill_demo(
        db, CLOCK, size=DemoSize.scaled(participants=participants, years=years), seed=11
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    os.replace(partial, path)
    os.replace(anchor.path_for(partial), anchor.path_for(path))  # the audit trail's anchor
    print(f"built {path.name} in {time.perf_counter() - start:.1f} s: {summary}", flush=True)
    return path


def encrypted_database(scale: int, folder: Path, plaintext: Path) -> Path:
    """The generated database of `scale` converted with `encryption.turn_on` (as the counselor
    turns it on), built once and kept in `folder`/encrypted/ with its key file and anchor."""
    place = folder / "encrypted"
    path = place / plaintext.name
    if path.exists() and encryption.is_encrypted(path):
        return path
    place.mkdir(parents=True, exist_ok=True)
    for end in ("", "-wal", "-shm", "-journal", keys.SUFFIX, anchor.SUFFIX):
        Path(f"{path}{end}").unlink(missing_ok=True)
    shutil.copy(plaintext, path)
    shutil.copy(anchor.path_for(plaintext), anchor.path_for(path))
    start = time.perf_counter()
    encryption.turn_on(path, PASSPHRASE, PASSPHRASE, CLOCK)
    took = time.perf_counter() - start
    shutil.rmtree(backups_dir(path), ignore_errors=True)  # turn_on's backup before it
    print(f"encrypted {path.name} with turn_on in {took:.1f} s", flush=True)
    return path


def working_copy(path: Path, work: Path) -> None:
    """A copy of `path` to measure on (roll call writes), with its anchor and key file."""
    for end in ("", "-wal", "-shm", "-journal", keys.SUFFIX, anchor.SUFFIX):
        Path(f"{work}{end}").unlink(missing_ok=True)
    if encryption.is_encrypted(path):
        shutil.copy(path, work)
        shutil.copy(keys.path_for(path), keys.path_for(work))
    else:
        db = connect(path)
        db.conn.execute("VACUUM INTO :to", {"to": str(work)})
        db.close()
    shutil.copy(anchor.path_for(path), anchor.path_for(work))  # same trail, same anchor


def child(*args: str) -> dict[str, Any]:
    """Run the cold-start child; returns what it reports (ms to first paint, peak MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    wall = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"cold-start child failed: {done.stderr.strip()[-400:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall_ms"] = wall
    return report


def cold_start(db_path: Path, scale: int, repeat: int, encrypted: bool = False) -> list[Result]:
    runs = max(3, repeat // 2)
    opening = ["--db", str(db_path), "--today", TODAY.isoformat()]
    if encrypted:
        opening += ["--passphrase", PASSPHRASE]
    app = [child(*opening) for _ in range(runs)]
    bare = [child("--bare") for _ in range(runs)]
    results = [
        Result(
            "cold_start_to_caseload_painted",
            scale,
            round(statistics.median(r["paint_ms"] for r in app), 1),
            500,
            round(statistics.median(r["paint_ms"] for r in bare), 1),
            runs=runs,
            note="process start to the first paint of the main window showing the caseload"
            + (", the key derived from the passphrase first" if encrypted else ""),
            encrypted=encrypted,
        ),
        Result(
            "peak_memory_with_database_open",
            scale,
            round(max(r["peak_mb"] for r in app), 1),
            250,
            round(max(r["peak_mb"] for r in bare), 1),
            unit="MB",
            runs=runs,
            note="peak resident memory of the app after showing every participant",
            encrypted=encrypted,
        ),
    ]
    if encrypted:
        results.append(
            Result(
                "unlock (key derivation, in the cold start)",
                scale,
                round(statistics.median(r["unlock_ms"] for r in app), 1),
                None,
                None,
                runs=runs,
                note="encryption.unlock: scrypt over the passphrase, the data key unwrapped",
                encrypted=True,
            )
        )
    return results


def cli_start(db: Database, scale: int, repeat: int) -> list[Result]:
    """A command line's start to its end, in a fresh process: `--version`, and `caseload` on
    a small database (the demo's size); the floor is a bare `python -c pass`."""
    small = db.path.parent / "cli-small.sqlite3"
    if not small.exists():
        subprocess.run(
            [sys.executable, "-m", "counselor_desk.cli", "--db", str(small), "demo"],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )

    def run(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)
        return (time.perf_counter() - start) * 1000

    runs = max(5, repeat)
    floor = statistics.median(run("-c", "pass") for _ in range(runs))
    version = statistics.median(run("-m", "counselor_desk.cli", "--version") for _ in range(runs))
    listing = statistics.median(
        run(
            "-m", "counselor_desk.cli", "--db", str(small), "--today", TODAY.isoformat(), "caseload"
        )
        for _ in range(runs)
    )
    return [
        Result("cli_start_version", scale, round(version, 1), 120, round(floor, 1), runs=runs),
        Result(
            "cli_caseload_small_database",
            scale,
            round(listing, 1),
            120,
            round(floor, 1),
            runs=runs,
            note="the demo's database, whatever the scale",
        ),
    ]


def caseload(db: Database, scale: int, repeat: int) -> list[Result]:
    floor_sql = """SELECT p.*, count(a.session_id) FROM participants p
                   LEFT JOIN attendance a ON a.participant_id = p.id
                   WHERE p.status = 'active' GROUP BY p.id"""
    floor_all = "SELECT * FROM participants"
    return [
        Result(
            "caseload_active",
            scale,
            timed(lambda: caseload_rows(db, CLOCK), repeat),
            15,
            timed(lambda: db.conn.execute(floor_sql).fetchall(), repeat),
            runs=repeat,
        ),
        Result(
            "caseload_all",
            scale,
            timed(lambda: caseload_rows(db, CLOCK, Include.ALL), repeat),
            300,
            timed(lambda: db.conn.execute(floor_all).fetchall(), repeat),
            runs=repeat,
        ),
    ]


def filter_keystroke(db: Database, scale: int, repeat: int) -> list[Result]:
    """One keystroke in the real caseload view, 'All' selected, until repainted."""
    from PySide6.QtWidgets import QApplication

    from counselor_desk.ui.caseload_view import CaseloadView
    from counselor_desk.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    view = CaseloadView(AppContext(db=db, clock=CLOCK))
    view.resize(1200, 700)
    view.show()
    view.include_combo.setCurrentIndex(view.include_combo.findData(Include.ALL))
    app.processEvents()
    texts = iter(["m", "ma", "mar", "mart", "marti", "martí", "martín", ""] * 1000)

    def keystroke() -> None:
        view.filter_edit.setText(next(texts))
        view.table.viewport().repaint()
        app.processEvents()

    def repaint() -> None:
        view.table.viewport().repaint()
        app.processEvents()

    floor = timed(repaint, repeat)
    result = timed(keystroke, max(repeat, 8))
    rows = view.model.total()

    def show_all() -> None:
        """'All' chosen until the table is painted: the lines, the model, the widths."""
        view.refresh()
        view.table.viewport().repaint()
        app.processEvents()

    painted = timed(show_all, repeat)
    view.close()
    return [
        Result(
            "caseload_filter_keystroke",
            scale,
            result,
            round(1.5 * floor, 1),
            floor,
            runs=max(repeat, 8),
            note=f"{rows} rows; target 1.5 x its floor, repainting the table alone",
        ),
        Result(
            "caseload_all_painted",
            scale,
            painted,
            150,
            floor,
            runs=repeat,
            note=f"{rows} rows: the lines, the model and the view until painted",
        ),
    ]


def open_record(db: Database, scale: int, repeat: int) -> list[Result]:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from counselor_desk.ui.context import AppContext
    from counselor_desk.ui.record.window import ParticipantRecord

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db=db, clock=CLOCK)
    active = reviews(db, CLOCK)
    # the participant with the most history among the active ones
    target = max(active, key=lambda r: r.attendance.expected).participant.id

    def open_it(every_tab: bool = False) -> None:
        record = ParticipantRecord(ctx, target)
        record.show()
        app.processEvents()
        if every_tab:
            for index in range(record.tabs.count()):
                record.tabs.setCurrentIndex(index)
                app.processEvents()
        record.close()
        record.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    from counselor_desk.services import caseload as caseload_service

    participant = active[0].participant
    floor = timed(lambda: caseload_service.review(db, participant, CLOCK), repeat)

    # The every-tab floor: Qt painting each tab of a record already built (no building, no
    # reading), what showing the tabs costs this window whatever the code behind them.
    built = ParticipantRecord(ctx, target)
    built.show()
    for index in range(built.tabs.count()):
        built.tabs.setCurrentIndex(index)
        app.processEvents()
    tab_count = built.tabs.count()

    def switch_tabs() -> None:
        for index in range(tab_count):
            built.tabs.setCurrentIndex(index)
            app.processEvents()

    tabs_floor = timed(switch_tabs, repeat)
    built.close()
    built.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [
        Result(
            "open_participant_record",
            scale,
            timed(open_it, repeat),
            25,
            floor,
            runs=repeat,
            note="header and overview shown; the tabs load when first opened",
        ),
        Result(
            "participant_record_every_tab",
            scale,
            timed(lambda: open_it(True), repeat),
            60,
            tabs_floor,
            runs=repeat,
            note=f"the record opened and each of its {tab_count} tabs shown once; the floor is "
            "showing the tabs of a record already built",
        ),
    ]


def memory_rounds(db: Database, scale: int, repeat: int) -> list[Result]:
    """Resident memory after each of three rounds of opening 20 records (every tab shown)
    and closing them: it must stay under its target and not grow round after round.

    Measured in a fresh process running the app as the counselor has it (the main window,
    the "All" caseload shown), not in this one, which holds what every suite before left."""
    opening = ["--db", str(db.path), "--today", TODAY.isoformat(), "--records", "20"]
    if encryption.is_encrypted(db.path):
        opening += ["--passphrase", PASSPHRASE]
    after = child(*opening)["rounds_mb"]
    return [
        Result(
            "memory_after_20_records",
            scale,
            round(after[-1], 1),
            200,
            None,
            unit="MB",
            runs=3,
            note="the app with 'All' shown, resident after each round of 20: "
            + ", ".join(f"{mb:.0f}" for mb in after),
        ),
        Result(
            "memory_growth_per_round",
            scale,
            round(max(0.0, after[-1] - after[0]) / 2, 1),
            5,
            None,
            unit="MB",
            runs=3,
            note="from the first round's end to the third's, per round (flat: about 0)",
        ),
    ]


def roll_call(db: Database, scale: int, repeat: int) -> list[Result]:
    day = sessions.day_sessions(db, TODAY)
    session = max(day, key=lambda item: len(item.expected))
    people = session.expected[:15]
    duration = session.session.duration_minutes
    flip = [0]

    def save() -> None:
        flip[0] += 1
        status = AttendanceStatus.PRESENT if flip[0] % 2 else AttendanceStatus.LATE
        minutes = duration if status is AttendanceStatus.PRESENT else duration - 10
        sessions.record_roll_call(
            db,
            session.session.id,
            [Attendance(session.session.id, p.participant_id, status, minutes) for p in people],
            CLOCK,
        )

    def floor() -> None:
        with db.transaction() as conn:
            conn.execute(
                "UPDATE attendance SET comment = comment WHERE session_id = :id",
                {"id": session.session.id},
            )

    return [
        Result(
            "roll_call_save_15",
            scale,
            timed(save, repeat),
            20,
            timed(floor, repeat),
            runs=repeat,
            note=f"{len(people)} marks, one durable transaction",
        )
    ]


def search(db: Database, scale: int, repeat: int) -> list[Result]:
    from counselor_desk.services.search import search_notes, to_fts_query
    from counselor_desk.store.note_repo import SEARCH_WINDOW

    notes = db.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    # The floor: SQLite's own match of the very query the search makes, newest first, as
    # far as the search reads (the last word is still being typed: a prefix).
    floor = timed(
        lambda: db.conn.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH :query "
            "ORDER BY rowid DESC LIMIT :window",
            {"query": to_fts_query("urge surfing sponsor"), "window": SEARCH_WINDOW},
        ).fetchall(),
        repeat,
    )
    return [
        Result(
            "notes_full_text_search",
            scale,
            timed(lambda: search_notes(db, "urge surfing sponsor"), repeat),
            10,
            floor,
            runs=repeat,
            note=f"over {notes} notes",
        )
    ]


def pdfs(db: Database, scale: int, repeat: int) -> list[Result]:
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from counselor_desk.reports import discharge
    from counselor_desk.services.documents import discharge_summary_model

    ids = [
        row[0]
        for row in db.conn.execute(
            "SELECT participant_id FROM discharges WHERE recorded_at IS NOT NULL ORDER BY participant_id DESC LIMIT 100"
        )
    ]

    def one_page() -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=letter).build(
            [Paragraph("Discharge summary", getSampleStyleSheet()["Title"])]
        )
        return out.getvalue()

    def one() -> bytes:
        return discharge.build(discharge_summary_model(db, ids[0], CLOCK))

    def hundred() -> None:
        for pid in ids:
            discharge.build(discharge_summary_model(db, pid, CLOCK))

    floor = timed(one_page, repeat)
    return [
        Result("discharge_summary_pdf", scale, timed(one, repeat), 35, floor, runs=repeat),
        Result(
            "discharge_summary_pdf_x100",
            scale,
            timed(hundred, 1),
            3_500,
            round(floor * len(ids), 1),
            runs=1,
            note=f"{len(ids)} summaries",
        ),
    ]


def backup(db: Database, scale: int, repeat: int) -> list[Result]:
    from counselor_desk.services.maintenance import write_backup

    size_mb = db.path.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as folder:

        def run() -> None:
            for old in Path(folder).glob("*"):
                old.unlink()
            write_backup(db, CLOCK, Path(folder))

        median = timed(run, max(1, repeat // 3))

        floor_ms = timed(lambda: _copied_to_disk(db.path, Path(folder) / "raw-copy.sqlite3"), 1)
    return [
        Result(
            "backup",
            scale,
            median,
            2500,
            floor_ms,
            runs=max(1, repeat // 3),
            note=f"{size_mb:.0f} MB database; floor: a plain file copy with fsync",
        )
    ]


def _copied_to_disk(source_path: Path, target: Path) -> None:
    """The floor of backup and restore: a plain copy of the file, flushed to the disk."""
    with open(source_path, "rb") as source, open(target, "wb") as sink:
        while chunk := source.read(1 << 20):
            sink.write(chunk)
        sink.flush()
        os.fsync(sink.fileno())


def restore(db: Database, scale: int, repeat: int) -> list[Result]:
    """Restoring a backup into a new place: its full check (on a connection of its own)
    while it is copied, then the copy put in place; the floor is a plain file copy."""
    from counselor_desk.services.maintenance import restore as restore_backup
    from counselor_desk.services.maintenance import write_backup

    with tempfile.TemporaryDirectory() as folder:
        made = write_backup(db, CLOCK, Path(folder))

        def run() -> None:
            target = Path(folder) / "restored.sqlite3"
            for old in Path(folder).glob("restored*"):
                old.unlink()
            restore_backup(target, made, CLOCK)

        runs = max(1, repeat // 3)
        median = timed(run, runs)

        floor_ms = timed(lambda: _copied_to_disk(made, Path(folder) / "copy"), 1)
    return [
        Result(
            "restore",
            scale,
            median,
            4000,
            floor_ms,
            runs=runs,
            note="a backup checked in full while copied, put in place; floor: a file copy",
        )
    ]


def check(db: Database, scale: int, repeat: int) -> list[Result]:
    """`check` against its floor, SQLite's own integrity_check and foreign_key_check of the
    same file; and the record's verification the app runs in the background after opening."""
    from counselor_desk.services import maintenance

    runs = max(1, repeat // 3)
    report = maintenance.check(db)
    if not report.ok:
        raise RuntimeError("the benchmark database fails its check:\n" + report.text())

    def floor() -> None:
        db.conn.execute("PRAGMA integrity_check").fetchall()
        db.conn.execute("PRAGMA foreign_key_check").fetchall()

    floor_ms = timed(floor, runs)
    signed = db.conn.execute("SELECT count(*) FROM notes WHERE status = 'signed'").fetchone()[0]
    rows = db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    note = f"{signed} signed notes, {rows} audit rows"
    return [
        Result(
            "check",
            scale,
            timed(lambda: maintenance.check(db), runs),
            round(2 * floor_ms, 1),
            floor_ms,
            runs=runs,
            note=f"target: 2 x its floor; {note}",
        ),
        Result(
            "verify_record (background, after opening)",
            scale,
            timed(lambda: maintenance.verify_record(db), runs),
            None,
            None,
            runs=runs,
            note=note,
        ),
    ]


def _group_of_15(db: Database, start: dt.time) -> int:
    """A group today at `start` with 15 attendees, roll call taken and every entry drafted."""
    import random

    from counselor_desk.domain.group_note import EntryDraft, ParticipationLevel, SharedPart
    from counselor_desk.domain.model import RiskLevel, ServiceType, Session
    from counselor_desk.services import group_notes
    from counselor_desk.services.demo import PHRASES

    biggest = max(sessions.day_sessions(db, TODAY), key=lambda item: len(item.expected))
    people = biggest.expected[:15]
    program = biggest.session.program_id
    session = sessions.add_session(
        db, Session(0, TODAY, start, 90, ServiceType.GROUP, f"Bench group {start}", program)
    )
    sessions.record_roll_call(
        db,
        session.id,
        [Attendance(session.id, p.participant_id, AttendanceStatus.PRESENT, 90) for p in people],
        CLOCK,
    )
    rng = random.Random(start.hour * 60 + start.minute)
    words = [w.lower() for phrase in PHRASES for w in phrase.split()]
    sheet = group_notes.sheet(db, session.id)
    entries = [
        EntryDraft(
            participant_id=a.participant_id,
            participation=ParticipationLevel.ACTIVE,
            response=" ".join(rng.sample(words, 30)),
            progress=" ".join(rng.sample(words, 20)),
            plan=" ".join(rng.sample(words, 10)),
            objective_id=a.objectives[0].id if a.objectives else None,
            risk=RiskLevel.DENIED,
        )
        for a in sheet.attendees
    ]
    shared = SharedPart(
        topic="relapse warning signs",
        interventions=("Psychoeducation",),
        content=" ".join(rng.sample(words, 60)),
    )
    group_notes.save(db, session.id, shared, entries, CLOCK)
    return session.id


def group_note(db: Database, scale: int, repeat: int) -> list[Result]:
    """The group note of a 15-person session: opened, checked (names and clones), signed."""
    from counselor_desk.domain import clone_check
    from counselor_desk.services import group_notes

    first = _group_of_15(db, dt.time(19, 0))
    opened = timed(lambda: group_notes.sheet(db, first), repeat)
    floor_open = timed(
        lambda: db.conn.execute(
            "SELECT * FROM notes WHERE session_id = :id", {"id": first}
        ).fetchall(),
        repeat,
    )
    reviewed = timed(lambda: group_notes.review(db, first), repeat)
    sheet = group_notes.sheet(db, first)
    texts = {a.participant_id: a.entry().own_text() for a in sheet.attendees}
    history = {
        a.participant_id: [(n.session_date, n.fields.get("response", "")) for n in a.earlier]
        for a in sheet.attendees
    }
    bare_check = timed(lambda: clone_check.check(texts, history, {}), repeat)
    signing = [_group_of_15(db, dt.time(19, 1 + run)) for run in range(repeat + 1)]
    pending = list(signing)

    def sign() -> None:
        group_notes.sign(db, pending.pop(), CLOCK, reasons=dict.fromkeys(texts, "bench"))

    def floor_sign() -> None:
        with db.transaction() as conn:
            conn.execute(
                "UPDATE attendance SET comment = comment WHERE session_id = :id", {"id": first}
            )

    signed = timed(sign, repeat)
    return [
        Result(
            "group_note_open_15",
            scale,
            opened,
            100,
            floor_open,
            runs=repeat,
            note="the sheet: 15 attendees, objectives, earlier entries",
        ),
        Result(
            "group_note_check_15",
            scale,
            reviewed,
            50,
            bare_check,
            runs=repeat,
            note="names and clone check of 15 entries (floor: the similarity alone)",
        ),
        Result(
            "group_note_sign_15",
            scale,
            signed,
            50,
            timed(floor_sign, repeat),
            runs=repeat,
            note="15 entries signed, one durable transaction",
        ),
    ]


def measure_paths(db: Database, scale: int, repeat: int) -> list[Result]:
    """A PHQ-9 entered item by item (scored, audited, the safety rules run), the record's
    measures read with their course, and a risk followed up: positive question 9, C-SSRS,
    safety plan."""
    from counselor_desk.domain.model import Measure
    from counselor_desk.services import measures as scores
    from counselor_desk.services import safety

    active = reviews(db, CLOCK)
    people = [row.participant for row in active]
    answers = (2, 2, 1, 2, 1, 2, 1, 1, 0)
    turn = iter(range(10_000))

    def enter() -> None:
        person = people[next(turn) % len(people)]
        scores.add(db, Measure(person.id, "PHQ-9", TODAY, 0, items=answers), CLOCK)

    def floor_enter() -> None:
        with db.transaction() as conn:
            conn.execute(
                """INSERT INTO measures (participant_id, instrument, taken_on, score)
                   VALUES (:p, 'PHQ-9', :d, 12)""",
                {"p": people[0].id, "d": TODAY.isoformat()},
            )

    entered = timed(enter, repeat)
    floor_entered = timed(floor_enter, repeat)
    target = people[0].id

    def read() -> None:
        scores.courses(scores.measures(db, target))

    def floor_read() -> None:
        db.conn.execute(
            "SELECT * FROM measures WHERE participant_id = :p", {"p": target}
        ).fetchall()

    plan = {
        "warning_signs": "Not sleeping",
        "coping": "Music",
        "help": "Sister",
        "professionals": "Clinic line",
    }
    positive = (2, 2, 1, 2, 1, 2, 1, 1, 1)
    rounds = iter(range(10_000))

    def follow_up() -> None:
        person = people[(next(rounds) + 1) % len(people)]
        scores.add(db, Measure(person.id, "PHQ-9", TODAY, 0, items=positive), CLOCK)
        scores.add(db, Measure(person.id, "C-SSRS", TODAY, 0, items=(1, 1, 1, 0, 0, 0)), CLOCK)
        safety.save_plan(db, person.id, {**plan, "reasons": f"round {next(rounds)}"}, CLOCK)

    return [
        Result(
            "measure_enter_phq9",
            scale,
            entered,
            10,
            floor_entered,
            runs=repeat,
            note="9 answers scored, audited, safety rules run; one durable transaction",
        ),
        Result(
            "measure_course_read",
            scale,
            timed(read, repeat),
            5,
            timed(floor_read, repeat),
            runs=repeat,
            note="a record's scores with baseline, latest, response and remission",
        ),
        Result(
            "safety_follow_up",
            scale,
            timed(follow_up, repeat),
            30,
            floor_entered * 3,
            runs=repeat,
            note="positive question 9, C-SSRS moderate, safety plan: three writes, flag closed",
        ),
    ]


def timed_on_copy(db: Database, work: Callable[[Database], object]) -> float:
    """Milliseconds `work` takes on a fresh copy of the database (an import writes rows that
    cannot be taken back), the copy removed afterwards."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = Path(tempfile.mkdtemp(prefix="bench-import-")) / "copy.sqlite3"
    shutil.copyfile(db.path, target)
    for suffix in (".anchor", ".keys"):
        beside = db.path.with_name(db.path.name + suffix)
        if beside.exists():
            shutil.copyfile(beside, target.with_name(target.name + suffix))
    copy = connect(target, key=db.key)
    try:
        start = time.perf_counter()
        work(copy)
        return (time.perf_counter() - start) * 1000
    finally:
        copy.close()
        shutil.rmtree(target.parent, ignore_errors=True)


def measure_import(db: Database, scale: int, repeat: int) -> list[Result]:
    """`import measures` of 10,000 and 50,000 scores (answers and totals, every row checked,
    the safety rules run): linear, and each beside a bare INSERT of the same rows."""
    from counselor_desk.services.import_measures import import_measures

    stays = db.conn.execute(
        "SELECT chart_number, id, admission_date, coalesce(discharge_date, :today) FROM participants",
        {"today": TODAY.isoformat()},
    ).fetchall()

    def csv_of(count: int, instrument: str, offset: int) -> tuple[bytes, list[tuple[object, ...]]]:
        lines = ["chart_number,instrument,date," + ",".join(f"item_{i}" for i in range(1, 10))]
        rows: list[tuple[object, ...]] = []
        made = 0
        day = 0
        while made < count:
            for chart, pid, admitted, last in stays:
                taken = dt.date.fromisoformat(admitted) + dt.timedelta(days=offset + day)
                if taken > min(dt.date.fromisoformat(last), TODAY):
                    continue
                answers = [*(str((made + k) % 3) for k in range(8)), "0"]
                items = answers if instrument == "PHQ-9" else [*answers[:7], "", ""]
                lines.append(f"{chart},{instrument},{taken.isoformat()}," + ",".join(items))
                rows.append((pid, instrument, taken.isoformat()))
                made += 1
                if made == count:
                    break
            day += 3
            if day > 3650:
                break
        return ("\n".join(lines) + "\n").encode(), rows

    def run(raw: bytes) -> float:
        return timed_on_copy(db, lambda copy: import_measures(copy, raw, CLOCK))

    def insert_bare(copy: Database, rows: list[tuple[object, ...]]) -> None:
        with copy.transaction() as conn:
            conn.executemany(
                """INSERT INTO measures (participant_id, instrument, taken_on, score)
                   VALUES (?, ?, ?, 0)""",
                rows,
            )

    def floor(rows: list[tuple[object, ...]]) -> float:
        return timed_on_copy(db, lambda copy: insert_bare(copy, rows))

    small, small_rows = csv_of(10_000, "GAD-7", 1)
    large, large_rows = csv_of(50_000, "PHQ-9", 2)
    ten = statistics.median(run(small) for _ in range(max(1, min(repeat, 3))))
    fifty = run(large)
    return [
        Result(
            "import_measures_10k",
            scale,
            round(ten, 1),
            1_000,
            round(floor(small_rows), 1),
            runs=max(1, min(repeat, 3)),
            note=f"{len(small_rows)} GAD-7 scores from their answers",
        ),
        Result(
            "import_measures_50k",
            scale,
            round(fifty, 1),
            round(5.5 * ten, 1),
            round(floor(large_rows), 1),
            runs=1,
            note=f"{len(large_rows)} PHQ-9 scores; target: linear (5.5 x the 10k figure)",
        ),
    ]


def attendance_import(db: Database, scale: int, repeat: int) -> list[Result]:
    """`import attendance` of 10,000 and 50,000 marks (every row checked as roll call checks
    it, sessions made as the rows group): linear, each beside a bare INSERT of its marks."""
    from counselor_desk.services.imports import import_attendance

    stays = db.conn.execute(
        """SELECT p.chart_number, p.id, p.program_id, p.admission_date,
                  coalesce(p.discharge_date, :today)
           FROM participants p ORDER BY p.id""",
        {"today": (TODAY - dt.timedelta(days=1)).isoformat()},
    ).fetchall()
    away: set[tuple[int, str]] = set()
    for pid, first, last in db.conn.execute(
        "SELECT participant_id, start_date, end_date FROM leaves"
    ).fetchall():
        day = dt.date.fromisoformat(first)
        while day <= dt.date.fromisoformat(last):
            away.add((int(pid), day.isoformat()))
            day += dt.timedelta(days=1)

    def csv_of(count: int, hour: int) -> tuple[bytes, list[tuple[object, ...]]]:
        lines = ["chart_number,date,start_time,duration_minutes,service_type,status"]
        rows: list[tuple[object, ...]] = []
        for day in range(0, 3650):
            for chart, pid, program, admitted, last in stays:
                taken = dt.date.fromisoformat(admitted) + dt.timedelta(days=day)
                if taken > dt.date.fromisoformat(last) or (pid, taken.isoformat()) in away:
                    continue
                lines.append(f"{chart},{taken.isoformat()},{hour}:00,60,education,present")
                rows.append((pid, program, taken.isoformat()))
                if len(rows) == count:
                    return ("\n".join(lines) + "\n").encode(), rows
        return ("\n".join(lines) + "\n").encode(), rows

    def run(raw: bytes) -> float:
        return timed_on_copy(db, lambda copy: import_attendance(copy, raw, CLOCK))

    def insert_bare(copy: Database, rows: list[tuple[object, ...]]) -> None:
        with copy.transaction() as conn:
            sessions: dict[tuple[object, object], int] = {}
            for _pid, program, day in rows:
                if (program, day) not in sessions:
                    sessions[(program, day)] = conn.execute(
                        """INSERT INTO sessions (date, start_time, duration_minutes,
                               service_type, topic, program_id)
                           VALUES (?, '21:00', 60, 'education', 'floor', ?)""",
                        (day, program),
                    ).lastrowid
            conn.executemany(
                """INSERT INTO attendance (session_id, participant_id, status,
                       minutes_attended, recorded_at)
                   VALUES (?, ?, 'present', 60, '2026-03-02T12:30:00')""",
                [(sessions[(program, day)], pid) for pid, program, day in rows],
            )

    def floor(rows: list[tuple[object, ...]]) -> float:
        return timed_on_copy(db, lambda copy: insert_bare(copy, rows))

    small, small_rows = csv_of(10_000, 19)
    large, large_rows = csv_of(50_000, 20)
    runs = max(1, min(repeat, 3))
    ten = statistics.median(run(small) for _ in range(runs))
    fifty = run(large)
    return [
        Result(
            "import_attendance_10k",
            scale,
            round(ten, 1),
            None,
            round(floor(small_rows), 1),
            runs=runs,
            note=f"{len(small_rows)} marks",
        ),
        Result(
            "import_attendance_50k",
            scale,
            round(fifty, 1),
            3_000,
            round(floor(large_rows), 1),
            runs=1,
            note=f"{len(large_rows)} marks; linear: 50k within 5.5 x the 10k figure "
            f"({5.5 * ten:.0f} ms)",
        ),
    ]


def safety_plan_pdf(db: Database, scale: int, repeat: int) -> list[Result]:
    """The participant's one-page safety plan, built (the model read and the page laid out)."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from counselor_desk.reports import safety_plan
    from counselor_desk.services import documents
    from counselor_desk.services import safety as safety_service

    person = reviews(db, CLOCK)[0].participant
    fields = {
        "warning_signs": "Not sleeping; staying in my room; skipping meals",
        "coping": "Walk the dog; music; a cold shower",
        "distraction": "Coffee shop on Main St; the library",
        "help": "My sister, 555-0101; my sponsor, 555-0102",
        "professionals": "Clinic 555-0100; county crisis line 555-0199",
        "environment": "Medications kept by my sister",
        "reasons": "My kids",
    }
    if safety_service.current_plan(db, person.id) is None:
        safety_service.save_plan(db, person.id, fields, CLOCK)

    def build() -> bytes:
        return safety_plan.build(documents.safety_plan_model(db, person.id, CLOCK))

    def one_page() -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=letter).build(
            [Paragraph("My Safety Plan", getSampleStyleSheet()["Title"])]
        )
        return out.getvalue()

    return [
        Result(
            "safety_plan_pdf",
            scale,
            timed(build, repeat),
            100,
            timed(one_page, repeat),
            runs=repeat,
            note="one page, type fitted to the text",
        )
    ]


def review_packet_pdf(db: Database, scale: int, repeat: int) -> list[Result]:
    """The concurrent-review packet of the active participant with the most history, for the
    last four weeks, under a consent of every category (added once if missing)."""
    from counselor_desk.domain.consent_scope import ScopeCategory
    from counselor_desk.domain.model import Consent
    from counselor_desk.reports import review_packet as packet_report
    from counselor_desk.services import clinical
    from counselor_desk.services import review_packet as packet_service

    active = reviews(db, CLOCK)
    target = max(active, key=lambda r: r.attendance.expected).participant.id
    if not [c for c in clinical.consents(db, target) if c.recipient == "Bench Health Plan"]:
        clinical.add_consent(
            db,
            Consent(
                id=0,
                participant_id=target,
                recipient="Bench Health Plan",
                purpose="Concurrent review",
                scope=frozenset(ScopeCategory),
                signed_date=TODAY,
                expiry_date=TODAY + dt.timedelta(days=365),
            ),
            CLOCK,
        )
    consent = next(c for c in clinical.consents(db, target) if c.recipient == "Bench Health Plan")
    first = TODAY - dt.timedelta(days=27)

    def build() -> bytes:
        model = packet_service.packet_model(
            db, target, CLOCK, first, TODAY, "Still needs this level of care.", consent.id
        )
        return packet_report.build(model)

    def one_page() -> bytes:
        import io

        from reportlab.lib.pagesizes import letter
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=letter).build(
            [Paragraph("Concurrent Review", getSampleStyleSheet()["Title"])]
        )
        return out.getvalue()

    return [
        Result(
            "review_packet_pdf",
            scale,
            timed(build, repeat),
            150,
            timed(one_page, repeat),
            runs=repeat,
            note="four weeks: hours, measures, safety, goals, ASAM, authorization",
        )
    ]


def signin_sheet_pdf(db: Database, scale: int, repeat: int) -> list[Result]:
    """The sign-in sheet of today's largest group (model read and pages laid out), and the
    same sheet with its lines repeated to 500 names (24 pages) laid out."""
    from counselor_desk.reports import signin
    from counselor_desk.services import sessions
    from counselor_desk.services.documents import signin_sheet_model

    day = sessions.day_sessions(db, TODAY)
    biggest = max(day, key=lambda item: len(item.expected))
    session_id = biggest.session.id

    def real() -> bytes:
        return signin.build(signin_sheet_model(db, session_id, CLOCK))

    model = signin_sheet_model(db, session_id, CLOCK)
    copies = -(-500 // max(1, len(model.names)))
    five_hundred = replace(
        model,
        names=(model.names * copies)[:500],
        telehealth=(model.telehealth * copies)[:500],
    )
    return [
        Result(
            "signin_sheet_pdf",
            scale,
            timed(real, repeat),
            250,
            None,
            runs=repeat,
            note=f"{len(model.names)} names, model and PDF",
        ),
        Result(
            "signin_sheet_pdf_500",
            scale,
            timed(lambda: signin.build(five_hundred), repeat),
            150,
            None,
            runs=repeat,
            note="500 names, 24 pages",
        ),
    ]


YEAR_CHART = "BENCH-YEAR"


def _a_year_of_history(db: Database) -> int:
    """A participant of the substance-use program admitted 364 days ago, through the services:
    present at every group session of the program since, a PHQ-9 and a GAD-7 every two weeks,
    three goals of two objectives each and a consent of every category (made once per copy)."""
    from counselor_desk.domain.consent_scope import ScopeCategory
    from counselor_desk.domain.errors import NotFoundError
    from counselor_desk.domain.model import (
        Consent,
        Diagnosis,
        Goal,
        GoalStatus,
        Measure,
        Objective,
    )
    from counselor_desk.domain.model import Participant as Person
    from counselor_desk.services import clinical, participants, setup
    from counselor_desk.services import measures as scores

    try:
        return participants.by_chart(db, YEAR_CHART).id
    except NotFoundError:
        pass
    program = next(p for p in setup.list_programs(db) if p.substance_use)
    admitted = TODAY - dt.timedelta(days=364)
    person = participants.admit(
        db,
        Person(
            id=0, chart_number=YEAR_CHART, first_name="Bench", last_name="Year",
            date_of_birth=dt.date(1984, 5, 1), program_id=program.id,
            level_of_care=program.level_of_care, admission_date=admitted, planned_weeks=52,
            phone="(217) 555-0101", medications="Naltrexone 50 mg daily\nSertraline 100 mg daily",
            allergies="Penicillin (rash)",
            diagnoses=tuple(
                Diagnosis(code, words)
                for code, words in (("F10.20", "Alcohol use disorder, moderate"),
                                    ("F33.1", "Major depressive disorder, recurrent, moderate"))
            ),
        ),
        CLOCK,
    )  # fmt: skip
    from counselor_desk.store import session_repo

    held = [
        session
        for session in session_repo.sessions_between(db.conn, admitted, TODAY)
        if session.program_id == program.id
        and session.participant_id is None
        and not session.cancelled
    ]
    for session in held:  # as roll call saves them, one session at a time
        sessions.record_roll_call(
            db,
            session.id,
            [Attendance(session.id, person.id, AttendanceStatus.PRESENT,
                        session.duration_minutes, telehealth=session.id % 9 == 0)],
            CLOCK,
        )  # fmt: skip
    for week in range(0, 52, 2):
        day = admitted + dt.timedelta(weeks=week)
        easing = max(0, 2 - week // 12)
        scores.add(db, Measure(person.id, "PHQ-9", day, 0, items=(easing,) * 8 + (0,),
                               difficulty=1), CLOCK)  # fmt: skip
        scores.add(db, Measure(person.id, "GAD-7", day, 0, items=(easing,) * 7), CLOCK)
    for number in range(3):
        goal = clinical.save_goal(
            db, Goal(0, person.id, f"Goal {number + 1} of the year", GoalStatus.IN_PROGRESS)
        )
        for step in range(2):
            clinical.save_objective(
                db, Objective(0, goal.id, f"Objective {step + 1} of goal {number + 1}")
            )
    clinical.add_consent(
        db,
        Consent(
            id=0, participant_id=person.id, recipient="Bench Receiving Program",
            purpose="Continuity of care", scope=frozenset(ScopeCategory), signed_date=TODAY,
            expiry_date=TODAY + dt.timedelta(days=365),
        ),
        CLOCK,
    )  # fmt: skip
    return person.id


def fhir_export_bundle(db: Database, scale: int, repeat: int) -> list[Result]:
    """The continuity-of-care summary as a checked FHIR bundle (the PDF inside it and beside
    it) for a participant with a year of history, under a consent of every category; each run
    logs its disclosure, as the app does."""
    from counselor_desk.interop import fhir_checks
    from counselor_desk.interop.fhir_bundle import build_bundle
    from counselor_desk.services import clinical, fhir_export
    from counselor_desk.services.documents import export_continuity

    target = _a_year_of_history(db)
    consent = next(c for c in clinical.consents(db, target) if c.valid_on(TODAY))
    folder = Path(tempfile.mkdtemp(prefix="bench-fhir-"))
    try:
        source = fhir_export.export_source(db, target, CLOCK, consent.id)
        bundle = build_bundle(source)
        resources = len(bundle["entry"])
        full = timed(
            lambda: fhir_export.export_fhir(
                db, target, folder / "bundle.json", CLOCK, consent.id, folder / "summary.pdf"
            ),
            repeat,
        )
        checked = timed(lambda: fhir_checks.check_bundle(build_bundle(source)), repeat)
        floor = timed(
            lambda: export_continuity(db, target, folder / "only.pdf", CLOCK, consent.id), repeat
        )
        size = (folder / "bundle.json").stat().st_size
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Result(
            "fhir_export_checked",
            scale,
            full,
            500,
            floor,
            runs=repeat,
            note=f"a year of history: {resources} resources ({size / 1024:.0f} KB) and the PDF, "
            "checked, both files, one disclosure; floor: the continuity-of-care PDF alone",
        ),
        Result(
            "fhir_bundle_build_and_check",
            scale,
            checked,
            None,
            None,
            runs=repeat,
            note="the bundle built from the gathered records and checked (R4B models, US Core)",
        ),
    ]


SUITES: list[Callable[[Database, int, int], list[Result]]] = [
    cli_start,
    caseload,
    filter_keystroke,
    open_record,
    memory_rounds,
    roll_call,
    group_note,
    measure_paths,
    measure_import,
    attendance_import,
    safety_plan_pdf,
    review_packet_pdf,
    signin_sheet_pdf,
    fhir_export_bundle,
    search,
    pdfs,
    backup,
    restore,
    check,
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10", help="comma list of 1 and/or 10")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--dbs", type=Path, default=ROOT / ".bench", help="where databases are kept"
    )
    parser.add_argument("--only", help="run only suites whose name contains this")
    parser.add_argument(
        "--encrypted",
        action="store_true",
        help="also measure every path on the database encrypted at rest (SQLCipher)",
    )
    parser.add_argument(
        "--cache-kib",
        type=int,
        help="an experiment: PRAGMA cache_size = -N (KiB) on the measured connection, plaintext "
        "and encrypted alike (the app's own setting is SQLite's default, 2,000 KiB)",
    )
    args = parser.parse_args(argv)
    # An installed app starts from compiled bytecode; so do the processes measured here
    # (PYTHONDONTWRITEBYTECODE, set on some machines, would make every start compile).
    import compileall

    compileall.compile_dir(str(ROOT / "counselor_desk"), quiet=1)
    results: list[Result] = []
    for scale in [int(item) for item in args.scales.split(",")]:
        path = database(scale, args.dbs)
        runs = [(path, args.dbs / f"work-{scale}x.sqlite3")]  # roll call writes: a copy
        if args.encrypted:
            encrypted = encrypted_database(scale, args.dbs, path)
            runs.append((encrypted, encrypted.with_name(f"work-{scale}x.sqlite3")))
        for source, work in runs:
            working_copy(source, work)
            results += measure(work, scale, args)
    if args.encrypted:
        print()
        print("encrypted at rest (SQLCipher) against plaintext, same run:")
        for row in comparison(results):
            print(row)
    print()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    if args.json:
        args.json.write_text(json.dumps(as_json(results), indent=2))
    return 0


def as_json(results: list[Result]) -> list[dict[str, object]]:
    """Every figure with whether it met its target, its ratio to its floor and how it grew
    from 1x to 10x (the same path, same encryption; None where either is missing)."""
    at = {(r.name, r.scale, r.encrypted): r for r in results}
    out = []
    for result in results:
        small = at.get((result.name, 1, result.encrypted))
        large = at.get((result.name, 10, result.encrypted))
        growth = (
            round(large.median_ms / small.median_ms, 2)
            if small is not None and large is not None and small.median_ms > 0
            else None
        )
        ratio = round(result.median_ms / result.floor_ms, 2) if result.floor_ms else None
        out.append(
            asdict(result)
            | {
                "met": result.met,
                "over_by": result.over_by,
                "ratio_to_floor": ratio,
                "growth_10x_over_1x": growth,
            }
        )
    return out


def measure(work: Path, scale: int, args: argparse.Namespace) -> list[Result]:
    """Every selected suite on the database at `work` (unlocked with the passphrase when it is
    encrypted), then the cold start in fresh processes."""
    encrypted = encryption.is_encrypted(work)
    key = encryption.unlock(work, PASSPHRASE) if encrypted else None
    db = connect(work, key=key)
    if args.cache_kib:
        db.conn.execute(f"PRAGMA cache_size = -{int(args.cache_kib)}")
    found: list[Result] = []
    suites = [s for s in SUITES if not args.only or args.only in s.__name__]
    for suite in suites:
        try:
            measured = suite(db, scale, args.repeat)
        except Exception as error:
            print(f"{suite.__name__} at {scale}x failed: {error}", flush=True)
            continue
        found += _shown(measured, encrypted)
    db.close()
    if not args.only or "cold" in args.only or "memory" in args.only:
        found += _shown(cold_start(work, scale, args.repeat, encrypted), encrypted)
    return found


def _shown(results: list[Result], encrypted: bool) -> list[Result]:
    for result in results:
        result.encrypted = encrypted
        print(line(result), flush=True)
    return results


def comparison(results: list[Result]) -> list[str]:
    """Each encrypted figure beside its plaintext one, with the ratio, whether that is within
    ENCRYPTED_RATIO, and whether the encrypted figure meets the path's own target."""
    plain = {(r.name, r.scale): r for r in results if not r.encrypted}
    rows = []
    for result in (r for r in results if r.encrypted):
        before = plain.get((result.name, result.scale))
        if before is None or before.median_ms <= 0:
            rows.append(f"{result.name:42} {result.scale:>3}x  {'':>10}  {_figure(result):>10}")
            continue
        ratio = result.median_ms / before.median_ms
        target = {True: "target ok", False: "target OVER", None: ""}[result.met]
        rows.append(
            f"{result.name:42} {result.scale:>3}x  {_figure(before):>10}  {_figure(result):>10}"
            f"  {ratio:5.2f}x {'ok' if ratio <= ENCRYPTED_RATIO else 'OVER':4}  {target}"
        )
    return rows


def _figure(result: Result) -> str:
    return f"{result.median_ms:.1f} {result.unit}"


def line(result: Result) -> str:
    target = "–" if result.target_ms is None else f"{result.target_ms:g}"
    floor = "–" if result.floor_ms is None else f"{result.floor_ms:g}"
    mark = {True: "ok", False: "OVER", None: ""}[result.met]
    return (
        f"{result.name:34} {result.scale:>3}x{'E' if result.encrypted else ' '} "
        f"{result.median_ms:>9.1f} {result.unit:2}  target {target:>6}  floor {floor:>8}  {mark}"
    )


if __name__ == "__main__":
    sys.exit(main())
