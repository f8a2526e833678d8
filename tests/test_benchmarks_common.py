"""The shared benchmark helpers: sections replaced in place, percentiles by nearest rank."""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import percentile, replace_section


def test_a_section_is_replaced_in_place_and_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    path.write_text("# Benchmarks\n\n## A\n\nold a\n\n## B\n\nkeep b\n", encoding="utf-8")
    replace_section("## A", "## A\n\nnew a\n", path)
    assert path.read_text(encoding="utf-8") == "# Benchmarks\n\n## A\n\nnew a\n\n## B\n\nkeep b\n"


def test_a_new_section_is_appended_to_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    replace_section("## C", "## C\n\nc\n", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks") and text.endswith("## C\n\nc\n")


def test_percentiles_use_the_nearest_rank() -> None:
    values = list(range(1, 101))
    assert percentile(values, 0.50) == 50 and percentile(values, 0.99) == 99
    assert percentile([7.0], 0.99) == 7.0
