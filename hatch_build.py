"""Wheel build step: compile the translation sources (resources/translations/*.ts) to .qm."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # a checkout compiles them with make
        import PySide6

        lrelease = Path(PySide6.__file__).parent / "lrelease"
        self._output = tempfile.TemporaryDirectory()
        for source in sorted(Path(self.root, "resources", "translations").glob("*.ts")):
            target = Path(self._output.name) / source.with_suffix(".qm").name
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = (
                f"filmviewer/resources/translations/{target.name}"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if hasattr(self, "_output"):
            self._output.cleanup()
