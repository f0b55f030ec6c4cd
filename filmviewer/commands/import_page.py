"""``filmviewer --import PAGE``: a film file read from a title page."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from filmviewer.commands.output import print_line, write_out
from filmviewer.configure import configure_headless
from filmviewer.controller import importer
from filmviewer.controller.document import message_text, problem_text
from filmviewer.controller.importer import NotAFilmPageError, read_page
from filmviewer.model.text import escape_unprintable


def import_page(page: str, output: Path | None, title: str | None, year: int | None) -> int:
    """Write the film on a title page as a film file; 1 if the page gives none.

    Each guess and each fragment left out goes to standard error as
    ``warning: where: what``. An existing FILE is never overwritten.
    """
    configure_headless()
    shown = "standard input" if page == "-" else escape_unprintable(page)
    if output is not None and output.exists():
        print_line(
            sys.stderr, f"filmviewer: {escape_unprintable(str(output))} exists; not overwritten"
        )
        return 1
    try:
        data = read_page(sys.stdin.buffer if page == "-" else Path(page))
    except OSError as error:
        print_line(sys.stderr, f"filmviewer: cannot read {shown}: {error.strerror or error}")
        return 1
    html = True if page.lower().endswith((".html", ".htm")) else None
    try:
        imported = importer.import_page(data, html=html, title=title, year=year)
    except NotAFilmPageError as error:
        print_line(sys.stderr, f"filmviewer: {shown}: {message_text(error.why)}")
        if error.untitled:
            print_line(sys.stderr, "filmviewer: give it with --title TEXT (and --year N)")
        return 1
    for warning in imported.warnings:
        print_line(sys.stderr, f"warning: {problem_text(warning)}")
    text = json.dumps(imported.data, ensure_ascii=False, indent=2) + "\n"
    return write_out(text.encode("utf-8"), output, new_file=True)
