"""`sanctuary seed-demo`: demo facilities and one demo account per role, for a first look."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "seed-demo",
        help="Load demo facilities and demo staff accounts (prints their logins).",
        description="Load demo facilities and one demo staff account per role. Safe to run "
        "again: it updates what exists and prints the logins each time. Refused when "
        "SANCTUARY_ENV=production.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.cli import CommandError
    from sanctuary.site import env
    from sanctuary.site.bootstrap import load_demo, load_reference_data

    if env.is_production():
        raise CommandError("demo accounts are never created in production")
    load_reference_data()
    for line in load_demo():
        print(line)
    return 0
