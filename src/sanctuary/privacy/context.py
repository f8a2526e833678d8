"""Context windows: the few words before a match that say what it is ("DOB:", "born in").

Forms put several labelled fields on a line or in consecutive lines, so a plain "40 characters
before" window would let "DOB:" of one field vouch for the date in the next ("Arrival date:").
The window therefore starts at the *last label* before the match: the words before the last
colon, back to the previous separator. Prose has no colons and keeps the whole window.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from sanctuary.privacy.headers import header_label

WINDOW_BEFORE = 48
# The usual `not_after` class: a match does not continue a word or a hyphenated token.
WORD_OR_HYPHEN = r"[\w-]"
WINDOW_AFTER = 24
_SEPARATORS = "\n\t|;:"
# The end of a sentence ("...Honduras. Case No.") or a blank line ends the context.
_SENTENCE_END = re.compile(r"[a-z]{4}[.!?][\"')]?\s|\n[ \t]*\n")


def window_before(
    lowered: str, start: int, size: int = WINDOW_BEFORE, *, sentences: bool = True
) -> str:
    """The lower-cased text before `start` that can serve as context for a match there.

    With `sentences`, the window also stops at the end of the previous sentence or at a blank
    line; names use `sentences=False` because "Sincerely,\n\nName" spans a blank line.
    """
    lo = max(0, start - size)
    window = lowered[lo:start]
    # (The membership tests are a shortcut: every sentence end holds one of these characters.)
    if sentences and ("." in window or "\n" in window or "?" in window or "!" in window):
        # Not an end: a full stop inside parentheses ("DOB (approx. ok):"), or a question
        # that is itself the field's label ("What is your I-94 number? (optional): ").
        parens = "(" in window
        found = [
            m for m in _SENTENCE_END.finditer(window)
            if not (parens and _in_parens(window, m.start()))
        ]  # fmt: skip
        ends = [m.end() for m in found]
        if ends and "?" in found[-1].group() and _LABEL_TAIL.fullmatch(window, ends[-1]):
            ends.pop()  # a question that is the field's label, not a blank line
        if ends:
            window = window[ends[-1] :]
    if window.endswith("="):
        # A key=value record's value: its own key says what it is ("coo=MNG status=TPS
        # lang=", not "coo").
        key = _KEY_BEFORE.search(window)
        if key is not None and key.group(1) not in _GENERIC_KEYS:
            return key.group(1)
    colon = window.rfind(":")
    if colon == -1:
        return window
    label_start = _label_start(window, colon)
    # A label that says nothing ("ID TYPE: IDNYC   ID #: ...", "IDNYC card\n Card number:")
    # takes the field or the line before it along.
    if window[label_start:colon].strip(" #.").strip() in _GENERIC_LABELS and label_start > 0:
        previous = window.rfind(":", 0, label_start)
        if previous != -1:
            label_start = _label_start(window, previous)
        else:
            line_start = window.rfind("\n", 0, label_start) + 1
            if line_start > 0 and not window[line_start:label_start].strip():
                label_start = window.rfind("\n", 0, line_start - 1) + 1
    return window[label_start:]


_KEY_BEFORE = re.compile(r"([\w.-]+)=$")
# Keys that say nothing on their own ("doc_type=I94 doc_no=..."): the window keeps the pairs
# before them.
_GENERIC_KEYS = frozenset(
    "no nr num nbr number id value val ref code cd type card doc_no doc_num doc_nbr doc_id doc_number "
    "document_no document_number card_no card_num card_number id_no id_number".split()
)
_GENERIC_LABELS = frozenset(
    {
        *("", "id", "id no", "id number", "no", "number", "num", "nbr"),
        *("card", "card number", "card no"),
        # A PDF form's field dump: "FieldNameAlt: Applicant DOB" then "FieldValue: ...".
        *("value", "fieldvalue", "field value"),
    }
)
# What may follow a question that labels a field: a parenthesis and the colon.
_LABEL_TAIL = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*:?[ \t]*")


def _in_parens(window: str, pos: int) -> bool:
    return window.count("(", 0, pos) > window.count(")", 0, pos)


def _label_start(window: str, colon: int) -> int:
    """Walk back from a colon to the start of its label."""
    label_start = colon
    while label_start > 0:
        ch = window[label_start - 1]
        if ch in _SEPARATORS:
            break
        if ch == " " and label_start >= 2 and window[label_start - 2] == " ":
            break
        label_start -= 1
    return label_start


# A cell of a fixed-width table row: words separated by single spaces.
TABLE_CELL = re.compile(r"\S+(?: \S+)*")


def column_header(lowered: str, start: int, end: int, max_lines: int = 8) -> str:
    """In a fixed-width table, the cells above a match in its column ("" when not a table).

    Forms print household members and the like as columns ("Name   Relationship   DOB"), so
    what a date is can be said lines above it. A match is a table cell when it starts its line
    or follows a gap of two or more spaces; the lines above count while they are table rows
    too (they hold a gap), and from each the cell over the match's column is returned.
    """
    line_start = lowered.rfind("\n", 0, start) + 1
    before = lowered[line_start:start]
    if "|" in before:
        return _pipe_column_header(lowered, line_start, before.count("|"))
    if before.strip() and not before.endswith("  "):
        return ""
    column = start - line_start
    cells: list[str] = []
    line_end = line_start - 1
    for _ in range(max_lines):
        if line_end < 0:
            break
        above_start = lowered.rfind("\n", 0, line_end) + 1
        line = lowered[above_start:line_end]
        if "  " not in line.strip():
            break  # a blank line or running text: the table ends here
        for cell in TABLE_CELL.finditer(line):
            if cell.start() <= column + 2 and column < cell.end():
                cells.append(cell.group(0))
                break
        line_end = above_start - 1
    return "  ".join(cells)


_PIPE_RULE = re.compile(r"^[\s|:-]*-{3}[\s|:-]*$")


def _pipe_column_header(lowered: str, line_start: int, index: int, max_lines: int = 40) -> str:
    """The header cell over column `index` of a pipe table ("| Name | DOB |" then "|---|").

    Walks up the table's rows to its rule line; the line above the rule is the header. A table
    typed without a rule ("# | Name | Date of birth" over its rows) is headed by its first row,
    if that row holds no digit (a data row would).
    """
    line_end = line_start - 1
    top = ""
    for _ in range(max_lines):
        if line_end < 0:
            break
        above_start = lowered.rfind("\n", 0, line_end) + 1
        line = lowered[above_start:line_end]
        if "|" not in line:
            break
        if _PIPE_RULE.match(line):
            header_end = above_start - 1
            header_start = lowered.rfind("\n", 0, max(header_end, 0)) + 1
            cells = lowered[header_start:header_end].split("|")
            return cells[index].strip() if 0 <= header_end and index < len(cells) else ""
        top = line
        line_end = above_start - 1
    if not top or any(ch.isdigit() for ch in top):
        return ""
    cells = top.split("|")
    return cells[index].strip() if index < len(cells) else ""


def inline_list_label(lowered: str, start: int) -> str:
    """For a match in a list written along one line after a label ("Household members listed
    on this notice: Name (8/17/12), Name (5/26/25), ..."), that label, however far back."""
    line_start = lowered.rfind("\n", 0, start) + 1
    colon = lowered.rfind(": ", line_start, start)
    if colon == -1 or colon - line_start > 80:
        return ""
    items = lowered[colon + 2 : start]
    if (", " not in items and " and " not in items) or ". " in items or ";" in items:
        return ""
    if "  " in items or "\t" in items:
        return ""  # the next field of a form, not an item
    return lowered[
        line_start + _label_start(lowered[line_start : colon + 1], colon - line_start) : colon
    ]


# A SQL INSERT statement up to its VALUES keyword; group 1 is its column list.
SQL_INSERT = re.compile(r"(?i)insert\s+into\s+[^(\n]{1,80}?\(([^()]{1,2000})\)\s*values\b")


def sql_columns(statement: re.Match[str]) -> list[str]:
    """The column names of a `SQL_INSERT` match, without quotes or brackets."""
    return [c.strip(' \t\n`"[]') for c in statement.group(1).split(",")]


def sql_column(lowered: str, start: int) -> str:
    """For a value of a SQL INSERT statement's row ("(29619,'asfaw','1978-09-09',..."), the
    name of its column in the statement's column list, spelled out ("dob" -> "date of birth"),
    as a table's header would be. Database dumps are exports too."""
    if "values" not in lowered or "insert" not in lowered:
        return ""
    statements = list(SQL_INSERT.finditer(lowered, max(0, start - 20_000), start))
    if not statements:
        return ""
    statement = statements[-1]
    row = lowered.rfind("(", statement.end(), start)
    if row == -1:
        return ""
    index, quoted = 0, False
    for ch in lowered[row + 1 : start]:
        if ch == "'":
            quoted = not quoted
        elif ch == "," and not quoted:
            index += 1
        elif ch == ")" and not quoted:
            return ""  # the match is after the row, not in it
    columns = sql_columns(statement)
    return header_label(columns[index]).lower() if index < len(columns) else ""


# HL7 v2 segments a hospital's ADT message carries, and what their fields hold (1-based, as
# the standard numbers them): PID-5 name, PID-7 birth date, PID-11 address, PID-13/14 phone,
# PID-19 SSN, PID-26 citizenship, PID-28 nationality; NK1-2 name, NK1-4 address, NK1-5 phone.
_HL7_FIELDS = {
    "pid": {5: "patient name", 7: "date of birth", 11: "address", 13: "phone", 14: "phone",
            19: "ssn", 26: "citizenship", 28: "nationality"},
    "nk1": {2: "next of kin name", 4: "address", 5: "phone"},
}  # fmt: skip


@functools.lru_cache(maxsize=2)  # asked by each recognizer of the same text
def labels_by_position(lowered: str) -> bool:
    """Whether the text holds records whose fields are named by position, not by a word next
    to them: an HL7 message's segments or a SQL INSERT's rows (`hl7_field`, `sql_column`)."""
    if "insert" in lowered and SQL_INSERT.search(lowered) is not None:
        return True
    return ("pid|" in lowered or "nk1|" in lowered) and _HL7_SEGMENT.search(lowered) is not None


_HL7_SEGMENT = re.compile(r"(?m)^(?:pid|nk1)\|")


def hl7_field(lowered: str, start: int) -> str:
    """For a match in a PID or NK1 segment of an HL7 v2 message, what its field holds."""
    line_start = lowered.rfind("\n", 0, start) + 1
    fields = _HL7_FIELDS.get(lowered[line_start : line_start + 3])
    if fields is None or lowered[line_start + 3 : line_start + 4] != "|":
        return ""
    return fields.get(lowered.count("|", line_start, start), "")


# A list item: "- Name, 5-Feb-95", "* ...", "• ...", "a) ...".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·–]|[a-z]\))[ \t]+")


def list_heading(lowered: str, start: int, max_lines: int = 12) -> str:
    """For a match in a list item, the line that introduces the list ("Household members:"
    over "- Name, 9/1/01" lines): it says what every item holds, however far down the item is.

    Empty unless the match's line and every line up to the heading are list items, and the
    heading ends with a colon.
    """
    line_start = lowered.rfind("\n", 0, start) + 1
    item = _LIST_ITEM.match(lowered, line_start)
    if item is None or item.end() > start:
        return ""
    for _ in range(max_lines):
        if line_start == 0:
            return ""
        above_start = lowered.rfind("\n", 0, line_start - 1) + 1
        above = lowered[above_start : line_start - 1]
        if _LIST_ITEM.match(above) is None:
            return above if above.rstrip().endswith(":") else ""
        line_start = above_start
    return ""


# A form's signature-style rule, under a field's value: "______".
_FILL_RULE = re.compile(r"[ \t]*_{5,}[ \t]*")


def label_below(lowered: str, start: int, end: int, max_fields: int = 30) -> str:
    """In a form flattened from a PDF that prints each label under its field's rule
    ("4/18/75" / "______" / "Date of birth"), the label under the match.

    Empty unless the match is alone on its line, the next line is a rule and the one after it
    a short label without digits, and the form reads that way round: its run of fields ends
    with a rule and a label. A form with labels above its fields ends with a field's rule, and
    the line under a rule there is the next field's label.
    """
    line_start = lowered.rfind("\n", 0, start) + 1
    line_end = lowered.find("\n", end)
    if line_end == -1 or lowered[line_start:start].strip() or lowered[end:line_end].strip():
        return ""
    lines = lowered[line_end + 1 :].split("\n", 3 * max_fields)[: 3 * max_fields]
    if len(lines) < 2 or not _FILL_RULE.fullmatch(lines[0]):
        return ""
    label = lines[1].strip()
    if not label or len(label) > 40 or any(ch.isdigit() for ch in label):
        return ""
    # Down the block, fields come as value, rule, label; it must end after a label.
    for i in range(2, len(lines), 3):
        value, *rest = lines[i : i + 3]
        if _FILL_RULE.fullmatch(value):
            return ""  # an empty field, which either way round reads as a label then a rule
        if not value.strip() or not rest or not _FILL_RULE.fullmatch(rest[0]):
            return label  # the fields end right after a label
        if len(rest) < 2 or not rest[1].strip():
            return ""  # a field and its rule with nothing under: labels are above fields
    # The text ends right after a label (unless the fields ran past max_fields).
    return label if len(lines) % 3 == 2 and len(lines) < 3 * max_fields else ""


_NEXT_KEY = re.compile(r"[ \t,;&]+[\w.-]+=")


def alone_in_field(text: str, start: int, end: int) -> bool:
    """Nothing else on the line but a label before it ("COB: ECU"), or a cell of its own (CSV,
    pipe table, XML element, JSON value), or the value of a key=value pair ("nationality=KHM
    household=5").

    Short codes ("ECU", "PH", "A05") are words or other things in running text; as a whole
    field of a record they are the value the field holds.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip(" \t\"'")
    rest = text[end : len(text) if line_end == -1 else line_end]
    after = rest.lstrip("\"'").strip()
    if before.endswith("="):
        return not after or _NEXT_KEY.match(rest.lstrip("\"'")) is not None
    if before.endswith("|"):  # a pipe table's cell
        return not after or after.startswith("|")
    if before.endswith(">"):  # an XML element's text
        return after.startswith("</")
    if 0 < start and end < len(text) and text[start - 1] == text[end] == "'":
        return text[start - 2 : start - 1] in ("(", ",") and text[end + 1 : end + 2] in (",", ")")
    if not before or before.endswith((":", "\t")):
        # Alone, or followed by a column gap and the next field ("BIRTH CTRY: TH  LANG: YI").
        return after in ("", ",") or rest.startswith(("  ", "\t"))
    return False


# A transcript's turn: "CALLER: ", "Q: ", "INTERPRETER (Ana): ".
_SPEAKER = re.compile(r"[ \t]*[a-z][a-z .'-]{0,20}(?:\([^)\n]{0,30}\))?:[ \t]*")
# A turn's header line as meeting and chat apps copy it: the speaker (group 1), a gap, the
# time ("Elyor Boboev  3:21 PM", "Cissokho, Tenimba   4:55").
TURN_HEADER = re.compile(
    r"(?m)^[ \t]*([^\W\d][^\n:]{0,40}?)(?:[ \t]{2,}|\t)\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[ap]\.?m\.?)?[ \t]*$",
    re.IGNORECASE,
)


def question_before(lowered: str, start: int) -> str:
    """In a transcript, the question a turn answers ("AGENT: And your date of birth?" then
    "CALLER: 11/26/1955"): the answer's own words rarely say what it is.

    Empty unless the match's line is a speaker's turn and the line before it is a question.
    """
    line_start = lowered.rfind("\n", 0, start) + 1
    if line_start == 0:
        return ""
    previous_start = lowered.rfind("\n", 0, line_start - 1) + 1
    speaker = _SPEAKER.match(lowered, line_start)
    if speaker is None or speaker.end() > start:
        # Or the turn's speaker and time on a line of their own, as meeting and chat apps
        # copy them ("Guest (Unverified)   6:56" over "OK, C2073786.").
        if previous_start == 0 or not TURN_HEADER.fullmatch(
            lowered, previous_start, line_start - 1
        ):
            return ""
        line_start = previous_start
        previous_start = lowered.rfind("\n", 0, line_start - 1) + 1
    previous = lowered[previous_start : line_start - 1].rstrip()
    # A question, also followed by a request ("…your IDNYC card? Read me the number.").
    return previous if "?" in previous else ""


def window_after(lowered: str, end: int, size: int = WINDOW_AFTER) -> str:
    """The text after a match, up to the end of its line."""
    window = lowered[end : end + size]
    newline = window.find("\n")
    return window if newline == -1 else window[:newline]


def trie_regex(words: Iterable[str], *, not_after: str | None = None) -> str:
    r"""An alternation of `words` shaped as a trie, longest match first.

    Python's `re` tries alternatives one by one; sharing prefixes ("Guinea", "Guinea-Bissau",
    "Guyana") makes large word lists several times faster. A space matches any whitespace.

    `not_after` is a character class a match must not follow (r"[\w-]": whole words only).
    It is checked after each word's first letter, not before it: a pattern that starts with
    a lookbehind hides its first letters from `re`, which then tries every position in full;
    starting with a literal lets it skip ahead to the letters words begin with (about 2.5x
    faster on a page of text, same matches).
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    if not_after is None:
        return build(trie)
    if "" in trie or " " in trie:
        raise ValueError("words must not be empty or start with a space")
    return (
        "(?:"
        + "|".join(
            f"{re.escape(ch)}(?<!{not_after}{re.escape(ch)}){build(sub)}"
            for ch, sub in sorted(trie.items())
        )
        + ")"
    )


def latin_first(words: Iterable[str]) -> tuple[list[str], list[str]]:
    """`words` split by their first letter: Latin script, or another (中国, Россия, 미등록).

    `re` skips ahead to where a word list can match only while its first letters are few and
    Latin; one word starting in another script makes the whole list slower on every text. Kept
    apart, the other scripts' list runs only on texts that are not plain ASCII (`str.isascii`
    costs nothing).
    """
    latin: list[str] = []
    other: list[str] = []
    for word in words:
        (latin if ord(word[0]) < 0x250 else other).append(word)
    return latin, other


def token_start(first: str, not_after: str = WORD_OR_HYPHEN) -> str:
    """Regex for one character of class `first` that does not follow `not_after`.

    The same as `(?<!not_after)first`, but written first-character-first so that `re` can skip
    ahead to where a match can begin (see `trie_regex`); used to start identifier patterns.
    """
    return f"{first}(?<!{not_after}{first})"


def starting_with(first_chars: str, not_after: str = WORD_OR_HYPHEN) -> str:
    """`(?<!not_after)`, preceded by a look-ahead for the characters a match can start with.

    For patterns whose first character is not one class (an optional "+1", a month name); the
    look-ahead lets `re` skip ahead as `token_start` does. `first_chars` must list every
    character a match can start with, or matches are lost: the tests compare both spellings.
    """
    return f"(?=[{first_chars}])(?<!{not_after})"


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    """One regex that finds any of `words` (lower-case) as whole words, longest first.

    A phrase is also found as a field name writes it ("alien number" in `<AlienNumber>`,
    "idnyc_number", "date-of-birth"): run together, or joined by "_" or "-".
    """
    lowered = {w.lower() for w in words}
    variants = {
        joined
        for w in lowered
        if " " in w
        for joined in (w.replace(" ", ""), w.replace(" ", "_"), w.replace(" ", "-"))
    }
    # "_" bounds a word too: "dob" in "applicant_dob", "ssn" in "Applicant_SSN".
    body = trie_regex(lowered | variants, not_after=r"[^\W_]")
    return re.compile(rf"{body}(?![^\W_])")


def found_words(pattern: re.Pattern[str], window: str) -> tuple[str, ...]:
    """The distinct context words of `pattern` that occur in `window`, in order."""
    seen: list[str] = []
    for match in pattern.finditer(window):
        word = match.group(0)
        if word not in seen:
            seen.append(word)
    return tuple(seen)
