"""The film file format: pydantic models and safe loading. No Qt here."""
