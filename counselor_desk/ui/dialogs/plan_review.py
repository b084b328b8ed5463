"""Review the treatment plan: how each goal and objective went and its status from now on,
what changed, the next review date. Saved as a draft, then signed (Ctrl+Enter); signed, it
is locked. Closing with unsaved typing asks whether to save it as a draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.model import Goal, GoalStatus, Objective
from counselor_desk.domain.plan_review import ItemProgress, PlanReview
from counselor_desk.services import clinical, plan_reviews
from counselor_desk.services.changes import Changes
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import (
    FormErrors,
    Unsaved,
    ask_unsaved_question,
    date_edit,
    to_date,
    to_qdate,
)
from counselor_desk.ui.i18n import domain_text
from counselor_desk.ui.operations import write

SIGN_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def ask_unsaved(parent: QWidget) -> Unsaved:
    return ask_unsaved_question(
        parent,
        QCoreApplication.translate("PlanReviewDialog", "Save this review?"),
        QCoreApplication.translate(
            "PlanReviewDialog",
            "What you typed in this plan review is not saved. Save it as a draft?",
        ),
    )


class _ItemRow:
    """One goal's or objective's progress box and new-status choice."""

    def __init__(self, kind: str, item: Goal | Objective, given: ItemProgress | None) -> None:
        self.kind, self.item = kind, item
        goal = kind == "goals"
        now = domain_text(item.status.label)
        self.progress = QPlainTextEdit()
        self.progress.setPlaceholderText(
            QCoreApplication.translate("PlanReviewDialog", "Progress since the last review")
        )
        self.progress.setAccessibleName(
            (
                QCoreApplication.translate("PlanReviewDialog", "Progress on goal {description}")
                if goal
                else QCoreApplication.translate(
                    "PlanReviewDialog", "Progress on objective {description}"
                )
            ).format(description=item.description)
        )
        self.progress.setFixedHeight(60)
        self.status = QComboBox()
        self.status.setAccessibleName(
            (
                QCoreApplication.translate("PlanReviewDialog", "New status of goal {description}")
                if goal
                else QCoreApplication.translate(
                    "PlanReviewDialog", "New status of objective {description}"
                )
            ).format(description=item.description)
        )
        self.status.addItem(
            QCoreApplication.translate("PlanReviewDialog", "Unchanged ({status})").format(
                status=now
            ),
            None,
        )
        for status in GoalStatus:
            self.status.addItem(domain_text(status.label), status.value)
        if given is not None:
            self.progress.setPlainText(given.progress)
            if given.status is not None:
                self.status.setCurrentIndex(self.status.findData(given.status.value))
        self.label = QLabel(
            (
                QCoreApplication.translate(
                    "PlanReviewDialog", "Goal: {description}  —  now {status}"
                )
                if goal
                else QCoreApplication.translate(
                    "PlanReviewDialog", "Objective: {description}  —  now {status}"
                )
            ).format(description=item.description, status=now.lower())
        )
        self.label.setWordWrap(True)

    @property
    def field(self) -> str:
        return f"{self.kind}.{self.item.id}"

    def value(self) -> ItemProgress:
        chosen = self.status.currentData()
        return ItemProgress(self.progress.toPlainText(), GoalStatus(chosen) if chosen else None)


class PlanReviewDialog(QDialog):
    """A new review, or the participant's draft carried on."""

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        draft: PlanReview | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.review_id = draft.id if draft is not None else 0
        self.setWindowTitle(self.tr("Review the treatment plan"))
        self.errors = FormErrors()
        today = ctx.clock.today()
        day = draft.reviewed_on if draft is not None else today
        self.reviewed_on = date_edit(day, self.tr("Review date"))
        following = (
            draft.next_review
            if draft is not None and draft.next_review is not None
            else plan_reviews.default_next_review(ctx.db, participant_id, day)
        )
        self.next_review = date_edit(following, self.tr("Next review date"))
        self._next_touched = draft is not None and draft.next_review is not None
        self.reviewed_on.dateChanged.connect(self._review_date_changed)
        self.next_review.dateChanged.connect(self._next_changed)
        self.rows: list[_ItemRow] = []
        items = QWidget()
        form = QFormLayout(items)
        form.addRow(self.tr("Review &date:"), self.errors.wrap("reviewed_on", self.reviewed_on))
        for goal in clinical.goals(ctx.db, participant_id):
            self._add(form, _ItemRow("goals", goal, draft.goals.get(goal.id) if draft else None))
            for objective in goal.objectives:
                given = draft.objectives.get(objective.id) if draft else None
                self._add(form, _ItemRow("objectives", objective, given), indent=True)
        self.changes = QPlainTextEdit()
        self.changes.setAccessibleName(self.tr("What changed"))
        self.changes.setPlaceholderText(
            self.tr("Goals added or closed, interventions changed, or none")
        )
        self.changes.setFixedHeight(80)
        if draft is not None:
            self.changes.setPlainText(draft.changes)
        form.addRow(self.tr("What &changed:"), self.errors.wrap("changes", self.changes))
        form.addRow(self.tr("&Next review:"), self.errors.wrap("next_review", self.next_review))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)
        self.state = QLabel(self.tr("Draft saved.") if draft is not None else "")
        self.save_button = QPushButton(self.tr("Save &draft"))
        self.sign_button = QPushButton(self.tr("&Sign (Ctrl+Enter)"))
        self.sign_button.setToolTip(
            self.tr("Sign the review (Ctrl+Enter); signed, it cannot change")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_draft)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        for keys in SIGN_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.sign)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (self.save_button, self.sign_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors.banner)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self._saved = self.review()

    def _add(self, form: QFormLayout, row: _ItemRow, *, indent: bool = False) -> None:
        self.rows.append(row)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(24 if indent else 0, 0, 0, 0)
        line.addWidget(row.progress, 1)
        line.addWidget(row.status)
        form.addRow(row.label)
        form.addRow("", self.errors.wrap(row.field, box))

    def _review_date_changed(self, value: QDate) -> None:
        if not self._next_touched:
            following = plan_reviews.default_next_review(
                self.ctx.db, self.participant_id, to_date(value)
            )
            self.next_review.blockSignals(True)
            self.next_review.setDate(to_qdate(following))
            self.next_review.blockSignals(False)

    def _next_changed(self, _value: QDate) -> None:
        self._next_touched = True

    # -- what the form holds ------------------------------------------------------------------

    def review(self) -> PlanReview:
        return PlanReview(
            id=self.review_id,
            participant_id=self.participant_id,
            reviewed_on=to_date(self.reviewed_on.date()),
            goals={r.item.id: r.value() for r in self.rows if r.kind == "goals"},
            objectives={r.item.id: r.value() for r in self.rows if r.kind == "objectives"},
            changes=self.changes.toPlainText(),
            next_review=to_date(self.next_review.date()),
        )

    def has_unsaved_changes(self) -> bool:
        return self.review() != self._saved

    def save_draft(self) -> bool:
        """Save what is typed as a draft (the dialog stays open); False if refused."""
        self.errors.clear()
        done = write(
            self.ctx,
            lambda: plan_reviews.save_draft(self.ctx.db, self.review(), self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
        )
        if done is None:
            return False
        self.review_id = done.value.id
        self._saved = self.review()
        self.state.setText(
            self.tr("Draft saved at {time}.").format(time=f"{self.ctx.clock.now():%H:%M}")
        )
        return True

    def sign(self) -> None:
        """Save, then sign; the dialog closes once signed, else stays with the reasons."""
        if not self.save_draft():
            return
        done = write(
            self.ctx,
            lambda: plan_reviews.sign(self.ctx.db, self.review_id, self.ctx.clock),
            Changes.participant(self.participant_id),
            errors=self.errors,
        )
        if done is not None:
            self.state.setText(self.tr("Signed."))
            self.accept()

    # -- closing ------------------------------------------------------------------------------

    def _may_close(self) -> bool:
        if self.result() == QDialog.DialogCode.Accepted or not self.has_unsaved_changes():
            return True
        choice = ask_unsaved(self)
        if choice is Unsaved.CANCEL:
            return False
        return choice is Unsaved.DISCARD or self.save_draft()

    def reject(self) -> None:
        """Close, Escape and the window's close button all come here."""
        if self._may_close():
            super().reject()


def signed_on(review: PlanReview) -> str:
    """How a review reads in the list: signed (by whom, when) or draft."""
    if review.is_signed and review.signed_at is not None:
        return QCoreApplication.translate("PlanReviewDialog", "Signed {date} by {name}").format(
            date=f"{review.signed_at:%Y-%m-%d}", name=review.signed_by
        )
    return QCoreApplication.translate("PlanReviewDialog", "Draft")


def next_date(review: PlanReview) -> str:
    return "" if review.next_review is None else f"{review.next_review:%Y-%m-%d}"
