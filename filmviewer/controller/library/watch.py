"""Following a library's folder: the file system's watches where it gives them, a timer where not.

A folder's watch sees files come, go and be renamed; a file's, a change
written into it. A library too large to watch so, or on a file system that
cannot be watched (many network shares), is looked at every RESCAN_MS
instead: its files' identities only, each changed one read. The folders are
listed off the GUI thread, and watches are added a few hundred at a time,
between the window's work.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from filmviewer.controller.tasks import Tasks, Token

RESCAN_MS: Final = 1500
"""How often folders are looked at where they cannot be watched (and after a change)."""
LOOK_SHARE: Final = 10
"""Where folders are looked at on a timer, the time between looks is at least this many
times what the last look took: a library of 100,000 files is not walked without pause."""
MAX_WATCHED: Final = 20_000
"""Folders and film files watched one by one; a larger library is looked at on a timer."""
WATCH_BATCH: Final = 100
"""Watches added in one turn of the event loop (400 took 8-17 ms: a stall in a scroll)."""
SETTLE_MS: Final = 300
"""Changes are gathered this long before the folders they were in are scanned."""


class FolderWatch(QObject):
    """Watches the folder at ``root`` and its film files; says which folders changed."""

    changed = Signal(object)
    """Folders (relative, each ending with "/"; b"" the root) whose files may have changed."""
    look = Signal()
    """Look at the whole library again (where it cannot be watched)."""
    armed_now = Signal()
    """Every folder and film file known when watching began is watched from now on (said
    once): what changed before, while the watch was being set up, is not seen by it."""

    def __init__(self, root: Path, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._tasks = tasks
        self._closed = False
        self._watcher: QFileSystemWatcher | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(RESCAN_MS)
        self._poll.timeout.connect(self.look)
        self._changed_folders: set[bytes] = set()
        self._to_watch: list[str] = []
        self._watching: set[str] = set()
        """Every path asked to be watched (a file replaced by a rename is watched again)."""
        self._watched = 0
        self._said_armed = False
        self._watch_timer = QTimer(self)
        self._watch_timer.setSingleShot(True)
        self._watch_timer.setInterval(0)
        self._watch_timer.timeout.connect(self._on_watch_due)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_changes_settled)

    @property
    def polling(self) -> bool:
        return self._poll.isActive()

    @property
    def armed(self) -> bool:
        """Every folder and film file is watched (or the tree is looked at on a timer):
        a change from now on is seen."""
        if self._poll.isActive():
            return True
        return self._watcher is not None and not self._to_watch

    def looked(self, seconds: float) -> None:
        """A look at every folder took ``seconds``: look again after ten times as long."""
        self._poll.setInterval(max(RESCAN_MS, round(seconds * 1000 * LOOK_SHARE)))

    def start(self, files: Callable[[], list[bytes]], count: int) -> None:
        """Begin watching: the tree's folders, and the ``count`` film files ``files`` gives."""

        def list_folders(_token: Token) -> tuple[list[Path], list[bytes] | None]:
            folders = self._folders()
            return folders, files() if len(folders) + count <= MAX_WATCHED else None

        self._tasks.run(list_folders, done=self._on_folders_found, name="library-folders")

    def close(self) -> None:
        self._closed = True
        self._poll.stop()
        self._settle.stop()
        self._watch_timer.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def watch_files(self, paths: list[bytes]) -> None:
        """Watch these film files too (in the next turns of the event loop)."""
        if self._watcher is None or self._closed:
            return
        root = str(self.root)
        new = [os.path.join(root, os.fsdecode(path)) for path in paths]
        new = [path for path in new if path not in self._watching]
        self._watching.update(new)
        self._to_watch += new
        if not self._watch_timer.isActive():
            self._watch_timer.start()

    def _on_folders_found(self, found: tuple[list[Path], list[bytes] | None]) -> None:
        folders, files = found
        if self._closed:
            return
        if files is None or len(folders) + len(files) > MAX_WATCHED:
            self._poll.start()
            return
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._to_watch = [str(folder) for folder in folders]
        self._watching = set(self._to_watch)
        self.watch_files(files)

    @Slot()
    def _on_watch_due(self) -> None:
        watcher = self._watcher
        if watcher is None or self._closed:
            self._to_watch.clear()
            return
        batch, self._to_watch = self._to_watch[:WATCH_BATCH], self._to_watch[WATCH_BATCH:]
        if not batch:
            return
        self._watched += len(batch)
        if self._watched > MAX_WATCHED:
            self._poll.start()  # grown past watching: look instead
            self._to_watch.clear()
            return
        failed = watcher.addPaths(batch)
        if failed and any(Path(path).is_dir() for path in failed):
            self._poll.start()  # a file system that cannot be watched
        if self._to_watch:
            self._watch_timer.start()
        elif not self._said_armed:
            self._said_armed = True
            self.armed_now.emit()

    @Slot(str)
    def _on_file_changed(self, path: str) -> None:
        # A file replaced (saved by renaming a new one over it) is no longer watched:
        # it is watched again when the scan this starts has read it.
        self._watching.discard(path)
        self._on_folder_changed(str(Path(path).parent))

    def _folders(self) -> list[Path]:
        found = [self.root]
        stack = [self.root]
        seen: set[tuple[int, int]] = set()
        while stack and len(found) <= MAX_WATCHED:
            folder = stack.pop()
            with contextlib.suppress(OSError):
                status = os.stat(folder)
                if (status.st_dev, status.st_ino) in seen:
                    continue
                seen.add((status.st_dev, status.st_ino))
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if not entry.name.startswith(".") and entry.is_dir():
                            found.append(Path(entry.path))
                            stack.append(Path(entry.path))
        return found

    @Slot(str)
    def _on_folder_changed(self, folder: str) -> None:
        relative = os.path.relpath(folder, self.root)
        prefix = b"" if relative == "." else os.fsencode(relative) + b"/"
        self._changed_folders.add(prefix)
        # A new folder inside is watched too.
        if self._watcher is not None:
            with contextlib.suppress(OSError), os.scandir(folder) as entries:
                fresh = [
                    entry.path
                    for entry in entries
                    if entry.is_dir() and not entry.name.startswith(".")
                ]
                watched = set(self._watcher.directories())
                new = [path for path in fresh if path not in watched]
                if new:
                    self._watcher.addPaths(new)
        self._settle.start()

    def pending(self) -> bool:
        """Whether changes were seen that no scan has looked at yet."""
        return bool(self._changed_folders)

    @Slot()
    def _on_changes_settled(self) -> None:
        folders = sorted(self._changed_folders)
        self._changed_folders.clear()
        # A changed folder is walked whole: a folder made inside it is new to the index too.
        self.changed.emit(folders)
