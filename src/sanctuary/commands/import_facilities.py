"""`sanctuary import-facilities FILE`: the facilities registry from CSV, all rows or none."""

from __future__ import annotations

import argparse
import sys

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-facilities",
        help="Import city facilities from a CSV file (columns in docs/facilities.md).",
        description="Check every row first; report each problem as 'line N: column X: message' "
        "and import nothing, or import all rows in one transaction. Rows matching an existing "
        "facility's name and agency update it.",
    )
    parser.add_argument("file", metavar="FILE", help="CSV file, UTF-8, with a header row")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.audit.service import record
    from sanctuary.cli import CommandError
    from sanctuary.facilities import importer

    try:
        with open(args.file, "rb") as handle:
            data = handle.read(importer.MAX_BYTES + 1)
    except OSError as error:
        raise CommandError(f"cannot read {args.file}: {error.strerror}", status=2) from None
    try:
        from django.db import transaction

        with transaction.atomic():
            result = importer.import_csv(data)
            record(
                "facility.import",
                object_type="facility",
                summary=f"Facilities imported: {result.created} new, {result.updated} updated",
            )
    except importer.ImportFailed as failed:
        for error in failed.errors:
            print(str(error), file=sys.stderr)
        raise CommandError("nothing was imported", status=2) from None
    print(f"imported {result.created} new, {result.updated} updated facilities")
    return 0
