"""Film Viewer: a desktop viewer for film details kept as local JSON files."""

__version__ = "0.1.0"
