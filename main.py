"""Run Film Viewer from a source checkout: ``python main.py [PATH]``."""

from filmviewer.app import main

raise SystemExit(main())
