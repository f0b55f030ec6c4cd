"""Unexpected errors: the report a bug needs, and a crash log that survives the process.

No Qt here, so the headless modes can report with it too. The log lives in the
user's state folder; ``faulthandler`` writes into the same file when the
process dies of a native crash, where no Python code runs any more.
"""

from __future__ import annotations

import faulthandler
import os
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Final

from filmviewer import __version__

MAX_LOG_BYTES: Final = 512 * 1024
"""The crash log is cut back to its newest half beyond this size."""


def crash_report(
    kind: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
    qt_version: str = "",
) -> str:
    """What a bug report needs: versions, then the traceback."""
    # Only a crash report needs it.
    import platform

    versions = f"Python {platform.python_version()}"
    if qt_version:
        versions += f", Qt {qt_version}"
    lines = [
        f"Film Viewer {__version__}",
        f"{versions}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def state_folder() -> Path:
    """Where Film Viewer keeps what it records of itself: $XDG_STATE_HOME/filmviewer."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "filmviewer"


class CrashLog:
    """An append-only file of crash reports, also given to faulthandler for native crashes."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else state_folder() / "crash.log"
        self._file: IO[str] | None = None

    def open(self) -> bool:
        """Open the log and arm faulthandler; False if the file cannot be written."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._trim()
            self._file = self.path.open("a", encoding="utf-8", errors="backslashreplace")
        except OSError:
            return False
        faulthandler.enable(self._file)
        return True

    def write(self, report: str) -> None:
        if self._file is None:
            return
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        try:
            self._file.write(f"--- {stamp}, process {os.getpid()}\n{report}\n\n")
            self._file.flush()
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        if self._file is not None:
            if faulthandler.is_enabled():
                faulthandler.disable()
            self._file.close()
            self._file = None

    def _trim(self) -> None:
        try:
            size = self.path.stat().st_size
        except OSError:
            return
        if size > MAX_LOG_BYTES:
            with self.path.open("rb") as file:
                file.seek(size - MAX_LOG_BYTES // 2)
                tail = file.read()
            self.path.write_bytes(tail[tail.find(b"\n") + 1 :])
