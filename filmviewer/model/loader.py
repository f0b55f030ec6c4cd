"""Safe loading of film files: size cap, strict UTF-8, readable errors.

Reading and JSON checks need only the standard library; pydantic is imported
when a file is validated, so callers that only read bytes stay light.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pydantic import ValidationError

    from filmviewer.model.film import Film

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Film files larger than this are refused before they are parsed."""

_MAX_WHERE = 100
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
}


class Problem(NamedTuple):
    """One thing wrong with a film file: where it is and what it is."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class FilmFileError(Exception):
    """A film file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | str, problems: Iterable[Problem]) -> None:
        self.path = Path(path)
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def load_film(path: Path | str) -> Film:
    """Read, decode, parse and validate the film file at ``path``."""
    data = read_film_bytes(path)
    return parse_film(data, path)


def read_film_bytes(path: Path | str) -> bytes:
    """Return the bytes of a regular file of at most MAX_FILE_BYTES.

    Never blocks on a FIFO or device and never follows a changing file: the
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
            raise _file_error(path, "is a folder, not a film file")
        if not stat.S_ISREG(before.st_mode):
            raise _file_error(path, "is not a regular file (a pipe, socket or device?)")
        if before.st_size > MAX_FILE_BYTES:
            raise _file_error(path, _too_large(before.st_size))
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise _file_error(path, _too_large(total))
        after = os.fstat(fd)
    except OSError as error:
        raise _file_error(path, _describe_os_error(error)) from None
    finally:
        os.close(fd)
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
        total != after.st_size
    ):
        raise _file_error(path, "changed while it was being read; try again")
    return b"".join(chunks)


def parse_film(data: bytes, path: Path | str = "<bytes>") -> Film:
    """Decode, parse and validate the bytes of a film file."""
    text = decode_film_text(data, path)
    value = parse_json(text, path)
    try:
        return validate_film_json(text, path)
    except FilmFileError as error:
        from filmviewer.model.film import FORMAT_VERSION

        version = value.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            newer = Problem(
                "format_version",
                f"this file is in format {version}; this Film Viewer reads format "
                f"{FORMAT_VERSION}: a newer Film Viewer may open it",
            )
            raise FilmFileError(path, [newer, *error.problems]) from None
        raise


def decode_film_text(data: bytes, path: Path | str = "<bytes>") -> str:
    """Decode strict UTF-8; a UTF-8 byte order mark is allowed and dropped."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FilmFileError(
            path, [Problem("encoding", "the file is UTF-16 text; save it as UTF-8")]
        )
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise FilmFileError(path, [Problem("file", f"this is {kind}, not a JSON film file")])
    nul = data.find(b"\x00")
    if nul >= 0:
        raise FilmFileError(
            path, [Problem(_where_byte(data, nul), "contains a NUL byte: not a text file")]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise FilmFileError(
            path, [Problem(_where_byte(data, error.start), f"not UTF-8 text (byte 0x{bad})")]
        ) from None


def parse_json(text: str, path: Path | str = "<text>") -> dict[str, Any]:
    """Parse JSON text holding one object; reject duplicate keys, NaN and Infinity."""
    if not text:
        raise FilmFileError(path, [Problem("file", "the file is empty")])
    if not text.strip():
        raise FilmFileError(path, [Problem("file", "the file holds only white space")])
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise FilmFileError(path, [Problem(where, f"not valid JSON: {error.msg}")]) from None
    except _JsonValueError as error:
        where = _locate(text, error.key, error.constant)
        raise FilmFileError(path, [Problem(where, str(error))]) from None
    except RecursionError:
        raise FilmFileError(
            path, [Problem("JSON", "nested too deeply to be a film file")]
        ) from None
    if not isinstance(value, dict):
        kind = _json_kind(value)
        raise FilmFileError(
            path, [Problem("top level", f"expected an object describing a film, found {kind}")]
        )
    return value


def validate_film_json(text: str, path: Path | str = "<text>") -> Film:
    """Validate JSON text against the Film model (strict types, no unknown keys)."""
    from pydantic import ValidationError

    from filmviewer.model.film import Film

    try:
        return Film.model_validate_json(text)
    except ValidationError as error:
        raise FilmFileError(path, _validation_problems(error)) from None


class _JsonValueError(ValueError):
    """JSON the json module accepts and a film file does not; what to look for to place it."""

    def __init__(self, message: str, key: str | None = None, constant: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.constant = constant


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            message = f"duplicate key {_quote(key)}: a key may appear once per object"
            raise _JsonValueError(message, key=key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _JsonValueError(f"{name} is not a number JSON allows", constant=name)


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _locate(text: str, key: str | None, constant: str | None) -> str:
    """Where the second ``key`` of one object, or the first ``constant``, stands in ``text``.

    The json module's hooks are not told positions, so the text is scanned
    again, token by token, keeping the keys of each open object.
    """
    keys: list[set[str] | None] = []  # per open container: an object's keys, or None for an array
    previous: re.Match[str] | None = None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "{":
            keys.append(set())
        elif token == "[":
            keys.append(None)
        elif token in ("}", "]"):
            if keys:
                keys.pop()
        elif token == ":" and previous is not None and keys and keys[-1] is not None:
            try:
                name = json.loads(previous.group())
            except ValueError:
                name = None
            if isinstance(name, str):
                if name == key and name in keys[-1]:
                    return _where(text, previous.start())
                keys[-1].add(name)
        elif token == constant:
            return _where(text, match.start())
        previous = match
    return "JSON"


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _validation_problems(error: ValidationError) -> Iterable[Problem]:
    for detail in error.errors(include_url=False, include_input=False):
        where = _loc(detail["loc"]) or "top level"
        what = detail["msg"]
        if detail["type"] == "extra_forbidden":
            what = "unknown key: the film format has no such field (check the spelling)"
        elif detail["type"] == "missing":
            what = "required, but missing"
        yield Problem(where, what.removeprefix("Value error, "))


def _loc(parts: tuple[int | str, ...]) -> str:
    where = ""
    for part in parts:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            where += ("." if where else "") + _printable(part)
    return where if len(where) <= _MAX_WHERE else where[: _MAX_WHERE - 1] + "…"


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _quote(key: str) -> str:
    shown = _printable(key)
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


def _where_byte(data: bytes, offset: int) -> str:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    line = data.count(b"\n", 0, offset) + 1
    return f"line {line}, column {column}"


def _too_large(size: int) -> str:
    mib = MAX_FILE_BYTES // (1024 * 1024)
    return f"is {size / (1024 * 1024):.1f} MiB; film files may be at most {mib} MiB"


def _describe_os_error(error: OSError) -> str:
    messages = {
        errno.ENOENT: "no such file",
        errno.EACCES: "permission denied: Film Viewer may not read this file",
        errno.EPERM: "permission denied: Film Viewer may not read this file",
        errno.ELOOP: "too many levels of symbolic links (a link loop?)",
        errno.ENAMETOOLONG: "the file name is too long",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "is a folder, not a film file",
        errno.ENXIO: "is not a regular file (a pipe, socket or device?)",
    }
    return messages.get(error.errno or 0, error.strerror or str(error))


def _file_error(path: Path, what: str) -> FilmFileError:
    return FilmFileError(path, [Problem("file", what)])
