"""Colour roles: what a coloured mark means, named once for every value that is shown in colour.

A value (an attendance status, an attention flag) names its role; the one palette of the
desktop app (ui/palette.py) gives each role its background and text colour in the light and
the dark palette. Roles are few on purpose: a new status or flag picks one of them.
"""

from __future__ import annotations

from enum import StrEnum


class ColourRole(StrEnum):
    #: The dose is at risk: short on hours, absences; an unexcused absence.
    DANGER = "danger"
    #: A date has passed: past the planned end.
    WARNING = "warning"
    #: A date is near or was missed by a little: ending soon; a late entry.
    CAUTION = "caution"
    #: Paperwork to finish: a draft to sign.
    TASK = "task"
    #: A dated duty after discharge: the summary due.
    DEADLINE = "deadline"
    #: A known pause or excuse: on leave; an excused absence.
    NEUTRAL = "neutral"
    #: Attended in full.
    ATTENDED = "attended"
    #: Attended in part: late, left early.
    PARTIAL = "partial"
    #: Counts for no one: cancelled by the program.
    MUTED = "muted"
    #: What a form or a dialog refuses, said beside the field or in its banner.
    ERROR = "error"
