"""The words of the demo's individual session notes (services/demo_notes.py writes them):
what each program's participants bring, the themes a session can work on and the sentences
of each kind each theme gives. `{name}` is a detail of the participant or the session;
`[one|other]` is said one way or the other, chosen for each note; a sentence marked `+`
compares with the start of the program, so it is said only once the first weeks are past.
Fictional text only."""

from __future__ import annotations

from dataclasses import dataclass

#: The kinds of sentence a note is written from.
REPORTED, OBSERVED, INTERVENTION, RESPONSE, ASSESSMENT, PLAN = (
    "reported",
    "observed",
    "intervention",
    "response",
    "assessment",
    "plan",
)
#: The kinds each section of a format is written from, in the order it reads.
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "data": (REPORTED, OBSERVED),
    "subjective": (REPORTED,),
    "objective": (OBSERVED,),
    "behavior": (OBSERVED, REPORTED),
    "intervention": (INTERVENTION,),
    "response": (RESPONSE,),
    "assessment": (ASSESSMENT,),
    "plan": (PLAN,),
    "text": (REPORTED, INTERVENTION, RESPONSE, PLAN),
}


@dataclass(frozen=True, slots=True)
class Words:
    """What one program's participants' notes draw on (each participant keeps one of each)."""

    triggers: tuple[str, ...]
    skills: tuple[str, ...]
    supports: tuple[str, ...]
    activities: tuple[str, ...]
    changes: tuple[str, ...]
    relatives: tuple[str, ...]
    family_topics: tuple[str, ...]
    #: Who a hard conversation at `place` was with.
    others: tuple[str, ...]
    #: What the participant rates at its worst each week, and its first sign.
    strain: str
    first_sign: str
    place: str


ADULT = Words(
    triggers=(
        "evenings alone after work",
        "payday weekends",
        "arguments with a partner",
        "running into old drinking friends",
        "long shifts with little sleep",
        "Sunday nights before the work week",
    ),
    skills=(
        "urge surfing",
        "paced breathing",
        "the STOP skill",
        "a thought record",
        "grounding with the five senses",
        "playing the tape forward",
    ),
    supports=(
        "the sponsor",
        "a sister",
        "a coworker in recovery",
        "the partner",
        "a friend from the peer meeting",
        "an older brother",
    ),
    activities=(
        "walking after dinner",
        "cooking at home",
        "going to the gym",
        "playing guitar",
        "working in the garden",
        "a pickup basketball game",
    ),
    changes=(
        "stopping drinking altogether",
        "telling the employer about treatment",
        "giving up cannabis on weekends",
        "going to a peer meeting each week",
        "cutting back overtime",
    ),
    relatives=("the partner", "a sister", "the mother", "an adult son"),
    family_topics=(
        "chores at home",
        "money worries",
        "time spent with friends who still use",
        "the new work schedule",
    ),
    others=("a supervisor", "a coworker", "the landlord", "a customer"),
    strain="the strongest craving",
    first_sign="a craving",
    place="work",
)
ADOLESCENT = Words(
    triggers=(
        "tests at school",
        "arguments with a parent",
        "scrolling late at night",
        "lunch periods alone",
        "messages from an ex",
        "weekends with nothing planned",
    ),
    skills=(
        "TIPP",
        "paced breathing",
        "opposite action",
        "check the facts",
        "the ACCEPTS skills",
        "grounding with the five senses",
    ),
    supports=(
        "the mother",
        "the father",
        "the school counselor",
        "an older sister",
        "the soccer coach",
        "a grandmother",
    ),
    activities=(
        "soccer practice",
        "drawing",
        "skateboarding",
        "the school choir",
        "walking the dog",
        "baking with a cousin",
    ),
    changes=(
        "going back to school for full days",
        "leaving the phone outside the bedroom at night",
        "telling a friend about treatment",
        "stopping cannabis",
        "joining a club at school",
    ),
    relatives=("the mother", "the father", "both parents", "a grandmother"),
    family_topics=("curfew", "phone use at night", "homework time", "time with friends"),
    others=("a teacher", "a friend", "the coach", "a classmate"),
    strain="stress at its worst",
    first_sign="rising stress",
    place="school",
)
WORKSHEETS = (
    "trigger map",
    "daily mood log",
    "sleep diary",
    "high-risk-times worksheet",
    "weekly activity plan",
    "coping card",
)

#: What a session can work on: the sentences of each kind it gives a note.
THEMES: tuple[dict[str, tuple[str, ...]], ...] = (
    {  # hard moments
        REPORTED: (
            "Rated {strain} this week at {urge}/10; it passed within {passed}.",
            "[Said|Reported that] the hardest moment of the week came during {trigger}.",
            "Noticed the pull of old habits most [on {weekday}|in the evenings].",
            "Got through {trigger} [without acting on it|with one close call].",
        ),
        INTERVENTION: (
            "Walked through {skill} step by step, using the week's hardest moment.",
            "Completed a chain analysis of [the hardest moment|{weekday}'s close call], from "
            "the first thought to what helped.",
            "[Practised|Rehearsed] {skill} in session for [five|ten] minutes.",
            "Listed the [three|four] situations most likely to bring on {first_sign}.",
        ),
        RESPONSE: (
            "Rated distress {before}/10 at the start of the practice and {after}/10 at the end.",
            "Said seeing the chain written out made the pattern around {trigger} clearer.",
            "Found the first link of the chain [without help|with one prompt].",
            "Picked {skill} as the first thing to try next time.",
        ),
        ASSESSMENT: (
            "+Rides out hard moments for longer before acting; {skill} is becoming a habit.",
            "+Still reacts quickly during {trigger}, but recovers faster than at admission.",
            "Insight into what sets off {first_sign} [is growing|is clearer than before].",
            "The hardest part of the week is still {trigger}.",
        ),
        PLAN: (
            "Use {skill} at the first sign of {first_sign} and note how long it lasts.",
            "Write down the next hard moment [within the hour|the same day] and bring it to "
            "the next session.",
            "Practise {skill} once a day when calm, so it comes easier under stress.",
            "Plan something else to do during {trigger} this week.",
        ),
    },
    {  # sleep
        REPORTED: (
            "Slept about {sleep} hours on most nights since the last session.",
            "Said falling asleep takes {minutes} minutes on most nights.",
            "Woke during the night {times} this week and lay awake [worrying|thinking about "
            "{place}].",
            "Naps in the afternoon [most days|on weekends].",
        ),
        INTERVENTION: (
            "Gave psychoeducation on how sleep affects mood and stress.",
            "Built a wind-down routine for the hour before bed.",
            "Looked at what came before the worst nights of the week.",
            "Reviewed caffeine, screens and naps as they affect sleep.",
        ),
        RESPONSE: (
            "Chose a fixed bedtime [of 22:30|of 23:00|before midnight] and two steps of the "
            "routine to start with.",
            "Said a regular bedtime had not seemed important before today.",
            "Noticed the worst nights followed [late screen use|a late coffee].",
            "Agreed to move the phone charger out of the bedroom.",
        ),
        ASSESSMENT: (
            "Sleep is {sleep_word} and still affects energy in the afternoons.",
            "Irregular sleep [keeps mood lower on weekdays|adds to irritability].",
            "Short nights make {trigger} harder to manage.",
        ),
        PLAN: (
            "Fill in the sleep diary each morning and bring it [next week|on {weekday}].",
            "Go to bed at the same time on five nights, screens off an hour before.",
            "Get up at the same time each day, weekends included.",
            "No caffeine after [noon|14:00] for the coming week.",
        ),
    },
    {  # support
        REPORTED: (
            "Reached out to {support} {times} when stressed this week.",
            "Said it is still hard to ask {support} for help.",
            "Spent [an afternoon|{weekday} evening] with {support} and felt less alone.",
            "+Said {support} noticed the changes of the last weeks.",
        ),
        INTERVENTION: (
            "Role-played asking {support} for help and gave feedback on tone and wording.",
            "Drew a support map of who to call, for what, and when.",
            "Explored what gets in the way of reaching out.",
            "Planned what to say when calling {support} on a hard day.",
        ),
        RESPONSE: (
            "Rehearsed the request twice more and said it felt less awkward each time.",
            "Added [two|three] people to the support map without prompting.",
            "Said fear of being a burden is the main barrier.",
            "Wrote the first line of the call down to make starting easier.",
        ),
        ASSESSMENT: (
            "Support from {support} is a protective factor.",
            "Relies on one person for support; widening the circle is the next step.",
            "Reaching out is still hard but happening more often.",
        ),
        PLAN: (
            "Ask {support} for one specific kind of help before the next session.",
            "Call one person from the support map on a good day, not only a hard one.",
            "Tell {support} about [the program schedule|the warning signs] this week.",
            "Go to one [peer meeting|social event] before the next session.",
        ),
    },
    {  # warning signs and the relapse-prevention plan
        REPORTED: (
            "Noticed {signs} on {days} days this week.",
            "Said keeping to the plan was hardest on {weekday}.",
            "[Reported|Said] a family member pointed out an early warning sign.",
            "Read the relapse-prevention plan once when things felt shaky.",
        ),
        INTERVENTION: (
            "Reviewed the relapse-prevention plan and updated the list of warning signs.",
            "Sorted warning signs into early, middle and late, each with an action.",
            "Asked what others notice first when things start to slip.",
            "Went through last month's hardest week to find its first warning sign.",
        ),
        RESPONSE: (
            "Named two early warning signs: {signs}.",
            "Was surprised how early the signs show up before a hard week.",
            "Added one action for each early sign to the plan.",
            "Chose {support} as the person to tell when the signs show up.",
        ),
        ASSESSMENT: (
            "+Spots warning signs earlier than at admission; acts on them about half the time.",
            "The relapse-prevention plan is realistic but not yet used under stress.",
            "Warning signs are known; acting on them early is the work now.",
        ),
        PLAN: (
            "Review the relapse-prevention plan with {support} this week.",
            "Keep the plan on the phone and read it on {weekday} evening.",
            "Check each evening for {signs} and note what was done.",
        ),
    },
    {  # motivation
        REPORTED: (
            "Said there is still some doubt that {change} is worth it.",
            "Listed what {change} would cost and what it would give.",
            "Talked about who would notice first if things changed.",
            "+Said the last weeks showed what is possible.",
        ),
        INTERVENTION: (
            "Used motivational interviewing to explore ambivalence about {change}.",
            "Worked through a decisional balance of the pros and cons of {change}.",
            "+Reflected back the reasons for change heard in the last weeks.",
            "Asked what a good day a year from now would look like.",
        ),
        RESPONSE: (
            "Rated the importance of {change} at {important}/10 and confidence at {ready}/10.",
            "Named the reason for change that matters most: [being present for family|"
            "feeling well again|keeping the job].",
            "Said hearing the reasons read back was motivating.",
            "Described a good day as calm mornings and time with family.",
        ),
        ASSESSMENT: (
            "Ambivalence about {change} persists but is lessening.",
            "Motivation for change appears {motivation}; continued IOP is indicated.",
            "Confidence lags behind the wish to change.",
        ),
        PLAN: (
            "Take one small step toward {change} and report how it felt.",
            "Write the three main reasons for change on a card to carry.",
            "Talk with {support} about {change} before the next session.",
        ),
    },
    {  # activity and routine
        REPORTED: (
            "Went back to {activity} {times} this week and said it helped.",
            "Finished a task that had been put off for weeks.",
            "Said evenings without a plan are the longest part of the day.",
            "Kept to a morning routine on {days} days.",
        ),
        INTERVENTION: (
            "Planned the two hardest days of the week hour by hour.",
            "Explained behavioral activation: act first and let mood follow.",
            "Rated together how much each of last week's activities lifted mood.",
            "Listed small, pleasant things that take under ten minutes.",
        ),
        RESPONSE: (
            "Chose {activity} for {weekday} and one small task for each other day.",
            "Noticed mood was higher on the days with something planned.",
            "Said starting was the hard part; once out, it was [easier|enjoyable].",
            "Picked three of the small things to try first.",
        ),
        ASSESSMENT: (
            "Mood lifts on days with something planned.",
            "Unplanned evenings still pull mood down.",
            "{activity_cap} is a reliable lift and worth protecting.",
        ),
        PLAN: (
            "Plan {activity} [twice|three times] before the next session.",
            "Fill in the weekly activity plan each morning.",
            "Do one of the small pleasant things on each unplanned evening.",
        ),
    },
    {  # conflict and communication
        REPORTED: (
            "Described a hard conversation with {other} at {place} and kept calm through it.",
            "Had an argument at home that ended with both leaving the room.",
            "Said it is easier to stay quiet than to disagree with {other}.",
            "Apologized after snapping at someone at home.",
        ),
        INTERVENTION: (
            "Practised the DEAR MAN script for a request to {other}.",
            "Rehearsed an I-statement for the next disagreement at home.",
            "Looked at what the other person may have needed in the argument.",
            "Taught a time-out: naming it, leaving, and coming back to the talk.",
        ),
        RESPONSE: (
            "Wrote the script down and read it back twice in a steadier voice.",
            "Said pausing before answering felt strange but helped.",
            "Chose the words to use when asking for a time-out.",
        ),
        ASSESSMENT: (
            "+States needs more directly than at admission; still avoids conflict at {place}.",
            "Frustration rises fast in conflict but is voiced calmly more often.",
            "Conflict at home adds to the week's stress.",
        ),
        PLAN: (
            "Use the script once with {other} and note how it went.",
            "Take a ten-minute break when an argument heats up, then come back to it.",
            "Ask for a calm time to talk through the argument at home.",
        ),
    },
    {  # thinking traps
        REPORTED: (
            "Described harsh self-talk after a setback at {place}.",
            "Said worry about the coming week took up [most evenings|much of the weekend].",
            "Expected the worst before {weekday}'s [appointment|meeting] and it went fine.",
            "Said thoughts of failing come most during {trigger}.",
        ),
        INTERVENTION: (
            "Filled in a thought record on the week's main worry.",
            "Named common thinking traps and matched them to this week's thoughts.",
            "Tested the prediction behind the worry against what happened.",
            "Practised answering the harsh thought as a friend would.",
        ),
        RESPONSE: (
            "Found a more balanced thought and rated belief in it at {belief}/10.",
            "Recognized [all-or-nothing thinking|mind reading] in two examples.",
            "Said a friend's voice was easier to find than expected.",
        ),
        ASSESSMENT: (
            "Self-critical thinking is softening; balanced thoughts come with prompting.",
            "Worry is frequent but more often questioned than accepted.",
            "Thinking traps drive much of the low mood.",
        ),
        PLAN: (
            "Catch one thinking trap a day and write the balanced thought beside it.",
            "Write down one prediction before {weekday} and check it afterwards.",
            "Answer the harsh thought as a friend would, once a day.",
        ),
    },
    {  # stress at work or school
        REPORTED: (
            "Said {place} has been the main source of stress this week.",
            "Missed part of a day at {place} after a poor night.",
            "Said a deadline at {place} is coming up on {weekday}.",
            "Told {other} about needing time off for the program.",
        ),
        INTERVENTION: (
            "Problem-solved the biggest stressor at {place} step by step.",
            "Broke the week's tasks at {place} into smaller steps.",
            "Planned short breaks into the day at {place}.",
        ),
        RESPONSE: (
            "Chose one step to take at {place} before the next session.",
            "Said the problem felt more manageable once broken down.",
            "Agreed to take a short break every [two hours|afternoon].",
        ),
        ASSESSMENT: (
            "Stress at {place} is the main barrier to steady progress right now.",
            "Handles pressure at {place} better when the day has breaks.",
        ),
        PLAN: (
            "Take the chosen step at {place} and note what happened.",
            "Speak to {other} about one change that would ease the week.",
            "Take the planned breaks at {place} on at least three days.",
        ),
    },
    {  # daily habits
        REPORTED: (
            "Ate regular meals on {days} days this week.",
            "Said headaches and tiredness made the week harder.",
            "Walked [most days|three days] this week.",
            "Said energy drops sharply in the afternoons.",
        ),
        INTERVENTION: (
            "Linked regular meals and movement to steadier mood.",
            "Reviewed daily habits: meals, water, movement and caffeine.",
            "Looked at what the afternoon energy drop follows.",
        ),
        RESPONSE: (
            "Picked one habit to change first: breakfast before {place}.",
            "Was surprised how much caffeine the week held.",
            "Noticed the drop follows skipped lunches.",
        ),
        ASSESSMENT: (
            "Daily routines are still uneven and pull mood down.",
            "Better meals and movement are helping energy.",
        ),
        PLAN: (
            "Eat breakfast each day this week and note energy by noon.",
            "Take a [short|20-minute] walk on {days} days.",
            "Keep a water bottle at hand and eat lunch every day.",
        ),
    },
)
#: Sentences any session can give, after its themes'.
GENERAL: dict[str, tuple[str, ...]] = {
    OBSERVED: (
        "Affect {affect}; speech normal in rate and volume.",
        "Made good eye contact and answered questions in full.",
        "Thought process linear and goal directed; oriented to person, place and time.",
        "Brought the completed {worksheet} to the session.",
        "Fidgeted during the first minutes and settled as the session went on.",
        "Tearful when talking about the past week; recovered without prompting.",
    ),
    REPORTED: (
        "Kept the {worksheet} on {days} of seven days.",
        "Used {skill} {uses} times since the last session, mostly at home.",
    ),
    INTERVENTION: (
        "Reviewed the {worksheet} together and picked out the week's pattern.",
        "Completed the safety check-in; reviewed coping steps and crisis numbers.",
    ),
    RESPONSE: (
        "Was unsure the plan would work but agreed to try it for one week.",
        "Engaged with each exercise and asked for a copy of the worksheet.",
    ),
    ASSESSMENT: (
        "Denies suicidal and homicidal ideation; no new safety concerns.",
        "+Mood has been {mood_word} over the last weeks.",
    ),
    PLAN: (
        "Next individual session in one week; continue groups as scheduled.",
        "Bring the {worksheet} to group on {weekday}.",
    ),
}
#: The sentence of each kind about the objective the session addressed.
OBJECTIVE = {
    INTERVENTION: "Worked on the objective “{objective}” and set this week's first step.",
    ASSESSMENT: "Progress on the objective “{objective}” is {progress}.",
    PLAN: "Take the next step on the objective “{objective}” and report back.",
}
#: The lead sentence of each kind in a family session.
FAMILY = {
    REPORTED: "Attended with {relative}; the family described the week at home as {home}.",
    INTERVENTION: "Coached I-statements between the participant and {relative} about "
    "{family_topic}.",
    RESPONSE: "The family agreed on one rule about {family_topic} to try at home.",
    PLAN: "Family to hold a short check-in about {family_topic} before the next family session.",
}
ARRIVALS = (
    "Arrived on time",
    "Arrived a few minutes early",
    "Arrived five minutes late after a bus delay",
    "Arrived on time straight from {place}",
)
PRESENCE = (
    "engaged throughout the session",
    "quiet at first, then engaged",
    "talkative and focused",
    "guarded early on and more open by the end",
)
AFFECTS = (
    "brighter than at the last session",
    "constricted but reactive",
    "anxious early on and calmer by the end",
    "euthymic",
    "tired and flat",
)
SIGNS = (
    "skipping meals and staying in",
    "short sleep and snapping at people",
    "cancelling plans and long hours online",
)
#: An objective's progress, from the first sessions to the last.
PROGRESS = ("just beginning", "early", "partial", "steady", "ahead of plan")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
