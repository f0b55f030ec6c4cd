"""The logic behind the window: current film, formatting, search and copy. No widgets."""
