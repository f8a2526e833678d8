"""`sanctuary totp-code USER`: the current code of a demo account (never in production)."""

from __future__ import annotations

import argparse

from sanctuary.commands import django_setup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "totp-code",
        help="Print a demo account's current sign-in code (local use only).",
        description="Print the current six-digit code of a demo account's authenticator, so a "
        "first run can be tried without a phone. Refused when SANCTUARY_ENV=production.",
    )
    parser.add_argument("username")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from sanctuary.cli import CommandError
    from sanctuary.site import env
    from sanctuary.site.bootstrap import current_totp_code

    if env.is_production():
        raise CommandError("not available in production")
    code = current_totp_code(args.username)
    if code is None:
        raise CommandError(f"{args.username!r} is not a demo account with an authenticator")
    print(code)
    return 0
