"""Column headers as the scanner reads them: abbreviations spelled out ("ANum" says a-number).

A CSV export, a database dump or a table names its columns tersely ("ANum", "CTZN_CNTRY",
"birth_dt"); spelled out, the words count as context for the values under them. Used for CSV
cells (bulk.py) and for the columns of SQL INSERT statements (context.py).
"""

from __future__ import annotations

import functools
import re

# Column-name abbreviations common in agency exports, spelled out so that their words count as
# context for the cells below them ("ANum" says the column holds A-numbers).
_HEADER_PHRASES = {
    "a num": "a-number",
    "anum": "a-number",
    "a no": "a-number",
    "a nbr": "a-number",
    "alien no": "a-number",
    "alien num": "a-number",
    "imm stat": "immigration status",
    "imm status": "immigration status",
    "immig status": "immigration status",
    "ctry birth": "country of birth",
    "cntry birth": "country of birth",
    "birth ctry": "country of birth",
    "birth dt": "date of birth",
    "country birth": "country of birth",
    "country": "country of origin",
    "hoh first": "head of household first name",
    "hh head": "head of household",
    "hoh last": "head of household last name",
    "birth date": "date of birth",
    "país": "country of origin",
    "pais": "country of origin",
    "pays": "country of origin",
    "doc ctry": "document issuing country",
    "id doc ctry": "identity document issuing country",
    "ctry": "country of origin",
    "cntry": "country of origin",
    "ctzn cntry": "country of citizenship",
    "ctzn ctry": "country of citizenship",
    "ctzn country": "country of citizenship",
}
_HEADER_WORDS = {
    "ph": "phone",
    "phn": "phone",
    "tel": "phone",
    "mob": "mobile",
    "addr": "address",
    "adr": "address",
    "cob": "country of birth",
    "pob": "place of birth",
    "dob": "date of birth",
    "hoh": "head of household",
    "hh": "household",
    "cm": "case manager",
    "pp": "passport",
    "ppt": "passport",
    "rcpt": "receipt",
    "natl": "nationality",
    "nat": "nationality",
    "fname": "first name",
    "lname": "last name",
    "nm": "name",
    "ctry": "country",
    "cntry": "country",
    "cd": "code",
    "doc": "document",
    "cat": "category",
    "cw": "caseworker",
    "wrkr": "worker",
    "cl": "client",
    "brth": "birth",
    "dt": "date",
    "nat'l": "nationality",
    "lnm": "last name",
    "fnm": "first name",
    "mnm": "middle name",
    "bdt": "birth date",
    "coo": "country of origin",
    "ctzn": "citizenship",
    "ctznshp": "citizenship",
    "citz": "citizenship",
}
# "ImmStat" -> "Imm Stat", "ANum" -> "A Num", "Ph1" -> "Ph 1".
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")


@functools.lru_cache(maxsize=4096)  # a column's header is labelled for each of its cells
def header_label(name: str) -> str:
    """A column header as the scanner reads it: separators as spaces, abbreviations spelled out.

    "ANum" becomes "ANum (a-number)": the header itself stays, so nothing it said is lost.
    """
    label = " ".join(name.replace("_", " ").replace("-", " ").split())
    words = _CASE_BOUNDARY.sub(" ", label).lower().split()
    words = [w.rstrip(".") or w for w in words if not w.isdigit()]  # "Ph1", "Addr2", "Nat."
    joined = " ".join(words)
    spelled = _HEADER_PHRASES.get(joined)
    if spelled is None and len(words) > 2:
        # A phrase and more ("CTRY_BIRTH_CD"): the phrase spelled out, then the other words.
        for size in range(len(words) - 1, 1, -1):
            phrase = _HEADER_PHRASES.get(" ".join(words[:size]))
            if phrase is not None:
                rest = " ".join(_HEADER_WORDS.get(w, w) for w in words[size:])
                spelled = f"{phrase} {rest}"
                break
    if spelled is None:
        if not any(w in _HEADER_WORDS for w in words) and not _CASE_BOUNDARY.search(label):
            return label  # nothing to spell out ("What is your I-94 number? (optional)")
        spelled = " ".join(_HEADER_WORDS.get(w, w) for w in words)
    return label if spelled == label.lower() else f"{label} ({spelled})"
