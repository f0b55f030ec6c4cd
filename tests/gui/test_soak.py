"""Tens of thousands of UI calls in one process, and the window still answers.

Guards against bindings that leak a reference per call (PySide6 6.12.0 on
Python 3.11 dies with "none_dealloc" after about 5,000 calls returning None).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from filmviewer.ui.main_window import MainWindow
from tests.conftest import BUNDLED

CALLS = 40_000


@pytest.mark.slow
def test_the_window_survives_many_ui_calls(window: MainWindow, qtbot) -> None:
    calls = 0
    while calls < CALLS:
        window.tabs.setCurrentIndex(calls % 5)
        window.header.subtitle.setText(f"call {calls}")
        window.synopsis.verticalScrollBar().setValue(calls % 20)
        window.header.title.show()
        calls += 4
        if calls % 400 == 0:
            QApplication.processEvents()
            calls += 1
    for _ in range(50):
        assert window.controller.open(BUNDLED)
    window.select_tab("details")
    qtbot.wait(10)
    assert window.tabs.currentIndex() == 1
    assert window.header.title.text() == "Stalin"
    assert window.isVisible()
