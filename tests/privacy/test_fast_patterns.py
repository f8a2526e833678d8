"""The recognizers' regexes are spelled for speed (first character first, see `context.py`).

Each spelling must find exactly what the plain one, `(?<!guard)` first, finds. These tests turn
every pattern back into its plain spelling and compare the matches over the whole synthetic
corpus, in its own case and in upper and lower case, and over a set of edge cases.
"""

from __future__ import annotations

import re

import pytest

from sanctuary.privacy.context import compile_words, starting_with, token_start
from sanctuary.privacy.recognizers import default_recognizers, person
from sanctuary.privacy.recognizers.email import EmailRecognizer
from tests.privacy.corpus import generate

# `(?=[chars])(?<!guard)` -> `(?<!guard)`
_LOOKAHEAD_FORM = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)(\(\?<!(?:\\w|\[(?:\\.|[^\]\\])*\])\))")
# `X(?<!guardX)` -> `(?<!guard)X`, X one character, escape or class
_FIRST_FORM = re.compile(
    r"(\\.|\[(?:\\.|[^\]\\])*\]|[^\\\[\]()|?*+{}])\(\?<!(\\w|\[(?:\\.|[^\]\\])*\])\1\)"
)

EDGE_CASES = [
    "",
    "9",
    "A",
    "x123-45-6789 123-45-6789x -123-45-6789 123-45-6789",
    "a912-70-1234 912-70-1234 _912701234 912701234",
    "EAC1234567890 xEAC1234567890 -EAC1234567890 WAC-21-123-45678",
    "A123456789 BA123456789 A-123-456-789",
    "+44 20 7946 0958 x+44 20 7946 0958 ++44 20 7946 0958 (212) 555-0101 a(212) 555-0101",
    "al-Sayed el-Amin Mc Donald McDonald O'Brien .Maria @Lopez",
    "mail a.b@x.org .a@x.org +a@x.org " + "x" * 70 + "@example.org",
    "P.O. Box 12 xP.O. Box 12 po box 7",
    "12/03/1990 1/2/90 x1/2/90 /1/2/90 March 3, 1990 xMarch 3, 1990 3rd of March 1990",
]


def plain(pattern: str) -> str:
    return _FIRST_FORM.sub(r"(?<!\2)\1", _LOOKAHEAD_FORM.sub(r"\1", pattern))


def all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for recognizer in default_recognizers():
        for p in recognizer.patterns:
            out.append((f"{recognizer.name}/{p.name}", p.regex))
        if recognizer.context_words:
            out.append((f"{recognizer.name}/context", compile_words(recognizer.context_words)))
    for name in ("_SEQUENCE", "_COMMA_FORM", "_CAPS"):
        out.append((f"person.{name}", getattr(person, name)))
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    base = [s.prefix + s.text for s in generate()]
    return EDGE_CASES + base + [t.upper() for t in base] + [t.lower() for t in base]


def test_the_plain_spelling_is_recovered() -> None:
    assert plain(token_start(r"\d") + r"\d{8}") == r"(?<![\w-])\d\d{8}"
    assert plain(starting_with(r"+\d", r"[\w+]") + "x") == r"(?<![\w+])x"
    # A phrase is also found run together or joined by "-" or "_" ("bornin", "born_in"), and
    # "_" bounds a word ("applicant_dob").
    assert plain(compile_words(["dob", "born in"]).pattern) == (
        r"(?:(?<![^\W_])b" + r"orn(?:\s+in|\-in|_in|in)|(?<![^\W_])dob)(?![^\W_])"
    )


@pytest.mark.parametrize(
    "name,regex", all_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_fast_spelling_finds_what_the_plain_one_finds(
    name: str, regex: re.Pattern[str], texts: list[str]
) -> None:
    slow = re.compile(plain(regex.pattern), regex.flags)
    # Every pattern is spelled the fast way, and the plain spelling keeps none of it.
    assert slow.pattern != regex.pattern
    assert _FIRST_FORM.search(slow.pattern) is None
    assert _LOOKAHEAD_FORM.search(slow.pattern) is None
    for text in texts:
        fast_spans = [m.span() for m in regex.finditer(text)]
        slow_spans = [m.span() for m in slow.finditer(text)]
        assert fast_spans == slow_spans, (name, text[:120])


def test_email_search_from_the_at_sign_finds_every_address(texts: list[str]) -> None:
    recognizer = EmailRecognizer()
    pattern = recognizer.patterns[0]
    for text in texts:
        assert [m.span() for m in recognizer.matches(pattern, text)] == [
            m.span() for m in pattern.regex.finditer(text)
        ], text[:120]


def test_a_wrong_first_character_list_would_be_caught() -> None:
    """The comparison above can fail: a look-ahead that omits "+" loses "+1" phone numbers."""
    wrong = re.compile(starting_with(r"(\d", r"[\w+]") + r"\+?1 \d{3}")
    slow = re.compile(plain(wrong.pattern))
    text = "call +1 212 now"
    assert [m.span() for m in wrong.finditer(text)] != [m.span() for m in slow.finditer(text)]
