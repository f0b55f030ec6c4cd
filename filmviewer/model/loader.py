"""Safe loading of JSON film files: size cap, strict UTF-8, readable errors.

Reading and JSON checks need only the standard library; pydantic is imported
when a file is validated, so callers that only read bytes stay light. Every
failure, expected or not, becomes a FilmFileError naming where and what.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from filmviewer.lazy import Pattern, logger
from filmviewer.model.problems import (
    ENCODING,
    FILE,
    QT_TRANSLATE_NOOP,
    TOP_LEVEL,
    FilmFileError,
    Message,
    Problem,
    at_line,
    message,
    problem,
)
from filmviewer.model.text import describe_character, escape_unprintable

if TYPE_CHECKING:
    # pydantic (70 ms) once a film is validated: a cached film needs none.
    from pydantic import ValidationError

    from filmviewer.model.film import Film

__all__ = ["FilmFileError", "Problem"]


MAX_FILE_BYTES: Final = 16 * 1024 * 1024
"""Film files larger than this are refused before they are parsed."""
MAX_DEPTH: Final = 32
"""JSON nested deeper than this is no film file (a film is five levels deep)."""
MAX_DIGITS: Final = 4_300
"""Python's own limit on the digits of an integer read from text."""

_MAX_WHERE = 100
_BINARY_SIGNATURES = {
    b"\x89PNG": QT_TRANSLATE_NOOP("problems", "this is a PNG image, not a film file"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("problems", "this is a JPEG image, not a film file"),
    b"GIF8": QT_TRANSLATE_NOOP("problems", "this is a GIF image, not a film file"),
    b"%PDF": QT_TRANSLATE_NOOP("problems", "this is a PDF document, not a film file"),
    b"PK\x03\x04": QT_TRANSLATE_NOOP("problems", "this is a ZIP archive, not a film file"),
    b"\x1f\x8b": QT_TRANSLATE_NOOP("problems", "this is a gzip archive, not a film file"),
}


class FileStamp(NamedTuple):
    """What tells one version of a file from the next, taken when it was read."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    """Status change time: a chmod or a rename over the file moves it."""


class FileBytes(NamedTuple):
    data: bytes
    stamp: FileStamp


def load_film(path: Path | str) -> Film:
    """Read, decode, parse and validate the film file at ``path``."""
    return parse_film(read_film_file(path).data, path)


def read_film_file(path: Path | str) -> FileBytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, and the stamp of that read.

    Never blocks on a FIFO or device and never returns a changing file: the
    size and modification time must be the same before and after reading.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as error:
        raise _file_error(path, _describe_os_error(error)) from None
    try:
        before = os.fstat(fd)
        if stat.S_ISDIR(before.st_mode):
            raise _file_error(path, QT_TRANSLATE_NOOP("problems", "is a folder, not a film file"))
        if not stat.S_ISREG(before.st_mode):
            raise _file_error(path, _NOT_REGULAR)
        if before.st_size > MAX_FILE_BYTES:
            raise _too_large(path, before.st_size)
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _too_large(path, total)
        after = os.fstat(fd)
    except OSError as error:
        raise _file_error(path, _describe_os_error(error)) from None
    finally:
        os.close(fd)
    if before.st_size == 0 and total > 0 and after.st_size == 0:
        raise _file_error(
            path,
            QT_TRANSLATE_NOOP(
                "problems",
                "is a file the system makes up as it is read (like those in /proc), "
                "not a film file",
            ),
        )
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
        total != after.st_size
    ):
        raise _file_error(
            path, QT_TRANSLATE_NOOP("problems", "changed while it was being read; try again")
        )
    stamp = FileStamp(
        before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns, before.st_ctime_ns
    )
    return FileBytes(b"".join(chunks), stamp)


def parse_film(data: bytes, path: Path | str = "<bytes>") -> Film:
    """Decode, parse and validate the bytes of a film file.

    Whatever goes wrong, FilmFileError is what comes out: an unexpected
    exception is logged and reported as a problem of the file.
    """
    try:
        body = data.removeprefix(b"\xef\xbb\xbf")
        # The quick way first: JSON's own checks without building the tree, then
        # pydantic reads the bytes (not the text: with one emoji in it, a text is
        # four bytes a character), never both at once.
        if _plain_json(decode_film_text(data, path)):
            try:
                return validate_film_json(body, path)
            except FilmFileError:
                pass  # said below, with the newer-format hint where it applies
        # Not a film: the slow way, for words that say where and what.
        value = parse_json(decode_film_text(data, path), path)
        newer = _newer_format(value)
        del value
        try:
            return validate_film_json(body, path)
        except FilmFileError as error:
            if newer is not None:
                raise FilmFileError(path, [newer, *error.problems]) from None
            raise
    except FilmFileError:
        raise
    except Exception as error:
        raise unexpected_error(path, error) from error


def _plain_json(text: str) -> bool:
    """True if ``text`` is JSON with no key twice in an object, no NaN and no huge number.

    What parse_json refuses that pydantic would let pass, looked for without
    building the tree; False sends the file the slow way, to say why.
    """
    try:
        json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant, parse_int=_int
        )
    except (ValueError, _JsonValueError, RecursionError):
        return False
    return True


def _no_duplicates(pairs: list[tuple[str, Any]]) -> None:
    if len({key for key, _ in pairs}) != len(pairs):
        raise ValueError("duplicate key")


def unexpected_error(path: Path | str, error: BaseException) -> FilmFileError:
    """A failure nobody foresaw while reading ``path``, as a problem of that file."""
    logger().warning("unexpected error reading %s", escape_unprintable(str(path)), exc_info=error)
    what = escape_unprintable(f"{type(error).__name__}: {error}")
    return FilmFileError(
        path,
        [
            problem(
                FILE,
                QT_TRANSLATE_NOOP("problems", "could not be read ({error})"),
                error=what if len(what) <= 200 else what[:199] + "…",
            )
        ],
    )


def decode_film_text(data: bytes, path: Path | str = "<bytes>") -> str:
    """Decode strict UTF-8; a UTF-8 byte order mark is allowed and dropped."""
    encoding = _wrong_encoding(data)
    if encoding is not None:
        raise FilmFileError(
            path,
            [
                problem(
                    ENCODING,
                    QT_TRANSLATE_NOOP("problems", "the file is {encoding} text; save it as UTF-8"),
                    encoding=encoding,
                )
            ],
        )
    kind = binary_kind(data)
    if kind is not None:
        raise FilmFileError(path, [problem(FILE, kind)])
    nul = data.find(b"\x00")
    if nul >= 0:
        raise FilmFileError(
            path,
            [
                problem(
                    _where_byte(data, nul),
                    QT_TRANSLATE_NOOP("problems", "contains a NUL byte: not a text file"),
                )
            ],
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise FilmFileError(
            path,
            [
                problem(
                    _where_byte(data, error.start),
                    QT_TRANSLATE_NOOP("problems", "not UTF-8 text (byte 0x{byte})"),
                    byte=bad,
                )
            ],
        ) from None


def binary_kind(data: bytes) -> str | None:
    """What the bytes are, if they start as an image, a document or an archive does."""
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return None


def _wrong_encoding(data: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" where the bytes are text in one of them (with or without BOM)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    # JSON starts with two ASCII characters, so the NULs of the first four bytes
    # tell the encoding (RFC 4627, section 3).
    head = data[:4]
    if len(head) == 4:
        zeros = tuple(byte == 0 for byte in head)
        if zeros in ((True, True, True, False), (False, True, True, True)):
            return "UTF-32"
        if zeros in ((True, False, True, False), (False, True, False, True)):
            return "UTF-16"
    return None


def parse_json(text: str, path: Path | str = "<text>") -> dict[str, Any]:
    """Parse JSON text holding one object; reject duplicate keys, NaN, Infinity and deep nesting."""
    if not text:
        raise FilmFileError(
            path, [problem(FILE, QT_TRANSLATE_NOOP("problems", "the file is empty"))]
        )
    if not text.strip():
        raise FilmFileError(
            path, [problem(FILE, QT_TRANSLATE_NOOP("problems", "the file holds only white space"))]
        )
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
            parse_int=_int,
        )
    except json.JSONDecodeError as error:
        raise FilmFileError(path, [_json_problem(text, error)]) from None
    except _JsonValueError as error:
        where = _locate(text, error.key, error.token) or message("JSON")
        raise FilmFileError(path, [Problem(where, error.what)]) from None
    except RecursionError:
        raise FilmFileError(path, [_too_deep(text)]) from None
    if not isinstance(value, dict):
        raise FilmFileError(
            path,
            [
                problem(
                    TOP_LEVEL,
                    QT_TRANSLATE_NOOP(
                        "problems", "expected an object describing a film, found {kind}"
                    ),
                    kind=_json_kind(value),
                )
            ],
        )
    problems = list(_tree_problems(value, text))
    if problems:
        raise FilmFileError(path, problems)
    return value


def validate_film_json(text: str | bytes, path: Path | str = "<text>") -> Film:
    """Validate JSON text (or UTF-8 bytes) against the Film model (strict, no unknown keys)."""
    from pydantic import ValidationError

    from filmviewer.model.film import Film

    try:
        return Film.model_validate_json(text)
    except ValidationError as error:
        raise FilmFileError(path, validation_problems(error)) from None


def _newer_format(value: dict[str, Any]) -> Problem | None:
    # The film model (pydantic) only once a film is validated.
    from filmviewer.model.film import FORMAT_VERSION

    version = value.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return problem(
            "format_version",
            QT_TRANSLATE_NOOP(
                "problems",
                "this file is in format {version}; this Film Viewer reads format {ours}: "
                "a newer Film Viewer may open it",
            ),
            version=version,
            ours=FORMAT_VERSION,
        )
    return None


class _JsonValueError(ValueError):
    """JSON the json module accepts and a film file does not, and what to look for to place it."""

    def __init__(self, what: Message, key: str | None = None, token: str | None = None) -> None:
        super().__init__(str(what))
        self.what = what
        self.key = key
        self.token = token


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            what = message(
                QT_TRANSLATE_NOOP(
                    "problems", "duplicate key {key}: a key may appear once per object"
                ),
                key=_quote(key),
            )
            raise _JsonValueError(what, key=key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    what = message(QT_TRANSLATE_NOOP("problems", "{name} is not a number JSON allows"), name=name)
    raise _JsonValueError(what, token=name)


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        what = message(
            QT_TRANSLATE_NOOP(
                "problems", "a number of {count} digits; no value in a film file is that long"
            ),
            count=f"{len(digits.lstrip('-')):,}",
        )
        raise _JsonValueError(what, token=digits)
    return int(digits)


_JSON_MESSAGES = {
    "Expecting value": QT_TRANSLATE_NOOP("problems", "not valid JSON: a value is missing here"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: a comma (,) is missing here"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: a colon (:) is missing here"
    ),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: a key in double quotes is missing here"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: a string starts here and never ends"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "problems",
        "not valid JSON: a line break or tab inside a string (write it as \\n or \\t)",
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: a backslash that starts no valid escape"
    ),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: \\u must be followed by four hexadecimal digits"
    ),
    "Extra data": QT_TRANSLATE_NOOP(
        "problems", "not valid JSON: more text after the film's closing brace"
    ),
}


def _json_problem(text: str, error: json.JSONDecodeError) -> Problem:
    """A JSON syntax error in words that say what to fix."""
    where = at_line(error.lineno, error.colno)
    if error.msg.startswith("Unexpected UTF-8 BOM"):
        return problem(
            ENCODING,
            QT_TRANSLATE_NOOP(
                "problems",
                "the file starts with a second byte order mark (U+FEFF); save it as UTF-8",
            ),
        )
    rest = text[error.pos : error.pos + 2]
    before = text[: error.pos].rstrip()
    if rest.startswith(("//", "/*", "#")):
        what = QT_TRANSLATE_NOOP("problems", "not valid JSON: comments are not allowed in JSON")
    elif before.endswith(",") and rest[:1] in ("}", "]"):
        comma = len(before) - 1
        line = text.count("\n", 0, comma) + 1
        where = at_line(line, comma - (text.rfind("\n", 0, comma) + 1) + 1)
        what = QT_TRANSLATE_NOOP(
            "problems", "not valid JSON: a trailing comma; JSON allows none before “}” or “]”"
        )
    elif rest[:1] == "'":
        what = QT_TRANSLATE_NOOP(
            "problems", 'not valid JSON: strings and keys take double quotes ("), not single'
        )
    elif error.msg.startswith("Expecting property name") and (
        rest[:1].isalpha() or rest[:1] == "_"
    ):
        what = QT_TRANSLATE_NOOP("problems", "not valid JSON: keys must be in double quotes")
    elif error.msg in ("Expecting value",) and text[error.pos : error.pos + 1] == "\ufeff":
        what = QT_TRANSLATE_NOOP(
            "problems", "not valid JSON: a byte order mark (U+FEFF) in the middle of the text"
        )
    else:
        what = _JSON_MESSAGES.get(error.msg, "")
        if not what:
            return problem(
                where,
                QT_TRANSLATE_NOOP("problems", "not valid JSON: {detail}"),
                detail=error.msg,
            )
    return problem(where, what)


def _too_deep(text: str) -> Problem:
    """Where ``text`` first nests deeper than MAX_DEPTH."""
    return problem(
        _deep_place(text) or message("JSON"),
        QT_TRANSLATE_NOOP(
            "problems", "nested more than {depth} levels deep; a film file is never that deep"
        ),
        depth=MAX_DEPTH,
    )


_TOKEN = Pattern(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _deep_place(text: str) -> Message | None:
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("{", "["):
            depth += 1
            if depth > MAX_DEPTH:
                return _where(text, match.start())
        elif token in ("}", "]"):
            depth -= 1
    return None


def _tree_problems(value: Any, text: str) -> Iterator[Problem]:
    """Nesting beyond MAX_DEPTH and lone surrogates (\\ud800 escapes) in the parsed JSON."""
    check_surrogates = "\\u" in text and _SURROGATE_ESCAPE.search(text) is not None
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            children: Iterable[tuple[str | int, Any]] = item.items()
        elif isinstance(item, list):
            children = enumerate(item)
        else:
            if check_surrogates and isinstance(item, str):
                yield from _surrogate_problem(item, path)
            continue
        if len(path) >= MAX_DEPTH:
            yield _too_deep(text)
            return
        for key, child in children:
            if check_surrogates and isinstance(key, str):
                yield from _surrogate_problem(key, path)
            stack.append((child, (*path, key)))


_SURROGATE_ESCAPE = Pattern(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = Pattern("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def _surrogate_problem(text: str, path: tuple[str | int, ...]) -> Iterator[Problem]:
    found = _LONE_SURROGATE.search(text)
    if found is not None:
        yield problem(
            _loc(path) or TOP_LEVEL,
            QT_TRANSLATE_NOOP(
                "problems", "holds {character} at character {offset}, which film text may not hold"
            ),
            character=describe_character(found.group()),
            offset=found.start() + 1,
        )


def _locate(text: str, key: str | None, token: str | None) -> Message | None:
    """Where the second ``key`` of one object, or the first ``token``, stands in ``text``.

    The json module's hooks are not told positions, so the text is scanned
    again, token by token, keeping the keys of each open object.
    """
    keys: list[set[str] | None] = []  # per open container: an object's keys, or None for an array
    previous: re.Match[str] | None = None
    for match in _TOKEN.finditer(text):
        token_text = match.group()
        if token_text == "{":
            keys.append(set())
        elif token_text == "[":
            keys.append(None)
        elif token_text in ("}", "]"):
            if keys:
                keys.pop()
        elif token_text == ":" and previous is not None and keys and keys[-1] is not None:
            try:
                name = json.loads(previous.group())
            except ValueError:
                name = None
            if isinstance(name, str):
                if name == key and name in keys[-1]:
                    return _where(text, previous.start())
                keys[-1].add(name)
        elif token is not None and token_text in (token, f"-{token}"):
            return _where(text, match.start())
        previous = match
    return None


def _where(text: str, offset: int) -> Message:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return at_line(line, column)


# Pydantic's error types, in words that can be translated. {name} fields come
# from the error's context.
_VALIDATION_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("problems", "required, but missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP(
        "problems", "unknown key: the film format has no such field (check the spelling)"
    ),
    "string_type": QT_TRANSLATE_NOOP("problems", "should be text in double quotes"),
    "int_type": QT_TRANSLATE_NOOP("problems", "should be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("problems", "should be a whole number"),
    "float_type": QT_TRANSLATE_NOOP("problems", "should be a number"),
    "finite_number": QT_TRANSLATE_NOOP("problems", "should be a finite number"),
    "bool_type": QT_TRANSLATE_NOOP("problems", "should be true or false"),
    "model_type": QT_TRANSLATE_NOOP("problems", "should be an object ({…})"),
    "model_attributes_type": QT_TRANSLATE_NOOP("problems", "should be an object ({…})"),
    "dict_type": QT_TRANSLATE_NOOP("problems", "should be an object ({…})"),
    "tuple_type": QT_TRANSLATE_NOOP("problems", "should be a list ([…])"),
    "list_type": QT_TRANSLATE_NOOP("problems", "should be a list ([…])"),
    "literal_error": QT_TRANSLATE_NOOP("problems", "should be {expected}"),
    "greater_than": QT_TRANSLATE_NOOP("problems", "should be greater than {gt}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("problems", "should be at least {ge}"),
    "less_than": QT_TRANSLATE_NOOP("problems", "should be less than {lt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("problems", "should be at most {le}"),
    "string_too_long": QT_TRANSLATE_NOOP(
        "problems", "is longer than the {max_length} characters the film format allows"
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "problems", "has {actual_length} entries; the film format allows at most {max_length}"
    ),
    "date_type": QT_TRANSLATE_NOOP("problems", "should be a date in double quotes, YYYY-MM-DD"),
    "date_parsing": QT_TRANSLATE_NOOP(
        "problems", "should be a real date written YYYY-MM-DD ({error})"
    ),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP(
        "problems", "should be a real date written YYYY-MM-DD ({error})"
    ),
    "date_from_datetime_inexact": QT_TRANSLATE_NOOP(
        "problems", "should be a date written YYYY-MM-DD, without a time"
    ),
}


def validation_problems(error: ValidationError) -> Iterable[Problem]:
    """Pydantic's errors as problems: the field's path, and what is wrong in words."""
    # The film model (pydantic) only once a film is validated.
    from filmviewer.model.film import RULES

    for detail in error.errors(include_url=False, include_input=False):
        where = _loc(detail["loc"]) or TOP_LEVEL
        context = {name: _context_text(value) for name, value in detail.get("ctx", {}).items()}
        template = _VALIDATION_MESSAGES.get(detail["type"]) or RULES.get(detail["type"])
        try:
            if template is not None:
                yield problem(where, template, **context)
                continue
        except (KeyError, IndexError, ValueError):
            pass
        # Words only pydantic has: shown as they are.
        yield problem(where, "{detail}", detail=detail["msg"])


def _context_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    return str(value)


def _loc(parts: tuple[int | str, ...]) -> str:
    where = ""
    for part in parts:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            where += ("." if where else "") + escape_unprintable(part)
    return where if len(where) <= _MAX_WHERE else where[: _MAX_WHERE - 1] + "…"


def _quote(key: str) -> str:
    shown = escape_unprintable(key)
    return f'"{shown if len(shown) <= 60 else shown[:59] + "…"}"'


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    return "a number"


def _where_byte(data: bytes, offset: int) -> Message:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    line = data.count(b"\n", 0, offset) + 1
    return at_line(line, column)


_NOT_REGULAR = QT_TRANSLATE_NOOP("problems", "is not a regular file (a pipe, socket or device?)")


def _too_large(path: Path, size: int) -> FilmFileError:
    return FilmFileError(
        path,
        [
            problem(
                FILE,
                QT_TRANSLATE_NOOP(
                    "problems", "is {size} MiB; film files may be at most {limit} MiB"
                ),
                size=f"{size / (1024 * 1024):.1f}",
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        ],
    )


def _describe_os_error(error: OSError) -> str:
    messages = {
        errno.ENOENT: QT_TRANSLATE_NOOP("problems", "no such file"),
        errno.EACCES: QT_TRANSLATE_NOOP(
            "problems", "permission denied: Film Viewer may not read this file"
        ),
        errno.EPERM: QT_TRANSLATE_NOOP(
            "problems", "permission denied: Film Viewer may not read this file"
        ),
        errno.ELOOP: QT_TRANSLATE_NOOP(
            "problems", "too many levels of symbolic links (a link loop?)"
        ),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("problems", "the file name is too long"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("problems", "a part of the path is not a folder"),
        errno.EISDIR: QT_TRANSLATE_NOOP("problems", "is a folder, not a film file"),
        errno.ENXIO: _NOT_REGULAR,
    }
    known = messages.get(error.errno or 0)
    if known is not None:
        return known
    return escape_unprintable(error.strerror or str(error))


def _file_error(path: Path, what: str) -> FilmFileError:
    return FilmFileError(path, [problem(FILE, what)])
