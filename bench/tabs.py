"""Tabs benchmark: a busy film (500 actors, 10,000 tags, 10,000 summaries) against typical ones.

For each film, fresh processes (median of RUNS) open it in the window, cold
(no cache), then show every tab in turn; a tab counts from the click to the
end of its first painted frame. Peak memory is that of the whole run: all
tabs shown, and the long ones read to the end. The typical films: the Kodi
sample (an .nfo with 20 actors, stream details and a poster) and the bundled
film.

    busy film: opened in T s; slowest tab X s (name), against Y s; memory Z x the Kodi sample's
    (and W x the bundled film's)

Targets: every tab within 1 s; memory within 1.5 x a typical film.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_TAB_RUNS", "5"))


def child(path: str) -> None:
    """Open ``path``, show every tab, print the times and the peak memory as JSON."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from filmviewer.controller.document import FilmController
    from filmviewer.controller.sections import SECTIONS
    from filmviewer.controller.settings import Settings
    from filmviewer.ui.first_frame import when_painted
    from filmviewer.ui.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(f"{scratch}/s.conf", QSettings.Format.IniFormat))
        window = MainWindow(FilmController(), settings)
        window.resize(1000, 700)
        window.show()
        app.processEvents()

        def painted_after(action) -> float:  # type: ignore[no-untyped-def]
            loop = QEventLoop()
            start = time.perf_counter()
            action()
            when_painted(window, loop.quit)
            window.update()
            loop.exec()
            return time.perf_counter() - start

        opened = painted_after(lambda: window.controller.open(path))
        tabs = {}
        for name in (*SECTIONS[1:], SECTIONS[0]):
            tabs[name] = painted_after(lambda name=name: window.select_tab(name))
        # Read to the end of the long tabs, and let any layout left for idle time finish:
        # the memory a reader's session costs, not just the first screen's.
        for name, view in (("summaries", window.summaries), ("synopsis", window.synopsis)):
            window.select_tab(name)
            bar = view.verticalScrollBar()
            for step in range(21):
                painted_after(lambda bar=bar, step=step: bar.setValue(bar.maximum() * step // 20))
        idle = QEventLoop()
        QTimer.singleShot(1500, idle.quit)
        idle.exec()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"opened": opened, "tabs": tabs, "peak": peak}))
        window.close()
    del app


def run(path: Path, env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    process = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(process.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    from bench.films import busy_film, make_kodi_sample, write

    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_CACHE_HOME": f"{home}/cache",
        }
        busy = Path(home) / "busy.json"
        write(busy_film(), busy)
        bundled = ROOT / "data" / "stalin-1992.json"
        sample = make_kodi_sample(Path(home) / "sample", env)
        films = {"busy": busy, "kodi sample": sample, "bundled": bundled}
        results: dict[str, list[dict]] = {name: [] for name in films}  # type: ignore[type-arg]
        for _ in range(RUNS):
            for name, path in films.items():
                results[name].append(run(path, env))

    def median_tab(name: str, film: str) -> float:
        return statistics.median(result["tabs"][name] for result in results[film])

    names = list(results["busy"][0]["tabs"])
    for film in films:
        cells = ", ".join(f"{name} {median_tab(name, film):.3f}" for name in names)
        opened = statistics.median(result["opened"] for result in results[film])
        print(f"{film}: opened {opened:.3f} s; tabs (s): {cells}")
    slowest = max(names, key=lambda name: median_tab(name, "busy"))
    worst_single = max(max(result["tabs"].values()) for result in results["busy"])
    memory = {film: statistics.median(result["peak"] for result in results[film]) for film in films}
    opened = statistics.median(result["opened"] for result in results["busy"])
    print(
        f"busy film: opened in {opened:.3f} s; slowest tab {median_tab(slowest, 'busy'):.3f} s "
        f"({slowest}; worst single {worst_single:.3f} s), against "
        f"{median_tab(slowest, 'kodi sample'):.3f} s; memory "
        f"{memory['busy'] / memory['kodi sample']:.2f}x the Kodi sample's ({memory['busy']:.1f} "
        f"MiB against {memory['kodi sample']:.1f} MiB) and "
        f"{memory['busy'] / memory['bundled']:.2f}x the bundled film's "
        f"({memory['bundled']:.1f} MiB)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
