"""``filmviewer --export SECTION``: what the matching copy puts on the clipboard."""

from __future__ import annotations

import sys
from pathlib import Path

from filmviewer import bundle
from filmviewer.commands.output import print_line, write_out
from filmviewer.configure import configure_headless
from filmviewer.controller.document import describe_problems, load_document
from filmviewer.controller.export import render
from filmviewer.controller.formatting import display_locale
from filmviewer.model.problems import FilmFileError
from filmviewer.model.text import escape_unprintable


def export(section: str, format: str, path: Path | None, output: Path | None) -> int:
    """Write what the matching copy puts on the clipboard; 1 if the film cannot be read."""
    # The export speaks the user's language, as the window's copy does.
    configure_headless()
    source = path or bundle.data_path()
    try:
        document = load_document(source, display_locale())
    except FilmFileError as error:
        print_line(sys.stderr, f"filmviewer: cannot open {escape_unprintable(str(source))}:")
        print_line(sys.stderr, describe_problems(error))
        return 1
    return write_out(render(document, section, format).encode("utf-8"), output)
