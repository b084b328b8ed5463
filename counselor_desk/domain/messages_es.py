"""The Spanish of every message in `messages`, keyed by its English (placeholders and their
formats kept as they are; CSV column names and the values a file holds stay as written)."""

from __future__ import annotations

SPANISH: dict[str, str] = {
    # domain/consent_scope.py
    "nothing": "nada",
    "Unknown scope category: {names}. Valid categories: {valid}.": (
        "Categoría de alcance desconocida: {names}. Categorías válidas: {valid}."
    ),
    "Unknown scope categories: {names}. Valid categories: {valid}.": (
        "Categorías de alcance desconocidas: {names}. Categorías válidas: {valid}."
    ),
    "Choose at least one category of information. Valid categories: {valid}.": (
        "Elija al menos una categoría de información. Categorías válidas: {valid}."
    ),
    # domain/integrity.py
    "note {number} was signed (audit row {row}) but is unsigned now": (
        "la nota {number} se firmó (fila de auditoría {row}) pero ahora no está firmada"
    ),
    (
        "the discharge summary of participant {number} was signed (audit row {row}) but is "
        "unsigned now"
    ): (
        "el resumen de alta del participante {number} se firmó (fila de auditoría {row}) pero "
        "ahora no está firmado"
    ),
    "signed note {number} (audit row {row}) is missing": (
        "falta la nota firmada {number} (fila de auditoría {row})"
    ),
    "addendum {number} (audit row {row}) is missing": (
        "falta la adenda {number} (fila de auditoría {row})"
    ),
    "disclosure {number} (audit row {row}) is missing": (
        "falta la divulgación {number} (fila de auditoría {row})"
    ),
    "signed discharge summary of participant {number} (audit row {row}) is missing": (
        "falta el resumen de alta firmado del participante {number} (fila de auditoría {row})"
    ),
    "discharge amendment {number} (audit row {row}) is missing": (
        "falta la enmienda {number} del resumen de alta (fila de auditoría {row})"
    ),
    "signed note {number} was changed after audit row {row}": (
        "la nota firmada {number} se modificó después de la fila de auditoría {row}"
    ),
    "addendum {number} was changed after audit row {row}": (
        "la adenda {number} se modificó después de la fila de auditoría {row}"
    ),
    "disclosure {number} was changed after audit row {row}": (
        "la divulgación {number} se modificó después de la fila de auditoría {row}"
    ),
    "signed discharge summary of participant {number} was changed after audit row {row}": (
        "el resumen de alta firmado del participante {number} se modificó después de la fila de "
        "auditoría {row}"
    ),
    "discharge amendment {number} was changed after audit row {row}": (
        "la enmienda {number} del resumen de alta se modificó después de la fila de auditoría {row}"
    ),
    "signed note {number} has no row in the audit trail": (
        "la nota firmada {number} no tiene su fila en el registro de auditoría"
    ),
    "addendum {number} has no row in the audit trail": (
        "la adenda {number} no tiene su fila en el registro de auditoría"
    ),
    "disclosure {number} has no row in the audit trail": (
        "la divulgación {number} no tiene su fila en el registro de auditoría"
    ),
    "signed discharge summary of participant {number} has no row in the audit trail": (
        "el resumen de alta firmado del participante {number} no tiene su fila en el registro de "
        "auditoría"
    ),
    "discharge amendment {number} has no row in the audit trail": (
        "la enmienda {number} del resumen de alta no tiene su fila en el registro de auditoría"
    ),
    "… and {count} more notes without their row": "… y {count} notas más sin su fila",
    "… and {count} more addenda without their row": "… y {count} adendas más sin su fila",
    "… and {count} more disclosures without their row": "… y {count} divulgaciones más sin su fila",
    "… and {count} more discharges without their row": (
        "… y {count} resúmenes de alta más sin su fila"
    ),
    "… and {count} more discharge amendments without their row": (
        "… y {count} enmiendas de resúmenes de alta más sin su fila"
    ),
    (
        "the records older than tamper evidence (vouched for together when the database was "
        "brought to schema 9) were changed"
    ): (
        "los registros anteriores a la protección contra alteraciones (avalados en conjunto cuando "
        "la base de datos se actualizó al esquema 9) se modificaron"
    ),
    # domain/measures.py
    "{instrument} has {items} questions; {given} were given.": (
        "{instrument} tiene {items} preguntas; se dieron {given}."
    ),
    "Question {number} is answered with a whole number, 0 to {top}.": (
        "La pregunta {number} se responde con un número entero, de 0 a {top}."
    ),
    "Question {number} is asked only when question {gate} is answered yes.": (
        "La pregunta {number} se hace solo cuando la pregunta {gate} se responde que sí."
    ),
    "Question {number} has no answer.": "La pregunta {number} no tiene respuesta.",
    "Question {number} is answered 0 to {top}, not {answer}.": (
        "La pregunta {number} se responde de 0 a {top}, no {answer}."
    ),
    # domain/messages.py
    "{items} or {last}": "{items} o {last}",
    # domain/model.py
    "The consent for {recipient} was revoked on {revoked_date:%Y-%m-%d}.": (
        "El consentimiento para {recipient} se revocó el {revoked_date:%Y-%m-%d}."
    ),
    (
        "The consent for {recipient} has no expiry date, so it cannot be used for a new "
        "disclosure; add a new signed consent with its expiry date."
    ): (
        "El consentimiento para {recipient} no tiene fecha de vencimiento, así que no puede "
        "usarse para una nueva divulgación; agregue un nuevo consentimiento firmado con su fecha "
        "de vencimiento."
    ),
    "The consent for {recipient} expired on {day:%Y-%m-%d}.": (
        "El consentimiento para {recipient} venció el {day:%Y-%m-%d}."
    ),
    "The consent for {recipient} expired on {day:%Y-%m-%d}, when its event happened ({event}).": (
        "El consentimiento para {recipient} venció el {day:%Y-%m-%d}, cuando ocurrió su evento "
        "({event})."
    ),
    "The consent for {recipient} is dated {signed_date:%Y-%m-%d}, after today.": (
        "El consentimiento para {recipient} tiene fecha del {signed_date:%Y-%m-%d}, posterior a "
        "hoy."
    ),
    (
        "The consent for {recipient} was saved before consents named their information by "
        'category (as written: "{scope_as_written}"); confirm its scope on the Consents tab '
        "before using it."
    ): (
        "El consentimiento para {recipient} se guardó antes de que los consentimientos indicaran "
        'la información por categoría (tal como está escrito: "{scope_as_written}"); confirme '
        "su alcance en la pestaña Consentimientos antes de usarlo."
    ),
    # domain/npi.py
    "An NPI is 10 digits.": "Un NPI tiene 10 dígitos.",
    "This NPI's last digit does not match the others (check it for a typing error).": (
        "El último dígito de este NPI no coincide con los demás (revise si hay un error de "
        "escritura)."
    ),
    # domain/part2.py
    "diagnosis {code} (substance use)": "diagnóstico {code} (uso de sustancias)",
    "medication {name} (for opioid use disorder)": (
        "medicamento {name} (para el trastorno por consumo de opioides)"
    ),
    # services/clinical.py
    "Progress": "Progreso",
    "Goal": "Meta",
    "Interventions": "Intervenciones",
    "That goal does not exist.": "Esa meta no existe.",
    "Objective": "Objetivo",
    "That objective does not exist.": "Ese objetivo no existe.",
    (
        "The discharge summary was signed on {signed_at:%Y-%m-%d %H:%M} and is locked; add an "
        "amendment instead."
    ): (
        "El resumen de alta se firmó el {signed_at:%Y-%m-%d %H:%M} y está bloqueado; agregue una "
        "enmienda."
    ),
    "Information and copy given on: give the date they were given, or clear who received them.": (
        "Información y copia entregadas el: indique la fecha en que se entregaron, o borre quién "
        "las recibió."
    ),
    "Information and copy given on: {given_on} is in the future.": (
        "Información y copia entregadas el: {given_on} es una fecha futura."
    ),
    "Information and copy given on: {given_on} is before the admission date ({admission_date}).": (
        "Información y copia entregadas el: {given_on} es anterior a la fecha de admisión "
        "({admission_date})."
    ),
    (
        "Information and copy given to: say who received them (the participant, a guardian, or "
        "who else)."
    ): (
        "Información y copia entregadas a: indique quién las recibió (el participante, un tutor "
        "u otra persona)."
    ),
    "The discharge date cannot be before the admission date.": (
        "La fecha de alta no puede ser anterior a la fecha de admisión."
    ),
    "Referral {position}: provider": "Referido {position}: proveedor",
    "Referral {position}: service": "Referido {position}: servicio",
    "Referral {position}: contact": "Referido {position}: contacto",
    "Referral {position}: phone": "Referido {position}: teléfono",
    "Referral {position}: address": "Referido {position}: dirección",
    "Who was given the copy": "A quién se entregó la copia",
    "Strengths, needs, abilities and preferences": (
        "Fortalezas, necesidades, habilidades y preferencias"
    ),
    "Reason details": "Detalles del motivo",
    "Condition": "Estado",
    "Aftercare plan": "Plan de cuidado posterior",
    "Relapse-prevention plan": "Plan de prevención de recaídas",
    "Crisis resources": "Recursos en caso de crisis",
    "Medications at discharge": "Medicamentos al alta",
    "The discharge is recorded; its date cannot change here.": (
        "El alta ya está registrada; su fecha no puede cambiarse aquí."
    ),
    "This participant is already discharged.": "Este participante ya fue dado de alta.",
    "The discharge date cannot be in the future.": (
        "La fecha de alta no puede ser una fecha futura."
    ),
    "Attendance is recorded on {day}, after this discharge date.": (
        "Hay asistencia registrada el {day}, después de esta fecha de alta."
    ),
    (
        "A {instrument} is recorded on {taken_on}, after this discharge date (strike it first if "
        "it was entered in error)."
    ): (
        "Hay un {instrument} registrado el {taken_on}, después de esta fecha de alta (anúlelo "
        "primero si se ingresó por error)."
    ),
    "Consent {consent_id} does not exist.": "El consentimiento {consent_id} no existe.",
    "Choose at least one category of information the consent allows ({categories}).": (
        "Elija al menos una categoría de información que el consentimiento permita ({categories})."
    ),
    "Recipient": "Destinatario",
    "Purpose": "Propósito",
    "Recipient address": "Dirección del destinatario",
    "The event or condition it expires on": "El evento o la condición con que vence",
    "Signed by": "Firmado por",
    "The consent cannot be signed in the future.": (
        "El consentimiento no puede firmarse con una fecha futura."
    ),
    (
        "Expiry date or event is required: give the date it expires on (Expires on), the event "
        "or condition it expires with (or when), or both; a consent without an expiry is not "
        "valid."
    ): (
        "Se requiere una fecha o un evento de vencimiento: indique la fecha en que vence (Vence "
        "el), el evento o la condición con que vence (o cuándo), o ambos; un consentimiento sin "
        "vencimiento no es válido."
    ),
    "The consent cannot expire before it was signed.": (
        "El consentimiento no puede vencer antes de haberse firmado."
    ),
    (
        "This consent's scope was chosen when it was recorded; it cannot change. Record a new "
        "consent for a different scope."
    ): (
        "El alcance de este consentimiento se eligió cuando se registró; no puede cambiar. "
        "Registre un nuevo consentimiento para un alcance distinto."
    ),
    "This consent is already revoked.": "Este consentimiento ya está revocado.",
    "The revocation date must be between the signing date and today.": (
        "La fecha de revocación debe estar entre la fecha de firma y hoy."
    ),
    "This consent does not expire with an event or condition; nothing was recorded.": (
        "Este consentimiento no vence con un evento o una condición; no se registró nada."
    ),
    "The event of this consent was already recorded as happening on {expiry_event_on:%Y-%m-%d}.": (
        "El evento de este consentimiento ya se registró como ocurrido el "
        "{expiry_event_on:%Y-%m-%d}."
    ),
    "The event cannot have happened before the consent was signed ({signed_date:%Y-%m-%d}).": (
        "El evento no puede haber ocurrido antes de que se firmara el consentimiento "
        "({signed_date:%Y-%m-%d})."
    ),
    "The event cannot be recorded in the future.": (
        "El evento no puede registrarse con una fecha futura."
    ),
    "That consent belongs to another participant.": (
        "Ese consentimiento pertenece a otro participante."
    ),
    "{why} Nothing was disclosed.": "{why} No se divulgó nada.",
    (
        "No valid consent for disclosure is on file (none, expired or revoked); nothing was "
        "disclosed."
    ): (
        "No hay en el expediente ningún consentimiento de divulgación vigente (no hay ninguno, "
        "venció o fue revocado); no se divulgó nada."
    ),
    "Several consents are valid; choose one: {listing}.": (
        "Hay varios consentimientos vigentes; elija uno: {listing}."
    ),
    # services/curriculum.py
    "That program does not exist.": "Ese programa no existe.",
    "A curriculum holds at most {max_modules} modules.": (
        "Un currículo tiene como máximo {max_modules} módulos."
    ),
    "Module {number}: the title": "Módulo {number}: el título",
    "Module {number}: the materials": "Módulo {number}: los materiales",
    "Module {number} is not in this program's curriculum.": (
        "El módulo {number} no está en el currículo de este programa."
    ),
    "Modules {other} and {number} are both titled “{title}”.": (
        "Los módulos {other} y {number} tienen el mismo título, “{title}”."
    ),
    (
        "“{title}” is the module of {used} session, so it cannot be removed; rename it or mark "
        "it elective instead."
    ): (
        "“{title}” es el módulo de {used} sesión, así que no puede quitarse; cámbiele el nombre "
        "o márquelo como optativo."
    ),
    (
        "“{title}” is the module of {used} sessions, so it cannot be removed; rename it or mark "
        "it elective instead."
    ): (
        "“{title}” es el módulo de {used} sesiones, así que no puede quitarse; cámbiele el "
        "nombre o márquelo como optativo."
    ),
    "Session {session_id} does not exist.": "La sesión {session_id} no existe.",
    "Only a program's group or psychoeducation session covers a module.": (
        "Solo una sesión grupal o de psicoeducación de un programa cubre un módulo."
    ),
    "That module is not in the curriculum of {program}.": (
        "Ese módulo no está en el currículo de {program}."
    ),
    "Sessions to complete must be between 1 and {max_completion_sessions}, or left empty.": (
        "Las sesiones para completar deben estar entre 1 y {max_completion_sessions}, o dejarse "
        "en blanco."
    ),
    "That participant does not exist.": "Ese participante no existe.",
    # services/demo.py
    "The database {path} already holds data; demo fills only an empty database.": (
        "La base de datos {path} ya contiene datos; la demostración solo llena una base de datos "
        "vacía."
    ),
    # services/discharge_content.py
    "The discharge is not recorded yet: record it before signing.": (
        "El alta aún no está registrada: regístrela antes de firmar."
    ),
    (
        "Reason for admission / presenting problems is empty: write it in the participant's "
        "record (Edit participant…)."
    ): (
        "El motivo de admisión / motivos de consulta está vacío: escríbalo en el expediente del "
        "participante (Editar datos…)."
    ),
    (
        "No diagnosis is recorded: add at least one ICD-10 diagnosis in the participant's record "
        "(Edit participant…)."
    ): (
        "No hay ningún diagnóstico registrado: agregue al menos un diagnóstico ICD-10 en el "
        "expediente del participante (Editar datos…)."
    ),
    "Condition at discharge is empty: describe it.": (
        "El estado al momento del alta está vacío: descríbalo."
    ),
    "Reason details are empty: say why ({reason}); 'other' says nothing on its own.": (
        "Los detalles del motivo están vacíos: explique por qué ({reason}); 'Otro' no dice nada "
        "por sí solo."
    ),
    (
        "Reason details are empty: say why ({reason}); the participant may appeal a discharge "
        "they did not choose."
    ): (
        "Los detalles del motivo están vacíos: explique por qué ({reason}); el participante "
        "puede apelar un alta que no eligió."
    ),
    "Recommended next level of care is not stated: choose one.": (
        "No se indica el siguiente nivel de atención recomendado: elija uno."
    ),
    "Aftercare plan is empty: write the plan (or why there is none).": (
        "El plan de cuidado posterior está vacío: escriba el plan (o por qué no lo hay)."
    ),
    "Relapse-prevention plan is empty: write it.": (
        "El plan de prevención de recaídas está vacío: escríbalo."
    ),
    # services/discharge_signing.py
    (
        "The discharge summary is not signed yet: change the form and sign it; amendments are "
        "for a signed summary."
    ): (
        "El resumen de alta aún no está firmado: modifique el formulario y fírmelo; las "
        "enmiendas son para un resumen firmado."
    ),
    "Fill in your counselor profile (name and credentials) before signing.": (
        "Complete su perfil de consejero/a (nombre y credenciales) antes de firmar."
    ),
    (
        "The discharge summary was already signed on {signed_at:%Y-%m-%d %H:%M}; add an "
        "amendment instead."
    ): ("El resumen de alta ya se firmó el {signed_at:%Y-%m-%d %H:%M}; agregue una enmienda."),
    "The discharge summary cannot be signed yet: {names}": (
        "El resumen de alta aún no puede firmarse: {names}"
    ),
    "Choose what the amendment concerns.": "Elija a qué se refiere la enmienda.",
    "Reason for the amendment": "Motivo de la enmienda",
    "Amendment text": "Texto de la enmienda",
    "Fill in your counselor profile before writing an amendment.": (
        "Complete su perfil de consejero/a antes de escribir una enmienda."
    ),
    # services/documents/attendance_letter.py
    "The 'to' date is before the 'from' date.": "La fecha 'Hasta' es anterior a la fecha 'Desde'.",
    "The 'from' date is in the future; no attendance is recorded yet.": (
        "La fecha 'Desde' es futura; aún no hay asistencia registrada."
    ),
    "One letter covers at most three years; choose a shorter range.": (
        "Una carta abarca como máximo tres años; elija un período más corto."
    ),
    "The recipient's name": "El nombre del destinatario",
    "Recipient is required: the person or office it is for.": (
        "Se requiere el destinatario: la persona u oficina a la que va dirigida."
    ),
    "The organization": "La organización",
    "The case or docket number": "El número de caso o de expediente judicial",
    (
        "The dates asked for end on {last:%Y-%m-%d}, before the admission on "
        "{admitted:%Y-%m-%d}: there is no attendance to verify."
    ): (
        "Las fechas solicitadas terminan el {last:%Y-%m-%d}, antes de la admisión del "
        "{admitted:%Y-%m-%d}: no hay asistencia que verificar."
    ),
    (
        "The consent {consent_id} allows disclosure to {recipient}, not to {logged}; nothing was "
        "disclosed."
    ): (
        "El consentimiento {consent_id} permite la divulgación a {recipient}, no a {logged}; no "
        "se divulgó nada."
    ),
    (
        "The consent {consent_id} for {recipient} does not include attendance (it allows: "
        "{allowed}), and a letter is nothing but attendance; nothing was disclosed."
    ): (
        "El consentimiento {consent_id} para {recipient} no incluye la asistencia (permite: "
        "{allowed}), y una carta no contiene más que la asistencia; no se divulgó nada."
    ),
    # services/documents/common.py
    "Unknown document kind '{kind}'.": "Tipo de documento desconocido: '{kind}'.",
    (
        "Fill in the clinic's name in your counselor profile (File > Settings) before exporting "
        "documents; nothing was exported."
    ): (
        "Escriba el nombre de la clínica en su perfil de consejero/a (Archivo > Configuración) "
        "antes de exportar documentos; no se exportó nada."
    ),
    (
        "Fill in your name in your counselor profile (File > Settings) before exporting "
        "documents; nothing was exported."
    ): (
        "Escriba su nombre en su perfil de consejero/a (Archivo > Configuración) antes de "
        "exportar documentos; no se exportó nada."
    ),
    (
        "Fill in your name and the clinic's name in your counselor profile (File > Settings) "
        "before exporting documents; nothing was exported."
    ): (
        "Escriba su nombre y el nombre de la clínica en su perfil de consejero/a (Archivo > "
        "Configuración) antes de exportar documentos; no se exportó nada."
    ),
    "{why} No valid consent for disclosure is on file; nothing was disclosed.": (
        "{why} No hay en el expediente ningún consentimiento de divulgación vigente; no se "
        "divulgó nada."
    ),
    "{out} is a folder; give a file name ending in .pdf.": (
        "{out} es una carpeta; indique un nombre de archivo que termine en .pdf."
    ),
    "The folder {folder} does not exist.": "La carpeta {folder} no existe.",
    "The folder {folder} cannot be written to ({strerror}).": (
        "No se puede escribir en la carpeta {folder} ({strerror})."
    ),
    "The file {out} could not be written ({strerror}).": (
        "No se pudo escribir el archivo {out} ({strerror})."
    ),
    (
        "The file {out} could not be put in place ({strerror}). The export is still recorded in "
        "the audit trail (and, for a disclosure, in the disclosure log); export it again."
    ): (
        "No se pudo colocar el archivo {out} en su lugar ({strerror}). La exportación sigue "
        "anotada en el registro de auditoría (y, si es una divulgación, en el registro de "
        "divulgaciones); expórtelo de nuevo."
    ),
    # services/documents/safety_plan_sheet.py
    "There is no safety plan for this participant yet: write one first; nothing was exported.": (
        "Este participante aún no tiene un plan de seguridad: escriba uno primero; no se exportó "
        "nada."
    ),
    (
        "Add the clinic's crisis line to your counselor profile first: every printed safety plan "
        "carries it beside 988; nothing was exported."
    ): (
        "Primero agregue la línea de crisis de la clínica a su perfil de consejero/a: cada plan "
        "de seguridad impreso la lleva junto al 988; no se exportó nada."
    ),
    # services/documents/signin_sheet.py
    "An individual session has no sign-in sheet; its session note documents it.": (
        "Una sesión individual no tiene hoja de firmas; la documenta su nota de sesión."
    ),
    "This session is cancelled; there is no one to sign in.": (
        "Esta sesión está cancelada; no hay nadie que firme."
    ),
    # services/encryption.py
    "The passphrase is not right.": "La frase de contraseña no es correcta.",
    "The recovery key is not right.": "La clave de recuperación no es correcta.",
    (
        "The caseload is now encrypted at rest: the database, its journal and every backup the "
        "app makes open only with your passphrase or the recovery key."
    ): (
        "La carga de casos ahora está cifrada en reposo: la base de datos, su diario y cada "
        "copia de seguridad que hace la aplicación solo se abren con su frase de contraseña o la "
        "clave de recuperación."
    ),
    "{count} earlier backup(s) in the app's own folder were encrypted too.": (
        "También se cifraron {count} copia(s) de seguridad anteriores en la carpeta propia de la "
        "aplicación."
    ),
    (
        "The earlier copy {path} could not be read to encrypt it: it is still plaintext; delete "
        "it if you do not need it."
    ): (
        "No se pudo leer la copia anterior {path} para cifrarla: sigue sin cifrar; elimínela si "
        "no la necesita."
    ),
    (
        "Copies made elsewhere (backups to a folder or a drive you chose, exported documents) "
        "are not covered: encrypt or delete them yourself."
    ): (
        "Las copias hechas en otros lugares (copias de seguridad en una carpeta o unidad que "
        "usted eligió, documentos exportados) no están cubiertas: cífrelas o elimínelas usted "
        "mismo/a."
    ),
    "An in-memory database cannot be encrypted.": "Una base de datos en memoria no puede cifrarse.",
    "The database is encrypted already.": "La base de datos ya está cifrada.",
    "The database is not encrypted.": "La base de datos no está cifrada.",
    "The database could not be encrypted ({why}); the plaintext file is still the live one.": (
        "No se pudo cifrar la base de datos ({why}); el archivo sin cifrar sigue siendo el que "
        "está en uso."
    ),
    "a problem": "un problema",
    "The encrypted copy did not pass the check ({first}); nothing was changed.": (
        "La copia cifrada no pasó la comprobación ({first}); no se cambió nada."
    ),
    # services/fhir_export.py
    "{path} is a folder; give a file name ending in {words}.": (
        "{path} es una carpeta; indique un nombre de archivo que termine en {words}."
    ),
    "The folder {parent} does not exist.": "La carpeta {parent} no existe.",
    "The PDF and the FHIR bundle need two different file names.": (
        "El PDF y el paquete FHIR necesitan dos nombres de archivo distintos."
    ),
    (
        "The file {out} could not be put in place ({strerror}). The export is still recorded in "
        "the audit trail and the disclosure log; export it again."
    ): (
        "No se pudo colocar el archivo {out} en su lugar ({strerror}). La exportación sigue "
        "anotada en el registro de auditoría y en el registro de divulgaciones; expórtelo de "
        "nuevo."
    ),
    "The folder {parent} cannot be written to ({strerror}).": (
        "No se puede escribir en la carpeta {parent} ({strerror})."
    ),
    # services/fhir_import.py
    "The file {path} cannot be read ({strerror}).": (
        "No se puede leer el archivo {path} ({strerror})."
    ),
    "{path} is a folder, not a referral file.": "{path} es una carpeta, no un archivo de referido.",
    "The file is {size:.1f} MB; a referral file may be at most {most} MB. Nothing was read.": (
        "El archivo tiene {size:.1f} MB; un archivo de referido puede tener como máximo {most} "
        "MB. No se leyó nada."
    ),
    "The referral gives no full date of birth: enter it before admitting. Nothing was admitted.": (
        "El referido no indica una fecha de nacimiento completa: ingrésela antes de admitir. No "
        "se admitió a nadie."
    ),
    # services/group_notes.py
    "That participant did not attend this session.": "Ese participante no asistió a esta sesión.",
    "That session does not exist.": "Esa sesión no existe.",
    "The session was cancelled: there is nothing to document.": (
        "La sesión se canceló: no hay nada que documentar."
    ),
    (
        "A group note is written for a program's group, education or family session; write an "
        "individual note from the participant's record."
    ): (
        "Una nota grupal se escribe para una sesión grupal, educativa o familiar de un programa; "
        "escriba una nota individual desde el expediente del participante."
    ),
    "Take roll call for this session first: the group note lists who attended.": (
        "Primero pase lista para esta sesión: la nota grupal indica quiénes asistieron."
    ),
    "An intervention": "Una intervención",
    "A pick list holds at most 100 interventions.": (
        "Una lista de intervenciones tiene como máximo 100 intervenciones."
    ),
    "Topic": "Tema",
    "Module": "Módulo",
    "Other interventions": "Otras intervenciones",
    "Group content": "Contenido del grupo",
    "{who}: {label}": "{who}: {label}",
    "Response": "Respuesta",
    "Plan": "Plan",
    "Risk details": "Detalles del riesgo",
    "{who} did not attend this session: no note is written for them.": (
        "{who} no asistió a esta sesión: no se escribe una nota para esta persona."
    ),
    "{attendee}: that objective is not one of theirs.": (
        "{attendee}: ese objetivo no es uno de los suyos."
    ),
    "{who}: the reason is too long (at most {max_reason} characters).": (
        "{who}: el motivo es demasiado largo (máximo {max_reason} caracteres)."
    ),
    "{who}: pick a participation level.": "{who}: elija un nivel de participación.",
    "{who}: write the response to the intervention.": (
        "{who}: escriba la respuesta a la intervención."
    ),
    "{who}: write the plan.": "{who}: escriba el plan.",
    "{who}: write the progress toward the linked objective.": (
        "{who}: escriba el progreso hacia el objetivo vinculado."
    ),
    "{who}: the entry names {names}; remove other members' names.": (
        "{who}: la entrada nombra a {names}; quite los nombres de otros miembros."
    ),
    "Shared part: write the topic or module.": "Parte común: escriba el tema o el módulo.",
    "Shared part: pick or write the interventions used.": (
        "Parte común: elija o escriba las intervenciones usadas."
    ),
    "Shared part: write what the group did.": "Parte común: escriba lo que hizo el grupo.",
    "{who}: the entry is not written yet.": "{who}: la entrada aún no está escrita.",
    (
        "The shared part names {names}: every attendee's note prints it, so remove the names of "
        "group members before signing."
    ): (
        "La parte común nombra a {names}: la nota de cada asistente la imprime, así que quite "
        "los nombres de los miembros del grupo antes de firmar."
    ),
    # services/import_measures.py
    (
        "The column {columns} is not a question of any measure ({longest} has the most "
        "questions, {items})."
    ): (
        "La columna {columns} no es una pregunta de ninguna prueba ({longest} es la que tiene "
        "más preguntas, {items})."
    ),
    (
        "The columns {columns} are not questions of any measure ({longest} has the most "
        "questions, {items})."
    ): (
        "Las columnas {columns} no son preguntas de ninguna prueba ({longest} es la que tiene "
        "más preguntas, {items})."
    ),
    (
        "The file has neither answer columns ({first} … {last}) nor a total column; it needs one "
        "or the other."
    ): (
        "El archivo no tiene columnas de respuestas ({first} … {last}) ni una columna total; "
        "necesita una u otra."
    ),
    "{column} '{value}' is below 0.": "{column} '{value}' es menor que 0.",
    "the row has more values than the header has columns.": (
        "la fila tiene más valores que columnas tiene el encabezado."
    ),
    "chart_number is required.": "chart_number es obligatorio.",
    "no participant has chart_number {chart}.": (
        "ningún participante tiene el chart_number {chart}."
    ),
    "instrument is required.": "instrument es obligatorio.",
    "instrument '{name}' is not {instruments}.": "instrument '{name}' no es {instruments}.",
    "{column} must be empty: {instrument} has {items} questions.": (
        "{column} debe estar vacía: {instrument} tiene {items} preguntas."
    ),
    "a row has the answers ({first} …) or a total, not both.": (
        "una fila lleva las respuestas ({first} …) o un total, no ambos."
    ),
    "give the answers ({first} … {last}) or a total.": (
        "indique las respuestas ({first} … {last}) o un total."
    ),
    "{column}: {message}": "{column}: {message}",
    (
        "the same {instrument} of {taken_on:%Y-%m-%d} for chart_number {chart_number} is also on "
        "line {other_line}."
    ): (
        "el mismo {instrument} del {taken_on:%Y-%m-%d} para el chart_number {chart_number} "
        "también está en la línea {other_line}."
    ),
    (
        "the same {instrument} of {taken_on:%Y-%m-%d} for chart_number {chart_number} is already "
        "stored."
    ): (
        "el mismo {instrument} del {taken_on:%Y-%m-%d} para el chart_number {chart_number} ya "
        "está guardado."
    ),
    # services/imports.py
    "line {line}: {message}": "línea {line}: {message}",
    "… and {more} more problem(s).": "… y {more} problema(s) más.",
    "{count} bad row(s) in the participants file; nothing was imported.": (
        "{count} fila(s) con errores en el archivo de participantes; no se importó nada."
    ),
    "{count} bad row(s) in the measures file; nothing was imported.": (
        "{count} fila(s) con errores en el archivo de pruebas; no se importó nada."
    ),
    "{count} bad row(s) in the {what} file; nothing was imported.": (
        "{count} fila(s) con errores en el archivo de {what}; no se importó nada."
    ),
    "{count} bad row(s) in the attendance file; nothing was imported.": (
        "{count} fila(s) con errores en el archivo de asistencia; no se importó nada."
    ),
    "The file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8 CSV.": (
        "El archivo no es texto UTF-8 (el byte {byte} no puede leerse); guárdelo como CSV UTF-8."
    ),
    "The file is empty; it needs a header row and at least one data row.": (
        "El archivo está vacío; necesita una fila de encabezado y al menos una fila de datos."
    ),
    "Line 1 is not valid CSV ({error}).": "La línea 1 no es CSV válido ({error}).",
    "The file is missing the required column(s): {columns}.": (
        "Al archivo le faltan la(s) columna(s) obligatoria(s): {columns}."
    ),
    "The column(s) {columns} appear twice.": "La(s) columna(s) {columns} aparece(n) dos veces.",
    "Line {start} is not valid CSV ({error}); nothing was imported.": (
        "La línea {start} no es CSV válido ({error}); no se importó nada."
    ),
    (
        "a quoted value runs over more than one line (lines {start}–{line_num}); check for a "
        "stray quote."
    ): (
        "un valor entre comillas ocupa más de una línea (líneas {start}–{line_num}); revise si "
        "hay una comilla suelta."
    ),
    "{name} contains a control character or line break.": (
        "{name} contiene un carácter de control o un salto de línea."
    ),
    "The file has a header but no data rows.": (
        "El archivo tiene encabezado pero ninguna fila de datos."
    ),
    "{name} is required.": "{name} es obligatorio.",
    "{name} '{value}' is not a date like 2026-03-02.": (
        "{name} '{value}' no es una fecha como 2026-03-02."
    ),
    "{name} '{value}' is not a whole number.": "{name} '{value}' no es un número entero.",
    "{name} '{value}' is too large.": "{name} '{value}' es demasiado grande.",
    "level_of_care '{value}' is not OP, IOP or PHP.": (
        "level_of_care '{value}' no es OP, IOP ni PHP."
    ),
    "chart_number {chart} is also on line {other_line}.": (
        "chart_number {chart} también está en la línea {other_line}."
    ),
    "program is required when the database has more than one program.": (
        "program es obligatorio cuando la base de datos tiene más de un programa."
    ),
    "program is required when the database has no program yet.": (
        "program es obligatorio cuando la base de datos aún no tiene ningún programa."
    ),
    "program name is too long.": "el nombre en program es demasiado largo.",
    "diagnosis is given without a diagnosis_code.": "diagnosis se indica sin un diagnosis_code.",
    "there are more diagnosis descriptions than diagnosis codes.": (
        "hay más descripciones de diagnóstico que códigos de diagnóstico."
    ),
    "module '{text}': only a group or psychoeducation session covers a module.": (
        "module '{text}': solo una sesión grupal o de psicoeducación cubre un módulo."
    ),
    "module '{text}' is not in the curriculum of {program}.": (
        "module '{text}' no está en el currículo de {program}."
    ),
    "the program": "el programa",
    "rows of one session name different modules.": (
        "las filas de una misma sesión indican módulos distintos."
    ),
    "date {day} is in the future.": "date {day} es una fecha futura.",
    "start_time '{start_text}' is not a time like 09:00.": (
        "start_time '{start_text}' no es una hora como 09:00."
    ),
    "duration_minutes must be between 1 and 720.": "duration_minutes debe estar entre 1 y 720.",
    "service_type '{value}' is not group, individual, education or family.": (
        "service_type '{value}' no es group, individual, education ni family."
    ),
    (
        "rows of one session (same date, start_time, service_type and topic) have different "
        "duration_minutes."
    ): (
        "las filas de una misma sesión (misma date, start_time, service_type y topic) tienen "
        "duration_minutes distintos."
    ),
    "an individual session has rows for more than one participant.": (
        "una sesión individual tiene filas de más de un participante."
    ),
    "status '{value}' is not one of {statuses}.": "status '{value}' no es uno de {statuses}.",
    "minutes_attended is required when status is {status}.": (
        "minutes_attended es obligatorio cuando status es {status}."
    ),
    "telehealth '{value}' is not yes or no.": "telehealth '{value}' no es yes ni no.",
    "chart_number {chart_number} is already marked for this session on line {other_line}.": (
        "chart_number {chart_number} ya está marcado para esta sesión en la línea {other_line}."
    ),
    "a stored session at that time lasts {duration_minutes} minutes.": (
        "una sesión guardada a esa hora dura {duration_minutes} minutos."
    ),
    "attendance for this participant and session is already recorded.": (
        "la asistencia de este participante en esta sesión ya está registrada."
    ),
    # services/maintenance.py
    "An in-memory database cannot be backed up.": (
        "Una base de datos en memoria no puede respaldarse."
    ),
    "{folder} is a file, not a folder.": "{folder} es un archivo, no una carpeta.",
    (
        "The passphrase does not open this backup (a backup made before the passphrase was "
        "changed opens with the earlier passphrase or the recovery key)."
    ): (
        "La frase de contraseña no abre esta copia de seguridad (una copia hecha antes de "
        "cambiar la frase de contraseña se abre con la frase anterior o con la clave de "
        "recuperación)."
    ),
    "Choose a backup file, not the database itself.": (
        "Elija un archivo de copia de seguridad, no la base de datos misma."
    ),
    "The backup {backup_file} is encrypted: its passphrase is needed to restore it.": (
        "La copia de seguridad {backup_file} está cifrada: se necesita su frase de contraseña "
        "para restaurarla."
    ),
    "The caseload is encrypted: its passphrase is needed to restore a backup into it.": (
        "La carga de casos está cifrada: se necesita su frase de contraseña para restaurar en "
        "ella una copia de seguridad."
    ),
    "The backup {backup_file} cannot be restored: {problem}.": (
        "La copia de seguridad {backup_file} no puede restaurarse: {problem}."
    ),
    "The backup {backup_file} could not be read; nothing was changed.": (
        "No se pudo leer la copia de seguridad {backup_file}; no se cambió nada."
    ),
    "The passphrase given is not the caseload's: nothing was changed.": (
        "La frase de contraseña indicada no es la de la carga de casos: no se cambió nada."
    ),
    "ok    {finding}": "bien  {finding}",
    "FAIL  {finding}": "FALLA {finding}",
    "… and {more} more": "… y {more} más",
    "structure: {problem}": "estructura: {problem}",
    "file structure (integrity_check)": "estructura del archivo (integrity_check)",
    "links between records (foreign_key_check)": "vínculos entre registros (foreign_key_check)",
    "the triggers that lock signed records are in place, unchanged": (
        "los disparadores que bloquean los registros firmados están en su lugar, sin cambios"
    ),
    "signed note {note_id} no longer matches its signature": (
        "la nota firmada {note_id} ya no coincide con su firma"
    ),
    "signed notes match their signatures": "las notas firmadas coinciden con sus firmas",
    (
        "the signed discharge summary of participant {participant_id} (or one of its amendments) "
        "no longer matches its signature"
    ): (
        "el resumen de alta firmado del participante {participant_id} (o una de sus enmiendas) ya "
        "no coincide con su firma"
    ),
    "signed discharge summaries and their amendments match their signatures": (
        "los resúmenes de alta firmados y sus enmiendas coinciden con sus firmas"
    ),
    "every signed record, addendum, amendment and disclosure has its audit row and matches it": (
        "cada registro firmado, adenda, enmienda y divulgación tiene su fila de auditoría y "
        "coincide con ella"
    ),
    "the audit trail was altered outside the app: first bad row is {row}": (
        "el registro de auditoría se alteró fuera de la aplicación: la primera fila incorrecta es "
        "la {row}"
    ),
    "audit trail chain is whole": "la cadena del registro de auditoría está completa",
    "All good: nothing is damaged or altered.": "Todo bien: nada está dañado ni alterado.",
    (
        "Problems found: restore a good backup (counselor-desk restore FILE) or keep this file for "
        "investigation."
    ): (
        "Se encontraron problemas: restaure una copia de seguridad buena (counselor-desk restore "
        "FILE) o conserve este archivo para investigarlo."
    ),
    "the anchor of the audit trail was not checked": (
        "no se comprobó el ancla del registro de auditoría"
    ),
    "the triggers could not be read ({sqlite_words})": (
        "no se pudieron leer los disparadores ({sqlite_words})"
    ),
    "the record could not be read ({error})": "no se pudo leer el expediente ({error})",
    "the file structure could not be read ({sqlite_words})": (
        "no se pudo leer la estructura del archivo ({sqlite_words})"
    ),
    "The backup could not be put in place of {path} ({why}); nothing was deleted.": (
        "No se pudo poner la copia de seguridad en lugar de {path} ({why}); no se eliminó nada."
    ),
    # services/measures.py
    "Unknown measure “{name}”: the measure is {instruments}.": (
        "Prueba desconocida “{name}”: la prueba es {instruments}."
    ),
    "The date taken is not a date.": "La fecha de aplicación no es una fecha.",
    "The date cannot be in the future.": "La fecha no puede ser futura.",
    "The date is before admission ({admission_date}).": (
        "La fecha es anterior a la admisión ({admission_date})."
    ),
    "The date is after the discharge ({left}).": "La fecha es posterior al alta ({left}).",
    "The answers of a {instrument} are a list of numbers.": (
        "Las respuestas de un {instrument} son una lista de números."
    ),
    "{instrument} {score_word}": "{score_word} del {instrument}",
    "The {label} is a whole number.": "{label}: debe ser un número entero.",
    "The difficulty answer is a whole number, 0 to 3.": (
        "La respuesta de dificultad es un número entero, de 0 a 3."
    ),
    "{instrument} has no difficulty question.": "{instrument} no tiene pregunta de dificultad.",
    "The difficulty answer goes with the answers, not a total.": (
        "La respuesta de dificultad va con las respuestas, no con un total."
    ),
    "Difficulty": "Dificultad",
    "That score does not exist.": "Esa puntuación no existe.",
    "This {instrument} score was struck ({struck_reason}); it cannot be changed.": (
        "Esta puntuación de {instrument} se anuló ({struck_reason}); no puede cambiarse."
    ),
    "This {instrument} was scored from its answers: correct the answers.": (
        "Este {instrument} se puntuó a partir de sus respuestas: corrija las respuestas."
    ),
    "Type the corrected score or answers.": "Escriba la puntuación o las respuestas corregidas.",
    "The score is already {score}; type the corrected score.": (
        "La puntuación ya es {score}; escriba la puntuación corregida."
    ),
    "The answers are the same; type the corrected answers.": (
        "Las respuestas son las mismas; escriba las respuestas corregidas."
    ),
    "Reason for the correction": "Motivo de la corrección",
    "Reason for striking the score": "Motivo para anular la puntuación",
    "{instrument} cannot be scheduled: the schedule is for {instruments}.": (
        "{instrument} no puede programarse: la programación es para {instruments}."
    ),
    "{instrument} is listed twice.": "{instrument} aparece dos veces.",
    "{instrument}: at admission and before discharge are yes or no.": (
        "{instrument}: en la admisión y antes del alta son sí o no."
    ),
    "{instrument}: weeks between scores is a whole number.": (
        "{instrument}: las semanas entre puntuaciones son un número entero."
    ),
    "{instrument}: weeks between scores": "{instrument}: semanas entre puntuaciones",
    # services/notes.py
    "That note does not exist.": "Esa nota no existe.",
    "The session date is before the admission date.": (
        "La fecha de la sesión es anterior a la fecha de admisión."
    ),
    "The session date is after the discharge date.": (
        "La fecha de la sesión es posterior a la fecha de alta."
    ),
    "The session date is in the future.": "La fecha de la sesión es futura.",
    (
        "The participant is on leave from {start_date} to {end_date}; a session on that day "
        "cannot be documented."
    ): (
        "El participante está de permiso del {start_date} al {end_date}; no puede documentarse "
        "una sesión en ese día."
    ),
    "Duration in minutes": "Duración en minutos",
    "A group entry is written in the session's group note.": (
        "Una entrada grupal se escribe en la nota grupal de la sesión."
    ),
    "The {key} section is too long (at most {max_text} characters).": (
        "La sección {key} es demasiado larga (máximo {max_text} caracteres)."
    ),
    "The linked goal is not one of this participant's goals.": (
        "La meta vinculada no es una de las metas de este participante."
    ),
    "That note belongs to another participant.": "Esa nota pertenece a otro participante.",
    "This note is signed and locked; add an addendum instead.": (
        "Esta nota está firmada y bloqueada; agregue una adenda."
    ),
    "This is a group entry; edit it in the session's group note.": (
        "Esta es una entrada grupal; edítela en la nota grupal de la sesión."
    ),
    (
        "The {service_type} session of {session_date} was cancelled: correct its attendance in "
        "Sessions before writing a note for it."
    ): (
        "La sesión del {session_date} ({service_type}) se canceló: corrija su asistencia en "
        "Sesiones antes de escribir una nota para ella."
    ),
    (
        "The {service_type} session of {session_date} is marked {status}: correct its attendance "
        "in Sessions before writing a note for it."
    ): (
        "La sesión del {session_date} ({service_type}) está marcada como '{status}': corrija su "
        "asistencia en Sesiones antes de escribir una nota para ella."
    ),
    "record the risk screen (denied or present) before signing.": (
        "registre la detección de riesgo (negado o presente) antes de firmar."
    ),
    "{who}: record the risk screen (denied or present) before signing.": (
        "{who}: registre la detección de riesgo (negado o presente) antes de firmar."
    ),
    "risk is present: describe it and the safety plan before signing.": (
        "hay riesgo presente: descríbalo junto con el plan de seguridad antes de firmar."
    ),
    "{who}: risk is present: describe it and the safety plan before signing.": (
        "{who}: hay riesgo presente: descríbalo junto con el plan de seguridad antes de firmar."
    ),
    "This note is already signed.": "Esta nota ya está firmada.",
    "Sign a group entry from the session's group note.": (
        "Firme una entrada grupal desde la nota grupal de la sesión."
    ),
    "The note is empty; write it before signing.": "La nota está vacía; escríbala antes de firmar.",
    "Addenda are for signed notes; edit the draft instead.": (
        "Las adendas son para notas firmadas; edite el borrador."
    ),
    "Reason for the addendum": "Motivo de la adenda",
    "Addendum text": "Texto de la adenda",
    "Fill in your counselor profile before writing an addendum.": (
        "Complete su perfil de consejero/a antes de escribir una adenda."
    ),
    "A signed note cannot be deleted.": "Una nota firmada no puede eliminarse.",
    # services/part2.py
    (
        "The record has {found}, but its program is not a substance-use program. Records of "
        "substance-use treatment are protected by 42 CFR Part 2: treated as Part 2, each "
        "disclosure needs a valid consent and carries the notice against redisclosure."
    ): (
        "El expediente tiene {found}, pero su programa no es de tratamiento por uso de "
        "sustancias. Los expedientes de tratamiento por uso de sustancias están protegidos por "
        "42 CFR Part 2: si se trata como Part 2, cada divulgación necesita un consentimiento "
        "vigente y lleva el aviso que prohíbe volver a divulgar."
    ),
    "{asked} Decide whether to treat the record as Part 2 first; nothing was disclosed.": (
        "{asked} Primero decida si el expediente se trata como Part 2; no se divulgó nada."
    ),
    (
        "The participant is in a substance-use program: the record is 42 CFR Part 2 and cannot "
        "be marked otherwise."
    ): (
        "El participante está en un programa de tratamiento por uso de sustancias: el expediente "
        "es 42 CFR Part 2 y no puede marcarse de otra forma."
    ),
    # services/participants.py
    "No participant has chart number {chart_number}.": (
        "Ningún participante tiene el número de expediente {chart_number}."
    ),
    "Chart number is required.": "El número de expediente es obligatorio.",
    "Chart number may use letters, digits, '.', '-', '_' and '/' (up to 32 characters).": (
        "El número de expediente puede usar letras, dígitos, '.', '-', '_' y '/' (hasta 32 "
        "caracteres)."
    ),
    "Chart number {chart} is already in use.": "El número de expediente {chart} ya está en uso.",
    "First name": "Nombre",
    "Last name": "Apellido",
    "Date of birth cannot be in the future.": "La fecha de nacimiento no puede ser futura.",
    "Date of birth must be after 1900.": "La fecha de nacimiento debe ser posterior a 1900.",
    "Admission date cannot be before the date of birth.": (
        "La fecha de admisión no puede ser anterior a la fecha de nacimiento."
    ),
    "Admission date is more than a year ahead.": (
        "La fecha de admisión está a más de un año en el futuro."
    ),
    "Choose a program.": "Elija un programa.",
    "Level of care must be OP, IOP or PHP.": "El nivel de atención debe ser OP, IOP o PHP.",
    "Planned weeks": "Semanas previstas",
    "Diagnosis {position}: '{code}' is not an ICD-10 code (like F33.1).": (
        "Diagnóstico {position}: '{code}' no es un código ICD-10 (como F33.1)."
    ),
    "blank": "en blanco",
    "Preferred name": "Nombre preferido",
    "Pronouns": "Pronombres",
    "Phone": "Teléfono",
    "Emergency contact": "Contacto de emergencia",
    "Referral source": "Fuente de referido",
    "Presenting problems": "Motivos de consulta",
    "Medications": "Medicamentos",
    "Allergies": "Alergias",
    "Admission date cannot be after the first recorded attendance ({first_mark}).": (
        "La fecha de admisión no puede ser posterior a la primera asistencia registrada "
        "({first_mark})."
    ),
    "Admission date cannot be after the change of level on {day}.": (
        "La fecha de admisión no puede ser posterior al cambio de nivel del {day}."
    ),
    "Admission date cannot be after the leave starting on {day}.": (
        "La fecha de admisión no puede ser posterior al permiso que comienza el {day}."
    ),
    "Admission date cannot be after the discharge date.": (
        "La fecha de admisión no puede ser posterior a la fecha de alta."
    ),
    "Admission date cannot be after the first measure score ({first_score}).": (
        "La fecha de admisión no puede ser posterior a la primera puntuación de una prueba "
        "({first_score})."
    ),
    "This participant is discharged; re-admit before changing level.": (
        "Este participante fue dado de alta; readmítalo antes de cambiar el nivel."
    ),
    (
        "Within the program the level is OP, IOP or PHP; for residential or inpatient care, "
        "discharge with the reason 'stepped up'."
    ): (
        "Dentro del programa el nivel es OP, IOP o PHP; para atención residencial u "
        "hospitalaria, dé de alta con el motivo 'Pasó o fue transferido(a) a un nivel de "
        "atención más alto'."
    ),
    "The change cannot take effect before the admission date.": (
        "El cambio no puede entrar en vigor antes de la fecha de admisión."
    ),
    "The change is more than 60 days ahead.": "El cambio está a más de 60 días en el futuro.",
    "The participant is already at {level} on that date.": (
        "El participante ya está en {level} en esa fecha."
    ),
    "Reason": "Motivo",
    "This participant is discharged; a leave cannot be added.": (
        "Este participante fue dado de alta; no puede agregarse un permiso."
    ),
    "A leave cannot start before the admission date.": (
        "Un permiso no puede comenzar antes de la fecha de admisión."
    ),
    "A leave cannot end before it starts.": "Un permiso no puede terminar antes de comenzar.",
    "A leave longer than 180 days is a discharge, not a leave.": (
        "Un permiso de más de 180 días es un alta, no un permiso."
    ),
    "This leave overlaps the leave from {start_date} to {end_date}.": (
        "Este permiso se superpone con el permiso del {start_date} al {end_date}."
    ),
    "The participant attended a session on {day}, inside this leave.": (
        "El participante asistió a una sesión el {day}, dentro de este permiso."
    ),
    "That leave does not exist.": "Ese permiso no existe.",
    "The last day of leave must be between {start_date} and {end_date}.": (
        "El último día del permiso debe estar entre el {start_date} y el {end_date}."
    ),
    # services/payer.py
    "Payer": "Pagador",
    "Authorization number": "Número de autorización",
    "Choose the level of care authorized.": "Elija el nivel de atención autorizado.",
    "Choose what the units are: days, sessions or hours.": (
        "Elija qué son las unidades: días, sesiones u horas."
    ),
    "The start date is not a date.": "La fecha de inicio no es una fecha.",
    "The end date is not a date.": "La fecha de fin no es una fecha.",
    "The authorization ends before it starts ({start}).": (
        "La autorización termina antes de comenzar ({start})."
    ),
    "The next review date is not a date.": "La fecha de la próxima revisión no es una fecha.",
    "The units authorized are a number.": "Las unidades autorizadas son un número.",
    "The units authorized are more than 0 and at most {units_max:,}.": (
        "Las unidades autorizadas son más de 0 y como máximo {units_max:,}."
    ),
    "It overlaps the {payer} authorization for {level_of_care} from {start_date} to {end_date}.": (
        "Se superpone con la autorización de {payer} para {level_of_care} del {start_date} al "
        "{end_date}."
    ),
    "That authorization does not exist.": "Esa autorización no existe.",
    "The date rated is not a date.": "La fecha de la evaluación no es una fecha.",
    "The date is after the discharge ({discharge_date}).": (
        "La fecha es posterior al alta ({discharge_date})."
    ),
    "Rate each of the {count} dimensions.": "Califique cada una de las {count} dimensiones.",
    "{words}: rate it 0 to {risk_max}.": "{words}: califíquela de 0 a {risk_max}.",
    "Note on dimension {dimension}": "Nota sobre la dimensión {dimension}",
    "Choose the recommended level of care.": "Elija el nivel de atención recomendado.",
    # services/plan_reviews.py
    "That plan review does not exist.": "Esa revisión del plan no existe.",
    "The progress of each objective is a list by objective.": (
        "El progreso de cada objetivo es una lista por objetivo."
    ),
    "The progress of each goal is a list by goal.": (
        "El progreso de cada meta es una lista por meta."
    ),
    "That objective is not on this participant's plan.": (
        "Ese objetivo no está en el plan de este participante."
    ),
    "That goal is not on this participant's plan.": (
        "Esa meta no está en el plan de este participante."
    ),
    "The progress of an objective is its text and its status.": (
        "El progreso de un objetivo es su texto y su estado."
    ),
    "The progress of a goal is its text and its status.": (
        "El progreso de una meta es su texto y su estado."
    ),
    "Choose the new status of the objective.": "Elija el nuevo estado del objetivo.",
    "Choose the new status of the goal.": "Elija el nuevo estado de la meta.",
    "Progress on {item!r}": "Progreso en {item!r}",
    "Write the treatment plan (at least one goal) before reviewing it.": (
        "Escriba el plan de tratamiento (al menos una meta) antes de revisarlo."
    ),
    "The review date is not a date.": "La fecha de la revisión no es una fecha.",
    "The review date is after today ({today}).": (
        "La fecha de la revisión es posterior a hoy ({today})."
    ),
    "The review date is before the admission ({admission_date}).": (
        "La fecha de la revisión es anterior a la admisión ({admission_date})."
    ),
    "The review date is before the last signed review ({last}).": (
        "La fecha de la revisión es anterior a la última revisión firmada ({last})."
    ),
    "What changed": "Qué cambió",
    "The next review comes after the review date.": (
        "La próxima revisión va después de la fecha de la revisión."
    ),
    "The next review is at most {next_review_max_days} days after this one.": (
        "La próxima revisión es como máximo {next_review_max_days} días después de esta."
    ),
    "This plan review is signed and cannot change.": (
        "Esta revisión del plan está firmada y no puede cambiar."
    ),
    "Say how the goal {description!r} went before signing.": (
        "Indique cómo le fue con la meta {description!r} antes de firmar."
    ),
    "Say how the objective {description!r} went before signing.": (
        "Indique cómo le fue con el objetivo {description!r} antes de firmar."
    ),
    "Say what changed in the plan (or that nothing did) before signing.": (
        "Indique qué cambió en el plan (o que nada cambió) antes de firmar."
    ),
    "Set the next review date before signing.": (
        "Fije la fecha de la próxima revisión antes de firmar."
    ),
    "This plan review is already signed.": "Esta revisión del plan ya está firmada.",
    # services/review_packet.py
    "The period needs a first and a last day.": "El período necesita un primer y un último día.",
    "The period's last day is before its first.": (
        "El último día del período es anterior al primero."
    ),
    "A review covers at most {period_max_days} days.": (
        "Una revisión abarca como máximo {period_max_days} días."
    ),
    "The period starts in the future.": "El período comienza en el futuro.",
    "Why this level of care is still needed": (
        "Por qué este nivel de atención sigue siendo necesario"
    ),
    # services/safety.py
    "{heading}: write at least one line.": "{heading}: escriba al menos una línea.",
    "{heading} is too long (at most {plan_section_max} characters).": (
        "{heading}: el texto es demasiado largo (máximo {plan_section_max} caracteres)."
    ),
    "Unknown safety plan sections: {names}.": (
        "Secciones del plan de seguridad desconocidas: {names}."
    ),
    "Nothing in the safety plan changed since the last version.": (
        "Nada cambió en el plan de seguridad desde la última versión."
    ),
    # services/security.py
    "Passphrase must be at least {min_length} characters long.": (
        "La frase de contraseña debe tener al menos {min_length} caracteres."
    ),
    "Passphrase is too long (at most {max_length} characters).": (
        "La frase de contraseña es demasiado larga (máximo {max_length} caracteres)."
    ),
    "The passphrase typed again does not match.": (
        "La frase de contraseña escrita de nuevo no coincide."
    ),
    "The current passphrase is not right.": "La frase de contraseña actual no es correcta.",
    "A passphrase is already set; change it in Settings instead.": (
        "Ya hay una frase de contraseña; cámbiela en Configuración."
    ),
    "Lock after idle minutes must be between {min_lock_minutes} and {max_lock_minutes}.": (
        "Los minutos de inactividad para bloquear deben estar entre {min_lock_minutes} y "
        "{max_lock_minutes}."
    ),
    # services/sessions.py
    "The location must be one line, without tabs or other control characters.": (
        "El lugar debe ocupar una sola línea, sin tabulaciones ni otros caracteres de control."
    ),
    "The location is too long ({length} characters; at most {max_location}).": (
        "El lugar es demasiado largo ({length} caracteres; máximo {max_location})."
    ),
    "Choose the participant (or the program for a group).": (
        "Elija el participante (o el programa, para un grupo)."
    ),
    "An individual session needs a participant.": "Una sesión individual necesita un participante.",
    "The participant is not in the program on that date.": (
        "El participante no está en el programa en esa fecha."
    ),
    "That program already has this session at that time.": (
        "Ese programa ya tiene esta sesión a esa hora."
    ),
    "{label}: no such participant.": "{label}: no existe ese participante.",
    "{label}: the session ({date}) is before admission ({admission_date}).": (
        "{label}: la sesión ({date}) es anterior a la admisión ({admission_date})."
    ),
    "{label}: the session ({date}) is after discharge ({discharge_date}).": (
        "{label}: la sesión ({date}) es posterior al alta ({discharge_date})."
    ),
    "{label}: the session was cancelled; the mark must be {allowed}.": (
        "{label}: la sesión se canceló; la marca debe ser {allowed}."
    ),
    "{label}: minutes attended must be between 1 and {duration_minutes} (the session length).": (
        "{label}: los minutos de asistencia deben estar entre 1 y {duration_minutes} (la "
        "duración de la sesión)."
    ),
    (
        "{label}: {status} means some minutes were missed; enter the minutes attended (less than "
        "{duration_minutes})."
    ): (
        "{label}: la marca '{status}' significa que faltaron algunos minutos; ingrese los "
        "minutos de asistencia (menos de {duration_minutes})."
    ),
    "{label}: an absence or cancellation has 0 minutes attended.": (
        "{label}: una ausencia o cancelación tiene 0 minutos de asistencia."
    ),
    "{label}: the comment is too long ({length} characters; at most {max_comment}).": (
        "{label}: el comentario es demasiado largo ({length} caracteres; máximo {max_comment})."
    ),
    "{label}: this session is another participant's.": (
        "{label}: esta sesión es de otro participante."
    ),
    (
        "{label}: on leave from {start_date} to {end_date}; end the leave first to record "
        "attendance on that day."
    ): (
        "{label}: de permiso del {start_date} al {end_date}; termine primero el permiso para "
        "registrar asistencia en ese día."
    ),
    "Participant {participant_id}": "Participante {participant_id}",
    "{label} is marked twice.": "{label} está marcado dos veces.",
    "Roll call cannot be taken for a session that has not happened yet.": (
        "No se puede pasar lista en una sesión que aún no ha ocurrido."
    ),
    "Attendance cannot be corrected for a session that has not happened yet.": (
        "No se puede corregir la asistencia de una sesión que aún no ha ocurrido."
    ),
    # services/setup.py
    "Your name": "Su nombre",
    "Credentials": "Credenciales",
    "Clinic name": "Nombre de la clínica",
    "Clinic address": "Dirección de la clínica",
    "Clinic phone": "Teléfono de la clínica",
    "Local crisis line": "Línea de crisis local",
    "License number": "Número de licencia",
    "Days to finish a discharge summary": "Días para completar un resumen de alta",
    "Page size must be US Letter or A4.": "El tamaño de página debe ser US Letter o A4.",
    "Program name": "Nombre del programa",
    "A program runs at OP, IOP or PHP level.": "Un programa funciona en el nivel OP, IOP o PHP.",
    "Weekly minimum hours must be between 0 and 80.": (
        "Las horas mínimas por semana deben estar entre 0 y 80."
    ),
    "Plan review every (days)": "Revisión del plan cada (días)",
    "First plan due within (days)": "Primer plan dentro de (días)",
    "A scheduled session needs a day from Monday to Sunday.": (
        "Una sesión programada necesita un día de lunes a domingo."
    ),
    "A scheduled session lasts between 1 and 720 minutes.": (
        "Una sesión programada dura entre 1 y 720 minutos."
    ),
    "The schedule has the {day} {start_time:%H:%M} session twice.": (
        "La programación tiene dos veces la sesión del {day} a las {start_time:%H:%M}."
    ),
    "Wednesday": "miércoles",
    "Sunday": "domingo",
    "Saturday": "sábado",
    "Thursday": "jueves",
    "Friday": "viernes",
    "Monday": "lunes",
    "Tuesday": "martes",
    "A program named {name} already exists.": "Ya existe un programa llamado {name}.",
    # services/validate.py
    "{label} is required.": "{label}: campo obligatorio.",
    "{label} is too long ({length} characters; at most {limit}).": (
        "{label}: el texto es demasiado largo ({length} caracteres; máximo {limit})."
    ),
    "{label} must be between {low} and {high}.": "{label}: debe estar entre {low} y {high}.",
    "{label} must be one line: remove the line break ({code}).": (
        "{label}: debe ocupar una sola línea; quite el salto de línea ({code})."
    ),
    "{label} must be one line: remove the tab.": (
        "{label}: debe ocupar una sola línea; quite la tabulación."
    ),
    "{label} must be one line: remove the invisible text-direction control ({code}).": (
        "{label}: debe ocupar una sola línea; quite el control invisible de dirección del texto "
        "({code})."
    ),
    "{label} must be one line: remove the invisible control character ({code}).": (
        "{label}: debe ocupar una sola línea; quite el carácter de control invisible ({code})."
    ),
    # store/anchor.py
    "{name} cannot be read": "no se puede leer {name}",
    "{name} is not an anchor this app wrote": "{name} no es un ancla escrita por esta aplicación",
    "the anchor of the audit trail was not looked at": (
        "no se examinó el ancla del registro de auditoría"
    ),
    "the audit trail's head needs no anchor (database in memory)": (
        "el final del registro de auditoría no necesita ancla (base de datos en memoria)"
    ),
    "the anchor of the audit trail is damaged ({error})": (
        "el ancla del registro de auditoría está dañada ({error})"
    ),
    (
        "the anchor of the audit trail ({name}) is missing: rows cut off the end of the trail "
        "could not be told"
    ): (
        "falta el ancla del registro de auditoría ({name}): no se podría saber si se cortaron "
        "filas del final del registro"
    ),
    "the audit trail is not anchored yet (the next write anchors it)": (
        "el registro de auditoría aún no tiene ancla (el próximo cambio que se guarde la crea)"
    ),
    (
        "the audit trail ends at row {last}, but its anchor says it reached row {row}: rows were "
        "cut off the end"
    ): (
        "el registro de auditoría termina en la fila {last}, pero su ancla dice que llegaba a la "
        "fila {row}: se cortaron filas del final"
    ),
    "audit row {row} is not the row its anchor recorded: the trail was rewritten": (
        "la fila de auditoría {row} no es la fila que registró su ancla: el registro se reescribió"
    ),
    "the audit trail reaches its anchor (row {row}) and beyond": (
        "el registro de auditoría llega hasta su ancla (fila {row}) y más allá"
    ),
    # store/backup.py
    "{path} is not a file": "{path} no es un archivo",
    "it is encrypted: its passphrase is needed to read it": (
        "está cifrada: se necesita su frase de contraseña para leerla"
    ),
    "it is encrypted with another key than this database's": (
        "está cifrada con una clave distinta de la de esta base de datos"
    ),
    "it is not a Counselor Desk database (another program's file)": (
        "no es una base de datos de Counselor Desk (es un archivo de otro programa)"
    ),
    "it is not a Counselor Desk database (no schema version)": (
        "no es una base de datos de Counselor Desk (no tiene versión de esquema)"
    ),
    "it was written by a newer Counselor Desk (schema {version}, this app knows {known})": (
        "la escribió una versión más reciente de Counselor Desk (esquema {version}; esta "
        "aplicación conoce el {known})"
    ),
    "The backup could not be verified ({problem}); it was not kept.": (
        "No se pudo verificar la copia de seguridad ({problem}); no se conservó."
    ),
    "the copy cannot be read back ({error})": "la copia no se puede volver a leer ({error})",
    "the copy holds {size} bytes, not {length}": "la copia tiene {size} bytes, no {length}",
    "the copy's application id differs from the database's": (
        "el identificador de aplicación de la copia es distinto del de la base de datos"
    ),
    "the copy's schema version differs from the database's": (
        "la versión de esquema de la copia es distinta de la de la base de datos"
    ),
    "the copy's schema differs from the database's": (
        "el esquema de la copia es distinto del de la base de datos"
    ),
    "A backup could not be written to {folder} ({why}).": (
        "No se pudo escribir una copia de seguridad en {folder} ({why})."
    ),
    "the anchor beside it is damaged ({error})": "el ancla que la acompaña está dañada ({error})",
    "its audit trail does not reach the anchor beside it (row {row})": (
        "su registro de auditoría no llega hasta el ancla que la acompaña (fila {row})"
    ),
    # store/checks.py
    "a row of {child} refers to a missing row of {parent}": (
        "una fila de {child} remite a una fila inexistente de {parent}"
    ),
    "a row of {child} (row {rowid}) refers to a missing row of {parent}": (
        "una fila de {child} (fila {rowid}) remite a una fila inexistente de {parent}"
    ),
    # store/connection.py
    (
        "The database {path} does not open with this key (the passphrase or recovery key is not "
        "the one of this file); it was left untouched."
    ): (
        "La base de datos {path} no se abre con esta clave (la frase de contraseña o la clave de "
        "recuperación no es la de este archivo); se dejó tal como estaba."
    ),
    # store/db.py
    "The database {path} could not be set up safely ({name} is {value}).": (
        "No se pudo configurar de forma segura la base de datos {path} ({name} es {value})."
    ),
    "The database {path} is encrypted: its passphrase is needed to open it.": (
        "La base de datos {path} está cifrada: se necesita su frase de contraseña para abrirla."
    ),
    "The database {path} cannot be opened (check the file exists).": (
        "No se puede abrir la base de datos {path} (compruebe que el archivo existe)."
    ),
    (
        "The database {path} cannot be read without changing it (its -wal has no -shm beside it); "
        "it was left untouched."
    ): (
        "La base de datos {path} no se puede leer sin modificarla (su archivo -wal no tiene un "
        "-shm al lado); se dejó tal como estaba."
    ),
    # store/encrypt.py
    "The file {path} is encrypted already.": "El archivo {path} ya está cifrado.",
    "The database {path} is in use by another program; close it first.": (
        "Otro programa está usando la base de datos {path}; ciérrelo primero."
    ),
    "The encrypted copy does not hold the same rows (table {table}); nothing was changed.": (
        "La copia cifrada no tiene las mismas filas (tabla {table}); no se cambió nada."
    ),
    "The encrypted copy could not be verified ({problem}); nothing was changed.": (
        "No se pudo verificar la copia cifrada ({problem}); no se cambió nada."
    ),
    # store/errors.py
    "The file {path} is damaged or is not a Counselor Desk database.": (
        "El archivo {path} está dañado o no es una base de datos de Counselor Desk."
    ),
    "The database {path} is in use by another program; close it and try again.": (
        "Otro programa está usando la base de datos {path}; ciérrelo e inténtelo de nuevo."
    ),
    "The database {path} cannot be opened (check the folder exists and is writable).": (
        "No se puede abrir la base de datos {path} (compruebe que la carpeta existe y que se puede "
        "escribir en ella)."
    ),
    "The disk holding {path} reported an error; nothing was saved.": (
        "El disco que contiene {path} informó un error; no se guardó nada."
    ),
    "The disk holding {path} is full; free some space and try again.": (
        "El disco que contiene {path} está lleno; libere espacio e inténtelo de nuevo."
    ),
    "The database {path} is read-only; nothing could be saved.": (
        "La base de datos {path} es de solo lectura; no se pudo guardar nada."
    ),
    "The database {path} could not be used: {error}.": (
        "No se pudo usar la base de datos {path}: {error}."
    ),
    (
        "The file {path} is not a Counselor Desk database (it belongs to another program, or a "
        "stray -wal file beside it changes it); it was left untouched."
    ): (
        "El archivo {path} no es una base de datos de Counselor Desk (pertenece a otro programa, o "
        "un archivo -wal suelto a su lado lo modifica); se dejó tal como estaba."
    ),
    (
        "The database {path} was written by a newer version of Counselor Desk (schema {version}, "
        "this app knows {known}); update the app to open it."
    ): (
        "La base de datos {path} la escribió una versión más reciente de Counselor Desk (esquema "
        "{version}; esta aplicación conoce el {known}); actualice la aplicación para abrirla."
    ),
    (
        "The database {path} is read-only (the file, or the folder it is in, cannot be written); "
        "it was left untouched. Make it writable to work in it ('counselor-desk check' still reads "
        "it)."
    ): (
        "La base de datos {path} es de solo lectura (no se puede escribir en el archivo o en la "
        "carpeta que lo contiene); se dejó tal como estaba. Permita la escritura para trabajar en "
        "ella ('counselor-desk check' todavía puede leerla)."
    ),
    # store/integrity_repo.py
    "the trigger {name} was dropped": "se eliminó el disparador {name}",
    "the trigger {name} was changed": "se modificó el disparador {name}",
    "a trigger {name} was added": "se agregó un disparador {name}",
    # store/keys.py
    "The key file {path} is missing: the database cannot be opened.": (
        "Falta el archivo de claves {path}: no se puede abrir la base de datos."
    ),
    "The key file {path} cannot be read.": "No se puede leer el archivo de claves {path}.",
    "The key file {path} is not one Counselor Desk wrote.": (
        "El archivo de claves {path} no lo escribió Counselor Desk."
    ),
    # store/migrate.py
    (
        "The database {path} could not be brought up to date (schema {number}: {cause}); it was "
        "left as it was."
    ): (
        "No se pudo actualizar la base de datos {path} (esquema {number}: {cause}); se dejó tal "
        "como estaba."
    ),
    # store/opening.py
    "The database {path} could not be read without changing it ({why}); it was left untouched.": (
        "No se pudo leer la base de datos {path} sin modificarla ({why}); se dejó tal como estaba."
    ),
    (
        "The database {path} is empty, but it has backups: the newest good one is {backup} (made "
        "{made_at:%Y-%m-%d %H:%M}). Restore it (File > Restore from backup…, or counselor-desk "
        "restore FILE); the empty file was left untouched."
    ): (
        "La base de datos {path} está vacía, pero tiene copias de seguridad: la buena más reciente "
        "es {backup} (hecha el {made_at:%Y-%m-%d %H:%M}). Restáurela (Archivo > Restaurar desde "
        "copia de seguridad…, o counselor-desk restore FILE); el archivo vacío se dejó tal como "
        "estaba."
    ),
}
