"""Every message box and file dialog, in one place so tests patch one module."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, qVersion

from filmviewer import __version__
from filmviewer.controller.document import describe_problems
from filmviewer.i18n import translate
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR
from filmviewer.model.problems import FilmFileError
from filmviewer.model.readers import READERS
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from filmviewer.model.links import Link

# Dialog classes are imported where used: start-up never needs them.


def ask_film_path(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a film file to open; None when the user cancels."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QFileDialog

    patterns = " ".join(f"*{suffix}" for reader in READERS for suffix in reader.suffixes)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Open Film"),
        str(start or Path.home()),
        translate("dialogs", "Film files ({patterns});;All files (*)").format(patterns=patterns),
    )
    return Path(path) if path else None


def ask_library_path(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a folder of films to open as a library; None when the user cancels."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(
        parent, translate("dialogs", "Open Library Folder"), str(start or Path.home())
    )
    return Path(path) if path else None


def ask_page_path(parent: QWidget, start: Path | None = None) -> Path | None:
    """Ask for a saved title page (.html or .txt) to import; None when the user cancels."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Import Page"),
        str(start or Path.home()),
        translate("dialogs", "Web pages and text (*.html *.htm *.txt);;All files (*)"),
    )
    return Path(path) if path else None


def ask_film_title(parent: QWidget) -> tuple[str, int | None] | None:
    """Ask for the title (and year) a page does not show; None when the user cancels."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("dialogs", "Film Title"))
    layout = QFormLayout(dialog)
    note = QLabel(translate("dialogs", "The page does not show the film's title. What film is it?"))
    note.setWordWrap(True)
    layout.addRow(note)
    title = QLineEdit()
    title.setObjectName("import-title")
    title.setMaxLength(500)
    year = QLineEdit()
    year.setObjectName("import-year")
    year.setInputMask("0000")
    year.setMaximumWidth(year.fontMetrics().horizontalAdvance("00000") + 16)
    layout.addRow(translate("dialogs", "&Title:"), title)
    layout.addRow(translate("dialogs", "&Year:"), year)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(False)

    def check() -> None:
        digits = year.text().strip()
        ok.setEnabled(
            bool(title.text().strip())
            and (not digits or FIRST_YEAR <= int(digits or 0) <= LAST_YEAR)
        )

    title.textChanged.connect(check)
    year.textChanged.connect(check)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    digits = year.text().strip()
    return title.text().strip(), int(digits) if digits else None


def ask_save_path(parent: QWidget, proposed: Path) -> Path | None:
    """Ask where to save a film (the dialog asks before replacing a file); None on cancel."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("dialogs", "Save Film As"),
        str(proposed),
        translate("dialogs", "Film files (*.json)"),
    )
    return Path(path) if path else None


def ask_save_imported(parent: QWidget, title: str) -> str:
    """Ask what to do with an imported film not saved yet: "save", "discard" or "cancel"."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QMessageBox

    box = _message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Imported Film Not Saved"),
        translate("dialogs", "Save the film imported as “{title}” before it is closed?").format(
            title=_shorten(escape_unprintable(title), 200)
        ),
        translate("dialogs", "If you don't save it, the import is lost."),
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    for button, text in (
        (buttons.Save, translate("dialogs", "&Save")),
        (buttons.Discard, translate("dialogs", "&Discard")),
        (buttons.Cancel, translate("dialogs", "&Cancel")),
    ):
        box.button(button).setText(text)
    answer = box.exec()
    if answer == buttons.Save:
        return "save"
    return "discard" if answer == buttons.Discard else "cancel"


def show_import_problem(parent: QWidget, source: str, why: str) -> None:
    """Say why nothing could be imported from ``source`` (a file's name, or the clipboard)."""
    _warn(
        parent,
        translate("dialogs", "Cannot Import"),
        translate("dialogs", "Film Viewer found no film in {source}.").format(
            source=_shorten(escape_unprintable(source), 200)
        ),
        as_sentence(why),
    )


def as_sentence(text: str) -> str:
    """A reason written for a command line ("this is not …") as a dialog's sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def show_save_problem(parent: QWidget, path: Path, why: str) -> None:
    """Say that the film could not be saved to ``path``."""
    _warn(
        parent,
        translate("dialogs", "Cannot Save"),
        translate("dialogs", "Film Viewer cannot save “{name}”.").format(
            name=escape_unprintable(path.name)
        ),
        why,
        str(path),
    )


def show_load_error(parent: QWidget, error: FilmFileError) -> None:
    """Say why a file could not be opened: the file's name, then one line a problem."""
    _warn(
        parent,
        translate("dialogs", "Cannot Open Film"),
        translate("dialogs", "Film Viewer cannot open “{name}”.").format(name=error.path.name),
        describe_problems(error),
        str(error.path),
    )


def confirm_open_link(parent: QWidget, link: Link) -> bool:
    """Show the address, and the site it really leads to, before handing it to the browser.

    The host stands on its own line, in punycode where it mixes writing
    systems; a user name before an "@" that could pass for a site is named.
    """
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QMessageBox

    lines = [translate("dialogs", "Site: {host}").format(host=link.host)]
    if link.mixed_scripts:
        lines.append(
            translate(
                "dialogs",
                "Warning: the site's name mixes writing systems (“{name}”) and may be "
                "imitating another site.",
            ).format(name=link.unicode_host)
        )
    if link.user_info:
        lines.append(
            translate(
                "dialogs",
                "Warning: the address begins with “{user}@”, which is not the site; "
                "the site is {host}.",
            ).format(user=_shorten(link.user_info, 80), host=link.host)
        )
    lines += ["", _shorten(link.url, 300)]
    box = _message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Open Link"),
        translate("dialogs", "Open this address in your web browser?"),
        "\n".join(lines),
        link.url if len(link.url) > 300 else "",
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def show_link_problem(parent: QWidget, url: str, opened: bool) -> None:
    """Say that an address cannot be opened (not a web address), or that no browser took it."""
    if opened:
        text = translate("dialogs", "No web browser could open this address.")
    else:
        text = translate("dialogs", "This is not a web address Film Viewer can open.")
    _warn(parent, translate("dialogs", "Open Link"), text, _shorten(escape_unprintable(url), 300))


def _message_box(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, more: str, detail: str = ""
) -> QMessageBox:
    """A message box whose every text is plain text (data from files is never markup)."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(more)
    if detail:
        box.setDetailedText(detail)
    return box


def _warn(parent: QWidget, title: str, text: str, more: str, detail: str = "") -> None:
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QMessageBox

    _message_box(parent, QMessageBox.Icon.Warning, title, text, more, detail).exec()


def open_in_browser(url: str) -> bool:
    """Hand ``url`` to the desktop's web browser; False if it could not be given."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    address = QUrl(url, QUrl.ParsingMode.StrictMode)
    return address.isValid() and QDesktopServices.openUrl(address)


def open_with_desktop(path: Path) -> bool:
    """Open the file or folder ``path`` with the desktop's application for it (a folder in
    the file manager); False if none took it."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_crash(summary: str, report: str, *, quitting: bool = False, log_path: str = "") -> None:
    """Say something went wrong, with the report to copy; whether the app goes on or quits."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("dialogs", "Something Went Wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if quitting:
        box.setText(
            translate(
                "dialogs", "Film Viewer hit an unexpected error while starting and will quit."
            )
        )
    else:
        box.setText(translate("dialogs", "Film Viewer hit an unexpected error and carried on."))
    details = translate(
        "dialogs", "{summary}\n\nIf you report this, please include the details below."
    ).format(summary=_shorten(summary, 300))
    if log_path:
        details += "\n" + translate("dialogs", "They are also in {path}.").format(
            path=escape_unprintable(log_path)
        )
    box.setInformativeText(details)
    box.setDetailedText(report)
    box.exec()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_shortcuts(parent: QWidget, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Help > Keyboard Shortcuts: a reference grouped as the menus are, in the platform's words."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QDialog,
        QDialogButtonBox,
        QHeaderView,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("dialogs", "Keyboard Shortcuts"))
    tree = QTreeWidget(dialog)
    tree.setObjectName("shortcuts")
    tree.setColumnCount(2)
    tree.setHeaderLabels([translate("dialogs", "Command"), translate("dialogs", "Keys")])
    tree.setRootIsDecorated(False)
    tree.setItemsExpandable(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for title, rows in groups:
        group = QTreeWidgetItem(tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        for command, keys in rows:
            QTreeWidgetItem(group, [command, keys]).setFlags(Qt.ItemFlag.ItemIsEnabled)
    tree.expandAll()
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tree)
    layout.addWidget(buttons)
    width = tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1) + 80
    dialog.resize(max(480, width), 600)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    """Help > About: name, version, licence."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtWidgets import QMessageBox

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
