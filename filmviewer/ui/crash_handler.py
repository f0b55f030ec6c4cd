"""Unexpected exceptions and termination signals: logged, shown, and survived where possible.

PySide hands an exception that escapes a slot to ``sys.excepthook``; this
handler replaces the default (a traceback on stderr, easily missed) with a log
record, a line in the crash log and, unless turned off, a dialog. After
start-up the app keeps running; an error while it is still starting cannot be
carried past, so the dialog says the app is quitting and the exit status is 1.
SIGINT and SIGTERM close the windows as the Quit command does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from types import TracebackType

from PySide6.QtCore import QObject, QSocketNotifier, Slot, qVersion
from PySide6.QtWidgets import QApplication

from filmviewer.crash import CrashLog, crash_report
from filmviewer.lazy import logger
from filmviewer.ui import dialogs


class CrashHandler(QObject):
    def __init__(
        self, show_dialog: bool, crash_log: CrashLog | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._show_dialog = show_dialog
        self._log = crash_log
        self._showing = False
        self._previous = sys.excepthook
        self.starting = False
        """True while the app starts: an error then ends it."""
        self.failed = False
        """An unexpected error happened (after which a headless run exits 1)."""
        self._wakeup: tuple[int, int] | None = None
        self._handlers: dict[int, object] = {}
        self._notifier: QSocketNotifier | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._on_exception

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        for number, handler in self._handlers.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._handlers.clear()
        if self._wakeup is not None:
            signal.set_wakeup_fd(-1)
            if self._notifier is not None:
                # Before its socket closes: a notifier left on a closed one warns later.
                self._notifier.setEnabled(False)
                self._notifier.deleteLater()
                self._notifier = None
            for end in self._wakeup:
                os.close(end)
            self._wakeup = None

    def handle_termination(self) -> None:
        """Close the windows on SIGINT or SIGTERM, as File > Quit would.

        Python runs signal handlers only between its own instructions, never
        while Qt's event loop waits; a pipe the signal writes to wakes it.
        """
        reader, writer = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        signal.set_wakeup_fd(writer)
        self._wakeup = (reader, writer)
        self._notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        for number in (signal.SIGINT, signal.SIGTERM):
            self._handlers[number] = signal.signal(number, self._on_terminate)

    @Slot()
    def _on_wakeup(self) -> None:
        if self._wakeup is not None:
            with contextlib.suppress(OSError):
                os.read(self._wakeup[0], 64)

    def _on_terminate(self, number: int, _frame: object) -> None:
        logger().warning("%s received: closing", signal.Signals(number).name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.closeAllWindows()
            app.quit()

    def report(self, error: BaseException) -> None:
        """Handle an exception caught by the caller as if it had escaped a slot."""
        self._on_exception(type(error), error, error.__traceback__)

    def _on_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        self.failed = True
        report = crash_report(kind, value, tb, qVersion())
        logger().error("unexpected error: %s: %s\n%s", kind.__name__, value, report)
        if self._log is not None:
            self._log.write(report)
        # One dialog at a time: an error while it is open is logged only.
        if self._show_dialog and not self._showing:
            self._showing = True
            try:
                dialogs.show_crash(
                    f"{kind.__name__}: {value}",
                    report,
                    quitting=self.starting,
                    log_path=str(self._log.path) if self._log is not None else "",
                )
            finally:
                self._showing = False
