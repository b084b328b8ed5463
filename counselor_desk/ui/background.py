"""Slow work off the GUI thread, with no Qt object ever reached from another thread.

A task is a plain Python callable (it opens its own database connection, writes a file,
returns a value). It runs on a worker thread of a small pool and must not touch a widget, a
signal or any other Qt object, not even read an attribute of one: PySide's wrappers are not
safe to reach from two threads at once (an export whose work read the record's widget from the
worker crashed the process now and then). So the worker does not signal either: the GUI
thread looks at its running tasks on a short timer and calls `done` or `failed` there.

A task whose owner is gone (the record closed while its export ran) still runs to its end;
only its callbacks are dropped with the owner.

Long pure computations that would hold Python's global lock for seconds (verifying a large
record after opening) run `in_process` instead: in a process of their own, started fresh
("spawn"), so the window stays as quick as without them and the second core does the work.
Such work is a module-level function with plain arguments (it is pickled); the process is
stopped when its owner goes or the app quits.
"""

from __future__ import annotations

import concurrent.futures as futures
import gc
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer

#: Worker threads for the whole app; exports and maintenance are rare and short.
_POOL = futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="background")

#: How often the GUI thread looks whether a task has ended (ms): well under what a person
#: notices, and the timer runs only while something is running.
POLL_MS = 20


class Outcome(Protocol):
    """What a task's outcome is read from: a thread's Future, or a process of its own."""

    def done(self) -> bool: ...
    def result(self) -> Any: ...
    def exception(self) -> BaseException | None: ...


def _run_and_send(send: Connection, work: Callable[..., object], args: tuple[object, ...]) -> None:
    """In the task's own process: run `work` and send back what came of it."""
    try:
        outcome: tuple[str, object] = ("ok", work(*args))
    except Exception as error:  # sent back and said on the GUI thread
        outcome = ("error", error)
    send.send(outcome)
    send.close()


class ProcessOutcome:
    """`work(*args)` in a fresh process; read without blocking, stopped by `cancel()`."""

    def __init__(self, work: Callable[..., object], args: tuple[object, ...]) -> None:
        context = multiprocessing.get_context("spawn")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_run_and_send, args=(send, work, args), daemon=True, name="background"
        )
        self._process.start()
        send.close()
        self._outcome: tuple[str, object] | None = None

    def done(self) -> bool:
        if self._outcome is None:
            if self._receive.poll():
                try:
                    self._outcome = self._receive.recv()
                except EOFError:
                    self._outcome = ("error", RuntimeError("the background process stopped"))
                self._process.join(5)
            elif not self._process.is_alive():
                self._outcome = ("error", RuntimeError("the background process stopped"))
        return self._outcome is not None

    def result(self) -> Any:
        assert self._outcome is not None and self._outcome[0] == "ok"
        return self._outcome[1]

    def exception(self) -> BaseException | None:
        assert self._outcome is not None
        error = self._outcome[1]
        return error if self._outcome[0] == "error" and isinstance(error, BaseException) else None

    def cancel(self) -> None:
        """Stop the process; the task then ends as cancelled (its callbacks are not run)."""
        if self._outcome is None:
            self._outcome = ("error", futures.CancelledError())
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        self._receive.close()


@dataclass
class Task:
    future: Outcome
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]

    def running(self) -> bool:
        return not self.future.done()


def _cancel_processes(tasks: list[Task]) -> None:
    for task in tasks:
        if isinstance(task.future, ProcessOutcome):
            task.future.cancel()


class Background(QObject):
    """Runs tasks for its owner (a widget or controller, its Qt parent) and reports back on
    the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks: list[Task] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        tasks = self.tasks  # the list, not self: `destroyed` comes as the object goes
        self.destroyed.connect(lambda *_args: _cancel_processes(tasks))

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Task:
        """Start `work` on a worker thread; `done(result)` or `failed(error)` follows here.

        Garbage is collected here first, on the GUI thread: otherwise a collection the worker's
        allocations trigger (parsing a font, building a PDF) could destroy closed windows'
        Qt objects on the worker thread, which Qt does not allow (a rare crash)."""
        gc.collect()
        return self._add(Task(_POOL.submit(work), done, failed))

    def run_in_process(
        self,
        work: Callable[..., object],
        args: tuple[object, ...],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Task:
        """Start `work(*args)` in a process of its own (a module-level function, plain
        arguments); `done(result)` or `failed(error)` follows here."""
        return self._add(Task(ProcessOutcome(work, args), done, failed))

    def _add(self, task: Task) -> Task:
        self.tasks.append(task)
        self.timer.start()
        return task

    def cancel_processes(self) -> None:
        """Stop the tasks running in processes of their own (the owner is going)."""
        _cancel_processes(self.tasks)

    def poll(self) -> None:
        """On the GUI thread: hand each ended task's outcome to its callback."""
        for task in [task for task in self.tasks if task.future.done()]:
            self.tasks.remove(task)
            error = task.future.exception()
            if error is None:
                task.done(task.future.result())
            elif isinstance(error, futures.CancelledError):
                continue  # stopped on purpose: nothing to say
            elif isinstance(error, Exception):
                task.failed(error)
            else:  # KeyboardInterrupt, SystemExit: not a failure to explain
                raise error
        if not self.tasks:
            self.timer.stop()

    def busy(self) -> bool:
        return any(task.running() for task in self.tasks)

    def wait(self) -> None:
        """Block until every thread's task has ended (before closing or restoring): their
        outcomes are reported by the timer as usual, if the owner is still there. Tasks in
        processes of their own only read, and are stopped instead."""
        self.cancel_processes()
        futures.wait(
            [task.future for task in self.tasks if isinstance(task.future, futures.Future)]
        )
