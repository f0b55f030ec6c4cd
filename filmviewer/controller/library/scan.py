"""Scanning a library's folder: find the film files, read the changed ones, update the index.

A scan walks the tree (hidden folders skipped, each folder entered once however
links lead back to it), compares every film file's identity with the index's,
and reads only new and changed files: in worker processes when there are many
(pydantic holds the GIL, so threads would take turns), in this thread when
there are few. Results are written as they come, a batch per transaction, and
reported through callbacks, so the window's list fills while the scan runs.
Nothing here touches a widget; the caller runs it off the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from filmviewer.controller.library.collation import TitleKeys
from filmviewer.controller.library.index import LibraryIndex, identity
from filmviewer.lazy import logger
from filmviewer.model.companions import film_folder, folder_context
from filmviewer.model.library_entry import Entry, make_entries
from filmviewer.model.loader import FileStamp
from filmviewer.model.problems import QT_TRANSLATE_NOOP
from filmviewer.model.readers import Reader, no_context, reader_named

if TYPE_CHECKING:
    import sqlite3
    from concurrent.futures import Future

BATCH: Final = 64
"""Files a worker reads per task, and written per transaction."""
IN_PROCESS: Final = 200
"""Up to this many changed files are read here; more go to worker processes."""
MAX_DEPTH: Final = 64
"""Folders deeper than this are not entered."""


class Found(NamedTuple):
    """A film file found on disk."""

    path: bytes
    stamp: FileStamp
    context: str


class Progress(NamedTuple):
    done: int
    total: int


class ScanCallbacks(NamedTuple):
    stored: Callable[[list[int]], object]
    """New or changed films were written to the index (their ids)."""
    removed: Callable[[list[int]], object]
    """Films were removed from the index (their ids)."""
    progress: Callable[[Progress], object]
    note: Callable[[str], object] = lambda _text: None
    """Something the user should know of the scan (its workers failed, say), in words."""


class Cancelled(Exception):  # noqa: N818 (not an error: what the user asked for)
    """The scan was called off."""


class IndexDamagedError(Exception):
    """The index's file is not sound: it must be built again."""


def walk(root: Path, cancelled: Callable[[], bool] = lambda: False) -> Iterator[Found]:
    """Every film file under ``root``, with its identity and context.

    Hidden folders and files are skipped; a folder reached twice (by a link
    back up the tree) is entered once; unreadable folders are passed over.
    """
    # Strings and bytes, not Path objects: a walk of 100,000 files makes none per file.
    seen: set[tuple[int, int]] = set()
    contexts: dict[Path, str] = {}
    stack: list[tuple[str, bytes, int]] = [(os.fspath(root), b"", 0)]
    while stack:
        if cancelled():
            raise Cancelled
        folder, prefix, depth = stack.pop()
        try:
            status = os.stat(folder)
        except OSError:
            continue
        if (status.st_dev, status.st_ino) in seen or depth > MAX_DEPTH:
            continue
        seen.add((status.st_dev, status.st_ino))
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda entry: entry.name)
        except OSError:
            continue
        folders = []
        for entry in listed:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    folders.append((entry.path, prefix + os.fsencode(name) + b"/", depth + 1))
                    continue
                reader = reader_named(name)
                if reader is None:
                    continue
                info = entry.stat(follow_symlinks=True)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            context = _context(reader, entry.path, contexts)
            yield Found(prefix + os.fsencode(name), _stamp(info), context)
        stack.extend(reversed(folders))


def _stamp(info: os.stat_result) -> FileStamp:
    return FileStamp(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _context(reader: Reader, path: str, contexts: dict[Path, str]) -> str:
    """The file's reader context; for .nfo files, the listing of the film's folder, made once."""
    if reader.context is no_context:
        return ""
    if reader.context is folder_context:
        folder = film_folder(Path(path))
        if folder not in contexts:
            contexts[folder] = folder_context(Path(path))
        return contexts[folder]
    return reader.context(Path(path))


def scan(
    index: LibraryIndex,
    callbacks: ScanCallbacks,
    cancelled: Callable[[], bool] = lambda: False,
    only: list[bytes] | None = None,
    locale: str = "en_US",
) -> None:
    """Bring the index up to date with the folder; raise Cancelled if called off.

    ``only`` limits the scan to the files under these relative folders (b"" is
    the whole library): a change the watcher saw. Titles get sort keys in
    ``locale``'s order; keys of another are made again. The scan reads and
    writes through a connection of its own, never the one its caller holds.
    """
    root = index.root
    connection = index.reader()
    keys = TitleKeys(locale)
    try:
        if only is None and not index.intact(connection):
            raise IndexDamagedError(index.path)
        if index.title_keys_name(connection) != keys.name:
            LibraryIndex.rekey_titles(connection, keys.name, keys)
        # Each file found is compared as the walk finds it, and struck off: what is
        # left of the index's files under the folders walked is gone from disk.
        known = LibraryIndex.identities(connection)
        folders = _outermost(only) if only is not None else [b""]
        changed = []
        for folder in folders:
            start = root / os.fsdecode(folder.rstrip(b"/")) if folder else root
            for item in walk(start, cancelled):
                relative = folder + item.path if folder else item.path
                if known.pop(relative, None) != identity(item.stamp, item.context):
                    changed.append((relative, item.context))
        gone = [path for path in known if any(path.startswith(folder) for folder in folders)]
        del known
        if gone:
            callbacks.removed(index.forget(connection, gone))
        total = len(changed)
        callbacks.progress(Progress(0, total))
        if not changed:
            return
        # Files to read: the film model (pydantic, 70 ms to import) is needed here,
        # and by the film chosen first; imported now, not while the window waits.
        # An unchanged library never needs it: its films come from the index.
        import filmviewer.model.film  # noqa: F401

        batches = [changed[start : start + BATCH] for start in range(0, total, BATCH)]
        done = 0
        writing = _Writer(connection, keys)
        for (ids, replaced), count in _index_batches(
            index, writing, batches, cancelled, callbacks.note
        ):
            if replaced:
                callbacks.removed(replaced)
            callbacks.stored(ids)
            done += count
            callbacks.progress(Progress(done, total))
    finally:
        keys.close()
        if connection is not index.connection:
            connection.close()


def _outermost(folders: list[bytes]) -> list[bytes]:
    """``folders`` without those inside another of them (walked with it)."""
    unique = sorted(set(folders))
    return [
        folder
        for folder in unique
        if not any(folder != other and folder.startswith(other) for other in unique)
    ]


class _Writer:
    """Stores entries through the scan's connection, titles keyed in the scan's language."""

    def __init__(self, connection: sqlite3.Connection, keys: TitleKeys) -> None:
        self.connection = connection
        self.keys = keys

    def store(self, entries: list[Entry]) -> tuple[list[int], list[int]]:
        return LibraryIndex.store(self.connection, entries, time.time_ns(), self.keys)


def _index_batches(
    index: LibraryIndex,
    writing: _Writer,
    batches: list[list[tuple[bytes, str]]],
    cancelled: Callable[[], bool],
    note: Callable[[str], object],
) -> Iterator[tuple[tuple[list[int], list[int]], int]]:
    """Index each batch: here when they are few (or the index is in memory), else in workers."""
    files = sum(len(batch) for batch in batches)
    workers = min(os.cpu_count() or 1, 8)
    if files <= IN_PROCESS or workers < 2 or index.path is None:
        for batch in batches:
            if cancelled():
                raise Cancelled
            entries = make_entries(index.root, batch)
            yield writing.store(entries), len(entries)
        return
    # The worker processes only for a scan with many files to read.
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # forkserver: the workers start from a fresh interpreter, never a copy of
    # a process running Qt's threads.
    context = multiprocessing.get_context("forkserver")
    waiting = deque(batches)
    """Batches not yet read: one whose worker failed goes back here."""
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending: dict[Future[list[Entry]], list[tuple[bytes, str]]] = {}

            def submit() -> bool:
                if not waiting:
                    return False
                batch = waiting.popleft()
                try:
                    pending[pool.submit(make_entries, index.root, batch)] = batch
                except BaseException:
                    waiting.appendleft(batch)
                    raise
                return True

            try:
                while len(pending) < workers * 2 and submit():
                    pass
                while pending:
                    if cancelled():
                        raise Cancelled
                    ready, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                    for future in ready:
                        batch = pending.pop(future)
                        try:
                            entries = future.result()
                        except BrokenProcessPool:
                            waiting.extendleft(reversed([batch, *pending.values()]))
                            pending.clear()
                            raise
                        submit()
                        yield writing.store(entries), len(entries)
            finally:
                for future in pending:
                    future.cancel()
                with contextlib.suppress(Exception):
                    pool.shutdown(wait=False, cancel_futures=True)
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        # Workers that cannot start (no processes left, a main module that cannot be
        # imported again) or that died: the rest is read here, more slowly.
        logger().warning("library scan workers failed (%s); reading on", error)
        note(_WORKERS_FAILED)
        while waiting:
            if cancelled():
                raise Cancelled from None
            entries = make_entries(index.root, waiting.popleft())
            yield writing.store(entries), len(entries)


_WORKERS_FAILED: Final = QT_TRANSLATE_NOOP(
    "library", "The scan's helper processes stopped; reading on in this one, more slowly."
)
