"""One way to write from the UI (Anki's operations).

Every write runs through `write()`: it calls the service, shows a failure as a plain message
where the counselor acted (under the fields of the form, or in a message box over the window),
and on success publishes one `Changes` value on the bus. No widget emits bus signals itself.

    done = write(self.ctx, lambda: participants.add_leave(db, pid, first, last, reason, clock),
                 Changes.participant(pid), errors=self.errors)
    if done is None:
        return          # the message is on screen; what was typed stays
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselor_desk.domain.errors import ValidationError
from counselor_desk.services.changes import Changes
from counselor_desk.store.db import StoreError
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.dialogs.form import FormErrors, plain_message

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Where a failure is said: a form's errors (beside each field), or a function of the form
#: that shows it in its own label. Without one, a warning over the window says it.
ErrorPlace = FormErrors | Callable[[Exception], None]


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write that succeeded, with what the service returned."""

    value: T


def write(
    ctx: AppContext,
    action: Callable[[], T],
    changes: Changes | Callable[[T], Changes],
    *,
    errors: ErrorPlace | None = None,
    parent: QWidget | None = None,
    title: str | None = None,
    then: Callable[[T], object] | None = None,
) -> Done[T] | None:
    """Run `action`; on success run `then(result)` (the form's own state: "saved at 10:42",
    nothing unsaved), publish `changes` (or `changes(result)`) and return Done.

    On failure return None after saying why: beside the fields through `errors` when the
    write came from a form, else in a warning over `parent` (titled `title`, already in the
    app's language; "Not saved" when none is given). A bug (neither bad input nor the
    environment) is said as "nothing was saved" and logged by type only, never with details.
    """
    try:
        value = action()
    except Exception as error:  # a plain message where the user acted, never a traceback
        report(error, errors=errors, parent=parent, title=title)
        return None
    if then is not None:
        then(value)
    ctx.bus.publish(changes(value) if callable(changes) else changes)
    return Done(value)


def finished_in_background(ctx: AppContext, changes: Changes) -> None:
    """Publish a write a worker thread made (an export logged as a disclosure), once the worker
    has reported success on the GUI thread; its failure the worker reports itself."""
    ctx.bus.publish(changes)


def report(
    error: Exception,
    *,
    errors: ErrorPlace | None = None,
    parent: QWidget | None = None,
    title: str | None = None,
) -> None:
    """Say why a write failed, where the user acted."""
    if isinstance(errors, FormErrors):
        errors.show(error)
        return
    if not isinstance(error, ValidationError | StoreError):
        log.error("unexpected error in a write: %s", type(error).__name__)
    if errors is not None:
        errors(error)
        return
    if title is None:
        title = QCoreApplication.translate("Operations", "Not saved")
    QMessageBox.warning(parent, title, plain_message(error))
