"""The widgets: layout and wiring only."""
