"""The ``alaqat`` command: a thin layer over the Python API. Each command group lives in its own module."""

from __future__ import annotations

import sys

from alaqat.cli import cmd_dates, cmd_entities, cmd_extract, cmd_kb, cmd_serve  # noqa: F401  (registers)
from alaqat.cli.app import app
from alaqat.errors import AlaqatError

EXIT_USAGE = 2
EXIT_INTERNAL = 70


def main() -> None:
    """Entry point: run the app, turning every error into one line on stderr and a non-zero exit."""
    try:
        code = app(standalone_mode=False)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("alaqat: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except AlaqatError as exc:
        print(f"alaqat: {exc}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        if _is_usage_error(exc):
            exc.show()  # e.g. "No such option: --date", with the usage line; click's exit code (2)
            sys.exit(exc.exit_code)
        if _is_abort(exc):
            print("alaqat: aborted", file=sys.stderr)
            sys.exit(1)
        print(f"alaqat: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else 0)


def _is_usage_error(exc: Exception) -> bool:
    """Whether click (or the copy of click that recent Typer releases vendor, whose classes are not click's) raised
    a user-facing error: such errors show themselves and carry their exit code."""
    import click

    return isinstance(exc, click.exceptions.ClickException) or (
        callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int))


def _is_abort(exc: Exception) -> bool:
    import click
    import typer

    return isinstance(exc, (click.exceptions.Abort, typer.Abort))
