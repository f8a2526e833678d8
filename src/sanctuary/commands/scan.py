"""`sanctuary scan FILE...`: list identifying information in text, CSV and PDF files.

Runs on the pure-Python scanner in sanctuary.privacy; never starts Django. The matched text
itself is not printed (a scan report should not re-disclose what it found) unless
--show-text is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sanctuary.cli import CommandError
from sanctuary.privacy import ENTITY_TYPES, ReadError, Scanner, merge_summaries
from sanctuary.privacy.bulk import DEFAULT_CHUNK_ROWS, scan_csv_chunks
from sanctuary.privacy.engine import DEFAULT_THRESHOLD
from sanctuary.privacy.model import Finding
from sanctuary.privacy.progress import ProgressBar
from sanctuary.privacy.readers import count_lines, kind_of, read_pdf_text, read_text


def add_scanner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"report findings scoring at least this (0-1, default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--types",
        help="comma-separated types to look for (default: all): " + ", ".join(ENTITY_TYPES),
    )
    parser.add_argument(
        "--thorough",
        action="store_true",
        help="also run the statistical name tagger where the rules left words unexplained: "
        "finds more names in unusual layouts, at about seven eighths of the speed",
    )
    parser.add_argument("--no-header", action="store_true", help="CSV files have no header row")
    parser.add_argument("--progress", action="store_true", help="progress bar on stderr (CSV)")


def build_scanner(args: argparse.Namespace) -> Scanner:
    if not 0.0 <= args.threshold <= 1.0:
        raise CommandError("--threshold must be between 0 and 1", 2)
    types = None
    if args.types:
        types = [t.strip().upper() for t in args.types.split(",") if t.strip()]
    try:
        return Scanner(threshold=args.threshold, types=types, thorough=args.thorough)
    except ValueError as error:
        raise CommandError(str(error), 2) from error


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="Find identifying information (names, A-numbers, status ...) in files.",
        description="Find identifying information (Admin Code §23-1201) in UTF-8 text, CSV "
        "and PDF files (text layer). Each finding gives its offsets (for CSV: row, column "
        "and offsets in the cell), type, score and why it was flagged. Exit status 2 when "
        "a file cannot be read.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument(
        "--summary",
        action="store_true",
        help="for CSV files, print per-column percentages instead of every finding",
    )
    parser.add_argument(
        "--chunk-rows", type=int, default=DEFAULT_CHUNK_ROWS, help="CSV rows per chunk"
    )
    parser.add_argument(
        "--show-text", action="store_true", help="include the matched text in the output"
    )
    add_scanner_options(parser)
    parser.set_defaults(func=run)


def _line(f: Finding, show_text: bool) -> str:
    where = f"{f.file}:{f.row}:{f.column}:" if f.row is not None else f"{f.file}:"
    text = f" {f.text!r}" if show_text else ""
    return f"{where}{f.start}-{f.end} {f.type} {f.score:.2f}{text} ({f.explanation})"


def run(args: argparse.Namespace) -> int:
    if args.chunk_rows < 1:
        raise CommandError("--chunk-rows must be at least 1", 2)
    scanner = build_scanner(args)
    paths = [Path(p) for p in args.files]
    for path in paths:
        if not path.is_file():
            raise CommandError(f"{path}: no such file", 2)
    findings: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    try:
        for path in paths:
            found, summary = _scan_one(path, scanner, args)
            if summary is not None:
                summaries.append(summary)
                if not args.json:
                    for line in summary["lines"]:
                        print(f"{path}: {line}")
            if args.json:
                findings.extend(f.to_dict(include_text=args.show_text) for f in found)
            else:
                for f in found:
                    print(_line(f, args.show_text))
    except ReadError as error:
        raise CommandError(str(error), 2) from error
    if args.json:
        out: dict[str, Any] = {"findings": findings}
        if args.summary:
            out["summaries"] = [{k: v for k, v in s.items() if k != "lines"} for s in summaries]
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 0


def _scan_one(
    path: Path, scanner: Scanner, args: argparse.Namespace
) -> tuple[list[Finding], dict[str, Any] | None]:
    kind = kind_of(path)
    if kind != "csv":
        text = read_pdf_text(path) if kind == "pdf" else read_text(path)
        return [f.located(file=str(path)) for f in scanner.scan(text)], None
    bar = (
        ProgressBar(
            f"scanning {path.name}", max(count_lines(path) - (0 if args.no_header else 1), 1)
        )
        if args.progress
        else None
    )
    done = 0
    found: list[Finding] = []
    summaries = []
    for chunk in scan_csv_chunks(
        path, args.chunk_rows, scanner=scanner, has_header=not args.no_header
    ):
        done += chunk.rows
        summaries.append(chunk.summary)
        if not args.summary:
            found.extend(chunk.findings)
        if bar:
            bar.update(done)
    if bar:
        bar.close(done)
    if not args.summary:
        return found, None
    merged = merge_summaries(summaries)
    return [], {**merged.to_dict(), "lines": merged.describe() or ["no findings"]}
