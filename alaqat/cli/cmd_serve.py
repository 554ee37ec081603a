"""``alaqat serve``: the web UI and HTTP API over a knowledge base."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from alaqat.cli.app import app


@app.command()
def serve(
    db: Path = typer.Option(Path("alaqat.db"), "--db", help="Knowledge base file (created if missing)"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (127.0.0.1 unless told otherwise)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str | None = typer.Option(None, "--token", help="Bearer token for writes (or ALAQAT_TOKEN)"),
    cache: int = typer.Option(512, "--cache", min=0, help="Responses kept until the knowledge base changes (0: off)"),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes (one per core to use)"),
) -> None:
    """Serve the web UI (Arabic and English) and the JSON API; writing needs the token."""
    from alaqat.serve import run_server

    run_server(db, host=host, port=port, token=token or os.environ.get("ALAQAT_TOKEN") or None, cache_entries=cache,
               workers=workers)
