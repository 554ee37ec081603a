"""CLI commands: kb (filled by the stage that owns it)."""
