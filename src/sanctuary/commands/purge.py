"""`sanctuary purge`: blank residents' details past their retention (what Celery beat runs)."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "purge",
        help="Purge residents' details past their retention period.",
        description="Blank the encrypted free text of encounters past their retention and the "
        "subject details of disclosure requests closed longer than "
        "SANCTUARY_DISCLOSURE_RETENTION_DAYS (default 90). Logs counts, never contents, to the "
        "audit log. Celery beat runs the same on a schedule; without Redis, run this from cron.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.disclosures.services import purge_closed
    from sanctuary.encounters.services import purge_expired

    print(f"Encounters purged: {purge_expired()}")
    print(f"Disclosure requests purged: {purge_closed()}")
    return 0
