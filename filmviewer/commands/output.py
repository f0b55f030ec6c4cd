"""What the headless commands write: lines to a terminal or a pipe, data to a file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from filmviewer.model.text import escape_unprintable


def print_line(stream: TextIO, text: str) -> None:
    """Print ``text``; where the stream's encoding cannot hold a character, escape it."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def write_out(data: bytes, output: Path | None, new_file: bool = False) -> int:
    """Write ``data`` to ``output`` (a file made anew if ``new_file``), or standard output."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        # "x": a file made meanwhile by someone else is not overwritten either.
        with open(output, "xb" if new_file else "wb") as file:
            file.write(data)
    except OSError as error:
        reason = error.strerror or str(error)
        print_line(
            sys.stderr, f"filmviewer: cannot write {escape_unprintable(str(output))}: {reason}"
        )
        return 1
    return 0
