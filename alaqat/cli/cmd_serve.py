"""CLI commands: serve (filled by the stage that owns it)."""
