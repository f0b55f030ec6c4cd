"""``filmviewer --check PATH...``: is each film file valid, and if not, where and why."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from filmviewer.commands.output import print_line
from filmviewer.configure import configure_headless
from filmviewer.controller.document import load_document, problem_text
from filmviewer.controller.formatting import display_locale
from filmviewer.controller.library.scan import walk
from filmviewer.i18n import translate
from filmviewer.model.problems import FilmFileError
from filmviewer.model.text import escape_unprintable


def check(paths: list[Path], out: TextIO = sys.stdout) -> int:
    """Validate each file: ``PATH: ok`` or ``PATH: where: what``; 1 if any is invalid.

    A file read with warnings is ``PATH: ok, N warnings`` and a
    ``PATH: warning: where: what`` line for each; warnings never fail a check.
    Paths are printed with control characters escaped, so a file name cannot
    forge a line or move the terminal's cursor.
    """
    configure_headless()
    locale = display_locale()
    status = 0
    for path in _film_files(paths):
        shown = escape_unprintable(str(path))
        if path.is_dir():  # a folder with no film file under it
            status = 1
            print_line(out, f"{shown}: " + translate("cli", "holds no film files (.json or .nfo)"))
            continue
        try:
            document = load_document(path, locale)
        except FilmFileError as error:
            status = 1
            for problem in error.problems:
                print_line(out, f"{shown}: {problem_text(problem)}")
            continue
        count = len(document.warnings)
        if count == 0:
            print_line(out, f"{shown}: ok")
            continue
        print_line(out, f"{shown}: ok, {count} warning{'s' if count != 1 else ''}")
        for warning in document.warnings:
            print_line(out, f"{shown}: warning: {problem_text(warning)}")
    return status


def _film_files(paths: list[Path]) -> list[Path]:
    """The paths, with every film file under each folder (in the library's order) in its place."""
    files = []
    for path in paths:
        if path.is_dir():
            found = [path / os.fsdecode(item.path) for item in walk(path)]
            files += found or [path]
        else:
            files.append(path)
    return files
