"""Python's garbage collection, run on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. Python collects
reference cycles on whichever thread happens to allocate when a threshold is
passed: a worker thread (the find bar's search, a library scan) could then
destroy a window's objects, and Qt crashes. So automatic collection is off,
and a timer on the GUI thread collects each generation when it is due, as
qutebrowser does.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS: Final = 100
"""Often enough that the young generation stays small: each collection is short."""


class GarbageCollector(QObject):
    """Collects cycles on the GUI thread, ten times a second at most; made once per application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > first:
            gc.collect(0)

    def stop(self) -> None:
        """Give collection back to Python (the application is done)."""
        self._timer.stop()
        gc.enable()
