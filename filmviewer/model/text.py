"""Which characters film text may hold, what counts as blank, and how to show text safely.

The rules, decided per character class:

- **Refused at load** (they change how other text is shown, or are not text):
  C0 and C1 control characters other than tab and line breaks, DEL, bidi
  embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
  lone surrogates and noncharacters. One-line text (titles, names, keywords)
  also refuses tabs and line breaks; prose (summaries, synopsis) keeps them.
- **Kept and shown as they are**: everything else, including the invisible
  characters real text needs: zero-width joiners (emoji, Indic scripts,
  Persian), zero-width spaces (Thai), soft hyphens, bidi marks (LRM, RLM, ALM).
- **Blank**: text made only of white space and default-ignorable characters
  (zero-width spaces, fillers, …) is empty, however long it is.
- **Terminals and names**: file names can hold anything, so text bound for a
  terminal, a window title or a message is escaped where it is not printable.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

from filmviewer.lazy import Pattern

_CONTROLS: Final = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI_CONTROLS: Final = "\u202a-\u202e\u2066-\u2069"
_NONCHARACTERS: Final = "\ufdd0-\ufdef\ufffe\uffff"
"""In the first plane; those of the others (U+1FFFE, …) are looked for apart, being rare."""
_SURROGATES: Final = "\ud800-\udfff"
_ASTRAL: Final = Pattern("[\U00010000-\U0010ffff]")

_REFUSED_IN_PROSE: Final = Pattern(f"[{_CONTROLS}{_BIDI_CONTROLS}{_NONCHARACTERS}{_SURROGATES}]")
_REFUSED_IN_LINE: Final = Pattern(
    f"[{_CONTROLS}\t\n\r\u2028\u2029{_BIDI_CONTROLS}{_NONCHARACTERS}{_SURROGATES}]"
)

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt), with the
# blank braille pattern, which every font draws as nothing.
_IGNORABLE: Final = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_BLANK: Final = Pattern(f"[\\s{_IGNORABLE}]*")


def is_blank(text: str) -> bool:
    """True if ``text`` shows nothing: only white space and invisible characters."""
    return _BLANK.fullmatch(text) is not None


LINE_BREAKS: Final = "\t\n\r\u2028\u2029"
"""What prose may hold and one-line text may not."""


def refused_character(text: str, *, one_line: bool) -> tuple[int, str] | None:
    """The first character film text may not hold, as (offset, character), or None."""
    if one_line and text.isprintable():
        return None  # printable text holds no control, format, separator or noncharacter
    pattern = _REFUSED_IN_LINE if one_line else _REFUSED_IN_PROSE
    match = pattern.search(text)
    found = None if match is None else (match.start(), match.group())
    for astral in _ASTRAL.finditer(text, 0, found[0] if found else len(text)):
        if ord(astral.group()) & 0xFFFE == 0xFFFE:
            return astral.start(), astral.group()
    return found


def describe_character(char: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``: a character named so that it can be found."""
    code = ord(char)
    name = unicodedata.name(char, "")
    if not name:
        name = _CONTROL_NAMES.get(code, "")
        if not name and 0xD800 <= code <= 0xDFFF:
            name = "half of a UTF-16 surrogate pair"
        elif not name and (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE):
            name = "a noncharacter"
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"


_CONTROL_NAMES: Final = {
    0x00: "NUL",
    0x07: "BELL",
    0x08: "BACKSPACE",
    0x09: "TAB",
    0x0A: "LINE FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
}


def escape_unprintable(text: str) -> str:
    """``text`` with every character a terminal or a title bar would not show as itself escaped.

    Control, format and separator characters become ``\\n``, ``\\x1b``,
    ``\\u202e``; bytes a file name could not decode (held as lone surrogates)
    become ``\\xff``. Everything printable, spaces included, is kept.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


_SHORT_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


_LETTERS: Final = {
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
"""Letters that are a base letter with a stroke or a ligature, which no decomposition takes
apart: searched for as the letters people type for them."""


@functools.lru_cache(maxsize=8192)
def fold_char(char: str, case: bool = True, marks: bool = True) -> str:
    """One character as searches compare it: the one folding rule of Film Viewer.

    With ``marks`` (diacritics ignored): its compatibility decomposition
    (full-width "Ａ" is "A", the ligature "ﬁ" is "fi"), without combining
    marks of any script (Latin accents, Greek tonos, Vietnamese tones, Arabic
    harakat, Hebrew niqqud, the dot of Turkish "İ"); a combining mark alone
    is "". Letters no decomposition takes apart are the letters people type
    for them ("ø" is "o", "æ" is "ae", Turkish "ı" is "i"). With ``case``:
    case folded ("ß" is "ss", "Σ" and "ς" are "σ").

    The library's filter and plot index fold their text and queries with it,
    and the find bar the synopsis: all three agree.
    """
    if char.isascii():
        return char.lower() if case else char
    folded = char
    if marks:
        if unicodedata.category(char) == "Mn":
            return ""
        letter = _LETTERS.get(char.lower())
        if letter is not None:
            folded = letter if case or not char.isupper() else letter.upper()
        else:
            folded = "".join(
                part
                for part in unicodedata.normalize("NFKD", char)
                if unicodedata.category(part) != "Mn"
            )
    return folded.casefold() if case else folded


class _FoldTable(dict[int, str]):
    """``fold_char`` by code point, for ``str.translate``: each character worked out once."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLDED: Final = _FoldTable()


def fold(text: str) -> str:
    """``text`` as searches compare it: case and diacritics gone ("Müvelödési" → "muvelodesi").

    The same folding (``fold_char``) is given to what is searched and what is
    searched for, in the library's filter and plot index and in the find bar.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDED)
