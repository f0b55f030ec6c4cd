"""GUI fixtures: a main window on the offscreen platform, showing the bundled film."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from filmviewer.controller.document import FilmController
from filmviewer.controller.settings import Settings
from filmviewer.ui.main_window import MainWindow
from tests.conftest import BUNDLED

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_at_exit(qapp: QApplication) -> Iterator[None]:
    # Mime data left on the offscreen clipboard crashes the process at exit.
    yield
    qapp.clipboard().clear()


@pytest.fixture
def controller() -> FilmController:
    return FilmController(US)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a file of this test's own."""
    return Settings(QSettings(str(tmp_path / "settings.conf"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, controller: FilmController, settings: Settings) -> MainWindow:
    """The main window with the bundled film open, shown and active."""
    main = MainWindow(controller, settings)
    qtbot.addWidget(main)
    assert controller.open(BUNDLED)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


def label_texts(widget: QWidget) -> list[str]:
    """The text of every label in ``widget``, in the order they were laid out."""
    return [label.text() for label in widget.findChildren(QLabel) if not label.isHidden()]


def labels_named(widget: QWidget, name: str) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, name)]
