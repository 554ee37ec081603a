"""Stage 6: serve. The HTTP API and the web UI over the knowledge base."""
