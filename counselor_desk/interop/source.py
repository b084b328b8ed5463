"""What the FHIR export is built from: the continuity-of-care summary's own model (so the
Bundle carries exactly the categories the PDF does) and the few records it gives in more
detail (each session, each score), gathered by services/fhir_export.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_desk.domain.model import AttendedSession, LevelOfCare, Measure
from counselor_desk.reports.model import ContinuityOfCare


@dataclass(frozen=True, slots=True)
class ExportSource:
    #: The summary as the PDF prints it, already limited to its consent's scope.
    summary: ContinuityOfCare
    #: When the export was made (its timezone says the clinic's offset).
    made_at: dt.datetime
    #: The continuity-of-care PDF the DocumentReference carries.
    pdf: bytes
    first_name: str
    last_name: str
    preferred_name: str = ""
    phone: str = ""
    #: The level at admission (the level-of-care history starts from it).
    admission_level: LevelOfCare = LevelOfCare.IOP
    #: Each session attended, oldest first (scope: attendance; empty outside it).
    sessions: tuple[AttendedSession, ...] = ()
    #: Each score that counts, oldest first: PHQ-9 and GAD-7 under the measures scope, the
    #: C-SSRS under the risk scope.
    scores: tuple[Measure, ...] = ()
    #: The timezone of the clinic's times (None: the machine's own, with its daylight rules).
    zone: dt.tzinfo | None = None

    @property
    def document_id(self) -> str:
        return self.summary.document_id

    def moment(self, day: dt.date, time: dt.time) -> dt.datetime:
        """A local date and time of the record as an aware moment."""
        local = dt.datetime.combine(day, time)
        return local.replace(tzinfo=self.zone) if self.zone is not None else local.astimezone()
