<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AddSessionDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="62" />
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="79" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="85" />
        <source>e.g. Relapse prevention</source>
        <translation>p. ej., Prevención de recaídas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="88" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="89" />
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="90" />
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="91" />
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="92" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="97" />
        <source>A program's group</source>
        <translation>Un grupo de un programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="98" />
        <source>One participant</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="106" />
        <source>For a program's group</source>
        <translation>Para un grupo de un programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="107" />
        <source>For one participant</source>
        <translation>Para un participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="108" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="109" />
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="135" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="136" />
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="137" />
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="138" />
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="139" />
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="140" />
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="141" />
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="142" />
        <source>&amp;Topic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="143" />
        <source>L&amp;ocation:</source>
        <translation>&amp;Lugar:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_dialogs.py" line="17" />
        <location filename="../../counselor_desk/ui/dialogs/note_dialogs.py" line="26" />
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_dialogs.py" line="24" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_dialogs.py" line="25" />
        <source>&amp;Addendum:</source>
        <translation>&amp;Adenda:</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="371" />
        <source>Admit participant</source>
        <translation>Admitir participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="377" />
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
</context>
<context>
    <name>AnswersEntry</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="66" />
        <source>{score} ({band})</source>
        <extracomment>Any day: whether answers raise a safety flag does not depend on the date.</extracomment>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="69" />
        <source>{band} risk</source>
        <translation>riesgo {band}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="92" />
        <source>{name} answers</source>
        <translation>Respuestas de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="116" />
        <source>Optional.</source>
        <extracomment>The whole width of a row's words when its answers are under them.</extracomment>
        <translation>Opcional.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="125" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="125" />
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="130" />
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="149" />
        <source>Type the number of each answer: it moves on to the next question.</source>
        <translation>Escriba el número de cada respuesta: se pasa a la siguiente pregunta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="206" />
        <source>Total: no answers yet</source>
        <translation>Total: aún no hay respuestas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="206" />
        <source>Risk level: no answers yet</source>
        <translation>Nivel de riesgo: aún no hay respuestas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="211" />
        <source>Total: {score}</source>
        <translation>Total: {score}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="213" />
        <source>Risk level: {level}</source>
        <translation>Nivel de riesgo: {level}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="215" />
        <source>1 question to answer</source>
        <translation>falta 1 pregunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="217" />
        <source>{count} questions to answer</source>
        <translation>faltan {count} preguntas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="220" />
        <source>Total so far: {score} · {to_answer}</source>
        <translation>Total hasta ahora: {score} · {to_answer}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="223" />
        <source>Risk level so far: {level} · {to_answer}</source>
        <translation>Nivel de riesgo hasta ahora: {level} · {to_answer}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="235" />
        <source>Question {number} is answered above 0: saving raises a safety flag, and a C-SSRS screen is due today.</source>
        <translation>La pregunta {number} tiene una respuesta mayor que 0: al guardar se activa una alerta de seguridad y hoy corresponde una detección C-SSRS.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="239" />
        <source>This risk level raises a safety flag: the safety plan is to be written or reviewed.</source>
        <translation>Este nivel de riesgo activa una alerta de seguridad: hay que redactar o revisar el plan de seguridad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="282" />
        <source>Asked as question {number} is answered yes.</source>
        <translation>Se pregunta porque la pregunta {number} se respondió que sí.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_view.py" line="284" />
        <source>Asked only when question {number} is answered yes.</source>
        <translation>Se pregunta solo si la pregunta {number} se responde que sí.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="52" />
        <source>This database is already open in Counselor Desk.</source>
        <translation>Esta base de datos ya está abierta en Counselor Desk.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="218" />
        <source>Something went wrong inside Counselor Desk ({kind}). What was already saved is safe. If it happens again, please restart the app.</source>
        <extracomment>A running app refreshes its lock file this often, well within STALE_LOCK_MS.</extracomment>
        <translation>Algo falló dentro de Counselor Desk ({kind}). Lo que ya se guardó está seguro. Si vuelve a ocurrir, reinicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="278" />
        <source> (the session started {date} at {time})</source>
        <translation> (la sesión comenzó el {date} a las {time})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="282" />
        <source>Counselor Desk did not close normally last time{when}. It stopped because of an internal fault; a technical report (code locations only, no participant details) was written to its log folder. Everything that was saved is safe; text typed but not saved may be missing. If this keeps happening, send the log folder's files to your clinic's IT support.</source>
        <translation>Counselor Desk no se cerró normalmente la última vez{when}. Se detuvo por una falla interna; se escribió un informe técnico (solo ubicaciones en el código, sin datos de participantes) en su carpeta de registros. Todo lo que se guardó está seguro; puede faltar texto que se escribió pero no se guardó. Si esto sigue ocurriendo, envíe los archivos de la carpeta de registros al soporte de TI de su clínica.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="290" />
        <source>Counselor Desk did not close normally last time{when}. It may have crashed, been stopped, or the computer may have shut down. Everything that was saved is safe; text typed but not saved may be missing. If this keeps happening, send the log folder's files to your clinic's IT support.</source>
        <translation>Counselor Desk no se cerró normalmente la última vez{when}. Es posible que haya fallado, que se haya detenido o que la computadora se haya apagado. Todo lo que se guardó está seguro; puede faltar texto que se escribió pero no se guardó. Si esto sigue ocurriendo, envíe los archivos de la carpeta de registros al soporte de TI de su clínica.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="305" />
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="342" />
        <source>Counselor Desk is bringing your database up to date for this version.
A backup is made first. With years of records this can take a minute or two.</source>
        <translation>Counselor Desk está actualizando su base de datos para esta versión.
Primero se hace una copia de seguridad. Con años de registros, esto puede tardar uno o dos minutos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/app.py" line="348" />
        <location filename="../../counselor_desk/ui/app.py" line="349" />
        <source>Updating the database</source>
        <translation>Actualizando la base de datos</translation>
    </message>
</context>
<context>
    <name>AsamRatingDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="37" />
        <source>Rate ASAM dimensions</source>
        <extracomment>What an unanswered dimension is handed to the service as (it says which to rate).</extracomment>
        <translation>Calificar dimensiones de ASAM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="43" />
        <source>Rate each dimension's risk, 0 (none) to 4 (severe). On a dimension's choices, type 0–4 to answer it and move to the next. Saved ratings are kept as given.</source>
        <translation>Califique el riesgo de cada dimensión, de 0 (ninguno) a 4 (grave). En las opciones de una dimensión, escriba 0–4 para responderla y pasar a la siguiente. Las calificaciones guardadas se conservan tal como se dieron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="49" />
        <source>Date rated</source>
        <translation>Fecha de calificación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="50" />
        <source>&amp;Date rated:</source>
        <translation>&amp;Fecha de calificación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="60" />
        <source>Recommended &amp;level:</source>
        <translation>&amp;Nivel recomendado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="74" />
        <source>Dimension {number}: {value}, {meaning}</source>
        <translation>Dimensión {number}: {value}, {meaning}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="82" />
        <source>Risk on dimension {number}</source>
        <translation>Riesgo en la dimensión {number}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="85" />
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/asam_rating.py" line="86" />
        <source>Note on dimension {number}</source>
        <translation>Nota sobre la dimensión {number}</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscard</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/base.py" line="35" />
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/base.py" line="36" />
        <source>What you typed in this dialog is not saved. Discard it?</source>
        <translation>Lo que escribió en este cuadro de diálogo no está guardado. ¿Desea descartarlo?</translation>
    </message>
</context>
<context>
    <name>AttendanceCalendar</name>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="220" />
        <source>Attendance calendar</source>
        <translation>Calendario de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="256" />
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="274" />
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="307" />
        <source>{date} {time} {type}: {status}, {minutes} min</source>
        <translation>{date} {time} {type}: {status}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="317" />
        <source>{line} (telehealth)</source>
        <translation>{line} (telesalud)</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="51" />
        <source>{attended} of {planned}</source>
        <translation>{attended} de {planned}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="60" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="63" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="66" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="68" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="71" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="73" />
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="75" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="94" />
        <source>{status} {minutes} min</source>
        <translation>{status} {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="101" />
        <source>no mark</source>
        <translation>sin marca</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="117" />
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="120" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="121" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="123" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="145" />
        <source>Attended {date}</source>
        <translation>Asistió {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="154" />
        <source>Missed {date} · not offered again</source>
        <translation>Faltó {date} · no se vuelve a ofrecer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="158" />
        <source>Missed {date} · next offered {next}</source>
        <translation>Faltó {date} · se ofrece de nuevo {next}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="162" />
        <source>Missed {date} · next offered {next}, after the projected end</source>
        <translation>Faltó {date} · se ofrece de nuevo {next}, después del fin previsto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="168" />
        <source>Not offered yet</source>
        <translation>Aún no se ha ofrecido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="173" />
        <source>every core module attended</source>
        <translation>todos los módulos esenciales asistidos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="174" />
        <source>at least {n} sessions attended</source>
        <translation>al menos {n} sesiones asistidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="176" />
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="183" />
        <source>no completion rule set</source>
        <translation>sin regla de finalización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="263" />
        <source>Attendance history</source>
        <translation>Historial de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="272" />
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="273" />
        <source>Correct the selected attendance</source>
        <translation>Corregir la asistencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="284" />
        <source>Past corrections</source>
        <translation>Correcciones anteriores</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="304" />
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="43" />
        <source>Admit</source>
        <extracomment>Each action in words (translated where shown: `action_label`).</extracomment>
        <translation>Admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="44" />
        <source>Sign note</source>
        <translation>Firma de nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="45" />
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="46" />
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="47" />
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="48" />
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="49" />
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="50" />
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="51" />
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="52" />
        <source>Failed unlock</source>
        <translation>Desbloqueo fallido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="53" />
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="54" />
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="55" />
        <source>Attendance correction</source>
        <translation>Corrección de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="56" />
        <source>Score correction</source>
        <translation>Corrección de puntuación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="57" />
        <source>Score struck</source>
        <translation>Puntuación anulada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="58" />
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="59" />
        <source>Sign discharge summary</source>
        <translation>Firma del resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="60" />
        <source>Discharge amendment</source>
        <translation>Enmienda al resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="61" />
        <source>Records vouched for</source>
        <translation>Registros avalados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="62" />
        <source>Part 2 decision</source>
        <translation>Decisión sobre Part 2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="63" />
        <source>Consent scope confirmed</source>
        <translation>Alcance del consentimiento confirmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="64" />
        <source>Consent's expiry event happened</source>
        <translation>Ocurrió el evento de vencimiento del consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="86" />
        <source>(participant {id} removed)</source>
        <translation>(participante {id} eliminado)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="123" />
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="125" />
        <source>Show action</source>
        <translation>Mostrar acción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="126" />
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="136" />
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="148" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="151" />
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="176" />
        <source>{shown} of {total} entries</source>
        <translation>{shown} de {total} entradas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="180" />
        <source>The audit trail is whole: no entry was altered or removed outside the app.</source>
        <translation>El registro de auditoría está completo: ninguna entrada se modificó ni se eliminó fuera de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="183" />
        <source>Warning: the audit trail was altered outside the app from entry {id} on.</source>
        <translation>Advertencia: el registro de auditoría se modificó fuera de la aplicación a partir de la entrada {id}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="191" />
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="207" />
        <source>Export audit trail</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="193" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="208" />
        <source>{path} could not be written ({reason}).</source>
        <translation>No se pudo escribir {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="97" />
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="98" />
        <source>Actor</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="99" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="100" />
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="101" />
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/audit.py" line="102" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>AuthorizationDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="52" />
        <source>Add authorization</source>
        <extracomment>A new authorization's period by default: four weeks from its start. A review date offered when the box is first ticked: a week from the start.</extracomment>
        <translation>Agregar autorización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="52" />
        <source>Edit authorization</source>
        <translation>Editar autorización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="76" />
        <source>The health plan or payer</source>
        <translation>El plan de salud o pagador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="79" />
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="84" />
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="85" />
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="93" />
        <source>Type the units</source>
        <translation>Escriba las unidades</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="94" />
        <source>Units authorized</source>
        <translation>Unidades autorizadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="98" />
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="99" />
        <source>A next review date is set</source>
        <translation>Hay fecha de próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="103" />
        <source>Next review date</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="111" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="112" />
        <source>&amp;Payer:</source>
        <translation>&amp;Pagador:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="113" />
        <source>Authorization &amp;number:</source>
        <translation>&amp;Número de autorización:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="114" />
        <source>&amp;Level of care:</source>
        <translation>Ni&amp;vel de atención:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="115" />
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="116" />
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="117" />
        <source>Uni&amp;t:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="118" />
        <source>Units &amp;authorized:</source>
        <translation>Unidades &amp;autorizadas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/authorization.py" line="119" />
        <source>Next &amp;review:</source>
        <translation>Próxima &amp;revisión:</translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="41" />
        <source>{used} of {authorized} {unit} used, {left} left</source>
        <translation>se han usado {used} de {authorized} {unit}; restantes: {left}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="44" />
        <source>{used} of {authorized} {unit} used, {left} left; at this pace they run out on {date}</source>
        <translation>se han usado {used} de {authorized} {unit}; restantes: {left}; a este ritmo se agotan el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="61" />
        <source>Burn-down of the current authorization</source>
        <translation>Consumo de la autorización vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="77" />
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="111" />
        <source>No current authorization.</source>
        <translation>No hay autorización vigente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="81" />
        <source>{standing}; the authorization ends on {end}</source>
        <translation>{standing}; la autorización vence el {end}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="85" />
        <source>{standing}; the authorization ends on {end}; the program's projected end is {projected}</source>
        <translation>{standing}; la autorización vence el {end}; el fin previsto del programa es el {projected}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="95" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="96" />
        <source>authorization ends</source>
        <translation>vence la autorización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="99" />
        <source>units run out</source>
        <translation>se agotan las unidades</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="101" />
        <source>projected end</source>
        <translation>fin previsto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_chart.py" line="137" />
        <source>{used} {unit} used  ·  {left} left  ·  {authorized} authorized</source>
        <translation>Usado: {used} {unit}  ·  restante: {left}  ·  autorizado: {authorized}</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="41" />
        <source>Not started</source>
        <extracomment>Returns the row's services.caseload.Review.</extracomment>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="42" />
        <source>Week {week} of {weeks}</source>
        <translation>Semana {week} de {weeks}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="65" />
        <source>{attended} attended of {expected} expected; {excused} excused, {unexcused} unexcused absences</source>
        <translation>{attended} asistencias de {expected} previstas; {excused} ausencias justificadas, {unexcused} injustificadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="80" />
        <source>Still reachable this week: {reachable} of {minimum} h</source>
        <translation>Aún alcanzable esta semana: {reachable} de {minimum} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="97" />
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="105" />
        <source>No PHQ-9 yet</source>
        <translation>Aún no hay PHQ-9</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="107" />
        <source>Latest PHQ-9: {score}; the baseline (taken once)</source>
        <translation>Último PHQ-9: {score}; es la línea base (aplicado una vez)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="110" />
        <source>Latest PHQ-9: {score}; baseline {baseline}, change {change}</source>
        <translation>Último PHQ-9: {score}; línea base {baseline}, cambio {change}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="142" />
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="147" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="152" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="157" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="162" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="164" />
        <source>Projected end {date}</source>
        <translation>Fin previsto {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="170" />
        <source>Hours this week</source>
        <translation>Horas esta semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="177" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="184" />
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_model.py" line="191" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="73" />
        <source>Find by name or chart number (Ctrl+F)</source>
        <translation>Buscar por nombre o número de expediente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="75" />
        <source>Find participant</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="77" />
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="78" />
        <source>Discharged</source>
        <translation>Dados de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="79" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="80" />
        <source>Show participants</source>
        <translation>Mostrar participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="81" />
        <source>New participant…</source>
        <translation>Nuevo participante…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="82" />
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="91" />
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="116" />
        <source>&amp;Find:</source>
        <extracomment>Columns sized to their contents at each refresh, until the counselor sizes one (or sized them in an earlier run): their widths are kept from then on.</extracomment>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="118" />
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="166" />
        <source>{total} participant(s)</source>
        <translation>{total} participante(s)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/caseload_view.py" line="168" />
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostrados</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="149" />
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="149" />
        <source>Set a passphrase</source>
        <translation>Establecer una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="151" />
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="152" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="153" />
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="156" />
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="159" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="160" />
        <source>New passphrase a&amp;gain:</source>
        <translation>&amp;Repetir la nueva frase:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="161" />
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>ClinicalTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_tab.py" line="36" />
        <source>C-SSRS: no screen recorded.</source>
        <translation>C-SSRS: no hay ninguna detección registrada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_tab.py" line="38" />
        <source>C-SSRS: latest screen {date} (risk level only):</source>
        <translation>C-SSRS: última detección {date} (solo nivel de riesgo):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_tab.py" line="42" />
        <source>C-SSRS: latest screen {date}:</source>
        <translation>C-SSRS: última detección {date}:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_tab.py" line="77" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_tab.py" line="140" />
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
</context>
<context>
    <name>ClinicalView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="41" />
        <source>New PHQ-&amp;9…</source>
        <extracomment>The entry buttons' words, with a mnemonic each (Alt+9, Alt+7, Alt+C).</extracomment>
        <translation>Nuevo PHQ-&amp;9…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="42" />
        <source>New GAD-&amp;7…</source>
        <translation>Nuevo GAD-&amp;7…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="43" />
        <source>&amp;C-SSRS screen…</source>
        <translation>Detección &amp;C-SSRS…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="59" />
        <source>{band} risk</source>
        <translation>riesgo {band}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="60" />
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="79" />
        <source>total only</source>
        <translation>solo el total</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="82" />
        <source>{answers} · difficulty {difficulty}</source>
        <translation>{answers} · dificultad {difficulty}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="92" />
        <source>Only the total was entered (scored elsewhere, on paper).</source>
        <translation>Solo se registró el total (puntuado en otro lugar, en papel).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="109" />
        <source>struck: {reason}</source>
        <translation>anulada: {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="114" />
        <source>corrected from {score} (answers were {answers}): {reason}</source>
        <translation>corregida de {score} (las respuestas eran {answers}): {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="121" />
        <source>corrected from {score}: {reason}</source>
        <translation>corregida de {score}: {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="139" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="144" />
        <source>Measure</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="149" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="152" />
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="157" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="183" />
        <source>Presenting problems</source>
        <translation>Motivos de consulta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="186" />
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="187" />
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="188" />
        <source>Save clinical details</source>
        <translation>Guardar datos clínicos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="206" />
        <source>Latest C-SSRS screen</source>
        <translation>Última detección C-SSRS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="210" />
        <source>Latest C-SSRS risk</source>
        <translation>Último riesgo C-SSRS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="221" />
        <source>Measure scores</source>
        <translation>Puntuaciones de las pruebas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="227" />
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="230" />
        <source>Correct the selected score</source>
        <translation>Corregir la puntuación seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="233" />
        <source>Strike…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="236" />
        <source>Strike the selected score</source>
        <translation>Anular la puntuación seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="240" />
        <source>Clinical details</source>
        <translation>Datos clínicos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="243" />
        <source>Presenting problems:</source>
        <translation>Motivos de consulta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="247" />
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="251" />
        <source>Medications (as reported):</source>
        <translation>Medicamentos (según informa):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="255" />
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/clinical_view.py" line="267" />
        <source>Measures</source>
        <translation>Pruebas de detección</translation>
    </message>
</context>
<context>
    <name>CloneReviewDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="28" />
        <source>These entries read like another entry, or are not tied to an objective. Each chart must hold a note of its own: cancel to rewrite them, or say for each why it is right as it is.</source>
        <translation>Estas entradas se parecen a otra entrada o no están vinculadas a un objetivo. Cada expediente debe tener su propia nota: cancele para volver a redactarlas, o indique para cada una por qué es correcta tal como está.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="43" />
        <source>another attendee</source>
        <translation>otro asistente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="45" />
        <source>reads like {name}'s entry ({score})</source>
        <translation>se parece a la entrada de {name} ({score})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="51" />
        <source>reads like their entry of {date} ({score})</source>
        <translation>se parece a su propia entrada del {date} ({score})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="57" />
        <source>not tied to an objective (no objective linked, or no progress on it)</source>
        <translation>no está vinculada a un objetivo (no hay objetivo enlazado, o no hay progreso en él)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="78" />
        <source>Entries to look at before signing</source>
        <translation>Entradas que revisar antes de firmar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="90" />
        <source>Found in the entry of {name}</source>
        <translation>Hallazgos en la entrada de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="93" />
        <source>Reason for signing the entry of {name}</source>
        <translation>Motivo para firmar la entrada de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="95" />
        <source>Why this entry is right as it is</source>
        <translation>Por qué esta entrada es correcta tal como está</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="100" />
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="113" />
        <source>Sign with these reasons</source>
        <translation>Firmar con estos motivos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="114" />
        <source>Cancel – rewrite</source>
        <translation>Cancelar – redactar de nuevo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="136" />
        <source>Give a reason for {names}, or cancel and rewrite the entry.</source>
        <translation>Indique un motivo para {names}, o cancele y vuelva a redactar la entrada.</translation>
    </message>
</context>
<context>
    <name>ConfirmScopeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="162" />
        <source>Confirm the consent's scope</source>
        <translation>Confirmar el alcance del consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="167" />
        <source>Scope as written</source>
        <translation>Alcance tal como está escrito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="169" />
        <source>Consent for:</source>
        <translation>Consentimiento para:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="170" />
        <source>Scope as written:</source>
        <translation>Alcance tal como está escrito:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="171" />
        <source>&amp;Information to disclose:</source>
        <translation>&amp;Información que se divulgará:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="172" />
        <source>Confirm scope</source>
        <translation>Confirmar alcance</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="62" />
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="103" />
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="66" />
        <source>Recipient address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="67" />
        <source>Purpose</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="69" />
        <source>Signed on</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="73" />
        <source>Blank: the participant; or name and role, e.g. guardian</source>
        <translation>En blanco: el participante; o nombre y función, p. ej., tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="75" />
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="76" />
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="82" />
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="90" />
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="93" />
        <source>e.g. end of court supervision (optional)</source>
        <translation>p. ej., fin de la supervisión judicial (opcional)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="94" />
        <source>Expires when: the event or condition</source>
        <translation>Vence cuando: el evento o la condición</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="95" />
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="96" />
        <source>Recipient &amp;address:</source>
        <translation>Di&amp;rección del destinatario:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="97" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="98" />
        <source>&amp;Information to disclose:</source>
        <translation>&amp;Información que se divulgará:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="99" />
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmado el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="100" />
        <source>Signed &amp;by:</source>
        <translation>Firmado p&amp;or:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="101" />
        <source>E&amp;xpiry:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="102" />
        <source>or &amp;when:</source>
        <translation>o &amp;cuando:</translation>
    </message>
</context>
<context>
    <name>ConsentEventDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="133" />
        <source>The consent's event happened</source>
        <translation>Ocurrió el evento del consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="138" />
        <source>Expires when</source>
        <translation>Vence cuando</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="139" />
        <source>Happened on</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="140" />
        <source>Consent for:</source>
        <translation>Consentimiento para:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="141" />
        <source>Expires when:</source>
        <translation>Vence cuando:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="142" />
        <source>The event &amp;happened on:</source>
        <translation>El evento &amp;ocurrió el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="143" />
        <source>From that day the consent allows no disclosure.</source>
        <translation>A partir de ese día, el consentimiento no permite ninguna divulgación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="146" />
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="40" />
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="46" />
        <source>Confirm its scope</source>
        <translation>Confirme su alcance</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="48" />
        <source>Revoked {date}</source>
        <translation>Revocado el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="52" />
        <source>No expiry – not valid</source>
        <translation>Sin vencimiento – no es válido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="55" />
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="57" />
        <source>Not yet valid</source>
        <translation>Aún no vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="71" />
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="166" />
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="75" />
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="170" />
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="78" />
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="80" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="83" />
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="85" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="113" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="115" />
        <source>To confirm (as written: {written})</source>
        <translation>Por confirmar (tal como está escrito: {written})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="119" />
        <source>{scope} (as written: {written})</source>
        <translation>{scope} (tal como está escrito: {written})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="129" />
        <source>when: {event} (happened {date})</source>
        <translation>cuando: {event} (ocurrió el {date})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="133" />
        <source>when: {event}</source>
        <translation>cuando: {event}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="137" />
        <source>– (no expiry date)</source>
        <translation>– (sin fecha de vencimiento)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="141" />
        <source>{date} or {when}, whichever comes first</source>
        <translation>{date} o {when}, lo que ocurra primero</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="149" />
        <source>No expiry</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="162" />
        <source>Disclosed</source>
        <translation>Divulgado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="174" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="196" />
        <source>Consents for disclosure</source>
        <translation>Consentimientos para divulgación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="198" />
        <source>Add consent…</source>
        <translation>Agregar consentimiento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="199" />
        <source>Add a signed consent</source>
        <translation>Agregar un consentimiento firmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="200" />
        <source>Confirm scope…</source>
        <translation>Confirmar alcance…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="202" />
        <source>Choose the categories of the selected old consent</source>
        <translation>Elegir las categorías del consentimiento antiguo seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="205" />
        <source>Event happened…</source>
        <translation>Ocurrió el evento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="207" />
        <source>Record that the event the selected consent expires with happened</source>
        <translation>Registrar que ocurrió el evento con el que vence el consentimiento seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="210" />
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="211" />
        <source>Revoke the selected consent</source>
        <translation>Revocar el consentimiento seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="229" />
        <source>Disclosures made</source>
        <translation>Divulgaciones realizadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/consents_tab.py" line="233" />
        <source>Disclosures made (each export sent under a consent)</source>
        <translation>Divulgaciones realizadas (cada exportación enviada conforme a un consentimiento)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="24" />
        <source>Correct attendance</source>
        <translation>Corregir asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="29" />
        <source>{weekday} {date} {time}, {service} ({duration} min). Now: {status}, {minutes} min.</source>
        <translation>{weekday} {date} {time}, {service} ({duration} min). Ahora: {status}, {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="48" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="50" />
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="53" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="54" />
        <source>&amp;Minutes attended:</source>
        <translation>&amp;Minutos asistidos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="56" />
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="57" />
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/correction.py" line="59" />
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="39" />
        <source>Response</source>
        <extracomment>The bands' shades, mildest first; an instrument's bands spread over them. The badges beside a course: their colour, title, what they mean and their accessible name (translated where shown, in the "CourseView" context).</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="40" />
        <source>A drop of at least 50 % from the baseline</source>
        <translation>Una disminución de al menos 50 % respecto de la línea base</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="41" />
        <source>{instrument} response</source>
        <translation>Respuesta en {instrument}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="45" />
        <source>Remission</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="46" />
        <source>The latest score is under the remission threshold</source>
        <translation>La puntuación más reciente está por debajo del umbral de remisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="47" />
        <source>{instrument} remission</source>
        <translation>Remisión en {instrument}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="346" />
        <source>{instrument} baseline and latest</source>
        <translation>{instrument}: línea base y más reciente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="389" />
        <source>Not taken yet.</source>
        <translation>Aún no se ha aplicado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="393" />
        <source>Baseline {baseline} on {date} · not taken again yet</source>
        <translation>Línea base {baseline} el {date} · aún no se ha vuelto a aplicar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="396" />
        <source>Baseline {baseline} on {date} · latest {latest} on {latest_date} · change {change}</source>
        <translation>Línea base {baseline} el {date} · más reciente {latest} el {latest_date} · cambio {change}</translation>
    </message>
</context>
<context>
    <name>CurriculumFields</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="34" />
        <source>Curriculum (rolling groups take the modules in this order)</source>
        <translation>Currículo (los grupos de ingreso continuo siguen los módulos en este orden)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="35" />
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="38" />
        <source>Curriculum modules</source>
        <translation>Módulos del currículo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="40" />
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="40" />
        <source>Core</source>
        <translation>Esencial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="40" />
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="49" />
        <source>Add module</source>
        <translation>Agregar módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="50" />
        <source>Remove module</source>
        <translation>Quitar módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="51" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="52" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="59" />
        <source>Every core module attended</source>
        <translation>Asistió a todos los módulos esenciales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="60" />
        <source>Completion: every core module attended</source>
        <translation>Finalización: asistió a todos los módulos esenciales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="63" />
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="64" />
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="65" />
        <source> sessions attended</source>
        <translation> sesiones asistidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="66" />
        <source>Completion: sessions attended</source>
        <translation>Finalización: sesiones asistidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="76" />
        <source>Completed when:</source>
        <translation>Completado cuando:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="106" />
        <source>e.g. Triggers and cravings</source>
        <translation>p. ej., Desencadenantes y deseos de consumo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="107" />
        <source>Module {number}: title</source>
        <translation>Módulo {number}: título</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="110" />
        <source>Module {number}: core</source>
        <translation>Módulo {number}: esencial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="112" />
        <source>Handouts, workbook pages…</source>
        <translation>Folletos, páginas del cuaderno de trabajo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/curriculum_fields.py" line="113" />
        <source>Module {number}: materials</source>
        <translation>Módulo {number}: materiales</translation>
    </message>
</context>
<context>
    <name>CurriculumSection</name>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="193" />
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="196" />
        <source>Completion rule</source>
        <translation>Regla de finalización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="198" />
        <source>Curriculum ledger</source>
        <translation>Registro del currículo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="200" />
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="200" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="200" />
        <source>Where it stands</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="218" />
        <source>No completion rule is set for this program.</source>
        <translation>Este programa no tiene una regla de finalización.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="220" />
        <source>Completion rule ({rule}): &lt;b&gt;met&lt;/b&gt;</source>
        <translation>Regla de finalización ({rule}): &lt;b&gt;cumplida&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="224" />
        <source>Completion rule ({rule}): &lt;b&gt;not met yet&lt;/b&gt;</source>
        <translation>Regla de finalización ({rule}): &lt;b&gt;aún no cumplida&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="228" />
        <source>{rule} · core modules attended {core} of {total} · sessions attended {sessions} · projected end {end}</source>
        <translation>{rule} · módulos esenciales asistidos: {core} de {total} · sesiones asistidas: {sessions} · fin previsto: {end}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="241" />
        <source>Core</source>
        <translation>Esencial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/attendance_tab.py" line="241" />
        <source>Elective</source>
        <translation>Optativo</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/date_range.py" line="28" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/date_range.py" line="29" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/date_range.py" line="30" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/date_range.py" line="31" />
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/date_range.py" line="38" />
        <source>The last day cannot be before the first day.</source>
        <translation>El último día no puede ser anterior al primero.</translation>
    </message>
</context>
<context>
    <name>DiagnosisTable</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="26" />
        <source>ICD-10 code</source>
        <translation>Código ICD-10</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="26" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="27" />
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="34" />
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="35" />
        <source>Add diagnosis</source>
        <translation>Agregar diagnóstico</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="36" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/diagnoses.py" line="37" />
        <source>Remove selected diagnosis</source>
        <translation>Quitar el diagnóstico seleccionado</translation>
    </message>
</context>
<context>
    <name>DischargeAmendmentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/discharge_amendment.py" line="18" />
        <source>Add amendment to the discharge summary</source>
        <translation>Agregar enmienda al resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/discharge_amendment.py" line="27" />
        <source>&amp;Concerns:</source>
        <translation>&amp;Se refiere a:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/discharge_amendment.py" line="28" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/discharge_amendment.py" line="29" />
        <source>&amp;Amendment:</source>
        <translation>&amp;Enmienda:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/discharge_amendment.py" line="30" />
        <source>Add amendment</source>
        <translation>Agregar enmienda</translation>
    </message>
</context>
<context>
    <name>DischargeTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="79" />
        <source>Discharged on {date}.</source>
        <translation>Fecha de alta: {date}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="82" />
        <source>Plan saved; discharge not recorded yet.</source>
        <translation>Plan guardado; el alta aún no se ha registrado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="105" />
        <source>Plan saved {time}; discharge not recorded yet.</source>
        <translation>Plan guardado a las {time}; el alta aún no se ha registrado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="118" />
        <source>Record the discharge on {date} ({reason})? The participant's status becomes discharged.</source>
        <translation>¿Registrar el alta con fecha {date} ({reason})? El participante quedará dado de alta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="123" />
        <source>Record discharge</source>
        <translation>Registrar alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="146" />
        <source>The discharge summary cannot be signed yet.</source>
        <translation>Todavía no se puede firmar el resumen de alta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="153" />
        <source>Sign the discharge summary? Signing is final: the discharge record is locked, and a later change is a dated amendment.</source>
        <translation>¿Firmar el resumen de alta? La firma es definitiva: el registro del alta queda bloqueado y cualquier cambio posterior será una enmienda fechada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_tab.py" line="156" />
        <source>Sign discharge summary</source>
        <translation>Firmar resumen de alta</translation>
    </message>
</context>
<context>
    <name>DischargeTabView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="48" />
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="49" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="50" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="51" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="52" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="53" />
        <source>First appointment</source>
        <translation>Primera cita</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="60" />
        <source>Not recorded</source>
        <extracomment>Who received the discharge information and a copy: (choice, the form's words). What is stored (and printed: "given to the participant on …") is the words of `copy_given_words`.</extracomment>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="61" />
        <source>The participant</source>
        <translation>El participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="62" />
        <source>The participant and guardian</source>
        <translation>El participante y su tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="63" />
        <source>Someone else (say who)</source>
        <translation>Otra persona (indique quién)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="146" />
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="152" />
        <source>Reason for discharge</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="156" />
        <source>Reason details</source>
        <translation>Detalles del motivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="159" />
        <source>Condition at discharge</source>
        <translation>Estado al momento del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="162" />
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="166" />
        <source>Recommended next level of care</source>
        <translation>Siguiente nivel de atención recomendado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="168" />
        <source>Aftercare plan</source>
        <translation>Plan de cuidado posterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="170" />
        <source>Relapse-prevention plan</source>
        <translation>Plan de prevención de recaídas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="172" />
        <source>Crisis resources</source>
        <translation>Recursos en caso de crisis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="174" />
        <source>Medications at discharge</source>
        <translation>Medicamentos al alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="177" />
        <source>Strengths, needs, abilities and preferences</source>
        <translation>Fortalezas, necesidades, habilidades y preferencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="182" />
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="660" />
        <source>Information and copy given on</source>
        <translation>Información y copia entregadas el</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="191" />
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="202" />
        <source>Information and copy given to</source>
        <translation>Información y copia entregadas a</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="195" />
        <source>Who received the information and copy</source>
        <translation>Quién recibió la información y la copia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="198" />
        <source>Name and role, e.g. Pat Reyes, mother</source>
        <translation>Nombre y función, p. ej., Pat Reyes, madre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="215" />
        <source>Presenting problems (from the record)</source>
        <translation>Motivos de consulta (del expediente)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="220" />
        <source>Diagnoses (from the record)</source>
        <translation>Diagnósticos (del expediente)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="235" />
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="241" />
        <source>Add referral</source>
        <translation>Agregar referido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="244" />
        <source>Remove referral</source>
        <translation>Quitar referido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="251" />
        <source>First appointment as 2026-03-20 14:30.</source>
        <translation>Primera cita con el formato 2026-03-20 14:30.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="262" />
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="264" />
        <source>Save the discharge plan</source>
        <translation>Guardar el plan de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="267" />
        <source>Record discharge…</source>
        <translation>Registrar alta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="270" />
        <source>Record the discharge</source>
        <translation>Registrar el alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="273" />
        <source>Sign discharge summary…</source>
        <translation>Firmar resumen de alta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="276" />
        <source>Sign the discharge summary</source>
        <translation>Firmar el resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="279" />
        <source>Add amendment…</source>
        <translation>Agregar enmienda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="282" />
        <source>Add an amendment to the signed discharge summary</source>
        <translation>Agregar una enmienda al resumen de alta firmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="289" />
        <source>Discharge summary signature</source>
        <translation>Firma del resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="298" />
        <source>Amendments to the discharge summary</source>
        <translation>Enmiendas al resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="304" />
        <source>Discharge state</source>
        <translation>Estado del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="309" />
        <source>Discharge summary due</source>
        <translation>Resumen de alta pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="320" />
        <source>Discharge &amp;date:</source>
        <translation>&amp;Fecha de alta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="324" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="326" />
        <source>Reason details:</source>
        <translation>Detalles del motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="331" />
        <source>Condition at discharge:</source>
        <translation>Estado al momento del alta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="336" />
        <source>Recommended next level:</source>
        <translation>Siguiente nivel recomendado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="341" />
        <source>Aftercare plan:</source>
        <translation>Plan de cuidado posterior:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="346" />
        <source>Referrals:</source>
        <translation>Referidos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="351" />
        <source>Relapse-prevention plan:</source>
        <translation>Plan de prevención de recaídas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="356" />
        <source>Crisis resources:</source>
        <translation>Recursos en caso de crisis:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="361" />
        <source>Medications at discharge:</source>
        <translation>Medicamentos al alta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="366" />
        <source>Strengths, needs, abilities
and preferences:</source>
        <translation>Fortalezas, necesidades,
habilidades y preferencias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="373" />
        <source>Information and copy given on:</source>
        <translation>Información y copia
entregadas el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="378" />
        <source>Given to:</source>
        <translation>Entregadas a:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="383" />
        <source>Presenting problems:</source>
        <translation>Motivos de consulta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="388" />
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="441" />
        <source>Guardian's name and role (optional)</source>
        <translation>Nombre y función del tutor legal (opcional)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="443" />
        <source>Name and role, e.g. Pat Reyes, sister</source>
        <translation>Nombre y función, p. ej., Pat Reyes, hermana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="525" />
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="529" />
        <source>None recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="574" />
        <source>Signed by {name} on {date} at {time}. The discharge summary is final: a change is an amendment (Add amendment…).</source>
        <translation>Firmado por {name} el {date} a las {time}. El resumen de alta es definitivo: cualquier cambio es una enmienda (Agregar enmienda…).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="585" />
        <source>Amended on {when} by {author} ({section}): {reason}
{text}</source>
        <translation>Enmendado el {when} por {author} ({section}): {reason}
{text}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="606" />
        <source>Discharge summary due by {date}: sign it with 'Sign discharge summary…'.</source>
        <translation>Resumen de alta pendiente para el {date}: fírmelo con 'Firmar resumen de alta…'.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="633" />
        <source>Referral {number}: the first appointment '{text}' is not a date and time like 2026-03-20 14:30.</source>
        <translation>Referido {number}: la primera cita '{text}' no es una fecha y hora como 2026-03-20 14:30.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/discharge_view.py" line="671" />
        <source>Information and copy given to: say who received them.</source>
        <translation>Información y copia entregadas a: indique quién las recibió.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageBox</name>
    <message>
        <location filename="../../counselor_desk/ui/widgets/document_language.py" line="24" />
        <source>Language of participant documents</source>
        <extracomment>The documents' languages: the value the services take, and its name in that language.</extracomment>
        <translation>Idioma de los documentos para participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/document_language.py" line="27" />
        <source>The attendance letter, the sign-in sheet, the safety plan and the treatment plan are printed in this language; documents for providers in English</source>
        <translation>La carta de asistencia, la hoja de firmas, el plan de seguridad y el plan de tratamiento se imprimen en este idioma; los documentos para proveedores, en inglés</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="11" />
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="12" />
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="13" />
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="14" />
        <source>attendance and dates of service</source>
        <translation>asistencia y fechas de servicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="15" />
        <source>diagnoses and presenting problems</source>
        <translation>diagnósticos y motivos de consulta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="16" />
        <source>medications and allergies</source>
        <translation>medicamentos y alergias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="17" />
        <source>treatment plan and progress</source>
        <translation>plan de tratamiento y progreso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="18" />
        <source>discharge and aftercare plan</source>
        <translation>plan de alta y de cuidado posterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="19" />
        <source>session notes</source>
        <translation>notas de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="20" />
        <source>risk and safety assessments</source>
        <translation>evaluaciones de riesgo y de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="21" />
        <source>measures and scores (PHQ-9, GAD-7)</source>
        <translation>pruebas de detección y puntuaciones (PHQ-9, GAD-7)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="22" />
        <source>Active: shared and engaged with peers</source>
        <translation>Activa: compartió e interactuó con sus compañeros</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="23" />
        <source>Participated when prompted</source>
        <translation>Participó cuando se le pidió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="24" />
        <source>Attentive, little verbal participation</source>
        <translation>Atento(a), poca participación verbal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="25" />
        <source>Minimal: withdrawn or distracted</source>
        <translation>Mínima: retraído(a) o distraído(a)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="26" />
        <source>Disruptive: redirected by the facilitator</source>
        <translation>Disruptiva: requirió redirección del facilitador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="27" />
        <source>at admission</source>
        <translation>en la admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="28" />
        <source>repeat</source>
        <translation>de seguimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="29" />
        <source>before discharge</source>
        <translation>antes del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="30" />
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="31" />
        <source>Late</source>
        <translation>Llegó tarde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="32" />
        <source>Left early</source>
        <translation>Salió temprano</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="33" />
        <source>Absent – excused</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="34" />
        <source>Absent – unexcused</source>
        <translation>Ausencia injustificada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="35" />
        <source>Cancelled by program</source>
        <translation>Cancelada por el programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="36" />
        <source>Completed program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="37" />
        <source>Stepped down to a lower level of care</source>
        <translation>Pasó a un nivel de atención más bajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="38" />
        <source>Stepped up / transferred to a higher level of care</source>
        <translation>Pasó o fue transferido(a) a un nivel de atención más alto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="39" />
        <source>Left against clinical advice</source>
        <translation>Se retiró en contra de la recomendación clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="40" />
        <source>Administrative discharge</source>
        <translation>Alta administrativa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="41" />
        <source>Moved</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="42" />
        <source>Incarcerated</source>
        <translation>Encarcelado(a)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="43" />
        <source>Deceased</source>
        <translation>Fallecido(a)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="44" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="45" />
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="46" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="47" />
        <source>Met</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="48" />
        <source>Partially met</source>
        <translation>Logrado en parte</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="49" />
        <source>Not met</source>
        <translation>No logrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="50" />
        <source>Discontinued</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="51" />
        <source>Outpatient (OP)</source>
        <translation>Ambulatorio (OP)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="52" />
        <source>Intensive outpatient (IOP)</source>
        <translation>Ambulatorio intensivo (IOP)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="53" />
        <source>Partial hospitalization (PHP)</source>
        <translation>Hospitalización parcial (PHP)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="54" />
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="55" />
        <source>Inpatient</source>
        <translation>Hospitalario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="56" />
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="57" />
        <source>Denied</source>
        <translation>Niega</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="58" />
        <source>Present, no plan</source>
        <translation>Presente, sin plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="59" />
        <source>Present, with plan</source>
        <translation>Presente, con plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="60" />
        <source>Group therapy</source>
        <translation>Terapia grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="61" />
        <source>Individual counseling</source>
        <translation>Consejería individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="62" />
        <source>Psychoeducation</source>
        <translation>Psicoeducación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="63" />
        <source>Family session</source>
        <translation>Sesión familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="64" />
        <source>Safety follow-up</source>
        <translation>Seguimiento de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="65" />
        <source>Short on hours</source>
        <translation>Horas insuficientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="66" />
        <source>Absences</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="67" />
        <source>Ending soon</source>
        <translation>Termina pronto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="68" />
        <source>Past planned end</source>
        <translation>Pasó el fin previsto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="69" />
        <source>Draft to sign</source>
        <translation>Borrador por firmar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="70" />
        <source>Summary due</source>
        <translation>Resumen pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="71" />
        <source>Measure overdue</source>
        <translation>Prueba de detección vencida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="72" />
        <source>Measure due</source>
        <translation>Prueba de detección pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="73" />
        <source>Units run out early</source>
        <translation>Las unidades no alcanzan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="74" />
        <source>Units nearly used</source>
        <translation>Unidades casi agotadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="75" />
        <source>Authorization ending</source>
        <translation>Autorización por vencer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="76" />
        <source>Payer review due</source>
        <translation>Revisión del pagador pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="77" />
        <source>Treatment plan due</source>
        <translation>Plan de tratamiento pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="78" />
        <source>Plan review overdue</source>
        <translation>Revisión del plan vencida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="79" />
        <source>Plan review due</source>
        <translation>Revisión del plan pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="80" />
        <source>Core module missed</source>
        <translation>Faltó a un módulo esencial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="81" />
        <source>Age group differs</source>
        <translation>Grupo de edad distinto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="82" />
        <source>On leave</source>
        <translation>De permiso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="83" />
        <source>PHQ-9 question 9</source>
        <translation>Pregunta 9 del PHQ-9</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="84" />
        <source>C-SSRS screen</source>
        <translation>Detección C-SSRS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="85" />
        <source>Risk screen in a note</source>
        <translation>Detección de riesgo en una nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="86" />
        <source>C-SSRS screen needed</source>
        <translation>Detección C-SSRS pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="87" />
        <source>Safety plan needed</source>
        <translation>Plan de seguridad pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="88" />
        <source>Followed up</source>
        <translation>Seguimiento realizado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="89" />
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="90" />
        <source>depression</source>
        <translation>depresión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="91" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="92" />
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="93" />
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="94" />
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="95" />
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="96" />
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="97" />
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="98" />
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="99" />
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="100" />
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="101" />
        <source>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="102" />
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="103" />
        <source>Moving or speaking so slowly that other people could have noticed, or being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? O lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="104" />
        <source>Thoughts that you would be better off dead, or of hurting yourself</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="105" />
        <source>How difficult have these problems made it to do your work, take care of things at home, or get along with other people?</source>
        <translation>¿Qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="106" />
        <source>Not difficult at all</source>
        <translation>No ha sido difícil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="107" />
        <source>Somewhat difficult</source>
        <translation>Un poco difícil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="108" />
        <source>Very difficult</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="109" />
        <source>Extremely difficult</source>
        <translation>Extremadamente difícil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="110" />
        <source>minimal</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="111" />
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="112" />
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="113" />
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="114" />
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="115" />
        <source>anxiety</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="116" />
        <source>Feeling nervous, anxious, or on edge</source>
        <translation>Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="117" />
        <source>Not being able to stop or control worrying</source>
        <translation>No ha sido capaz de parar o controlar su preocupación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="118" />
        <source>Worrying too much about different things</source>
        <translation>Se ha preocupado demasiado por motivos diferentes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="119" />
        <source>Trouble relaxing</source>
        <translation>Ha tenido dificultad para relajarse</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="120" />
        <source>Being so restless that it is hard to sit still</source>
        <translation>Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="121" />
        <source>Becoming easily annoyed or irritable</source>
        <translation>Se ha molestado o irritado fácilmente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="122" />
        <source>Feeling afraid, as if something awful might happen</source>
        <translation>Ha tenido miedo de que algo terrible fuera a pasar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="123" />
        <source>suicide risk (screen version)</source>
        <translation>riesgo de suicidio (versión de detección)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="124" />
        <source>risk</source>
        <translation>riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="125" />
        <source>Have you wished you were dead or wished you could go to sleep and not wake up?</source>
        <translation>¿Ha deseado estar muerto(a) o poder dormirse y no despertar?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="126" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="127" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="128" />
        <source>Have you actually had any thoughts of killing yourself?</source>
        <translation>¿Ha tenido realmente la idea de suicidarse?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="129" />
        <source>Have you been thinking about how you might do this?</source>
        <translation>¿Ha pensado en cómo llevaría esto a cabo?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="130" />
        <source>Have you had these thoughts and had some intention of acting on them?</source>
        <translation>¿Ha tenido estas ideas y en cierto grado la intención de llevarlas a cabo?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="131" />
        <source>Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?</source>
        <translation>¿Ha comenzado a elaborar o ha elaborado los detalles sobre cómo suicidarse? ¿Tiene intenciones de llevar a cabo este plan?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="132" />
        <source>Have you ever done anything, started to do anything, or prepared to do anything to end your life? If yes: was this within the past 3 months?</source>
        <translation>¿Alguna vez ha hecho algo, comenzado a hacer algo o se ha preparado para hacer algo para terminar con su vida? Si la respuesta es sí: ¿fue dentro de los últimos 3 meses?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="133" />
        <source>Yes, more than 3 months ago</source>
        <translation>Sí, hace más de 3 meses</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="134" />
        <source>Yes, within the past 3 months</source>
        <translation>Sí, en los últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="135" />
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="136" />
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="137" />
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="138" />
        <source>1. Acute intoxication and/or withdrawal potential</source>
        <translation>1. Intoxicación aguda y/o potencial de abstinencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="139" />
        <source>2. Biomedical conditions and complications</source>
        <translation>2. Condiciones y complicaciones biomédicas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="140" />
        <source>3. Emotional, behavioral or cognitive conditions and complications</source>
        <translation>3. Condiciones y complicaciones emocionales, conductuales o cognitivas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="141" />
        <source>4. Readiness to change</source>
        <translation>4. Disposición al cambio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="142" />
        <source>5. Relapse, continued use or continued problem potential</source>
        <translation>5. Potencial de recaída, de uso continuado o de problemas continuados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="143" />
        <source>6. Recovery/living environment</source>
        <translation>6. Entorno de recuperación/de vida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="144" />
        <source>1 Intoxication/withdrawal</source>
        <translation>1 Intoxicación/abstinencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="145" />
        <source>2 Biomedical</source>
        <translation>2 Biomédica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="146" />
        <source>3 Emotional/behavioral</source>
        <translation>3 Emocional/conductual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="147" />
        <source>4 Readiness to change</source>
        <translation>4 Disposición al cambio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="148" />
        <source>5 Relapse potential</source>
        <translation>5 Potencial de recaída</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="149" />
        <source>6 Recovery environment</source>
        <translation>6 Entorno de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="150" />
        <source>no risk</source>
        <translation>sin riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="151" />
        <source>significant</source>
        <translation>significativo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="152" />
        <source>The summary as a whole</source>
        <translation>El resumen en su totalidad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="153" />
        <source>Reason for discharge</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="154" />
        <source>Reason details</source>
        <translation>Detalles del motivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="155" />
        <source>Condition at discharge</source>
        <translation>Estado al momento del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="156" />
        <source>Recommended next level of care</source>
        <translation>Siguiente nivel de atención recomendado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="157" />
        <source>Medications at discharge</source>
        <translation>Medicamentos al alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="158" />
        <source>Aftercare plan</source>
        <translation>Plan de cuidado posterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="159" />
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="160" />
        <source>Relapse-prevention plan</source>
        <translation>Plan de prevención de recaídas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="161" />
        <source>Crisis resources</source>
        <translation>Recursos en caso de crisis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="162" />
        <source>Strengths, needs, abilities and preferences</source>
        <translation>Fortalezas, necesidades, habilidades y preferencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="163" />
        <source>Information and copy given</source>
        <translation>Información y copia entregadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="164" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="165" />
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="166" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="167" />
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="168" />
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="169" />
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="170" />
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="171" />
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="172" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="173" />
        <source>Topic / module</source>
        <translation>Tema / módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="174" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="175" />
        <source>Group content</source>
        <translation>Contenido del grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="176" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="177" />
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="178" />
        <source>Response to intervention</source>
        <translation>Respuesta a la intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="179" />
        <source>Objective addressed</source>
        <translation>Objetivo trabajado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="180" />
        <source>Progress toward objective</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="181" />
        <source>Signed after review</source>
        <translation>Firmada tras revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="182" />
        <source>Warning signs</source>
        <translation>Señales de advertencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="183" />
        <source>Thoughts, images, moods, situations or behaviours that a crisis may be developing</source>
        <translation>Pensamientos, imágenes, estados de ánimo, situaciones o conductas que indican que puede estar empezando una crisis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="184" />
        <source>Internal coping strategies</source>
        <translation>Estrategias internas de afrontamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="185" />
        <source>Things I can do to take my mind off my problems without contacting another person</source>
        <translation>Cosas que puedo hacer para distraerme de mis problemas sin comunicarme con otra persona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="186" />
        <source>People and social settings that provide distraction</source>
        <translation>Personas y lugares sociales que me ayudan a distraerme</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="187" />
        <source>Names and phone numbers, and places I can go</source>
        <translation>Nombres y números de teléfono, y lugares a los que puedo ir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="188" />
        <source>People whom I can ask for help</source>
        <translation>Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="189" />
        <source>Names and phone numbers</source>
        <translation>Nombres y números de teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="190" />
        <source>Professionals or agencies I can contact during a crisis</source>
        <translation>Profesionales o agencias con quienes puedo comunicarme durante una crisis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="191" />
        <source>Clinician, local crisis line, urgent care; the 988 Suicide &amp; Crisis Lifeline is always printed</source>
        <translation>Clínico/a, línea local de crisis, atención de urgencia; la 988 Línea de Prevención del Suicidio y Crisis siempre se imprime</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="192" />
        <source>Making the environment safe</source>
        <translation>Cómo hacer que mi entorno sea seguro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="193" />
        <source>Steps to limit access to lethal means</source>
        <translation>Pasos para limitar el acceso a medios letales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="194" />
        <source>The one thing that is most important to me and worth living for</source>
        <translation>Lo más importante para mí, por lo que vale la pena vivir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="195" />
        <source>Reasons for living</source>
        <translation>Razones para vivir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="196" />
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988, or chat at 988lifeline.org</source>
        <translation>988 Línea de Prevención del Suicidio y Crisis: llame al 988 (oprima 2 para español), envíe un mensaje de texto al 988 o chatee en 988lifeline.org</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="197" />
        <source>Record a C-SSRS screen today.</source>
        <translation>Registre hoy una detección C-SSRS.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="198" />
        <source>Record a C-SSRS screen (a safety plan is saved).</source>
        <translation>Registre una detección C-SSRS (hay un plan de seguridad guardado).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/domain_catalog.py" line="199" />
        <source>Write or review the safety plan.</source>
        <translation>Escriba o revise el plan de seguridad.</translation>
    </message>
</context>
<context>
    <name>EditParticipantDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="393" />
        <source>Record — edit</source>
        <translation>Expediente — editar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="398" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="262" />
        <source>Encrypt the caseload</source>
        <translation>Cifrar la carga de casos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="266" />
        <source>Type your lock passphrase twice: from now on it also opens the encrypted database. Encrypting takes a moment: a backup is made first, and the app's own earlier backups are encrypted too.</source>
        <translation>Escriba dos veces su frase de contraseña de bloqueo: a partir de ahora también abrirá la base de datos cifrada. El cifrado tarda un momento: primero se hace una copia de seguridad, y las copias de seguridad anteriores de la aplicación también se cifran.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="272" />
        <source>Choose a passphrase: from now on it unlocks the app and opens the encrypted database. Encrypting takes a moment: a backup is made first, and the app's own earlier backups are encrypted too.</source>
        <translation>Elija una frase de contraseña: a partir de ahora desbloqueará la aplicación y abrirá la base de datos cifrada. El cifrado tarda un momento: primero se hace una copia de seguridad, y las copias de seguridad anteriores de la aplicación también se cifran.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="278" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="279" />
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="281" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="282" />
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Repetir la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="287" />
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="313" />
        <source>That is not your lock passphrase: type the one that unlocks the app.</source>
        <translation>Esa no es su frase de contraseña de bloqueo: escriba la que desbloquea la aplicación.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="41" />
        <source>The database is encrypted at rest (SQLCipher).</source>
        <translation>La base de datos está cifrada en reposo (SQLCipher).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="42" />
        <source>The database is not encrypted: anyone who copies the file can read it.</source>
        <translation>La base de datos no está cifrada: cualquier persona que copie el archivo puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="45" />
        <source>Write it down or print it now: it is shown only this once. With it you can set a new passphrase if you forget yours; without both, the records cannot be opened.</source>
        <translation>Anótela o imprímala ahora: solo se muestra esta vez. Con ella puede establecer una nueva frase de contraseña si olvida la suya; sin ninguna de las dos, los expedientes no se pueden abrir.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="50" />
        <source>I have written down or printed the recovery key</source>
        <translation>Anoté o imprimí la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="51" />
        <source>The exported file is not encrypted: keep it safe or delete it when it has been sent.</source>
        <translation>El archivo exportado no está cifrado: guárdelo en un lugar seguro o elimínelo una vez enviado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="115" />
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="137" />
        <source>Encrypted.</source>
        <translation>Cifrada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="139" />
        <source>Not encrypted.</source>
        <translation>No cifrada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="145" />
        <source>Encrypt the caseload</source>
        <translation>Cifrar la carga de casos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="146" />
        <source>{problem}

The database stays unencrypted.</source>
        <translation>{problem}

La base de datos sigue sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="242" />
        <source>Encrypted at rest</source>
        <translation>Cifrada en reposo</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="41" />
        <source>No objective linked</source>
        <extracomment>The constants' words are translated where shown, in the "EntryView" context.</extracomment>
        <translation>Sin objetivo vinculado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="48" />
        <source>No earlier group entry</source>
        <extracomment>A participation button; the picked one in the selection colours, readable at a glance.</extracomment>
        <translation>No hay una entrada grupal anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="51" />
        <source>Participation</source>
        <extracomment>The previous entry's sections shown beside the fields, with their headings.</extracomment>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="52" />
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="53" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="54" />
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="246" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="68" />
        <source>Previous entry, {date}</source>
        <translation>Entrada anterior, {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="85" />
        <source>Signed by {name} on {when}</source>
        <translation>Firmada por {name} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="96" />
        <source>{status}: attended {minutes} of {duration} min (telehealth)</source>
        <translation>{status}: asistió {minutes} de {duration} min (telesalud)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="100" />
        <source>{status}: attended {minutes} of {duration} min</source>
        <translation>{status}: asistió {minutes} de {duration} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="106" />
        <source>{status}, {minutes} min (telehealth)</source>
        <translation>{status}, {minutes} min (telesalud)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="108" />
        <source>{status}, {minutes} min</source>
        <translation>{status}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="217" />
        <source>Entry of {name}</source>
        <translation>Entrada de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="234" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="236" />
        <source>Response to intervention</source>
        <translation>Respuesta a la intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="238" />
        <source>Objective addressed</source>
        <translation>Objetivo trabajado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="245" />
        <source>Progress toward objective</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="250" />
        <source>Suicidal or homicidal ideation</source>
        <translation>Ideación suicida u homicida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="251" />
        <source>Risk details and safety plan</source>
        <translation>Detalles del riesgo y plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="258" />
        <source>Previous group entry</source>
        <translation>Entrada grupal anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="266" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="267" />
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="269" />
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="279" />
        <source>Participation:</source>
        <translation>Participación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="280" />
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="281" />
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="282" />
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="283" />
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="287" />
        <source>SI / HI:</source>
        <translation>IS / IH:</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="74" />
        <source>disk error</source>
        <extracomment>What a worker runs: given its own connection and the output path. It must reach no Qt object (see ui.background): capture plain values, never the bar or the context.</extracomment>
        <translation>error de disco</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="75" />
        <source>The file could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="87" />
        <source>Treat this record as 42 CFR Part 2?</source>
        <translation>¿Tratar este expediente conforme a 42 CFR Part 2?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="89" />
        <source>{question} The answer is kept for this participant and not asked again.</source>
        <translation>{question} La respuesta se guarda para este participante y no se volverá a preguntar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="94" />
        <source>Treat as Part 2</source>
        <translation>Tratar como Part 2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="97" />
        <source>Not Part 2</source>
        <translation>No es Part 2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="122" />
        <source>Discharge summary…</source>
        <extracomment>Saves what is typed on the record before a document is built from the database; False (the reason shown beside the field) stops the export.</extracomment>
        <translation>Resumen de alta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="123" />
        <source>Continuity of care…</source>
        <translation>Continuidad de la atención…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="124" />
        <source>FHIR…</source>
        <translation>FHIR…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="127" />
        <source>Export for another system (FHIR): the continuity-of-care summary as a FHIR R4 bundle another EHR can read, checked before it is written; one disclosure</source>
        <translation>Exportar para otro sistema (FHIR): el resumen de continuidad de la atención como un paquete FHIR R4 que otro EHR puede leer, verificado antes de escribirse; una sola divulgación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="131" />
        <source>Attendance letter…</source>
        <translation>Carta de asistencia…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="132" />
        <source>Treatment plan (PDF)…</source>
        <translation>Plan de tratamiento (PDF)…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="133" />
        <source>Review packet…</source>
        <translation>Paquete de revisión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="134" />
        <source>Open after export</source>
        <translation>Abrir al exportar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="138" />
        <source>Export state</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="140" />
        <source>Export the discharge summary</source>
        <translation>Exportar el resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="141" />
        <source>Export the continuity-of-care summary</source>
        <translation>Exportar el resumen de continuidad de la atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="142" />
        <source>Export for another system (FHIR)</source>
        <translation>Exportar para otro sistema (FHIR)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="143" />
        <source>Export an attendance verification letter</source>
        <translation>Exportar una carta de verificación de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="144" />
        <source>Export the treatment plan for signature</source>
        <translation>Exportar el plan de tratamiento para firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="145" />
        <source>Export the concurrent-review packet for the payer</source>
        <translation>Exportar el paquete de revisión concurrente para el pagador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="155" />
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="167" />
        <source>Participant &amp;documents in:</source>
        <translation>&amp;Documentos para participantes en:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="188" />
        <location filename="../../counselor_desk/ui/record/export.py" line="456" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="188" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="217" />
        <source>No valid consent for disclosure is on file (none, expired, its expiry event happened, revoked, without an expiry, or saved before consents had categories and not yet confirmed). Add the signed consent, or confirm its scope, on the Consents tab first.</source>
        <translation>No hay en el expediente ningún consentimiento de divulgación vigente (no hay ninguno, venció, ocurrió su evento de vencimiento, fue revocado, no tiene vencimiento, o se guardó antes de que los consentimientos tuvieran categorías y aún no se ha confirmado). Primero agregue el consentimiento firmado, o confirme su alcance, en la pestaña Consentimientos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="227" />
        <source>{recipient} (signed {date})</source>
        <translation>{recipient} (firmado el {date})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="232" />
        <source>Disclose under the consent for:</source>
        <translation>Divulgar conforme al consentimiento para:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="261" />
        <source>Continuity of care</source>
        <translation>Continuidad de la atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="281" />
        <source>Attendance letter</source>
        <translation>Carta de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="331" />
        <source>Concurrent review</source>
        <translation>Revisión concurrente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="335" />
        <source>Concurrent review – period</source>
        <translation>Revisión concurrente – período</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="351" />
        <source>Why this level of care is still needed (printed for the reviewer):</source>
        <translation>Por qué este nivel de atención sigue siendo necesario (se imprime para el revisor):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="360" />
        <source>The packet needs your reasons for this level of care. Nothing was exported.</source>
        <translation>El paquete necesita sus razones para este nivel de atención. No se exportó nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="418" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="443" />
        <source>Exported {time}: {file}</source>
        <translation>Exportado a las {time}: {file}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/export.py" line="455" />
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <location filename="../../counselor_desk/ui/record/fhir_export.py" line="17" />
        <source>Export for another system (FHIR)</source>
        <translation>Exportar para otro sistema (FHIR)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/fhir_export.py" line="32" />
        <source>FHIR bundles (*.json)</source>
        <translation>Paquetes FHIR (*.json)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/fhir_export.py" line="45" />
        <source>Also save the continuity-of-care summary as a PDF file? (The bundle carries the PDF inside it either way; both files are one disclosure.)</source>
        <translation>¿Guardar también el resumen de continuidad de la atención como archivo PDF? (El paquete contiene el PDF de todos modos; ambos archivos son una sola divulgación.)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/fhir_export.py" line="65" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="24" />
        <source>Admit from a referral file</source>
        <translation>Admitir desde un archivo de referido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="52" />
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="121" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="59" />
        <source>Chart number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="60" />
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="61" />
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="62" />
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="63" />
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="64" />
        <source>Admission date:</source>
        <translation>Fecha de admisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="66" />
        <source>None listed</source>
        <translation>Ninguno indicado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="69" />
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="70" />
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="71" />
        <source>Referred by:</source>
        <translation>Referido por:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="72" />
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="72" />
        <source>None readable</source>
        <translation>Ninguno legible</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="75" />
        <source>Medications:</source>
        <translation>Medicamentos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="78" />
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="84" />
        <source>42 CFR Part 2:</source>
        <translation>42 CFR Part 2:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="86" />
        <source>The referral is labelled Part 2: it may not be redisclosed without consent, and the record is treated as Part 2.</source>
        <translation>El referido está marcado como Part 2: no se puede volver a divulgar sin consentimiento, y el expediente se trata como Part 2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="91" />
        <source>&lt;b&gt;What the referral carries&lt;/b&gt; (admitted as it is)</source>
        <translation>&lt;b&gt;Lo que contiene el referido&lt;/b&gt; (se admite tal como está)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="102" />
        <source>Everything an admission reads was read.</source>
        <translation>Se leyó todo lo que lee una admisión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="105" />
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="106" />
        <source>Could not be read
(not admitted):</source>
        <translation>No se pudo leer
(no admitido):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="109" />
        <source>Not read at admission (kept in the file): {items}.</source>
        <translation>No se lee en la admisión (queda en el archivo): {items}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="115" />
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="33" />
        <source>A few details for letters and summaries, and the program you run. Everything stays on this computer; you can change it later.</source>
        <extracomment>The name of the adolescent program first run offers to set up as well (saved as it is).</extracomment>
        <translation>Algunos datos para las cartas y los resúmenes, y el programa que usted dirige. Todo queda en esta computadora; puede cambiarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="55" />
        <source>Welcome to Counselor Desk</source>
        <translation>Bienvenido a Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="61" />
        <source>&amp;Program name:</source>
        <translation>Nombre del &amp;programa:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="65" />
        <source>Also set up an adolescent IOP program (6 h a week)</source>
        <translation>Configurar también un programa IOP para adolescentes (6 h por semana)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="69" />
        <source>Adds '{program}' with the same group days; you can change it in Settings</source>
        <translation>Agrega '{program}' con los mismos días de grupo; puede cambiarlo en Configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="85" />
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="95" />
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="96" />
        <source>Your first program</source>
        <translation>Su primer programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/first_run.py" line="101" />
        <source>Locking the app</source>
        <translation>Bloqueo de la aplicación</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/form.py" line="70" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/form.py" line="88" />
        <source>{label}: '{text}' is not a date like 1990-06-15.</source>
        <translation>{label}: '{text}' no es una fecha como 1990-06-15.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/form.py" line="105" />
        <source>Something went wrong; nothing was saved.</source>
        <translation>Algo salió mal; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/form.py" line="118" />
        <source>Form errors</source>
        <translation>Errores del formulario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/form.py" line="135" />
        <source>Error: {field}</source>
        <translation>Error: {field}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="86" />
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="86" />
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="89" />
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="91" />
        <source>What you will do toward it: CBT skills group, …</source>
        <translation>Lo que usted hará para lograrla: grupo de habilidades de TCC, …</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="93" />
        <source>&amp;Interventions:</source>
        <translation>&amp;Intervenciones:</translation>
    </message>
</context>
<context>
    <name>GroupDays</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="92" />
        <source>Group on {day}</source>
        <extracomment>A Monday: the weekdays' names are the locale's, counted from it. A labelled row of a form: a widget or a layout of several.</extracomment>
        <translation>Grupo el {day}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="99" />
        <source>Group start time</source>
        <translation>Hora de inicio del grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="104" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="105" />
        <source>Group length</source>
        <translation>Duración del grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="113" />
        <source>Group days:</source>
        <translation>Días de grupo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="114" />
        <source>Group &amp;starts at:</source>
        <translation>&amp;Hora de inicio del grupo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="115" />
        <source>Each group las&amp;ts:</source>
        <translation>D&amp;uración de cada grupo:</translation>
    </message>
</context>
<context>
    <name>GroupEntryPanel</name>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="37" />
        <source>Written in the session's group note; it is not edited here.</source>
        <translation>Se escribió en la nota grupal de la sesión; no se edita aquí.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="46" />
        <source>SI / HI: {risk}</source>
        <translation>IS / IH: {risk}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="56" />
        <source>Group entry · {date} {time} · {type} · {minutes} min</source>
        <translation>Entrada grupal · {date} {time} · {type} · {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="87" />
        <source>Group entry</source>
        <extracomment>Opens the group note of a session (the Notes tab passes its own; tests stand in).</extracomment>
        <translation>Entrada grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="91" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="92" />
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="95" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="96" />
        <source>Open group note…</source>
        <translation>Abrir nota grupal…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="97" />
        <source>Open the session's group note</source>
        <translation>Abrir la nota grupal de la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="98" />
        <source>Add addendum…</source>
        <translation>Agregar adenda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="99" />
        <source>Add an addendum to the signed note</source>
        <translation>Agregar una adenda a la nota firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="100" />
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="133" />
        <source>Signed and locked</source>
        <translation>Firmada y bloqueada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/group_entry.py" line="135" />
        <source>Draft – finish and sign it in the group note</source>
        <translation>Borrador – termínela y fírmela en la nota grupal</translation>
    </message>
</context>
<context>
    <name>GroupNoteDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="38" />
        <source>Group note</source>
        <translation>Nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="94" />
        <source>Saves itself as you type</source>
        <extracomment>The program's curriculum modules by folded title (empty: the module is free text). Reasons given in the clone review, kept for the next try if signing stopped.</extracomment>
        <translation>Se guarda sola mientras escribe</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="162" />
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="211" />
        <source>Not saved – see the message</source>
        <translation>No se guardó – vea el mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="219" />
        <source>Saved {time}</source>
        <translation>Guardada a las {time}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="247" />
        <source>Not saved: {message}</source>
        <translation>No se guardó: {message}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="277" />
        <source>Nothing signed – rewrite the entries pointed out</source>
        <translation>No se firmó nada – reescriba las entradas señaladas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="304" />
        <source>The shared part names {names}: every attendee's note prints it, so remove the names of group members.</source>
        <translation>La parte común nombra a {names}: la nota de cada asistente la imprime, así que quite los nombres de los miembros del grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="313" />
        <source>Nothing signed: {problems}</source>
        <translation>No se firmó nada: {problems}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="317" />
        <source>Nothing was signed.

{problems}</source>
        <translation>No se firmó nada.

{problems}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="330" />
        <source>No entry can be signed yet:

{problems}</source>
        <translation>Todavía no se puede firmar ninguna entrada:

{problems}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="339" />
        <source>Sign the 1 complete entry now?</source>
        <translation>¿Firmar ahora la entrada completa?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="341" />
        <source>Sign the {count} complete entries now?</source>
        <translation>¿Firmar ahora las {count} entradas completas?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="344" />
        <source>1 stays a draft:</source>
        <translation>1 queda como borrador:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="346" />
        <source>{count} stay drafts:</source>
        <translation>{count} quedan como borradores:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="349" />
        <location filename="../../counselor_desk/ui/group_note.py" line="359" />
        <source>Sign group note</source>
        <translation>Firmar nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="353" />
        <source>Sign the entry? Signed entries lock and cannot be changed afterwards.</source>
        <translation>¿Firmar la entrada? Las entradas firmadas quedan bloqueadas y no se pueden cambiar después.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="356" />
        <source>Sign all {count} entries? Signed entries lock and cannot be changed afterwards.</source>
        <translation>¿Firmar las {count} entradas? Las entradas firmadas quedan bloqueadas y no se pueden cambiar después.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="366" />
        <source>1 signed</source>
        <translation>1 firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="366" />
        <source>{count} signed</source>
        <translation>{count} firmadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="370" />
        <source>1 stays a draft</source>
        <translation>1 queda como borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note.py" line="372" />
        <source>{count} stay drafts</source>
        <translation>{count} quedan como borradores</translation>
    </message>
</context>
<context>
    <name>GroupNoteView</name>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="58" />
        <source>Group note not saved</source>
        <extracomment>The service's field names of the shared part (what its errors are shown beside).</extracomment>
        <translation>Nota grupal sin guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="59" />
        <source>Some of what you typed in the group note is not saved yet. Save it?</source>
        <translation>Parte de lo que escribió en la nota grupal aún no se ha guardado. ¿Desea guardarlo?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="256" />
        <source>Group note</source>
        <translation>Nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="260" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="269" />
        <source>Absent members</source>
        <translation>Miembros ausentes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="276" />
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="279" />
        <source>Group note errors</source>
        <translation>Errores de la nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="282" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="283" />
        <source>Save the shared part and every entry (Ctrl+S)</source>
        <translation>Guardar la parte común y todas las entradas (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="285" />
        <source>Sign all ready… ({keys})</source>
        <translation>Firmar entradas listas… ({keys})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="288" />
        <source>Check the entries and sign every complete one ({keys})</source>
        <translation>Revisar las entradas y firmar todas las completas ({keys})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="292" />
        <source>Sign all ready entries</source>
        <translation>Firmar todas las entradas listas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="293" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="360" />
        <source>Entries – {attended} attended, {signed} signed</source>
        <translation>Entradas – asistieron: {attended}; firmadas: {signed}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="364" />
        <source>Nobody attended: there is no entry to write.</source>
        <translation>Nadie asistió: no hay entradas que escribir.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="74" />
        <source>Counselor Desk – User guide</source>
        <extracomment>The guide's part for each place in the app (its anchor names).</extracomment>
        <translation>Counselor Desk – Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="77" />
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="88" />
        <source>The user guide is missing from this installation (resources/guide). Reinstall Counselor Desk to restore it.</source>
        <translation>Falta la guía del usuario en esta instalación (resources/guide). Vuelva a instalar Counselor Desk para restaurarla.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="30" />
        <source>Admit your first participant — Ctrl+N (File &gt; New participant…). F1 opens the user guide.</source>
        <extracomment>What an empty caseload says (Today and Caseload) until someone is admitted; shown as `QCoreApplication.translate("Help", FIRST_STEP)`.</extracomment>
        <translation>Admita a su primer participante — Ctrl+N (Archivo &gt; Nuevo participante…). F1 abre la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="141" />
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="149" />
        <source>Telehealth on or off</source>
        <translation>Activar o desactivar telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="150" />
        <source>Everyone present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="151" />
        <source>A comment for the row</source>
        <translation>Un comentario para la fila</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="152" />
        <source>Save the roll call</source>
        <translation>Guardar el pase de lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="156" />
        <source>Save the group note</source>
        <translation>Guardar la nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="157" />
        <source>Sign it</source>
        <translation>Firmarla</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="161" />
        <source>Everywhere</source>
        <translation>En toda la aplicación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="163" />
        <source>Back to where you were</source>
        <translation>Volver a donde estaba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="164" />
        <source>This guide, here</source>
        <translation>Esta guía, en esta parte</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="167" />
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="169" />
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="170" />
        <source>Sign the note</source>
        <translation>Firmar la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="172" />
        <source>Group note</source>
        <translation>Nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="174" />
        <source>Plan review</source>
        <translation>Revisión del plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="175" />
        <source>Sign the review</source>
        <translation>Firmar la revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="178" />
        <source>Measures</source>
        <translation>Pruebas de detección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="181" />
        <source>0–3 for each question, then Enter</source>
        <translation>0–3 para cada pregunta, luego Enter</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="182" />
        <source>A PHQ-9 or GAD-7 typed in</source>
        <translation>Ingresar un PHQ-9 o GAD-7</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="190" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>HoursBar</name>
    <message>
        <location filename="../../counselor_desk/ui/widgets/hours_bar.py" line="29" />
        <source>{hours} h</source>
        <extracomment>The item-data role a model uses to hand the delegate an HoursBar.</extracomment>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/hours_bar.py" line="30" />
        <source>{hours} / {minimum} h</source>
        <translation>{hours} / {minimum} h</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="46" />
        <source>Hours per program week</source>
        <translation>Horas por semana del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="61" />
        <source>Week {week}: {hours} h</source>
        <translation>Semana {week}: {hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="65" />
        <source>Week {week}: {hours} h of {minimum} h minimum</source>
        <translation>Semana {week}: {hours} h de un mínimo de {minimum} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="69" />
        <source>{week_text}, {hours} h still reachable</source>
        <translation>{week_text}, aún se pueden alcanzar {hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="73" />
        <source>{week_text} (short)</source>
        <translation>{week_text} (insuficiente)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="75" />
        <location filename="../../counselor_desk/ui/record/charts.py" line="106" />
        <source>No program weeks yet.</source>
        <translation>Aún no hay semanas del programa.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="128" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="153" />
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="160" />
        <source>minimum met</source>
        <translation>mínimo cumplido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="161" />
        <source>short</source>
        <translation>insuficiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="162" />
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="163" />
        <source>still reachable</source>
        <translation>aún alcanzable</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="177" />
        <source>weekly minimum</source>
        <translation>mínimo semanal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="191" />
        <source>Week {week} ({start} – {end}): {hours} h</source>
        <translation>Semana {week} ({start} – {end}): {hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="200" />
        <source>{week_text}, minimum {hours} h</source>
        <translation>{week_text}, mínimo {hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/charts.py" line="204" />
        <source>{week_text}; up to {hours} h still reachable</source>
        <translation>{week_text}; aún se pueden alcanzar hasta {hours} h</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../counselor_desk/ui/i18n.py" line="39" />
        <source>System language</source>
        <extracomment>The setting's key and its choices, in menu order; "system" follows the system's locale.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="19" />
        <source>Leave of absence</source>
        <translation>Permiso de ausencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="22" />
        <source>First day of leave</source>
        <translation>Primer día del permiso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="23" />
        <source>Last day of leave</source>
        <translation>Último día del permiso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="27" />
        <source>&amp;First day away:</source>
        <translation>&amp;Primer día de ausencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="28" />
        <source>&amp;Last day away:</source>
        <translation>Ú&amp;ltimo día de ausencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="29" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="47" />
        <source>Attendance letter</source>
        <translation>Carta de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="50" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="51" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="53" />
        <source>Recipient's name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="53" />
        <source>e.g. Hon. Ruth Ade, or Human Resources</source>
        <translation>p. ej., Hon. Ruth Ade, o Recursos Humanos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="56" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="57" />
        <source>e.g. Union County Drug Court (blank for a private person)</source>
        <translation>p. ej., Union County Drug Court (en blanco si es particular)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="60" />
        <source>Case or docket number</source>
        <translation>Número de caso o de expediente judicial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="60" />
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="63" />
        <source>Purpose of the disclosure</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="67" />
        <source>Leave out the program's name (say “an outpatient program”)</source>
        <translation>Omitir el nombre del programa (decir “un programa ambulatorio”)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="69" />
        <source>Leave out the program's name</source>
        <translation>Omitir el nombre del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="74" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="75" />
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="77" />
        <source>A date after today is reported as of today, and the letter says so.</source>
        <translation>Una fecha posterior a hoy se informa con fecha de hoy, y la carta lo indica.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="81" />
        <source>&amp;Recipient's name:</source>
        <translation>&amp;Nombre del destinatario:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="82" />
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="83" />
        <source>&amp;Case or docket no.:</source>
        <translation>N.º de &amp;caso o expediente:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="84" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="89" />
        <source>Disclosed under the consent for {recipient}: the letter goes to that recipient (the name or the organization).</source>
        <translation>Se divulga conforme al consentimiento para {recipient}: la carta se dirige a ese destinatario (el nombre o la organización).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/letter.py" line="95" />
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
</context>
<context>
    <name>LevelChangeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="18" />
        <source>Change level of care</source>
        <translation>Cambiar nivel de atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="28" />
        <source>Effective date</source>
        <translation>Fecha de vigencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="33" />
        <source>Current level</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="34" />
        <source>Now at:</source>
        <translation>Nivel actual:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="35" />
        <source>&amp;New level:</source>
        <translation>&amp;Nuevo nivel:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="36" />
        <source>&amp;Effective date:</source>
        <translation>&amp;Fecha de vigencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/level_change.py" line="37" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/licences.py" line="21" />
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/licences.py" line="25" />
        <source>Licence files</source>
        <translation>Archivos de licencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/licences.py" line="28" />
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/licences.py" line="31" />
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/licences.py" line="46" />
        <source>The licence texts are missing from this installation (resources/licenses). Reinstall Counselor Desk to restore them.</source>
        <translation>Faltan los textos de las licencias en esta instalación (resources/licenses). Vuelva a instalar Counselor Desk para restaurarlos.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="41" />
        <source>Counselor Desk is locked</source>
        <translation>Counselor Desk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="94" />
        <source>Passphrase to unlock</source>
        <extracomment>Locks at once, whichever window or dialog of the app has the keyboard. Windows that are not covered when shown while locked (they carry no participant detail). Input that counts as the counselor being at the desk.</extracomment>
        <translation>Frase de contraseña para desbloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="95" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="98" />
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="99" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="104" />
        <source>Unlock status</source>
        <translation>Estado del desbloqueo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="124" />
        <source>Type your passphrase to go on.</source>
        <translation>Escriba su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="126" />
        <source>Nothing is shown while the app is locked. Press Unlock to go on.</source>
        <translation>No se muestra nada mientras la aplicación está bloqueada. Presione Desbloquear para continuar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="142" />
        <source>Wrong passphrase. Try again in {seconds} s.</source>
        <translation>Frase de contraseña incorrecta. Vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/lock.py" line="146" />
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="49" />
        <source>Today</source>
        <extracomment>The navigation's names, shown as `QCoreApplication.translate("MainWindow", name)`.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="50" />
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="51" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="52" />
        <location filename="../../counselor_desk/ui/main_window.py" line="435" />
        <source>Participant record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="56" />
        <source>&amp;Today</source>
        <extracomment>The Go menu's items for the views (each with its own mnemonic in every language).</extracomment>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="57" />
        <source>&amp;Caseload</source>
        <translation>&amp;Carga de casos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="58" />
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="68" />
        <source>DEMO DATA — made-up participants for trying the app; nothing here is real.</source>
        <extracomment>The user guide's part for a record tab (ui/help.py SECTIONS); other tabs: "record".</extracomment>
        <translation>DATOS DE DEMOSTRACIÓN — participantes inventados para probar la aplicación; nada de esto es real.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="80" />
        <source>Counselor Desk — demo</source>
        <extracomment>What reading SQLCipher's version may raise (the About box then names no version).</extracomment>
        <translation>Counselor Desk — demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="149" />
        <source>Views</source>
        <extracomment>The first window on a screen with room for it; a smaller screen gets what it has. Room kept for the window's title bar and frame, which lie outside its size.</extracomment>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="165" />
        <source>◀ Back</source>
        <translation>◀ Volver</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="166" />
        <source>Back from the participant record</source>
        <translation>Volver desde el expediente del participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="167" />
        <source>Back to the view you came from (Alt+Left)</source>
        <translation>Volver a la vista de la que vino (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="192" />
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="211" />
        <source>Database file in use</source>
        <translation>Archivo de base de datos en uso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="214" />
        <source>Encryption at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="217" />
        <source> DEMO DATA </source>
        <translation> DATOS DE DEMOSTRACIÓN </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="225" />
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="233" />
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="233" />
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="238" />
        <source>{state} Settings &gt; Locking can encrypt it.</source>
        <translation>{state} Puede cifrarla en Configuración &gt; Bloqueo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="269" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="271" />
        <source>&amp;New participant…</source>
        <translation>&amp;Nuevo participante…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="274" />
        <source>Admit from a &amp;referral file…</source>
        <translation>Admitir desde un archivo de &amp;referido…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="278" />
        <source>Admit a participant from a FHIR bundle a referring program sent: see what it holds, correct it, then admit</source>
        <translation>Admitir a un participante desde un paquete FHIR que envió un programa que lo refiere: vea lo que contiene, corríjalo y luego admítalo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="283" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="287" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="290" />
        <source>&amp;Back up now…</source>
        <translation>Hacer co&amp;pia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="293" />
        <source>C&amp;heck database…</source>
        <translation>&amp;Verificar base de datos…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="296" />
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="298" />
        <source>&amp;Audit trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="300" />
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="306" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="309" />
        <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
        <translation>Ocultar todo hasta que se escriba la frase de contraseña (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="325" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="327" />
        <source>&amp;Find participant</source>
        <translation>&amp;Buscar participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="330" />
        <source>Search &amp;notes…</source>
        <translation>Buscar en las &amp;notas…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="333" />
        <source>Find words in every note, individual and group (Ctrl+Shift+F)</source>
        <translation>Buscar palabras en todas las notas, individuales y grupales (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="348" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="350" />
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="353" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="355" />
        <source>&amp;About Counselor Desk</source>
        <translation>&amp;Acerca de Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="456" />
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="471" />
        <location filename="../../counselor_desk/ui/main_window.py" line="479" />
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="472" />
        <source>{message}

Your text is kept; correct it and save again.</source>
        <translation>{message}

Su texto se conserva; corríjalo y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="589" />
        <source>Database: not encrypted</source>
        <translation>Base de datos: sin cifrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="593" />
        <source>Database: encrypted at rest (SQLCipher)</source>
        <translation>Base de datos: cifrada en reposo (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="594" />
        <source>Database: encrypted at rest (SQLCipher {version})</source>
        <translation>Base de datos: cifrada en reposo (SQLCipher {version})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="602" />
        <source>An IOP counselor's caseload, attendance and session notes, kept offline.</source>
        <translation>La carga de casos, la asistencia y las notas de sesión de un consejero/a de IOP, guardadas sin conexión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="604" />
        <source>MIT licence.</source>
        <translation>Licencia MIT.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="606" />
        <source>Database in use:</source>
        <translation>Base de datos en uso:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="609" />
        <source>Default data folder:</source>
        <translation>Carpeta de datos predeterminada:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="611" />
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="613" />
        <source>Qt {qt} and PySide6 {pyside} (LGPLv3)</source>
        <translation>Qt {qt} y PySide6 {pyside} (LGPLv3)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="618" />
        <source>DejaVu Sans font</source>
        <translation>Fuente DejaVu Sans</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="620" />
        <source>Third-party licences: the button below, or {folder}.</source>
        <translation>Licencias de terceros: el botón de abajo, o {folder}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="650" />
        <source>About Counselor Desk</source>
        <translation>Acerca de Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="655" />
        <source>Third-party &amp;licences…</source>
        <translation>&amp;Licencias de terceros…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="657" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="663" />
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
</context>
<context>
    <name>MaintenanceController</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="59" />
        <source>Something went wrong in the background ({error}); nothing was changed.</source>
        <extracomment>Up to this size the record is verified after opening on a thread of the app (about a second at 64 MB); a larger one in a process of its own. How often the automatic backup looks whether one is due (the service decides).</extracomment>
        <translation>Algo salió mal en segundo plano ({error}); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="81" />
        <source>the backup {file}</source>
        <translation>la copia de seguridad {file}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="85" />
        <source>dddd d MMMM yyyy</source>
        <extracomment>A Qt date pattern: dddd the weekday's name, d the day, MMMM the month's name.</extracomment>
        <translation>dddd d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="86" />
        <source>the backup made on {date} at {time} ({file})</source>
        <translation>la copia de seguridad hecha el {date} a las {time} ({file})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="166" />
        <source>{what} failed: {message}</source>
        <extracomment>A failed verification waiting for the window to be unlocked before it is shown. {what} is what failed, as in "The backup" or "The check".</extracomment>
        <translation>Falló {what}: {message}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="171" />
        <source>{what} failed.</source>
        <extracomment>{what} is what failed, as in "The backup" or "The check".</extracomment>
        <translation>Falló {what}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="197" />
        <source>A backup is already being made.</source>
        <translation>Ya se está haciendo una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="201" />
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="209" />
        <source>The backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="218" />
        <source>Recording the backup</source>
        <translation>el registro de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="223" />
        <source>Backed up at {time}: {file}</source>
        <translation>Copia de seguridad hecha a las {time}: {file}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="227" />
        <source>Backed up to
{path}</source>
        <translation>Copia de seguridad guardada en
{path}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="234" />
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="236" />
        <source>Back up the database now into
{folder}?</source>
        <translation>¿Hacer ahora una copia de seguridad de la base de datos en
{folder}?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="237" />
        <source>Or choose another folder, such as a USB drive.</source>
        <translation>O elija otra carpeta, como una unidad USB.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="238" />
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="239" />
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="246" />
        <source>Back up into</source>
        <translation>Hacer copia de seguridad en</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="265" />
        <source>Checking the database…</source>
        <translation>Verificando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="266" />
        <source>The check</source>
        <translation>la verificación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="272" />
        <source>Check finished: all good.</source>
        <translation>Verificación terminada: todo en orden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="272" />
        <source>Check found problems.</source>
        <translation>La verificación encontró problemas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="276" />
        <source>Checked {path}: nothing is damaged or altered.</source>
        <translation>Se verificó {path}: nada está dañado ni alterado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="279" />
        <source>Checked {path}: problems were found. Restore a good backup (File &gt; Restore from backup…) or keep this file for investigation.</source>
        <translation>Se verificó {path}: se encontraron problemas. Restaure una copia de seguridad buena (Archivo &gt; Restaurar desde copia de seguridad…) o conserve este archivo para investigarlo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="283" />
        <source>Check database</source>
        <translation>Verificar base de datos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="303" />
        <source>The check of the database</source>
        <translation>la verificación de la base de datos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="314" />
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="316" />
        <source>The database {path} failed its check: it is damaged.</source>
        <translation>La base de datos {path} no pasó la verificación: está dañada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="322" />
        <source>The newest good backup is {backup}.
To restore it: File &gt; Restore from backup…, choose that file and confirm (the damaged file is kept aside, not deleted).</source>
        <translation>La copia de seguridad buena más reciente es {backup}.
Para restaurarla: Archivo &gt; Restaurar desde copia de seguridad…, elija ese archivo y confirme (el archivo dañado se guarda aparte, no se elimina).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="327" />
        <source>Restore it now…</source>
        <translation>Restaurarla ahora…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="330" />
        <source>No good backup of it was found; keep the file and ask for help.</source>
        <translation>No se encontró ninguna copia de seguridad buena; conserve el archivo y pida ayuda.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="346" />
        <source>The verification of the record</source>
        <translation>la verificación del expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="364" />
        <source>The record was changed outside Counselor Desk: see File &gt; Check database.</source>
        <translation>El expediente se modificó fuera de Counselor Desk: consulte Archivo &gt; Verificar base de datos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="376" />
        <source>The record of care in {path} was changed outside Counselor Desk, or its protection was removed. Keep this file for investigation and restore a good backup (File &gt; Restore from backup…); each finding names records by number only.</source>
        <translation>El expediente clínico en {path} se modificó fuera de Counselor Desk, o se le quitó la protección. Conserve este archivo para investigarlo y restaure una copia de seguridad buena (Archivo &gt; Restaurar desde copia de seguridad…); cada hallazgo identifica los registros solo por número.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="381" />
        <source>Record changed outside the app</source>
        <translation>Expediente modificado fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="394" />
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="404" />
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="433" />
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="489" />
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="396" />
        <source>Counselor Desk backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de seguridad de Counselor Desk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="406" />
        <source>Put the database back to {backup}?

Everything entered since then will no longer be shown. The database in use now is kept aside beside it under a dated name, not deleted.</source>
        <translation>¿Devolver la base de datos a {backup}?

Todo lo que se ingresó desde entonces dejará de mostrarse. La base de datos que se usa ahora se guarda aparte, junto a ella, con un nombre fechado; no se elimina.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="427" />
        <source>This backup is encrypted with another passphrase. Type the passphrase it was made with (or its recovery key):</source>
        <translation>Esta copia de seguridad está cifrada con otra frase de contraseña. Escriba la frase de contraseña con la que se hizo (o su clave de recuperación):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="442" />
        <source>{problem}

Try again:</source>
        <translation>{problem}

Inténtelo de nuevo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="467" />
        <source>{problem}

Counselor Desk will close; start it again to choose what to do.</source>
        <translation>{problem}

Counselor Desk se cerrará; vuelva a abrirlo para elegir qué hacer.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="495" />
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="499" />
        <source>Restored from {file}.</source>
        <translation>Restaurada desde {file}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="497" />
        <source>The database it replaced is kept as {path}.</source>
        <translation>La base de datos que reemplazó se guarda como {path}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="531" />
        <source>The newest good backup is {backup}. Restore it? The file that cannot be opened is kept aside, not deleted.</source>
        <translation>La copia de seguridad buena más reciente es {backup}. ¿Desea restaurarla? El archivo que no se puede abrir se guarda aparte; no se elimina.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="538" />
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="542" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="72" />
        <source>MMM d</source>
        <extracomment>A Qt date pattern (MMM: the month's short name, d: the day), in the language's order.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="79" />
        <source>{band} risk</source>
        <translation>riesgo {band}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="80" />
        <source>{score} ({band})</source>
        <translation>{score} ({band})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="90" />
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="313" />
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="92" />
        <source>total only (scored on paper)</source>
        <translation>solo el total (puntuado en papel)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="94" />
        <source>from the answers</source>
        <translation>a partir de las respuestas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="98" />
        <source>corrected from {score}</source>
        <translation>corregida de {score}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="118" />
        <source>{instrument} scores over time</source>
        <translation>Puntuaciones de {instrument} a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="134" />
        <source>No {instrument} scores yet.</source>
        <translation>Aún no hay puntuaciones de {instrument}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="139" />
        <source>{score} (baseline)</source>
        <translation>{score} (línea base)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="141" />
        <source>{score} (total only)</source>
        <translation>{score} (solo el total)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="207" />
        <source>No {instrument} yet.</source>
        <translation>Aún no hay {instrument}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="305" />
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/measure_chart.py" line="305" />
        <source>total only</source>
        <translation>solo total</translation>
    </message>
</context>
<context>
    <name>MeasureCorrectionDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="26" />
        <source>{instrument} taken {date}. Now: {score} (only the total was entered).</source>
        <translation>{instrument} aplicado el {date}. Ahora: {score} (solo se ingresó el total).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="31" />
        <source>{instrument} taken {date}. Now: {score} (scored from its answers).</source>
        <translation>{instrument} aplicado el {date}. Ahora: {score} (puntuado a partir de sus respuestas).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="47" />
        <source>Correct score</source>
        <translation>Corregir puntuación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="63" />
        <source>Corrected &amp;score:</source>
        <translation>&amp;Puntuación corregida:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="65" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="66" />
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="67" />
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
</context>
<context>
    <name>MeasureEntryDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="51" />
        <source>New {name}</source>
        <translation>Nuevo {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="54" />
        <source>{name} screen</source>
        <translation>Detección {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="76" />
        <source>Date taken</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="77" />
        <source>&amp;Date taken:</source>
        <translation>&amp;Fecha de aplicación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="87" />
        <source>Only the total is &amp;known (scored elsewhere, on paper)</source>
        <translation>Solo se con&amp;oce el total (puntuado en otro lugar, en papel)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="89" />
        <source>Only the risk level is &amp;known (scored elsewhere, on paper)</source>
        <translation>Solo se con&amp;oce el nivel de riesgo (puntuado en otro lugar, en papel)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="92" />
        <source>Only the total is known</source>
        <translation>Solo se conoce el total</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="92" />
        <source>Only the risk level is known</source>
        <translation>Solo se conoce el nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="100" />
        <source>{name} total</source>
        <translation>Total de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="100" />
        <source>{name} risk level</source>
        <translation>Nivel de riesgo de {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="112" />
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="112" />
        <source>Risk level:</source>
        <translation>Nivel de riesgo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="117" />
        <source>Save {name}</source>
        <translation>Guardar {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="158" />
        <source>Answers are typed above: untick “Only the total is known” to save them, or clear them (Delete on each) to save the total alone.</source>
        <translation>Hay respuestas escritas arriba: desmarque “Solo se conoce el total” para guardarlas, o bórrelas (Delete en cada una) para guardar solo el total.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="166" />
        <source>Type the total ({range}).</source>
        <translation>Escriba el total ({range}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="168" />
        <source>Type the risk level ({range}).</source>
        <translation>Escriba el nivel de riesgo ({range}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="195" />
        <source>Safety flag raised</source>
        <translation>Alerta de seguridad activada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="220" />
        <source>A safety flag was raised: {reason}.

A C-SSRS screen is due today. Open the C-SSRS screen now?</source>
        <translation>Se activó una alerta de seguridad: {reason}.

Hoy corresponde una detección C-SSRS. ¿Abrir ahora la detección C-SSRS?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry.py" line="230" />
        <source>The safety flag stays open: {reason}.

Write or review the safety plan. Open the safety plan now?</source>
        <translation>La alerta de seguridad sigue abierta: {reason}.

Redacte o revise el plan de seguridad. ¿Abrir ahora el plan de seguridad?</translation>
    </message>
</context>
<context>
    <name>MeasureScheduleFields</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="417" />
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="418" />
        <source>Measures on schedule</source>
        <extracomment>The "every N weeks" spin's value for "not repeated".</extracomment>
        <translation>Pruebas programadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="426" />
        <source>At admission</source>
        <translation>En la admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="427" />
        <source>{name} at admission</source>
        <translation>{name} en la admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="430" />
        <source>not repeated</source>
        <translation>no se repite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="431" />
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="432" />
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="439" />
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="433" />
        <source>{name} every how many weeks</source>
        <translation>{name} cada cuántas semanas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="435" />
        <source>Weeks from the latest score to the next one; 0: not repeated</source>
        <translation>Semanas desde la última puntuación hasta la siguiente; 0: no se repite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="439" />
        <source> week</source>
        <translation> semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="442" />
        <source>Before discharge</source>
        <translation>Antes del alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="443" />
        <source>{name} before discharge</source>
        <translation>{name} antes del alta</translation>
    </message>
</context>
<context>
    <name>MeasureStrikeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="106" />
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="115" />
        <source>Strike score</source>
        <translation>Anular puntuación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="109" />
        <source>A struck score stays on the record but no longer counts.</source>
        <translation>Una puntuación anulada queda en el expediente, pero ya no cuenta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="113" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure.py" line="114" />
        <source>Reason for striking the score</source>
        <translation>Motivo para anular la puntuación</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="111" />
        <source>&lt;b&gt;{status}&lt;/b&gt;: enter the minutes the participant &lt;b&gt;attended&lt;/b&gt;, not the minutes missed.</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;: escriba los minutos en que el participante &lt;b&gt;estuvo presente&lt;/b&gt;, no los que faltó.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="120" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="121" />
        <source>Minutes attended</source>
        <translation>Minutos de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="123" />
        <source>Minutes &amp;attended (of {duration}):</source>
        <translation>Minutos de &amp;asistencia (de {duration}):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="127" />
        <source>Minutes missed</source>
        <translation>Minutos de ausencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="146" />
        <source>Missed: {minutes} min</source>
        <translation>Faltó: {minutes} min</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="34" />
        <source>Sign and lock this note? It cannot be changed afterwards.</source>
        <translation>¿Firmar y bloquear esta nota? No se podrá cambiar después.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="93" />
        <source>The {sections} text has no section of its own in {format}. It will be moved into the {section} section under its old heading. Change the format?</source>
        <translation>El texto de {sections} no tiene sección propia en {format}. Se moverá a la sección {section}, bajo su encabezado anterior. ¿Cambiar el formato?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="102" />
        <source>Change note format</source>
        <translation>Cambiar el formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="196" />
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="234" />
        <source>Not saved – see the message</source>
        <translation>No se guardó – vea el mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="249" />
        <source>Write the note before signing.</source>
        <translation>Escriba la nota antes de firmarla.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="252" />
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="272" />
        <source>Delete this draft note? This cannot be undone.</source>
        <translation>¿Eliminar este borrador de nota? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor.py" line="273" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
</context>
<context>
    <name>NoteEditorView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="38" />
        <source>Addendum by {author} on {when}
Reason: {reason}

{text}</source>
        <extracomment>The keys that sign, and how the Sign button names them.</extracomment>
        <translation>Adenda de {author} el {when}
Motivo: {reason}

{text}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="55" />
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="72" />
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="98" />
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="101" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="102" />
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="104" />
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="105" />
        <source>Sign… ({keys})</source>
        <translation>Firmar… ({keys})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="106" />
        <source>Sign and lock the note</source>
        <translation>Firmar y bloquear la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="108" />
        <source>Sign and lock the note ({keys})</source>
        <translation>Firmar y bloquear la nota ({keys})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="110" />
        <source>Add addendum…</source>
        <translation>Agregar adenda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="111" />
        <source>Add an addendum to the signed note</source>
        <translation>Agregar una adenda a la nota firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="112" />
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="113" />
        <source>Delete this draft note</source>
        <translation>Eliminar este borrador de nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="132" />
        <source>Signed and locked</source>
        <translation>Firmada y bloqueada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="134" />
        <source>Saved {time}</source>
        <translation>Guardada a las {time}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="136" />
        <source>New note – saves itself as you type</source>
        <translation>Nota nueva – se guarda sola mientras escribe</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_editor_view.py" line="145" />
        <source>Signed by {name} on {when}</source>
        <translation>Firmada por {name} el {when}</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="41" />
        <source>Details and safety plan (required when risk is present)</source>
        <extracomment>Translated where shown: `QCoreApplication.translate("NoteForm", RISK_PLACEHOLDER)`.</extracomment>
        <translation>Detalles y plan de seguridad (obligatorios si hay riesgo)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="50" />
        <source>Free form</source>
        <translation>Formato libre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="109" />
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="110" />
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="113" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="114" />
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="118" />
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="122" />
        <source>Note format</source>
        <translation>Formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="126" />
        <source>Suicidal or homicidal ideation</source>
        <translation>Ideación suicida u homicida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="130" />
        <source>Risk details and safety plan</source>
        <translation>Detalles del riesgo y plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="133" />
        <source>Goal addressed</source>
        <translation>Meta trabajada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="142" />
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="145" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="148" />
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="152" />
        <source>Risk screen</source>
        <translation>Detección de riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="154" />
        <source>SI / HI:</source>
        <translation>IS / IH:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="155" />
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="157" />
        <source>Goal addressed:</source>
        <translation>Meta trabajada:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="189" />
        <source>{heading} section</source>
        <translation>Sección {heading}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/note_form.py" line="226" />
        <source>No goal linked</source>
        <translation>Sin meta vinculada</translation>
    </message>
</context>
<context>
    <name>NoteSearchController</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="29" />
        <source>Type a word to search every note, individual and group, drafts and signed.</source>
        <extracomment>Fewer letters than this are not searched: one letter matches nearly every note. The most notes shown.</extracomment>
        <translation>Escriba una palabra para buscar en todas las notas, individuales y grupales, borradores y firmadas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="34" />
        <source>Type at least {count} letters.</source>
        <extracomment>Shown with {count} filled in (MIN_LETTERS).</extracomment>
        <translation>Escriba al menos {count} letras.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="44" />
        <source>No notes hold “{words}”.</source>
        <translation>Ninguna nota contiene “{words}”.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="48" />
        <source>The newest {count} notes; add a word to narrow the search.</source>
        <translation>Las {count} notas más recientes; agregue una palabra para afinar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="52" />
        <source>1 note, newest first. Enter opens one.</source>
        <translation>1 nota. Enter la abre.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="55" />
        <source>{count} notes, newest first. Enter opens one.</source>
        <translation>{count} notas, las más recientes primero. Enter abre una.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search.py" line="103" />
        <source>The notes could not be searched: {error}</source>
        <translation>No se pudo buscar en las notas: {error}</translation>
    </message>
</context>
<context>
    <name>NoteSearchView</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="29" />
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="30" />
        <source>Words in any note, individual or group (Ctrl+Shift+F)</source>
        <translation>Palabras de cualquier nota, individual o grupal (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="44" />
        <source>{service} · group note</source>
        <translation>{service} · nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="51" />
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="52" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="57" />
        <source>Date</source>
        <extracomment>The headers are translated by the model (its context is "NoteSearchView").</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="58" />
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="59" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="60" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="62" />
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="108" />
        <source>Search notes for</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="110" />
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="114" />
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/note_search_view.py" line="127" />
        <source>&amp;Search notes for:</source>
        <translation>&amp;Buscar en las notas:</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="32" />
        <source>Group entry</source>
        <translation>Entrada grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="36" />
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="38" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="42" />
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="52" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="55" />
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="62" />
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="63" />
        <source>Write a new session note</source>
        <translation>Escribir una nota de sesión nueva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/notes_tab.py" line="65" />
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="119" />
        <source>Edit objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="119" />
        <source>Add objective</source>
        <translation>Agregar objetivo</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../counselor_desk/ui/operations.py" line="97" />
        <source>Not saved</source>
        <extracomment>Where a failure is said: a form's errors (beside each field), or a function of the form that shows it in its own label. Without one, a warning over the window says it.</extracomment>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="44" />
        <source>Attendance summary</source>
        <translation>Resumen de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="47" />
        <source>This program week</source>
        <translation>Esta semana del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="50" />
        <source>Hours per program week</source>
        <translation>Horas por semana del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="54" />
        <source>Sessions by program week</source>
        <translation>Sesiones por semana del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="68" />
        <source>Level changes and leaves</source>
        <translation>Cambios de nivel y permisos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="69" />
        <source>Level changes and leaves of absence</source>
        <translation>Cambios de nivel y permisos de ausencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="90" />
        <source>{date}: level changed to {level} – {reason}</source>
        <translation>{date}: cambio de nivel a {level} – {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="92" />
        <source>{date}: level changed to {level}</source>
        <translation>{date}: cambio de nivel a {level}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="102" />
        <source>{start} to {end}: leave of absence ({days} days) – {reason}</source>
        <translation>{start} a {end}: permiso de ausencia ({days} días) – {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="104" />
        <source>{start} to {end}: leave of absence ({days} days)</source>
        <translation>{start} a {end}: permiso de ausencia ({days} días)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="114" />
        <source>None recorded.</source>
        <translation>No hay ninguno registrado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="121" />
        <source>The program has not started yet.</source>
        <translation>El programa aún no ha comenzado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="124" />
        <source>Week {week}: {hours} h attended of a {minimum} h minimum</source>
        <translation>Semana {week}: {hours} h asistidas de un mínimo de {minimum} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="126" />
        <source>Week {week}: {hours} h attended</source>
        <translation>Semana {week}: {hours} h asistidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="136" />
        <source>{so_far}; up to {reach} h still reachable this week — the minimum can no longer be met</source>
        <translation>{so_far}; aún se pueden alcanzar hasta {reach} h esta semana — ya no se puede cumplir el mínimo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="140" />
        <source>{so_far}; up to {reach} h still reachable this week</source>
        <translation>{so_far}; aún se pueden alcanzar hasta {reach} h esta semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/overview.py" line="148" />
        <source>Attendance {rate}: {attended} of {expected} expected sessions attended; absences {excused} excused, {unexcused} unexcused ({in_a_row} unexcused in a row); {cancelled} cancelled by the program.</source>
        <translation>Asistencia {rate}: {attended} de {expected} sesiones previstas asistidas; ausencias: {excused} justificadas, {unexcused} injustificadas ({in_a_row} injustificadas seguidas); {cancelled} canceladas por el programa.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="55" />
        <source>no set</source>
        <translation>sin mínimo fijo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="56" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="69" />
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="71" />
        <source>{who} is {years} on the admission date: the adult minimum ({own_hours} a week) applies, not this adolescent program's {program_hours}.</source>
        <translation>{who} tiene {years} años en la fecha de admisión: se aplica el mínimo para adultos ({own_hours} por semana), no el de este programa para adolescentes ({program_hours}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="77" />
        <source>{who} is {years} on the admission date: the adolescent minimum ({own_hours} a week) applies, not this adult program's {program_hours}.</source>
        <translation>{who} tiene {years} años en la fecha de admisión: se aplica el mínimo para adolescentes ({own_hours} por semana), no el de este programa para adultos ({program_hours}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="91" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="128" />
        <source>Admission date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="132" />
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="140" />
        <source>Age group warning</source>
        <translation>Aviso de grupo de edad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="143" />
        <source>Use the program's age group and minimum instead</source>
        <translation>Usar en su lugar el grupo de edad y el mínimo del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="150" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="152" />
        <source>Program and clinical</source>
        <translation>Programa y datos clínicos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="157" />
        <source>Chart &amp;number:</source>
        <translation>Número de &amp;expediente:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="162" />
        <source>&amp;First name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="167" />
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="172" />
        <source>P&amp;referred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="177" />
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="182" />
        <source>Pron&amp;ouns:</source>
        <translation>Pron&amp;ombres:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="186" />
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="188" />
        <source>&amp;Emergency contact:</source>
        <translation>Contacto de emer&amp;gencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="193" />
        <source>Referral &amp;source:</source>
        <translation>&amp;Fuente de referido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="199" />
        <source>&amp;Program:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="201" />
        <source>Le&amp;vel of care:</source>
        <translation>Ni&amp;vel de atención:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="206" />
        <source>&amp;Admission date:</source>
        <translation>Fecha de a&amp;dmisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="211" />
        <source>Planned &amp;weeks:</source>
        <translation>&amp;Semanas previstas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="216" />
        <source>Presenting problems:</source>
        <translation>Motivos de consulta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="221" />
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="226" />
        <source>Medications:</source>
        <translation>Medicamentos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="231" />
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/participant_dialog.py" line="328" />
        <source>Date of birth is required.</source>
        <translation>La fecha de nacimiento es obligatoria.</translation>
    </message>
</context>
<context>
    <name>ParticipantRecord</name>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="55" />
        <source>Participant record</source>
        <translation>Expediente del participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="85" />
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="86" />
        <source>Change level…</source>
        <translation>Cambiar nivel…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="87" />
        <location filename="../../counselor_desk/ui/record/window.py" line="235" />
        <source>Leave of absence…</source>
        <translation>Permiso de ausencia…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="89" />
        <source>Edit the participant's details</source>
        <translation>Editar los datos del participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="90" />
        <source>Change the level of care</source>
        <translation>Cambiar el nivel de atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="91" />
        <source>Record a leave of absence</source>
        <translation>Registrar un permiso de ausencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="100" />
        <source>Record sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="101" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="102" />
        <source>&amp;Attendance</source>
        <translation>Asist&amp;encia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="104" />
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="105" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="106" />
        <source>C&amp;linical</source>
        <translation>C&amp;línico</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="107" />
        <source>&amp;Safety</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="108" />
        <source>Pa&amp;yer</source>
        <translation>Pa&amp;gador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="109" />
        <source>&amp;Discharge</source>
        <translation>Al&amp;ta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="110" />
        <source>Co&amp;nsents</source>
        <translation>C&amp;onsentimientos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="235" />
        <source>Return from leave…</source>
        <translation>Regreso del permiso…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="315" />
        <source>the draft note</source>
        <translation>el borrador de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="319" />
        <source>the clinical details</source>
        <translation>los datos clínicos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="321" />
        <source>the discharge plan</source>
        <translation>el plan de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="326" />
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/window.py" line="328" />
        <source>Could not save {what}; the message is shown next to the field.</source>
        <translation>No se pudo guardar {what}; el mensaje aparece junto al campo.</translation>
    </message>
</context>
<context>
    <name>ParticipationPicks</name>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="138" />
        <source>Participation (keys 1 to 5)</source>
        <translation>Participación (teclas 1 a 5)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_entry_view.py" line="151" />
        <source>Key {key} (Alt+{key} from any field of the entry)</source>
        <translation>Tecla {key} (Alt+{key} desde cualquier campo de la entrada)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="110" />
        <source>Counselor Desk — lock passphrase</source>
        <translation>Counselor Desk — frase de contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="111" />
        <source>&lt;b&gt;Choose a passphrase to lock Counselor Desk.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elija una frase de contraseña para bloquear Counselor Desk.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="117" />
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="118" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="25" />
        <source>This workstation is used by me alone</source>
        <translation>Solo yo uso esta estación de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="46" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="47" />
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="52" />
        <source>Tick only if no one else can use this computer account: the app then locks without asking a passphrase to unlock.</source>
        <translation>Márquelo solo si nadie más puede usar esta cuenta de la computadora: así, la aplicación se bloquea sin pedir una frase de contraseña para desbloquearla.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="59" />
        <source>Counselor Desk locks itself after a few idle minutes and on Ctrl+L, hiding every participant. A passphrase of at least {count} characters unlocks it, and the caseload is encrypted on this computer with it.</source>
        <translation>Counselor Desk se bloquea tras unos minutos de inactividad y con Ctrl+L, y oculta a todos los participantes. Una frase de contraseña de al menos {count} caracteres lo desbloquea, y con ella se cifra la carga de casos en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="67" />
        <source>Used by you alone, without a passphrase, the database stays unencrypted: anyone who copies the file can read it.</source>
        <translation>Si solo usted lo usa, sin frase de contraseña, la base de datos queda sin cifrar: cualquiera que copie el archivo puede leerla.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="75" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/passphrase.py" line="76" />
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Repetir la frase:</translation>
    </message>
</context>
<context>
    <name>PayerTabView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="42" />
        <source>1 Withdrawal</source>
        <extracomment>The translation context of this module's words, column titles included. The dimensions as a column header names them (the full words are in the cell's tooltip).</extracomment>
        <translation>1 Abstinencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="43" />
        <source>2 Biomedical</source>
        <translation>2 Biomédica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="44" />
        <source>3 Emotional</source>
        <translation>3 Emocional</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="45" />
        <source>4 Readiness</source>
        <translation>4 Disposición</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="46" />
        <source>5 Relapse</source>
        <translation>5 Recaída</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="47" />
        <source>6 Environment</source>
        <translation>6 Entorno</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="72" />
        <source>{payer} (current)</source>
        <translation>{payer} (vigente)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="81" />
        <source>{date} (after its end)</source>
        <translation>{date} (tras vencer)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="94" />
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="100" />
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="339" />
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="102" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="107" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="111" />
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="113" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="118" />
        <source>Authorized</source>
        <translation>Autorizadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="124" />
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="130" />
        <source>Left</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="136" />
        <source>Runs out on</source>
        <translation>Se agotan el</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="139" />
        <source>The day units run out at the pace so far</source>
        <translation>El día en que se agotan las unidades al ritmo actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="143" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="211" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="215" />
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="218" />
        <source>Rated by</source>
        <translation>Calificado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="220" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="240" />
        <source>At this pace the units run out on {runs_out}, before the authorization ends ({end}) and before the projected end of the program ({projected}): ask the payer for more.</source>
        <translation>A este ritmo las unidades se agotan el {runs_out}, antes de que venza la autorización ({end}) y antes del fin previsto del programa ({projected}): pida más al pagador.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="253" />
        <source>Units nearly used: {left} {unit} left.</source>
        <translation>Unidades casi agotadas: quedan {left} {unit}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="260" />
        <source>The authorization ends today ({end}).</source>
        <translation>La autorización vence hoy ({end}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="264" />
        <source>The authorization ends in 1 day ({end}).</source>
        <translation>La autorización vence en 1 día ({end}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="268" />
        <source>The authorization ends in {days} days ({end}).</source>
        <translation>La autorización vence en {days} días ({end}).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="275" />
        <source>The payer's concurrent review was due on {date}.</source>
        <translation>La revisión concurrente del pagador vencía el {date}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="279" />
        <source>The payer's concurrent review is due on {date}.</source>
        <translation>La revisión concurrente del pagador vence el {date}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="291" />
        <source>Attendance on 1 day no authorization covers: {days}.</source>
        <translation>Asistencia en 1 día que ninguna autorización cubre: {days}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="295" />
        <source>Attendance on {count} days no authorization covers: {days}.</source>
        <translation>Asistencia en {count} días que ninguna autorización cubre: {days}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="347" />
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="349" />
        <source>Authorizations</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="356" />
        <source>No authorization has been recorded for this participant. Add the payer's authorization to follow its units as the participant attends.</source>
        <translation>No se ha registrado ninguna autorización para este participante. Agregue la autorización del pagador para seguir sus unidades a medida que el participante asiste.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="362" />
        <source>The current authorization in words</source>
        <translation>La autorización vigente en palabras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="364" />
        <source>Authorization warnings</source>
        <translation>Avisos de la autorización</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="367" />
        <source>Attendance no authorization covers</source>
        <translation>Asistencia que ninguna autorización cubre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="369" />
        <source>Add authorization…</source>
        <translation>Agregar autorización…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="370" />
        <source>Add a payer authorization</source>
        <translation>Agregar una autorización del pagador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="371" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="372" />
        <source>Edit the selected authorization</source>
        <translation>Editar la autorización seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="388" />
        <source>ASAM dimensional ratings</source>
        <translation>Calificaciones dimensionales de ASAM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="390" />
        <source>ASAM ratings</source>
        <translation>Calificaciones de ASAM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="395" />
        <source>No ASAM rating has been recorded for this participant.</source>
        <translation>No se ha registrado ninguna calificación de ASAM para este participante.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="396" />
        <source>Rate ASAM dimensions…</source>
        <translation>Calificar dimensiones de ASAM…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="397" />
        <source>Rate the six ASAM dimensions</source>
        <translation>Calificar las seis dimensiones de ASAM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="400" />
        <source>Each rating is kept as given and cannot be edited; a later view of the person is a new rating. Risk 0 (none) to 4 (severe); the change from the rating before is in brackets.</source>
        <translation>Cada calificación se guarda tal como se dio y no se puede editar; una valoración posterior de la persona es una calificación nueva. Riesgo de 0 (ninguno) a 4 (grave); el cambio respecto de la calificación anterior aparece entre paréntesis.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="405" />
        <source>About ASAM ratings</source>
        <translation>Acerca de las calificaciones de ASAM</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="440" />
        <source>No authorization covers today.</source>
        <translation>Ninguna autorización cubre el día de hoy.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/payer_tab_view.py" line="443" />
        <source>Current authorization: {standing}.</source>
        <translation>Autorización vigente: {standing}.</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="153" />
        <source>Interventions pick list</source>
        <translation>Lista de intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="159" />
        <source>&amp;Interventions, one a line:</source>
        <translation>&amp;Intervenciones, una por línea:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/group_note_dialogs.py" line="160" />
        <source>Save pick list</source>
        <translation>Guardar lista</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="45" />
        <source>Save this review?</source>
        <translation>¿Guardar esta revisión?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="46" />
        <source>What you typed in this plan review is not saved. Save it as a draft?</source>
        <translation>Lo que escribió en esta revisión del plan no está guardado. ¿Guardarlo como borrador?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="62" />
        <source>Progress since the last review</source>
        <translation>Progreso desde la última revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="66" />
        <source>Progress on goal {description}</source>
        <translation>Progreso en la meta {description}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="68" />
        <source>Progress on objective {description}</source>
        <translation>Progreso en el objetivo {description}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="77" />
        <source>New status of goal {description}</source>
        <translation>Nuevo estado de la meta {description}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="79" />
        <source>New status of objective {description}</source>
        <translation>Nuevo estado del objetivo {description}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="85" />
        <source>Unchanged ({status})</source>
        <translation>Sin cambios ({status})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="98" />
        <source>Goal: {description}  —  now {status}</source>
        <translation>Meta: {description}  —  ahora {status}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="102" />
        <source>Objective: {description}  —  now {status}</source>
        <translation>Objetivo: {description}  —  ahora {status}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="132" />
        <source>Review the treatment plan</source>
        <translation>Revisar el plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="136" />
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="142" />
        <source>Next review date</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="149" />
        <source>Review &amp;date:</source>
        <translation>Fec&amp;ha de revisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="156" />
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="158" />
        <source>Goals added or closed, interventions changed, or none</source>
        <translation>Metas agregadas o cerradas, intervenciones cambiadas, o ningún cambio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="163" />
        <source>What &amp;changed:</source>
        <translation>Qué &amp;cambió:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="164" />
        <source>&amp;Next review:</source>
        <translation>Próxima re&amp;visión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="168" />
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="169" />
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="170" />
        <source>&amp;Sign (Ctrl+Enter)</source>
        <translation>&amp;Firmar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="172" />
        <source>Sign the review (Ctrl+Enter); signed, it cannot change</source>
        <translation>Firmar la revisión (Ctrl+Enter); una vez firmada, ya no puede cambiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="174" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="245" />
        <source>Draft saved at {time}.</source>
        <translation>Borrador guardado a las {time}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="260" />
        <source>Signed.</source>
        <translation>Firmada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="282" />
        <source>Signed {date} by {name}</source>
        <translation>Firmada el {date} por {name}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/plan_review.py" line="285" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="86" />
        <source>{number}. {heading} (required)</source>
        <translation>{number}. {heading} (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="107" />
        <source>Printed on every plan, whatever is written here — {line}.</source>
        <translation>Se imprime en todos los planes, se escriba lo que se escriba aquí — {line}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="110" />
        <source>988 is always printed</source>
        <translation>El 988 siempre se imprime</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="61" />
        <source>Goal / objective</source>
        <extracomment>The translation context of the column titles (see widgets/table_model.py).</extracomment>
        <translation>Meta / objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="65" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="66" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="67" />
        <source>Target</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="72" />
        <source>Reviewed</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="74" />
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="75" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="77" />
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="166" />
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="174" />
        <source>Add goal…</source>
        <translation>Agregar meta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="175" />
        <source>Add objective…</source>
        <translation>Agregar objetivo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="176" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="181" />
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="182" />
        <source>Add an objective to the selected goal</source>
        <translation>Agregar un objetivo a la meta seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="183" />
        <source>Edit the selected goal or objective</source>
        <translation>Editar la meta o el objetivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="201" />
        <source>Plan reviews</source>
        <translation>Revisiones del plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="208" />
        <source>Review the plan…</source>
        <translation>Revisar el plan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="209" />
        <source>Review the treatment plan</source>
        <translation>Revisar el plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="212" />
        <source>Plan review due</source>
        <translation>Revisión del plan pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="213" />
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="244" />
        <source>First plan due {date} (overdue)</source>
        <translation>Primer plan para el {date} (vencido)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="246" />
        <source>Next review due {date} (overdue)</source>
        <translation>Próxima revisión para el {date} (vencida)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="249" />
        <source>First plan due {date}</source>
        <translation>Primer plan para el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="249" />
        <source>Next review due {date}</source>
        <translation>Próxima revisión para el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/plan_tab.py" line="281" />
        <source>Add a goal first: the plan to review</source>
        <translation>Agregue primero una meta: el plan que se va a revisar</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="13" />
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="52" />
        <source>e.g. LCSW, LADC</source>
        <translation>p. ej., LCSW, LADC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="57" />
        <source>Local crisis line (988 is always printed)</source>
        <translation>Línea de crisis local (el 988 siempre se imprime)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="59" />
        <source>Optional: printed under your signature</source>
        <translation>Opcional: se imprime bajo su firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="61" />
        <source>Optional: 10 digits</source>
        <translation>Opcional: 10 dígitos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="65" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="70" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="71" />
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="72" />
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="73" />
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="74" />
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="75" />
        <source>Local crisis line</source>
        <translation>Línea de crisis local</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="76" />
        <source>License number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="77" />
        <source>NPI number</source>
        <translation>Número NPI</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="78" />
        <source>Days to finish a discharge summary</source>
        <translation>Días para completar un resumen de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="79" />
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="86" />
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="87" />
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="88" />
        <source>C&amp;linic name:</source>
        <translation>Nombre de la c&amp;línica:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="90" />
        <source>Clinic address (optional):</source>
        <translation>Dirección de la clínica (opcional):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="91" />
        <source>Clinic phone (optional):</source>
        <translation>Teléfono de la clínica (opcional):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="92" />
        <source>Crisis line (optional):</source>
        <translation>Línea de crisis (opcional):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="94" />
        <source>Clinic &amp;address:</source>
        <translation>&amp;Dirección de la clínica:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="95" />
        <source>Clinic &amp;phone:</source>
        <translation>&amp;Teléfono de la clínica:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="96" />
        <source>Crisis l&amp;ine:</source>
        <translation>Línea de cri&amp;sis:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="97" />
        <source>Lic&amp;ense number:</source>
        <translation>Número de lic&amp;encia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="98" />
        <source>NPI n&amp;umber:</source>
        <translation>Número NP&amp;I:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="99" />
        <source>Discharge summary &amp;due within:</source>
        <translation>Plazo del resumen de &amp;alta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/profile_fields.py" line="100" />
        <source>Page si&amp;ze:</source>
        <translation>Tamaño de pá&amp;gina:</translation>
    </message>
</context>
<context>
    <name>ProgramFields</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="266" />
        <source>Program &amp;name:</source>
        <translation>N&amp;ombre del programa:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="280" />
        <source>e.g. Adult IOP</source>
        <translation>p. ej., IOP para adultos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="281" />
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="283" />
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="287" />
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="288" />
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="289" />
        <source>Adolescents</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="292" />
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="293" />
        <source>Planned weeks</source>
        <translation>Semanas previstas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="294" />
        <source>Own weekly minimum:</source>
        <translation>Mínimo semanal propio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="296" />
        <source>Unticked: the level's minimum (9 h IOP adults, …)</source>
        <translation>Sin marcar: el mínimo del nivel (9 h IOP adultos, …)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="301" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="302" />
        <source>Weekly minimum hours</source>
        <translation>Horas mínimas por semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="304" />
        <source>Substance-use program (42 CFR Part 2 applies)</source>
        <translation>Programa de uso de sustancias (se aplica 42 CFR Part 2)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="305" />
        <source>Substance-use program</source>
        <translation>Programa de uso de sustancias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="308" />
        <source>The name suggests substance-use treatment: tick 'Substance-use program' if this program is covered by 42 CFR Part 2.</source>
        <translation>El nombre sugiere tratamiento por uso de sustancias: marque 'Programa de uso de sustancias' si este programa está sujeto a 42 CFR Part 2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="313" />
        <source>Part 2 hint</source>
        <translation>Aviso de Part 2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="314" />
        <source>Mark as Part 2</source>
        <translation>Marcar como Part 2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="320" />
        <source> days after admission</source>
        <translation> días tras la admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="321" />
        <source>First treatment plan due within days</source>
        <translation>Días de plazo para el primer plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="324" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="325" />
        <source>Treatment plan reviewed every days</source>
        <translation>Días entre revisiones del plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="335" />
        <source>Le&amp;vel of care:</source>
        <translation>Ni&amp;vel de atención:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="336" />
        <source>&amp;Age group:</source>
        <translation>Grupo de &amp;edad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="337" />
        <source>Planned &amp;length:</source>
        <translation>&amp;Duración prevista:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="352" />
        <source>First &amp;plan due:</source>
        <translation>Pri&amp;mer plan en:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="353" />
        <source>Plan &amp;reviewed every:</source>
        <translation>Revi&amp;sión del plan cada:</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_row.py" line="65" />
        <source>Question {number}</source>
        <extracomment>The width of one answer column when every question shares its options (PHQ-9, GAD-7). The width of a question's words beside answer columns; a question with its answers under it is given the whole row. Fixed, so each wrapped question is as tall as its words need.</extracomment>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_row.py" line="152" />
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/measure_entry_row.py" line="156" />
        <source>{question} Answer: {answer}.</source>
        <translation>{question} Respuesta: {answer}.</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="31" />
        <source>Record a C-SSRS screen (a safety plan is saved).</source>
        <extracomment>What `SafetyFlag.what_is_needed` says, marked here for translation.</extracomment>
        <translation>Registre una detección C-SSRS (hay un plan de seguridad guardado).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="32" />
        <source>Record a C-SSRS screen today.</source>
        <translation>Registre hoy una detección C-SSRS.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="33" />
        <source>Write or review the safety plan.</source>
        <translation>Escriba o revise el plan de seguridad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="42" />
        <source>Flag: {flag}</source>
        <translation>Alerta: {flag}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="55" />
        <source>Safety follow-up needed: {needed}</source>
        <translation>Se necesita seguimiento de seguridad: {needed}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="63" />
        <source>{measure} {why}: overdue since {date}</source>
        <translation>{measure} {why}: vencido desde el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="65" />
        <source>{measure} {why}: due {date}</source>
        <translation>{measure} {why}: pendiente para el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="118" />
        <source>Participant name</source>
        <extracomment>The counselor asked for the Safety tab (the banner's button).</extracomment>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="126" />
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="127" />
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="128" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="129" />
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="130" />
        <source>Admitted</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="131" />
        <source>Program week</source>
        <translation>Semana del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="132" />
        <source>Projected end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="133" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="163" />
        <source>(legal name: {name})</source>
        <translation>(nombre legal: {name})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="169" />
        <source>{level} (ASAM {asam})</source>
        <translation>{level} (ASAM {asam})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="175" />
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="177" />
        <source>Week {week} of {weeks}</source>
        <translation>Semana {week} de {weeks}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="183" />
        <source>Discharged {date}</source>
        <translation>Alta el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="185" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="198" />
        <location filename="../../counselor_desk/ui/record/header.py" line="205" />
        <source>{flag} by {date}</source>
        <translation>{flag} para el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="203" />
        <source>{flag} since {date}</source>
        <translation>{flag} desde el {date}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="50" />
        <source>Set a new passphrase with the recovery key</source>
        <translation>Establecer una nueva frase de contraseña con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="53" />
        <source>Type the recovery key you wrote down or printed when the caseload was encrypted, then a new passphrase of at least {count} characters.</source>
        <translation>Escriba la clave de recuperación que anotó o imprimió cuando se cifró la carga de casos y luego una nueva frase de contraseña de al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="58" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="60" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="61" />
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="63" />
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="64" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="65" />
        <source>New passphrase a&amp;gain:</source>
        <translation>Re&amp;petir la nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="70" />
        <source>Set and &amp;open</source>
        <translation>Establecer y &amp;abrir</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="161" />
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="164" />
        <source>The caseload is encrypted. This is your recovery key:</source>
        <translation>La carga de casos está cifrada. Esta es su clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="168" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="181" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="186" />
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="206" />
        <source>Counselor Desk — recovery key</source>
        <translation>Counselor Desk — clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="207" />
        <source>Made on {date}.</source>
        <translation>Creada el {date}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="208" />
        <source>Keep this page where no one else can read it.</source>
        <translation>Guarde esta página donde nadie más pueda leerla.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/encryption.py" line="223" />
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferralImport</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="159" />
        <source>FHIR bundles (*.json);;All files (*)</source>
        <translation>Paquetes FHIR (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/fhir_import.py" line="177" />
        <source>No program is set up to admit to: add one in File &gt; Settings first. Nothing was admitted.</source>
        <translation>No hay ningún programa configurado para la admisión: primero agregue uno en Archivo &gt; Configuración. No se admitió a nadie.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/maintenance.py" line="102" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
</context>
<context>
    <name>ReturnFromLeaveDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="50" />
        <source>Return from leave</source>
        <translation>Regreso del permiso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="55" />
        <source>Last day away</source>
        <translation>Último día de ausencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="58" />
        <source>On leave from {first} to {last}.</source>
        <translation>De permiso del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/leave.py" line="63" />
        <source>&amp;Last day away:</source>
        <translation>Ú&amp;ltimo día de ausencia:</translation>
    </message>
</context>
<context>
    <name>RevokeConsentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="185" />
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="188" />
        <source>Revoked on</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="189" />
        <source>&amp;Revoked on:</source>
        <translation>&amp;Revocado el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="190" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call.py" line="108" />
        <source>{total} expected · {missing} not marked yet</source>
        <translation>{total} esperados · {missing} sin marcar aún</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call.py" line="112" />
        <source>{total} expected</source>
        <translation>{total} esperados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call.py" line="149" />
        <source>Status: {count} participant(s) not marked yet ({names}). Mark them (P for present) or use All present.</source>
        <translation>Estado: {count} participante(s) sin marcar aún ({names}). Márquelos (P para presente) o use Todos presentes.</translation>
    </message>
</context>
<context>
    <name>RollCallView</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="55" />
        <source>{first} and {second} ask for the minutes attended.</source>
        <extracomment>Each status is marked by its own letter (AttendanceStatus.key); T is telehealth.</extracomment>
        <translation>{first} y {second} piden los minutos de asistencia.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="59" />
        <source>{statuses} ask for the minutes attended.</source>
        <translation>{statuses} piden los minutos de asistencia.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="62" />
        <source>Keys: {statuses} · &lt;b&gt;T&lt;/b&gt; telehealth · &lt;b&gt;Ctrl+A&lt;/b&gt; all present · &lt;b&gt;Ctrl+S&lt;/b&gt; save. {minutes} &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; writes a comment for the row; Enter again keeps it, Esc leaves it as it was.</source>
        <translation>Teclas: {statuses} · &lt;b&gt;T&lt;/b&gt; telesalud · &lt;b&gt;Ctrl+A&lt;/b&gt; todos presentes · &lt;b&gt;Ctrl+S&lt;/b&gt; guardar. {minutes} &lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;F2&lt;/b&gt; escribe un comentario para la fila; Enter otra vez lo guarda, Esc lo deja como estaba.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="76" />
        <source>Name</source>
        <extracomment>The legend in English (what the sheet shows without a translation). Translated where the table is made.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="77" />
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="78" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="79" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="80" />
        <source>Minutes attended</source>
        <translation>Minutos de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="81" />
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="82" />
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="92" />
        <source>Roll call not saved</source>
        <extracomment>Keys that open the current row's comment for typing.</extracomment>
        <translation>Pase de lista sin guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="93" />
        <source>The roll call has marks that are not saved. Save them?</source>
        <translation>El pase de lista tiene marcas sin guardar. ¿Guardarlas?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="174" />
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="192" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="202" />
        <source>This session was cancelled by the program: mark everyone C (cancelled).</source>
        <translation>El programa canceló esta sesión: marque a todos con C (cancelada).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="208" />
        <source>Module covered</source>
        <translation>Módulo tratado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="211" />
        <source>{number}. {title} (core)</source>
        <translation>{number}. {title} (esencial)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="213" />
        <source>{number}. {title} (elective)</source>
        <translation>{number}. {title} (optativo)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="219" />
        <source>&amp;Module covered:</source>
        <translation>&amp;Módulo tratado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="232" />
        <source>Materials: {materials}</source>
        <translation>Materiales: {materials}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="245" />
        <source>Participants expected</source>
        <translation>Participantes esperados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="262" />
        <source>Week {week}</source>
        <translation>Semana {week}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="264" />
        <source>Before admission</source>
        <translation>Antes de la admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="272" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="274" />
        <source>Minutes attended, row {row}</source>
        <translation>Minutos de asistencia, fila {row}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="287" />
        <source>Enter or F2 to write a comment; Enter again keeps it</source>
        <translation>Enter o F2 para escribir un comentario; Enter otra vez lo guarda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="293" />
        <source>Nobody is expected at this session.</source>
        <translation>No se espera a nadie en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="303" />
        <source>All cancelled (Ctrl+A)</source>
        <translation>Todos cancelados (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="304" />
        <source>All cancelled</source>
        <translation>Todos cancelados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="306" />
        <source>All present (Ctrl+A)</source>
        <translation>Todos presentes (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="307" />
        <source>All present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="309" />
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="310" />
        <source>Save roll call</source>
        <translation>Guardar pase de lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="312" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/roll_call_view.py" line="360" />
        <source>— not marked</source>
        <translation>— sin marcar</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="90" />
        <source>Safety follow-up needed</source>
        <translation>Se necesita seguimiento de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="93" />
        <source>Safety follow-up</source>
        <translation>Seguimiento de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="94" />
        <source>Go to the Safety tab</source>
        <translation>Ir a la pestaña Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/header.py" line="95" />
        <source>Show the Safety tab</source>
        <translation>Mostrar la pestaña Seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="27" />
        <source>Safety plan not saved</source>
        <translation>Plan de seguridad sin guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="28" />
        <source>The safety plan has changes that are not saved. Save them as a new version?</source>
        <translation>El plan de seguridad tiene cambios sin guardar. ¿Guardarlos como una nueva versión?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="41" />
        <source>Local crisis line: {line}</source>
        <translation>Línea de crisis local: {line}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="68" />
        <source>A first safety plan, written with the participant.</source>
        <extracomment>The version Save stored (None until then).</extracomment>
        <translation>Un primer plan de seguridad, redactado con el participante.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="71" />
        <source>Saving stores version {next}; version {current} and earlier stay as they were.</source>
        <translation>Al guardar se crea la versión {next}; la versión {current} y las anteriores quedan como estaban.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan.py" line="79" />
        <source>Saving answers the open safety flag that waits for a plan.</source>
        <translation>Al guardar se atiende la alerta de seguridad abierta que espera un plan.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="45" />
        <source>Version {number}</source>
        <extracomment>The versions list's first row: the text being written.</extracomment>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="137" />
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="140" />
        <source>About this safety plan</source>
        <translation>Acerca de este plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="145" />
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="146" />
        <source>Back to the new version</source>
        <translation>Volver a la nueva versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="148" />
        <source>Safety plan versions</source>
        <translation>Versiones del plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="155" />
        <source>Save as new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="176" />
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versiones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="204" />
        <source>New version (being written)</source>
        <translation>Nueva versión (en redacción)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="217" />
        <source>{version}: the current version, read-only.</source>
        <translation>{version}: la versión actual, solo lectura.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/safety_plan_view.py" line="219" />
        <source>{version}: an earlier version, read-only.</source>
        <translation>{version}: una versión anterior, solo lectura.</translation>
    </message>
</context>
<context>
    <name>SafetyTabView</name>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="37" />
        <source>Raised</source>
        <extracomment>The translation context of this module's words, column titles included. Each step of a flag's history as the history table names it (translated where shown).</extracomment>
        <translation>Activada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="38" />
        <source>C-SSRS screen recorded</source>
        <translation>Detección C-SSRS registrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="39" />
        <source>C-SSRS screen struck</source>
        <translation>Detección C-SSRS anulada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="40" />
        <source>Safety plan saved</source>
        <translation>Plan de seguridad guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="41" />
        <source>Cause changed</source>
        <translation>Causa cambiada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="42" />
        <source>Followed up</source>
        <translation>Seguimiento realizado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="43" />
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="64" />
        <source>{source}, raised {date}: {state}</source>
        <translation>{source}, activada el {date}: {state}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="77" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="78" />
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="79" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="80" />
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="82" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="94" />
        <source>Raised {when} by {who}</source>
        <translation>Activada el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="98" />
        <source>Raised {when}</source>
        <translation>Activada el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="103" />
        <source>Needed: {what}</source>
        <translation>Pendiente: {what}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="111" />
        <source>No safety plan has been written yet.</source>
        <translation>Aún no se ha escrito un plan de seguridad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="113" />
        <source>Version {version}, saved {when} by {who}</source>
        <translation>Versión {version}, guardada el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="117" />
        <source>Version {version}, saved {when}</source>
        <translation>Versión {version}, guardada el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="120" />
        <source>{plan} ({versions} versions kept)</source>
        <translation>{plan} ({versions} versiones guardadas)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="145" />
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="155" />
        <source>Open safety flags</source>
        <translation>Alertas de seguridad abiertas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="156" />
        <source>No safety flag is open.</source>
        <translation>No hay alertas de seguridad abiertas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="157" />
        <source>No open safety flag</source>
        <translation>Ninguna alerta de seguridad abierta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="160" />
        <source>C-SSRS screen…</source>
        <translation>Detección C-SSRS…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="161" />
        <source>Record a C-SSRS screen</source>
        <translation>Registrar una detección C-SSRS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="162" />
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="248" />
        <source>Safety plan…</source>
        <translation>Plan de seguridad…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="163" />
        <source>Write or review the safety plan</source>
        <translation>Escribir o revisar el plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="174" />
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="176" />
        <source>Current safety plan</source>
        <translation>Plan de seguridad actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="177" />
        <source>Print for the participant (PDF)…</source>
        <translation>Imprimir para el participante (PDF)…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="178" />
        <source>Print the safety plan for the participant</source>
        <translation>Imprimir el plan de seguridad para el participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="184" />
        <source>History of every safety flag</source>
        <translation>Historial de todas las alertas de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="188" />
        <source>Safety flag history</source>
        <translation>Historial de alertas de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="198" />
        <source>No safety flag has been raised for this participant.</source>
        <translation>No se ha activado ninguna alerta de seguridad para este participante.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="218" />
        <source>Open safety flag: {source}</source>
        <translation>Alerta de seguridad abierta: {source}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/record/safety_tab_view.py" line="248" />
        <source>Write a safety plan…</source>
        <translation>Escribir un plan de seguridad…</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="144" />
        <source>Weekly schedule</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="147" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="148" />
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="149" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="150" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="151" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="160" />
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="164" />
        <source>Remove session</source>
        <translation>Quitar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="174" />
        <source>Weekly schedule:</source>
        <translation>Horario semanal:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/forms/program_fields.py" line="206" />
        <source>Session {number}: {column}</source>
        <translation>Sesión {number}: {column}</translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/consent.py" line="41" />
        <source>Information to disclose</source>
        <translation>Información que se divulgará</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="43" />
        <source>e.g. Room 2 or Telehealth</source>
        <translation>p. ej., Sala 2 o Telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="50" />
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="235" />
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="297" />
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="236" />
        <source>Reason for cancelling (e.g. holiday, counselor ill):</source>
        <translation>Motivo de la cancelación (p. ej., día festivo, consejero/a enfermo/a):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="246" />
        <source>Restore session</source>
        <translation>Restablecer sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="247" />
        <source>Restore this cancelled session? It will count again for everyone expected.</source>
        <translation>¿Restablecer esta sesión cancelada? Volverá a contar para todos los esperados.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="306" />
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="335" />
        <source>Roll call saved</source>
        <translation>Pase de lista guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="336" />
        <source>Roll call saved: {count} attended. Write the group note now?</source>
        <translation>Pase de lista guardado: asistieron {count}. ¿Escribir ahora la nota grupal?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="345" />
        <source>Write group note</source>
        <translation>Escribir nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="346" />
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>SessionLocationDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="213" />
        <source>Session location</source>
        <translation>Lugar de la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="223" />
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/session.py" line="224" />
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="32" />
        <source>Cancelled</source>
        <extracomment>Returns the row's DaySession.</extracomment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="34" />
        <source>Taken ({marked} of {expected})</source>
        <translation>Hecho ({marked} de {expected})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="38" />
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="39" />
        <source>Not yet</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="56" />
        <source>Cancelled: {reason}</source>
        <translation>Cancelada: {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="88" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="93" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="98" />
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="99" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="106" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="109" />
        <source>Program / participant</source>
        <translation>Programa / participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="110" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="112" />
        <source>Expected</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/widgets/session_table.py" line="124" />
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="79" />
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="80" />
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="93" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="99" />
        <source>Take &amp;roll call</source>
        <translation>&amp;Pasar lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="100" />
        <source>Take roll call</source>
        <translation>Pasar lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="101" />
        <source>Group &amp;note</source>
        <translation>&amp;Nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="102" />
        <source>Write the group note</source>
        <translation>Escribir la nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="104" />
        <source>Write the group note of the selected session (Alt+N); roll call comes first</source>
        <translation>Escribir la nota grupal de la sesión seleccionada (Alt+N); primero se pasa lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="106" />
        <source>&amp;Add session…</source>
        <translation>A&amp;gregar sesión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="107" />
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="108" />
        <source>&amp;Location…</source>
        <translation>&amp;Lugar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="109" />
        <source>Session location</source>
        <translation>Lugar de la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="110" />
        <source>Where the selected session meets (Alt+L)</source>
        <translation>Dónde se reúne la sesión seleccionada (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="111" />
        <source>&amp;Cancel / restore…</source>
        <translation>&amp;Cancelar / restablecer…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="112" />
        <source>Cancel or restore session</source>
        <translation>Cancelar o restablecer la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="113" />
        <source>&amp;Sign-in sheet…</source>
        <translation>Hoja de &amp;firmas…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="114" />
        <source>Export sign-in sheet</source>
        <translation>Exportar hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="115" />
        <source>Open after export</source>
        <translation>Abrir al exportar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="117" />
        <source>Open the sign-in sheet after export</source>
        <translation>Abrir la hoja de firmas después de exportarla</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="119" />
        <source>Language of the sign-in sheet</source>
        <translation>Idioma de la hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="124" />
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="126" />
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="132" />
        <source>Sign-in sheets &amp;in:</source>
        <translation>Hojas de firmas &amp;en:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="172" />
        <source>‘To’ is before ‘From’.</source>
        <translation>‘Hasta’ es anterior a ‘Desde’.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="175" />
        <source>Show at most one year at a time.</source>
        <translation>Muestre como máximo un año a la vez.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="184" />
        <source>{count} session(s)</source>
        <translation>{count} sesión(es)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="224" />
        <source>An individual session has no sign-in sheet; its session note documents it</source>
        <translation>Una sesión individual no tiene hoja de firmas; su nota de sesión la documenta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="226" />
        <source>Export the sign-in sheet of the selected session (Alt+S)</source>
        <translation>Exportar la hoja de firmas de la sesión seleccionada (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="265" />
        <source>Save sign-in sheet</source>
        <translation>Guardar hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="267" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="277" />
        <location filename="../../counselor_desk/ui/sessions_view.py" line="282" />
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/sessions_view.py" line="283" />
        <source>The sign-in sheet was not saved: {error}</source>
        <translation>No se guardó la hoja de firmas: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="83" />
        <source>Settings</source>
        <extracomment>The fields of a refusal that concern the curriculum tab. The recovery key, shown once after Encrypt the caseload…</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="85" />
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="86" />
        <source>P&amp;rograms</source>
        <translation>P&amp;rogramas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="87" />
        <source>&amp;Locking</source>
        <translation>&amp;Bloqueo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="129" />
        <source>The language changes when Counselor Desk next starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Counselor Desk.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="132" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="134" />
        <source>Lan&amp;guage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="155" />
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="158" />
        <source>&amp;New program</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="164" />
        <source>Save pro&amp;gram</source>
        <translation>Guardar pro&amp;grama</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="175" />
        <source>Program and &amp;schedule</source>
        <translation>Programa y &amp;horario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="176" />
        <source>C&amp;urriculum</source>
        <translation>C&amp;urrículo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="299" />
        <source> idle minutes</source>
        <translation> min de inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="300" />
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="307" />
        <source>Lock &amp;after:</source>
        <translation>Bloquear &amp;tras:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="308" />
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="315" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="318" />
        <source>Encryption at rest</source>
        <translation>Cifrado en reposo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="319" />
        <source>&amp;Encrypt the caseload…</source>
        <translation>&amp;Cifrar la carga de casos…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="334" />
        <source>{state} Changing the passphrase above re-wraps its key; the file is not re-encrypted.</source>
        <translation>{state} Cambiar la frase de contraseña de arriba vuelve a proteger su clave; el archivo no se vuelve a cifrar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="348" />
        <source>Set: unlocking the app asks for it.</source>
        <translation>Establecida: al desbloquear la aplicación, se pide.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="349" />
        <source>C&amp;hange passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="352" />
        <source>None: “{choice}” was ticked, so unlocking asks no passphrase.</source>
        <translation>Ninguna: se marcó “{choice}”, así que al desbloquear no se pide frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="356" />
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="359" />
        <source>Set a &amp;passphrase…</source>
        <translation>Establecer una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/settings.py" line="358" />
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
</context>
<context>
    <name>SharedPartView</name>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="74" />
        <source>Shared part – written once, printed in every attendee's note</source>
        <translation>Parte común – se escribe una vez y se imprime en la nota de cada asistente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="78" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="82" />
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="84" />
        <source>Interventions used (Space checks)</source>
        <translation>Intervenciones usadas (Espacio para marcar)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="87" />
        <source>Other interventions</source>
        <translation>Otras intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="88" />
        <source>Other interventions, in your words</source>
        <translation>Otras intervenciones, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="89" />
        <source>Edit pick list…</source>
        <translation>Editar la lista…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="91" />
        <source>Edit the program's list of interventions</source>
        <translation>Editar la lista de intervenciones del programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="92" />
        <source>What the group did</source>
        <translation>Lo que hizo el grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="94" />
        <source>What the group did, for everyone: no member's name here (each note prints it)</source>
        <translation>Lo que hizo el grupo, para todos: aquí no va el nombre de ningún miembro (cada nota lo imprime)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="97" />
        <source>Signed entries keep the shared part as it was when signed.</source>
        <translation>Las entradas firmadas conservan la parte común tal como estaba al firmarse.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="105" />
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="106" />
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="110" />
        <source>&amp;Interventions:</source>
        <translation>&amp;Intervenciones:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="113" />
        <source>&amp;Other:</source>
        <translation>&amp;Otras:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_note_view.py" line="115" />
        <source>What the &amp;group did:</source>
        <translation>Lo que hizo el g&amp;rupo:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/help.py" line="206" />
        <location filename="../../counselor_desk/ui/help.py" line="209" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="63" />
        <source>{instrument} {why}: overdue since {date}</source>
        <extracomment>The participant id of a needs-attention item (a role of its own beside the record's). The session id of a group note still to write. At most this many owed group notes are shown without scrolling.</extracomment>
        <translation>{instrument} {why}: desde el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="65" />
        <source>{instrument} {why}: due {date}</source>
        <translation>{instrument} {why}: para el {date}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="78" />
        <source>{flag} (week {week}: {hours} of {minimum} h)</source>
        <translation>{flag} (semana {week}: {hours} de {minimum} h)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="87" />
        <source>{flag} ({count} unexcused in a row)</source>
        <translation>{flag} ({count} injustificadas seguidas)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="93" />
        <location filename="../../counselor_desk/ui/today_view.py" line="105" />
        <source>{flag} (by {date})</source>
        <translation>{flag} (para el {date})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="103" />
        <source>{flag} (since {date})</source>
        <translation>{flag} (desde el {date})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="150" />
        <location filename="../../counselor_desk/ui/today_view.py" line="286" />
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="165" />
        <source>Group note to write: {date} {time} {topic} ({signed} of {attended} signed)</source>
        <translation>Nota grupal por escribir: {date} {time} {topic} ({signed} de {attended} firmadas)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="178" />
        <location filename="../../counselor_desk/ui/today_view.py" line="279" />
        <source>Group notes to write</source>
        <translation>Notas grupales por escribir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="249" />
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="250" />
        <source>◀ Previous day</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="251" />
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="252" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="253" />
        <source>Next day ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="254" />
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="259" />
        <source>Sessions of the day</source>
        <translation>Sesiones del día</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="261" />
        <source>No sessions on this day.</source>
        <translation>No hay sesiones este día.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="264" />
        <source>Take &amp;roll call</source>
        <translation>&amp;Pasar lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="265" />
        <source>Take roll call</source>
        <translation>Pasar lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="266" />
        <source>&amp;Add session…</source>
        <translation>A&amp;gregar sesión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="267" />
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="268" />
        <location filename="../../counselor_desk/ui/today_view.py" line="449" />
        <source>&amp;Cancel session…</source>
        <translation>&amp;Cancelar sesión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="269" />
        <source>Cancel or restore session</source>
        <translation>Cancelar o restablecer la sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="270" />
        <source>Group &amp;note</source>
        <translation>&amp;Nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="271" />
        <source>Write the group note</source>
        <translation>Escribir la nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="273" />
        <source>Write the group note of the selected session (Alt+N); roll call comes first</source>
        <translation>Escribir la nota grupal de la sesión seleccionada (Alt+N); primero se pasa lista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="281" />
        <source>Click a group to open its group note</source>
        <translation>Haga clic en un grupo para abrir su nota grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="288" />
        <source>Click a name to open that participant's record</source>
        <translation>Haga clic en un nombre para abrir el expediente de ese participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="290" />
        <source>&lt;b&gt;Needs attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requieren atención&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="291" />
        <location filename="../../counselor_desk/ui/today_view.py" line="414" />
        <source>Nobody needs attention today.</source>
        <translation>Nadie requiere atención hoy.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="314" />
        <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="397" />
        <source>(not today)</source>
        <translation>(no es hoy)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="426" />
        <source>&lt;b&gt;Needs attention&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Requieren atención&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="447" />
        <source>Restore &amp;cancelled session…</source>
        <translation>Restablecer sesión &amp;cancelada…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="35" />
        <source>The database is encrypted. Type your passphrase to open it.</source>
        <translation>La base de datos está cifrada. Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="38" />
        <source>Forgot your passphrase? Use the recovery key…</source>
        <translation>¿Olvidó su frase de contraseña? Use la clave de recuperación…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="134" />
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock.py" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>_PlanItemDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="48" />
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="50" />
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="58" />
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="59" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="60" />
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="61" />
        <source>&amp;Progress:</source>
        <translation>&amp;Progreso:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/dialogs/goal.py" line="62" />
        <source>&amp;Target:</source>
        <translation>Pla&amp;zo:</translation>
    </message>
</context>
</TS>