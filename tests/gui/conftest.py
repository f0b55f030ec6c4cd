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


def open_by_keyboard(window: MainWindow, qtbot, monkeypatch, path) -> list[str]:
    """Press Ctrl+O with the file dialog answering ``path``; the errors a dialog would show."""
    from PySide6.QtCore import Qt

    from filmviewer.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_film_path", lambda parent, start=None: path)
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, error: shown.append(str(error)))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    return shown


def read_next_modal(read):  # type: ignore[no-untyped-def]
    """When the next modal dialog opens, pass it to ``read``, keep the result, and close it."""
    from PySide6.QtCore import QTimer

    results: list[object] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no modal dialog opened"
        results.append(read(dialog))
        dialog.close()

    QTimer.singleShot(0, read_and_close)
    return results
