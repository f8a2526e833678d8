"""`sanctuary redact FILE -o OUT`: write a copy of FILE with identifying information replaced.

Text stays text, CSV keeps its shape (rows, columns, delimiter, quoting), and a PDF comes out
as a new PDF holding only the redacted text, so nothing of the original is left under a black
box. OUT is written to a temporary file and renamed, so a failure leaves nothing half-written.
Never starts Django.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sanctuary.cli import CommandError
from sanctuary.commands.scan import add_scanner_options, build_scanner
from sanctuary.privacy import OPERATORS, ReadError, redact_file
from sanctuary.privacy.progress import ProgressBar
from sanctuary.privacy.readers import count_lines, kind_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "redact",
        help="Write a copy of a file with identifying information replaced.",
        description="Write a redacted copy of a text, CSV or PDF file. Operators: redact "
        "([TYPE]), mask (letters and digits become *, separators stay), hash ([TYPE:hmac], "
        "keyed by SANCTUARY_REDACTION_KEY, else a random key per run). Exit status 2 when the "
        "input cannot be read or the output cannot be written.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT")
    parser.add_argument("--operator", choices=sorted(OPERATORS), default="redact")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    add_scanner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    scanner = build_scanner(args)
    source, out = Path(args.file), Path(args.output)
    if not source.is_file():
        raise CommandError(f"{source}: no such file", 2)
    if out.exists() and not args.force:
        raise CommandError(f"{out} exists; use --force to overwrite it", 2)
    bar = None
    if args.progress and kind_of(source) == "csv":
        bar = ProgressBar(
            f"redacting {source.name}", max(count_lines(source) - (0 if args.no_header else 1), 1)
        )
    try:
        counts = redact_file(
            source,
            out,
            args.operator,
            scanner,
            has_header=not args.no_header,
            progress=bar.update if bar else None,
        )
    except ReadError as error:
        raise CommandError(str(error), 2) from error
    except OSError as error:
        raise CommandError(f"cannot write {out}: {error.strerror}", 2) from error
    if bar:
        bar.close(bar.total)
    total = sum(counts.values())
    detail = ", ".join(f"{t} {n}" for t, n in counts.most_common())
    print(
        f"{source} -> {out}: {total} finding(s) replaced ({args.operator})"
        + (f": {detail}" if detail else ""),
        file=sys.stderr,
    )
    return 0
