"""CSV import of participants and attendance: all or nothing, every bad line named.

(Measure scores are imported by services/import_measures.py, with the helpers here.)

Files are UTF-8 (with or without BOM), headers case-insensitive, dates YYYY-MM-DD, times
HH:MM, numbers ASCII digits. Parsing is strict: a quote out of place, a quoted value running
over more than one line (a stray quote that would swallow the next row) and a control
character or line break in a value are refused. If any row is bad nothing is written and the
error lists each bad line.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.curriculum import ROTATION_SERVICES
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    Attendance,
    AttendanceCount,
    AttendanceStatus,
    Diagnosis,
    LevelOfCare,
    Participant,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.participants import check_participant
from counselor_desk.services.sessions import check_mark, check_not_on_leave, default_minutes
from counselor_desk.services.validate import Problems, clean
from counselor_desk.store import curriculum_repo, participant_repo, session_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

PARTICIPANT_REQUIRED = (
    "chart_number",
    "first_name",
    "last_name",
    "date_of_birth",
    "admission_date",
)
PARTICIPANT_OPTIONAL = (
    "preferred_name",
    "program",
    "level_of_care",
    "planned_weeks",
    "phone",
    "referral_source",
    "diagnosis_code",
    "diagnosis",
)
ATTENDANCE_REQUIRED = (
    "chart_number",
    "date",
    "start_time",
    "duration_minutes",
    "service_type",
    "status",
)
ATTENDANCE_OPTIONAL = ("minutes_attended", "topic", "telehealth", "module")
MAX_ERRORS_SHOWN = 200

LEVEL_WORDS = {
    "op": LevelOfCare.OP,
    "1": LevelOfCare.OP,
    "outpatient": LevelOfCare.OP,
    "iop": LevelOfCare.IOP,
    "2.1": LevelOfCare.IOP,
    "intensive outpatient": LevelOfCare.IOP,
    "php": LevelOfCare.PHP,
    "2.5": LevelOfCare.PHP,
    "partial hospitalization": LevelOfCare.PHP,
}
#: The only forms accepted (ASCII digits only: `str.isdigit`, `int()` and
#: `date.fromisoformat` also take other scripts' digits, `1_0`, `+8` and `20260202`).
DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TIME_FORM = re.compile(r"[0-9]{1,2}:[0-9]{2}")
NUMBER_FORM = re.compile(r"[0-9]+")
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}


#: The first line of the refusal of a file with bad rows, by what the file holds.
_BAD_ROWS = {
    "participants": "{count} bad row(s) in the participants file; nothing was imported.",
    "attendance": "{count} bad row(s) in the attendance file; nothing was imported.",
    "measures": "{count} bad row(s) in the measures file; nothing was imported.",
}


class RowErrors:
    """Bad lines of one file: (line number, message)."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        self.lines.append((line, message))

    def raise_if_any(self, what: str) -> None:
        if not self.lines:
            return
        bad = sorted({line for line, _m in self.lines})
        shown = [
            messages.text("line {line}: {message}", line=line, message=message)
            for line, message in sorted(self.lines)[:MAX_ERRORS_SHOWN]
        ]
        more = len(self.lines) - len(shown)
        if more > 0:
            shown.append(messages.text("… and {more} more problem(s).", more=more))
        template = _BAD_ROWS.get(
            what, "{count} bad row(s) in the {what} file; nothing was imported."
        )
        summary = "\n".join([messages.text(template, count=len(bad), what=what), *shown])
        raise ValidationError(summary, "file", [("file", text) for text in shown])


#: Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) and its line and
#: paragraph separators (Zl U+2028, Zp U+2029), as one character class.
_UNREADABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


#: The same, less the line ends: a file without any of these has no unreadable value (a value
#: holding a CR or LF spans lines, which is refused as such).
_UNREADABLE_IN_LINE = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def _unreadable(value: str) -> bool:
    """A control character (NUL, tab, CR, LF, bell…) or a Unicode line or paragraph break."""
    return _UNREADABLE.search(value) is not None


def _rows(
    raw: bytes,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    errors: RowErrors,
    check_header: Callable[[list[str]], None] | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: text}) of each data row; checks encoding and headers first.

    `check_header` is given the header's column names (lower case) to refuse a file whose
    columns cannot make sense (it raises ValidationError). A row spanning lines or holding a
    control character is added to `errors`, not yielded.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            messages.text(
                "The file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8 CSV.",
                byte=error.start + 1,
            ),
            "file",
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError(
            messages.text("The file is empty; it needs a header row and at least one data row."),
            "file",
        ) from None
    except csv.Error as error:
        raise ValidationError(
            messages.text("Line 1 is not valid CSV ({error}).", error=error), "file"
        ) from None
    names = [clean(name).lower().replace(" ", "_") for name in header]
    missing = [name for name in required if name not in names]
    if missing:
        raise ValidationError(
            messages.text(
                "The file is missing the required column(s): {columns}.", columns=", ".join(missing)
            ),
            "file",
        )
    duplicated = sorted({name for name in names if name and names.count(name) > 1})
    if duplicated:
        raise ValidationError(
            messages.text("The column(s) {columns} appear twice.", columns=", ".join(duplicated)),
            "file",
        )
    if check_header is not None:
        check_header(names)
    known = set(required) | set(optional)
    present = [(index, name) for index, name in enumerate(names) if name in known]
    absent = {name: "" for name in known if name not in names}
    width = len(names)
    # one search of the whole text spares a search of every value of every row
    suspect = _UNREADABLE_IN_LINE.search(text) is not None
    count = 0
    line = 1
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ValidationError(
                messages.text(
                    "Line {start} is not valid CSV ({error}); nothing was imported.",
                    start=start,
                    error=error,
                ),
                "file",
            ) from None
        line = start
        if not clean("".join(values)):  # blank: no value holds more than blanks and NULs
            continue
        count += 1
        if reader.line_num > start:
            errors.add(
                line,
                messages.text(
                    "a quoted value runs over more than one line (lines {start}–{line_num}); "
                    "check for a stray quote.",
                    start=start,
                    line_num=reader.line_num,
                ),
            )
            continue
        unreadable = (
            [
                name
                for name, value in zip(names, values, strict=False)
                if name in known and _unreadable(value)
            ]
            if suspect
            else []
        )
        if unreadable:
            for name in unreadable:
                errors.add(
                    line,
                    messages.text("{name} contains a control character or line break.", name=name),
                )
            continue
        row = absent.copy()
        if len(values) >= width:
            for index, name in present:
                row[name] = values[index]
        else:
            for index, name in present:
                row[name] = values[index] if index < len(values) else ""
        if len(values) > width:
            row["__extra__"] = "yes"
        yield line, row
    if count == 0:
        raise ValidationError(messages.text("The file has a header but no data rows."), "file")


def _date(row: dict[str, str], name: str, line: int, errors: RowErrors) -> dt.date | None:
    value = clean(row.get(name, ""))
    if not value:
        errors.add(line, messages.text("{name} is required.", name=name))
        return None
    try:
        if DATE_FORM.fullmatch(value) is None:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.add(
            line,
            messages.text(
                "{name} '{value}' is not a date like 2026-03-02.", name=name, value=value
            ),
        )
        return None


def _int(
    row: dict[str, str], name: str, line: int, errors: RowErrors, *, required: bool
) -> int | None:
    value = clean(row.get(name, ""))
    if not value:
        if required:
            errors.add(line, messages.text("{name} is required.", name=name))
        return None
    if NUMBER_FORM.fullmatch(value) is None:
        errors.add(
            line, messages.text("{name} '{value}' is not a whole number.", name=name, value=value)
        )
        return None
    if len(value) > 9:
        errors.add(line, messages.text("{name} '{value}' is too large.", name=name, value=value))
        return None
    return int(value)


# -- participants --------------------------------------------------------------------------


def import_participants(db: Database, raw: bytes, clock: Clock) -> int:
    """Import participants; unknown program names create a program (without a schedule). On
    a database with no program yet, a blank program column makes one from the row's level of
    care and age group ("Adult IOP", "Adolescent PHP")."""
    errors = RowErrors()
    rows = list(_rows(raw, PARTICIPANT_REQUIRED, PARTICIPANT_OPTIONAL, errors))
    today = clock.today()
    with db.transaction() as conn:
        programs = {
            program.name.casefold(): program for program in participant_repo.list_programs(conn)
        }
        named_by_rows = not programs  # no program yet: a blank column names one
        seen: dict[str, int] = {}
        prepared: list[Participant] = []
        for line, row in rows:
            if row.get("__extra__"):
                errors.add(
                    line, messages.text("the row has more values than the header has columns.")
                )
            dob = _date(row, "date_of_birth", line, errors)
            admission = _date(row, "admission_date", line, errors)
            level_text = clean(row["level_of_care"]).lower()
            level = LEVEL_WORDS.get(level_text) if level_text else None
            if level_text and level is None:
                errors.add(
                    line,
                    messages.text(
                        "level_of_care '{value}' is not OP, IOP or PHP.", value=row["level_of_care"]
                    ),
                )
            program = _program_for(
                conn,
                programs,
                clean(row["program"]),
                level,
                dob,
                admission,
                line,
                errors,
                named_by_rows=named_by_rows,
            )
            weeks = _int(row, "planned_weeks", line, errors, required=False)
            chart = clean(row["chart_number"])
            if chart and chart in seen:
                errors.add(
                    line,
                    messages.text(
                        "chart_number {chart} is also on line {other_line}.",
                        chart=chart,
                        other_line=seen[chart],
                    ),
                )
            seen.setdefault(chart, line)
            diagnoses = _diagnoses(row, line, errors)
            if dob is None or admission is None or program is None:
                continue
            candidate = Participant(
                id=0,
                chart_number=chart,
                first_name=row["first_name"],
                last_name=row["last_name"],
                preferred_name=row["preferred_name"],
                date_of_birth=dob,
                program_id=program.id,
                level_of_care=level or program.level_of_care,
                admission_date=admission,
                planned_weeks=weeks if weeks is not None else program.planned_weeks,
                phone=row["phone"],
                referral_source=row["referral_source"],
                diagnoses=diagnoses,
            )
            problems = Problems()
            checked = check_participant(db, candidate, today, problems)
            for _field, message in problems.items:
                errors.add(line, message)
            prepared.append(checked)
        errors.raise_if_any("participants")
        now = clock.now()
        for participant in prepared:
            participant_repo.insert_participant(conn, participant, now)
        audit.record(conn, AuditAction.IMPORT, now, detail=f"{len(prepared)} participant(s)")
    return len(prepared)


def _program_for(
    conn: Connection,
    programs: dict[str, Program],
    name: str,
    level: LevelOfCare | None,
    dob: dt.date | None,
    admission: dt.date | None,
    line: int,
    errors: RowErrors,
    *,
    named_by_rows: bool = False,
) -> Program | None:
    """The named program (created if new), or the only one when the column is blank; with
    `named_by_rows` (the database had no program) a blank column names the program after the
    row's age group and level of care."""
    adolescent = dob is not None and admission is not None and (admission - dob).days < 18 * 365.25
    level = level if level in PROGRAM_LEVELS else LevelOfCare.IOP
    if not name and named_by_rows:
        name = f"{'Adolescent' if adolescent else 'Adult'} {level.value}"
    if not name:
        if len(programs) == 1:
            return next(iter(programs.values()))
        errors.add(
            line,
            messages.text(
                "program is required when the database has no program yet."
                if not programs
                else "program is required when the database has more than one program."
            ),
        )
        return None
    found = programs.get(name.casefold())
    if found is not None:
        return found
    if len(name) > 200:
        errors.add(line, messages.text("program name is too long."))
        return None
    age = AgeGroup.ADOLESCENT if adolescent else AgeGroup.ADULT
    program = Program(
        id=0,
        name=name,
        level_of_care=level,
        age_group=age,
        planned_weeks=12,
        weekly_minimum_hours=None,
        substance_use=False,
    )
    program = replace(program, id=participant_repo.insert_program(conn, program))
    programs[name.casefold()] = program
    return program


def _diagnoses(row: dict[str, str], line: int, errors: RowErrors) -> tuple[Diagnosis, ...]:
    codes = [clean(code) for code in row["diagnosis_code"].split(";") if clean(code)]
    words = [clean(text) for text in row["diagnosis"].split(";")] if clean(row["diagnosis"]) else []
    if words and not codes:
        errors.add(line, messages.text("diagnosis is given without a diagnosis_code."))
    if len(words) > len(codes):
        errors.add(
            line, messages.text("there are more diagnosis descriptions than diagnosis codes.")
        )
    return tuple(
        Diagnosis(code, words[index] if index < len(words) else "")
        for index, code in enumerate(codes)
    )


# -- attendance ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    sessions: int
    marks: int
    new_sessions: int


SessionKey = tuple[dt.date, dt.time, ServiceType, str]
#: One row of a session: (line, participant, row, duration_minutes).
Member = tuple[int, Participant, dict[str, str], int]
#: A session the rows make, with its marks and the line of each.
Checked = tuple[Session, list[tuple[int, Attendance]]]
K = TypeVar("K")
T = TypeVar("T")


def _read_once(read: Callable[[K, int, RowErrors], T]) -> Callable[[K, int, RowErrors], T]:
    """`read`, run once for each distinct text (50,000 rows repeat a few thousand dates and a
    handful of times, lengths and statuses): what the text reads as, and the problems it has
    named again on every line that holds it."""
    seen: dict[K, tuple[T, tuple[str, ...]]] = {}

    def reading(text: K, line: int, errors: RowErrors) -> T:
        found = seen.get(text)
        if found is None:
            problems = RowErrors()
            value = read(text, line, problems)
            found = seen[text] = (value, tuple(message for _l, message in problems.lines))
        if found[1]:
            for message in found[1]:
                errors.add(line, message)
        return found[0]

    return reading


def _participant_of(
    known: dict[str, Participant], text: str, line: int, errors: RowErrors
) -> Participant | None:
    chart = clean(text)
    participant = known.get(chart)
    if not chart:
        errors.add(line, messages.text("chart_number is required."))
    elif participant is None:
        errors.add(line, messages.text("no participant has chart_number {chart}.", chart=chart))
    return participant


def _day(today: dt.date, text: str, line: int, errors: RowErrors) -> dt.date | None:
    day = _date({"date": text}, "date", line, errors)
    if day is not None and day > today:
        errors.add(line, messages.text("date {day} is in the future.", day=day.isoformat()))
    return day


def _start_time(text: str, line: int, errors: RowErrors) -> dt.time | None:
    start_text = clean(text)
    try:
        if TIME_FORM.fullmatch(start_text) is None:
            raise ValueError(start_text)
        return dt.time.fromisoformat(start_text.zfill(5))
    except ValueError:
        errors.add(
            line,
            messages.text(
                "start_time '{start_text}' is not a time like 09:00.", start_text=start_text
            ),
        )
        return None


def _duration(text: str, line: int, errors: RowErrors) -> int | None:
    duration = _int({"duration_minutes": text}, "duration_minutes", line, errors, required=True)
    if duration is not None and not 1 <= duration <= 720:
        errors.add(line, messages.text("duration_minutes must be between 1 and 720."))
        return None
    return duration


def _service(text: str, line: int, errors: RowErrors) -> ServiceType | None:
    try:
        return ServiceType(clean(text).lower())
    except ValueError:
        errors.add(
            line,
            messages.text(
                "service_type '{value}' is not group, individual, education or family.",
                value=clean(text),
            ),
        )
        return None


def _status(text: str, line: int, errors: RowErrors) -> AttendanceStatus | None:
    try:
        return AttendanceStatus(clean(text).lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        errors.add(
            line,
            messages.text(
                "status '{value}' is not one of {statuses}.",
                value=clean(text),
                statuses=", ".join(known.value for known in AttendanceStatus),
            ),
        )
        return None


def _minutes(text: str, line: int, errors: RowErrors) -> int | None:
    return _int({"minutes_attended": text}, "minutes_attended", line, errors, required=False)


def _telehealth(text: str, line: int, errors: RowErrors) -> bool:
    telehealth_text = clean(text).lower()
    if telehealth_text not in YES | NO:
        errors.add(line, messages.text("telehealth '{value}' is not yes or no.", value=clean(text)))
    return telehealth_text in YES


#: A row's date, start_time, duration_minutes, service_type and topic, as written.
SlotTexts = tuple[str, str, str, str, str]


def _slot(
    today: dt.date, texts: SlotTexts, line: int, errors: RowErrors
) -> tuple[SessionKey, int] | None:
    """The session a row belongs to and its length; None when a field is bad."""
    date_text, start_text, duration_text, service_text, topic = texts
    day = _day(today, date_text, line, errors)
    start = _start_time(start_text, line, errors)
    duration = _duration(duration_text, line, errors)
    service = _service(service_text, line, errors)
    if start is None or day is None or duration is None or service is None:
        return None
    return (day, start, service, clean(topic)), duration


#: A row's status, minutes_attended and telehealth as written, and its session's length.
MarkTexts = tuple[str, str, str, int]


def _mark_fields(
    texts: MarkTexts, line: int, errors: RowErrors
) -> tuple[AttendanceStatus, int, bool] | None:
    """A row's status, minutes attended and telehealth; None when the row cannot be a mark."""
    status_text, minutes_text, telehealth_text, duration = texts
    status = _status(status_text, line, errors)
    if status is None:
        return None
    minutes = _minutes(minutes_text, line, errors)
    if minutes is None:
        if status.asks_minutes:
            errors.add(
                line,
                messages.text(
                    "minutes_attended is required when status is {status}.", status=status.value
                ),
            )
            return None
        minutes = default_minutes(status, duration)
    return status, minutes, _telehealth(telehealth_text, line, errors)


def _session_modules(
    db: Database, groups: dict[SessionKey, list[Member]], errors: RowErrors
) -> dict[SessionKey, int]:
    """The module each session's rows name (optional `module`: a title of the curriculum of
    the session's program); a title not in it, on a session that covers no module, or two
    titles for one session name their lines."""
    titles: dict[int, dict[str, int]] = {}
    for module in curriculum_repo.modules(db.conn):
        titles.setdefault(module.program_id, {})[module.title.casefold()] = module.id
    names = {program.id: program.name for program in participant_repo.list_programs(db.conn)}
    found: dict[SessionKey, int] = {}
    for key, members in groups.items():
        chosen: dict[int, int] = {}
        for line, participant, row, _duration in members:
            text = clean(row.get("module", ""))
            if not text:
                continue
            program = participant.program_id
            if key[2] not in ROTATION_SERVICES:
                errors.add(
                    line,
                    messages.text(
                        "module '{text}': only a group or psychoeducation session covers a module.",
                        text=text,
                    ),
                )
            elif (module_id := titles.get(program, {}).get(text.casefold())) is None:
                errors.add(
                    line,
                    messages.text(
                        "module '{text}' is not in the curriculum of {program}.",
                        text=text,
                        program=names.get(program, messages.text("the program")),
                    ),
                )
            else:
                chosen[line] = module_id
        if len(set(chosen.values())) > 1:
            for line in chosen:
                errors.add(line, messages.text("rows of one session name different modules."))
        elif chosen:
            found[key] = next(iter(chosen.values()))
    return found


def _session_key(session: Session) -> tuple[object, ...]:
    """What makes two imported rows marks of one session."""
    return (
        session.date,
        session.start_time,
        session.service_type,
        session.topic,
        session.program_id,
        session.participant_id,
    )


def _grouped(
    db: Database, rows: list[tuple[int, dict[str, str]]], today: dt.date, errors: RowErrors
) -> dict[SessionKey, list[Member]]:
    """The rows by session (same date, start_time, service_type and topic), each row's own
    fields checked; a row with a bad one is left out."""
    known = participant_repo.find_by_charts(
        db.conn, (clean(row["chart_number"]) for _l, row in rows)
    )
    participant_of = _read_once(partial(_participant_of, known))
    slot_of = _read_once(partial(_slot, today))
    groups: dict[SessionKey, list[Member]] = {}
    for line, row in rows:
        if row.get("__extra__"):
            errors.add(line, messages.text("the row has more values than the header has columns."))
        participant = participant_of(row["chart_number"], line, errors)
        texts = (
            row["date"],
            row["start_time"],
            row["duration_minutes"],
            row["service_type"],
            row["topic"],
        )
        slot = slot_of(texts, line, errors)
        if slot is None or participant is None:
            continue
        key, duration = slot
        groups.setdefault(key, []).append((line, participant, row, duration))
    return groups


def _checked(
    db: Database, groups: dict[SessionKey, list[Member]], errors: RowErrors
) -> list[Checked]:
    """Each session the rows make, and each row's mark checked as roll call checks it."""
    everyone = sorted({member[1].id for members in groups.values() for member in members})
    leaves_of = participant_repo.leaves(db.conn, everyone)
    fields_of = _read_once(_mark_fields)
    problems = Problems()
    checked: list[Checked] = []
    for (day, start, service, topic), members in groups.items():
        durations = {duration for _line, _p, _row, duration in members}
        if len(durations) > 1:
            for line, *_rest in members:
                errors.add(
                    line,
                    messages.text(
                        "rows of one session (same date, start_time, service_type and topic) have "
                        "different duration_minutes."
                    ),
                )
            continue
        duration = durations.pop()
        first = members[0][1]
        individual = service is ServiceType.INDIVIDUAL
        if individual and len({p.id for _l, p, _r, _d in members}) > 1:
            for line, *_rest in members:
                errors.add(
                    line,
                    messages.text("an individual session has rows for more than one participant."),
                )
            continue
        session = Session(
            id=0,
            date=day,
            start_time=start,
            duration_minutes=duration,
            service_type=service,
            topic=topic,
            program_id=first.program_id,
            participant_id=first.id if individual else None,
        )
        seen: dict[int, int] = {}
        marks: list[tuple[int, Attendance]] = []
        for line, participant, row, _duration in members:
            texts = (row["status"], row["minutes_attended"], row["telehealth"], duration)
            fields = fields_of(texts, line, errors)
            if fields is None:
                continue
            status, minutes, telehealth = fields
            if participant.id in seen:
                errors.add(
                    line,
                    messages.text(
                        "chart_number {chart_number} is already marked for this session on line "
                        "{other_line}.",
                        chart_number=participant.chart_number,
                        other_line=seen[participant.id],
                    ),
                )
                continue
            seen[participant.id] = line
            mark = Attendance(0, participant.id, status, minutes, telehealth=telehealth)
            check_mark(mark, session, participant, problems, "row")
            if (
                participant.id in leaves_of
                and status.attended
                and any(leave.covers(day) for leave in leaves_of[participant.id])
            ):  # the leaves were read at once: only a row inside one is looked at again
                check_not_on_leave(db, mark, session, participant, problems, "row")
            if problems.items:
                for _field, message in problems.items:
                    errors.add(line, message.removeprefix("row: "))
                problems = Problems()
            marks.append((line, mark))
        if marks:
            checked.append((session, marks))
    return checked


@contextlib.contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off for the block: an import keeps some 250,000 objects (rows,
    participants, marks) until it returns, which each collection would walk again and again
    (0.4 s of 50,000 rows); none of them is in a cycle, and they go when it returns."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def import_attendance(db: Database, raw: bytes, clock: Clock) -> ImportResult:
    """Import attendance; rows with the same date, start_time, service_type and topic are one session."""
    with _cycle_collection_paused():
        return _import_attendance(db, raw, clock)


def _import_attendance(db: Database, raw: bytes, clock: Clock) -> ImportResult:
    errors = RowErrors()
    rows = list(_rows(raw, ATTENDANCE_REQUIRED, ATTENDANCE_OPTIONAL, errors))
    groups = _grouped(db, rows, clock.today(), errors)
    modules_of = _session_modules(db, groups, errors)
    checked = _checked(db, groups, errors)
    errors.raise_if_any("attendance")

    marks = sum(len(session_marks) for _session, session_marks in checked)
    created = 0
    with db.transaction() as conn:
        stored: dict[tuple[object, ...], Session] = {}
        for found in session_repo.sessions_at(
            conn, ((session.date, session.start_time) for session, _marks in checked)
        ):
            stored.setdefault(_session_key(found), found)  # the oldest, as a lookup finds it
        recorded = session_repo.attendance_for_sessions(
            conn, [session.id for session in stored.values()]
        )
        for session, session_marks in checked:
            existing = stored.get(_session_key(session))
            if existing is None:
                continue
            if existing.duration_minutes != session.duration_minutes:
                errors.add(
                    session_marks[0][0],
                    messages.text(
                        "a stored session at that time lasts {duration_minutes} minutes.",
                        duration_minutes=existing.duration_minutes,
                    ),
                )
            already = recorded.get(existing.id, {})
            for line, mark in session_marks:
                if mark.participant_id in already:
                    errors.add(
                        line,
                        messages.text(
                            "attendance for this participant and session is already recorded."
                        ),
                    )
        errors.raise_if_any("attendance")

        modules: list[tuple[int, int]] = []
        writes: list[tuple[int, list[Attendance], dt.datetime]] = []
        for session, session_marks in checked:
            existing = stored.get(_session_key(session))
            if existing is None:
                everyone_cancelled = all(
                    mark.status.counts is AttendanceCount.CANCELLED for _l, mark in session_marks
                )
                existing = replace(
                    session,
                    cancelled=everyone_cancelled,
                    cancel_reason="Cancelled (imported)" if everyone_cancelled else "",
                )
                existing = replace(existing, id=session_repo.insert_session(conn, existing))
                created += 1
            module_id = modules_of.get(
                (session.date, session.start_time, session.service_type, session.topic)
            )
            if module_id is not None:
                modules.append((existing.id, module_id))
            writes.append((existing.id, [mark for _l, mark in session_marks], clock.now()))
        # the modules before the marks, as when each session was written in turn
        curriculum_repo.set_session_modules(conn, modules)
        session_repo.insert_marks(conn, writes)
        audit.record(conn, AuditAction.IMPORT, clock.now(), detail=f"{marks} attendance mark(s)")
    return ImportResult(sessions=len(checked), marks=marks, new_sessions=created)
