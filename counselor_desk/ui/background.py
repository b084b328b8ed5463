"""Slow work off the GUI thread, with no Qt object ever reached from another thread.

A task is a plain Python callable (it opens its own database connection, writes a file,
returns a value). It runs on a worker thread of a small pool and must not touch a widget, a
signal or any other Qt object, not even read an attribute of one: PySide's wrappers are not
safe to reach from two threads at once (an export whose work read the record's widget from the
worker crashed the process now and then). So the worker does not signal either: the GUI
thread looks at its running tasks on a short timer and calls `done` or `failed` there.

A task whose owner is gone (the record closed while its export ran) still runs to its end;
only its callbacks are dropped with the owner.
"""

from __future__ import annotations

import concurrent.futures as futures
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer

#: Worker threads for the whole app; exports and maintenance are rare and short.
_POOL = futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="background")

#: How often the GUI thread looks whether a task has ended (ms): well under what a person
#: notices, and the timer runs only while something is running.
POLL_MS = 20


@dataclass
class Task:
    future: futures.Future[Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]

    def running(self) -> bool:
        return not self.future.done()


class Background(QObject):
    """Runs tasks for its owner (a widget or controller, its Qt parent) and reports back on
    the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks: list[Task] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Task:
        """Start `work` on a worker thread; `done(result)` or `failed(error)` follows here."""
        task = Task(_POOL.submit(work), done, failed)
        self.tasks.append(task)
        self.timer.start()
        return task

    def poll(self) -> None:
        """On the GUI thread: hand each ended task's outcome to its callback."""
        for task in [task for task in self.tasks if task.future.done()]:
            self.tasks.remove(task)
            error = task.future.exception()
            if error is None:
                task.done(task.future.result())
            elif isinstance(error, Exception):
                task.failed(error)
            else:  # KeyboardInterrupt, SystemExit: not a failure to explain
                raise error
        if not self.tasks:
            self.timer.stop()

    def busy(self) -> bool:
        return any(task.running() for task in self.tasks)

    def wait(self) -> None:
        """Block until every task has ended (before closing or restoring); their outcomes are
        reported by the timer as usual, if the owner is still there."""
        futures.wait([task.future for task in self.tasks])
