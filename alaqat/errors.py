"""Errors a user may see. Each carries one line of explanation; the CLI prints it and never a traceback."""

from __future__ import annotations


class AlaqatError(Exception):
    """Base of every error alaqat reports to a user as one line."""


class InputError(AlaqatError):
    """A document that cannot be read: binary, undecodable, too large, missing, unreadable."""


class ReadError(AlaqatError):
    """An ``InputError`` tied to the file it came from: ``str()`` is ``path: reason``."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(AlaqatError):
    """Bad options or arguments."""
