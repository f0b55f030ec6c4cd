"""What Film Viewer remembers between runs, kept in one QSettings store.

Every read and write of settings goes through this class; nothing else
creates a QSettings. QSettings saves through QSaveFile, so a crash or a full
disk cannot leave the file half-written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from filmviewer.controller.search import SearchOptions

MAX_RECENT = 10
MAX_ZOOM = 10
"""Zoom steps either way from the system's font size."""


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def location(self) -> str:
        return self._store.fileName()

    def recent_files(self) -> list[Path]:
        """Films and library folders opened lately, newest first."""
        value = self._store.value("recent/files", [])
        # QSettings reads a one-item list back as a plain string.
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(path) for path in paths if isinstance(path, str) and path][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        path = path.absolute()
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self._store.setValue("recent/files", [str(p) for p in files])

    def clear_recent(self) -> None:
        self._store.remove("recent/files")

    def last_file(self) -> Path | None:
        """The film or library open when the app last closed, if it is still there."""
        files = self.recent_files()
        return files[0] if files and files[0].exists() else None

    def library_film(self, root: Path) -> Path | None:
        """The film last chosen in the library at ``root``."""
        value = self._store.value(f"{_library_key(root)}/film", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_library_film(self, root: Path, film: Path) -> None:
        self._store.setValue(f"{_library_key(root)}/film", str(film))

    def library_sort(self, root: Path) -> tuple[str, bool]:
        """How the library at ``root`` was last sorted: a key and whether descending."""
        key = self._store.value(f"{_library_key(root)}/sort", "title")
        descending = self._store.value(f"{_library_key(root)}/descending", False)
        return (
            key if isinstance(key, str) else "title",
            descending in (True, "true"),
        )

    def set_library_sort(self, root: Path, key: str, descending: bool) -> None:
        self._store.setValue(f"{_library_key(root)}/sort", key)
        self._store.setValue(f"{_library_key(root)}/descending", descending)

    def library_wall(self, root: Path) -> bool | None:
        """Whether the library at ``root`` was last shown as a wall of posters (None: never
        chosen)."""
        value = self._store.value(f"{_library_key(root)}/wall")
        return None if value is None else value in (True, "true")

    def set_library_wall(self, root: Path, wall: bool) -> None:
        self._store.setValue(f"{_library_key(root)}/wall", wall)

    def library_browse(self, root: Path) -> bool:
        """Whether the Browse panel was open when the library at ``root`` was last shown."""
        return self._store.value(f"{_library_key(root)}/browse") in (True, "true")

    def set_library_browse(self, root: Path, shown: bool) -> None:
        self._store.setValue(f"{_library_key(root)}/browse", shown)

    def last_folder(self) -> Path | None:
        """The folder a page was last imported from or a film saved to, if it is still there."""
        value = self._store.value("import/last_folder")
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self._store.setValue("import/last_folder", str(folder))

    def begin_start(self, path: Path) -> None:
        """Record, on disk at once, that a start is opening ``path``."""
        self._store.setValue("session/opening", str(path))
        self._store.sync()

    def end_start(self) -> None:
        """The start shows its film: it need not be avoided next time."""
        self._store.remove("session/opening")
        self._store.sync()

    def unfinished_start(self) -> Path | None:
        """The film a start was opening when it hung or died before showing it, if one did."""
        value = self._store.value("session/opening", "")
        return Path(value) if isinstance(value, str) and value else None

    def last_tab(self) -> str:
        value = self._store.value("window/tab", "")
        return value if isinstance(value, str) else ""

    def set_last_tab(self, name: str) -> None:
        self._store.setValue("window/tab", name)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def find_options(self) -> SearchOptions:
        """The find bar's options from the last run; a regular expression never carries over
        (a find bar starts plain, so what one types is found as typed)."""
        # The find bar's module is not needed for the first frame.
        from filmviewer.controller.search import SearchOptions

        def flag(name: str) -> bool:
            value = self._store.value(f"find/{name}", False)
            return value is True or value == "true"

        return SearchOptions(
            match_case=flag("match_case"),
            whole_words=flag("whole_words"),
            match_diacritics=flag("match_diacritics"),
        )

    def set_find_options(self, options: SearchOptions) -> None:
        for name in ("match_case", "whole_words", "match_diacritics"):
            self._store.setValue(f"find/{name}", getattr(options, name))

    def zoom(self) -> int:
        value = self._store.value("view/zoom", 0)
        try:
            steps = int(value) if isinstance(value, int | str) else 0
        except ValueError:
            steps = 0
        return max(-MAX_ZOOM, min(MAX_ZOOM, steps))

    def set_zoom(self, steps: int) -> None:
        self._store.setValue("view/zoom", steps)

    def sync(self) -> None:
        self._store.sync()


def _library_key(root: Path) -> str:
    # Only a library's settings need the checksum.
    from filmviewer.checksum import path_checksum

    return "library-" + path_checksum(str(root.absolute()).encode("utf-8", "surrogateescape"))
