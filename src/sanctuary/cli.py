"""The `sanctuary` command. Each subcommand lives in its own module under sanctuary.commands.

Commands on the domain cores (decide, check-document, scan, ...) never start Django, so they
run without a database; the others call `sanctuary.commands.django_setup()` first.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# One module per command; each defines `register(subparsers)` and sets `func` on its parser.
COMMAND_MODULES: tuple[str, ...] = (
    "serve",
    "migrate",
    "seed_demo",
    "createuser",
    "audit",
    "manage",
    "totp_code",
    "decide",
    "rules",
    "check_document",
    "scan",
    "redact",
    "scan_table",
    "export_site",
    "print_cards",
    "import_facilities",
    "disclosures",
    "purge",
    "rotate_field_keys",
)


class CommandError(Exception):
    """A failure to report to the user in one plain line, with exit status `status`."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sanctuary",
        description="Sanctuary: NYC's immigrant-protection rules (EO 13 of 2026) in practice.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"sanctuary.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandError as error:
        print(f"sanctuary {args.command}: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if not _is_database_error(error):
            raise
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(
            f"sanctuary {args.command}: the database is not ready ({reason}). "
            "Run `sanctuary migrate` first, and check DATABASE_URL.",
            file=sys.stderr,
        )
        return 1


def _is_database_error(error: Exception) -> bool:
    """A Django database error (no table, no server), without importing Django for commands
    that never load it."""
    db = sys.modules.get("django.db")
    return db is not None and isinstance(error, db.DatabaseError)


if __name__ == "__main__":
    sys.exit(main())
