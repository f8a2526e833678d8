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

It runs in the scanner's "thorough" mode (`Scanner(thorough=True)`, `sanctuary scan
--thorough`), after the rules, and only where they left something unexplained: around
capitalised words that could be names (not English, not the model's common words, not
acronyms or months) outside every rule finding, `REACH` tokens either side, read with the
whole lines around them so each token gets the features a whole pass gives it. Tagging whole
texts cost about as much as the rules; this costs about a seventh of it, and on the corpus
finds all but a few tenths of a per cent of the names a whole pass finds (ADR 0010).
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
# What stands for a token whose features are not needed (see `Featurizer.__call__`).
_UNDESCRIBED: tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]] = (
    "UNK",
    "",
    (),
    ((), (), (), ()),
)


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

    def __call__(
        self, text: str, tokens: list[Token] | None = None, wanted: Sequence[bool] | None = None
    ) -> tuple[list[Token], list[list[str]]]:
        """Tokens and the features of each; with `wanted`, features only for the tokens it
        marks (the same features a whole pass gives them), in order."""
        if tokens is None:
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
        if wanted is None:
            described = [self._describe(t) for _, _, t in tokens]
        else:
            # Described are the wanted tokens, their neighbours and the words before a colon.
            n = len(tokens)
            needed = [False] * n
            for i in range(n):
                if wanted[i]:
                    for j in range(max(0, i - 2), min(n, i + 3)):
                        needed[j] = True
                elif tokens[i][2] in (":", "="):
                    needed[max(0, i - 2)] = needed[max(0, i - 1)] = True
            described = [self._describe(t) if needed[i] else _UNDESCRIBED
                         for i, (_, _, t) in enumerate(tokens)]  # fmt: skip
        line_features = {i: _line_features(text[s:e]) for i, (s, e) in enumerate(spans)}
        return tokens, self._features(text, tokens, described, line_of, line_features, wanted)

    @staticmethod
    def _features(
        text: str,
        tokens: Sequence[Token],
        described: Sequence[tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]],
        line_of: Sequence[int],
        line_features: dict[int, list[str]],
        wanted: Sequence[bool] | None = None,
    ) -> list[list[str]]:
        out: list[list[str]] = []
        label: str | None = None  # the field label before the token on its line, if any
        since_label = 0
        current_line = -1
        for i, (_, _, token) in enumerate(tokens):
            line = line_of[i]
            if line != current_line:
                current_line, label = line, None
            if wanted is None or wanted[i]:
                out.append(
                    Featurizer._token_features(
                        text, tokens, described, line_of, i, label, since_label, line_features[line]
                    )
                )
            # The field label is followed through every token, wanted or not.
            if label is not None:
                since_label += 1
            if token in (":", "="):
                before = [described[j][0] for j in range(max(0, i - 2), i)
                          if line_of[j] == line and tokens[j][2].isalpha()]  # fmt: skip
                label = "_".join(before) if before else "-"
                since_label = 0
        return out

    @staticmethod
    def _token_features(
        text: str,
        tokens: Sequence[Token],
        described: Sequence[tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]],
        line_of: Sequence[int],
        i: int,
        label: str | None,
        since_label: int,
        line_features: list[str],
    ) -> list[str]:
        """The features of token `i`: its own, its neighbours', its line's and its field's."""
        n = len(tokens)
        start, end, _ = tokens[i]
        line = line_of[i]
        _, form, own, _ = described[i]
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
        return f + line_features


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

    def names(
        self, text: str, explained: Sequence[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Name spans in `text`. With `explained` (spans the rules already found something
        in), only the stretches around words that could be an unexplained name are tagged
        (`REACH` tokens either side, read with the lines around them): most of a text is
        neither, and tagging is what costs."""
        if explained is None:
            return self._tag(text, 0, None)
        candidates = _candidates(text, explained, self.featurize.vocabulary)
        found: list[tuple[int, int]] = []
        for start, end, inside in _regions(text, candidates):
            found.extend(self._tag(text[start:end], start, inside))
        return found

    def _tag(
        self, text: str, offset: int, candidates: Sequence[int] | None
    ) -> list[tuple[int, int]]:
        """Tag `text` whole, or only around `candidates` (offsets into `text`)."""
        tokens = tokenize(text)
        if not tokens:
            return []
        if candidates is None:
            runs = [(0, len(tokens))]
            _, features = self.featurize(text, tokens)
        else:
            runs = _runs_around(tokens, candidates)
            wanted = [False] * len(tokens)
            for a, b in runs:
                wanted[a:b] = [True] * (b - a)
            _, features = self.featurize(text, tokens, wanted)
        found: list[tuple[int, int]] = []
        at = 0
        for a, b in runs:
            tags = self._tagger.tag(features[at : at + b - a])
            at += b - a
            found.extend(spans_from_tags(tokens[a:b], tags))
        # A name has letters: a masked one ("***** ********") is not a name any more.
        return [
            (offset + start, offset + end)
            for start, end in found
            if _LETTER.search(text, start, end)
        ]


# Characters at least read either side of a candidate (whole lines, so at least the line
# before and after it): enough for REACH tokens and their neighbours on short-line layouts.
_MARGIN = 60


def _regions(text: str, candidates: Sequence[int]) -> list[tuple[int, int, list[int]]]:
    """(start, end, candidates inside, relative) of the stretches to tag: whole lines around
    each candidate (so its features are the ones a whole pass gives it), at least the line
    before and after it and _MARGIN characters either side, overlapping stretches merged."""
    regions: list[tuple[int, int, list[int]]] = []
    for at in candidates:
        line_start = text.rfind("\n", 0, at) + 1
        start = text.rfind("\n", 0, max(0, min(line_start - 1, at - _MARGIN))) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        end = text.find("\n", min(len(text), max(line_end + 1, at + _MARGIN)))
        end = len(text) if end == -1 else end + 1
        if regions and start <= regions[-1][1]:
            first, last, inside = regions[-1]
            regions[-1] = (first, max(end, last), inside)
        else:
            regions.append((start, end, []))
        regions[-1][2].append(at)
    return [(start, end, [at - start for at in inside]) for start, end, inside in regions]


# Tokens tagged either side of a word that could be a name the rules did not explain.
REACH = 4


# A capitalised word (Latin script), where a name the rules did not explain could start.
_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+")


# Capitalised words the English list leaves out (it holds no proper nouns).
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)


def _candidates(
    text: str, explained: Sequence[tuple[int, int]], common: frozenset[str]
) -> list[int]:
    """Where capitalised words that could be names start outside the spans the rules
    explained: on the shipped name lists, or neither English, nor one of the model's `common`
    non-name words ("Apellido", "USCIS"), nor an acronym."""
    spans: list[tuple[int, int]] | None = None
    out: list[int] = []
    k = 0
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _NOT_NAMES or not _could_be_a_name(word, common):
            continue
        if spans is None:
            spans = sorted(explained)
        start = match.start()
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] <= start:
            continue  # inside something the rules found
        out.append(start)
    return out


# Capitalised words seen not to be names ("The", "Apellido", "March"): looked up first, since
# most capitalised words are not names. Only English, common and calendar words are kept.
_NOT_NAMES: set[str] = set()


def _could_be_a_name(word: str, common: frozenset[str]) -> bool:
    if not word[0].isupper():
        return False
    lowered = word.lower()
    given, family = _lower_names()
    if lowered in given or lowered in family:
        return True
    if lowered in english_words() or lowered in common or lowered in _CALENDAR:
        if len(_NOT_NAMES) < 50_000:
            _NOT_NAMES.add(word)
        return False
    # An acronym (DOB, HPD, NYC) is not kept: "OO" or "SHWE" may be a name in capitals.
    return not (len(word) <= 4 and word.isupper())


def _runs_around(tokens: Sequence[Token], candidates: Sequence[int]) -> list[tuple[int, int]]:
    """(first, end) token index ranges, REACH tokens either side of each candidate, merged."""
    index = {start: i for i, (start, _, _) in enumerate(tokens)}
    runs: list[tuple[int, int]] = []
    for start in candidates:
        i = index.get(start)
        if i is None:
            continue
        a, b = max(0, i - REACH), min(len(tokens), i + REACH + 1)
        if runs and a <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(b, runs[-1][1]))
        else:
            runs.append((a, b))
    return runs


@cache
def default_tagger() -> PersonTagger:
    return PersonTagger()
