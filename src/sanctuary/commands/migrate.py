"""`sanctuary migrate`: bring the database up to date and load the city's reference data."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="Apply database migrations and load the city's agencies.",
        description="Apply database migrations, then load (or update) the city's agencies "
        "and the EO 13 obligations from their data files.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from django.core.management import call_command

    from sanctuary.site.bootstrap import load_reference_data

    call_command("migrate", interactive=False, verbosity=1)
    for line in load_reference_data():
        print(line)
    return 0
