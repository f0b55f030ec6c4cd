"""Command-line parsing and the headless modes (--check, --schema) that need no window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from filmviewer import __version__
from filmviewer.controller.sections import SECTIONS as TAB_CHOICES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filmviewer",
        description="Show a film's details from a film file.",
        epilog="With no PATH, the bundled film opens.",
    )
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="film file to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--check",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="validate film files and print one line per problem; no window",
    )
    modes.add_argument(
        "--schema", action="store_true", help="print the film format's JSON Schema and exit"
    )
    modes.add_argument(
        "--export",
        choices=(*TAB_CHOICES, "all"),
        metavar="SECTION",
        help="write a section (a tab name) or 'all' as the copy would, and exit",
    )
    modes.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window offscreen to a PNG file and exit",
    )
    parser.add_argument(
        "--find", metavar="TEXT", help="open the Synopsis tab with TEXT searched for"
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="log unexpected errors instead of showing a dialog (the default when CI is set)",
    )
    export = parser.add_argument_group("export options")
    export.add_argument(
        "--format",
        choices=("text", "markdown", "json", "html"),
        default="text",
        help="the flavour to write (default: text)",
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    shot = parser.add_argument_group("screenshot options")
    shot.add_argument("--tab", choices=TAB_CHOICES, default="summaries", help="tab to show")
    shot.add_argument(
        "--size", type=_size, default=(960, 720), metavar="WxH", help="window size, e.g. 960x720"
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.check and args.path:
        parser.error("--check takes its paths after it; PATH cannot be given as well")
    if args.export is None and (args.output is not None or args.format != "text"):
        parser.error("--format and --output go with --export")
    return args


def check(paths: list[Path], out: TextIO = sys.stdout) -> int:
    """Validate each file: ``PATH: ok`` or ``PATH: where: what``; 1 if any is invalid.

    A file read with warnings is ``PATH: ok, N warnings`` and a
    ``PATH: warning: where: what`` line for each; warnings never fail a check.
    Paths are printed with control characters escaped, so a file name cannot
    forge a line or move the terminal's cursor.
    """
    from filmviewer.controller.document import load_document, problem_text
    from filmviewer.controller.formatting import display_locale
    from filmviewer.model.problems import FilmFileError
    from filmviewer.model.text import escape_unprintable

    _configure_headless()
    locale = display_locale()
    status = 0
    for path in paths:
        shown = escape_unprintable(str(path))
        try:
            document = load_document(path, locale)
        except FilmFileError as error:
            status = 1
            for problem in error.problems:
                _print(out, f"{shown}: {problem_text(problem)}")
            continue
        count = len(document.warnings)
        if count == 0:
            _print(out, f"{shown}: ok")
            continue
        _print(out, f"{shown}: ok, {count} warning{'s' if count != 1 else ''}")
        for warning in document.warnings:
            _print(out, f"{shown}: warning: {problem_text(warning)}")
    return status


def export(section: str, format: str, path: Path | None, output: Path | None) -> int:
    """Write what the matching copy puts on the clipboard; 1 if the film cannot be read."""
    from filmviewer import bundle
    from filmviewer.controller.document import describe_problems, load_document
    from filmviewer.controller.export import render
    from filmviewer.controller.formatting import display_locale
    from filmviewer.model.problems import FilmFileError
    from filmviewer.model.text import escape_unprintable

    # The export speaks the user's language, as the window's copy does.
    _configure_headless()
    source = path or bundle.data_path()
    try:
        document = load_document(source, display_locale())
    except FilmFileError as error:
        _print(sys.stderr, f"filmviewer: cannot open {escape_unprintable(str(source))}:")
        _print(sys.stderr, describe_problems(error))
        return 1
    data = render(document, section, format).encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        output.write_bytes(data)
    except OSError as error:
        reason = error.strerror or str(error)
        _print(sys.stderr, f"filmviewer: cannot write {escape_unprintable(str(output))}: {reason}")
        return 1
    return 0


def _configure_headless() -> None:
    from PySide6.QtCore import QCoreApplication

    from filmviewer.app import configure

    configure(QCoreApplication.instance() or QCoreApplication(sys.argv[:1]))


def _print(stream: TextIO, text: str) -> None:
    """Print ``text``; where the stream's encoding cannot hold a character, escape it."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def print_schema(out: TextIO = sys.stdout) -> int:
    import json

    from filmviewer.model.film import Film

    print(json.dumps(Film.model_json_schema(), indent=2, ensure_ascii=False), file=out)
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        message = f"expected WIDTHxHEIGHT, e.g. 960x720, not {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if not (200 <= width <= 8192 and 150 <= height <= 8192):
        raise argparse.ArgumentTypeError("the size must be between 200x150 and 8192x8192")
    return width, height
