"""The record's Safety tab: open flags and what each still needs, a C-SSRS screen and the
safety plan one click away, the history of every flag, and the plan printed for the
participant. Flags are raised and followed up by the services, never by hand here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from counselor_desk.services import safety
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.safety_plan import SafetyPlanDialog
from counselor_desk.ui.record.safety_tab_view import SafetyTabView


class SafetyTab(SafetyTabView):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        *,
        screen: Callable[[], object],
        print_plan: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        """`screen` opens the C-SSRS entry; `print_plan` exports the plan for the participant
        (the record's export bar runs it in the background)."""
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.cssrs_button.clicked.connect(lambda: screen())
        self.plan_button.clicked.connect(self.write_plan)
        self.print_button.clicked.connect(lambda: print_plan())

    def refresh(self) -> None:
        flags = safety.flags(self.ctx.db, self.participant_id)
        self.show_open([flag for flag in flags if flag.is_open])
        self.show_history(flags)
        plans = safety.plans(self.ctx.db, self.participant_id)
        self.show_plan(plans[0] if plans else None, len(plans))

    def plan_dialog(self) -> SafetyPlanDialog:
        return SafetyPlanDialog(self.ctx, self.participant_id, self)

    def write_plan(self) -> bool:
        """The plan dialog; True once a version was saved (it announces the change)."""
        return self.plan_dialog().exec() == QDialog.DialogCode.Accepted
