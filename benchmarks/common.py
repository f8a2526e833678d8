"""What every benchmark shares: the machine it ran on, one-core pinning, percentiles, and
replacing its own section of docs/benchmarks.md without touching the others'."""

from __future__ import annotations

import math
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DOCS_FILE = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = "# Benchmarks\n\nResults of `make bench`, one section per benchmark.\n"


def machine() -> dict[str, Any]:
    """CPU model, count, Python and the load at the time: the context every figure needs."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "load_average_1_5_15": load,
    }


def pin_one_core() -> str:
    """Run on CPU 0 only, so "one core" means one core; says what happened."""
    try:
        os.sched_setaffinity(0, {0})
        return "pinned to CPU 0"
    except (AttributeError, OSError):
        return "not pinned (sched_setaffinity unavailable)"


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values (fraction 0.99 for p99)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return float(sorted_values[min(rank, len(sorted_values)) - 1])


def replace_section(heading: str, section: str, path: Path = DOCS_FILE) -> None:
    """Put `section` (starting with `heading`) in place of the old one, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    section = section.rstrip("\n") + "\n"
    start = text.find(heading + "\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + ("\n" + text[end + 1 :] if end != -1 else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
