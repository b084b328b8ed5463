"""A writer killed at random moments amid the app's real writes loses nothing it acknowledged.

The parent prepares a caseload (profile, program, participants, two months of scheduled
groups). A child process started with subprocess imports the app once and then, for each
round, forks a fresh writer (so a restart costs a fork, not 0.5 s of imports) that opens the
database with `store.db.connect` and loops over a random mix of service writes: roll call,
note drafts, signing, addenda, a participants CSV import, a discharge, and the three PDF
exports (discharge summary, continuity of care under a consent added for it, attendance
letter). Before each write it prints what it is about to try; after the write RETURNS, an
acknowledgement line. The writer is killed with SIGKILL after a random delay (some while it
is still opening the file), and the next round opens the same database.

After every kill, read with plain sqlite3: the file passes integrity_check; every
acknowledged write is there (and a roll-call mark or draft holds its last acknowledged value
or one tried after it); each write is whole (a signed note has its one `sign` audit row, an
addendum its row, an import all its participants and its audit row, a discharge its status,
row and audit row, an export its audit row and disclosure row); every acknowledged PDF is in
place and complete; and the export folder holds no final-named file without its log row
(a leftover `.counselor-desk-*.tmp` is allowed). At the end the app itself opens the file,
finds the same, and `maintenance.check` passes.

The seed comes from COUNSELOR_DESK_CRASH_SEED (default fixed) and is printed; a failure
shows it in the captured output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import IO, NoReturn

import pytest

from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Consent,
    CounselorProfile,
    Discharge,
    DischargeReason,
    NoteFormat,
    ParticipantStatus,
    RiskLevel,
    ServiceType,
)
from counselor_desk.reports import fonts
from counselor_desk.services import (
    audit,
    clinical,
    documents,
    imports,
    maintenance,
    notes,
    participants,
    sessions,
    setup,
)
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from tests.factories import new_participant

ROOT = Path(__file__).resolve().parents[1]

KILLS = 100
#: The whole loop of kills must fit in this; about 20 s on a 2-core machine.
TIME_BUDGET_S = 40.0
SEED_VARIABLE = "COUNSELOR_DESK_CRASH_SEED"
DEFAULT_SEED = 20260311
#: Share of kills while the writer is still forking and opening the database.
EARLY_SHARE = 0.15

TODAY = dt.date(2026, 3, 2)  # a Monday
ADMITTED = dt.date(2026, 1, 5)  # a Monday: every scheduled group is on or after admission
PROGRAM = "Adult IOP Mornings"
GROUP_MINUTES = 180
FIRST_CASELOAD = 10
RECIPIENT = "Dr. Lee, Harbor Clinic"

TOKEN = re.compile(r"r\d+n\d+")
EXPORT_NAME = re.compile(r"(summary|continuity|letter)_p(\d+)_(r\d+n\d+)\.pdf")
TEMPORARY_NAME = re.compile(r"\.counselor-desk-.*\.tmp")
#: The audit `target` of each kind of export (a discharge summary's names draft or copy).
EXPORT_TARGETS = {
    "summary": "discharge summary%",
    "continuity": "continuity-of-care summary",
    "letter": "attendance letter",
}
#: The purpose each disclosing export logs (the token makes one export's row findable).
PURPOSES = {"continuity": "Continuity of care {token}", "letter": "Attendance verification {token}"}


def clock() -> FixedClock:
    return FixedClock(TODAY, dt.time(16, 0))


def say(line: str) -> None:
    """One whole line on stdout in one write: a kill cannot leave half of it."""
    os.write(1, (line + "\n").encode())


# -- the child: a writer forked afresh for each round -------------------------------------


class Writer:
    """Random valid writes through the services, each tried then acknowledged on stdout."""

    def __init__(self, db: Database, rng: random.Random, out_dir: Path, run: int) -> None:
        self.db = db
        self.rng = rng
        self.out_dir = out_dir
        self.run = run
        self.count = 0
        self.clock = clock()

    def token(self) -> str:
        self.count += 1
        return f"r{self.run}n{self.count}"

    def ids(self, sql: str) -> list[int]:
        return [int(row[0]) for row in self.db.execute(sql).fetchall()]

    def people(self) -> list[int]:
        return self.ids("SELECT id FROM participants ORDER BY id")

    def group_sessions(self) -> list[tuple[int, dt.date]]:
        rows = self.db.execute(
            "SELECT id, date FROM sessions WHERE participant_id IS NULL AND date <= :today "
            "ORDER BY id",
            {"today": TODAY.isoformat()},
        ).fetchall()
        return [(int(row[0]), dt.date.fromisoformat(row[1])) for row in rows]

    def step(self) -> None:
        writes = (
            (self.roll_call, 3),
            (self.draft, 3),
            (self.sign, 2),
            (self.addendum, 2),
            (self.import_participants, 1),
            (self.discharge, 1),
            (self.export, 2),
        )
        chosen = self.rng.choices([w for w, _ in writes], [n for _, n in writes])[0]
        chosen()

    def roll_call(self) -> None:
        session_id, _day = self.rng.choice(self.group_sessions())
        people = self.people()
        chosen = self.rng.sample(people, k=min(len(people), self.rng.randint(1, 3)))
        statuses = [s for s in AttendanceStatus if s is not AttendanceStatus.CANCELLED]
        marks = []
        for participant_id in chosen:
            status = self.rng.choice(statuses)
            minutes = (
                self.rng.randint(1, GROUP_MINUTES - 1)
                if status.asks_minutes
                else status.default_minutes(GROUP_MINUTES)
            )
            marks.append(Attendance(session_id, participant_id, status, minutes))
        text = " ".join(f"{m.participant_id}={m.status.value}/{m.minutes_attended}" for m in marks)
        say(f"try rollcall {session_id} {text}")
        saved = sessions.record_roll_call(self.db, session_id, marks, self.clock)
        assert saved == len(marks)
        say(f"rollcall {session_id} {text}")

    def draft(self) -> None:
        token = self.token()
        fields = {"data": f"Group check-in {token}", "assessment": "Engaged.", "plan": "Continue."}
        drafts = self.ids("SELECT id FROM notes WHERE status = 'draft' ORDER BY id")
        if drafts and self.rng.random() < 0.5:
            note = notes.get(self.db, self.rng.choice(drafts))
            draft = notes.NoteDraft(
                participant_id=note.participant_id,
                session_date=note.session_date,
                start_time=note.start_time,
                duration_minutes=note.duration_minutes,
                service_type=note.service_type,
                format=note.format,
                fields=fields,
                risk=RiskLevel.DENIED,
                note_id=note.id,
            )
            which = str(note.id)
        else:
            _session_id, day = self.rng.choice(self.group_sessions())
            draft = notes.NoteDraft(
                participant_id=self.rng.choice(self.people()),
                session_date=day,
                start_time=dt.time(9, 0),
                duration_minutes=GROUP_MINUTES,
                service_type=ServiceType.GROUP,
                format=NoteFormat.DAP,
                fields=fields,
                risk=RiskLevel.DENIED,
            )
            which = "new"
        say(f"try draft {which} {token}")
        saved = notes.save_draft(self.db, draft, self.clock)
        say(f"draft {saved.id} {token}")

    def sign(self) -> None:
        drafts = self.ids("SELECT id FROM notes WHERE status = 'draft' ORDER BY id")
        if not drafts:
            self.draft()
            return
        note_id = self.rng.choice(drafts)
        say(f"try sign {note_id}")
        notes.sign(self.db, note_id, self.clock)
        say(f"note-signed {note_id}")

    def addendum(self) -> None:
        signed = self.ids("SELECT id FROM notes WHERE status = 'signed' ORDER BY id")
        if not signed:
            self.sign()
            return
        note_id = self.rng.choice(signed)
        token = self.token()
        say(f"try addendum {note_id} {token}")
        added = notes.add_addendum(
            self.db, note_id, "Information received after signing", f"Addendum {token}", self.clock
        )
        say(f"addendum {added.id} {note_id} {token}")

    def import_participants(self) -> None:
        token = self.token()
        charts = [f"I{token}-{n}" for n in range(1, self.rng.randint(1, 2) + 1)]
        lines = ["chart_number,first_name,last_name,date_of_birth,admission_date,program"]
        lines += [
            f"{chart},Robin,Hale{n},1987-04-0{n},{ADMITTED.isoformat()},{PROGRAM}"
            for n, chart in enumerate(charts, start=1)
        ]
        say(f"try import {' '.join(charts)}")
        count = imports.import_participants(self.db, "\n".join(lines).encode(), self.clock)
        assert count == len(charts)
        say(f"import {' '.join(charts)}")

    def discharge(self) -> None:
        active = self.ids("SELECT id FROM participants WHERE status = 'active' ORDER BY id")
        if len(active) < 3:  # keep people to discharge: admit more first
            self.import_participants()
            return
        participant_id = self.rng.choice(active)
        say(f"try discharge {participant_id}")
        clinical.record_discharge(
            self.db,
            Discharge(
                participant_id,
                TODAY,
                DischargeReason.COMPLETED,
                aftercare_plan="Weekly outpatient counseling.",
            ),
            self.clock,
        )
        say(f"discharge {participant_id}")

    def export(self) -> None:
        kind = self.rng.choice(sorted(EXPORT_TARGETS))
        participant_id = self.rng.choice(self.people())
        token = self.token()
        out = self.out_dir / f"{kind}_p{participant_id}_{token}.pdf"
        if kind == "continuity":
            say(f"try consent {participant_id} {token}")
            consent = clinical.add_consent(
                self.db,
                Consent(
                    id=0,
                    participant_id=participant_id,
                    recipient=RECIPIENT,
                    purpose=PURPOSES["continuity"].format(token=token),
                    scope=frozenset(ScopeCategory),
                    signed_date=TODAY - dt.timedelta(days=7),
                    expiry_date=TODAY + dt.timedelta(days=365),
                ),
                self.clock,
            )
            say(f"consent {consent.id} {participant_id} {token}")
            say(f"try export {out}")
            documents.export_continuity(self.db, participant_id, out, self.clock, consent.id)
        elif kind == "letter":
            say(f"try export {out}")
            documents.export_attendance_letter(
                self.db,
                participant_id,
                out,
                self.clock,
                ADMITTED,
                TODAY,
                recipient="County probation office",
                purpose=PURPOSES["letter"].format(token=token),
            )
        else:
            say(f"try export {out}")
            documents.export_discharge_summary(self.db, participant_id, out, self.clock)
        say(f"export {out}")


def write_until_killed(db_path: Path, out_dir: Path, seed: int, run: int) -> NoReturn:
    """The forked writer: open the database, write until killed. Any error (a
    ValidationError is a bug of this test) is printed and ends it with status 3."""
    try:
        db = connect(db_path)
        say("ready")
        writer = Writer(db, random.Random(f"{seed}/{run}"), out_dir, run)
        while True:
            writer.step()
    except BaseException as error:
        kind = "validation-error" if isinstance(error, ValidationError) else "error"
        say(f"{kind} " + " | ".join(traceback.format_exc().splitlines()))
    os._exit(3)


def serve(db_path: Path, out_dir: Path, seed: int) -> None:
    """The child: imports done once, then one fresh writer per `start N`, killed on `kill`."""
    fonts.printable()  # parse the TTF fonts once, not in every writer
    say("serving")
    commands = sys.stdin.buffer
    while True:
        command = commands.readline().split()
        if not command or command[0] == b"quit":
            return
        run = int(command[1])
        pid = os.fork()
        if pid == 0:
            write_until_killed(db_path, out_dir, seed, run)
        say(f"forked {run} {pid}")
        commands.readline()  # kill
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        say(f"exited {run} {status}")


# -- the parent -------------------------------------------------------------------------------


def prepare(path: Path) -> None:
    """Profile, one program with its Mon/Wed/Fri groups stored up to today, a caseload."""
    with connect(path) as db:
        setup.save_profile(
            db,
            CounselorProfile(
                name="Dana Reyes",
                credentials="LCSW",
                clinic_name="Riverbend Behavioral Health",
                clinic_address="12 Mill Street, Springfield",
                clinic_phone="(973) 555-0142",
                crisis_line="988",
            ),
        )
        program = setup.add_program(db, setup.standard_program(PROGRAM, minutes=GROUP_MINUTES))
        for n in range(1, FIRST_CASELOAD + 1):
            participants.admit(
                db,
                new_participant(program, chart=f"P-{n:02}", last=f"Reyes{n}", admitted=ADMITTED),
                clock(),
            )
        sessions.ensure_scheduled(db, ADMITTED, TODAY)


class Child:
    """The child process, its output read line by line on a thread (with a timeout)."""

    def __init__(self, db_path: Path, out_dir: Path, seed: int, stderr: IO[bytes]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "serve", str(db_path), str(out_dir), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=db_path.parent,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        assert self.next_line() == "serving"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self.lines.put(raw.decode(errors="replace").rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str:
        line = self.lines.get(timeout=20)
        assert line is not None, "the child process ended"
        return line

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def round(self, run: int, delay: float) -> tuple[list[str], int]:
        """One writer, killed `delay` seconds after it was asked for: (its lines, wait status)."""
        started = time.monotonic()
        self.send(f"start {run}")
        lines: list[str] = []
        while not (line := self.next_line()).startswith("forked "):
            lines.append(line)
        time.sleep(max(0.0, started + delay - time.monotonic()))
        self.send("kill")
        while not (line := self.next_line()).startswith("exited "):
            lines.append(line)
        return lines, int(line.split()[2])

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdin.close()
        self.reader.join(timeout=10)
        self.process.stdout.close()


@dataclasses.dataclass
class Ledger:
    """Everything the writers tried and acknowledged, in order."""

    #: (session, participant) -> [(status, minutes), acknowledged] per try, oldest first.
    marks: dict[tuple[int, int], list[list[object]]] = dataclasses.field(
        default_factory=lambda: defaultdict(list)
    )
    #: note id -> [token, acknowledged] per saved draft of it; tokens of every draft tried.
    drafts: dict[int, list[list[object]]] = dataclasses.field(
        default_factory=lambda: defaultdict(list)
    )
    draft_tokens: set[str] = dataclasses.field(default_factory=set)
    signed: set[int] = dataclasses.field(default_factory=set)
    #: addendum id -> (note id, token)
    addenda: dict[int, tuple[int, str]] = dataclasses.field(default_factory=dict)
    batches: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    imported: set[tuple[str, ...]] = dataclasses.field(default_factory=set)
    discharged: set[int] = dataclasses.field(default_factory=set)
    consents: dict[int, str] = dataclasses.field(default_factory=dict)
    exports: list[Path] = dataclasses.field(default_factory=list)
    tried: Counter[str] = dataclasses.field(default_factory=Counter)
    acknowledged: Counter[str] = dataclasses.field(default_factory=Counter)
    _new_draft: str = ""

    def read(self, lines: list[str]) -> None:
        for line in lines:
            word, _, rest = line.partition(" ")
            if word == "try":
                kind, _, rest = rest.partition(" ")
                self.tried[kind] += 1
                self._tried(kind, rest)
            elif word != "ready":
                self.acknowledged[word] += 1
                self._acknowledged(word, rest)

    @staticmethod
    def _marks(rest: str) -> tuple[int, list[tuple[int, tuple[str, int]]]]:
        session, *marks = rest.split()
        found = []
        for mark in marks:
            participant, _, value = mark.partition("=")
            status, _, minutes = value.partition("/")
            found.append((int(participant), (status, int(minutes))))
        return int(session), found

    def _tried(self, kind: str, rest: str) -> None:
        if kind == "rollcall":
            session, found = self._marks(rest)
            for participant, value in found:
                self.marks[session, participant].append([value, False])
        elif kind == "draft":
            which, token = rest.split()
            self.draft_tokens.add(token)
            if which == "new":
                self._new_draft = token
            else:
                self.drafts[int(which)].append([token, False])
        elif kind == "import":
            self.batches.append(tuple(rest.split()))

    def _acknowledged(self, word: str, rest: str) -> None:
        if word == "rollcall":
            session, found = self._marks(rest)
            for participant, value in found:
                last = self.marks[session, participant][-1]
                assert last[0] == value
                last[1] = True
        elif word == "draft":
            note_id, token = rest.split()
            history = self.drafts[int(note_id)]
            if token == self._new_draft:
                history.append([token, True])
            else:
                assert history[-1][0] == token
                history[-1][1] = True
        elif word == "note-signed":
            self.signed.add(int(rest))
        elif word == "addendum":
            addendum_id, note_id, token = rest.split()
            self.addenda[int(addendum_id)] = (int(note_id), token)
        elif word == "import":
            self.imported.add(tuple(rest.split()))
        elif word == "discharge":
            self.discharged.add(int(rest))
        elif word == "consent":
            consent_id, _participant, token = rest.split()
            self.consents[int(consent_id)] = token
        elif word == "export":
            self.exports.append(Path(rest))
        else:
            raise AssertionError(f"the writer said: {word} {rest}")


def allowed(history: list[list[object]]) -> list[object]:
    """What a value written again and again may hold after kills: the last acknowledged one
    or any tried after it (or, with none acknowledged, any tried)."""
    acknowledged = [n for n, (_value, done) in enumerate(history) if done]
    start = acknowledged[-1] if acknowledged else 0
    return [value for value, _done in history[start:]]


def whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def check_stored(db_path: Path, out_dir: Path, ledger: Ledger) -> list[str]:
    """Every problem found with plain sqlite3 (outside the app); [] when all holds."""
    problems: list[str] = []
    conn = sqlite3.connect(db_path)
    try:
        verdict = ", ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        if verdict != "ok":
            return [f"integrity_check: {verdict}"]

        def rows(sql: str, **params: object) -> list[tuple[object, ...]]:
            return conn.execute(sql, params).fetchall()

        def audited(action: str, target: str, participant: int | None = None) -> int:
            sql = "SELECT count(*) FROM audit_log WHERE action = :action AND target LIKE :target"
            if participant is not None:
                sql += " AND participant_id = :participant"
            return int(
                conn.execute(
                    sql, {"action": action, "target": target, "participant": participant}
                ).fetchone()[0]
            )

        # roll call: a mark holds its last acknowledged value or one tried after it
        stored_marks = {
            (int(s), int(p)): (str(status), int(minutes))
            for s, p, status, minutes in rows(
                "SELECT session_id, participant_id, status, minutes_attended FROM attendance"
            )
        }
        for key, history in ledger.marks.items():
            value = stored_marks.get(key)
            if any(done for _v, done in history) and value is None:
                problems.append(f"acknowledged roll-call mark {key} lost")
            elif value is not None and value not in allowed(history):
                problems.append(
                    f"roll-call mark {key} is {value}, not the acknowledged {allowed(history)}"
                )
        for key in stored_marks.keys() - ledger.marks.keys():
            problems.append(f"roll-call mark {key} was never written")

        # drafts and signatures
        stored_notes = {
            int(note_id): (str(status), str(fields))
            for note_id, status, fields in rows("SELECT id, status, fields_json FROM notes")
        }
        for note_id, history in ledger.drafts.items():
            if note_id not in stored_notes:
                if any(done for _v, done in history):
                    problems.append(f"acknowledged draft note {note_id} lost")
                continue
            token = json.loads(stored_notes[note_id][1]).get("data", "").rpartition(" ")[2]
            if token not in allowed(history) and any(done for _v, done in history):
                problems.append(f"note {note_id} holds {token}, not {allowed(history)}")
        for note_id, (status, fields) in stored_notes.items():
            token = json.loads(fields).get("data", "").rpartition(" ")[2]
            if token not in ledger.draft_tokens:
                problems.append(f"note {note_id} holds {token!r}, never written")
            signatures = audited("sign", f"note {note_id}")
            if signatures != (status == "signed"):
                problems.append(f"note {note_id} is {status} with {signatures} sign audit row(s)")
        for note_id in ledger.signed:
            if stored_notes.get(note_id, ("",))[0] != "signed":
                problems.append(f"acknowledged signature of note {note_id} lost")

        # addenda: each with its audit row; the acknowledged ones there
        stored_addenda = {
            int(addendum_id): (int(note_id), str(text))
            for addendum_id, note_id, text in rows("SELECT id, note_id, text FROM addenda")
        }
        for addendum_id, (note_id, token) in ledger.addenda.items():
            if stored_addenda.get(addendum_id) != (note_id, f"Addendum {token}"):
                problems.append(f"acknowledged addendum {addendum_id} of note {note_id} lost")
        per_note = Counter(note_id for note_id, _text in stored_addenda.values())
        for note_id in set(per_note) | set(stored_notes):
            if per_note[note_id] != audited("addendum", f"note {note_id}"):
                problems.append(
                    f"note {note_id}: {per_note[note_id]} addenda but "
                    f"{audited('addendum', f'note {note_id}')} addendum audit row(s)"
                )

        # imports: all of a file or none of it, with its audit row
        charts = {str(row[0]) for row in rows("SELECT chart_number FROM participants")}
        present = 0
        for batch in ledger.batches:
            found = [chart for chart in batch if chart in charts]
            if found and len(found) != len(batch):
                problems.append(f"import {batch} is half there: {found}")
            present += bool(found)
        for batch in ledger.imported:
            if not charts.issuperset(batch):
                problems.append(f"acknowledged import {batch} lost")
        if present != audited("import", "%"):
            problems.append(f"{present} imports there but {audited('import', '%')} audit rows")
        known = {chart for batch in ledger.batches for chart in batch}
        for chart in charts:
            if not chart.startswith("P-") and chart not in known:
                problems.append(f"participant {chart} was never imported")

        # discharges: status, discharge row and audit row together
        people = {
            int(pid): (str(status), discharged)
            for pid, status, discharged in rows(
                "SELECT id, status, discharge_date FROM participants"
            )
        }
        recorded = {
            int(row[0])
            for row in rows("SELECT participant_id FROM discharges WHERE recorded_at IS NOT NULL")
        }
        for pid, (status, discharged) in people.items():
            audits = audited("discharge", "%", pid)
            whole = status == ParticipantStatus.DISCHARGED.value
            if (pid in recorded, audits, discharged == TODAY.isoformat()) != (whole, whole, whole):
                problems.append(
                    f"participant {pid}: status {status}, discharge row {pid in recorded}, "
                    f"{audits} discharge audit row(s), discharge date {discharged}"
                )
        for pid in ledger.discharged:
            if people.get(pid, ("",))[0] != ParticipantStatus.DISCHARGED.value:
                problems.append(f"acknowledged discharge of participant {pid} lost")

        # consents and exports
        consents = {int(row[0]) for row in rows("SELECT id FROM consents")}
        for consent_id in ledger.consents.keys() - consents:
            problems.append(f"acknowledged consent {consent_id} lost")
        disclosed = {
            (int(pid), str(purpose))
            for pid, purpose in rows("SELECT participant_id, purpose FROM disclosures")
        }
        files: Counter[tuple[str, int]] = Counter()
        for entry in sorted(out_dir.iterdir()):
            if TEMPORARY_NAME.fullmatch(entry.name):
                continue  # the row may be committed; the file never took its name
            named = EXPORT_NAME.fullmatch(entry.name)
            if named is None or not entry.is_file():
                problems.append(f"{entry.name}: not a file any export writes")
                continue
            kind, pid, token = named[1], int(named[2]), named[3]
            files[kind, pid] += 1
            if kind in PURPOSES and (pid, PURPOSES[kind].format(token=token)) not in disclosed:
                problems.append(f"{entry.name} is in place without its disclosure row")
            if not whole_pdf(entry):
                problems.append(f"{entry.name} is in place but not a whole PDF")
        for (kind, pid), count in files.items():
            logged = audited("export", EXPORT_TARGETS[kind], pid)
            if logged < count:
                problems.append(f"{count} {kind} file(s) of {pid} but {logged} audit row(s)")
        for kind in PURPOSES:
            prefix = PURPOSES[kind].format(token="")
            for pid in people:
                logs = sum(1 for who, what in disclosed if who == pid and what.startswith(prefix))
                logged = audited("export", EXPORT_TARGETS[kind], pid)
                if logs != logged:
                    problems.append(
                        f"participant {pid}: {logs} {kind} disclosure row(s), {logged} audit row(s)"
                    )
        for path in ledger.exports:
            if not path.is_file():
                problems.append(f"acknowledged export {path.name} is not in place")
    finally:
        conn.close()
    return problems


def check_with_app(db_path: Path, ledger: Ledger) -> list[str]:
    """The acknowledged writes as the app reads them, and the app's own full check."""
    problems = []
    with connect(db_path) as db:
        for note_id in ledger.signed:
            if not notes.get(db, note_id).is_signed:
                problems.append(f"the app finds note {note_id} unsigned")
        for addendum_id, (note_id, _token) in ledger.addenda.items():
            if addendum_id not in {item.id for item in notes.get(db, note_id).addenda}:
                problems.append(f"the app finds no addendum {addendum_id} on note {note_id}")
        for batch in ledger.imported:
            for chart in batch:
                try:
                    participants.by_chart(db, chart)
                except NotFoundError:
                    problems.append(f"the app finds no participant {chart}")
        for pid in ledger.discharged:
            record = clinical.discharge_record(db, pid)
            if record is None or record.recorded_at is None:
                problems.append(f"the app finds no recorded discharge of {pid}")
            if participants.get(db, pid).status is not ParticipantStatus.DISCHARGED:
                problems.append(f"the app finds participant {pid} not discharged")
        for path in ledger.exports:
            named = EXPORT_NAME.fullmatch(path.name)
            assert named is not None
            kind, pid, token = named[1], int(named[2]), named[3]
            if kind in PURPOSES:
                purposes = {item.purpose for item in clinical.disclosures(db, pid)}
                if PURPOSES[kind].format(token=token) not in purposes:
                    problems.append(f"the app finds no disclosure for {path.name}")
        if audit.verify(db) is not None:
            problems.append(f"audit chain broken at row {audit.verify(db)}")
        report = maintenance.check(db)
        if not report.ok:
            problems.append("maintenance.check: " + " / ".join(report.lines()))
    return problems


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and a forked writer per round")
def test_sigkill_amid_real_writes_loses_no_acknowledged_write(tmp_path: Path) -> None:
    seed = int(os.environ.get(SEED_VARIABLE, DEFAULT_SEED))
    print(f"crash-writes seed {seed} (replay: {SEED_VARIABLE}={seed})")
    db_path = tmp_path / "data" / "caseload.sqlite3"
    out_dir = tmp_path / "exports"
    db_path.parent.mkdir()
    out_dir.mkdir()
    prepare(db_path)
    ledger = Ledger()
    rng = random.Random(seed)
    early = kills = 0
    started = time.monotonic()
    with (tmp_path / "child-stderr.txt").open("w+b") as stderr:
        child = Child(db_path, out_dir, seed, stderr)
        try:
            while kills < KILLS:
                elapsed = time.monotonic() - started
                assert elapsed < TIME_BUDGET_S, (
                    f"seed {seed}: only {kills} kills in {elapsed:.0f} s"
                )
                if rng.random() < EARLY_SHARE:  # while it forks and opens the database
                    delay, early = rng.uniform(0.0, 0.03), early + 1
                else:
                    delay = rng.uniform(0.03, 0.3)
                lines, status = child.round(kills, delay)
                kills += 1
                errors = [line for line in lines if line.split(" ")[0].endswith("error")]
                assert not errors, f"seed {seed}, round {kills - 1}: {errors[0]}"
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
                ledger.read(lines)
                problems = check_stored(db_path, out_dir, ledger)
                assert not problems, f"seed {seed}, after kill {kills}: " + "; ".join(problems)
        finally:
            child.close()
            stderr.seek(0)
            print(stderr.read().decode(errors="replace")[-4000:], file=sys.stderr)
    elapsed = time.monotonic() - started
    leftovers = [p.name for p in out_dir.iterdir() if TEMPORARY_NAME.fullmatch(p.name)]
    print(
        f"{kills} kills ({early} early) in {elapsed:.1f} s; tried {dict(ledger.tried)}; "
        f"acknowledged {dict(ledger.acknowledged)}; {len(leftovers)} temporary file(s) left"
    )
    problems = check_with_app(db_path, ledger)
    assert not problems, f"seed {seed}: " + "; ".join(problems)
    # Every kind of write was acknowledged often, and some kills landed inside one.
    for kind in ("rollcall", "draft", "note-signed", "addendum", "import", "discharge", "export"):
        assert ledger.acknowledged[kind] >= 3, (seed, kind, dict(ledger.acknowledged))
    interrupted = sum(ledger.tried.values()) - sum(ledger.acknowledged.values())
    assert interrupted >= KILLS // 4, (seed, interrupted)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
