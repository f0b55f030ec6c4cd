"""Work off the GUI thread, one way for all: a cancel token in, results back on the GUI thread.

A ``Tasks`` runs callables on threads of its own (as many at once as it is
allowed), each with a ``Token`` it can ask whether it was called off and
report progress through. What the work returns, what it raises, and what it
reports are delivered to callbacks on the thread the Tasks lives on (the
GUI's), by queued signals: no callback ever runs on a worker thread. The
library's scan and the list's refresh, the find bar's searches and the
artwork's decoding all run so.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from filmviewer.lazy import logger

T = TypeVar("T")

EXIT_WAIT_SECONDS: Final = 5.0
"""How long the application's end waits for work under way (a decode, a scan's batch)."""
_LIVE: weakref.WeakSet[Tasks] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """Python is exiting (without the application's quit, a script's end say): call off
    and wait for every Tasks' work before Qt is torn down."""
    for tasks in list(_LIVE):
        with contextlib.suppress(RuntimeError):  # its Qt side already gone
            tasks.close(seconds=EXIT_WAIT_SECONDS)


class Cancelled(Exception):  # noqa: N818 (not an error: what was asked for)
    """Raised by ``Token.check`` in work that was called off."""


class Token:
    """What a task is handed: whether it was called off, and a way to report progress."""

    def __init__(self, report: Callable[[object], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled if the task was called off."""
        if self._cancelled.is_set():
            raise Cancelled

    def report(self, value: object) -> None:
        """Hand ``value`` to the task's progress callback, on the GUI thread."""
        if self._report is not None and not self._cancelled.is_set():
            self._report(value)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the work to end (on any thread); True if it has."""
        return self._done.wait(timeout)


@dataclass
class _Task(Generic[T]):
    number: int
    work: Callable[[Token], T]
    token: Token
    done: Callable[[T], object] | None
    failed: Callable[[BaseException], object] | None
    progress: Callable[[object], object] | None
    name: str = "task"
    result: Any = field(default=None)


class Tasks(QObject):
    """Runs work on up to ``threads`` threads at a time; its callbacks on this object's thread.

    Every Tasks calls off and waits for its work when the application quits or
    Python exits: a thread still decoding an image while Qt is torn down would
    crash the process on its way out.
    """

    _finished = Signal(object, bool, object)
    _progressed = Signal(object, object)

    def __init__(self, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads = threads
        self._queue: deque[_Task[Any]] = deque()
        self._tasks: dict[int, _Task[Any]] = {}
        """Every task not yet finished here (its progress still arriving in order)."""
        self._lock = threading.Lock()
        self._numbers = itertools.count()
        self._closed = False
        self._workers: list[threading.Thread] = []
        self._finished.connect(self._on_finished)
        self._progressed.connect(self._on_progressed)
        _LIVE.add(self)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_quitting)

    @Slot()
    def _on_quitting(self) -> None:
        self.close(seconds=EXIT_WAIT_SECONDS)

    def run(
        self,
        work: Callable[[Token], T],
        *,
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        progress: Callable[[object], object] | None = None,
        name: str = "task",
    ) -> Token:
        """Run ``work(token)`` off this thread; ``done(result)``, ``failed(error)`` and
        ``progress(value)`` are called here. The token calls it off."""
        number = next(self._numbers)
        token = Token(lambda value: self._progressed.emit(number, value))
        task = _Task(number, work, token, done, failed, progress, name)
        with self._lock:
            self._tasks[number] = task
            self._queue.append(task)
            if len(self._workers) < self._threads:
                worker = threading.Thread(
                    target=self._serve, name=f"filmviewer-{name}", daemon=True
                )
                self._workers.append(worker)
                worker.start()
        return token

    @property
    def idle(self) -> bool:
        """Whether no work is running or waiting."""
        with self._lock:
            return not self._queue and not any(worker.is_alive() for worker in self._workers)

    def wait(self, seconds: float = 30.0) -> bool:
        """Wait (up to ``seconds``) for every task run or waiting to end; True if they have."""
        deadline = time.monotonic() + seconds
        while True:
            with self._lock:
                workers = list(self._workers)
            if not workers:
                return True
            for worker in workers:
                worker.join(timeout=max(0.0, deadline - time.monotonic()))
            if time.monotonic() >= deadline:
                return self.idle

    def cancel_all(self) -> None:
        with self._lock:
            for task in self._tasks.values():
                task.token.cancel()

    def close(self, seconds: float = 10.0) -> None:
        """Call off every task and wait (up to ``seconds``) for the threads to end."""
        self._closed = True
        self.cancel_all()
        for worker in list(self._workers):
            worker.join(timeout=seconds)

    def _serve(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._workers.remove(threading.current_thread())
                    return
                task = self._queue.popleft()
            ok = False
            try:
                if not task.token.cancelled():
                    task.result = task.work(task.token)
                    ok = True
            except Cancelled:
                pass
            except BaseException as error:  # handed to the failed callback, or logged
                task.result = error
            finally:
                task.token._done.set()
            try:
                self._finished.emit(task, ok, task.result)
            except RuntimeError:
                return  # this object is gone: nobody to tell

    @Slot(object, bool, object)
    def _on_finished(self, task: _Task[Any], ok: bool, result: object) -> None:
        with self._lock:
            self._tasks.pop(task.number, None)
        if self._closed or task.token.cancelled():
            return
        if ok:
            if task.done is not None:
                task.done(result)
        elif isinstance(result, BaseException):
            if task.failed is not None:
                task.failed(result)
            else:
                logger().warning("%s failed", task.name, exc_info=result)

    @Slot(object, object)
    def _on_progressed(self, number: int, value: object) -> None:
        if self._closed:
            return
        with self._lock:
            task = self._tasks.get(number)
        if task is not None and task.progress is not None and not task.token.cancelled():
            task.progress(value)
