"""A title page as HTML (saved from a browser, or the clipboard's HTML): its film data and its text.

The structured data (schema.org JSON-LD, IMDb's ``__NEXT_DATA__``) wins over
the text; the text is turned into the lines page.py reads, with each list
item a line of its own, so that lists come apart exactly. Nothing the page
links to is fetched, and no markup reaches the film: only text.
"""

from __future__ import annotations

import json
from typing import Any, Final

from filmviewer.controller.importer import structured
from filmviewer.controller.importer.page import TITLE_YEAR, Draft, Line, lines_of, read_lines
from filmviewer.model.problems import QT_TRANSLATE_NOOP

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
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
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
    }
)


def read_html(text: str, draft: Draft) -> None:
    """Read the page's structured data and its text into ``draft``."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return
    found: dict[str, Any] = {}
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().casefold()
        if kind == "application/ld+json":
            for movie in structured.movies(_json(script.text or "", draft)):
                structured.merge(found, structured.from_schema_org(movie))
        elif script.get("id") == "__NEXT_DATA__":
            structured.merge(found, structured.from_imdb_data(_json(script.text or "", draft)))
    heading = next((_text_of(h1) for h1 in root.iter("h1")), "")
    if not heading:
        title = root.find(".//title")
        heading = _page_title(_text_of(title) if title is not None else "")
    lines = _lines(root)
    read_lines(lines, draft, html=True)
    if heading:
        draft.put(("title",), _strip_year(heading, draft))
    if found:
        draft.recognised = True
        _keep_text_summaries(found, draft.data)
        structured.merge(draft.data, found)


def _keep_text_summaries(found: dict[str, Any], text: dict[str, Any]) -> None:
    """The structured data gives one summary (the outline); the text may show more, signed."""
    given, shown = found.get("summaries"), text.get("summaries")
    if not given or not shown:
        return
    known = {" ".join(summary["text"].split()) for summary in shown}
    found["summaries"] = [s for s in given if " ".join(s["text"].split()) not in known] + shown


def _json(text: str, draft: Draft) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        draft.warn(
            "page",
            QT_TRANSLATE_NOOP("problems", "left out the page's film data: it is not valid JSON"),
        )
        return None


def _text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


def _page_title(title: str) -> str:
    """A browser tab's title without the site's name: "Stalin (TV Movie 1992) - IMDb"."""
    for separator in (" - ", " | ", " – "):
        if separator in title:
            title = title.rsplit(separator, 1)[0]
    return " ".join(title.split())


def _strip_year(heading: str, draft: Draft) -> str:
    titled = TITLE_YEAR.match(heading)
    if titled:
        draft.put(("year",), int(titled.group("year")))
        return titled.group("title")
    return heading


def _lines(root: Any) -> list[Line]:
    """The page's text as lines: a line per block, a bullet per list item, links kept."""
    lines: list[Line] = []
    words: list[str] = []
    links: list[tuple[str, str]] = []
    bullet = False

    def flush() -> None:
        nonlocal bullet
        text = " ".join(" ".join(words).split())
        if text:
            for line in lines_of(text):
                lines.append(Line(0, line.text, bullet or line.bullet, tuple(links)))
        words.clear()
        links.clear()
        bullet = False

    from lxml import etree

    skipping = 0
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
        block = tag in _BLOCKS
        if event == "start":
            if block:
                flush()
                if tag == "li" and not any(
                    isinstance(child.tag, str) and child.tag in _BLOCKS - {"br"}
                    for child in element.iterdescendants()
                ):
                    bullet = True
            if element.text:
                words.append(element.text)
            continue
        if tag == "a" and element.get("href"):
            links.append((_text_of(element), element.get("href").strip()))
        if block:
            flush()
        if element.tail:
            words.append(element.tail)
    flush()
    return lines
