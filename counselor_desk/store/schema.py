"""The schema as an ordered list of migrations; migration N brings user_version to N.

Never edit a migration that has shipped: add the next one. A migration is a list of steps,
each SQL text or a function `(conn) -> None` that may change data; a CHECK is widened with
`migrate.rebuild_table`. Steps run with foreign keys off (see `store/migrate.py`). Dates are
ISO text (YYYY-MM-DD), times HH:MM, moments YYYY-MM-DDTHH:MM:SS in local time.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence

from counselor_desk.domain import consent_scope
from counselor_desk.store import integrity_repo
from counselor_desk.store.migrate import Step, apply_migrations, rebuild_table

_V1 = [
    """CREATE TABLE counselor_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        credentials TEXT NOT NULL DEFAULT '',
        clinic_name TEXT NOT NULL DEFAULT '',
        clinic_address TEXT NOT NULL DEFAULT '',
        clinic_phone TEXT NOT NULL DEFAULT '',
        crisis_line TEXT NOT NULL DEFAULT '',
        summary_due_days INTEGER NOT NULL DEFAULT 14 CHECK (summary_due_days BETWEEN 1 AND 90),
        page_size TEXT NOT NULL DEFAULT 'letter' CHECK (page_size IN ('letter', 'a4'))
    )""",
    """CREATE TABLE programs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        level_of_care TEXT NOT NULL CHECK (level_of_care IN ('OP', 'IOP', 'PHP')),
        age_group TEXT NOT NULL CHECK (age_group IN ('adult', 'adolescent')),
        planned_weeks INTEGER NOT NULL CHECK (planned_weeks BETWEEN 1 AND 104),
        weekly_minimum_hours REAL CHECK (weekly_minimum_hours IS NULL OR weekly_minimum_hours >= 0),
        substance_use INTEGER NOT NULL DEFAULT 0 CHECK (substance_use IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    )""",
    """CREATE TABLE program_schedule (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
        service_type TEXT NOT NULL DEFAULT 'group',
        topic TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        chart_number TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT NOT NULL,
        pronouns TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        emergency_contact TEXT NOT NULL DEFAULT '',
        referral_source TEXT NOT NULL DEFAULT '',
        program_id INTEGER NOT NULL REFERENCES programs(id),
        level_of_care TEXT NOT NULL,
        admission_date TEXT NOT NULL,
        planned_weeks INTEGER NOT NULL CHECK (planned_weeks BETWEEN 1 AND 104),
        presenting_problems TEXT NOT NULL DEFAULT '',
        medications TEXT NOT NULL DEFAULT '',
        allergies TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discharged')),
        discharge_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (discharge_date IS NULL OR discharge_date >= admission_date)
    )""",
    "CREATE INDEX participants_status ON participants(status, program_id)",
    """CREATE TABLE diagnoses (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX diagnoses_participant ON diagnoses(participant_id)",
    """CREATE TABLE level_changes (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        effective_date TEXT NOT NULL,
        level_of_care TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX level_changes_participant ON level_changes(participant_id)",
    """CREATE TABLE leaves (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        CHECK (end_date >= start_date)
    )""",
    "CREATE INDEX leaves_participant ON leaves(participant_id)",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
        service_type TEXT NOT NULL
            CHECK (service_type IN ('group', 'individual', 'education', 'family')),
        topic TEXT NOT NULL DEFAULT '',
        program_id INTEGER REFERENCES programs(id),
        participant_id INTEGER REFERENCES participants(id),
        cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK (program_id IS NOT NULL OR participant_id IS NOT NULL)
    )""",
    "CREATE INDEX sessions_date ON sessions(date, start_time)",
    "CREATE INDEX sessions_participant ON sessions(participant_id) WHERE participant_id IS NOT NULL",
    """CREATE UNIQUE INDEX sessions_program_slot
        ON sessions(program_id, date, start_time, service_type, topic)
        WHERE participant_id IS NULL""",
    """CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN
            ('present', 'late', 'left_early', 'excused', 'unexcused', 'cancelled')),
        minutes_attended INTEGER NOT NULL CHECK (minutes_attended >= 0),
        telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
        comment TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX attendance_participant ON attendance(participant_id, session_id)",
    """CREATE TABLE attendance_corrections (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        old_status TEXT,
        old_minutes INTEGER,
        new_status TEXT NOT NULL,
        new_minutes INTEGER NOT NULL,
        reason TEXT NOT NULL,
        corrected_at TEXT NOT NULL
    )""",
    "CREATE INDEX attendance_corrections_participant ON attendance_corrections(participant_id)",
    """CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'not_started',
        progress TEXT NOT NULL DEFAULT '',
        target_date TEXT
    )""",
    "CREATE INDEX goals_participant ON goals(participant_id)",
    """CREATE TABLE objectives (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'not_started',
        progress TEXT NOT NULL DEFAULT '',
        target_date TEXT
    )""",
    "CREATE INDEX objectives_goal ON objectives(goal_id)",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        session_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
        service_type TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('DAP', 'SOAP', 'BIRP', 'free')),
        fields_json TEXT NOT NULL DEFAULT '{}',
        risk TEXT NOT NULL DEFAULT 'not_assessed',
        risk_detail TEXT NOT NULL DEFAULT '',
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        signed_by TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        CHECK (status = 'draft' OR (signed_at IS NOT NULL AND content_hash <> ''))
    )""",
    "CREATE INDEX notes_participant ON notes(participant_id, session_date)",
    "CREATE INDEX notes_drafts ON notes(status, participant_id) WHERE status = 'draft'",
    """CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes cannot be changed'); END""",
    """CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes cannot be deleted'); END""",
    """CREATE TABLE addenda (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX addenda_note ON addenda(note_id)",
    """CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda cannot be changed'); END""",
    """CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda cannot be deleted'); END""",
    """CREATE TRIGGER addenda_only_on_signed BEFORE INSERT ON addenda
        WHEN (SELECT status FROM notes WHERE id = NEW.note_id) IS NOT 'signed'
        BEGIN SELECT RAISE(ABORT, 'addenda are added to signed notes only'); END""",
    """CREATE TABLE discharges (
        participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
        discharge_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        reason_detail TEXT NOT NULL DEFAULT '',
        condition_at_discharge TEXT NOT NULL DEFAULT '',
        recommended_level TEXT,
        aftercare_plan TEXT NOT NULL DEFAULT '',
        relapse_prevention_plan TEXT NOT NULL DEFAULT '',
        crisis_resources TEXT NOT NULL DEFAULT '',
        medications_at_discharge TEXT NOT NULL DEFAULT '',
        recorded_at TEXT,
        summary_completed_at TEXT
    )""",
    """CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        provider TEXT NOT NULL,
        service TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        first_appointment TEXT
    )""",
    "CREATE INDEX referrals_participant ON referrals(participant_id)",
    """CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL,
        recipient_address TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL,
        scope TEXT NOT NULL,
        signed_date TEXT NOT NULL,
        expiry_date TEXT,
        revoked_date TEXT
    )""",
    "CREATE INDEX consents_participant ON consents(participant_id)",
    """CREATE TABLE disclosures (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        consent_id INTEGER REFERENCES consents(id),
        disclosed_at TEXT NOT NULL,
        recipient TEXT NOT NULL,
        purpose TEXT NOT NULL,
        what TEXT NOT NULL
    )""",
    "CREATE INDEX disclosures_participant ON disclosures(participant_id)",
    """CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
        BEGIN SELECT RAISE(ABORT, 'the disclosure log cannot be changed'); END""",
    """CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
        BEGIN SELECT RAISE(ABORT, 'the disclosure log cannot be changed'); END""",
    """CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        instrument TEXT NOT NULL CHECK (instrument IN ('PHQ-9', 'GAD-7')),
        taken_on TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score >= 0)
    )""",
    "CREATE INDEX measures_participant ON measures(participant_id, taken_on)",
]

_V2 = [
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        participant_id INTEGER,
        target TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
    )""",
    "CREATE INDEX audit_log_participant ON audit_log(participant_id)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
]

_NOTE_BODY = "(SELECT group_concat(value, ' ') FROM json_each({row}.fields_json))"

# Full-text search over note text. Contentless (the text already lives in notes), so a
# change must tell the index the old text to remove: the triggers do.
_V3 = [
    """CREATE VIRTUAL TABLE notes_fts USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO notes_fts (rowid, body) SELECT id, "
    + _NOTE_BODY.format(row="notes")
    + " FROM notes",
    f"""CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, body) VALUES (NEW.id, {_NOTE_BODY.format(row="NEW")});
    END""",
    f"""CREATE TRIGGER notes_fts_update AFTER UPDATE OF fields_json ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body)
            VALUES ('delete', OLD.id, {_NOTE_BODY.format(row="OLD")});
        INSERT INTO notes_fts (rowid, body) VALUES (NEW.id, {_NOTE_BODY.format(row="NEW")});
    END""",
    f"""CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body)
            VALUES ('delete', OLD.id, {_NOTE_BODY.format(row="OLD")});
    END""",
]


def _forget(table: str, event: str, participants: str) -> str:
    return (
        f"CREATE TRIGGER review_cache_{table}_{event.lower()} AFTER {event} ON {table} BEGIN "
        f"DELETE FROM review_cache WHERE participant_id IN ({participants}); END"
    )


# The weekly-review figures of discharged participants, which no longer change with the date,
# kept so the "all participants" caseload does not re-read years of attendance. Triggers
# forget a participant's row whenever anything it was computed from changes.
_V4 = [
    """CREATE TABLE review_cache (
        participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
        program_week INTEGER,
        week INTEGER,
        week_start TEXT,
        week_end TEXT,
        week_minutes INTEGER,
        week_minimum INTEGER,
        attended INTEGER NOT NULL,
        excused INTEGER NOT NULL,
        unexcused INTEGER NOT NULL,
        cancelled INTEGER NOT NULL,
        run INTEGER NOT NULL,
        projected_end TEXT NOT NULL,
        level TEXT NOT NULL
    )""",
    _forget("attendance", "INSERT", "NEW.participant_id"),
    _forget("attendance", "UPDATE", "OLD.participant_id, NEW.participant_id"),
    _forget("attendance", "DELETE", "OLD.participant_id"),
    _forget(
        "sessions", "UPDATE", "SELECT participant_id FROM attendance WHERE session_id = NEW.id"
    ),
    _forget("participants", "UPDATE", "NEW.id"),
    _forget("level_changes", "INSERT", "NEW.participant_id"),
    _forget("level_changes", "UPDATE", "OLD.participant_id, NEW.participant_id"),
    _forget("level_changes", "DELETE", "OLD.participant_id"),
    _forget("leaves", "INSERT", "NEW.participant_id"),
    _forget("leaves", "UPDATE", "OLD.participant_id, NEW.participant_id"),
    _forget("leaves", "DELETE", "OLD.participant_id"),
    _forget("programs", "UPDATE", "SELECT id FROM participants WHERE program_id = NEW.id"),
    # the few discharge summaries still to write, without reading every discharge
    """CREATE INDEX discharges_summary_pending ON discharges(participant_id)
        WHERE recorded_at IS NOT NULL AND summary_completed_at IS NULL""",
]

# Settings that belong to the database rather than the workstation: the lock passphrase hash
# (services/security.py), the single-user choice and the idle minutes before the app locks.
_V5 = [
    """CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]

# A measure score changes only by a correction (the score it replaced, when and why) or is
# struck (withdrawn, with the reason); every one is also in the audit trail. A struck score
# can no longer change, and a new score must name the one it replaces.
_V6 = [
    "ALTER TABLE measures ADD COLUMN corrected_from INTEGER",
    "ALTER TABLE measures ADD COLUMN corrected_at TEXT",
    "ALTER TABLE measures ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE measures ADD COLUMN struck_at TEXT",
    "ALTER TABLE measures ADD COLUMN struck_reason TEXT NOT NULL DEFAULT ''",
    """CREATE TRIGGER measures_struck_no_update BEFORE UPDATE ON measures
        WHEN OLD.struck_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a struck score cannot be changed'); END""",
    """CREATE TRIGGER measures_score_only_by_correction BEFORE UPDATE OF score ON measures
        WHEN NEW.score IS NOT OLD.score AND NEW.corrected_from IS NOT OLD.score
        BEGIN SELECT RAISE(ABORT, 'a score changes only by a correction'); END""",
]

_DISCHARGE_SIGNED = (
    "(SELECT signed_at FROM discharges WHERE participant_id = {row}.participant_id) IS NOT NULL"
)

# Signing the discharge summary: signer, moment, the canonical content signed and its SHA-256
# (services/discharge_signing.py). Once signed, the discharge row and its referrals are locked
# (raw SQL included); later changes are dated amendments, appended and never changed.
_V7 = [
    "ALTER TABLE discharges ADD COLUMN signed_at TEXT",
    "ALTER TABLE discharges ADD COLUMN signed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE discharges ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE discharges ADD COLUMN signed_content TEXT NOT NULL DEFAULT ''",
    """CREATE TRIGGER discharges_sign_complete BEFORE UPDATE OF signed_at ON discharges
        WHEN NEW.signed_at IS NOT NULL AND (NEW.signed_by = '' OR length(NEW.content_hash) <> 64
            OR NEW.signed_content = '' OR NEW.recorded_at IS NULL)
        BEGIN SELECT RAISE(ABORT, 'a discharge summary is signed with signer and hash'); END""",
    """CREATE TRIGGER discharges_signed_no_update BEFORE UPDATE ON discharges
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed discharge cannot be changed'); END""",
    """CREATE TRIGGER discharges_signed_no_delete BEFORE DELETE ON discharges
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed discharge cannot be deleted'); END""",
    f"""CREATE TRIGGER referrals_signed_no_insert BEFORE INSERT ON referrals
        WHEN {_DISCHARGE_SIGNED.format(row="NEW")}
        BEGIN SELECT RAISE(ABORT, 'the referrals of a signed discharge cannot be changed'); END""",
    f"""CREATE TRIGGER referrals_signed_no_update BEFORE UPDATE ON referrals
        WHEN {_DISCHARGE_SIGNED.format(row="OLD")} OR {_DISCHARGE_SIGNED.format(row="NEW")}
        BEGIN SELECT RAISE(ABORT, 'the referrals of a signed discharge cannot be changed'); END""",
    f"""CREATE TRIGGER referrals_signed_no_delete BEFORE DELETE ON referrals
        WHEN {_DISCHARGE_SIGNED.format(row="OLD")}
        BEGIN SELECT RAISE(ABORT, 'the referrals of a signed discharge cannot be changed'); END""",
    """CREATE TABLE discharge_amendments (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        CHECK (author <> '' AND reason <> '' AND text <> '' AND length(content_hash) = 64)
    )""",
    "CREATE INDEX discharge_amendments_participant ON discharge_amendments(participant_id)",
    """CREATE TRIGGER discharge_amendments_no_update BEFORE UPDATE ON discharge_amendments
        BEGIN SELECT RAISE(ABORT, 'discharge amendments cannot be changed'); END""",
    """CREATE TRIGGER discharge_amendments_no_delete BEFORE DELETE ON discharge_amendments
        BEGIN SELECT RAISE(ABORT, 'discharge amendments cannot be deleted'); END""",
    f"""CREATE TRIGGER discharge_amendments_only_when_signed BEFORE INSERT ON discharge_amendments
        WHEN NOT {_DISCHARGE_SIGNED.format(row="NEW")}
        BEGIN SELECT RAISE(ABORT, 'amendments are added to a signed discharge only'); END""",
]


def _read_written_scopes(conn: sqlite3.Connection) -> None:
    """Give every consent saved with a free-text scope its categories: those its words name
    when each part names exactly one, else attendance only, flagged for the counselor to
    confirm (an unconfirmed scope allows no disclosure). The text stays, as written."""
    for consent_id, written in conn.execute("SELECT id, scope FROM consents").fetchall():
        found = consent_scope.read_written(str(written))
        categories = consent_scope.NARROWEST if found is None else found
        for category in categories:
            conn.execute(
                "INSERT INTO consent_scope (consent_id, category) VALUES (:id, :category)",
                {"id": consent_id, "category": category.value},
            )
        if found is None:
            conn.execute(
                "UPDATE consents SET scope_confirmed = 0 WHERE id = :id", {"id": consent_id}
            )


# A consent's scope becomes a set of categories (domain/consent_scope.py), one row each in
# consent_scope; `consents.scope` keeps the scope as it was written before (empty for consents
# recorded since). A migrated scope that could not be read is attendance only, unconfirmed.
# `part2_decisions` holds the counselor's answer to "treat this record as 42 CFR Part 2?"
# (no row: not asked; 1 yes; 0 no), asked when a record outside a substance-use program has a
# substance-use diagnosis or a medication for opioid use disorder (domain/part2.py).
_V8: list[Step] = [
    """CREATE TABLE consent_scope (
        consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
        category TEXT NOT NULL CHECK (category IN ('attendance', 'diagnoses', 'medications',
            'treatment-plan', 'discharge-plan', 'session-notes', 'risk', 'measures')),
        PRIMARY KEY (consent_id, category)
    ) WITHOUT ROWID""",
    """ALTER TABLE consents ADD COLUMN scope_confirmed INTEGER NOT NULL DEFAULT 1
        CHECK (scope_confirmed IN (0, 1))""",
    _read_written_scopes,
    """CREATE TABLE part2_decisions (
        participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
        part2 INTEGER NOT NULL CHECK (part2 IN (0, 1)),
        decided_at TEXT NOT NULL
    )""",
]

# A consent may expire when an event or condition happens (42 CFR 2.31), instead of or as
# well as on a date: `expiry_event` is that event in words ('' for none), `expiry_event_on`
# the day the counselor recorded it happened.
# Tamper evidence: from here on every signed note, addendum and disclosure is vouched for by
# an audit row carrying its hash (domain/integrity.py); one BASELINE row vouches for the
# records older than that. It stays the last step.
_V9: list[Step] = [
    "ALTER TABLE consents ADD COLUMN expiry_event TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE consents ADD COLUMN expiry_event_on TEXT",
    integrity_repo.vouch_for_older_records,
]

# Group notes (services/group_notes.py). Each attendee's note is a row of `notes` in format
# 'group' (the CHECK widened), so it signs, locks and is checked like any note; `session_id`
# ties a note to the session it documents (one note per participant and session) and
# `objective_id` to the plan objective a group entry reports on. `group_notes` holds the
# shared part the counselor writes once (copied into every attendee's draft), the program's
# pick list of interventions is `program_interventions`, and `sessions.made_by_note` says what
# writing a note made of an individual session (1 the session, 2 only the participant's mark
# on a session that existed; session_repo.MadeByNote): discarding the draft removes that.
_NOTES_V10 = """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        session_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
        service_type TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('DAP', 'SOAP', 'BIRP', 'free', 'group')),
        fields_json TEXT NOT NULL DEFAULT '{}',
        risk TEXT NOT NULL DEFAULT 'not_assessed',
        risk_detail TEXT NOT NULL DEFAULT '',
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        signed_by TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id),
        objective_id INTEGER REFERENCES objectives(id) ON DELETE SET NULL,
        CHECK (status = 'draft' OR (signed_at IS NOT NULL AND content_hash <> '')),
        CHECK (format <> 'group' OR session_id IS NOT NULL)
    )"""


def _widen_notes(conn: sqlite3.Connection) -> None:
    rebuild_table(conn, "notes", _NOTES_V10)


_V10: list[Step] = [
    _widen_notes,
    """CREATE UNIQUE INDEX notes_session_participant ON notes(session_id, participant_id)
        WHERE session_id IS NOT NULL""",
    """CREATE TABLE group_notes (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id),
        topic TEXT NOT NULL DEFAULT '',
        module TEXT NOT NULL DEFAULT '',
        interventions_json TEXT NOT NULL DEFAULT '[]',
        interventions_other TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # The key's columns come first: SQLite 3.40's integrity_check reports a NOT NULL column
    # placed before them in a WITHOUT ROWID table as NULL.
    """CREATE TABLE program_interventions (
        program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (program_id, name)
    ) WITHOUT ROWID""",
    """ALTER TABLE sessions ADD COLUMN made_by_note INTEGER NOT NULL DEFAULT 0
        CHECK (made_by_note IN (0, 1, 2))""",
    # Groups from today on are owed a group note (group_note_repo.NOTES_FROM_KEY).
    """INSERT OR IGNORE INTO app_settings (key, value)
        VALUES ('group_notes_from', date('now', 'localtime'))""",
]

# Measurement-based care and safety (services/measures.py, services/safety.py). A measure now
# keeps the answer to each question when the app scored it (`items_json`, '' when only the
# total was entered), the PHQ-9 difficulty answer, who entered it and when; the CHECK widens
# to the C-SSRS screener. The answers change only by a correction that keeps the ones they
# replace (`items_before`), like the score. `program_measures` is each program's schedule (every
# program starts with PHQ-9 and GAD-7 at admission, every 2 weeks and before discharge). A
# safety plan is kept as numbered versions that never change; a safety flag keeps its state,
# and `safety_flag_events` its history, appended only. A closed flag cannot change.
_MEASURES_V11 = """CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        instrument TEXT NOT NULL CHECK (instrument IN ('PHQ-9', 'GAD-7', 'C-SSRS')),
        taken_on TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score >= 0),
        corrected_from INTEGER,
        corrected_at TEXT,
        correction_reason TEXT NOT NULL DEFAULT '',
        struck_at TEXT,
        struck_reason TEXT NOT NULL DEFAULT '',
        items_json TEXT NOT NULL DEFAULT '',
        difficulty INTEGER CHECK (difficulty IS NULL OR difficulty BETWEEN 0 AND 3),
        entered_at TEXT,
        entered_by TEXT NOT NULL DEFAULT '',
        items_before TEXT NOT NULL DEFAULT '',
        difficulty_before INTEGER,
        CHECK (typeof(score) = 'integer' AND score <= CASE instrument
            WHEN 'PHQ-9' THEN 27 WHEN 'GAD-7' THEN 21 WHEN 'C-SSRS' THEN 2 END)
    )"""


def _widen_measures(conn: sqlite3.Connection) -> None:
    rebuild_table(conn, "measures", _MEASURES_V11)


def _course_sql(participant: str, instrument: str) -> str:
    """Refresh the baseline and latest counted score of one participant's instrument."""
    counted = (
        f"FROM measures WHERE participant_id = {participant} AND instrument = {instrument} "
        "AND struck_at IS NULL"
    )
    return f"""DELETE FROM measure_courses
            WHERE participant_id = {participant} AND instrument = {instrument};
        INSERT INTO measure_courses (participant_id, instrument, baseline, latest, counted)
            SELECT {participant}, {instrument},
                (SELECT score {counted} ORDER BY taken_on, id LIMIT 1),
                (SELECT score {counted} ORDER BY taken_on DESC, id DESC LIMIT 1),
                (SELECT count(*) {counted})
            WHERE (SELECT count(*) {counted}) > 0;"""


_FLAG_CLOSED = "OLD.state IN ('followed_up', 'withdrawn')"

_V11: list[Step] = [
    _widen_measures,
    """CREATE TRIGGER measures_items_only_by_correction
        BEFORE UPDATE OF items_json, difficulty ON measures
        WHEN (NEW.items_json IS NOT OLD.items_json AND NEW.items_before IS NOT OLD.items_json)
            OR (NEW.difficulty IS NOT OLD.difficulty
                AND NEW.difficulty_before IS NOT OLD.difficulty)
        BEGIN SELECT RAISE(ABORT, 'the answers change only by a correction'); END""",
    """CREATE TRIGGER measures_correction_dated BEFORE UPDATE OF score, items_json, difficulty
        ON measures
        WHEN (NEW.score IS NOT OLD.score OR NEW.items_json IS NOT OLD.items_json
              OR NEW.difficulty IS NOT OLD.difficulty)
            AND (NEW.correction_reason = '' OR NEW.corrected_at IS NULL)
        BEGIN SELECT RAISE(ABORT, 'a correction needs its reason and its moment'); END""",
    """CREATE TRIGGER measures_fixed
        BEFORE UPDATE OF id, participant_id, instrument, taken_on, entered_at, entered_by
        ON measures
        WHEN NEW.id IS NOT OLD.id OR NEW.participant_id IS NOT OLD.participant_id
            OR NEW.instrument IS NOT OLD.instrument OR NEW.taken_on IS NOT OLD.taken_on
            OR NEW.entered_at IS NOT OLD.entered_at OR NEW.entered_by IS NOT OLD.entered_by
        BEGIN SELECT RAISE(ABORT, 'who, what, when and by whom of a score cannot change'); END""",
    """CREATE TRIGGER measures_correction_trail_kept
        BEFORE UPDATE OF corrected_from, corrected_at, correction_reason, items_before,
            difficulty_before ON measures
        WHEN (NEW.corrected_from IS NOT OLD.corrected_from
              OR NEW.corrected_at IS NOT OLD.corrected_at
              OR NEW.correction_reason IS NOT OLD.correction_reason
              OR NEW.items_before IS NOT OLD.items_before
              OR NEW.difficulty_before IS NOT OLD.difficulty_before)
            AND NEW.score IS OLD.score AND NEW.items_json IS OLD.items_json
            AND NEW.difficulty IS OLD.difficulty
        BEGIN SELECT RAISE(ABORT, 'a correction''s trail cannot change'); END""",
    """CREATE TRIGGER measures_no_replace BEFORE INSERT ON measures
        WHEN EXISTS (SELECT 1 FROM measures WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'a score cannot be replaced'); END""",
    """CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
        WHEN (SELECT 1 FROM participants WHERE id = OLD.participant_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a score cannot be deleted; strike it instead'); END""",
    # The key's columns first (see program_interventions).
    """CREATE TABLE program_measures (
        program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
        instrument TEXT NOT NULL,
        at_admission INTEGER NOT NULL CHECK (at_admission IN (0, 1)),
        every_weeks INTEGER CHECK (every_weeks IS NULL OR every_weeks BETWEEN 1 AND 26),
        at_discharge INTEGER NOT NULL CHECK (at_discharge IN (0, 1)),
        PRIMARY KEY (program_id, instrument)
    ) WITHOUT ROWID""",
    """INSERT INTO program_measures (program_id, instrument, at_admission, every_weeks,
            at_discharge)
        SELECT programs.id, instruments.name, 1, 2, 1
        FROM programs, (SELECT 'PHQ-9' AS name UNION ALL SELECT 'GAD-7') AS instruments""",
    """CREATE TABLE safety_plans (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        fields_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        UNIQUE (participant_id, version)
    )""",
    """CREATE TRIGGER safety_plans_no_replace BEFORE INSERT ON safety_plans
        WHEN EXISTS (SELECT 1 FROM safety_plans WHERE id = NEW.id
                     OR (participant_id = NEW.participant_id AND version = NEW.version))
        BEGIN SELECT RAISE(ABORT, 'a saved safety plan cannot be changed'); END""",
    """CREATE TRIGGER safety_plans_no_update BEFORE UPDATE ON safety_plans
        BEGIN SELECT RAISE(ABORT, 'a saved safety plan cannot be changed'); END""",
    """CREATE TRIGGER safety_plans_no_delete BEFORE DELETE ON safety_plans
        WHEN (SELECT 1 FROM participants WHERE id = OLD.participant_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a saved safety plan cannot be deleted'); END""",
    """CREATE TABLE safety_flags (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        raised_at TEXT NOT NULL,
        raised_by TEXT NOT NULL,
        -- the day of the risk itself (the score's date, the session's): a screen from then on
        -- answers the flag, however late either was entered
        risk_on TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('phq9_item9', 'cssrs', 'note_risk')),
        reason TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('needs_screen', 'needs_plan', 'followed_up', 'withdrawn')),
        -- a score, screen or plan a flag rests on cannot be deleted (they are struck instead)
        measure_id INTEGER REFERENCES measures(id),
        -- no foreign key: a discarded draft's id stays, as the flag's history tells of it;
        -- with the moment that note was created it names one note (ids are given again)
        note_id INTEGER,
        note_created_at TEXT,
        plan_needed INTEGER NOT NULL DEFAULT 0 CHECK (plan_needed IN (0, 1)),
        screen_id INTEGER REFERENCES measures(id),
        plan_id INTEGER REFERENCES safety_plans(id),
        closed_at TEXT,
        closed_by TEXT NOT NULL DEFAULT '',
        CHECK ((state IN ('followed_up', 'withdrawn')) = (closed_at IS NOT NULL))
    )""",
    """CREATE INDEX safety_flags_open ON safety_flags(participant_id)
        WHERE state IN ('needs_screen', 'needs_plan')""",
    """CREATE TRIGGER safety_flags_raised_open BEFORE INSERT ON safety_flags
        WHEN NEW.state <> 'needs_screen' OR NEW.closed_at IS NOT NULL
            OR EXISTS (SELECT 1 FROM safety_flags WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'a safety flag is raised open'); END""",
    """CREATE TRIGGER safety_flags_fixed
        BEFORE UPDATE OF participant_id, raised_at, raised_by, source, measure_id, note_id
        ON safety_flags
        WHEN NEW.participant_id IS NOT OLD.participant_id
            OR NEW.raised_at IS NOT OLD.raised_at OR NEW.raised_by IS NOT OLD.raised_by
            OR NEW.source IS NOT OLD.source OR NEW.measure_id IS NOT OLD.measure_id
            OR NEW.note_id IS NOT OLD.note_id
        BEGIN SELECT RAISE(ABORT, 'what raised a safety flag, when and by whom cannot change');
        END""",
    # Followed up only with its answers on the record: a C-SSRS of the participant and, when
    # the note asked for one or the screen is moderate or high, a safety plan.
    """CREATE TRIGGER safety_flags_followed_up_answered BEFORE UPDATE OF state ON safety_flags
        WHEN NEW.state = 'followed_up' AND (
            (SELECT instrument FROM measures
             WHERE id = NEW.screen_id AND participant_id = NEW.participant_id
               AND struck_at IS NULL AND taken_on >= NEW.risk_on) IS NOT 'C-SSRS'
            OR (NEW.plan_id IS NULL AND (NEW.plan_needed = 1
                OR (SELECT score FROM measures WHERE id = NEW.screen_id) >= 1))
            OR (NEW.plan_id IS NOT NULL AND (SELECT participant_id FROM safety_plans
                WHERE id = NEW.plan_id) IS NOT NEW.participant_id)
            OR NOT EXISTS (SELECT 1 FROM safety_flag_events
                WHERE flag_id = NEW.id AND event = 'followed_up'))
        BEGIN SELECT RAISE(ABORT, 'a safety flag is followed up only by its screen and plan');
        END""",
    # Withdrawn only while nothing was recorded for it, its withdrawal in its history first.
    """CREATE TRIGGER safety_flags_withdrawn_unanswered BEFORE UPDATE OF state ON safety_flags
        WHEN NEW.state = 'withdrawn' AND (
            NEW.plan_id IS NOT NULL
            OR (NEW.screen_id IS NOT NULL
                AND NOT (NEW.source = 'cssrs' AND NEW.screen_id IS NEW.measure_id))
            OR NOT EXISTS (SELECT 1 FROM safety_flag_events
                WHERE flag_id = NEW.id AND event = 'withdrawn'))
        BEGIN SELECT RAISE(ABORT, 'a safety flag acted on cannot be withdrawn'); END""",
    f"""CREATE TRIGGER safety_flags_closed_final BEFORE UPDATE ON safety_flags
        WHEN {_FLAG_CLOSED}
        BEGIN SELECT RAISE(ABORT, 'a closed safety flag cannot be changed'); END""",
    """CREATE TRIGGER safety_flags_no_delete BEFORE DELETE ON safety_flags
        WHEN (SELECT 1 FROM participants WHERE id = OLD.participant_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a safety flag cannot be deleted'); END""",
    """CREATE TABLE safety_flag_events (
        id INTEGER PRIMARY KEY,
        flag_id INTEGER NOT NULL REFERENCES safety_flags(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('raised', 'screened', 'screen_struck', 'planned',
            'source_changed', 'followed_up', 'withdrawn')),
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX safety_flag_events_flag ON safety_flag_events(flag_id)",
    # Each participant's baseline and latest counted score of each instrument, kept by the
    # database itself on every insert, correction and strike: the caseload reads 20,000 rows
    # of it instead of every score ever taken. Derived; the scores stay the record.
    """CREATE TABLE measure_courses (
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        instrument TEXT NOT NULL,
        baseline INTEGER NOT NULL,
        latest INTEGER NOT NULL,
        counted INTEGER NOT NULL,
        PRIMARY KEY (participant_id, instrument)
    ) WITHOUT ROWID""",
    f"""CREATE TRIGGER measure_courses_on_insert AFTER INSERT ON measures
        BEGIN {_course_sql("NEW.participant_id", "NEW.instrument")} END""",
    f"""CREATE TRIGGER measure_courses_on_change AFTER UPDATE OF score, struck_at ON measures
        BEGIN {_course_sql("NEW.participant_id", "NEW.instrument")} END""",
    """INSERT INTO measure_courses (participant_id, instrument, baseline, latest, counted)
        SELECT m.participant_id, m.instrument,
            (SELECT score FROM measures f WHERE f.participant_id = m.participant_id
                AND f.instrument = m.instrument AND f.struck_at IS NULL
                ORDER BY f.taken_on, f.id LIMIT 1),
            (SELECT score FROM measures f WHERE f.participant_id = m.participant_id
                AND f.instrument = m.instrument AND f.struck_at IS NULL
                ORDER BY f.taken_on DESC, f.id DESC LIMIT 1),
            count(*)
        FROM measures m WHERE m.struck_at IS NULL
        GROUP BY m.participant_id, m.instrument""",
    # A risk screen marked present before flags existed is flagged now: in every draft, and in
    # signed notes of the last 14 days (older ones were acted on outside the app, if at all).
    """INSERT INTO safety_flags (participant_id, raised_at, raised_by, risk_on, source, reason,
            state, note_id, note_created_at, plan_needed)
        SELECT participant_id, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'),
            'the update to schema 11', session_date, 'note_risk',
            'Risk screen “' || CASE risk WHEN 'present_with_plan'
                THEN 'present, with plan' ELSE 'present, no plan' END
            || '” in the note of ' || session_date,
            'needs_screen', id, created_at, risk = 'present_with_plan'
        FROM notes
        WHERE risk IN ('present_no_plan', 'present_with_plan')
            AND (status = 'draft' OR session_date >= date('now', 'localtime', '-14 days'))""",
    """INSERT INTO safety_flag_events (flag_id, at, actor, event, detail)
        SELECT id, raised_at, raised_by, 'raised',
            reason || ' (found when the database was updated to schema 11)'
        FROM safety_flags""",
    """CREATE TRIGGER safety_flag_events_appended BEFORE INSERT ON safety_flag_events
        WHEN EXISTS (SELECT 1 FROM safety_flag_events WHERE id = NEW.id)
            OR (SELECT state FROM safety_flags WHERE id = NEW.flag_id)
                IN ('followed_up', 'withdrawn')
        BEGIN SELECT RAISE(ABORT, 'the history of a safety flag cannot be changed'); END""",
    """CREATE TRIGGER safety_flag_events_no_update BEFORE UPDATE ON safety_flag_events
        BEGIN SELECT RAISE(ABORT, 'the history of a safety flag cannot be changed'); END""",
    """CREATE TRIGGER safety_flag_events_no_delete BEFORE DELETE ON safety_flag_events
        WHEN (SELECT 1 FROM safety_flags f JOIN participants p ON p.id = f.participant_id
              WHERE f.id = OLD.flag_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'the history of a safety flag cannot be changed'); END""",
]

# The payer (services/payer.py): each participant's authorizations (units of a level of care
# for a period; the units used follow attendance, domain/authorization.py), and dated ASAM
# dimensional ratings, kept as given: a later view is a new rating.
_V12: list[Step] = [
    """CREATE TABLE authorizations (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        payer TEXT NOT NULL CHECK (payer <> ''),
        number TEXT NOT NULL DEFAULT '',
        level_of_care TEXT NOT NULL CHECK (level_of_care IN ('OP', 'IOP', 'PHP', 'RES', 'INPT')),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('days', 'sessions', 'hours')),
        units_authorized REAL NOT NULL CHECK (units_authorized > 0),
        next_review TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
    )""",
    "CREATE INDEX authorizations_participant ON authorizations(participant_id, start_date)",
    """CREATE TABLE asam_ratings (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        rated_on TEXT NOT NULL,
        ratings_json TEXT NOT NULL,
        notes_json TEXT NOT NULL DEFAULT '[]',
        recommended_level TEXT NOT NULL
            CHECK (recommended_level IN ('OP', 'IOP', 'PHP', 'RES', 'INPT')),
        rated_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX asam_ratings_participant ON asam_ratings(participant_id, rated_on)",
    """CREATE TRIGGER asam_ratings_no_replace BEFORE INSERT ON asam_ratings
        WHEN EXISTS (SELECT 1 FROM asam_ratings WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'an ASAM rating is kept as given'); END""",
    """CREATE TRIGGER asam_ratings_no_update BEFORE UPDATE ON asam_ratings
        BEGIN SELECT RAISE(ABORT, 'an ASAM rating is kept as given'); END""",
    """CREATE TRIGGER asam_ratings_no_delete BEFORE DELETE ON asam_ratings
        WHEN (SELECT 1 FROM participants WHERE id = OLD.participant_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'an ASAM rating is kept as given'); END""",
    # Treatment-plan reviews (services/plan_reviews.py): each program's review interval and
    # the days after admission by which the first plan is due; the interventions of a goal;
    # a review is written as a draft and signed like a note: signed, it cannot change.
    """ALTER TABLE programs ADD COLUMN review_interval_days INTEGER NOT NULL DEFAULT 30
        CHECK (review_interval_days BETWEEN 1 AND 365)""",
    """ALTER TABLE programs ADD COLUMN first_plan_days INTEGER NOT NULL DEFAULT 7
        CHECK (first_plan_days BETWEEN 1 AND 90)""",
    "ALTER TABLE goals ADD COLUMN interventions TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE plan_reviews (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        reviewed_on TEXT NOT NULL,
        progress_json TEXT NOT NULL DEFAULT '{}',
        changes TEXT NOT NULL DEFAULT '',
        next_review TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        signed_at TEXT,
        signed_by TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status = 'draft' OR (signed_at IS NOT NULL AND length(content_hash) = 64))
    )""",
    "CREATE INDEX plan_reviews_participant ON plan_reviews(participant_id, reviewed_on)",
    """CREATE TRIGGER plan_reviews_no_replace BEFORE INSERT ON plan_reviews
        WHEN EXISTS (SELECT 1 FROM plan_reviews WHERE id = NEW.id AND status = 'signed')
        BEGIN SELECT RAISE(ABORT, 'a signed plan review cannot be changed'); END""",
    """CREATE TRIGGER plan_reviews_signed_no_update BEFORE UPDATE ON plan_reviews
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'a signed plan review cannot be changed'); END""",
    """CREATE TRIGGER plan_reviews_signed_no_delete BEFORE DELETE ON plan_reviews
        WHEN OLD.status = 'signed'
            AND (SELECT 1 FROM participants WHERE id = OLD.participant_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed plan review cannot be changed'); END""",
    # The curriculum of rolling groups (services/curriculum.py): each program's ordered
    # modules, core or elective; the module a group session covers; the program's completion
    # rule (all core modules, and at least N sessions attended).
    """CREATE TABLE curriculum_modules (
        id INTEGER PRIMARY KEY,
        program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        core INTEGER NOT NULL DEFAULT 1 CHECK (core IN (0, 1)),
        materials TEXT NOT NULL DEFAULT '',
        UNIQUE (program_id, title)
    )""",
    "ALTER TABLE sessions ADD COLUMN module_id INTEGER REFERENCES curriculum_modules(id)",
    "CREATE INDEX sessions_module ON sessions(module_id) WHERE module_id IS NOT NULL",
    """ALTER TABLE programs ADD COLUMN completion_core INTEGER NOT NULL DEFAULT 0
        CHECK (completion_core IN (0, 1))""",
    # The weekly minimum follows the participant's own age group (under 18: adolescent) unless
    # the counselor confirms the program's. Everyone admitted before keeps the program's, as
    # their weeks were counted and signed.
    """ALTER TABLE participants ADD COLUMN age_group_confirmed INTEGER NOT NULL DEFAULT 0
        CHECK (age_group_confirmed IN (0, 1))""",
    "UPDATE participants SET age_group_confirmed = 1",
    """ALTER TABLE programs ADD COLUMN completion_sessions INTEGER
        CHECK (completion_sessions IS NULL OR completion_sessions BETWEEN 1 AND 500)""",
]

# Documents a reviewer accepts without a phone call (docs/DOCUMENTS.md): the counselor's
# license number and NPI under the signature; who signed a consent ('' the participant
# themself); the document ID every page of a disclosed document prints, matching its row of
# the disclosure log; the participant's strengths, needs, abilities and preferences and who
# was given the discharge information, and when; the diagnoses as they stood at admission
# (domain/rules.py `admission_diagnoses_open`: those of program week 1); a session's room.
_V13: list[Step] = [
    "ALTER TABLE counselor_profile ADD COLUMN license_number TEXT NOT NULL DEFAULT ''",
    """ALTER TABLE counselor_profile ADD COLUMN npi TEXT NOT NULL DEFAULT ''
        CHECK (npi = '' OR (length(npi) = 10 AND npi NOT GLOB '*[^0-9]*'))""",
    "ALTER TABLE consents ADD COLUMN signed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE disclosures ADD COLUMN document_id TEXT NOT NULL DEFAULT ''",
    "CREATE UNIQUE INDEX disclosures_document ON disclosures(document_id) WHERE document_id <> ''",
    "ALTER TABLE discharges ADD COLUMN strengths TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE discharges ADD COLUMN copy_given_on TEXT",
    "ALTER TABLE discharges ADD COLUMN copy_given_to TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE admission_diagnoses (
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (participant_id, position)
    )""",
    # before this version only the current diagnoses were kept: the best record of those at
    # admission is them
    """INSERT INTO admission_diagnoses (participant_id, position, code, description)
        SELECT participant_id, position, code, description FROM diagnoses""",
    "ALTER TABLE sessions ADD COLUMN location TEXT NOT NULL DEFAULT ''",
]

# Full-text search with prefix terms as fast as whole words (services/search.py): an index
# of each word's first 2, 3 and 4 letters besides the words. A contentless FTS5 table takes no
# new options, so it is made again and filled from the notes; the triggers of schema 3 go on
# writing to it by its name.
_V14: list[Step] = [
    "DROP TABLE notes_fts",
    """CREATE VIRTUAL TABLE notes_fts USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
    )""",
    "INSERT INTO notes_fts (rowid, body) SELECT id, "
    + _NOTE_BODY.format(row="notes")
    + " FROM notes",
]


# The caseload line of a discharged participant, kept beside the figures (services/
# caseload_list.py): the sort key and search text of the names, the status and discharge date
# it is kept for, and the row as shown (JSON), so the "All" caseload of ten years is one read
# of plain rows. Rows kept before have none yet; the first listing completes them. Whatever
# the line shows besides the figures forgets it when it changes: the participant and its program
# (schema 4) and the PHQ-9 course.
_V15: list[Step] = [
    "ALTER TABLE review_cache ADD COLUMN sort_key TEXT",
    "ALTER TABLE review_cache ADD COLUMN search_text TEXT",
    "ALTER TABLE review_cache ADD COLUMN status TEXT",
    "ALTER TABLE review_cache ADD COLUMN discharge_date TEXT",
    "ALTER TABLE review_cache ADD COLUMN shown TEXT",
    _forget("measure_courses", "INSERT", "NEW.participant_id"),
    _forget("measure_courses", "UPDATE", "OLD.participant_id, NEW.participant_id"),
    _forget("measure_courses", "DELETE", "OLD.participant_id"),
    # Who is in the program on a day (Today, Sessions, roll call, the sign-in sheet): the
    # active and the recently discharged, found without reading ten years of discharges.
    "CREATE INDEX participants_discharge ON participants(discharge_date)",
]

#: MIGRATIONS[N-1] brings a database from schema N-1 to N.
MIGRATIONS: list[Sequence[Step]] = [
    _V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14, _V15,
]  # fmt: skip


@functools.cache
def expected_triggers() -> dict[str, str]:
    """Name → SQL of every trigger the current schema creates (built once, in memory)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, ":memory:", 0, MIGRATIONS)
        return integrity_repo.triggers(conn)
    finally:
        conn.close()


def schema_version() -> int:
    """The schema version this app writes."""
    return len(MIGRATIONS)
