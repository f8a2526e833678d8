"""`make bench`: run every benchmarks/bench_*.py module's `run()`; each writes its own section of
docs/benchmarks.md. `make bench BENCH_ARGS="rules"` runs only the named ones."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("only", nargs="*", help="benchmark names, e.g. rules documents")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only]
    failed = 0
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        try:
            result = importlib.import_module(f"benchmarks.{name}").run()
        except Exception as error:  # noqa: BLE001 - report and carry on with the others
            failed += 1
            print(f"   failed: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        print(json.dumps(result, indent=2, default=str))
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
