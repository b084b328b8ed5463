"""The record's Payer tab: the payer's authorizations with their burn-down as the person
attends, and the ASAM dimensional ratings a concurrent review asks for. Each write runs
through a dialog's service call, which announces the change."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QDialog, QWidget

from counselor_desk.domain.authorization import Authorization
from counselor_desk.domain.model import ParticipantStatus
from counselor_desk.services import participants, payer
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.asam_rating import AsamRatingDialog
from counselor_desk.ui.dialogs.authorization import AuthorizationDialog
from counselor_desk.ui.record.payer_tab_view import PayerTabView


class PayerTab(PayerTabView):
    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.add_button.clicked.connect(lambda: self._run(self.add_dialog()))
        self.edit_button.clicked.connect(lambda: self._run(self.edit_dialog()))
        self.authorization_table.doubleClicked.connect(self._double_clicked)
        self.authorization_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.rate_button.clicked.connect(lambda: self._run(self.rating_dialog()))

    def refresh(self) -> None:
        chosen = self.selected()
        person = participants.get(self.ctx.db, self.participant_id)
        projected_end = participants.projected_end(self.ctx.db, person)
        found = payer.payer_standing(self.ctx.db, self.participant_id, self.ctx.clock)
        self.show_authorizations(
            found.standings,
            found.current,
            found.uncovered,
            projected_end,
            active=person.status is ParticipantStatus.ACTIVE,
        )
        if chosen is not None:  # the authorization chosen stays chosen
            self.select(chosen.id)
        self.show_ratings(payer.ratings(self.ctx.db, self.participant_id))
        self._update_buttons()

    def selected(self) -> Authorization | None:
        rows = self.authorization_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.authorization_model.record_at(rows[0].row()).standing.authorization

    def select(self, authorization_id: int) -> None:
        model = self.authorization_model
        row = model.row_of(lambda r: r.standing.authorization.id == authorization_id)
        if row is not None:
            self.authorization_table.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def add_dialog(self) -> AuthorizationDialog:
        return AuthorizationDialog(self.ctx, self.participant_id, None, self)

    def edit_dialog(self) -> AuthorizationDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return AuthorizationDialog(self.ctx, self.participant_id, chosen, self)

    def rating_dialog(self) -> AsamRatingDialog:
        return AsamRatingDialog(self.ctx, self.participant_id, self)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select(self.authorization_model.record_at(index.row()).standing.authorization.id)
            self._run(self.edit_dialog())

    def _run(self, dialog: QDialog | None) -> bool:
        """Run the dialog; True once it saved (its save announced the change)."""
        return dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted
