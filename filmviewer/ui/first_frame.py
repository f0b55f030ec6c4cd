"""Start-up measurement: report the first painted frame of a window, then quit.

Used by bench/startup.py through FILMVIEWER_FIRST_FRAME=1; costs nothing otherwise.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class FirstFrameProbe(QObject):
    """Prints ``first-frame <CLOCK_MONOTONIC seconds>`` at the first paint, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Measured after the frame is drawn, at the next turn of the event loop.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-frame {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
        QCoreApplication.quit()
