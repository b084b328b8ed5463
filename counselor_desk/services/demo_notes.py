"""The demo's individual and family session notes, written week by week for one participant
as a counselor would: the same person's triggers, skills and supports from note to note, a
mood and a night's sleep that move between sessions, the few themes the session worked on
(none of the last session's), the objective it addressed, and in each section only sentences
that belong there, none of them twice. Fictional text only; no one's name in any note."""

from __future__ import annotations

import random
import re

from counselor_desk.domain.model import Goal, NoteFormat
from counselor_desk.services.demo_note_words import (
    ADOLESCENT,
    ADULT,
    AFFECTS,
    ARRIVALS,
    ASSESSMENT,
    FAMILY,
    GENERAL,
    INTERVENTION,
    OBJECTIVE,
    OBSERVED,
    PRESENCE,
    PROGRESS,
    REPORTED,
    SECTION_KINDS,
    SIGNS,
    THEMES,
    WEEKDAYS,
    WORKSHEETS,
)

#: At most this many sentences of each kind come from one theme of the session.
PER_THEME = 2
#: The mark of a sentence said only once the first weeks are past.
LATER = "+"
#: The kinds whose section always names the session's objective (one per format).
TIED = (INTERVENTION, ASSESSMENT)
_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")


class NoteStory:
    """One participant's notes, one session after another (each call is the next session)."""

    def __init__(self, seed: int, chart_number: str, *, adolescent: bool) -> None:
        self.rng = random.Random(f"notes {seed} {chart_number}")
        rng = self.rng
        words = ADOLESCENT if adolescent else ADULT
        self.others = words.others
        self.words = {
            "trigger": rng.choice(words.triggers),
            "skill": rng.choice(words.skills),
            "support": rng.choice(words.supports),
            "activity": rng.choice(words.activities),
            "change": rng.choice(words.changes),
            "relative": rng.choice(words.relatives),
            "family_topic": rng.choice(words.family_topics),
            "worksheet": rng.choice(WORKSHEETS),
            "strain": words.strain,
            "first_sign": words.first_sign,
            "place": words.place,
        }
        self.mood = rng.randint(2, 4)
        self.sleep = rng.randint(4, 6)
        self.sessions = 0
        self.themes: list[int] = []

    def fields(
        self, fmt: NoteFormat, goal: Goal | None, size: int, *, family: bool
    ) -> dict[str, str]:
        """The next session's note in `fmt`, about `size` characters in all."""
        rng = self.rng
        previous = self.mood if self.sessions else None
        self.sessions += 1
        self.mood = max(2, min(8, self.mood + rng.choice((-1, 0, 1, 1, 1))))
        self.sleep = max(4, min(8, self.sleep + rng.choice((0, 0, 1))))
        # the session's themes: none of the last session's
        fresh = [number for number in range(len(THEMES)) if number not in self.themes]
        self.themes = rng.sample(fresh, 4 if size > 1000 else 3)
        objective = rng.choice(goal.objectives).description if goal and goal.objectives else ""
        along = min(3, self.sessions // 3)  # how far along the objective is, by the episode
        before = rng.randint(5, 8)
        details = {
            **self.words,
            "objective": objective,
            "activity_cap": self.words["activity"][:1].upper() + self.words["activity"][1:],
            "sleep": str(self.sleep),
            "minutes": rng.choice(("twenty", "forty", "about sixty")),
            "urge": str(rng.randint(2, 7)),
            "uses": rng.choice(("two", "three", "four", "five")),
            "affect": rng.choice(AFFECTS),
            "before": str(before),
            "after": str(before - rng.randint(2, 4)),
            "important": str(rng.randint(6, 9)),
            "ready": str(rng.randint(3, 6)),
            "progress": rng.choice(PROGRESS[along : along + 2]),
            "motivation": rng.choice(("good", "mixed but growing", "strong")),
            "sleep_word": "improving" if self.sleep >= 6 else "still short",
            "mood_word": "improving" if self.mood > 4 else "low but steadier",
            "weekday": rng.choice(WEEKDAYS),
            "home": rng.choice(("calmer", "tense but better", "mixed")),
            "passed": rng.choice(("ten minutes", "half an hour", "an hour")),
            "times": rng.choice(("once", "twice", "three times")),
            "days": rng.choice(("three", "four", "five", "six")),
            "other": rng.choice(self.others),
            "signs": rng.choice(SIGNS),
            "belief": str(rng.randint(5, 8)),
        }
        keys = [key for key, _heading in fmt.sections]
        return {
            key: self._section(
                SECTION_KINDS.get(key, (REPORTED,)),
                details,
                previous,
                size // len(keys),
                family=family,
            )
            for key in keys
        }

    def _section(
        self,
        kinds: tuple[str, ...],
        details: dict[str, str],
        previous: int | None,
        size: int,
        *,
        family: bool,
    ) -> str:
        """A section of about `size` characters, each of its kinds in turn: the kind's leads,
        then sentences of the session's themes (and of its objective) in any order, then
        general ones. No sentence twice."""
        rng = self.rng
        leads: list[tuple[int, str]] = []
        offered: list[tuple[int, str]] = []
        general: list[tuple[int, str]] = []
        for order, kind in enumerate(kinds):
            if family and kind in FAMILY:
                leads.append((order, FAMILY[kind]))
            if kind == REPORTED:
                leads.append((order, self._mood_line(previous)))
            if kind == OBSERVED:
                leads.append((order, f"{rng.choice(ARRIVALS)} and was {rng.choice(PRESENCE)}."))
            if details["objective"] and kind in OBJECTIVE:
                # a note always says which objective it worked on and how that went
                (leads if kind in TIED else offered).append((order, OBJECTIVE[kind]))
            for theme in self.themes:
                texts = THEMES[theme].get(kind, ())
                offered += [(order, text) for text in rng.sample(texts, min(PER_THEME, len(texts)))]
            texts = GENERAL.get(kind, ())
            general += [(order, text) for text in rng.sample(texts, len(texts))]
        rng.shuffle(offered)
        chosen: list[tuple[int, str]] = []
        length = 0
        for order, text in leads + offered + general:
            if chosen and length >= size:
                break
            if text.startswith(LATER):
                if self.sessions <= 3:
                    continue
                text = text[len(LATER) :]
            sentence = self._said(text, details)
            chosen.append((order, sentence))
            length += len(sentence) + 1
        chosen.sort(key=lambda item: item[0])  # stable: within a kind, in the order chosen
        return " ".join(sentence for _order, sentence in chosen)

    def _said(self, text: str, details: dict[str, str]) -> str:
        """`text` said one of its ways, with the note's details."""
        way = _ALTERNATIVES.sub(lambda found: self.rng.choice(found.group(1).split("|")), text)
        return way.format(**details)

    def _mood_line(self, previous: int | None) -> str:
        if previous is None:
            return f"Rated mood {self.mood}/10 at the first individual session."
        if self.mood == previous:
            return f"Rated mood {self.mood}/10, the same as at the last session."
        way = "up" if self.mood > previous else "down"
        return f"Rated mood {self.mood}/10, {way} from {previous}/10 at the last session."
