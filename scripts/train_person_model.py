"""Train the PERSON tagger (src/sanctuary/privacy/person_model.py) and write its files.

    .venv/bin/python scripts/train_person_model.py

Trains a linear-chain CRF on the synthetic corpus's tuning splits (TRAIN_SPLITS: every split
that has been measured and tuned against), never on the eval split (kept for the recall and
precision floors) nor on a blind split not yet measured. Writes
src/sanctuary/privacy/data/person_model.crfsuite and person_vocab.json; the run is
deterministic (same splits, same parameters: same model). See ADR 0010.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import pycrfsuite  # noqa: E402
from benchmarks.bench_privacy import cell_prefix  # noqa: E402
from tests.privacy.corpus import Segment, generate  # noqa: E402

from sanctuary.privacy.person_model import (  # noqa: E402
    MODEL_FILE,
    VOCAB_FILE,
    Featurizer,
    bio_tags,
    tokenize,
)

TRAIN_SPLITS = (
    "dev", "fresh", "holdout", "final", "unseen", "sealed", "vault", "ledger", "archive",
    "cabinet", "dossier", "folio", "quire", "tome", "parchment", "quarto",
)  # fmt: skip
DATA = ROOT / "src" / "sanctuary" / "privacy" / "data"
# A word is a feature in its own right only if it is common and rarely part of a name, so the
# model learns "Dear", "Worker:" and "spouse", not the training corpus's names.
MIN_COUNT = 3
MAX_NAME_SHARE = 0.3
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100}


def _example(segment: Segment) -> tuple[str, list[tuple[int, int]]]:
    prefix = cell_prefix(segment)
    names = [(lab.start + len(prefix), lab.end + len(prefix)) for lab in segment.labels
             if lab.type == "PERSON"]  # fmt: skip
    return prefix + segment.text, names


def vocabulary(examples: list[tuple[str, list[tuple[int, int]]]]) -> list[str]:
    total: Counter[str] = Counter()
    in_names: Counter[str] = Counter()
    for text, names in examples:
        tokens = tokenize(text)
        for (_, _, token), tag in zip(tokens, bio_tags(tokens, names), strict=True):
            word = token.lower()
            total[word] += 1
            in_names[word] += tag != "O"
    return sorted(
        w for w, n in total.items() if n >= MIN_COUNT and in_names[w] / n <= MAX_NAME_SHARE
    )


def main() -> None:
    examples = [_example(s) for split in TRAIN_SPLITS for s in generate(split=split)]
    words = vocabulary(examples)
    featurize = Featurizer(words)
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, names in examples:
        tokens, features = featurize(text)
        if tokens:
            trainer.append(features, bio_tags(tokens, names))
    trainer.set_params(PARAMS)
    trainer.train(str(DATA / MODEL_FILE))
    (DATA / VOCAB_FILE).write_text(json.dumps(words, ensure_ascii=False, indent=0) + "\n")
    size = (DATA / MODEL_FILE).stat().st_size
    print(f"{len(examples)} texts from {', '.join(TRAIN_SPLITS)}; {len(words)} words; "
          f"model {size:,} bytes")  # fmt: skip


if __name__ == "__main__":
    main()
