"""GUI fixtures: a main window on the offscreen platform, showing the bundled film."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from filmviewer.controller.document import FilmController
from filmviewer.controller.facts_model import FactRole
from filmviewer.controller.settings import Settings
from filmviewer.ui.facts_view import FactsView
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


def facts_shown(view: FactsView) -> list[tuple[str, str]]:
    """The lines of a facts tab, top to bottom: (the label beside the line, its text)."""
    model = view.model()
    lines = []
    for line in range(model.rowCount()):
        index = model.index(line, 0)
        lines.append((index.data(FactRole.LABEL) or "", index.data()))
    return lines


def values_of(view: FactsView, label: str) -> list[str]:
    """The values shown under ``label`` on a facts tab."""
    values: list[str] = []
    current = ""
    for line in range(view.model().rowCount()):
        index = view.model().index(line, 0)
        if index.data(FactRole.QUIET):
            continue
        current = index.data(FactRole.LABEL) or current
        if current == label:
            values.append(index.data())
    return values


def quiet_line(view: FactsView) -> str:
    """What a facts tab says of what the film does not list ("" if nothing)."""
    model = view.model()
    last = model.index(model.rowCount() - 1, 0)
    return last.data() if last.data(FactRole.QUIET) else ""


def click_value(view: FactsView, text: str, qtbot, button=None) -> None:
    """Click the line showing ``text``, as a user would (scrolled into view first)."""
    from PySide6.QtCore import QPoint, Qt

    index = next(
        view.model().index(line, 0)
        for line in range(view.model().rowCount())
        if view.model().index(line, 0).data() == text
    )
    view.scrollTo(index)
    area = view.value_rect(index)
    point = area.topLeft() + QPoint(4, min(area.height() // 2, 6))
    qtbot.mouseClick(view.viewport(), button or Qt.MouseButton.LeftButton, pos=point)


def label_texts(widget: QWidget) -> list[str]:
    """The text of every label in ``widget``, in the order they were laid out."""
    return [label.text() for label in widget.findChildren(QLabel) if not label.isHidden()]


def open_by_keyboard(window: MainWindow, qtbot, monkeypatch, path) -> list[str]:
    """Press Ctrl+O with the file dialog answering ``path``; the errors a dialog would show."""
    from PySide6.QtCore import Qt

    from filmviewer.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_film_path", lambda parent, start=None: path)
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, error: shown.append(str(error)))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    return shown


def right_click(widget: QWidget, position: QPoint | None = None) -> QMenu:
    """Right-click ``widget`` and return the menu that pops up."""
    position = position or QPoint(2, 2)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position)
    )
    QApplication.sendEvent(widget, event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


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
