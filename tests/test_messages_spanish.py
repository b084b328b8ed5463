"""The messages services, the domain and the store raise, in Spanish: every template has its
Spanish with the same placeholders (read from the source, so a branch no test reaches is
checked too), no refusal (nor a `StoreError`: the disk full, the file locked, damaged or
read-only) is written as a bare English string any more, and real calls refuse in Spanish
after `messages.use("es")` and in English, as before, after "en"; the check report too."""

from __future__ import annotations

import ast
import concurrent.futures
import datetime as dt
import importlib
import multiprocessing
import os
import sqlite3
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from counselor_desk.domain import integrity, messages
from counselor_desk.domain.audit import AuditEntry
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import CounselorProfile, Program
from counselor_desk.services import imports, maintenance, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.validate import Problems
from counselor_desk.store.db import Database, connect
from counselor_desk.store.errors import (
    DamagedDatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
    damaged_message,
    explain,
)
from tests.factories import new_participant

PACKAGE = Path(__file__).resolve().parents[1] / "counselor_desk"
SOURCES = sorted(
    [
        *(PACKAGE / "services").glob("*.py"),
        *(PACKAGE / "services" / "documents").glob("*.py"),
        *(PACKAGE / "domain").glob("*.py"),
        *(PACKAGE / "store").glob("*.py"),
    ]
)
#: The calls a refusal is given to: the argument that holds its words (and StoreError and
#: each of its kinds, found in the store's modules: `store_errors`).
REFUSALS = {"ValidationError": 0, "NotFoundError": 0, "add": 1}
#: The Problems helpers and the argument that names the field in the words they add.
LABELLED = {"required": 2, "optional": 2, "single_line": 2, "in_range": 4}
#: Refusals still given literal words, each with why. None is left: a new one must either go
#: through messages.text or be listed here with its reason.
JUSTIFIED: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    messages.use("en")


def _module(path: Path) -> ModuleType:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return importlib.import_module(".".join(parts))


def store_errors() -> set[str]:
    """The names of StoreError and every kind of it the store defines."""
    return {
        value.__name__
        for path in sorted((PACKAGE / "store").glob("*.py"))
        for value in vars(_module(path)).values()
        if isinstance(value, type) and issubclass(value, StoreError)
    }


def _strings(node: ast.expr, module: ModuleType, scope: dict[str, list[ast.expr]]) -> set[str]:
    """The templates a messages.text() argument can be: a literal, either branch of a
    conditional, a local name's assignments (one unpacked from a tuple too), or a module
    constant (a text, a tuple of texts, a dict of texts or of tuples holding one, subscripted
    or looked up with .get)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, module, scope) | _strings(node.orelse, module, scope)
    if isinstance(node, ast.Tuple | ast.List):
        return set().union(*(_strings(item, module, scope) for item in node.elts))
    if isinstance(node, ast.Subscript):
        return _strings(node.value, module, scope)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
    ):
        table = _strings(node.func.value, module, scope)
        return table | set().union(*(_strings(a, module, scope) for a in node.args[1:]))
    if isinstance(node, ast.Name):
        found: set[str] = set()
        for given in scope.get(node.id, []):
            found |= _strings(given, module, {})
        value = getattr(module, node.id, None) if not found else None
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, tuple | list):
            found.update(item for item in value if isinstance(item, str))
        elif isinstance(value, dict):
            for item in value.values():
                row = item if isinstance(item, tuple) else (item,)
                found.update(part for part in row if isinstance(part, str))
        if found:
            return found
    raise AssertionError(f"{module.__name__}: messages.text() of {ast.unparse(node)} is not read")


def _is_text_call(call: ast.Call, path: Path) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr == "text" and ast.unparse(func.value) == "messages"
    return path.name == "messages.py" and isinstance(func, ast.Name) and func.id == "text"


def templates() -> dict[str, str]:
    """Every template the source asks messages.text() for -> where it is asked."""
    asked: dict[str, str] = {}
    for path in SOURCES:
        module = _module(path)
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef):
                continue
            scope: dict[str, list[ast.expr]] = {}
            for part in ast.walk(function):
                if isinstance(part, ast.Assign):
                    for target in part.targets:
                        names = target.elts if isinstance(target, ast.Tuple) else [target]
                        for name in names:
                            if isinstance(name, ast.Name):
                                scope.setdefault(name.id, []).append(part.value)
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and call.args and _is_text_call(call, path):
                    for text in _strings(call.args[0], module, scope):
                        asked.setdefault(text, f"{module.__name__}:{call.lineno}")
    return asked


def fields_of(text: str) -> list[tuple[str, str, str]]:
    """The placeholders of a template, with their conversions and format specs."""
    return sorted(
        (name, conversion or "", spec or "")
        for _text, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_template_has_its_spanish_with_the_same_placeholders() -> None:
    asked = templates()
    assert len(asked) > 400
    assert {text: where for text, where in asked.items() if text not in messages.SPANISH} == {}
    for english, spanish in messages.SPANISH.items():
        assert fields_of(spanish) == fields_of(english), english
        assert spanish == spanish.strip() and spanish, english


def test_the_catalogue_holds_no_template_the_source_no_longer_asks_for() -> None:
    assert sorted(set(messages.SPANISH) - set(templates())) == []


def _literal_words(node: ast.expr) -> bool:
    """Words written in place: a string, an f-string, a sum or a choice of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    return False


def test_no_refusal_is_written_as_a_bare_english_string() -> None:
    refusals = {**REFUSALS, **dict.fromkeys(store_errors(), 0)}
    assert {"StoreError", "DamagedDatabaseError", "ReadOnlyDatabaseError", "KeyFileError"} <= set(
        refusals
    )
    found: dict[str, str] = {}
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(PACKAGE.parent)
        for call in ast.walk(ast.parse(source)):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.id if isinstance(func, ast.Name) else ""
            name = func.attr if isinstance(func, ast.Attribute) else name
            position = refusals.get(name, LABELLED.get(name))
            if position is None or len(call.args) <= position:
                continue
            if name in ("add", *LABELLED) and not (
                isinstance(func, ast.Attribute)
                and ast.unparse(func.value) in ("problems", "self", "errors")
            ):
                continue  # a set's or a service's add, not a form's problems
            words = call.args[position]
            if _literal_words(words):
                text = ast.get_source_segment(source, words) or ""
                found[f"{where}:{call.lineno}"] = text
    assert {at: text for at, text in found.items() if at not in JUSTIFIED} == {}


def test_a_template_is_said_in_english_by_default_and_unknown_ones_never_fail() -> None:
    assert messages.language() == "en"
    assert messages.text("Session {session_id} does not exist.", session_id=7) == (
        "Session 7 does not exist."
    )
    assert messages.text("Not in any catalogue: {n}.", n=3) == "Not in any catalogue: 3."
    messages.use("es")
    assert messages.text("Not in any catalogue: {n}.", n=3) == "Not in any catalogue: 3."
    assert messages.text("Session {session_id} does not exist.", session_id=7) == (
        "La sesión 7 no existe."
    )
    messages.use("fr")
    assert messages.language() == "en"


def test_a_broken_translation_is_said_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    template = "Session {session_id} does not exist."
    monkeypatch.setitem(messages.SPANISH, template, "La sesión {sesion} no existe.")
    messages.use("es")
    assert messages.text(template, session_id=7) == "Session 7 does not exist."


def test_domain_labels_inside_a_message_go_through_the_ui_catalogue() -> None:
    shown = {"Late": "Llegó tarde"}
    messages.use("es", lambda label: shown.get(label, label))
    assert messages.label("Late") == "Llegó tarde"
    assert messages.either(["'a'", "'b'", "'c'"]) == "'a', 'b' o 'c'"
    messages.use("en", lambda label: shown.get(label, label))
    assert messages.label("Late") == "Late"
    assert messages.either(["'a'", "'b'"]) == "'a' or 'b'"


@pytest.fixture
def program(db: Database) -> Program:
    return setup.add_program(db, setup.standard_program("Adult IOP"))


def _refusal(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_admitting_with_bad_dates_and_a_used_chart_number_is_refused_in_spanish(
    db: Database, program: Program, clock: FixedClock
) -> None:
    participants.admit(db, new_participant(program, chart="C-100"), clock)
    future = new_participant(program, chart="C-100", born=dt.date(2030, 1, 1), first="")
    messages.use("es")
    error = _refusal(participants.admit, db, future, clock)
    assert error.problems == [
        ("chart_number", "El número de expediente C-100 ya está en uso."),
        ("first_name", "Nombre: campo obligatorio."),
        ("date_of_birth", "La fecha de nacimiento no puede ser futura."),
        ("admission_date", "La fecha de admisión no puede ser anterior a la fecha de nacimiento."),
    ]
    assert error.message == " ".join(message for _field, message in error.problems)
    messages.use("en")
    error = _refusal(participants.admit, db, future, clock)
    assert error.problems == [
        ("chart_number", "Chart number C-100 is already in use."),
        ("first_name", "First name is required."),
        ("date_of_birth", "Date of birth cannot be in the future."),
        ("admission_date", "Admission date cannot be before the date of birth."),
    ]


def test_a_form_field_is_named_in_spanish(db: Database) -> None:
    profile = CounselorProfile(name="Ana\tLópez", npi="123")
    messages.use("es")
    error = _refusal(setup.save_profile, db, profile)
    assert error.problems == [
        ("name", "Su nombre: debe ocupar una sola línea; quite la tabulación."),
        ("npi", "Un NPI tiene 10 dígitos."),
    ]
    problems = Problems()
    problems.in_range("planned_weeks", 200, 1, 104, messages.text("Planned weeks"))
    assert problems.items == [("planned_weeks", "Semanas previstas: debe estar entre 1 y 104.")]


def test_an_import_is_refused_line_by_line_in_spanish(db: Database, clock: FixedClock) -> None:
    raw = (
        b"chart_number,date,start_time,duration_minutes,service_type,status,telehealth\n"
        b"X-9,2026-02-23,09:00,180,group,present,no\n"
        b"X-9,2026-02-24,09:00,180,group,present,no\n"
    )
    messages.use("es")
    error = _refusal(imports.import_attendance, db, raw, clock)
    assert error.message.splitlines() == [
        "2 fila(s) con errores en el archivo de asistencia; no se importó nada.",
        "línea 2: ningún participante tiene el chart_number X-9.",
        "línea 3: ningún participante tiene el chart_number X-9.",
    ]
    missing = b"chart_number,date\nX-9,2026-02-23\n"
    error = _refusal(imports.import_attendance, db, missing, clock)
    assert error.message == (
        "Al archivo le faltan la(s) columna(s) obligatoria(s): start_time, duration_minutes, "
        "service_type, status."
    )


# -- the store: what the counselor reads when the file or its disk fails ----------------------


def _read_only(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """A read-only file (mode 0400; as root, who can write anyway, the app is told so)."""
    path.chmod(0o400)
    if os.geteuid() == 0:
        monkeypatch.setattr("counselor_desk.store.db._writable", lambda _path: False)


def _refused(path: Path) -> StoreError:
    with pytest.raises(StoreError) as caught:
        connect(path).close()
    return caught.value


def test_a_read_only_database_is_refused_in_spanish(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(db_path).close()
    _read_only(monkeypatch, db_path)
    messages.use("es")
    error = _refused(db_path)
    assert isinstance(error, ReadOnlyDatabaseError)
    assert str(error) == (
        f"La base de datos {db_path} es de solo lectura (no se puede escribir en el archivo o en "
        "la carpeta que lo contiene); se dejó tal como estaba. Permita la escritura para trabajar "
        "en ella ('counselor-desk check' todavía puede leerla)."
    )
    messages.use("en")
    assert str(_refused(db_path)) == (
        f"The database {db_path} is read-only (the file, or the folder it is in, cannot be "
        "written); it was left untouched. Make it writable to work in it ('counselor-desk check' "
        "still reads it)."
    )


def test_a_damaged_database_is_refused_in_spanish(db_path: Path) -> None:
    connect(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[:16] = b"\xde\xad\xbe\xef" * 4  # the header: SQLite's NOTADB, through errors.ENVIRONMENT
    db_path.write_bytes(bytes(data))
    messages.use("es")
    error = _refused(db_path)
    assert isinstance(error, DamagedDatabaseError)
    assert str(error) == (
        f"El archivo {db_path} está dañado o no es una base de datos de Counselor Desk."
    )
    messages.use("en")
    assert str(_refused(db_path)) == (
        f"The file {db_path} is damaged or is not a Counselor Desk database."
    )


def test_each_environment_error_is_said_in_the_language_of_the_moment() -> None:
    """The table of sentences holds English templates: the language is the one when the
    error happens, not the one when the store was imported."""
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    messages.use("es")
    assert str(explain(full, "desk.db")) == (
        "El disco que contiene desk.db está lleno; libere espacio e inténtelo de nuevo."
    )
    assert damaged_message("desk.db") == (
        "El archivo desk.db está dañado o no es una base de datos de Counselor Desk."
    )
    messages.use("en")
    assert str(explain(full, "desk.db")) == (
        "The disk holding desk.db is full; free some space and try again."
    )


# -- the check report (File > Check database) -------------------------------------------------


def _drop_trigger(path: Path, name: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"DROP TRIGGER {name}")
    finally:
        conn.close()


def test_the_check_report_is_said_in_spanish(db_path: Path, program: Program) -> None:
    _drop_trigger(db_path, "addenda_no_update")
    messages.use("es")
    with connect(db_path) as db:
        report = maintenance.check(db)
    assert report.triggers == ("se eliminó el disparador addenda_no_update",)
    lines = report.text().splitlines()
    assert lines[:6] == [
        "bien  estructura del archivo (integrity_check)",
        "bien  vínculos entre registros (foreign_key_check)",
        "FALLA se eliminó el disparador addenda_no_update",
        "bien  las notas firmadas coinciden con sus firmas",
        "bien  los resúmenes de alta firmados y sus enmiendas coinciden con sus firmas",
        "bien  cada registro firmado, adenda, enmienda y divulgación tiene su fila de auditoría "
        "y coincide con ella",
    ]
    assert lines[6] == "bien  la cadena del registro de auditoría está completa"
    assert lines[7].startswith("bien  el registro de auditoría ")
    assert lines[-1] == (
        "Se encontraron problemas: restaure una copia de seguridad buena (counselor-desk restore "
        "FILE) o conserve este archivo para investigarlo."
    )
    messages.use("en")
    with connect(db_path) as db:
        report = maintenance.check(db)
    assert report.text().splitlines()[2] == "FAIL  the trigger addenda_no_update was dropped"


def test_findings_are_said_in_spanish_by_the_domain_too() -> None:
    signed = AuditEntry(1, dt.datetime(2026, 3, 2, 16), "Ana", "sign", 3, "note 5", "")
    nothing = integrity.Records(
        hashes={kind: {} for kind in integrity.KINDS},
        unsigned={integrity.SIGNED_NOTE: frozenset({5})},
    )
    messages.use("es")
    assert integrity.cross_check([signed], nothing) == [
        "la nota 5 se firmó (fila de auditoría 1) pero ahora no está firmada"
    ]
    messages.use("en")
    assert integrity.cross_check([signed], nothing) == [
        "note 5 was signed (audit row 1) but is unsigned now"
    ]


def test_the_verification_in_a_process_of_its_own_speaks_the_apps_language(
    db_path: Path, program: Program
) -> None:
    """A process of its own starts in English: the app's language travels with the work."""
    _drop_trigger(db_path, "addenda_no_update")
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        report = pool.submit(maintenance.verify_file, db_path, None, "es").result()
    assert report.triggers == ("se eliminó el disparador addenda_no_update",)
