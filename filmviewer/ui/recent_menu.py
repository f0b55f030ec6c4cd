"""File > Open Recent: the last films, then the last libraries, newest first, and Clear Menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from filmviewer.controller.settings import Settings


class RecentMenu(QMenu):
    open_requested = Signal(Path)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self._settings = settings
        # Built when opened: start-up does not read the list.
        self.aboutToShow.connect(self.rebuild)

    @Slot()
    def rebuild(self) -> None:
        self.clear()
        files = self._settings.recent_files()
        films = [path for path in files if not path.is_dir()]
        libraries = [path for path in files if path.is_dir()]
        number = 0
        for heading, paths in ((None, films), (self.tr("Libraries"), libraries)):
            if heading and paths:
                self.addSection(heading)
            for path in paths:
                number += 1
                # The name is data from the disk: "&" would otherwise become a mnemonic.
                name = (path.name or str(path)).replace("&", "&&")
                text = f"&{number % 10} {name}" if number <= 10 else name
                action = self.addAction(text)
                action.setStatusTip(str(path))
                action.triggered.connect(
                    lambda _checked=False, chosen=path: self.open_requested.emit(chosen)
                )
        if not files:
            empty = self.addAction(self.tr("No Recent Films"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self._on_clear_triggered)
        self.setEnabled(True)

    @Slot()
    def _on_clear_triggered(self) -> None:
        self._settings.clear_recent()
        self.rebuild()
