"""`sanctuary manage ...`: Django's own management commands (check --deploy, shell, ...)."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "manage",
        help="Run a Django management command (e.g. check --deploy).",
        description="Run a Django management command, e.g. `sanctuary manage check --deploy`.",
        add_help=False,
    )
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sanctuary manage", *args.arguments])
    return 0
