"""The participant's documents in Spanish: the attendance letter, the sign-in sheet, the safety
plan and the treatment plan print every fixed word, status and long date in Spanish (what was
typed prints as written); English stays exactly as it was; any other language is refused."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import re
import string
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from reportlab import rl_config

from counselor_desk.cli import main
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AttendanceStatus,
    Consent,
    DischargeReason,
    GoalStatus,
    LevelOfCare,
    ServiceType,
)
from counselor_desk.domain.plan_review import ItemProgress, PlanReview
from counselor_desk.domain.safety import CRISIS_LINE_988, PLAN_SECTIONS
from counselor_desk.reports import base, letter, safety_plan, signin, treatment_plan, words
from counselor_desk.reports.model import (
    PART2_NOTICE,
    AttendanceLetter,
    Letterhead,
    LetterWeek,
    LevelStep,
    Signer,
    SigninSheet,
    WeekStanding,
)
from counselor_desk.services import clinical, documents, plan_reviews, safety
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.documents import (
    attendance_letter,
    safety_plan_sheet,
    signin_sheet,
    treatment_plan_sheet,
)
from counselor_desk.store.db import Database
from tests.test_doc_letter import COURT, court_case, pages_of
from tests.test_documents import Caseload, add_consent, make_caseload
from tests.test_plan_reviews_pdf import TODAY as PLAN_TODAY
from tests.test_plan_reviews_pdf import admitted, with_plan
from tests.test_safety_plan_pdf import PLAN

SPANISH = words.SPANISH
REPORTS = (letter, signin, safety_plan, treatment_plan, base)
SERVICES = (attendance_letter, signin_sheet, safety_plan_sheet, treatment_plan_sheet)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def flat(text: str) -> str:
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return flat(" ".join(pages_of(path.read_bytes())))


def english_fragments() -> list[str]:
    """Every piece of fixed English the four documents print (the catalogue's keys cut at
    their placeholders) of two words or more that Spanish does not also use."""
    spanish = " ".join(SPANISH.values())
    found = set()
    for english in SPANISH:
        for piece in PLACEHOLDER.split(english):
            piece = flat(piece.strip(" .,;:()–·"))
            if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2 and piece not in spanish:
                found.add(piece)
    return sorted(found)


FRAGMENTS = english_fragments()


def english_left(text: str) -> list[str]:
    return [piece for piece in FRAGMENTS if piece in text]


@pytest.fixture
def strict() -> Iterator[set[str]]:
    """The texts asked for in Spanish without a translation: none, at the end of the test."""
    with words.recording() as misses:
        yield misses
    assert misses == set(), f"untranslated: {sorted(misses)}"


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- the catalogue ----------------------------------------------------------------------------


def fields_of(text: str) -> list[tuple[str, str]]:
    """The placeholders of a template, with their format specs."""
    return sorted(
        (name, spec or "")
        for _text, name, spec, _conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_translation_keeps_its_placeholders_and_changes_nothing_in_english() -> None:
    for english, spanish in SPANISH.items():
        assert fields_of(english) == fields_of(spanish), english
        assert words.say("en", english) == english
        assert spanish.strip() == spanish and spanish, english


def test_every_domain_label_the_documents_print_has_its_spanish() -> None:
    labels = [
        *(level.label for level in LevelOfCare),
        *(service.label for service in ServiceType),
        *(status.label for status in AttendanceStatus),
        *(status.label for status in GoalStatus),
        *(reason.label for reason in DischargeReason),
        *(category.label for category in ScopeCategory),
        *(heading for _key, heading, _prompt in PLAN_SECTIONS),
        CRISIS_LINE_988,
        PART2_NOTICE,
        base.CONFIDENTIAL,
        signin.TICK_BOXES,
    ]
    assert [label for label in labels if label not in SPANISH] == []


def _strings(node: ast.AST, module: ModuleType, scope: dict[str, list[ast.AST]]) -> set[str]:
    """The English a say() argument can be: its literals, the module constants it names, and
    what a local name was given (an assignment or a loop over literals)."""
    found: set[str] = set()
    for part in ast.walk(node):
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            found.add(part.value)
        elif isinstance(part, ast.JoinedStr):
            raise AssertionError(f"an f-string is never a key: {ast.unparse(part)}")
        elif isinstance(part, ast.Name):
            value = getattr(module, part.id, None)
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, dict):
                found.update(item for item in value.values() if isinstance(item, str))
            for given in scope.get(part.id, []):
                found |= _strings(given, module, {})
    return found


def test_every_text_the_builders_ask_for_is_in_the_catalogue() -> None:
    """Read from the source, so a branch no test reaches is checked too."""
    asked: dict[str, str] = {}
    for module in (*REPORTS, *SERVICES):
        tree = ast.parse(inspect.getsource(module))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            scope: dict[str, list[ast.AST]] = {}
            for part in ast.walk(function):
                if isinstance(part, ast.Assign):
                    for target in part.targets:
                        if isinstance(target, ast.Name):
                            scope.setdefault(target.id, []).append(part.value)
                elif isinstance(part, ast.comprehension) and isinstance(part.target, ast.Name):
                    scope.setdefault(part.target.id, []).append(part.iter)
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or len(call.args) != 2:
                    continue
                name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
                name = call.func.id if isinstance(call.func, ast.Name) else name
                if name == "say":
                    for text in _strings(call.args[1], module, scope):
                        asked[text] = module.__name__
    assert len(asked) > 150
    assert {text: where for text, where in asked.items() if text not in SPANISH} == {}


def test_spanish_long_dates_are_written_without_the_locale() -> None:
    assert words.long_date("es", dt.date(2026, 12, 3)) == "3 de diciembre de 2026"
    assert words.long_date("en", dt.date(2026, 12, 3)) == "December 3, 2026"
    jan, feb = dt.date(2026, 1, 12), dt.date(2026, 2, 1)
    assert words.long_range("es", jan, dt.date(2026, 1, 18)) == "12 al 18 de enero de 2026"
    assert (
        words.long_range("es", dt.date(2026, 1, 26), feb) == "26 de enero al 1 de febrero de 2026"
    )
    assert (
        words.long_range("es", dt.date(2025, 12, 29), feb)
        == "29 de diciembre de 2025 al 1 de febrero de 2026"
    )
    assert words.period("es", jan, feb) == "del 12 de enero al 1 de febrero de 2026"
    assert words.period("es", feb, feb) == "el 1 de febrero de 2026"
    assert words.period("en", jan, feb) == "January 12 to February 1, 2026"
    week = [words.weekday("es", jan + dt.timedelta(days)) for days in range(7)]
    assert week == ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    assert words.weekday("es", dt.date(2026, 1, 17), short=True) == "sáb."
    assert base.long_day(jan, "es") == "12 de enero de 2026"


def test_a_text_without_its_spanish_is_noted_and_printed_in_english() -> None:
    with words.recording() as misses:
        assert words.say("es", "A sentence nobody wrote") == "A sentence nobody wrote"
        assert words.say("es", "Page {number} of {total}") == "Página {number} de {total}"
    assert misses == {"A sentence nobody wrote"}
    with pytest.raises(ValueError, match="fr"):
        words.say("fr", "Page {number} of {total}")


# -- the attendance letter --------------------------------------------------------------------


def test_the_attendance_letter_in_spanish(
    db: Database, clock: FixedClock, exports: Path, strict: set[str]
) -> None:
    person = court_case(db, clock, substance_use=True)
    add_consent(
        db,
        clock,
        person.id,
        recipient="Union County Drug Court",
        expiry_event="end of court supervision",
    )
    out = exports / "carta.pdf"
    documents.export_attendance_letter(
        db,
        person.id,
        out,
        clock,
        dt.date(2026, 1, 12),
        dt.date(2026, 3, 31),
        language="es",
        **COURT,
    )
    pages = pages_of(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        # the page furniture
        "Verificación de asistencia",
        "Maria Lopez · Expediente A-1001 · Fecha de nac. 1990-05-17",
        f"Página 1 de {len(pages)}",
        "ID del documento CD-",
        "CONFIDENCIAL – información de salud protegida.",
        "El reglamento federal 42 CFR parte 2 prohíbe el uso o la divulgación no autorizados",
        # the address block, the consent, the subject and the greeting
        "Teléfono (973) 555-0142",
        "2 de marzo de 2026 Hon. Ruth Ade Union County Drug Court Caso n.º 2026-CR-0142",
        "Se divulga con el consentimiento por escrito n.º",
        "Autoriza asistencia y fechas de servicio, diagnósticos y motivo de consulta",
        "vence el 20 de febrero de 2027 o cuando ocurra: end of court supervision, lo que "
        "ocurra primero",
        "Asunto: Verificación de asistencia – Maria Lopez (caso n.º 2026-CR-0142)",
        "Estimado/a Hon. Ruth Ade:",
        "en el programa Riverbend Recovery IOP de Riverbend Behavioral Health",
        "Maria Lopez ingresó el 5 de enero de 2026 y continúa en el programa al 2 de marzo de "
        "2026.",
        "La fecha prevista de finalización es el 23 de marzo de 2026 (10 semanas previstas",
        "Esta carta abarca del 12 de enero al 2 de marzo de 2026. Las fechas solicitadas "
        "llegaban hasta el 31 de marzo de 2026",
        # the levels, the leave and the step up
        "Nivel de atención Ambulatorio intensivo (IOP): 12 de enero al 15 de febrero de 2026",
        "Hospitalización parcial (PHP): 16 de febrero al 2 de marzo de 2026",
        "26 de enero al 1 de febrero de 2026: permiso de ausencia (7 días); no se esperaba "
        "asistencia.",
        "16 de febrero de 2026: el nivel de atención aumentó de Ambulatorio intensivo (IOP) a "
        "Hospitalización parcial (PHP).",
        # the weeks
        "Horas por semana del programa: requeridas y asistidas",
        "Semana Fechas Requeridas Asistidas Nota",
        "Por debajo del mínimo en 3:30.",
        "Mínimo cumplido.",
        "En permiso de ausencia; no se requerían horas.",
        "el programa canceló 1 sesión (3:00), y la persona participante asistió a todas las "
        "sesiones que se realizaron.",
        "Semana en curso (termina el 8 de marzo de 2026).",
        # the sessions, their statuses and the totals
        "Fecha Hora Servicio Estado Horas",
        "lun. 12 de enero de 2026 09:00 Terapia grupal Llegada tarde 2:30",
        "mié. 14 de enero de 2026 09:00 Terapia grupal Ausencia injustificada 0:00",
        "mié. 11 de febrero de 2026 09:00 Terapia grupal Cancelada por el programa 0:00",
        "lun. 16 de febrero de 2026 09:00 Terapia grupal Salida temprana 2:53",
        "Total asistido 16 sesiones 47:23",
        "47:23 horas (2,843 minutos), del 12 de enero al 2 de marzo de 2026.",
        "Ausencias justificadas: 0. Ausencias injustificadas: 1.",
        "Sesiones canceladas por el programa: 1 (indicadas arriba;",
        "Para verificar esta carta, llame al (973) 555-0142 e indique el ID del documento CD-",
        "Atentamente,",
        "Consejero/a Dana Reyes, LPC · Licencia LPC-12345",
        "Firma Firmado electrónicamente por Dana Reyes, LPC el 2 de marzo de 2026",
    ):
        assert expected in text, expected
    assert english_left(text) == []
    assert not re.search(r"\b(January|February|March|Mon|Wed|Page|Chart|Week|Hours)\b", text)
    # the disclosure log keeps its own (English) words
    [logged] = clinical.disclosures(db, person.id)
    assert logged.what.startswith("Attendance verification letter, chart A-1001")


def spanish_letter(**changes: object) -> AttendanceLetter:
    """A letter model for the branches a record rarely reaches at once."""
    values: dict[str, object] = {
        "letterhead": Letterhead("Clínica Esperanza", "", ""),
        "identity": base.Identity("Ana Ruiz", "B-7", dt.date(1990, 6, 1)),
        "signer": Signer("Luz Vega", "LCSW", npi="1234567893"),
        "generated_on": dt.date(2026, 3, 2),
        "program_name": "Adult IOP",
        "admission_date": dt.date(2026, 1, 5),
        "discharge_date": None,
        "first": dt.date(2026, 1, 5),
        "last": dt.date(2026, 3, 2),
        "sessions": (),
        "language": "es",
    }
    values.update(changes)
    return AttendanceLetter(**values)  # type: ignore[arg-type]


def test_every_branch_of_the_letter_speaks_spanish(strict: set[str]) -> None:
    today = dt.date(2026, 3, 2)
    found: list[str] = []
    for changes in (
        {"expected_end": None},
        {"expected_end": dt.date(2026, 2, 1)},
        {"expected_end": dt.date(2026, 4, 1), "planned_weeks": None},
        {"discharge_date": today, "discharge_reason": DischargeReason.COMPLETED},
        {"discharge_date": today, "discharge_reason": DischargeReason.AGAINST_ADVICE},
        {"discharge_date": today, "reason_withheld": True},
        {"requested_first": dt.date(2026, 1, 1), "requested_last": dt.date(2026, 4, 1)},
        {"omit_program": True, "document_id": "CD-1"},
    ):
        model = spanish_letter(**changes)
        found += [
            letter.status_words(model),
            letter.dates_words(model),
            letter.program_words(model),
        ]
        found += [letter.verification_words(model)]
    week = LetterWeek(
        week=1,
        start=dt.date(2026, 1, 5),
        end=dt.date(2026, 1, 11),
        first=dt.date(2026, 1, 5),
        last=dt.date(2026, 1, 11),
        minutes_attended=300,
        minimum_minutes=540,
        complete=True,
        whole=True,
        cancelled_sessions=1,
        cancelled_minutes=180,
        unrecorded_sessions=2,
        leave_days=1,
        level_changed=True,
    )
    cases = (
        {"minimum_minutes": None},
        {"whole": False},
        {"minimum_minutes": 0},
        {"minutes_attended": 600},
        {"minutes_attended": 600, "cancelled_sessions": 0},
        {"complete": False},
        {"unrecorded_sessions": 0},
        {"unrecorded_sessions": 0, "cancelled_sessions": 0},
        {},
        {"cancelled_sessions": 0},
    )
    standings = set()
    for changes in cases:
        variant = dataclasses.replace(week, **changes)  # type: ignore[arg-type]
        standings.add(variant.standing)
        found.append(letter.week_note(variant, "es"))
    assert standings == set(WeekStanding)
    consent = add_consent_model(expiry_date=None, expiry_event="", signed_by="")
    found += [
        letter.consent_statement(consent, "es"),
        letter.expiry_words(dataclasses.replace(consent, expiry_event="discharge"), "es"),
        letter.expiry_words(
            dataclasses.replace(
                consent, expiry_event="discharge", expiry_event_on=dt.date(2026, 2, 2)
            ),
            "es",
        ),
        letter.expiry_words(dataclasses.replace(consent, expiry_date=dt.date(2027, 1, 1)), "es"),
        letter.cancelled_words(0, "es"),
        letter.sessions_word(1, "es"),
        letter.days_word(1, "es"),
    ]
    text = " ".join(found)
    assert english_left(text) == []
    for expected in (
        "No hay una fecha prevista de finalización registrada.",
        "La fecha prevista de finalización, el 1 de febrero de 2026, ya pasó; Ana Ruiz continúa",
        "y completó el programa el 2 de marzo de 2026.",
        "y recibió el alta el 2 de marzo de 2026 (motivo del alta: Salida en contra del consejo "
        "clínico).",
        "El motivo del alta está fuera del alcance del consentimiento",
        "Las fechas solicitadas comenzaban el 1 de enero de 2026; el ingreso fue el 5 de enero",
        "un programa ambulatorio de Clínica Esperanza",
        "comuníquese con Clínica Esperanza e indique el ID del documento CD-1.",
        "Este nivel de atención no tiene un mínimo semanal.",
        "Solo una parte de esta semana (5 al 11 de enero de 2026) está dentro de las fechas",
        "Mínimo cumplido; el programa canceló 1 sesión (3:00).",
        "2 sesiones sin registro de asistencia. Mínimo reducido por 1 día de permiso.",
        "El nivel de atención cambió esta semana: el mínimo se prorratea por día.",
        "se programaron menos horas",
        "firmado el 20 de febrero de 2026 por la persona participante",
        "no tiene fecha de vencimiento",
        "vence cuando ocurra: discharge (ocurrió el 2 de febrero de 2026)",
        "vence el 1 de enero de 2027",
        "Sesiones canceladas por el programa: ninguna.",
    ):
        assert expected in text, expected


def add_consent_model(**changes: object) -> Consent:
    values: dict[str, object] = {
        "id": 4,
        "participant_id": 1,
        "recipient": "Oficina de libertad condicional",
        "purpose": "Verificación",
        "scope": frozenset({ScopeCategory.ATTENDANCE}),
        "signed_date": dt.date(2026, 2, 20),
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_a_letter_with_no_session_level_or_event_says_so_in_spanish(strict: set[str]) -> None:
    model = spanish_letter(
        recipient=None,
        leaves=(),
        level_steps=(LevelStep(dt.date(2026, 2, 2), LevelOfCare.PHP, LevelOfCare.IOP),),
    )
    text = flat(" ".join(pages_of(letter.build(model))))
    for expected in (
        "A quien corresponda:",
        "No estuvo en el programa en ninguna de estas fechas.",
        "2 de febrero de 2026: el nivel de atención disminuyó de Hospitalización parcial (PHP) "
        "a Ambulatorio intensivo (IOP).",
        "No se registró ninguna sesión en estas fechas.",
        "0 sesiones, 0:00 horas (0 minutos)",
        "Consejero/a Luz Vega, LCSW · NPI 1234567893",
    ):
        assert expected in text, expected
    assert english_left(text) == []


# -- the sign-in sheet ------------------------------------------------------------------------


def test_the_sign_in_sheet_in_spanish(
    db: Database, clock: FixedClock, exports: Path, strict: set[str]
) -> None:
    caseload = make_caseload(db, clock)
    session_id = caseload.group_session_ids[0]
    out = documents.export_signin_sheet(db, session_id, exports / "hoja.pdf", clock, language="es")
    pages = pages_of(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Hoja de registro de asistencia: sesión grupal",
        "lun. 2026-01-05 · 09:00–12:00",
        "impresa el 2026-03-02",
        "Fecha lunes 2026-01-05",
        "Hora 09:00–12:00 (180 min)",
        "Lugar Sin registrar (escríbalo aquí):",
        "Facilitador/a Dana Reyes, LCSW, LCADC",
        "Servicio Terapia grupal",
        "Programa Adult IOP Evenings",
        "Firme en su propia línea y marque cómo asiste.",
        "# Participante Firma Modalidad Hora de entrada Hora de salida Presente (personal)",
        "Maria L. En persona",
        "☐ En persona ☐ Telesalud",
        "Certificación del facilitador/a",
        "Certifico que las personas marcadas como presentes asistieron a esta sesión.",
        "Conteo de asistentes",
        "Total de presentes (cuente y anote)",
        "Nombres impresos en la lista: 1. Líneas en blanco para otras personas: 3.",
        f"Página 1 de {len(pages)}",
        "CONFIDENCIAL",
    ):
        assert expected in text, expected
    assert english_left(text) == []


@pytest.mark.parametrize(
    ("service", "title"),
    [
        (ServiceType.GROUP, "Hoja de registro de asistencia: sesión grupal"),
        (ServiceType.FAMILY, "Hoja de registro de asistencia: sesión familiar"),
        (ServiceType.EDUCATION, "Hoja de registro de asistencia: psicoeducación"),
    ],
)
def test_every_sheet_and_modality_in_spanish(
    service: ServiceType, title: str, strict: set[str]
) -> None:
    sheet = SigninSheet(
        letterhead=Letterhead("Clínica Esperanza"),
        facilitator=Signer("Luz Vega", "LCSW", license_number="LCSW-9", npi="1234567893"),
        generated_on=dt.date(2026, 3, 2),
        program_name="",
        session_id=12,
        session_date=dt.date(2026, 3, 4),
        start_time=dt.time(18, 0),
        duration_minutes=90,
        service_type=service,
        topic="",
        names=("Ana R.", "Luis P.", "Eva M."),
        location="Sala 2",
        telehealth=(True, False, None),
        language="es",
    )
    text = flat(" ".join(pages_of(signin.build(sheet))))
    for expected in (
        title,
        "mié. 2026-03-04 · 18:00–19:30 · Sala 2",
        "Sesión 12 · impresa el 2026-03-02",
        "Ana R. Por telesalud: el personal marca Presente. Telesalud",
        "Luis P. En persona",
        "Licencia / NPI Licencia LCSW-9 · NPI 1234567893",
    ):
        assert expected in text, expected
    assert english_left(text) == []


# -- the safety plan --------------------------------------------------------------------------


def test_the_safety_plan_in_spanish(
    db: Database, clock: FixedClock, exports: Path, strict: set[str]
) -> None:
    caseload: Caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    safety.save_plan(db, pid, {**PLAN, "environment": ""}, clock)
    out = documents.export_safety_plan(db, pid, exports / "plan.pdf", clock, language="es")
    pages = pages_of(out.read_bytes())
    text = flat(" ".join(pages))
    assert len(pages) == 1
    for expected in (
        "Mi plan de seguridad",
        "Maria Lopez · Versión 1, guardada el 2 de marzo de 2026",
        "Cuando noto mis señales de advertencia, sigo estos pasos en orden hasta sentirme a salvo.",
        "Paso 1: Señales de advertencia",
        "Paso 2: Estrategias internas de afrontamiento",
        "Paso 3: Personas y lugares sociales que me ayudan a distraerme",
        "Paso 4: Personas a quienes puedo pedir ayuda",
        "Paso 5: Profesionales o agencias con quienes puedo comunicarme durante una crisis",
        "Paso 6: Cómo hacer que mi entorno sea seguro",
        "Paso 7: Lo más importante para mí, por lo que vale la pena vivir",
        "988 Línea de Prevención del Suicidio y Crisis: llame al 988 (oprima 2 para español)",
        "Línea de crisis de Riverbend Behavioral Health: (973) 555-0199",
        "En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.",
        "Mi firma",
        "Fecha",
        "Elaborado junto con Dana Reyes, LCSW, LCADC · impreso el 2026-03-02",
        "Guarde este plan donde pueda encontrarlo rápido",
        "Página 1 de 1",
    ):
        assert expected in text, expected
    for typed in (PLAN["warning_signs"], PLAN["help"], PLAN["reasons"]):
        assert typed in text, typed  # the plan's own words, as written
    assert english_left(text) == []
    [logged] = clinical.disclosures(db, pid)
    assert logged.recipient == "The participant themself"  # the log keeps its own words


def test_a_long_plan_still_fits_one_page_in_spanish_on_either_paper(
    db: Database, clock: FixedClock, strict: set[str]
) -> None:
    caseload = make_caseload(db, clock)
    long_plan = {key: f"{(words + ' ') * 4}End of {key}." for key, words in PLAN.items()}
    safety.save_plan(db, caseload.participant.id, long_plan, clock)
    model = safety_plan_sheet.safety_plan_model(db, caseload.participant.id, clock, language="es")
    for paper in ("letter", "a4"):
        sheet = dataclasses.replace(
            model, letterhead=dataclasses.replace(model.letterhead, page_size=paper)
        )
        pages = pages_of(safety_plan.build(sheet))
        assert len(pages) == 1, paper
        assert "End of reasons." in flat(pages[0]) and "Paso 7:" in pages[0], paper


def test_the_crisis_line_without_a_clinic_name_in_spanish(strict: set[str]) -> None:
    assert (
        safety_plan._crisis_line("", "(973) 555-0199", "es")
        == "Línea de crisis de la clínica: (973) 555-0199"
    )
    assert safety_plan._crisis_line("X", "Línea de crisis 24/7: 555", "es") == (
        "Línea de crisis 24/7: 555"
    )


# -- the treatment plan -----------------------------------------------------------------------


def test_the_treatment_plan_in_spanish(db: Database, tmp_path: Path, strict: set[str]) -> None:
    person = admitted(db, born=dt.date(2010, 1, 1), teens=True)
    goal = with_plan(db, person)
    review = plan_reviews.save_draft(
        db,
        PlanReview(
            0,
            person.id,
            dt.date(2026, 4, 1),
            goals={goal.id: ItemProgress("Sober 30 days")},
            objectives={goal.objectives[0].id: ItemProgress("All groups", GoalStatus.MET)},
            changes="Objective met.",
            next_review=dt.date(2026, 5, 1),
        ),
        PLAN_TODAY,
    )
    plan_reviews.sign(db, review.id, PLAN_TODAY)
    draft = PlanReview(0, person.id, dt.date(2026, 4, 3), goals={goal.id: ItemProgress("")})
    plan_reviews.save_draft(db, draft, PLAN_TODAY)
    sleep = clinical.save_goal(
        db, dataclasses.replace(goal, id=0, description="Sleep", target_date=None, objectives=())
    )
    db.conn.execute("UPDATE goals SET interventions = '' WHERE id = ?", (sleep.id,))
    db.conn.commit()
    out = documents.export_treatment_plan(
        db, person.id, tmp_path / "plan.pdf", PLAN_TODAY, language="es"
    )
    pages = pages_of(out.read_bytes())
    text = flat(" ".join(pages))
    for expected in (
        "Plan de tratamiento",
        "Teen IOP · impreso el 2026-04-06",
        "Participante",
        "Expediente C-1",
        "Fecha de nacimiento 2010-01-01",
        "Ingreso 2026-03-02",
        "Consejero/a Sam Ortiz, LADC",
        "Próxima revisión",
        "Problemas Motivo de consulta Alcohol use after a job loss; poor sleep.",
        "Diagnósticos Código Diagnóstico F10.20 Alcohol use disorder, moderate",
        "Metas, objetivos e intervenciones",
        "Meta 1: Stay sober",
        "Estado: En curso; fecha prevista: 2026-05-25",
        "Objetivo Fecha prevista Estado",
        "1.1 Attend 3 groups a week 2026-04-30 Logrado",
        "Intervenciones Relapse-prevention skills group",
        "Meta 2: Sleep Estado: En curso Todavía no hay objetivos.",
        "Intervenciones No hay nada registrado.",
        "Revisiones Revisión Firmado por Resumen Próxima revisión",
        "Objective met. (Ahora: Attend 3 groups a week: logrado.)",
        "Borrador (sin firmar)",
        "Firmas Participé en la elaboración de este plan",
        "Padre, madre o tutor legal",
        "Consejero/a: Sam Ortiz, LADC",
        "El reglamento federal 42 CFR parte 2 prohíbe",
        f"Página 1 de {len(pages)}",
    ):
        assert expected in text, expected
    assert english_left(text) == []


def test_an_empty_treatment_plan_in_spanish(db: Database, tmp_path: Path, strict: set[str]) -> None:
    person = admitted(db)
    out = documents.export_treatment_plan(
        db, person.id, tmp_path / "plan.pdf", PLAN_TODAY, language="es"
    )
    text = text_of(out)
    assert "Todavía no se han escrito metas." in text and "Todavía no se ha revisado." in text
    assert english_left(text) == []


# -- English unchanged, other languages refused --------------------------------------------------


def test_english_is_the_default_and_prints_exactly_as_before(
    db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each builder gives the same bytes for a model without a language and one in English
    (reportlab's invariant mode: no date or random ID in the file)."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    span = (dt.date(2026, 1, 5), dt.date(2026, 3, 2))
    models = [
        (letter, attendance_letter.attendance_letter_model(db, pid, clock, *span)),
        (signin, signin_sheet.signin_sheet_model(db, caseload.group_session_ids[0], clock)),
        (safety_plan, safety_plan_sheet.safety_plan_model(db, pid, clock)),
        (treatment_plan, treatment_plan_sheet.treatment_plan_model(db, pid, clock)),
    ]
    for builder, model in models:
        assert model.language == "en"
        english = builder.build(dataclasses.replace(model, language="en"))  # type: ignore[arg-type]
        assert builder.build(model) == english  # type: ignore[arg-type]
        assert builder.build(dataclasses.replace(model, language="es")) != english  # type: ignore[arg-type]
    text = flat(" ".join(pages_of(letter.build(models[0][1]))))  # type: ignore[arg-type]
    assert "Page 1 of" in text and "This letter verifies the attendance of Maria Lopez" in text


@pytest.mark.parametrize("language", ["fr", "ES", "", "español"])
def test_another_language_is_refused_by_every_document_and_nothing_is_written(
    db: Database, clock: FixedClock, exports: Path, language: str
) -> None:
    caseload = make_caseload(db, clock)
    pid = caseload.participant.id
    safety.save_plan(db, pid, PLAN, clock)
    span = (dt.date(2026, 1, 5), dt.date(2026, 3, 2))
    attempts = [
        lambda: documents.export_attendance_letter(
            db, pid, exports / "a.pdf", clock, *span, language=language, **COURT
        ),
        lambda: attendance_letter.attendance_letter_model(db, pid, clock, *span, language=language),
        lambda: documents.export_signin_sheet(
            db, caseload.group_session_ids[0], exports / "b.pdf", clock, language=language
        ),
        lambda: documents.export_safety_plan(db, pid, exports / "c.pdf", clock, language=language),
        lambda: documents.export_treatment_plan(
            db, pid, exports / "d.pdf", clock, language=language
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.field == "language"
        assert "en, es" in str(refused.value)
    assert list(exports.iterdir()) == []
    assert clinical.disclosures(db, pid) == []


# -- the command line -------------------------------------------------------------------------


def test_the_command_line_prints_each_participant_document_in_spanish(
    db: Database, db_path: Path, clock: FixedClock, exports: Path, strict: set[str]
) -> None:
    caseload = make_caseload(db, clock)
    safety.save_plan(db, caseload.participant.id, PLAN, clock)
    common = ["--db", str(db_path), "--today", "2026-03-02", "export"]
    letter_options = [
        *("--from", "2026-01-05", "--to", "2026-03-02"),
        *("--recipient", "Hon. Ruth Ade", "--purpose", "Verificación"),
    ]
    for kind, target, options, heading in (
        ("letter", "A-1001", letter_options, "Verificación de asistencia"),
        ("signin", str(caseload.group_session_ids[0]), [], "Hoja de registro de asistencia"),
        ("safety-plan", "A-1001", [], "Mi plan de seguridad"),
        ("plan", "A-1001", [], "Plan de tratamiento"),
    ):
        out = exports / f"{kind}.pdf"
        arguments = [*common, kind, target, *options, "--language", "es", "--out", str(out)]
        assert main(arguments) == 0, kind
        text = text_of(out)
        assert heading in text and "Página 1 de" in text, kind
        assert english_left(text) == [], kind
        english = exports / f"{kind}-en.pdf"
        assert (
            main([*common, kind, target, *options, "--language", "en", "--out", str(english)]) == 0
        )
        assert "Page 1 of" in text_of(english), kind


def test_the_command_line_refuses_a_language_for_other_documents_and_other_languages(
    db: Database,
    db_path: Path,
    clock: FixedClock,
    exports: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_caseload(db, clock)
    common = ["--db", str(db_path), "--today", "2026-03-02", "export"]
    out = ["--out", str(exports / "x.pdf")]
    assert main([*common, "discharge", "A-1001", "--language", "es", *out]) == 1
    assert "--language is for the attendance letter, the sign-in sheet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:
        main([*common, "plan", "A-1001", "--language", "fr", *out])
    assert refused.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert list(exports.iterdir()) == []


def test_the_four_documents_services_take_the_language_keyword() -> None:
    for function in (
        documents.export_attendance_letter,
        documents.attendance_letter_disclosure,
        documents.attendance_letter_model,
        documents.export_signin_sheet,
        documents.signin_sheet_model,
        documents.export_safety_plan,
        documents.safety_plan_model,
        documents.export_treatment_plan,
        documents.treatment_plan_model,
    ):
        parameter = inspect.signature(function).parameters["language"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default == "en"
