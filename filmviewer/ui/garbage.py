"""Python's garbage collection, run on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. Python collects
reference cycles on whichever thread happens to allocate when a threshold is
passed: a worker thread (the find bar's search, a library scan) could then
destroy a window's objects, and Qt crashes. So automatic collection is off,
and a timer on the GUI thread collects each generation when it is due, as
qutebrowser does.

Most objects live as long as the app: modules, classes, functions, the
window. Walking them all is what makes a full collection slow (tens of
milliseconds once a library's code is loaded: a stall in the middle of
scrolling the wall). Once the app settles (the film shown, a library's scan
over) ``settle`` collects what is newer once more and sets what is alive aside
(gc.freeze), so later collections walk only what is newer still. What was set
aside and dies in a cycle waits until a library closes, which gives it all
back to collection (``unsettle``): nothing a closed library held is kept.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS: Final = 100
"""Often enough that the young generation stays small: each collection is short."""


class GarbageCollector(QObject):
    """Collects cycles on the GUI thread, ten times a second at most; made once per application."""

    live: GarbageCollector | None = None
    """The application's collector, if it manages collection (a test's app may not)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        GarbageCollector.live = self
        self._settle = False
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
        if self._settle:
            # What is not set aside yet is collected, the rest set aside with it: a
            # collection of the newer objects only, not of all of them (60 ms at 10,000 films).
            self._settle = False
            gc.collect(2)
            gc.freeze()
        elif old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > first:
            gc.collect(0)

    def stop(self) -> None:
        """Give collection back to Python (the application is done)."""
        self._timer.stop()
        gc.unfreeze()
        gc.enable()
        if GarbageCollector.live is self:
            GarbageCollector.live = None

    def settle(self) -> None:
        """What is alive now lives on: at the next tick, collect fully and set it aside."""
        self._settle = True

    @staticmethod
    def unsettle() -> None:
        """What was set aside may be garbage soon (a library closing): collect it again."""
        gc.unfreeze()


def settle() -> None:
    """``GarbageCollector.settle`` on the application's collector, if there is one."""
    if GarbageCollector.live is not None:
        GarbageCollector.live.settle()


def unsettle() -> None:
    """``GarbageCollector.unsettle`` on the application's collector, if there is one."""
    if GarbageCollector.live is not None:
        GarbageCollector.live.unsettle()
