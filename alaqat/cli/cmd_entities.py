"""CLI commands: entities (filled by the stage that owns it)."""
