"""Stage 6: serve. The HTTP API and the web UI over the knowledge base."""

from alaqat.serve.app import create_app, run_server

__all__ = ["create_app", "run_server"]
