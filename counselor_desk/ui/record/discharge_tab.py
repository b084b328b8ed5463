"""Discharge tab: the discharge form, kept as a plan until the discharge is recorded, final
once the discharge summary is signed.

`DischargeTab` is the controller: it holds the participant, fills its view
(`DischargeTabView`) from the stored plan, and saves the plan, records the discharge, signs
the summary (after the completeness check, each missing section said beside its field) or
adds an amendment through `write()`. Typing not saved yet is never replaced by a refresh.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Discharge, ParticipantStatus
from counselor_desk.services import clinical, discharge_signing, participants, setup
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs import form
from counselor_desk.ui.dialogs.discharge_amendment import DischargeAmendmentDialog
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.operations import write
from counselor_desk.ui.record.discharge_view import DischargeTabView

LIFELINE = "988 Suicide & Crisis Lifeline (call or text 988)"


def crisis_prefill(crisis_line: str) -> str:
    """The crisis resources a new plan starts with: text of the record (stored and printed
    in the discharge summary), so in English like the rest of what is stored."""
    lines = [LIFELINE]
    if crisis_line.strip():
        lines.append(f"Local crisis line: {crisis_line.strip()}")
    return "\n".join(lines)


class DischargeTab(DischargeTabView):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(ctx.clock.today(), parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.modified = False
        self._connect()

    def _connect(self) -> None:
        self.edited.connect(self._mark_modified)
        self.save_button.clicked.connect(self.save_plan)
        self.record_button.clicked.connect(self.record)
        self.sign_button.clicked.connect(self.sign)
        self.amend_button.clicked.connect(self.amend)

    def _mark_modified(self) -> None:
        self.modified = True

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored plan (or a fresh one prefilled); unsaved typing is kept."""
        person = participants.get(self.ctx.db, self.participant_id)
        stored = clinical.discharge_record(self.ctx.db, self.participant_id)
        discharged = person.status is ParticipantStatus.DISCHARGED
        if not self.modified:
            if stored is not None:
                self.fill(stored)
            else:
                profile = setup.get_profile(self.ctx.db)
                crisis = crisis_prefill(profile.crisis_line if profile else "")
                self.fill_new(self.ctx.clock.today(), crisis, person.medications)
        self.show_discharged(discharged)
        self.show_record(person.presenting_problems, person.diagnoses)
        amendments = clinical.discharge_amendments(self.ctx.db, self.participant_id)
        self.show_signed(stored, tuple(amendments))
        if stored is not None and stored.is_signed:
            self.modified = False
            self.fill(stored)  # what was signed, whatever was typed
            self.show_state("")
        elif discharged and person.discharge_date is not None:
            self.show_state(
                self.tr("Discharged on {date}.").format(date=f"{person.discharge_date:%Y-%m-%d}")
            )
        elif stored is not None:
            self.show_state(self.tr("Plan saved; discharge not recorded yet."))
        else:
            self.show_state("")

    # -- saving ------------------------------------------------------------------------------

    def discharge(self) -> Discharge:
        return self.values(self.participant_id)

    def save_plan(self) -> bool:
        self.errors.clear()
        done = write(  # a failure is said beside the field; the form keeps what was typed
            self.ctx,
            lambda: clinical.save_discharge_plan(self.ctx.db, self.discharge(), self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _saved: self._plan_saved(),
        )
        return done is not None

    def _plan_saved(self) -> None:
        self.modified = False
        self.show_state(
            self.tr("Plan saved {time}; discharge not recorded yet.").format(
                time=f"{self.ctx.clock.now():%H:%M}"
            )
        )

    def record(self) -> None:
        self.errors.clear()
        try:
            discharge = self.discharge()
        except ValidationError as error:
            self.errors.show(error)
            return
        question = self.tr(
            "Record the discharge on {date} ({reason})? The participant's status becomes "
            "discharged."
        ).format(
            date=f"{discharge.discharge_date:%Y-%m-%d}", reason=domain_text(discharge.reason.label)
        )
        if not form.ask(self, self.tr("Record discharge"), question):
            return
        write(
            self.ctx,
            lambda: clinical.record_discharge(self.ctx.db, discharge, self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _recorded: self._recorded(),
        )

    def _recorded(self) -> None:
        self.modified = False
        self.refresh()

    def sign(self) -> None:
        """Check completeness (each missing section beside its field), confirm, then sign."""
        self.errors.clear()
        if self.modified and not self.save_plan():
            return
        found = discharge_signing.missing_sections(self.ctx.db, self.participant_id, self.ctx.clock)
        if found:
            self.errors.show(
                ValidationError(
                    self.tr("The discharge summary cannot be signed yet."),
                    found[0][0],
                    list(found),
                )
            )
            return
        question = self.tr(
            "Sign the discharge summary? Signing is final: the discharge record is locked, "
            "and a later change is a dated amendment."
        )
        if not form.ask(self, self.tr("Sign discharge summary"), question):
            return
        write(
            self.ctx,
            lambda: discharge_signing.sign(self.ctx.db, self.participant_id, self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
            then=lambda _signed: self._recorded(),
        )

    def amend(self) -> None:
        dialog = DischargeAmendmentDialog(self.ctx, self.participant_id, self)
        if dialog.exec():
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.modified
