"""Unexpected exceptions: logged, shown with a copyable report, and survived.

PySide hands an exception that escapes a slot to ``sys.excepthook``; this
handler replaces the default (a traceback on stderr, easily missed) with a log
record and, unless turned off, a dialog. The app keeps running.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QObject, qVersion

from filmviewer import __version__

log = logging.getLogger("filmviewer")


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What a bug report needs: versions, then the traceback."""
    import platform
    import traceback

    lines = [
        f"Film Viewer {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashHandler(QObject):
    def __init__(self, show_dialog: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_dialog = show_dialog
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._on_exception

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def _on_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        report = crash_report(kind, value, tb)
        log.error("unexpected error: %s: %s\n%s", kind.__name__, value, report)
        # One dialog at a time: an error while it is open is logged only.
        if self._show_dialog and not self._showing:
            from filmviewer.ui import dialogs

            self._showing = True
            try:
                dialogs.show_crash(f"{kind.__name__}: {value}", report)
            finally:
                self._showing = False
