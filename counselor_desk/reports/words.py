"""The words of the participant-facing documents (the attendance letter, the sign-in sheet,
the safety plan, the treatment plan) in each language they print in; pure Python.

Each text is written in English in the builder that prints it and looked up here by that
English: `say(language, "Page {number} of {total}")` is the text itself in English and its
translation in another language, placeholders kept (`.format` fills them after). The domain's
labels (levels of care, services, attendance and goal statuses, discharge reasons) are keys
too, so a document says them in its own language. Dates with month or weekday names are
made here, never through the machine's locale.

A text without a translation prints in English; under `recording()` each one is noted, so a
test that renders every document in Spanish fails when one is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from counselor_desk.domain.errors import ValidationError

#: The languages a participant-facing document prints in: English and Spanish.
LANGUAGES = ("en", "es")
ENGLISH = "en"

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
WEEKDAYS_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."),
}

_recorders: list[set[str]] = []


def checked_language(language: str) -> str:
    """The document language, or a ValidationError naming the field 'language'."""
    if language not in LANGUAGES:
        raise ValidationError(
            f"The document language must be one of: {', '.join(LANGUAGES)} (not '{language}').",
            "language",
        )
    return language


def say(language: str, english: str) -> str:
    """The text in the document's language (English as written for 'en')."""
    if language == ENGLISH:
        return english
    catalogue = CATALOGUES.get(language)
    if catalogue is None:
        raise ValueError(f"No document words for the language {language!r}.")
    found = catalogue.get(english)
    if found is None:
        for misses in _recorders:
            misses.add(english)
        return english
    return found


@contextmanager
def recording() -> Iterator[set[str]]:
    """Note every text asked for in another language that has no translation."""
    misses: set[str] = set()
    _recorders.append(misses)
    try:
        yield misses
    finally:
        _recorders.remove(misses)


def long_date(language: str, day: dt.date) -> str:
    """'March 2, 2026' / '2 de marzo de 2026'."""
    month = MONTHS[language][day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{month} {day.day}, {day.year}"


def long_range(language: str, first: dt.date, last: dt.date) -> str:
    """Two days as a label: 'January 12 to 18, 2026', 'January 26 to February 1, 2026', both
    in full across a year / '12 al 18 de enero de 2026', '26 de enero al 1 de febrero de
    2026'; one day alone when they are the same."""
    if first == last:
        return long_date(language, first)
    months = MONTHS[language]
    if language == "es":
        if first.year != last.year:
            return f"{long_date(language, first)} al {long_date(language, last)}"
        if first.month != last.month:
            return f"{first.day} de {months[first.month - 1]} al {long_date(language, last)}"
        return f"{first.day} al {long_date(language, last)}"
    if first.year != last.year:
        return f"{long_date(language, first)} to {long_date(language, last)}"
    if first.month != last.month:
        return f"{months[first.month - 1]} {first.day} to {long_date(language, last)}"
    return f"{months[first.month - 1]} {first.day} to {last.day}, {last.year}"


def period(language: str, first: dt.date, last: dt.date) -> str:
    """Two days inside a sentence: the label in English; in Spanish 'del 12 al 18 de enero de
    2026', or 'el 3 de marzo de 2026' for one day."""
    if language == "es":
        prefix = "el" if first == last else "del"
        return f"{prefix} {long_range(language, first, last)}"
    return long_range(language, first, last)


def weekday(language: str, day: dt.date, *, short: bool = False) -> str:
    """'Monday' / 'lunes' ('Mon' / 'lun.' when short)."""
    return (WEEKDAYS_SHORT if short else WEEKDAYS)[language][day.weekday()]


#: Spanish, written as a bilingual US behavioral-health clinic writes to participants: plain,
#: warm, "usted", gender-neutral where a sentence is about the participant.
SPANISH: dict[str, str] = {
    # -- page furniture (reports/base.py) ------------------------------------------------------
    "Page {number} of {total}": "Página {number} de {total}",
    "Document ID {id}": "ID del documento {id}",
    "Chart {chart}   ·   DOB {birth}": "Expediente {chart}   ·   Fecha de nac. {birth}",
    "CONFIDENTIAL – protected health information. Do not disclose without written "
    "authorization.": "CONFIDENCIAL – información de salud protegida. No se debe divulgar sin "
    "autorización por escrito.",
    "42 CFR part 2 prohibits unauthorized use or disclosure of these records.": "El reglamento "
    "federal 42 CFR parte 2 prohíbe el uso o la divulgación no autorizados de estos registros.",
    "DRAFT": "BORRADOR",
    "Counselor": "Consejero/a",
    "Signature": "Firma",
    "Date": "Fecha",
    "None recorded.": "No hay nada registrado.",
    # -- the domain's labels ---------------------------------------------------------------------
    "Outpatient (OP)": "Ambulatorio (OP)",
    "Intensive outpatient (IOP)": "Ambulatorio intensivo (IOP)",
    "Partial hospitalization (PHP)": "Hospitalización parcial (PHP)",
    "Residential": "Residencial",
    "Inpatient": "Hospitalización",
    "Group therapy": "Terapia grupal",
    "Individual counseling": "Consejería individual",
    "Psychoeducation": "Psicoeducación",
    "Family session": "Sesión familiar",
    "Present": "Presente",
    "Late": "Llegada tarde",
    "Left early": "Salida temprana",
    "Absent – excused": "Ausencia justificada",
    "Absent – unexcused": "Ausencia injustificada",
    "Cancelled by program": "Cancelada por el programa",
    "Not started": "No iniciado",
    "In progress": "En curso",
    "Met": "Logrado",
    "Partially met": "Logrado en parte",
    "Not met": "No logrado",
    "Discontinued": "Suspendido",
    "Completed program": "Programa completado",
    "Stepped down to a lower level of care": "Cambio a un nivel de atención menor",
    "Stepped up / transferred to a higher level of care": "Cambio o traslado a un nivel de "
    "atención mayor",
    "Left against clinical advice": "Salida en contra del consejo clínico",
    "Administrative discharge": "Alta administrativa",
    "Moved": "Mudanza",
    "Incarcerated": "Encarcelamiento",
    "Deceased": "Fallecimiento",
    "Other": "Otro motivo",
    "attendance and dates of service": "asistencia y fechas de servicio",
    "diagnoses and presenting problems": "diagnósticos y motivo de consulta",
    "medications and allergies": "medicamentos y alergias",
    "treatment plan and progress": "plan de tratamiento y progreso",
    "discharge and aftercare plan": "plan de alta y de atención posterior",
    "session notes": "notas de sesión",
    "risk and safety assessments": "evaluaciones de riesgo y de seguridad",
    "measures and scores (PHQ-9, GAD-7)": "medidas y puntuaciones (PHQ-9, GAD-7)",
    "the participant": "la persona participante",
    # the Stanley–Brown steps of the safety plan (domain/safety.py)
    "Warning signs": "Señales de advertencia",
    "Internal coping strategies": "Estrategias internas de afrontamiento",
    "People and social settings that provide distraction": "Personas y lugares sociales que "
    "me ayudan a distraerme",
    "People whom I can ask for help": "Personas a quienes puedo pedir ayuda",
    "Professionals or agencies I can contact during a crisis": "Profesionales o agencias con "
    "quienes puedo comunicarme durante una crisis",
    "Making the environment safe": "Cómo hacer que mi entorno sea seguro",
    "The one thing that is most important to me and worth living for": "Lo más importante "
    "para mí, por lo que vale la pena vivir",
    "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org": "988 Línea "
    "de Prevención del Suicidio y Crisis: llame al 988 (oprima 2 para español), envíe un "
    "mensaje de texto al 988 o chatee en 988lifeline.org",
    # -- the attendance letter (reports/letter.py) -----------------------------------------------
    "Attendance Verification": "Verificación de asistencia",
    "Attendance verification letter – chart {chart}": "Carta de asistencia – expediente {chart}",
    "Attendance {first} to {last}": "Asistencia del {first} al {last}",
    "{count} session": "{count} sesión",
    "{count} sessions": "{count} sesiones",
    "{count} day": "{count} día",
    "{count} days": "{count} días",
    "an outpatient program at {clinic}": "un programa ambulatorio de {clinic}",
    "{program} at {clinic}": "el programa {program} de {clinic}",
    "{name} was admitted on {date}": "{name} ingresó el {date}",
    "{admitted} and is enrolled as of {date}.": "{admitted} y continúa en el programa al {date}.",
    "No expected end date is recorded.": "No hay una fecha prevista de finalización registrada.",
    "The planned end date, {end}, has passed; {name} remains enrolled.": "La fecha prevista "
    "de finalización, el {end}, ya pasó; {name} continúa en el programa.",
    "a planned {weeks} weeks": "{weeks} semanas previstas",
    "({planned} from admission, moved later by any leave of absence)": "({planned} desde el "
    "ingreso, más el tiempo de cualquier permiso de ausencia)",
    "The expected end date is {end}{why}.": "La fecha prevista de finalización es el {end}{why}.",
    "{admitted} and completed the program on {left}.": "{admitted} y completó el programa el "
    "{left}.",
    "{admitted} and was discharged on {left} (reason for discharge: {reason}).": "{admitted} "
    "y recibió el alta el {left} (motivo del alta: {reason}).",
    "{admitted} and was discharged on {left}.": "{admitted} y recibió el alta el {left}.",
    "The reason for discharge is outside the scope of the consent this letter is disclosed "
    "under and is not stated.": "El motivo del alta está fuera del alcance del consentimiento "
    "con el que se divulga esta carta, por lo que no se indica.",
    "This letter covers {dates}.": "Esta carta abarca {dates}.",
    "The dates asked for began on {asked}; the participant was admitted on {admitted}, and "
    "attendance is reported from that day.": "Las fechas solicitadas comenzaban el {asked}; "
    "el ingreso fue el {admitted}, y la asistencia se informa a partir de ese día.",
    "The dates asked for ran to {asked}; attendance is reported as of {last}, the date of "
    "this letter.": "Las fechas solicitadas llegaban hasta el {asked}; la asistencia se "
    "informa al {last}, fecha de esta carta.",
    "{start}: leave of absence began, planned to end on {end}; no attendance is expected "
    "during it.": "{start}: comenzó un permiso de ausencia, previsto hasta el {end}; durante "
    "el permiso no se espera asistencia.",
    "{dates}: leave of absence ({days}); no attendance was expected.": "{dates}: permiso de "
    "ausencia ({days}); no se esperaba asistencia.",
    "{date}: level of care stepped up from {before} to {after}.": "{date}: el nivel de "
    "atención aumentó de {before} a {after}.",
    "{date}: level of care stepped down from {before} to {after}.": "{date}: el nivel de "
    "atención disminuyó de {before} a {after}.",
    "Disclosed under the participant's written consent {id}, signed {signed} by {signer}, to "
    "{recipient} for: {purpose}. It allows {scope}; it {expiry}; the participant may revoke "
    "it at any time, except where action has already been taken on it.": "Se divulga con el "
    "consentimiento por escrito n.º {id} de la persona participante, firmado el {signed} por "
    "{signer}, a {recipient} con el fin de: {purpose}. Autoriza {scope}; {expiry}; la persona "
    "participante puede revocarlo en cualquier momento, salvo en lo que ya se haya hecho con "
    "base en él.",
    "nothing": "nada",
    "has no expiry date": "no tiene fecha de vencimiento",
    "(happened {date})": "(ocurrió el {date})",
    "when: {event}{happened}": "cuando ocurra: {event}{happened}",
    "expires {when}": "vence {when}",
    "expires {on} or {when}, whichever comes first": "vence el {on} o {when}, lo que ocurra "
    "primero",
    "expires {on}": "vence el {on}",
    "Sessions cancelled by the program: none.": "Sesiones canceladas por el programa: ninguna.",
    "Sessions cancelled by the program: {count} (listed above; they count neither for nor "
    "against the participant).": "Sesiones canceladas por el programa: {count} (indicadas "
    "arriba; no cuentan ni a favor ni en contra de la persona participante).",
    "call {phone}": "llame al {phone}",
    "contact {clinic}": "comuníquese con {clinic}",
    "To verify this letter, {how} and quote document ID {id}.": "Para verificar esta carta, "
    "{how} e indique el ID del documento {id}.",
    "License {number}": "Licencia {number}",
    "NPI {npi}": "NPI {npi}",
    "the program cancelled {sessions} ({hours})": "el programa canceló {sessions} ({hours})",
    "No weekly minimum at this level of care.": "Este nivel de atención no tiene un mínimo "
    "semanal.",
    "Only {dates} of this week is within the letter's dates; not compared with the weekly "
    "minimum.": "Solo una parte de esta semana ({dates}) está dentro de las fechas de la "
    "carta; no se compara con el mínimo semanal.",
    "On leave of absence; no hours were required.": "En permiso de ausencia; no se requerían "
    "horas.",
    "Minimum met; {cancelled}.": "Mínimo cumplido; {cancelled}.",
    "Minimum met.": "Mínimo cumplido.",
    "Week in progress (it ends on {end}).": "Semana en curso (termina el {end}).",
    "fewer hours were scheduled": "se programaron menos horas",
    "Below the minimum by {short}: {offered}, and the participant attended every session "
    "held. Not a shortfall on the participant's part.": "Por debajo del mínimo en {short}: "
    "{offered}, y la persona participante asistió a todas las sesiones que se realizaron. La "
    "diferencia no se debe a la persona participante.",
    "Below the minimum by {short}; {cancelled}.": "Por debajo del mínimo en {short}; {cancelled}.",
    "Below the minimum by {short}.": "Por debajo del mínimo en {short}.",
    "{sessions} without a recorded roll call.": "{sessions} sin registro de asistencia.",
    "Minimum reduced for {days} of leave.": "Mínimo reducido por {days} de permiso.",
    "Level of care changed this week: the minimum is prorated by day.": "El nivel de atención "
    "cambió esta semana: el mínimo se prorratea por día.",
    "Total": "Total",
    "Week": "Semana",
    "Dates": "Fechas",
    "Required": "Requeridas",
    "Attended": "Asistidas",
    "Note": "Nota",
    "{weekday}, {date}": "{weekday} {date}",
    "(telehealth)": "(telesalud)",
    "Total attended": "Total asistido",
    "Time": "Hora",
    "Service": "Servicio",
    "Status": "Estado",
    "Hours": "Horas",
    "Phone {phone}": "Teléfono {phone}",
    "Case no. {case}": "Caso n.º {case}",
    "(case no. {case})": "(caso n.º {case})",
    "Dear {name}:": "Estimado/a {name}:",
    "To whom it may concern:": "A quien corresponda:",
    "Re: Attendance verification – {name}{case}": "Asunto: Verificación de asistencia – "
    "{name}{case}",
    "This letter verifies the attendance of {name} (date of birth {birth}) in {program}.": ""
    "Esta carta verifica la asistencia de {name} (fecha de nacimiento: {birth}) en {program}.",
    "Level of care": "Nivel de atención",
    "Not enrolled on any of these dates.": "No estuvo en el programa en ninguna de estas fechas.",
    "Leave and changes in level of care within these dates": "Permisos de ausencia y cambios "
    "de nivel de atención en estas fechas",
    "None: no leave of absence and no change in level of care.": "Ninguno: no hubo permisos "
    "de ausencia ni cambios de nivel de atención.",
    "Hours by program week: required and attended": "Horas por semana del programa: "
    "requeridas y asistidas",
    "Hours are hours and minutes (2:30 is two and a half hours). Each week's minimum is the "
    "level of care's, reduced by day for leave and prorated by day when the level changes.": ""
    "Las horas se indican en horas y minutos (2:30 son dos horas y media). El mínimo de cada "
    "semana es el del nivel de atención, reducido por día en caso de permiso de ausencia y "
    "prorrateado por día cuando cambia el nivel.",
    "Sessions": "Sesiones",
    "No session was recorded in these dates.": "No se registró ninguna sesión en estas fechas.",
    "In total, {name} attended {sessions}, {hours} hours ({minutes:,} minute), from "
    "{dates}.": "En total, {name} asistió a {sessions}, {hours} horas ({minutes:,} minuto), "
    "{dates}.",
    "In total, {name} attended {sessions}, {hours} hours ({minutes:,} minutes), from "
    "{dates}.": "En total, {name} asistió a {sessions}, {hours} horas ({minutes:,} minutos), "
    "{dates}.",
    "Excused absences: {excused}. Unexcused absences: {unexcused}.": "Ausencias "
    "justificadas: {excused}. Ausencias injustificadas: {unexcused}.",
    "This letter confirms attendance only; it does not disclose diagnosis or treatment "
    "details.": "Esta carta solo confirma la asistencia; no divulga el diagnóstico ni "
    "detalles del tratamiento.",
    "Sincerely,": "Atentamente,",
    "Electronically signed by {signer} on {date}": "Firmado electrónicamente por {signer} el "
    "{date}",
    # -- the sign-in sheet (reports/signin.py) ---------------------------------------------------
    "Group Sign-In Sheet": "Hoja de registro de asistencia: sesión grupal",
    "Family Session Sign-In Sheet": "Hoja de registro de asistencia: sesión familiar",
    "Education Session Sign-In Sheet": "Hoja de registro de asistencia: psicoeducación",
    "#": "#",
    "Participant": "Participante",
    "Modality": "Modalidad",
    "Time in": "Hora de entrada",
    "Time out": "Hora de salida",
    "Present (staff)": "Presente (personal)",
    "\u2610 In person\n\u2610 Telehealth": "\u2610 En persona\n\u2610 Telesalud",
    "In person": "En persona",
    "Telehealth": "Telesalud",
    "By telehealth: staff tick Present.": "Por telesalud: el personal marca Presente.",
    "Facilitator": "Facilitador/a",
    "License / NPI": "Licencia / NPI",
    "On the roster: {printed} printed, {blank} blank lines for others.": "Nombres impresos en "
    "la lista: {printed}. Líneas en blanco para otras personas: {blank}.",
    "Headcount": "Conteo de asistentes",
    "Total present (count and write in)": "Total de presentes (cuente y anote)",
    "Facilitator attestation": "Certificación del facilitador/a",
    "I attest that the participants marked present attended this session.": "Certifico que "
    "las personas marcadas como presentes asistieron a esta sesión.",
    "Not recorded (write it in): ____________________": "Sin registrar (escríbalo aquí): "
    "____________________",
    "Session {id}": "Sesión {id}",
    "{program}  ·  session {id}": "{program}  ·  sesión {id}",
    "{subtitle}  ·  printed {date}": "{subtitle}  ·  impresa el {date}",
    "Location": "Lugar",
    "Program": "Programa",
    "Sign on your own line and tick how you attend. Names are printed as first name and last "
    "initial (where two read alike, with a second letter or the end of a chart number, such "
    "as …02); the sheet stays in the clinic. Staff: tick Present for everyone who attended, "
    "in the room or by telehealth, and write the total in the headcount box.": "Firme en su "
    "propia línea y marque cómo asiste. Los nombres aparecen con el nombre y la inicial del "
    "apellido (si dos se parecen, con una segunda letra o el final del número de expediente, "
    "como …02); la hoja se queda en la clínica. Personal: marque Presente para cada persona "
    "que asistió, en la sala o por telesalud, y escriba el total en el recuadro de conteo.",
    "{title} – session {id}, {date}": "{title} – sesión {id}, {date}",
    "Sign-in sheet, {program}": "Hoja de registro de asistencia, {program}",
    # -- the safety plan (reports/safety_plan.py) ------------------------------------------------
    "My Safety Plan": "Mi plan de seguridad",
    "Keep this plan where you can find it quickly, and share it with the people you choose.": "Guarde este plan donde pueda encontrarlo rápido y compártalo con las personas que usted "
    "elija.",
    "In an emergency, call 911 or go to the nearest emergency room.": "En una emergencia, "
    "llame al 911 o vaya a la sala de emergencias más cercana.",
    "When I notice my warning signs, I take these steps in order until I feel safe.": "Cuando "
    "noto mis señales de advertencia, sigo estos pasos en orden hasta sentirme a salvo.",
    "Clinic crisis line: {line}": "Línea de crisis de la clínica: {line}",
    "{clinic} crisis line: {line}": "Línea de crisis de {clinic}: {line}",
    "Step {number}: {heading}": "Paso {number}: {heading}",
    "My signature": "Mi firma",
    "Made with {counselor}": "Elaborado junto con {counselor}",
    "printed {date}": "impreso el {date}",
    "Version {version}, saved {date}": "Versión {version}, guardada el {date}",
    "Safety plan (version {version})": "Plan de seguridad (versión {version})",
    "Safety plan, {clinic}": "Plan de seguridad, {clinic}",
    # -- the treatment plan (reports/treatment_plan.py, services/documents) ----------------------
    "Treatment Plan": "Plan de tratamiento",
    "I took part in writing this plan, it was explained to me, and I agree to work on it. I "
    "received a copy.": "Participé en la elaboración de este plan, me lo explicaron y estoy "
    "de acuerdo en trabajar en él. Recibí una copia.",
    "Status: {status}; target {target}": "Estado: {status}; fecha prevista: {target}",
    "Status: {status}": "Estado: {status}",
    "Goal {number}: {goal}": "Meta {number}: {goal}",
    "Objective": "Objetivo",
    "Target date": "Fecha prevista",
    "No objectives yet.": "Todavía no hay objetivos.",
    "Interventions": "Intervenciones",
    "Parent or guardian": "Padre, madre o tutor legal",
    "Counselor: {counselor}": "Consejero/a: {counselor}",
    "{program} · printed {date}": "{program} · impreso el {date}",
    "Chart": "Expediente",
    "Date of birth": "Fecha de nacimiento",
    "Admitted": "Ingreso",
    "Next review": "Próxima revisión",
    "Problems": "Problemas",
    "Presenting problems": "Motivo de consulta",
    "Diagnoses": "Diagnósticos",
    "Code": "Código",
    "Diagnosis": "Diagnóstico",
    "Goals, objectives and interventions": "Metas, objetivos e intervenciones",
    "No goals written yet.": "Todavía no se han escrito metas.",
    "Reviews": "Revisiones",
    "Reviewed": "Revisión",
    "Signed by": "Firmado por",
    "Summary": "Resumen",
    "Draft (not signed)": "Borrador (sin firmar)",
    "Not reviewed yet.": "Todavía no se ha revisado.",
    "Signatures": "Firmas",
    "Treatment plan – chart {chart}": "Plan de tratamiento – expediente {chart}",
    "Treatment plan, {clinic}": "Plan de tratamiento, {clinic}",
    "item": "elemento",
    "{changes} (Now {moved}.)": "{changes} (Ahora: {moved}.)",
}

CATALOGUES: dict[str, dict[str, str]] = {"es": SPANISH}
