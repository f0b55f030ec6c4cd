"""Acting once a widget has been painted: start-up's milestones, measured and recorded."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # At the next turn of the event loop: once the frame is drawn.
            QTimer.singleShot(0, self._callback)
            # Left to its parent, not deleted here: deleting a filter while Qt is
            # delivering its event to it crashes PySide at exit.
        return False


def when_painted(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, after the next time ``widget`` is painted."""
    widget.installEventFilter(_AfterPaint(widget, callback))


def report_milestone(name: str, *, quit_after: bool = False) -> None:
    """Print ``NAME <CLOCK_MONOTONIC seconds>`` for bench/startup.py; quit if asked."""
    print(f"{name} {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
    if quit_after:
        QCoreApplication.quit()
