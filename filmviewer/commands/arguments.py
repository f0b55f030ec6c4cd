"""The command line: Film Viewer's options, parsed, with Qt's own set aside for Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Final

from filmviewer import __version__
from filmviewer.controller.sections import SECTIONS as TAB_CHOICES
from filmviewer.model.limits import FIRST_YEAR, LAST_YEAR


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
    shot.add_argument(
        "--browse", action="store_true", help="with the library's Browse panel open (a folder)"
    )
    shot.add_argument(
        "--statistics",
        action="store_true",
        help="picture the library's statistics window instead (a folder)",
    )
    shot.add_argument(
        "--color-scheme",
        choices=("light", "dark"),
        help="draw in the Fusion style's light or dark colours, whatever the desktop's",
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


def _year(text: str) -> int:
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"expected a year between {FIRST_YEAR} and {LAST_YEAR}, not {text!r}"
        )
    return int(text)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        message = f"expected WIDTHxHEIGHT, e.g. 960x720, not {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if not (200 <= width <= 8192 and 150 <= height <= 8192):
        raise argparse.ArgumentTypeError("the size must be between 200x150 and 8192x8192")
    return width, height
