"""A statistical tagger for PERSON: names in layouts no rule was written for.

The rule-based PersonRecognizer finds names through lists, capitals and cues; on document
layouts nobody had seen it found about two names in three (docs/benchmarks.md, blind splits).
This tagger is a linear-chain CRF (python-crfsuite, from PyPI) over tokens, trained by
scripts/train_person_model.py on the synthetic corpus's tuning splits and shipped as a small
file (data/person_model.crfsuite), so nothing is downloaded at run time (ADR 0010).

Its features are cheap and say nothing about any one person: the word itself only if it is a
common non-name word of the training data (data/person_vocab.json; any other word is "UNK", so
the model cannot memorise training names), its shape, affixes, whether it is on the shipped
name lists or an English word list (data/english_words.txt), its neighbours, the field label
before it on its line, and what the line looks like (a table, a key=value log, capitals).

It is slower than the rules (rules and tagger together run at about half the rules' speed),
so it runs only in the scanner's
"thorough" mode (`Scanner(thorough=True)`, `sanctuary scan --thorough`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from sanctuary.privacy.data import english_words, given_names, surnames

MODEL_FILE = "person_model.crfsuite"
VOCAB_FILE = "person_vocab.json"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]|_")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_REPEAT = re.compile(r"(.)\1+")
_LINE = re.compile(r"[^\n]*\n?")

Token = tuple[int, int, str]


def tokenize(text: str) -> list[Token]:
    """Words (with inner apostrophes), digit runs and single punctuation marks, with offsets."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def shape(word: str) -> str:
    """ "Xx" for "Maria", "X" for "MARIA", "d" for "1990", "X.X." for "J.R."."""
    letters = _LETTER.sub(lambda m: "X" if m.group().isupper() else "x", word)
    return _REPEAT.sub(r"\1", _DIGIT.sub("d", letters))


@cache
def _lower_names() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(n.lower() for n in given_names()),
        frozenset(n.lower() for n in surnames()),
    )


def _line_features(line: str) -> list[str]:
    out = [f for f, mark in (("l|", "|"), ("ltab", "\t"), ("l=", "="), ('l"', '"'), ("l:", ":"))
           if mark in line]  # fmt: skip
    if line.upper() == line and sum(map(str.isalpha, line)) > 3:
        out.append("lcaps")
    return out


_OFFSETS = (-2, -1, 1, 2)


class Featurizer:
    """Turns a text into tokens and one feature list per token (the CRF's input).

    Most features depend on the token's string alone; for the vocabulary's common words they
    are built once and kept, which makes the featurizer about twice as fast.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        # token -> (word, shape, the token's own features, its features as each neighbour)
        self._cache: dict[str, tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}

    def word(self, token: str) -> str:
        lowered = token.lower()
        return lowered if lowered in self.vocabulary else "UNK"

    def _describe(
        self, token: str
    ) -> tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]:
        found = self._cache.get(token)
        if found is not None:
            return found
        given, family = _lower_names()
        lowered = token.lower()
        word, form = self.word(token), shape(token)
        lists = (
            ("G" if lowered in given else "")
            + ("S" if lowered in family else "")
            + ("E" if lowered in english_words() else "")
        )
        own = ["b", "w=" + word, "sh=" + form, "gz=" + lists, f"len={min(len(token), 8)}"]
        if token.isalpha():
            own += ["p2=" + lowered[:2], "p3=" + lowered[:3], "s2=" + lowered[-2:],
                    "s3=" + lowered[-3:]]  # fmt: skip
        if token.istitle():
            own.append("title")
        if token.isupper() and len(token) > 1:
            own.append("upper")
        seen_as = tuple((f"{d}:w={word}", f"{d}:sh={form}", f"{d}:gz={lists}") for d in _OFFSETS)
        described = (word, form, tuple(own), seen_as)
        # Only the vocabulary's words are kept: a name, a number or any other unknown token is
        # never held in memory beyond the text being scanned.
        if word != "UNK" and len(self._cache) < 50_000:
            self._cache[token] = described
        return described

    def __call__(self, text: str) -> tuple[list[Token], list[list[str]]]:
        tokens = tokenize(text)
        if not tokens:
            return tokens, []
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
        line_of: list[int] = []
        line = 0
        for start, _, _ in tokens:
            while spans[line][1] <= start:
                line += 1
            line_of.append(line)
        line_features = {i: _line_features(text[s:e]) for i, (s, e) in enumerate(spans)}
        described = [self._describe(t) for _, _, t in tokens]
        return tokens, self._features(text, tokens, described, line_of, line_features)

    @staticmethod
    def _features(
        text: str,
        tokens: Sequence[Token],
        described: Sequence[tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]],
        line_of: Sequence[int],
        line_features: dict[int, list[str]],
    ) -> list[list[str]]:
        n = len(tokens)
        out: list[list[str]] = []
        label: str | None = None  # the field label before the token on its line, if any
        since_label = 0
        current_line = -1
        for i, (start, end, token) in enumerate(tokens):
            line = line_of[i]
            if line != current_line:
                current_line, label = line, None
            word, form, own, _ = described[i]
            f = list(own)
            if i == 0 or line_of[i - 1] != line:
                f.append("bol")
            if i == n - 1 or line_of[i + 1] != line:
                f.append("eol")
            if start > 0 and text[start - 1] == " ":
                f.append("spb")
            if text[end : end + 1] == " ":
                f.append("spa")
            for k, d in enumerate(_OFFSETS):
                j = i + d
                if 0 <= j < n:
                    f += described[j][3][k]
                    if line_of[j] != line:
                        f.append(f"{d}:nl")
                else:
                    f.append(f"{d}:pad")
            f.append(f"-1w|w={described[i - 1][0] if i else '^'}|{form}")
            f.append(f"w|+1w={form}|{described[i + 1][0] if i + 1 < n else '$'}")
            if label is not None:
                f += ["fld=" + label, f"fdist={min(since_label, 4)}"]
                since_label += 1
            f += line_features[line]
            out.append(f)
            if token in (":", "="):
                before = [described[j][0] for j in range(max(0, i - 2), i)
                          if line_of[j] == line and tokens[j][2].isalpha()]  # fmt: skip
                label = "_".join(before) if before else "-"
                since_label = 0
        return out


def bio_tags(tokens: Sequence[Token], names: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O per token for the given name spans (training)."""
    spans = list(names)
    tags = []
    for start, end, _ in tokens:
        tag = "O"
        for name_start, name_end in spans:
            if start < name_end and name_start < end:
                tag = "B" if start <= name_start else "I"
                break
        tags.append(tag)
    return tags


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int]]:
    """Name spans (start, end) from B/I/O tags."""
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None
    for (start, end, _), tag in zip(tokens, tags, strict=True):
        if tag == "B" or (tag == "I" and current is None):
            if current is not None:
                spans.append((current[0], current[1]))
            current = [start, end]
        elif tag == "I" and current is not None:
            current[1] = end
        elif current is not None:
            spans.append((current[0], current[1]))
            current = None
    if current is not None:
        spans.append((current[0], current[1]))
    return spans


class PersonTagger:
    """The shipped model: `names(text)` gives the (start, end) of each name it tags."""

    def __init__(self) -> None:
        import pycrfsuite  # the compiled part; only thorough scans load it

        data = resources.files("sanctuary.privacy.data")
        self.featurize = Featurizer(json.loads(data.joinpath(VOCAB_FILE).read_text("utf-8")))
        self._model = data.joinpath(MODEL_FILE).read_bytes()  # the tagger reads it in place
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)

    def names(self, text: str) -> list[tuple[int, int]]:
        tokens, features = self.featurize(text)
        if not tokens:
            return []
        # A name has letters: a masked one ("***** ********") is not a name any more.
        return [
            (start, end)
            for start, end in spans_from_tags(tokens, self._tagger.tag(features))
            if _LETTER.search(text, start, end)
        ]


@cache
def default_tagger() -> PersonTagger:
    return PersonTagger()
