"""`sanctuary decide FILE|- [--json] [--trace]`: decide requests with the rules engine.

Reads one request (a JSON object) or a list of them and prints one decision per request, in
order. Everything is parsed and checked before anything is printed, so invalid input leaves
stdout empty and exits with status 2 naming the field and what was expected. Never starts
Django.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sanctuary.cli import CommandError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "decide",
        help="decide what to do about a request from non-local law enforcement",
        description=(
            "Read one request (a JSON object) or a list of them from FILE, or from standard "
            "input with '-', and print one decision per request. See docs/rules.md."
        ),
    )
    parser.add_argument(
        "file", metavar="FILE|-", help="JSON file with the request(s), or - for stdin"
    )
    parser.add_argument("--json", action="store_true", help="print JSON (a list in, a list out)")
    parser.add_argument(
        "--trace", action="store_true", help="include every rule consulted and what became of it"
    )
    parser.set_defaults(func=run)


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        with open(source, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise CommandError(
            f"FILE: expected a readable file, got {source!r} ({error.strerror})", status=2
        ) from None
    except UnicodeDecodeError:
        raise CommandError(
            f"FILE: expected UTF-8 text, got undecodable bytes in {source!r}", status=2
        ) from None


def run(args: argparse.Namespace) -> int:
    from sanctuary.rules import RequestError, decide, parse_requests, render_decisions

    text = _read(args.file)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"input: expected JSON (a request object or a list of them), got invalid JSON at "
            f"line {error.lineno} column {error.colno}: {error.msg}",
            status=2,
        ) from None
    if not isinstance(data, (dict, list)):
        raise CommandError("input: expected a JSON object or a list of objects", status=2)
    try:
        requests = parse_requests(data)
    except RequestError as error:
        raise CommandError(str(error), status=2) from None

    decisions = [decide(request) for request in requests]
    if args.json:
        payload = [d.to_dict(trace=args.trace) for d in decisions]
        out: object = payload if isinstance(data, list) else payload[0]
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    elif decisions:
        sys.stdout.write(render_decisions(decisions, trace=args.trace) + "\n")
    return 0
