"""Entry point for ``python -m filmviewer``."""

from filmviewer.app import main

raise SystemExit(main())
