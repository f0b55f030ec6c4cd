"""Find benchmark: a query change in the find bar against re.finditer counting the same matches.

A synthetic synopsis of about 1.2 MB (the bundled one repeated) in the real
window, offscreen. For queries with 10,000 or more matches it times, in the
same process and alternately, (a) setting the find field's text until the
count is shown and the visible highlights are painted, and (b) counting the
same matches with re.finditer. Last line:

    find ratio X.XX (app A ms, re B ms, N matches)

Target: ratio <= 3.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from filmviewer.controller.document import FilmController  # noqa: E402
from filmviewer.controller.settings import Settings  # noqa: E402
from filmviewer.ui.main_window import MainWindow  # noqa: E402

COPIES = 128
QUERIES = ("the", "he", "in", "an")
RUNS = int(os.environ.get("BENCH_RUNS", "9"))


def main() -> None:
    app = QApplication(sys.argv[:1])
    film = json.loads((ROOT / "data" / "stalin-1992.json").read_text(encoding="utf-8"))
    text = "\n\n".join([film["synopsis"]] * COPIES)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "filmviewer-find-bench.json"
    path.write_text(json.dumps({"title": "Bench", "synopsis": text}), encoding="utf-8")
    controller = FilmController(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    store = QSettings(str(path.with_suffix(".conf")), QSettings.Format.IniFormat)
    window = MainWindow(controller, Settings(store))
    window.resize(960, 720)
    window.show()
    controller.open(path)
    window.find_text("")
    app.processEvents()
    shown = window.synopsis.toPlainText()
    bar = window.find_bar

    def app_time(query: str) -> tuple[float, int]:
        bar.field.setText("")
        app.processEvents()
        start = time.perf_counter()
        bar.field.setText(query)
        window.synopsis.viewport().repaint()
        bar.status.repaint()
        elapsed = time.perf_counter() - start
        return elapsed, bar.finder.count

    def re_time(query: str) -> tuple[float, int]:
        start = time.perf_counter()
        count = sum(1 for _ in re.finditer(re.escape(query), shown, re.IGNORECASE))
        return time.perf_counter() - start, count

    app_times: list[float] = []
    re_times: list[float] = []
    counts: list[int] = []
    for _ in range(RUNS):
        for query in QUERIES:
            a, app_count = app_time(query)
            b, re_count = re_time(query)
            if app_count != re_count or app_count < 10_000:
                raise SystemExit(f"{query!r}: app found {app_count}, re found {re_count}")
            app_times.append(a)
            re_times.append(b)
            counts.append(app_count)
    path.unlink()
    print(f"text {len(shown) / 1e6:.2f} M characters; queries {', '.join(QUERIES)}")
    for query, count in zip(QUERIES, counts, strict=False):
        print(f"  {query!r}: {count} matches")
    app_ms = statistics.median(app_times) * 1000
    re_ms = statistics.median(re_times) * 1000
    matches = int(statistics.median(counts))
    ratio = app_ms / re_ms
    print(f"find ratio {ratio:.2f} (app {app_ms:.1f} ms, re {re_ms:.1f} ms, {matches} matches)")
    window.close()


if __name__ == "__main__":
    main()
