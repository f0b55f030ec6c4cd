"""Every message box and file dialog, in one place so tests patch one module."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from filmviewer.controller.document import describe_problems
from filmviewer.i18n import translate
from filmviewer.model.loader import FilmFileError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Dialog classes are imported where used: start-up never needs them.


def ask_film_path(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a film file to open; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Open Film"),
        str(start or Path.home()),
        translate("dialogs", "Film files (*.json);;All files (*)"),
    )
    return Path(path) if path else None


def show_load_error(parent: QWidget, error: FilmFileError) -> None:
    """Say why a file could not be opened: the file's name, then one line a problem."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("dialogs", "Cannot Open Film"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate("dialogs", "Film Viewer cannot open “{name}”.").format(name=error.path.name)
    )
    box.setInformativeText(describe_problems(error))
    box.setDetailedText(str(error.path))
    box.exec()


def confirm_open_link(parent: QWidget, url: str) -> bool:
    """Show the address and ask before handing it to the web browser."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Open Link"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("dialogs", "Open this address in your web browser?"))
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
    box.setWindowTitle(translate("dialogs", "Something Went Wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("dialogs", "Film Viewer hit an unexpected error and carried on."))
    box.setInformativeText(
        translate(
            "dialogs", "{summary}\n\nIf you report this, please include the details below."
        ).format(summary=summary)
    )
    box.setDetailedText(report)
    box.exec()


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> None:
    """Help > Keyboard Shortcuts: every command and its keys, in a table."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QDialog,
        QDialogButtonBox,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("dialogs", "Keyboard Shortcuts"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels([translate("dialogs", "Command"), translate("dialogs", "Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for row, (command, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(command))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(480, 560)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    """Help > About: name, version, licence."""
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMessageBox

    from filmviewer import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(translate("dialogs", "About Film Viewer"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("dialogs", "Film Viewer {version}").format(version=__version__))
    box.setInformativeText(
        translate(
            "dialogs",
            "Shows a film's details from a JSON film file.\n\n"
            "Released under the MIT licence.\nQt {qt}.",
        ).format(qt=qVersion())
    )
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.exec()
