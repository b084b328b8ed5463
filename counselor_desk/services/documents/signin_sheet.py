"""The sign-in sheet of one session: who is expected, and the export.

The sheet goes round the room, so it names each person by first name and last initial only.
When two people would read alike, the second letter of the last name tells them apart, or,
where that cannot (the letters match, or would spell a whole last name), the end of the chart
number, as short as it can be: never a whole last name, never anything else about anyone.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Participant, ServiceType, fold
from counselor_desk.reports import words
from counselor_desk.reports.model import SigninSheet
from counselor_desk.services import participants, sessions
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database

#: The shortest end of a chart number printed to tell two people apart ("…02").
CHART_TAIL = 2

_ZWJ = "\u200d"


def _letters(text: str) -> list[str]:
    """Text cut into the characters a reader sees: a letter with its accents, an emoji with
    its skin tone, variation selector or the rest of its joined sequence, a flag's pair."""
    found: list[str] = []
    for char in text:
        point = ord(char)
        joins = bool(found) and (
            unicodedata.combining(char) != 0
            or unicodedata.category(char) in ("Mn", "Me", "Mc")
            or char == _ZWJ
            or found[-1].endswith(_ZWJ)
            or 0xFE00 <= point <= 0xFE0F  # variation selectors
            or 0x1F3FB <= point <= 0x1F3FF  # skin tones
            or 0xE0020 <= point <= 0xE007F  # tag characters (subdivision flags)
            or (
                0x1F1E6 <= point <= 0x1F1FF
                and len(found[-1]) == 1
                and 0x1F1E6 <= ord(found[-1]) <= 0x1F1FF
            )
        )
        if joins:
            found[-1] += char
        else:
            found.append(char)
    return found


def _capital(letter: str) -> str:
    upper = letter.upper()
    return upper if len(upper) == len(letter) else letter  # "ß" stays itself, not "SS"


def _given(participant: Participant) -> str:
    return (participant.preferred_name or participant.first_name).strip()


def _first_and_initial(participant: Participant, letters: int = 1) -> str:
    """'Maria L.' (or with `letters=2`, 'Maria Lo.'); the first name alone without a last."""
    last = _letters(participant.last_name.strip())
    if not last:
        return _given(participant)
    initial = _capital(last[0]) + "".join(last[1:letters])
    return f"{_given(participant)} {initial}."


def _chart_tails(group: Sequence[Participant]) -> list[str]:
    """The shortest ends of the chart numbers (at least CHART_TAIL characters) that differ
    for everyone in the group; chart numbers are unique, so the whole one always does."""
    charts = [participant.chart_number.strip() for participant in group]
    longest = max(len(chart) for chart in charts)
    for size in range(CHART_TAIL, longest + 1):
        tails = [chart[-size:] for chart in charts]
        if len(set(tails)) == len(tails):
            return tails
    return charts


def printed_names(people: Sequence[Participant]) -> tuple[str, ...]:
    """The name each person is printed under, in the given order (docs/RULES.md, Sign-in
    sheet): first name and last initial; where two read alike (accents and case aside), the
    second letter of the last name for all of them if that tells them apart without spelling
    a whole last name (and is a letter, not a blank or an apostrophe), else the end of each
    one's chart number."""
    names = [_first_and_initial(person) for person in people]
    alike: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(names):
        alike[fold(name)].append(index)
    for indexes in alike.values():
        if len(indexes) < 2:
            continue
        group = [people[index] for index in indexes]
        lasts = [_letters(person.last_name.strip()) for person in group]
        two = [fold("".join(letters[:2])) for letters in lasts]
        readable = all(len(letters) > 2 and letters[1][0].isalpha() for letters in lasts)
        if readable and len(set(two)) == len(group):
            for index, person in zip(indexes, group, strict=True):
                names[index] = _first_and_initial(person, letters=2)
        else:
            for index, tail in zip(indexes, _chart_tails(group), strict=True):
                names[index] = f"{names[index]} (…{tail})"
    return tuple(names)


def signin_sheet_model(
    db: Database, session_id: int, clock: Clock, *, language: str = "en"
) -> SigninSheet:
    """The sign-in sheet of one group, family or education session: who is expected, each by
    first name and last initial, with how each attended once roll call has recorded it;
    printed in `language` ('en' or 'es')."""
    words.checked_language(language)
    session = sessions.get_session(db, session_id)
    if session.service_type is ServiceType.INDIVIDUAL:
        raise ValidationError(
            messages.text(
                "An individual session has no sign-in sheet; its session note documents it."
            ),
            "session",
        )
    if session.cancelled:
        raise ValidationError(
            messages.text("This session is cancelled; there is no one to sign in."), "session"
        )
    profile = common.profile(db)
    sheet = sessions.roll_call_sheet(db, session_id)
    # the people on the sheet, read together by their (unique) chart numbers
    by_chart = participant_repo.find_by_charts(db.conn, [row.chart_number for row in sheet.rows])
    people = [
        by_chart.get(row.chart_number) or participants.get(db, row.participant_id)
        for row in sheet.rows
    ]
    # a family session is one participant's: its program is theirs (never their name)
    program_id = session.program_id
    if program_id is None and session.participant_id is not None:
        program_id = participants.get(db, session.participant_id).program_id
    programs = {program.id: program.name for program in participant_repo.list_programs(db.conn)}
    telehealth = tuple(
        row.telehealth if row.status is not None and row.status.attended else None
        for row in sheet.rows
    )
    return SigninSheet(
        letterhead=common.letterhead(profile),
        facilitator=common.signer(profile),
        generated_on=clock.today(),
        program_name=programs.get(program_id or 0, ""),
        session_id=session.id,
        session_date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        service_type=session.service_type,
        topic=session.topic,
        names=printed_names(people),
        location=session.location,
        telehealth=telehealth,
        language=language,
    )


def signin_file_name(db: Database, session_id: int) -> str:
    """The sign-in sheet's default file name: the session's number and the session's date
    (not the day it is printed), never a name."""
    session = sessions.get_session(db, session_id)
    return common.default_file_name("signin", None, session.date, session.id)


def export_signin_sheet(
    db: Database, session_id: int, out: Path, clock: Clock, *, language: str = "en"
) -> Path:
    """Write the sign-in sheet of a session, in `language` ('en' or 'es')."""
    model = signin_sheet_model(db, session_id, clock, language=language)
    from counselor_desk.reports import signin  # reportlab loads when a document is made

    return common.write(
        db,
        out,
        signin.build(model),
        common.audited(db, clock, "sign-in sheet", None, f"session {session_id}"),
    )
