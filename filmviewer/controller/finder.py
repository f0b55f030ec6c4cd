"""The find bar's logic: searching beside the window, the matches in Qt's offsets, the current one.

A search runs as a task (controller/tasks.py), so a query that matches
millions of times or a slow regular expression never holds up the window; a
new query calls the running one off. Most searches end within a few milliseconds: the caller
waits that long (``search`` returns with the result), and only a longer one
goes on in the background, reporting how far it got. Matches are kept as
arrays of UTF-16 offsets, four bytes each.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from filmviewer.controller.search import (
    Cancelled,
    SearchError,
    SearchOptions,
    TextSearcher,
    Utf16Offsets,
)
from filmviewer.controller.tasks import Tasks, Token
from filmviewer.i18n import translate
from filmviewer.model.problems import CONTEXT, Message

WAIT_SECONDS = 0.04
"""How long ``search`` waits for a search to end before it lets it go on in the background."""


@dataclass
class _Job:
    text_id: int
    query: str
    options: SearchOptions
    anchor: int
    prepare_only: bool = False
    token: Token = field(default_factory=Token)
    lock: threading.Lock = field(default_factory=threading.Lock)
    starts: array[int] = field(default_factory=lambda: array("i"))
    ends: array[int] | None = None
    """None while every match is ``length`` long (text queries: most searches)."""
    length: int = 0
    error: Message | None = None

    def end(self, index: int) -> int:
        return self.ends[index] if self.ends is not None else self.starts[index] + self.length

    def first_ending_after(self, offset: int) -> int:
        if self.ends is not None:
            return bisect_right(self.ends, offset)
        return bisect_right(self.starts, offset - self.length)


class Finder:
    """The query, its matches (UTF-16 offsets) and the current one, searched beside the window."""

    def __init__(self) -> None:
        self.query = ""
        self.current = -1
        self._job: _Job | None = None
        self._searcher = TextSearcher("")
        self._offsets = Utf16Offsets("")
        self._text_id = 0
        self._tasks: Tasks | None = None

    # The text -------------------------------------------------------------

    def set_text(self, text: str, prepare: SearchOptions | None = None) -> None:
        """Search ``text`` from now on; fold it ahead for ``prepare``, before anyone types."""
        self._cancel()
        self._text_id += 1
        self._searcher = TextSearcher(text)
        self._offsets = Utf16Offsets(text)
        self.clear()
        if prepare is not None:
            self._submit(_Job(self._text_id, "", prepare, 0, prepare_only=True))

    def clear(self) -> None:
        self._cancel()
        self._job = None
        self.current = -1

    # Searching -------------------------------------------------------------

    def search(self, query: str, options: SearchOptions, anchor: int = 0) -> None:
        """Find ``query``; the current match is the first at or after UTF-16 offset ``anchor``.

        Returns when the search is over, or after WAIT_SECONDS with it going on
        (``searching`` is then true; call ``refresh`` to see how far it got).
        """
        self.clear()
        self.query = query
        if not query:
            return
        job = _Job(self._text_id, query, options, anchor)
        self._job = job
        self._submit(job)
        job.token.wait(WAIT_SECONDS)
        self.refresh()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running search to end; True if it has."""
        return self._job is None or self._job.token.wait(timeout)

    @property
    def searching(self) -> bool:
        return self._job is not None and not self._job.token.done

    def refresh(self) -> None:
        """Take in what the search found so far: choose the current match once there is one."""
        job = self._job
        if job is None:
            return
        with job.lock:
            count = len(job.starts)
            if self.current < 0 and count:
                first = bisect_left(job.starts, job.anchor)
                if first < count:
                    self.current = first
                elif job.token.done:
                    self.current = 0  # none after the caret: wrap to the first

    @property
    def error(self) -> str:
        job = self._job
        if job is None or job.error is None:
            return ""
        return job.error.render(translate(CONTEXT, job.error.template))

    @property
    def count(self) -> int:
        return len(self._job.starts) if self._job is not None else 0

    @property
    def starts(self) -> array[int]:
        """Match starts as UTF-16 offsets, ascending (growing while the search runs)."""
        return self._job.starts if self._job is not None else array("i")

    def span(self, index: int) -> tuple[int, int]:
        assert self._job is not None
        with self._job.lock:
            return self._job.starts[index], self._job.end(index)

    def step(self, forward: bool) -> bool:
        """Move to the next or previous match; True if that wrapped around an end."""
        count = self.count
        if not count:
            return False
        target = self.current + (1 if forward else -1)
        if not 0 <= target < count and self.searching:
            return False  # the end is not known yet
        self.current = target % count
        return target != self.current

    def status(self) -> str:
        """``3 of 17``, ``Searching… 12,345``, ``No matches``, or why it cannot be searched."""
        if self.error:
            return self.error
        if not self.query:
            return ""
        if self.searching:
            return translate("Finder", "Searching… {count}").format(count=f"{self.count:,}")
        if not self.count:
            return translate("Finder", "No matches")
        return translate("Finder", "{current} of {count}").format(
            current=f"{self.current + 1:,}", count=f"{self.count:,}"
        )

    def visible(self, first: int, last: int) -> range:
        """Indexes of the matches that touch UTF-16 offsets first..last."""
        job = self._job
        if job is None:
            return range(0)
        with job.lock:
            return range(job.first_ending_after(first), bisect_right(job.starts, last))

    def close(self) -> None:
        """Call the search off (the window is closing)."""
        self._cancel()
        if self._tasks is not None:
            self._tasks.close(seconds=1.0)
            self._tasks = None

    # The work ------------------------------------------------------------------

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.token.cancel()

    def _submit(self, job: _Job) -> None:
        if self._tasks is None:
            self._tasks = Tasks(threads=1)
        job.token = self._tasks.run(lambda token: self._work(job, token), name="find")

    def _work(self, job: _Job, token: Token) -> None:
        # Searches run one at a time, in the order asked: one called off ends at once.
        if job.text_id != self._text_id or token.cancelled():
            return
        searcher, offsets = self._searcher, self._offsets
        try:
            if job.prepare_only:
                searcher.prepare(job.options, token.cancelled)
            else:
                self._run(job, searcher, offsets, token)
        except Cancelled:
            pass
        except SearchError as error:
            job.error = error.why

    @staticmethod
    def _run(job: _Job, searcher: TextSearcher, offsets: Utf16Offsets, token: Token) -> None:
        for batch in searcher.batches(job.query, job.options, token.cancelled):
            starts = offsets.to_utf16_all(batch.starts)
            ends = batch.ends
            if ends is None and offsets.has_astral:
                # Past an emoji a match of n characters can take n + 1 UTF-16 units.
                ends = [start + batch.length for start in batch.starts]
            with job.lock:
                if ends is not None and job.ends is None:
                    job.ends = array("i", (job.end(i) for i in range(len(job.starts))))
                job.starts.fromlist(starts)
                if ends is not None:
                    assert job.ends is not None
                    job.ends.fromlist(offsets.to_utf16_all(ends))
                else:
                    job.length = batch.length
