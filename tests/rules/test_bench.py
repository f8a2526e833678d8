"""The rules benchmark runs, reports the contract's figures, and only rewrites its own section."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_rules


def test_a_small_benchmark_run_reports_throughput_and_latency() -> None:
    result = bench_rules.run(requests=300, repeats=1, write=False)
    assert result["requests"] == 300
    assert result["decisions_per_second"] > 0
    assert 0 < result["p50_us"] <= result["p99_us"] <= result["max_us"]
    assert set(result["decision_mix"]) <= {"allow", "deny", "escalate"}
    assert result["machine"]["nproc"] >= 1


def test_mixed_requests_are_deterministic_and_cover_every_action() -> None:
    first, second = bench_rules.make_requests(2000), bench_rules.make_requests(2000)
    assert first == second
    assert {r.get("action") for r in first} >= {
        "enter",
        "stage",
        "hold",
        "notify_release",
        "disclose",
        "assist",
        "interview",
        None,
    }


def test_writing_results_replaces_only_the_rules_engine_section(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    path.write_text(
        "# Benchmarks\n\n## Documents\n\nkeep me\n\n## Rules engine\n\nold figures\n\n## Privacy\n\nkeep me too\n",
        encoding="utf-8",
    )
    result = bench_rules.run(requests=200, repeats=1, write=False)
    bench_rules.write_section(result, path)
    text = path.read_text(encoding="utf-8")
    assert "keep me\n" in text and "keep me too" in text
    assert "old figures" not in text
    assert text.count("## Rules engine") == 1
    assert text.index("## Documents") < text.index("## Rules engine") < text.index("## Privacy")
    assert "\n\n## Privacy" in text
    bench_rules.write_section(result, tmp_path / "new.md")
    assert (tmp_path / "new.md").read_text(encoding="utf-8").startswith("# Benchmarks")
