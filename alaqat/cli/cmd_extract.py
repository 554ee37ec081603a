"""CLI commands: extract (filled by the stage that owns it)."""
