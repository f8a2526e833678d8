"""`sanctuary createuser`: add a staff account with its role and agency."""

from __future__ import annotations

import argparse
import getpass
import sys

from sanctuary.commands import django_setup

ROLES = (
    "front_desk",
    "agency_counsel",
    "privacy_officer",
    "agency_head",
    "chief_privacy_officer",
    "committee_member",
    "auditor",
    "administrator",
    "campaign_coordinator",
    "partner",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "createuser",
        help="Create a staff account.",
        description="Create a staff account. The person sets up their authenticator app "
        "(TOTP) at first sign-in.",
    )
    parser.add_argument("username")
    parser.add_argument("--role", required=True, choices=ROLES)
    parser.add_argument("--agency", help="Agency acronym (e.g. DOE); omit for citywide roles")
    parser.add_argument("--email", default="")
    parser.add_argument("--language", default="en", help="Preferred language code (en, es, ...)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="Read the password from standard input instead of prompting",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    django_setup()
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from sanctuary.accounts.models import User
    from sanctuary.agencies.models import Agency
    from sanctuary.audit.service import record
    from sanctuary.cli import CommandError

    if User.objects.filter(username=args.username).exists():
        raise CommandError(f"username {args.username!r} is taken", status=2)
    agency = None
    if args.agency:
        agency = Agency.objects.filter(acronym=args.agency.upper()).first()
        if agency is None:
            raise CommandError(f"no agency with acronym {args.agency!r}", status=2)
    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    )
    user = User(
        username=args.username,
        role=args.role,
        agency=agency,
        email=args.email,
        preferred_language=args.language,
    )
    try:
        validate_password(password, user)
        user.full_clean(exclude=["password"])
    except ValidationError as error:
        raise CommandError("; ".join(error.messages), status=2) from error
    user.set_password(password)
    user.save()
    record(
        "create",
        actor=None,
        obj=user,
        agency=user.agency_acronym,
        summary=f"Account created from the command line with role {args.role}",
    )
    print(
        f"Created {user.username} ({user.get_role_display()}, {user.agency_acronym}). "
        "They set up their authenticator app at first sign-in."
    )
    return 0
