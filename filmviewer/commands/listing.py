"""``filmviewer --list DIR``: a library's films, filtered or searched, from its index."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from filmviewer.commands.output import print_line
from filmviewer.configure import configure_headless
from filmviewer.controller.cache_files import cache_location
from filmviewer.controller.document import message_text, problem_text
from filmviewer.controller.formatting import display_locale
from filmviewer.controller.library.index import LibraryIndex, index_fingerprint, index_path
from filmviewer.controller.library.query import QueryError, parse
from filmviewer.controller.library.scan import IndexDamagedError, ScanCallbacks, scan
from filmviewer.controller.library.view import LibraryView, Sort
from filmviewer.i18n import translate
from filmviewer.model.text import escape_unprintable

if TYPE_CHECKING:
    from filmviewer.controller.library.index import LibraryIndex


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
    configure_headless()
    if not root.is_dir() or not os.access(root, os.R_OK | os.X_OK):
        print_line(
            sys.stderr, f"filmviewer: cannot read the folder {escape_unprintable(str(root))}"
        )
        return 1
    try:
        parsed = parse(query or "")
    except QueryError as error:
        print_line(sys.stderr, f"filmviewer: --filter: {message_text(error.why)}")
        return 2
    index = _scanned_index(root.absolute())
    try:
        view = LibraryView(index)
        for problematic in view.problems():
            shown = escape_unprintable(str(root / os.fsdecode(problematic.path)))
            for problem in problematic.problems:
                print_line(sys.stderr, f"{shown}: {problem_text(problem)}")
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
        print_line(out, json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    lines = ["path\ttitle\tyear" + ("\tsnippet" if search else "")]
    for row in chosen:
        cells = [escape_unprintable(os.fsdecode(row.path)), row.title, str(row.year or "")]
        if search:
            cells.append(snippets.get(row.id, ""))
        lines.append("\t".join(cells))
    print_line(out, "\n".join(lines))
    return 0


def _scanned_index(root: Path) -> LibraryIndex:
    """The index of the library at ``root``, brought up to date (built again if damaged)."""

    def ignore(_value: object) -> None:
        pass

    callbacks = ScanCallbacks(
        stored=ignore,
        removed=ignore,
        progress=ignore,
        note=lambda text: print_line(sys.stderr, "filmviewer: " + translate("library", text)),
    )
    index = LibraryIndex(root, index_path(cache_location(), root), index_fingerprint())
    locale = display_locale().name()
    try:
        scan(index, callbacks, locale=locale)
    except IndexDamagedError:
        index.rebuild()
        scan(index, callbacks, locale=locale)
    return index
