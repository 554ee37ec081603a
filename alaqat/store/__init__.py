"""Stage 5: store and merge. The SQLite knowledge base: documents, events, facts, search, questions, exports."""
