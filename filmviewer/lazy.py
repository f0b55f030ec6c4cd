"""What start-up should not pay for until it is used: regular expressions and the logger.

Compiling a pattern with a large character class, or importing ``logging``,
costs milliseconds that a warm start cannot spare; most runs never need them.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging


class Pattern:
    """A regular expression compiled the first time it is used."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(string)

    def sub(self, repl: Any, string: str) -> str:
        return self.compiled.sub(repl, string)


@cache
def logger() -> logging.Logger:
    """Film Viewer's logger, writing "filmviewer: LEVEL: message" to standard error."""
    logging.basicConfig(format="filmviewer: %(levelname)s: %(message)s", level=logging.WARNING)
    return logging.getLogger("filmviewer")
