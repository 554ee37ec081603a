"""CLI commands: dates (filled by the stage that owns it)."""
