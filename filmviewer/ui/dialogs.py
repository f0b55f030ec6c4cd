"""Every message box and file dialog, in one place so tests patch one module."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from filmviewer.controller.document import describe_problems
from filmviewer.model.loader import FilmFileError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Dialog classes are imported where used: start-up never needs them.


def ask_film_path(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a film file to open; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Open Film"),
        str(start or Path.home()),
        parent.tr("Film files (*.json);;All files (*)"),
    )
    return Path(path) if path else None


def show_load_error(parent: QWidget, error: FilmFileError) -> None:
    """Say why a file could not be opened: the file's name, then one line a problem."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Cannot Open Film"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(parent.tr("Film Viewer cannot open “{name}”.").format(name=error.path.name))
    box.setInformativeText(describe_problems(error))
    box.setDetailedText(str(error.path))
    box.exec()


def confirm_open_link(parent: QWidget, url: str) -> bool:
    """Show the address and ask before handing it to the web browser."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Open Link"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(parent.tr("Open this address in your web browser?"))
    box.setInformativeText(url)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def open_in_browser(url: str) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def show_crash(summary: str, report: str) -> None:
    """Say something went wrong, with the report to copy; the app goes on."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(box.tr("Something Went Wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(box.tr("Film Viewer hit an unexpected error and carried on."))
    box.setInformativeText(
        box.tr("{summary}\n\nIf you report this, please include the details below.").format(
            summary=summary
        )
    )
    box.setDetailedText(report)
    box.exec()
