"""Command-line parsing and the headless modes (--check, --schema, --export, --list)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from filmviewer import __version__
from filmviewer.controller.sections import SECTIONS as TAB_CHOICES

if TYPE_CHECKING:
    from filmviewer.controller.library.index import LibraryIndex


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filmviewer",
        description="Show a film's details from a film file, or a folder of them.",
        epilog="With no PATH, what was open last opens (the bundled film the first time).",
    )
    parser.add_argument(
        "path", nargs="?", type=Path, metavar="PATH", help="film file or library folder to open"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--check",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="validate film files (every one under a folder) and print one line per "
        "problem; no window",
    )
    modes.add_argument(
        "--list",
        type=Path,
        metavar="DIR",
        help="list the films of the library folder DIR (path, title, year) and exit",
    )
    modes.add_argument(
        "--schema", action="store_true", help="print the film format's JSON Schema and exit"
    )
    modes.add_argument(
        "--import",
        dest="import_page",
        metavar="PAGE",
        help="write a film file read from a title page (a saved .html or .txt, or - for "
        "standard input) and exit",
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
    listing = parser.add_argument_group("library options (--list, --screenshot of a folder)")
    listing.add_argument(
        "--filter",
        metavar="QUERY",
        help="only films matching QUERY, e.g. 'year:1990..1999 \"hbo\"'",
    )
    listing.add_argument(
        "--search", metavar="QUERY", help="films whose plots hold QUERY, best first, with a snippet"
    )
    importing = parser.add_argument_group("import options")
    importing.add_argument(
        "--title", metavar="TEXT", help="the film's title, where the page does not show it"
    )
    importing.add_argument(
        "--year", type=_year, metavar="N", help="the film's year, where the page does not show it"
    )
    export = parser.add_argument_group("export options")
    export.add_argument(
        "--format",
        choices=("text", "markdown", "json", "html", "tsv"),
        default=None,
        help="the flavour to write: text (the default), markdown, json or html for --export; "
        "tsv (the default) or json for --list",
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


QT_OPTIONS_WITH_VALUE: Final = frozenset(
    (
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "display",
        "geometry",
        "dialogs",
        "fontengine",
        "qmljsdebugger",
    )
)
"""Qt's own options that take a value (``-style Fusion`` or ``-style=Fusion``)."""
QT_FLAGS: Final = frozenset(("widgetcount", "reverse", "nograb", "dograb", "sync"))


def split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """``argv`` (without the program) as (Film Viewer's arguments, Qt's own options).

    Qt's options (``-style Fusion``, ``-style=Fusion``, ``-reverse``, …, with
    one dash or two) go to the QApplication as every Qt application takes them;
    what follows ``--`` is Film Viewer's whatever it looks like.
    """
    ours: list[str] = []
    qt: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            ours.append(item)
            ours.extend(items)
            break
        name, equals, _value = item.lstrip("-").partition("=")
        if not item.startswith("-") or item in ("-", "--"):
            ours.append(item)
        elif name in QT_OPTIONS_WITH_VALUE:
            qt.append("-" + item.lstrip("-"))
            if not equals:
                value = next(items, None)
                if value is not None:
                    qt.append(value)
        elif name in QT_FLAGS and not equals:
            qt.append("-" + name)
        else:
            ours.append(item)
    return ours, qt


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    ours, qt = split_qt_options(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(ours)
    args.qt_options = qt
    if args.check and args.path:
        parser.error("--check takes its paths after it; PATH cannot be given as well")
    if args.list is not None:
        if args.format not in (None, "tsv", "json"):
            parser.error("--list writes tsv or json")
        args.format = args.format or "tsv"
    elif args.filter is not None and args.search is not None:
        parser.error("--filter and --search cannot be given together")
    elif (args.filter is not None or args.search is not None) and args.screenshot is None:
        parser.error("--filter and --search go with --list, or --screenshot of a folder")
    elif (args.title is not None or args.year is not None) and args.import_page is None:
        parser.error("--title and --year go with --import")
    elif args.import_page is not None and (args.format is not None or args.path is not None):
        parser.error("--import writes a film file: it takes -o FILE, --title and --year")
    elif args.import_page is not None:
        pass
    elif args.export is None and (args.output is not None or args.format is not None):
        parser.error("--format and --output go with --export or --list")
    elif args.format == "tsv":
        parser.error("--export writes text, markdown, json or html")
    if args.export is not None:
        args.format = args.format or "text"
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
    for path in _film_files(paths):
        shown = escape_unprintable(str(path))
        if path.is_dir():  # a folder with no film file under it
            from filmviewer.i18n import translate

            status = 1
            _print(out, f"{shown}: " + translate("cli", "holds no film files (.json or .nfo)"))
            continue
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


def _film_files(paths: list[Path]) -> list[Path]:
    """The paths, with every film file under each folder (in the library's order) in its place."""
    import os

    from filmviewer.controller.library.scan import walk

    files = []
    for path in paths:
        if path.is_dir():
            found = [path / os.fsdecode(item.path) for item in walk(path)]
            files += found or [path]
        else:
            files.append(path)
    return files


def list_films(
    root: Path,
    query: str | None,
    search: str | None,
    format: str,
    out: TextIO = sys.stdout,
) -> int:
    """The films of the library at ``root``, as TSV or JSON; problems to standard error.

    The index is brought up to date first (the files that changed read again);
    the films come from it, filtered and sorted in SQLite. With ``search``,
    every film whose summaries or synopsis hold it, best first. Exit status 0
    even when some files are no films; 1 when the folder cannot be read.
    """
    import json
    import os

    from filmviewer.controller.document import problem_text
    from filmviewer.controller.library.query import QueryError, parse
    from filmviewer.controller.library.view import LibraryView, Sort
    from filmviewer.model.text import escape_unprintable

    _configure_headless()
    if not root.is_dir() or not os.access(root, os.R_OK | os.X_OK):
        _print(sys.stderr, f"filmviewer: cannot read the folder {escape_unprintable(str(root))}")
        return 1
    try:
        parsed = parse(query or "")
    except QueryError as error:
        from filmviewer.controller.document import message_text

        _print(sys.stderr, f"filmviewer: --filter: {message_text(error.why)}")
        return 2
    index = _scanned_index(root.absolute())
    try:
        view = LibraryView(index)
        for problematic in view.problems():
            shown = escape_unprintable(str(root / os.fsdecode(problematic.path)))
            for problem in problematic.problems:
                _print(sys.stderr, f"{shown}: {problem_text(problem)}")
        snippets: dict[int, str] = {}
        if search:
            hits = view.hits(search)
            wanted = None if parsed.is_empty else set(view.ids(parsed, Sort()))
            chosen_ids = [hit.id for hit in hits if wanted is None or hit.id in wanted]
            snippets = {hit.id: hit.snippet.replace("\x02", "").replace("\x03", "") for hit in hits}
            chosen = [row for row in view.rows(chosen_ids) if row is not None]
        else:
            chosen = list(view.films(parsed, Sort()))
    finally:
        index.close()
    if format == "json":
        items = []
        for row in chosen:
            item: dict[str, object] = {
                "path": os.fsdecode(row.path),
                "title": row.title,
                "year": row.year,
            }
            if search:
                item["snippet"] = snippets.get(row.id, "")
            items.append(item)
        _print(out, json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    lines = ["path\ttitle\tyear" + ("\tsnippet" if search else "")]
    for row in chosen:
        cells = [escape_unprintable(os.fsdecode(row.path)), row.title, str(row.year or "")]
        if search:
            cells.append(snippets.get(row.id, ""))
        lines.append("\t".join(cells))
    _print(out, "\n".join(lines))
    return 0


def _scanned_index(root: Path) -> LibraryIndex:
    """The index of the library at ``root``, brought up to date (built again if damaged)."""
    from filmviewer.controller.cache_files import cache_location
    from filmviewer.controller.formatting import display_locale
    from filmviewer.controller.library.index import LibraryIndex, index_fingerprint, index_path
    from filmviewer.controller.library.scan import IndexDamagedError, ScanCallbacks, scan
    from filmviewer.i18n import translate

    def ignore(_value: object) -> None:
        pass

    callbacks = ScanCallbacks(
        stored=ignore,
        removed=ignore,
        progress=ignore,
        note=lambda text: _print(sys.stderr, "filmviewer: " + translate("library", text)),
    )
    index = LibraryIndex(root, index_path(cache_location(), root), index_fingerprint())
    locale = display_locale().name()
    try:
        scan(index, callbacks, locale=locale)
    except IndexDamagedError:
        index.rebuild()
        scan(index, callbacks, locale=locale)
    return index


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
    return _write_out(render(document, section, format).encode("utf-8"), output)


def _write_out(data: bytes, output: Path | None, new_file: bool = False) -> int:
    """Write ``data`` to ``output`` (a file made anew if ``new_file``), or standard output."""
    from filmviewer.model.text import escape_unprintable

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
        _print(sys.stderr, f"filmviewer: cannot write {escape_unprintable(str(output))}: {reason}")
        return 1
    return 0


def import_page(page: str, output: Path | None, title: str | None, year: int | None) -> int:
    """Write the film on a title page as a film file; 1 if the page gives none.

    Each guess and each fragment left out goes to standard error as
    ``warning: where: what``. An existing FILE is never overwritten.
    """
    import json

    from filmviewer.controller.document import message_text, problem_text
    from filmviewer.controller.importer import MAX_PAGE_BYTES, NotAFilmPageError, import_page
    from filmviewer.model.text import escape_unprintable

    _configure_headless()
    shown = "standard input" if page == "-" else escape_unprintable(page)
    if output is not None and output.exists():
        _print(sys.stderr, f"filmviewer: {escape_unprintable(str(output))} exists; not overwritten")
        return 1
    try:
        if page == "-":
            data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        else:
            with open(page, "rb") as file:
                data = file.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        _print(sys.stderr, f"filmviewer: cannot read {shown}: {error.strerror or error}")
        return 1
    html = True if page.lower().endswith((".html", ".htm")) else None
    try:
        imported = import_page(data, html=html, title=title, year=year)
    except NotAFilmPageError as error:
        _print(sys.stderr, f"filmviewer: {shown}: {message_text(error.why)}")
        if error.untitled:
            _print(sys.stderr, "filmviewer: give it with --title TEXT (and --year N)")
        return 1
    for warning in imported.warnings:
        _print(sys.stderr, f"warning: {problem_text(warning)}")
    text = json.dumps(imported.data, ensure_ascii=False, indent=2) + "\n"
    return _write_out(text.encode("utf-8"), output, new_file=True)


def _year(text: str) -> int:
    from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR

    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"expected a year between {FIRST_YEAR} and {LAST_YEAR}, not {text!r}"
        )
    return int(text)


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
