"""Baseline for bench/startup.py: a bare PySide6 window with the same five tabs and text.

No pydantic and no Film Viewer code: the text is the bundled film's, hard-coded.
"""

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bench.bare_text import BOX_OFFICE, DETAILS, HEADER, SUMMARIES, SYNOPSIS, TECH_SPECS


class Probe(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"first-frame {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
        QCoreApplication.quit()


def page(text: str) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addStretch(1)
    return widget


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle(HEADER[0])
central = QWidget()
layout = QVBoxLayout(central)
for line in HEADER:
    layout.addWidget(QLabel(line))
tabs = QTabWidget()
tabs.addTab(page(SUMMARIES), "Summaries")
tabs.addTab(page(DETAILS), "Details")
tabs.addTab(page(BOX_OFFICE), "Box Office")
tabs.addTab(page(TECH_SPECS), "Tech Specs")
synopsis = QPlainTextEdit()
synopsis.setReadOnly(True)
synopsis.setPlainText(SYNOPSIS)
tabs.addTab(synopsis, "Synopsis")
layout.addWidget(tabs)
window.setCentralWidget(central)
window.menuBar().addMenu("&File")
window.resize(960, 720)
probe = Probe()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
