"""`sanctuary check-document FILE... [--date YYYY-MM-DD] [--address TEXT] [--json]`.

Is the paper an agent shows a judicial warrant, and is it valid at this door today? Runs the pure
document checker (no Django, no database). One file gives one JSON object, several give a list;
a file that cannot be read gives an error object for that file and exit status 1, while the
others are still reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from sanctuary.documents import DEFAULT_LIMITS, DocumentError, check_document, error_dict


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-document",
        help="say whether a photo, PDF or text of a document is a judicial warrant valid today",
        description=(
            "Classify each FILE (JPEG, PNG, WebP, TIFF, PDF or text) and say whether it is a "
            "judicial warrant that is signed, still executable on --date and names --address."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="photo, scan, PDF or text file")
    parser.add_argument(
        "--date", type=_date, default=None, help="the day of the check (default today)"
    )
    parser.add_argument(
        "--address", default=None, help="the address of the door, e.g. '100 Gold St'"
    )
    parser.add_argument("--json", action="store_true", help="print JSON (one object or a list)")
    parser.set_defaults(func=run)


def check_file(path: str, on: dt.date, address: str | None) -> dict[str, Any]:
    """One file's result or error object, never an exception."""
    started = time.monotonic()
    try:
        file = Path(path)
        if not file.is_file():
            raise DocumentError("No such file.")
        size = file.stat().st_size
        if size > DEFAULT_LIMITS.max_bytes:
            raise DocumentError(
                f"The file is {size / 1e6:.1f} MB; the limit is {DEFAULT_LIMITS.max_bytes / 1e6:.0f} MB."
            )
        data = file.read_bytes()
        return check_document(data, filename=file.name, on=on, address=address).to_dict() | {
            "file": path
        }
    except DocumentError as error:
        return error_dict(path, error, time.monotonic() - started)
    except OSError:
        return error_dict(
            path, DocumentError("The file could not be opened."), time.monotonic() - started
        )
    except Exception:  # noqa: BLE001 - a bug must not hide the other files' results
        failure = DocumentError("The checker failed on this file; it is not a verified warrant.")
        return error_dict(path, failure, time.monotonic() - started)


def _plain(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"{result['file']}: ERROR: {result['error']}"
    verdict = "JUDICIAL WARRANT" if result["judicial_warrant"] else "NOT a judicial warrant"
    door = "valid at the door today" if result["valid_at_door"] else "not valid at the door"
    lines = [
        f"{result['file']}: {result['kind']} - {verdict}; {door} (confidence {result['confidence']:.2f})",
        f"  court: {result['court'] or '-'}; signer: {result['signer_title'] or '-'}; "
        f"signed: {result['signed']}; issued: {result['issued'] or '-'}; "
        f"execute by: {result['execute_by'] or '-'}; names address: {result['names_address']}",
    ]
    lines += [f"  - {reason}" for reason in result["reasons"]]
    seen = [s["evidence"] or s["name"] for s in result["signals"] if s["found"]]
    lines.append("  signals: " + "; ".join(seen))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    on = args.date or dt.date.today()
    results = [check_file(path, on, args.address) for path in args.files]
    if args.json:
        payload: Any = results[0] if len(results) == 1 else results
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print("\n\n".join(_plain(result) for result in results))
    return 1 if any("error" in result for result in results) else 0
