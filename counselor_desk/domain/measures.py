"""The measure instruments (measurement-based care): each defined once, here.

An instrument is named as it is stored and shown ("PHQ-9"). Its questions with their response
options, how its answers are scored, its severity bands, its LOINC codes (panel, total, each
question), what in it calls for a safety follow-up, and whether its change from baseline is
followed (response, remission) all live on the Instrument. Validation, entry in the app, the
import, the caseload, the charts and the documents read this module: a new instrument is a new
entry in INSTRUMENTS (and its name in the measures CHECK of the schema).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from enum import StrEnum

from counselor_desk.domain import messages
from counselor_desk.domain.model import Measure
from counselor_desk.domain.record import record


@record
class Band:
    """Scores up to and including `top` (from the band before) read as `label`."""

    top: int
    label: str


@record
class Option:
    """One answer to a question: the value stored and scored, and its words."""

    value: int
    label: str


FREQUENCY = (
    Option(0, "Not at all"),
    Option(1, "Several days"),
    Option(2, "More than half the days"),
    Option(3, "Nearly every day"),
)
DIFFICULTY = (
    Option(0, "Not difficult at all"),
    Option(1, "Somewhat difficult"),
    Option(2, "Very difficult"),
    Option(3, "Extremely difficult"),
)
YES_NO = (Option(0, "No"), Option(1, "Yes"))


@record
class Question:
    """One item of an instrument.

    `asked_if` is the position of the earlier question that must be answered above 0 for this
    one to be asked (the C-SSRS skips questions 3-5 when question 2 is "No"); a question not
    asked is stored as None.
    """

    number: str
    text: str
    loinc: str
    options: tuple[Option, ...]
    asked_if: int | None = None
    #: The LOINC code of a follow-up folded into this question's answers (C-SSRS question 6).
    follow_up_loinc: str = ""
    #: The highest answer (set from the options).
    top: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "top", max(option.value for option in self.options))

    def answer_label(self, value: int | None) -> str:
        if value is None:
            return "not asked"
        for option in self.options:
            if option.value == value:
                return option.label
        return ""


class Scoring(StrEnum):
    """How a set of answers becomes the stored score."""

    SUM = "sum"  # the total of the answers (PHQ-9, GAD-7)
    CSSRS_RISK = "cssrs_risk"  # the risk level the answers reach: 0 low, 1 moderate, 2 high


@record
class Instrument:
    name: str  # as stored and shown: "PHQ-9"
    screens_for: str  # what it measures, in the counselor's words
    questions: tuple[Question, ...]
    bands: tuple[Band, ...]  # ascending; the last band's top is the maximum score
    loinc_panel: str
    loinc_total: str  # the code of the stored score (the total, or the risk level)
    scoring: Scoring = Scoring.SUM
    #: The follow-up question on how difficult the problems made life (PHQ-9), if any.
    difficulty: Question | None = None
    #: A score under this is remission; None: the instrument's change is not followed.
    remission_below: int | None = None
    #: Position of the question whose answer above 0 calls for a suicide-risk screen.
    safety_question: int | None = None
    #: A score at or above this calls for a safety follow-up (C-SSRS: moderate); None: never.
    safety_score: int | None = None
    #: What the score is called on screen and on paper ("total", "risk").
    score_word: str = "total"

    def __post_init__(self) -> None:
        tops = [band.top for band in self.bands]
        if not tops or tops != sorted(set(tops)) or tops[-1] != self._highest():
            raise ValueError(f"{self.name}: bands must rise to the maximum score {self._highest()}")

    def _highest(self) -> int:
        if self.scoring is Scoring.SUM:
            return sum(question.top for question in self.questions)
        return len(self.bands) - 1

    @property
    def items(self) -> int:
        """How many questions it has."""
        return len(self.questions)

    @property
    def maximum(self) -> int:
        return self.bands[-1].top

    @property
    def follows_change(self) -> bool:
        """Whether baseline, change, response and remission mean something for it."""
        return self.remission_below is not None

    def severity(self, score: int) -> str:
        """The band's words for a score ("" outside 0…maximum)."""
        if score < 0:
            return ""
        for band in self.bands:
            if score <= band.top:
                return band.label
        return ""

    def asked(self, answers: Sequence[int | None], position: int) -> bool:
        """Whether the question at `position` is asked, given the answers before it."""
        gate = self.questions[position].asked_if
        if gate is None:
            return True
        answer = answers[gate]
        return isinstance(answer, int) and answer > 0

    def problems(self, answers: Sequence[int | None]) -> list[tuple[int, str]]:
        """(position, message) for every answer that cannot be stored, in question order."""
        if len(answers) != self.items:
            return [
                (
                    -1,
                    messages.text(
                        "{instrument} has {items} questions; {given} were given.",
                        instrument=self.name,
                        items=self.items,
                        given=len(answers),
                    ),
                )
            ]
        found = []
        for position, (question, answer) in enumerate(zip(self.questions, answers, strict=True)):
            if answer is not None and (isinstance(answer, bool) or not isinstance(answer, int)):
                found.append(
                    (
                        position,
                        messages.text(
                            "Question {number} is answered with a whole number, 0 to {top}.",
                            number=question.number,
                            top=question.top,
                        ),
                    )
                )
                continue
            if not self.asked(answers, position):
                if answer is not None:
                    gate = self.questions[question.asked_if or 0].number
                    found.append(
                        (
                            position,
                            messages.text(
                                "Question {number} is asked only when question {gate} is "
                                "answered yes.",
                                number=question.number,
                                gate=gate,
                            ),
                        )
                    )
                continue
            if answer is None:
                found.append(
                    (
                        position,
                        messages.text("Question {number} has no answer.", number=question.number),
                    )
                )
            elif not 0 <= answer <= question.top:
                found.append(
                    (
                        position,
                        messages.text(
                            "Question {number} is answered 0 to {top}, not {answer}.",
                            number=question.number,
                            top=question.top,
                            answer=answer,
                        ),
                    )
                )
        return found

    def normalised(self, answers: Sequence[int | None]) -> tuple[int | None, ...]:
        """The answers as stored: a question not asked becomes None."""
        return tuple(
            answer if self.asked(answers, position) else None
            for position, answer in enumerate(answers)
        )

    def score(self, answers: Sequence[int | None]) -> int:
        """The stored score of a complete, valid set of answers."""
        if self.scoring is Scoring.SUM:
            return sum(answer or 0 for answer in answers)
        return cssrs_risk(answers)

    def score_text(self, score: int) -> str:
        """'14 (moderate)' or, for a risk level, 'moderate risk'."""
        if self.scoring is Scoring.CSSRS_RISK:
            return f"{self.severity(score)} risk"
        return f"{score} ({self.severity(score)})"

    def safety_concern(self, measure: Measure) -> str:
        """Why this score calls for a safety follow-up, in words; "" when it does not."""
        if measure.is_struck:
            return ""
        if self.safety_question is not None and measure.items:
            answer = measure.items[self.safety_question]
            if answer:
                question = self.questions[self.safety_question]
                return (
                    f"{self.name} question {question.number} ({question.text.lower()}) answered "
                    f"\u201c{question.answer_label(answer).lower()}\u201d on "
                    f"{measure.taken_on:%Y-%m-%d}"
                )
        if self.safety_score is not None and measure.score >= self.safety_score:
            return f"{self.name} on {measure.taken_on:%Y-%m-%d}: {self.score_text(measure.score)}"
        return ""


_MINIMAL, _MILD, _MODERATE = Band(4, "minimal"), Band(9, "mild"), Band(14, "moderate")

PHQ_9 = Instrument(
    name="PHQ-9",
    screens_for="depression",
    questions=tuple(
        Question(str(number), text, loinc, FREQUENCY)
        for number, (text, loinc) in enumerate(
            (
                ("Little interest or pleasure in doing things", "44250-9"),
                ("Feeling down, depressed, or hopeless", "44255-8"),
                ("Trouble falling or staying asleep, or sleeping too much", "44259-0"),
                ("Feeling tired or having little energy", "44254-1"),
                ("Poor appetite or overeating", "44251-7"),
                (
                    "Feeling bad about yourself, or that you are a failure or have let "
                    "yourself or your family down",
                    "44258-2",
                ),
                (
                    "Trouble concentrating on things, such as reading the newspaper or "
                    "watching television",
                    "44252-5",
                ),
                (
                    "Moving or speaking so slowly that other people could have noticed, or "
                    "being so fidgety or restless that you have been moving around a lot more "
                    "than usual",
                    "44253-3",
                ),
                (
                    "Thoughts that you would be better off dead, or of hurting yourself",
                    "44260-8",
                ),
            ),
            start=1,
        )
    ),
    bands=(_MINIMAL, _MILD, _MODERATE, Band(19, "moderately severe"), Band(27, "severe")),
    loinc_panel="44249-1",
    loinc_total="44261-6",
    difficulty=Question(
        "10",
        "How difficult have these problems made it to do your work, take care of things at "
        "home, or get along with other people?",
        "69722-7",
        DIFFICULTY,
    ),
    remission_below=5,
    safety_question=8,
)
GAD_7 = Instrument(
    name="GAD-7",
    screens_for="anxiety",
    questions=tuple(
        Question(str(number), text, loinc, FREQUENCY)
        for number, (text, loinc) in enumerate(
            (
                ("Feeling nervous, anxious, or on edge", "69725-0"),
                ("Not being able to stop or control worrying", "68509-9"),
                ("Worrying too much about different things", "69733-4"),
                ("Trouble relaxing", "69734-2"),
                ("Being so restless that it is hard to sit still", "69735-9"),
                ("Becoming easily annoyed or irritable", "69689-8"),
                ("Feeling afraid, as if something awful might happen", "69736-7"),
            ),
            start=1,
        )
    ),
    bands=(_MINIMAL, _MILD, _MODERATE, Band(21, "severe")),
    loinc_panel="69737-5",
    loinc_total="70274-6",
    remission_below=5,
)

#: The C-SSRS screener's risk levels, as stored (the score) and said.
CSSRS_LOW, CSSRS_MODERATE, CSSRS_HIGH = 0, 1, 2
#: Question 6's answers: the behaviour question carries its "within the past 3 months" follow-up.
BEHAVIOUR = (
    Option(0, "No"),
    Option(1, "Yes, more than 3 months ago"),
    Option(2, "Yes, within the past 3 months"),
)

C_SSRS = Instrument(
    name="C-SSRS",
    screens_for="suicide risk (screen version)",
    questions=(
        Question(
            "1",
            "Have you wished you were dead or wished you could go to sleep and not wake up?",
            "93246-7",
            YES_NO,
        ),
        Question("2", "Have you actually had any thoughts of killing yourself?", "93247-5", YES_NO),
        Question("3", "Have you been thinking about how you might do this?", "93248-3", YES_NO, 1),
        Question(
            "4",
            "Have you had these thoughts and had some intention of acting on them?",
            "93249-1",
            YES_NO,
            1,
        ),
        Question(
            "5",
            "Have you started to work out or worked out the details of how to kill yourself? "
            "Do you intend to carry out this plan?",
            "93250-9",
            YES_NO,
            1,
        ),
        Question(
            "6",
            "Have you ever done anything, started to do anything, or prepared to do anything "
            "to end your life? If yes: was this within the past 3 months?",
            "93267-3",
            BEHAVIOUR,
            follow_up_loinc="93269-9",
        ),
    ),
    bands=(Band(CSSRS_LOW, "low"), Band(CSSRS_MODERATE, "moderate"), Band(CSSRS_HIGH, "high")),
    loinc_panel="93373-9",
    loinc_total="93373-9",
    scoring=Scoring.CSSRS_RISK,
    safety_score=CSSRS_MODERATE,
    score_word="risk",
)


def cssrs_risk(answers: Sequence[int | None]) -> int:
    """The screener's risk level, as the Columbia triage reads it.

    High: intent (question 4), a plan with intent (5), or behaviour within the past 3 months
    (6). Moderate: thinking about a method (3), or behaviour longer ago. Low: otherwise,
    including a wish to be dead or thoughts of killing oneself without a method (1, 2).
    """
    wish, thoughts, method, intent, plan, behaviour = (answer or 0 for answer in answers)
    del wish, thoughts  # low risk either way; kept on the record
    if intent or plan or behaviour >= 2:
        return CSSRS_HIGH
    if method or behaviour == 1:
        return CSSRS_MODERATE
    return CSSRS_LOW


#: Every instrument the app records, in the order it lists them.
INSTRUMENTS: tuple[Instrument, ...] = (PHQ_9, GAD_7, C_SSRS)
BY_NAME: dict[str, Instrument] = {instrument.name: instrument for instrument in INSTRUMENTS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
#: The instruments whose change from baseline is followed (trend, response, remission).
FOLLOWED: tuple[Instrument, ...] = tuple(i for i in INSTRUMENTS if i.follows_change)


def instrument(name: str) -> Instrument | None:
    return BY_NAME.get(name)


def severity(name: str, score: int) -> str:
    """The severity band of a score ("" for an instrument the app does not know)."""
    found = BY_NAME.get(name)
    return "" if found is None else found.severity(score)


def score_text(measure: Measure) -> str:
    """A stored score as the counselor reads it: '14 (moderate)', 'high risk'."""
    found = BY_NAME.get(measure.instrument)
    return str(measure.score) if found is None else found.score_text(measure.score)


def names_in_words(names: Sequence[str] = NAMES) -> str:
    """'PHQ-9, GAD-7 or C-SSRS': the instruments as a sentence says them."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def names_in_message(names: Sequence[str] = NAMES) -> str:
    """The instruments as `names_in_words` says them, in the language of the messages."""
    return messages.either(names)


def counted(name: str, found: Iterable[Measure]) -> list[Measure]:
    """The scores of one instrument that count (not struck), oldest first; scores on one day
    keep the order they were entered in."""
    return sorted(
        (m for m in found if m.instrument == name and not m.is_struck),
        key=lambda m: (m.taken_on, m.id),
    )


def baseline_and_latest(
    name: str, found: Iterable[Measure]
) -> tuple[Measure, Measure | None] | None:
    """The first score of an instrument and, when it was taken again, the latest one.

    None when it was never taken. A struck score does not count.
    """
    taken = counted(name, found)
    if not taken:
        return None
    return taken[0], (taken[-1] if len(taken) > 1 else None)


@record
class Course:
    """An instrument's course for one participant: baseline, latest, change, and what it means.

    `response` is a drop of at least half the baseline; `remission` a latest score under the
    instrument's remission threshold. Both need a score after the baseline.
    """

    instrument: Instrument
    baseline: Measure
    latest: Measure | None

    @property
    def change(self) -> int | None:
        return None if self.latest is None else self.latest.score - self.baseline.score

    @property
    def response(self) -> bool:
        if self.latest is None or self.baseline.score <= 0:
            return False
        return (self.baseline.score - self.latest.score) * 2 >= self.baseline.score

    @property
    def remission(self) -> bool:
        below = self.instrument.remission_below
        return self.latest is not None and below is not None and self.latest.score < below

    @property
    def badges(self) -> tuple[str, ...]:
        """'response', 'remission': the words shown beside the course."""
        return tuple(
            word
            for word, met in (("response", self.response), ("remission", self.remission))
            if met
        )

    def in_words(self) -> str:
        """'baseline 18 (moderately severe) on 2026-03-02; latest 7 (mild) on 2026-05-04,
        change -11; response'."""
        first = self.baseline
        text = f"baseline {self.instrument.score_text(first.score)} on {first.taken_on:%Y-%m-%d}"
        if self.latest is None:
            return text + "; not taken again"
        last = self.latest
        change = self.change or 0
        text += (
            f"; latest {self.instrument.score_text(last.score)} on {last.taken_on:%Y-%m-%d}, "
            f"change {change:+d}"
        )
        if self.badges:
            text += "; " + ", ".join(self.badges)
        return text


def course(name: str, found: Iterable[Measure]) -> Course | None:
    """The course of an instrument whose change is followed; None if never taken (or the
    instrument's change is not followed)."""
    known = BY_NAME.get(name)
    pair = baseline_and_latest(name, found)
    if known is None or not known.follows_change or pair is None:
        return None
    return Course(known, pair[0], pair[1])


def latest(name: str, found: Iterable[Measure]) -> Measure | None:
    taken = counted(name, found)
    return taken[-1] if taken else None
