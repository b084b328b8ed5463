"""Write or review the safety plan: Save stores the next version (earlier ones are kept).

The fields start from the current version; a first plan starts from the profile's local
crisis line. A problem is said beside its section and the typed text stays; closing with
typing not saved asks Save / Discard / Cancel. Saving answers the open safety flags that
wait for a plan (services/safety.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counselor_desk.domain.safety import FlagState, SafetyPlan
from counselor_desk.services import safety, setup
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import Unsaved, ask_unsaved_question
from counselor_desk.ui.dialogs.safety_plan_view import NEW_VERSION_ROW, SafetyPlanView
from counselor_desk.ui.operations import write


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Save / Discard / Cancel for a safety plan not saved yet."""
    return ask_unsaved_question(
        parent,
        QCoreApplication.translate("SafetyPlanDialog", "Safety plan not saved"),
        QCoreApplication.translate(
            "SafetyPlanDialog",
            "The safety plan has changes that are not saved. Save them as a new version?",
        ),
    )


def first_plan_fields(crisis_line: str) -> dict[str, str]:
    """What a participant's first plan starts from: the local crisis line, where there is one
    (the words in the app's language, as the counselor would type them)."""
    line = crisis_line.strip()
    if not line:
        return {}
    words = QCoreApplication.translate("SafetyPlanDialog", "Local crisis line: {line}")
    return {"professionals": words.format(line=line)}


class SafetyPlanDialog(SafetyPlanView):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        #: The version Save stored (None until then).
        self.saved: SafetyPlan | None = None
        self.plans = safety.plans(ctx.db, participant_id)
        current = self.plans[0] if self.plans else None
        if current is not None:
            self.sections.fill(current.fields)
        else:
            profile = setup.get_profile(ctx.db)
            self.sections.fill(first_plan_fields(profile.crisis_line if profile else ""))
        self._opened_with = self.sections.values()
        self.show_versions(self.plans)
        self.about.setText(self._about(current))
        self.buttons.accepted.connect(self.save)
        self.versions.currentRowChanged.connect(self._version_chosen)
        self.back_button.clicked.connect(self.show_new_version)

    def _about(self, current: SafetyPlan | None) -> str:
        if current is None:
            text = self.tr("A first safety plan, written with the participant.")
        else:
            text = self.tr(
                "Saving stores version {next}; version {current} and earlier stay as they were."
            ).format(next=current.version + 1, current=current.version)
        waiting = [
            flag
            for flag in safety.open_flags(self.ctx.db, self.participant_id)
            if flag.state is FlagState.NEEDS_PLAN
        ]
        if waiting:
            text += " " + self.tr("Saving answers the open safety flag that waits for a plan.")
        return text

    def _version_chosen(self, row: int) -> None:
        if row == NEW_VERSION_ROW or not 0 < row <= len(self.plans):
            self.show_new_version()
            return
        self.show_saved_version(self.plans[row - 1], self.plans[0].version)

    # -- saving -------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.saved is None and self.sections.values() != self._opened_with

    def save(self) -> bool:
        """Store the typed plan as the next version and close; on a problem stay, text kept."""
        self.errors.clear()
        if self.viewing_saved_version():
            self.show_new_version()
        fields = self.sections.values()
        pid = self.participant_id
        done = write(
            self.ctx,
            lambda: safety.save_plan(self.ctx.db, pid, fields, self.ctx.clock),
            Changes.participant(pid),
            errors=self.errors,
            then=self._saved,
        )
        if done is None:
            self.show_focused_field()
        return done is not None

    def _saved(self, plan: SafetyPlan) -> None:
        self.saved = plan
        self.accept()

    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = ask_unsaved(self)
            if answer is Unsaved.CANCEL:
                return
            if answer is Unsaved.SAVE:
                self.save()  # closes once saved; a problem keeps it open beside the field
                return
        super().reject()
