"""`sanctuary rotate-field-keys`: re-encrypt stored field values with the newest field key."""

from __future__ import annotations

import argparse
import sys

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rotate-field-keys",
        help="Re-encrypt encrypted fields with the first key of SANCTUARY_FIELD_KEYS.",
        description="Re-encrypt every encrypted field value (and redacted copy) with the first "
        "configured field key, so older keys can be removed. Prints counts per column, never a "
        "value or a key. Exits 1 if any value could not be read with any configured key: those "
        "are left unchanged, and the old key they need must stay until they are dealt with.",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="Count what would change; write nothing."
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.cli import CommandError
    from sanctuary.encounters.crypto import FieldKeyError
    from sanctuary.encounters.keyrotation import rotate_field_keys

    try:
        report = rotate_field_keys(dry_run=args.dry_run)
    except FieldKeyError as error:
        raise CommandError(str(error)) from None
    verb = "would rotate" if report.dry_run else "rotated"
    for c in report.columns:
        print(f"{c.label}: {verb} {c.rotated}, unreadable {c.unreadable}, current {c.current}")
    if report.dry_run:
        print("Dry run: nothing was written.")
    else:
        print(report.summary + ".")
    if report.unreadable:
        print(
            f"{report.unreadable} values could not be read with any configured key and were left "
            "unchanged; keep the old key configured until they are accounted for.",
            file=sys.stderr,
        )
        return 1
    return 0
