"""A title page as HTML (saved from a browser, or the clipboard's HTML): each source of its film
data read apart, for merge.py to weigh.

The machine-readable sources come first: JSON-LD, the site's page data,
microdata, meta tags. The text is turned into the lines text.py reads, each
heading marked with its level, each list item a line of its own and the
links kept; an encyclopedia's infobox reads as a Details section. Nothing
the page links to is fetched, and no markup reaches the film: only text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from filmviewer.controller.importer import jsonld, meta, microdata, names, pagedata
from filmviewer.controller.importer.draft import Draft, Line
from filmviewer.controller.importer.found import NATIVE, Found, identifiers_in, site_of, text
from filmviewer.controller.importer.text import is_debris, lines_of, read_lines

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_BLOCKS: Final = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
    }
)
_HEADINGS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIPPED: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "button",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "textarea",
        "input",
        "canvas",
        "video",
        "audio",
        "sup",  # footnote marks
    }
)
_INFOBOX: Final = re.compile(r"\binfobox\b")
_LD: Final = "application/ld+json"
_TIGHT: Final = re.compile(r"\s+([,;:!?)\]])")
_OPEN: Final = re.compile(r"([(\[])\s+")
"""Spaces a re-serialised page puts around inline elements: "Drago , Hiccup", "( 刘启 )"."""


class Page:
    """A parsed page: its sources of film data, most trusted first, and its text read."""

    def __init__(self, founds: list[Found], draft: Draft, address: str | None) -> None:
        self.founds = founds
        self.draft = draft
        self.address = address


def read_html(page: str) -> Page:
    # lxml (10 ms) when a page is read, not with the window.
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        return Page([], Draft(html=True), None)
    base = meta.address(root)
    site = site_of(base)
    scripts = [script.text or "" for script in root.iter("script")]
    kinds = [(script.get("type") or "").strip().casefold() for script in root.iter("script")]
    ids = [script.get("id") or "" for script in root.iter("script")]
    founds = [
        jsonld.read(
            [script for script, kind in zip(scripts, kinds, strict=True) if kind == _LD], base
        )
    ]
    for script, identifier in zip(scripts, ids, strict=True):
        if identifier == "__NEXT_DATA__":
            founds.append(pagedata.read_imdb(script, _imdb_number(base)))
        elif identifier == "score-details-json":
            founds.append(pagedata.read_rotten_tomatoes(script))
    founds.append(microdata.read(root, base))
    founds.append(meta.read(root, base))
    draft = Draft(html=True, base=base)
    _native_title(root, draft)
    if site not in ("imdb", "themoviedb"):
        linked = _linked_identifiers(root)
        if linked:
            draft.data["identifiers"] = linked
    read_lines(_lines(root), draft)
    return Page([found for found in founds if found], draft, base)


def _imdb_number(base: str | None) -> str | None:
    found = identifiers_in([base or ""])
    return found.get("imdb")


def _native_title(root: HtmlElement, draft: Draft) -> None:
    """An infobox row naming the film in its own language ("Chinese 流浪地球")."""
    known = names.languages()
    for table in root.iter("table"):
        if not _INFOBOX.search(table.get("class") or ""):
            continue
        for row in table.iter("tr"):
            cells = [cell for cell in row if cell.tag in ("th", "td")]
            if len(cells) != 2 or cells[0].tag != "th":
                continue
            name = " ".join(cells[0].text_content().split())
            if name in known or (name.split()[-1:] and name.split()[-1] in known):
                title = text(cells[1].text_content())
                if title:
                    draft.titles.setdefault(NATIVE, title)
                    return
        return


_NAMED: Final = re.compile(r"\b(?:at|on)\s+(?:IMDb|TMDb|The Movie Database)\b", re.IGNORECASE)


def _linked_identifiers(root: HtmlElement) -> dict[str, Any]:
    """IMDb and TMDb numbers of the links a page names as the film's there: a link reading
    "IMDb" (Letterboxd), or "Titanic at IMDb" (an encyclopedia's external links)."""
    addresses = []
    for link in root.iter("a"):
        href = link.get("href") or ""
        if "imdb.com" not in href and "themoviedb.org" not in href:
            continue
        label = " ".join(link.text_content().split()).casefold()
        parent = link.getparent()
        around = " ".join(parent.text_content().split()) if parent is not None else ""
        if label in ("imdb", "tmdb", "the movie database") or _NAMED.search(around):
            addresses.append(href)
    return identifiers_in(addresses)


def _lines(root: HtmlElement) -> list[Line]:
    """The page's text as lines: a line per block, a bullet per list item, links kept,
    headings marked with their level; an infobox reads as a Details section."""
    from lxml import etree

    lines: list[Line] = []
    words: list[str] = []
    links: list[tuple[str, str]] = []
    bullet = False

    def flush(heading: int = 0) -> None:
        nonlocal bullet
        joined = _TIGHT.sub(r"\1", _OPEN.sub(r"\1", " ".join(" ".join(words).split())))
        if joined:
            if heading:
                lines.append(Line(0, joined, heading=heading))
            else:
                for line in lines_of(joined):
                    lines.append(Line(0, line.text, bullet or line.bullet, tuple(links)))
        words.clear()
        links.clear()
        bullet = False

    skipping = 0
    infobox = 0
    body = root.find("body")
    # Walked without recursion: a page may nest elements deeper than Python's stack.
    for event, element in etree.iterwalk(
        body if body is not None else root, events=("start", "end")
    ):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED:
            skipping += 1 if event == "start" else -1
            if event == "end" and not skipping and element.tail:
                words.append(element.tail)
            continue
        if skipping:
            continue
        heading = _HEADINGS.get(tag, 0)
        block = tag in _BLOCKS or heading
        boxed = tag == "table" and _INFOBOX.search(element.get("class") or "")
        if event == "start":
            if block:
                flush()
            if boxed:
                infobox += 1
                if infobox == 1:
                    lines.append(Line(0, "Details", heading=2))
            if tag == "li" and not any(
                isinstance(child.tag, str) and child.tag in _BLOCKS - {"br"}
                for child in element.iterdescendants()
            ):
                bullet = True
            if element.text:
                words.append(element.text)
            continue
        if tag == "a" and element.get("href"):
            links.append((" ".join(element.text_content().split()), element.get("href").strip()))
        if block:
            flush(heading)
        if boxed:
            infobox -= 1
            if not infobox:
                lines.append(Line(0, "", heading=2))  # the infobox ends
        if element.tail:
            words.append(element.tail)
    flush()
    return [line for line in lines if not is_debris(line.text)]
