"""The "dossier" split: the "*_l" templates, a tenth blind held-out split.

Written blind on 2026-12-03 without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates (fresh, holdout.py, final.py, unseen.py, sealed.py,
vault.py, ledger.py, archive.py, cabinet.py). Its pools of names and streets are its own, checked
by tests/privacy/test_eval_corpus.py to share no name, name word, nickname or street with any
older pool; its communities are Polish and Lithuanian, Greek and Cypriot, Albanian (Malësia,
Kosovo and Montenegro), Irish, Hasidic (Yiddish), Japanese, Thai, Lao and Khmer, Cameroonian
and Malagasy New Yorkers. Countries and status terms are closed vocabularies, written as real
files write them, so they may repeat older splits'.

Institutions and layouts (each template picks one of several):

* case notes: a VITA tax-site preparer's note (W-2s, ITINs, W-7 dependents); an ESL teacher's
  attendance notebook typed in a hurry (lower case, initials, possessives); a home-care agency
  coordinator's note on aide call-outs; a legal clinic's conflict-check log; tenant-association
  meeting minutes in Markdown with an action table; a court interpreter's assignment note.
* intake forms: a VITA intake sheet with W-2 boxes and a dependents table; a credit-union
  membership application with ID verification; an H+H / NYC Care financial screening converted
  from PDF with its two columns run together; an NYS DMV standard-licence application with proof
  documents; a DOHMH vital-records birth-certificate correction request; an ATS student-bio
  printout with emergency cards; an EAD / green-card renewal checklist in reStructuredText.
* letters: an ICE immigration-bond receipt (I-305) with the bond fund's cover letter; a
  money-transfer receipt (bilingual); a tenant association's letter to the landlord, signed by
  members; a legal clinic's engagement letter; a parish, temple or mosque food-pantry letter of
  support; a rental application with a lease rider and guarantor.
* CSV extracts (one segment per cell, header as prefix): a payroll register; an Outlook
  calendar export with attendee lists and free-text descriptions; a Word mail-merge data file; an
  SMS backup export whose "address" column is the phone number; a food-pantry register; a court
  interpreter assignment sheet; a home-care aide visit schedule.

Messiness on purpose: "LAST, First", initials, capitals, lower case, nicknames, possessives
(only the name is labelled, without "'s"), values with spaces inside ("123 - 45 - 6789",
"3 / 25 / 73"), European and Japanese date orders, USPS capitals without the Queens hyphen,
multi-line addresses, OCR misreads (l/1, O/0, rn/m) in the prose around values, dates and ages
next to each other, labels in Polish, Greek, Spanish, French and Japanese.

Labelled: PERSON (residents, relatives, staff, landlords' agents; every form of a name),
A_NUMBER, SSN, ITIN, PASSPORT, PHONE (residents' and relatives' phones, foreign ones included),
EMAIL (residents' and staff's own addresses), DATE_OF_BIRTH, ADDRESS (residents' street
addresses, with unit), IDNYC (always 12 digits, shown as 4-4-4 with spaces, dashes or none),
USCIS_RECEIPT, I94, IMMIGRATION_STATUS (only the status words, EAD category codes included)
and COUNTRY_OF_BIRTH (country, demonym or ISO code of a person's origin, passport-issuing
country included).

Left unlabelled on purpose: case, matter, docket, index, MRN, member, share-account, MTCN,
bond-control, employee, OSIS, Medicaid CIN, DMV client ID, certificate, EIN, vendor and licence
numbers; appointment, hearing, visit, pay, expiry and entry dates and times; ages; money;
agency, clinic, parish, employer and landlord-company names; public offices' addresses, main
lines and shared mailboxes; form names (I-589, I-765, I-130, W-7, MV-44); languages; ZIP+4
codes; streets, schools and churches named after people; countries that are not a person's
origin (transit and payout countries, employers' countries).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

Out = list[tuple[str, list[Any], str]]

_extra_fold = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Ō": "O"}
)


def fold(text: str) -> str:
    """`text` without accents (and with ł, ø, đ, ß spelled in plain letters)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_extra_fold))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- pools ------------------------------------------------------------------------------------

DOSSIER_COMMUNITIES: dict[str, dict[str, Any]] = {
    "baltic": {
        "given_f": ["Dovilė", "Aušra", "Rasa", "Dace", "Ilze", "Baiba", "Eglė", "Jurgita"],
        "given_m": ["Arvydas", "Kęstutis", "Gintaras", "Raimonds", "Uldis", "Aivars", "Mindaugas",
                    "Saulius"],
        "surnames": ["Szczepańska", "Zielińska", "Grabowski", "Jankauskas", "Petrauskienė",
                     "Wróblewski", "Kalniņš", "Ozoliņš"],
        "nicknames_f": ["Dovi", "Rasutė"],
        "nicknames_m": ["Gintas", "Mindis"],
        "rare_given_f": ["Genowefa", "Ugnė", "Gabija", "Austėja"],
        "rare_given_m": ["Bogumił", "Šarūnas", "Vaidotas", "Ģirts"],
        "rare_surnames": ["Chrząszczewski", "Gżegżółka", "Brzęczkowska", "Mickevičiūtė",
                          "Žemaitytė"],
        "countries": [("Lithuania", "Lithuanian", "LTU", "Lietuva"),
                      ("Latvia", "Latvian", "LVA", "Latvija"), ("Poland", "Polish", "POL", "Polska")],
        "languages": ["Lithuanian", "Latvian", "Polish"],
        "cities": ["Kaunas", "Alytus", "Daugavpils", "Rzeszów"],
    },
    "greek": {
        "given_f": ["Paraskevi", "Chrysoula", "Stavroula", "Panagiota", "Eleftheria", "Despina",
                    "Kalliopi", "Vasiliki"],
        "given_m": ["Charalambos", "Panagiotis", "Spyridon", "Evangelos", "Konstantinos",
                    "Dimitrios", "Stylianos", "Athanasios"],
        "surnames": ["Papadopoulou", "Tsakalidis", "Chatzigeorgiou", "Mavrommatis", "Kourkoulas",
                     "Giannakopoulos", "Karagiannis", "Antonopoulou"],
        "nicknames_f": ["Voula", "Roula", "Yiota", "Popi"],
        "nicknames_m": ["Babis", "Vangelis", "Takis", "Stelios"],
        "rare_given_f": ["Kyriaki", "Polyxeni", "Evanthia", "Theodosia"],
        "rare_given_m": ["Thrasyvoulos", "Pantelis", "Aristeidis", "Efstratios"],
        "rare_surnames": ["Triantafyllidou", "Kalogeropoulos", "Xanthopoulou", "Zafeiriou",
                          "Papachristodoulou"],
        "countries": [("Greece", "Greek", "GRC", "Ελλάδα"), ("Cyprus", "Cypriot", "CYP", "Κύπρος")],
        "languages": ["Greek"],
        "cities": ["Thessaloniki", "Kalamata", "Chios", "Limassol"],
    },
    "sicilian": {
        "given_f": ["Concetta", "Carmela", "Rosaria", "Annunziata", "Antonietta", "Giuseppina",
                    "Assunta", "Nunzia"],
        "given_m": ["Salvatore", "Gaetano", "Vincenzo", "Calogero", "Gennaro", "Rocco", "Carmine",
                    "Saverio"],
        "surnames": ["Scaturro", "Buccellato", "Tumminello", "Incorvaia", "Mangiaracina",
                     "Sciortino", "Cusumano", "Giacalone"],
        "nicknames_f": ["Cettina", "Pina"],
        "nicknames_m": ["Totò", "Nuccio"],
        "rare_given_f": ["Crocifissa", "Calogera", "Santuzza", "Gaetana"],
        "rare_given_m": ["Baldassare", "Ignazio", "Onofrio", "Liborio"],
        "rare_surnames": ["Schifano", "Zuccarello", "Indelicato", "Pipitone", "Giambalvo"],
        "countries": [("Italy", "Italian", "ITA", "Italia")],
        "languages": ["Italian", "Sicilian"],
        "cities": ["Palermo", "Agrigento", "Trapani"],
    },
    "irish": {
        "given_f": ["Aoife", "Caoimhe", "Gráinne", "Niamh", "Saoirse", "Siobhán", "Clodagh",
                    "Róisín"],
        "given_m": ["Tadhg", "Cathal", "Donncha", "Ruairí", "Oisín", "Pádraig", "Cian", "Colm"],
        "surnames": ["Breathnach", "Mulcahy", "Fitzgibbon", "Cunneen", "Moynihan", "Tierney",
                     "Keohane", "Hennessy"],
        "nicknames_f": ["Shiv", "Gráinneog"],
        "nicknames_m": ["Donie", "Taidhgín"],
        "rare_given_f": ["Fionnuala", "Dearbhla", "Muireann", "Éabha"],
        "rare_given_m": ["Diarmuid", "Fiachra", "Peadar", "Proinsias"],
        "rare_surnames": ["Cuddihy", "Breheny", "Geoghegan", "Mullarkey", "Hourihane"],
        "countries": [("Ireland", "Irish", "IRL", "Éire")],
        "languages": ["English"],
        "cities": ["Ennis", "Castlebar", "Tralee", "Mullingar"],
    },
    "hasidic": {
        "given_f": ["Fraidy", "Raizy", "Breindy", "Gitty", "Pessel", "Blimy", "Tzirel", "Shaindy"],
        "given_m": ["Yidel", "Zalman", "Shulem", "Lipa", "Berish", "Getzel", "Yoel", "Hershel"],
        "surnames": ["Teitelbaum", "Rottenberg", "Halberstam", "Weisz", "Grunfeld",
                     "Lichtenstein", "Hershkowitz", "Zeltzer"],
        "nicknames_f": ["Gittel", "Blimche"],
        "nicknames_m": ["Lipe", "Berel"],
        "rare_given_f": ["Shprintza", "Toiba", "Yitta", "Hinda"],
        "rare_given_m": ["Anshel", "Fishel", "Zisha", "Mordche"],
        "rare_surnames": ["Ungar", "Stauber", "Meisels", "Brach", "Tauber"],
        "countries": [("Israel", "Israeli", "ISR", "Yisroel"),
                      ("Belgium", "Belgian", "BEL", "België"),
                      ("United Kingdom", "British", "GBR", "England")],
        "languages": ["Yiddish", "Hebrew"],
        "cities": ["Bnei Brak", "Antwerp", "Stamford Hill"],
    },
    "japanese": {
        "given_f": ["Haruka", "Chiaki", "Mitsuko", "Emiko", "Sayuri", "Noriko", "Akane", "Megumi"],
        "given_m": ["Takeshi", "Haruto", "Daisuke", "Kenta", "Shinji", "Masahiro", "Ryota",
                    "Tsuyoshi"],
        "surnames": ["Takahashi", "Yamaguchi", "Matsumoto", "Kobayashi", "Inoue", "Fujiwara",
                     "Nakamura", "Hasegawa"],
        "nicknames_f": ["Sayu", "Meg"],
        "nicknames_m": ["Masa", "Take"],
        "rare_given_f": ["Kotone", "Hinako", "Yukie", "Tamaki"],
        "rare_given_m": ["Kazutoshi", "Ryunosuke", "Tomohiro", "Yoshinobu"],
        "rare_surnames": ["Shimabukuro", "Kawaguchi", "Tsukamoto", "Higashiyama", "Ōtsuka"],
        "countries": [("Japan", "Japanese", "JPN", "日本")],
        "languages": ["Japanese"],
        "cities": ["Naha", "Sendai", "Kanazawa"],
    },
    "mekong": {
        "given_f": ["Siriporn", "Kanokwan", "Pimchanok", "Malee", "Somchit", "Ratchanee",
                    "Sreymom", "Bopha"],
        "given_m": ["Somsak", "Thanawat", "Kittisak", "Anurak", "Prasert", "Vannak", "Sombath",
                    "Khamphone"],
        "surnames": ["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Phommachanh",
                     "Sisavath", "Keomany", "Chhim"],
        "nicknames_f": ["Ploy", "Fon"],
        "nicknames_m": ["Ton", "Oat"],
        "rare_given_f": ["Duangjai", "Chanthavone", "Sopheap", "Phonesavanh"],
        "rare_given_m": ["Boonchai", "Souksavanh", "Chanthol", "Phirun"],
        "rare_surnames": ["Sirikanchana", "Inthavong", "Vongphachanh", "Phongsavath",
                          "Thammavong"],
        "countries": [("Thailand", "Thai", "THA", "Prathet Thai"), ("Laos", "Lao", "LAO", "Lao PDR"),
                      ("Cambodia", "Cambodian", "KHM", "Kampuchea")],
        "languages": ["Thai", "Lao", "Khmer"],
        "cities": ["Udon Thani", "Savannakhet", "Battambang"],
    },
    "cameroonian": {
        "given_f": ["Mankaa", "Sirri", "Ngum", "Enanga", "Mbeng", "Nchang", "Afanwi", "Ebot"],
        "given_m": ["Achidi", "Ndifor", "Tabe", "Eyong", "Tanyi", "Nkeng", "Ojong", "Fru"],
        "surnames": ["Tchatchoua", "Kamgang", "Nkwenti", "Fokou", "Djoumessi", "Tchuente",
                     "Mbiatong", "Fotso"],
        "nicknames_f": ["Sirri-Bih", "Manka"],
        "nicknames_m": ["Ndi", "Tabs"],
        "rare_given_f": ["Azefor", "Nyangono", "Limunga", "Ekwoge"],
        "rare_given_m": ["Ashu", "Fonjong", "Ebude", "Takang"],
        "rare_surnames": ["Ngassam", "Nkwelle", "Tchakounte", "Mbuntcha", "Fonkoua"],
        "countries": [("Cameroon", "Cameroonian", "CMR", "Cameroun")],
        "languages": ["French", "Pidgin English"],
        "cities": ["Bamenda", "Bafoussam", "Buea"],
    },
    "malagasy": {
        "given_f": ["Voahangy", "Haingo", "Fanja", "Lalao", "Hanitra", "Volatiana", "Tiana",
                    "Mialy"],
        "given_m": ["Hery", "Rivo", "Tahina", "Mamy", "Tsiry", "Andry", "Njaka", "Fetra"],
        "surnames": ["Rakotomalala", "Andrianarivo", "Rasoanaivo", "Razafindrakoto",
                     "Ravelomanana", "Randrianasolo", "Rabemananjara", "Rakotondrabe"],
        "nicknames_f": ["Hanta", "Vola"],
        "nicknames_m": ["Ry", "Tsitsy"],
        "rare_given_f": ["Fanomezantsoa", "Onjaniaina", "Lovasoa", "Nirina"],
        "rare_given_m": ["Haingonirina", "Toky", "Solofo", "Mahefa"],
        "rare_surnames": ["Randriamampionona", "Andriamanjato", "Rajaonarison", "Ratsimbazafy",
                          "Razanadrakoto"],
        "countries": [("Madagascar", "Malagasy", "MDG", "Madagasikara")],
        "languages": ["Malagasy", "French"],
        "cities": ["Antsirabe", "Toamasina", "Fianarantsoa"],
    },
}  # fmt: skip

# (street, city as mail is addressed, ZIP, Queens-style hyphenated house numbers?)
DOSSIER_STREETS: list[tuple[str, str, str, bool]] = [
    ("Hobart Street", "Woodside", "11377", True),
    ("Hoyt Avenue South", "Astoria", "11102", True),
    ("Hoyt Avenue North", "Astoria", "11102", True),
    ("Astoria Park South", "Astoria", "11102", True),
    ("Grandview Avenue", "Ridgewood", "11385", True),
    ("Perry Avenue", "Maspeth", "11378", True),
    ("Jacobus Street", "Elmhurst", "11373", True),
    ("Fisk Avenue", "Maspeth", "11378", True),
    ("Admiral Avenue", "Maspeth", "11378", True),
    ("Rust Street", "Maspeth", "11378", True),
    ("Cornelia Street", "Ridgewood", "11385", True),
    ("Stockholm Street", "Ridgewood", "11385", True),
    ("Summerfield Street", "Ridgewood", "11385", True),
    ("Furmanville Avenue", "Middle Village", "11379", True),
    ("Caldwell Avenue", "Middle Village", "11379", True),
    ("Calyer Street", "Brooklyn", "11222", False),
    ("Dupont Street", "Brooklyn", "11222", False),
    ("Meserole Avenue", "Brooklyn", "11222", False),
    ("Norman Avenue", "Brooklyn", "11222", False),
    ("Java Street", "Brooklyn", "11222", False),
    ("Newel Street", "Brooklyn", "11222", False),
    ("Jewel Street", "Brooklyn", "11222", False),
    ("Heyward Street", "Brooklyn", "11249", False),
    ("Marine Avenue", "Brooklyn", "11209", False),
    ("Gelston Avenue", "Brooklyn", "11209", False),
    ("Battery Avenue", "Brooklyn", "11209", False),
    ("Banner Avenue", "Brooklyn", "11235", False),
    ("Corbin Place", "Brooklyn", "11235", False),
    ("Brightwater Court", "Brooklyn", "11235", False),
    ("Wallace Avenue", "Bronx", "10462", False),
    ("Kingsbridge Terrace", "Bronx", "10463", False),
    ("Radcliff Avenue", "Bronx", "10462", False),
    ("Matthews Avenue", "Bronx", "10462", False),
    ("Colden Avenue", "Bronx", "10462", False),
    ("Bogart Avenue", "Bronx", "10462", False),
    ("Haight Avenue", "Bronx", "10461", False),
    ("Beaumont Avenue", "Bronx", "10458", False),
    ("Godwin Terrace", "Bronx", "10463", False),
    ("Cannon Place", "Bronx", "10463", False),
    ("Park Terrace East", "New York", "10034", False),
    ("Indian Road", "New York", "10034", False),
    ("Bement Avenue", "Staten Island", "10310", False),
    ("Bard Avenue", "Staten Island", "10310", False),
    ("Olympia Boulevard", "Staten Island", "10305", False),
    ("McClean Avenue", "Staten Island", "10305", False),
]

# Status words as real files write them: "[...]" marks the labelled span of each phrase.
_status_en = [
    "[undocumented]", "an [asylum seeker]", "[TPS]", "a [DACA recipient]", "a [parolee]",
    "a [visa overstay]", "[no papers]", "an [LPR]", "[pending asylum]", "on [humanitarian parole]",
    "granted [withholding of removal]", "an [asylee]", "a [refugee]", "[U visa pending]",
    "a [T visa] holder", "[SIJS pending]", "[out of status]", "[EWI]", "a [B-2 overstay]",
    "a [J-1 overstay]", "a [conditional resident]", "a [green card holder]", "on [deferred action]",
    "under [CAT deferral]", "[in removal proceedings]", "a [CHNV parolee]", "[TPS pending]",
]  # fmt: skip
_status_other = [
    "[indocumentada]", "[sin papeles]", "[solicitante de asilo]", "[asilo pendiente]",
    "[sans papiers]", "[demandeur d'asile]", "[réfugiée]", "[bez papierów]",
    "[nieudokumentowana]", "[senza documenti]", "[irregolare]", "[χωρίς χαρτιά]",
    "[不法滞在]", "[オーバーステイ]", "[be dokumentų]", "[richiedente asilo]",
]  # fmt: skip
_status_codes = [
    "C08", "(c)(8)", "c8", "A12", "(a)(12)", "C33", "(c)(33)", "C11", "(c)(11)", "A05", "(a)(5)",
    "C09", "(c)(9)", "A10", "C19",
]  # fmt: skip

_months = "January February March April May June July August September October November December"
_month = _months.split()
_mes = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
_mies = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
_mese = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)
_mois = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_date_styles = [
    "mdy", "mdy", "mdy_short", "mdy_nopad", "iso", "dmy_dot", "long", "dmon", "oracle", "compact",
    "spaced", "dash",
]  # fmt: skip

_suffixes = {
    "Street": ["St", "St.", "Street", "ST"],
    "Avenue": ["Ave", "Av", "Ave.", "Avenue"],
    "Boulevard": ["Blvd", "Blvd.", "Boulevard"],
    "Road": ["Rd", "Road"],
    "Court": ["Ct", "Court"],
    "Terrace": ["Ter", "Terrace"],
    "Place": ["Pl", "Place"],
}

_us_areas = ["718", "347", "929", "917", "646", "212", "332", "516", "201"]


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


_foreign_phones: dict[str, Callable[[random.Random], str]] = {
    "LTU": lambda r: f"+370 6{_d(r, 2)} {_d(r, 5)}",
    "LVA": lambda r: f"+371 2{_d(r, 3)} {_d(r, 4)}",
    "POL": lambda r: f"+48 {r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "GRC": lambda r: f"+30 69{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
    "CYP": lambda r: f"+357 9{_d(r, 1)} {_d(r, 6)}",
    "ITA": lambda r: f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
    "IRL": lambda r: f"+353 8{r.choice('35679')} {_d(r, 3)} {_d(r, 4)}",
    "ISR": lambda r: f"+972-5{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}",
    "BEL": lambda r: f"+32 4{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    "GBR": lambda r: f"+44 7{_d(r, 3)} {_d(r, 6)}",
    "JPN": lambda r: f"+81 90-{_d(r, 4)}-{_d(r, 4)}",
    "THA": lambda r: f"+66 8{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
    "LAO": lambda r: f"+856 20 {_d(r, 4)} {_d(r, 4)}",
    "KHM": lambda r: f"+855 1{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
    "CMR": lambda r: f"+237 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    "MDG": lambda r: f"+261 3{r.choice('2348')} {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}",
}


def _letters(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


_passports: dict[str, Callable[[random.Random], str]] = {
    "LTU": lambda r: _d(r, 8),
    "LVA": lambda r: f"LV{_d(r, 7)}",
    "POL": lambda r: f"E{_letters(r, 1)}{_d(r, 7)}",
    "GRC": lambda r: f"{_letters(r, 2)}{_d(r, 7)}",
    "CYP": lambda r: f"K{_d(r, 8)}",
    "ITA": lambda r: f"Y{_letters(r, 1)}{_d(r, 7)}",
    "IRL": lambda r: f"P{_letters(r, 1)}{_d(r, 7)}",
    "ISR": lambda r: f"3{_d(r, 7)}",
    "BEL": lambda r: f"E{_letters(r, 1)}{_d(r, 6)}",
    "GBR": lambda r: f"5{_d(r, 8)}",
    "JPN": lambda r: f"{r.choice(['TK', 'TR', 'MZ', 'TZ'])}{_d(r, 7)}",
    "THA": lambda r: f"A{_letters(r, 1)}{_d(r, 7)}",
    "LAO": lambda r: f"P{_d(r, 7)}",
    "KHM": lambda r: f"N0{_d(r, 7)}",
    "CMR": lambda r: f"{_letters(r, 2)}{_d(r, 6)}",
    "MDG": lambda r: f"{_d(r, 2)}{_letters(r, 2)}{_d(r, 5)}",
}


class Person:
    def __init__(
        self, given: str, surname: str, sex: str, nick: str, comm: str, origin: tuple[str, ...]
    ) -> None:
        self.given, self.surname, self.sex, self.nick = given, surname, sex, nick
        self.comm, self.origin = comm, origin

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def iso(self) -> str:
        return self.origin[2]

    @property
    def title(self) -> str:
        return "Ms." if self.sex == "f" else "Mr."


class _Gen:
    """Everything one document needs, drawn from the template's seeded `r` only."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    # -- names
    def person(
        self, comm: str | None = None, sex: str | None = None, surname: str | None = None
    ) -> Person:
        r = self.r
        key = comm or r.choice(sorted(DOSSIER_COMMUNITIES))
        c = DOSSIER_COMMUNITIES[key]
        sex = sex or r.choice("fm")
        pool = c[f"rare_given_{sex}"] if r.random() < 0.3 else c[f"given_{sex}"]
        given = r.choice(pool)
        if surname is None:
            surname = r.choice(c["rare_surnames"] if r.random() < 0.3 else c["surnames"])
        nick = r.choice(c[f"nicknames_{sex}"])
        return Person(given, surname, sex, nick, key, r.choice(c["countries"]))

    def relative(self, p: Person, sex: str | None = None) -> Person:
        return self.person(p.comm, sex, p.surname if self.r.random() < 0.7 else None)

    def name(self, p: Person, style: str | None = None) -> str:
        style = style or self.r.choice(
            ["natural", "natural", "natural", "last_first", "LAST_first", "upper", "initial"]
        )
        return {
            "natural": p.full,
            "last_first": f"{p.surname}, {p.given}",
            "LAST_first": f"{p.surname.upper()}, {p.given}",
            "upper": p.full.upper(),
            "lower": p.full.lower(),
            "initial": f"{p.given[0]}. {p.surname}",
            "SURNAME_given": f"{p.surname.upper()} {p.given}",
            "given": p.given,
            "given_lower": p.given.lower(),
            "given_initial": f"{p.given.lower()} {p.surname[0].lower()}",
            "nick": p.nick,
        }[style]

    # -- dates
    def dob(self, lo: int = 1952, hi: int = 2005) -> tuple[int, int, int]:
        r = self.r
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def date(self, ymd: tuple[int, int, int], style: str | None = None) -> str:
        y, m, d = ymd
        style = style or self.r.choice(_date_styles)
        return {
            "mdy": f"{m:02d}/{d:02d}/{y}",
            "mdy_short": f"{m}/{d}/{y % 100:02d}",
            "mdy_nopad": f"{m}/{d}/{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dmy_dot": f"{d:02d}.{m:02d}.{y}",
            "dmy_slash": f"{d:02d}/{m:02d}/{y}",
            "long": f"{_month[m - 1]} {d}, {y}",
            "dmon": f"{d} {_month[m - 1][:3]} {y}",
            "oracle": f"{d:02d}-{_month[m - 1][:3].upper()}-{y}",
            "compact": f"{y}{m:02d}{d:02d}",
            "spaced": f"{m} / {d} / {y % 100:02d}",
            "dash": f"{m:02d}-{d:02d}-{y}",
            "jp": f"{y}年{m}月{d}日",
            "es": f"{d} de {_mes.split()[m - 1]} de {y}",
            "pl": f"{d} {_mies.split()[m - 1]} {y}",
            "it": f"{d} {_mese.split()[m - 1]} {y}",
            "fr": f"{d} {_mois.split()[m - 1]} {y}",
        }[style]

    def recent(self, style: str | None = None) -> str:
        r = self.r
        ymd = (r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28))
        return self.date(ymd, style or r.choice(["mdy", "mdy_nopad", "iso", "long", "dmon"]))

    def age(self, ymd: tuple[int, int, int]) -> int:
        return 2026 - ymd[0]

    # -- places
    def street(self, name: str, upper: bool = False) -> str:
        words = name.split()
        out = [self.r.choice(_suffixes[w]) if w in _suffixes else w for w in words]
        text = " ".join(out)
        return text.upper() if upper else text

    def unit(self) -> str:
        r = self.r
        n, letter = r.randint(1, 6), r.choice("ABCDEFRL")
        return r.choice([
            f"Apt {n}{letter}", f"Apt. {n}{letter}", f"#{n}{letter}", f"Apt {n}-{letter}",
            f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'} Fl",
            f"Fl {n}", "Bsmt", f"Rm {n}", f"Unit {n}{letter}", f"Apt {n}0{r.randint(1, 9)}",
        ])  # fmt: skip

    def address_parts(self) -> tuple[str, str, str, str]:
        """(house number + street, unit, city, ZIP)."""
        r = self.r
        street, city, zip_, hyphen = r.choice(DOSSIER_STREETS)
        num = f"{r.randint(24, 99)}-{r.randint(1, 60):02d}" if hyphen else str(r.randint(2, 1450))
        unit = self.unit() if r.random() < 0.8 else ""
        return f"{num} {self.street(street)}", unit, city, zip_

    def address(self, style: str | None = None) -> str:
        r = self.r
        line, unit, city, zip_ = self.address_parts()
        style = style or r.choice(["full", "full", "full_nocomma", "street", "usps", "multiline"])
        u = f", {unit}" if unit else ""
        if style == "full":
            return f"{line}{u}, {city}, NY {zip_}"
        if style == "full_nocomma":
            return f"{line}{' ' + unit if unit else ''} {city} NY {zip_}"
        if style == "street":
            return f"{line}{u}"
        if style == "usps":
            return f"{line} {unit} {city} NY {zip_}".upper().replace("  ", " ").replace(".", "")
        if style == "lower":
            return f"{line}{u}".lower()
        return f"{line}{u}\n{city}, NY {zip_}"

    # -- numbers
    def phone(self, style: str | None = None) -> str:
        r = self.r
        a, x, n = r.choice(_us_areas), str(r.randint(201, 989)), _d(r, 4)
        style = style or r.choice(
            ["paren", "paren", "dash", "dot", "bare", "plus", "tight", "space"]
        )
        return {
            "paren": f"({a}) {x}-{n}",
            "tight": f"({a}){x}-{n}",
            "dash": f"{a}-{x}-{n}",
            "dot": f"{a}.{x}.{n}",
            "bare": f"{a}{x}{n}",
            "plus": f"+1 {a} {x} {n}",
            "space": f"{a} {x} {n}",
            "one": f"1-{a}-{x}-{n}",
        }[style]

    def foreign_phone(self, p: Person) -> str:
        return _foreign_phones[p.iso](self.r)

    def any_phone(self, p: Person) -> str:
        return self.foreign_phone(p) if self.r.random() < 0.2 else self.phone()

    def email(self, p: Person) -> str:
        r = self.r
        g = "".join(c for c in fold(p.given).lower() if c.isalpha())
        s = "".join(c for c in fold(p.surname).lower() if c.isalpha())
        dom = r.choice(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                        "icloud.com", "aol.com", "wp.pl", "libero.it", "yahoo.gr", "eircom.net",
                        "yahoo.co.jp", "hotmail.fr"])  # fmt: skip
        local = r.choice([f"{g}.{s}", f"{g}{s[:4]}{r.randint(1, 99)}", f"{s}{r.randint(60, 99)}",
                          f"{g[0]}{s}", f"{g}_{r.randint(100, 999)}"])  # fmt: skip
        return f"{local}@{dom}"

    def staff_email(self, p: Person, domain: str) -> str:
        g = "".join(c for c in fold(p.given).lower() if c.isalpha())
        s = "".join(c for c in fold(p.surname).lower() if c.isalpha())
        return self.r.choice([f"{g}.{s}@{domain}", f"{g[0]}{s}@{domain}", f"{g[0]}.{s}@{domain}"])

    def ssn(self, style: str | None = None) -> str:
        r = self.r
        area = r.choice([x for x in range(1, 900) if x != 666])
        return self._nine(
            f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}", style
        )

    def itin(self, style: str | None = None) -> str:
        r = self.r
        group = r.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]
        )
        return self._nine(f"9{_d(r, 2)}", str(group), _d(r, 4), style)

    def _nine(self, a: str, b: str, c: str, style: str | None) -> str:
        style = style or self.r.choice(["dash", "dash", "dash", "space", "bare", "spaced", "dot"])
        return {
            "dash": f"{a}-{b}-{c}",
            "space": f"{a} {b} {c}",
            "bare": f"{a}{b}{c}",
            "spaced": f"{a} - {b} - {c}",
            "dot": f"{a}.{b}.{c}",
        }[style]

    def anum(self, style: str | None = None) -> str:
        r = self.r
        digits = r.choice(["2", "2", "0", "1"]) + _d(r, 8) if r.random() < 0.8 else _d(r, 8)
        a, b, c = digits[:-6], digits[-6:-3], digits[-3:]
        style = style or r.choice(["A", "A_dash", "A_hyphen", "A_space", "bare_dash", "bare"])
        return {
            "A": f"A{digits}",
            "A_dash": f"A{a}-{b}-{c}",
            "A_hyphen": f"A-{a}-{b}-{c}",
            "A_space": f"A {a} {b} {c}",
            "a": f"a{digits}",
            "bare_dash": f"{a}-{b}-{c}",
            "bare": digits,
        }[style]

    def idnyc(self, style: str | None = None) -> str:
        digits = "1" + _d(self.r, 11)
        a, b, c = digits[:4], digits[4:8], digits[8:]
        style = style or self.r.choice(["space", "space", "dash", "bare"])
        return {"space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "bare": digits}[style]

    def receipt(self, style: str | None = None) -> str:
        r = self.r
        prefix = r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC"])
        digits = "09" + _d(r, 8) if prefix == "IOE" else f"{r.randint(19, 26)}{_d(r, 8)}"
        style = style or r.choice(["plain", "plain", "plain", "dash", "space"])
        if style == "dash":
            return f"{prefix}-{digits[:2]}-{digits[2:5]}-{digits[5:]}"
        if style == "space":
            return f"{prefix} {digits}"
        return prefix + digits

    def i94(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return str(r.randint(1, 9)) + _d(r, 10)
        return f"{_d(r, 9)}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(0, 9)}"

    def passport(self, p: Person) -> str:
        return _passports[p.iso](self.r)

    def country(self, p: Person, form: str | None = None) -> str:
        name, demonym, iso, native = p.origin
        form = form or self.r.choice(["name", "name", "name", "demonym", "iso", "native"])
        return {
            "name": name,
            "demonym": demonym,
            "iso": iso,
            "native": native,
            "upper": name.upper(),
        }[form]

    def status_phrase(self, other: float = 0.2) -> str:
        r = self.r
        return r.choice(_status_other if r.random() < other else _status_en)

    def status_term(self, other: float = 0.2) -> str:
        phrase = self.status_phrase(other)
        return phrase[phrase.index("[") + 1 : phrase.index("]")]

    def code(self) -> str:
        return self.r.choice(_status_codes)

    # -- noise
    def ocr(self, text: str, rate: float = 0.3) -> str:
        """A scan's misreads in unlabelled prose."""
        r = self.r
        if r.random() > rate:
            return text
        swaps = [("l", "1"), ("O", "0"), ("m", "rn"), ("e", "c"), ("i", "l")]
        a, b = r.choice(swaps)
        idx = [i for i in range(len(text)) if text.startswith(a, i)]
        if not idx:
            return text
        i = r.choice(idx)
        return text[:i] + b + text[i + len(a) :]


_dob_cues = ["DOB", "D.O.B.", "Date of birth", "Fec. Nac.", "F.N.", "Birth", "born", "d.o.b",
             "DOB/Fecha de nac.", "Data di nascita", "生年月日"]  # fmt: skip
_ssn_cues = ["SSN", "SS#", "Soc Sec", "Soc. Sec. No.", "S.S.N.", "Social"]
_itin_cues = ["ITIN", "TIN", "Tax ID (ITIN)", "ITIN#", "I.T.I.N."]


def _w(b: Any, *parts: Any) -> Any:
    """Append `parts` to Builder `b`: a str is plain text, a (type, value) pair is labelled."""
    for part in parts:
        if isinstance(part, tuple):
            b.pii(part[0], part[1])
        else:
            b.t(part)
    return b


def _mark(b: Any, type_: str, phrase: str) -> Any:
    i, j = phrase.index("["), phrase.index("]")
    return b.t(phrase[:i]).pii(type_, phrase[i + 1 : j]).t(phrase[j + 1 :])


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Any]]) -> Out:
    """One segment per non-empty cell; a cell is "" (skipped), plain text, a (type, value) pair
    or a list of parts as for `_w`."""
    out: Out = []
    for row in rows:
        for column, cell in zip(header, row, strict=True):
            if cell == "" or cell == []:
                continue
            b = B()
            if isinstance(cell, list):
                _w(b, *cell)
            else:
                _w(b, cell)
            out.append((b.text(), b.labels, f"{column}: "))
    return out


def _doc(b: Any) -> Out:
    return [(b.text(), b.labels, "")]


# -- case notes -------------------------------------------------------------------------------

_vita_sites = ["Ridgewood Library VITA", "Food Bank For NYC Tax Help – Elmhurst",
               "BakerRipley-style site @ St. Adalbert", "CUNY VITA – LaGuardia CC",
               "Greenpoint Reformed Church tax clinic"]  # fmt: skip
_employers = ["Astoria Seafood Corp", "Olympia Diner LLC", "Hellas Bakery Inc",
              "Kew Cleaning Services", "Metro Home Attendants Inc", "Bay Ridge Deli & Grill",
              "Sunrise Nail Spa", "Sakura Sushi 46th St", "Bronx Pro Drywall LLC",
              "Greenpoint Moving & Storage"]  # fmt: skip
_agencies = ["Bright Hands Home Care", "Kinship Home Attendant Svcs", "Neighbors HHA of Queens",
             "Bronx Caring Companions"]  # fmt: skip
_clinics = ["Queens Community Legal Clinic", "Northern Manhattan Immigrant Defense",
            "Ridgewood Tenants & Workers Law Project", "Staten Island Immigrant Justice Center",
            "Bronx Family Legal Services"]  # fmt: skip


def _vita_note(g: _Gen, b: Any) -> Any:
    r = g.r
    tp, prep = g.person(), g.person()
    b.t(f"{r.choice(_vita_sites)} — TY2025 preparer notes — {g.recent()}\n")
    _w(b, "Preparer: ", ("PERSON", g.name(prep, "initial")), f" (VITA cert #{_d(r, 6)})\n\n")
    _w(b, "TP ", ("PERSON", g.name(tp, r.choice(["LAST_first", "natural", "upper"]))))
    if r.random() < 0.5:
        _w(b, " has no SSN, files with ITIN ", ("ITIN", g.itin()))
        b.t(g.ocr(" (issued 2019, not used 3 yrs -> renew w/ W-7). "))
    else:
        _w(b, " SS# ", ("SSN", g.ssn()), g.ocr(" verified against card. "))
    _w(b, "DOB ", ("DATE_OF_BIRTH", g.date(g.dob())), f". {r.randint(2, 3)} W-2s ")
    b.t(f"({', '.join(r.sample(_employers, 2))}), box 1 total ${r.randint(18, 61)},{_d(r, 3)}.\n")
    if r.random() < 0.6:
        sp = g.relative(tp, "m" if tp.sex == "f" else "f")
        _w(b, "Spouse ", ("PERSON", g.name(sp, "natural")), " — ")
        if r.random() < 0.5:
            _w(b, "ITIN ", ("ITIN", g.itin()), ", MFJ.\n")
        else:
            _w(b, "no TIN yet; W-7 attached, passport ", ("PASSPORT", g.passport(sp)), ".\n")
    kid = g.relative(tp)
    kd = g.dob(2012, 2022)
    _w(b, "Dependent: ", ("PERSON", g.name(kid, "given")), " DOB ", ("DATE_OF_BIRTH", g.date(kd)))
    _w(b, f" ({g.age(kd)} y/o) born in ", ("COUNTRY_OF_BIRTH", g.country(kid, "name")))
    b.t(", lived w/ TP 12 mos. No CTC without SSN — ODC only.\n")
    if r.random() < 0.5:
        _w(
            b,
            f"TP says {'she' if tp.sex == 'f' else 'he'} is ",
            ("IMMIGRATION_STATUS", g.status_term(0.1)),
        )
        b.t(" — reminded that filing does not affect status & we share nothing w/ ICE.\n")
    _w(b, "Refund est. $", f"{r.randint(300, 4800)}. Callback ", ("PHONE", g.phone()))
    b.t(f"; pick-up appt {g.recent()} 6:30pm. Bank: none (paper check).\n")
    return b


def _esl_notebook(g: _Gen, b: Any) -> Any:
    r = g.r
    b.t(
        f"esl {r.choice(['2b', 'beg A', 'intermed', '3 eve'])} {r.choice(['tues/thurs', 'mon/wed', 'sat am'])}  {g.recent('mdy_nopad')}  rm {r.randint(101, 320)}\n"
    )
    students = [g.person(sex="f"), g.person(sex="f")] + [g.person() for _ in range(r.randint(2, 4))]
    b.t("present: ")
    for i, s in enumerate(students[:-2]):
        if i:
            b.t(", ")
        b.pii(
            "PERSON",
            g.name(s, r.choice(["given_lower", "given_initial", "nick", "natural", "initial"])),
        )
    _w(b, "\nabsent: ", ("PERSON", g.name(students[-2], "given_lower")), " (texted, sick kid)\n")
    s = students[0]
    dob = g.dob(1960, 2000)
    _w(b, "- ", ("PERSON", g.name(s, "given_lower")))
    _w(
        b,
        "'s daughter starts at PS 19 monday. she wrote her dob on the sign in sheet ",
        ("DATE_OF_BIRTH", g.date(dob, r.choice(["mdy_short", "spaced", "mdy_nopad"]))),
    )
    b.t(f" ({g.age(dob)}) - told her not to, tore it out\n")
    new = students[-1]
    _w(b, "- new student: ", ("PERSON", g.name(new, r.choice(["lower", "natural", "upper"]))))
    _w(b, " from ", ("COUNTRY_OF_BIRTH", g.country(new, r.choice(["name", "demonym"])).lower()))
    b.t(f", speaks {r.choice(DOSSIER_COMMUNITIES[new.comm]['languages']).lower()}, ")
    _w(b, "ph ", ("PHONE", g.phone(r.choice(["bare", "dash", "space"]))))
    if r.random() < 0.5:
        _w(b, ", lives on ", ("ADDRESS", g.address("lower")))
    b.t("\n")
    if r.random() < 0.7:
        o = students[1]
        _w(b, "- ", ("PERSON", g.name(o, "given_lower")), " asked about lawyer - she is ")
        _w(
            b,
            ("IMMIGRATION_STATUS", g.status_term(0.3)),
            g.ocr(", gave her the clinic flyer (wed 10am)\n"),
        )
    if r.random() < 0.5:
        o = students[2]
        _w(b, "- ", ("PERSON", g.name(o, "nick")), " new number ", ("PHONE", g.phone()))
        b.t(" (old one cut off)\n")
    if r.random() < 0.4:
        o = students[-3]
        _w(
            b,
            "- ",
            ("PERSON", g.name(o, "given_initial")),
            " needs help w/ ITIN renewal, old one ",
            ("ITIN", g.itin(r.choice(["bare", "space", "spaced"]))),
            " (expired)\n",
        )
    b.t(g.ocr(f"hw: unit {r.randint(3, 9)} p.{r.randint(40, 90)}. bring library cards!!\n"))
    return b


def _homecare_note(g: _Gen, b: Any) -> Any:
    r = g.r
    client, aide, sub, coord = g.person(), g.person(sex="f"), g.person(sex="f"), g.person()
    dob = g.dob(1930, 1960)
    b.t(
        f"{r.choice(_agencies)} — Coordinator Note — {g.recent()} {r.randint(7, 11)}:{r.randint(10, 59)} AM\n"
    )
    _w(
        b,
        "Client: ",
        ("PERSON", g.name(client, "LAST_first")),
        f"   CIN {_letters(r, 2)}{_d(r, 5)}{_letters(r, 1)}   {r.choice(_dob_cues)} ",
    )
    _w(b, ("DATE_OF_BIRTH", g.date(dob)), f"  (age {g.age(dob)})\n")
    _w(
        b,
        "Addr: ",
        ("ADDRESS", g.address(r.choice(["full", "full_nocomma"]))),
        "   Ph: ",
        ("PHONE", g.phone()),
        "\n",
    )
    if r.random() < 0.75:
        _w(b, f"{r.choice(_ssn_cues)}: ", ("SSN", g.ssn()), " (from M11q)\n")
    b.t(
        f"Plan of care: {r.choice([4, 6, 8, 12])} hrs/day, {r.choice([5, 7])} days. Auth # {_d(r, 9)}\n\n"
    )
    _w(
        b,
        "Aide ",
        ("PERSON", g.name(aide, "natural")),
        " (HHA reg. ",
        f"{_d(r, 7)}) called out at 6:40am — ",
    )
    b.t(r.choice(["sick", "child care", "subway suspended", "family emergency"]))
    _w(
        b,
        ". Replaced with ",
        ("PERSON", g.name(sub, r.choice(["natural", "initial"]))),
        f" for {r.choice(['8a-4p', '9a-1p', '10a-6p'])}.\n",
    )
    word, sex = r.choice(
        [("daughter", "f"), ("son", "m"), ("niece", "f"), ("nephew", "m"), ("neighbor", None)]
    )
    rel = g.relative(client, sex) if sex else g.person()
    _w(b, f"Notified {word} ", ("PERSON", g.name(rel, "natural")))
    _w(b, " at ", ("PHONE", g.any_phone(rel)), ".\n")
    if r.random() < 0.5:
        _w(
            b,
            "Aide ",
            ("PERSON", aide.given),
            " disclosed she is ",
            ("IMMIGRATION_STATUS", g.status_term(0.2)),
        )
        b.t(
            " and asked if the agency reports to ICE; referred her to the union's immigration line.\n"
        )
    if r.random() < 0.4:
        _w(b, "Aide's payroll shows ITIN ", ("ITIN", g.itin()), " — HR to update W-4.\n")
    _w(b, "— ", ("PERSON", g.name(coord, "initial")), ", Care Coordinator\n")
    return b


def _conflict_log(g: _Gen, b: Any) -> Any:
    r = g.r
    client, staff, spouse, ll = g.person(), g.person(), None, g.person()
    clinic = r.choice(_clinics)
    b.t(f"CONFLICT CHECK LOG — {clinic}\n")
    _w(
        b,
        f"Run {g.recent()} by ",
        ("PERSON", g.name(staff, "initial")),
        f" (matter #{r.randint(24, 26)}-{_d(r, 5)})\n",
    )
    an = g.anum()
    _w(
        b,
        "Prospective client: ",
        ("PERSON", g.name(client, "LAST_first")),
        f"; {r.choice(_dob_cues)} ",
        ("DATE_OF_BIRTH", g.date(g.dob())),
    )
    _w(b, "; A# ", ("A_NUMBER", an), "\n")
    b.t("Related parties searched:\n")
    if r.random() < 0.7:
        spouse = g.relative(client, "m" if client.sex == "f" else "f")
        _w(b, "  * spouse — ", ("PERSON", g.name(spouse, "natural")), "\n")
    _w(
        b,
        "  * landlord — ",
        ("PERSON", g.name(ll, "natural")),
        f" / {r.choice(['Seneca Realty LLC', 'K&G Mgmt Corp', 'Bay 12 Holdings LLC'])}\n",
    )
    b.t(f"  * employer — {r.choice(_employers)}\n")
    _w(
        b,
        'Search strings: "',
        ("PERSON", client.surname),
        '", "',
        ("PERSON", fold(client.surname).upper()),
        '", "',
    )
    _w(b, ("A_NUMBER", "".join(c for c in an if c.isdigit())), '"\n')
    if r.random() < 0.5:
        old = g.person()
        _w(b, "Result: 1 hit — former client ", ("PERSON", g.name(old, "last_first")))
        b.t(
            f" (closed {r.randint(2019, 2024)}, matter {r.randint(19, 24)}-{_d(r, 5)}), not adverse. "
        )
    else:
        b.t("Result: no hits. ")
    if r.random() < 0.5:
        _w(b, "Prior receipt on file: ", ("USCIS_RECEIPT", g.receipt()), ". ")
    _w(b, "Client reports status: ", ("IMMIGRATION_STATUS", g.status_term(0.15)), ".")
    if r.random() < 0.5:
        _w(b, " I-94 on file: ", ("I94", g.i94()), ".")
    b.t("\n")
    domain = "".join(w[0] for w in clinic.split() if w[0].isalpha()).lower() + ".org"
    _w(
        b,
        "Cleared: ",
        ("PERSON", g.name(staff, "natural")),
        " <",
        ("EMAIL", g.staff_email(staff, domain)),
        ">\n",
    )
    return b


def _tenant_minutes(g: _Gen, b: Any) -> Any:
    r = g.r
    street, city, _zip, _h = r.choice(DOSSIER_STREETS)
    b.t(f"# {street} Tenants Association — Meeting Minutes\n\n")
    b.t(
        f"**Date:** {g.recent('long')} · **Place:** parish hall, St. Stanislaus Kostka · **Quorum:** yes\n\n"
    )
    members = [g.person() for _ in range(r.randint(5, 7))]
    b.t("## Attendance\n\n")
    for m in members[:-1]:
        _w(
            b,
            "- ",
            ("PERSON", g.name(m, r.choice(["natural", "natural", "last_first", "initial"]))),
            f" ({r.randint(1, 6)}{r.choice('ABCDEF')})\n",
        )
    b.t("\n## Discussion\n\n")
    a, c = members[0], members[1]
    _w(
        b,
        f"1. {a.title} ",
        ("PERSON", a.surname),
        f" ({r.randint(1, 6)}F) reported no heat since {g.recent('dmon')}; HPD complaint #{_d(r, 9)}.\n",
    )
    _w(
        b,
        "2. Motion by ",
        ("PERSON", g.name(c, "natural")),
        ", seconded by ",
        ("PERSON", g.name(members[2], "given")),
    )
    b.t(": rent strike committee to meet monthly. Passed 14–2.\n")
    if r.random() < 0.6:
        d = members[3]
        pro = "her" if d.sex == "f" else "him"
        _w(
            b,
            "3. ",
            ("PERSON", d.given),
            f" said landlord's agent asked {pro} for papers; {pro.replace('her', 'she').replace('him', 'he')} is ",
        )
        _w(
            b,
            ("IMMIGRATION_STATUS", g.status_term(0.2)),
            ". Reminder: nobody has to answer that.\n",
        )
    b.t("\n## Action items\n\n| Who | What | Contact |\n|---|---|---|\n")
    for m in members[:3]:
        contact = g.email(m) if r.random() < 0.3 else g.phone()
        _w(
            b,
            "| ",
            ("PERSON", g.name(m, "natural")),
            f" | {r.choice(['call 311', 'letter to mgmt', 'flyers', 'HP action intake'])} | ",
        )
        _w(b, ("EMAIL" if "@" in contact else "PHONE", contact), " |\n")
    if r.random() < 0.5:
        m = members[-1]
        _w(
            b,
            "\nNew member sign-up: ",
            ("PERSON", g.name(m, "natural")),
            ", ",
            ("ADDRESS", g.address("full")),
            ".\n",
        )
    return b


def _interpreter_note(g: _Gen, b: Any) -> Any:
    r = g.r
    resp, interp = g.person(), g.person()
    lang = r.choice(DOSSIER_COMMUNITIES[resp.comm]["languages"])
    b.t("INTERPRETER ASSIGNMENT — NYC Immigration Court, 26 Federal Plaza, 12th Fl\n")
    b.t(
        f"Date: {g.recent()}   Time: {r.choice(['8:30', '9:00', '13:00'])}   Courtroom {r.randint(1, 30)}   "
    )
    _w(
        b,
        f"Lang: {lang}\nInterpreter: ",
        ("PERSON", g.name(interp, "natural")),
        f" (vendor #{_d(r, 5)})\n",
    )
    _w(
        b,
        "Respondent: ",
        ("PERSON", g.name(resp, r.choice(["LAST_first", "SURNAME_given"]))),
        "   A-Number: ",
        ("A_NUMBER", g.anum()),
        "\n",
    )
    _w(
        b,
        f"{r.choice(_dob_cues)}: ",
        ("DATE_OF_BIRTH", g.date(g.dob(1960, 2007))),
        "   Nationality: ",
        ("COUNTRY_OF_BIRTH", g.country(resp, r.choice(["name", "demonym", "iso"]))),
        "\n",
    )
    b.t(
        f"Hearing type: {r.choice(['Master calendar', 'Individual (merits)', 'Bond redetermination'])}\n"
    )
    _w(
        b,
        "Notes: resp. status ",
        (
            "IMMIGRATION_STATUS",
            r.choice(
                ["pending asylum", "withholding of removal", "CAT deferral", "TPS", "asylum seeker"]
            ),
        ),
    )
    b.t(g.ocr("; interpreter confirmed dialect at sign-in. "))
    if r.random() < 0.6:
        sis = g.relative(resp, "f")
        _w(
            b,
            "Sister ",
            ("PERSON", g.name(sis, "natural")),
            " in gallery, ph ",
            ("PHONE", g.any_phone(sis)),
            ". ",
        )
    if r.random() < 0.4:
        _w(b, "I-94 ", ("I94", g.i94()), " shown to clerk. ")
    b.t("Adjourned to " + g.recent() + ".\n")
    return b


def case_note_l(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    g = _Gen(r)
    layout = r.choice(
        [
            _vita_note,
            _esl_notebook,
            _homecare_note,
            _conflict_log,
            _tenant_minutes,
            _interpreter_note,
        ]
    )
    return _doc(layout(g, B()))


# -- intake forms -----------------------------------------------------------------------------

_credit_unions = ["Ridgewood Neighborhood FCU", "Lower East Side People's FCU",
                  "Bronx Unity Community FCU", "Astoria Hellenic FCU", "Brooklyn Cooperative FCU"]  # fmt: skip


def _vita_intake(g: _Gen, b: Any) -> Any:
    r = g.r
    tp = g.person()
    b.t(f"VITA/TCE INTAKE/INTERVIEW & QUALITY REVIEW SHEET — {r.choice(_vita_sites)}\n")
    b.t("Part I – Your Personal Information\n")
    _w(
        b,
        "1. (a) Your first name: ",
        ("PERSON", tp.given),
        "   M.I.: ",
        f"{r.choice('ABDEJKMS')}   Last name: ",
        ("PERSON", tp.surname),
        "\n",
    )
    _w(
        b,
        "   (b) Date of birth: ",
        ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["mdy", "mdy_nopad", "dash"]))),
        f"   Job title: {r.choice(['cook', 'home attendant', 'porter', 'nail tech', 'driver'])}\n",
    )
    tin_ssn = r.random() < 0.45
    _w(b, "   (c) SSN or ITIN: ", ("SSN", g.ssn()) if tin_ssn else ("ITIN", g.itin()), "\n")
    _w(b, "2. Mailing address: ", ("ADDRESS", g.address(r.choice(["full", "full_nocomma"]))), "\n")
    _w(b, "3. Telephone: ", ("PHONE", g.phone()), "   E-mail: ", ("EMAIL", g.email(tp)), "\n")
    b.t("4. Are you a U.S. citizen?  [ ] Yes  [X] No\n")
    if r.random() < 0.5:
        _w(
            b,
            "   Preparer note: country of citizenship ",
            ("COUNTRY_OF_BIRTH", g.country(tp, "name")),
            "; ",
        )
        _w(b, "taxpayer states ", ("IMMIGRATION_STATUS", g.status_term(0.1)), "\n")
    b.t(
        "Part II – Dependents\n| Name (first, last) | Date of birth | Relationship | Months in US | SSN/ITIN/ATIN |\n"
    )
    for _ in range(r.randint(1, 3)):
        word, sex = r.choice([("son", "m"), ("daughter", "f"), ("niece", "f"), ("nephew", "m")])
        k = g.relative(tp, sex)
        _w(
            b,
            "| ",
            ("PERSON", g.name(k, "natural")),
            " | ",
            ("DATE_OF_BIRTH", g.date(g.dob(2008, 2024), "mdy")),
            f" | {word} | {r.randint(4, 12)} | ",
        )
        if r.random() < 0.5:
            _w(b, ("ITIN", g.itin("dash")), " |\n")
        elif r.random() < 0.5:
            _w(b, ("SSN", g.ssn("dash")), " |\n")
        else:
            b.t("W-7 pending |\n")
    b.t("W-2 SUMMARY\n")
    _w(
        b,
        "  a Employee's SSN: ",
        ("SSN", g.ssn("bare")) if tin_ssn or r.random() < 0.5 else ("ITIN", g.itin("bare")),
    )
    b.t(
        f"   b EIN: {_d(r, 2)}-{_d(r, 7)}\n  c Employer: {r.choice(_employers)}, {r.randint(10, 99)}-{r.randint(10, 60)} {r.choice(['Northern Blvd', '31st St', 'Steinway St'])}, Queens NY 1110{r.randint(1, 6)}\n"
    )
    b.t(
        f"  1 Wages ${r.randint(14, 58)},{_d(r, 3)}.{_d(r, 2)}   2 Fed W/H ${r.randint(400, 4000)}.00   17 State tax ${r.randint(200, 2000)}.00\n"
    )
    return b


def _credit_union(g: _Gen, b: Any) -> Any:
    r = g.r
    ap, officer = g.person(), g.person()
    cu = r.choice(_credit_unions)
    b.t(f"{cu.upper()}\nMEMBERSHIP & SHARE ACCOUNT APPLICATION\n")
    b.t(f"Member No. {_d(r, 7)}     Share Acct {_d(r, 10)}     Opened {g.recent()}\n\n")
    _w(b, "Name (Last, First, MI): ", ("PERSON", f"{ap.surname}, {ap.given}"), "\n")
    _w(b, "Date of Birth: ", ("DATE_OF_BIRTH", g.date(g.dob())), "\n")
    if r.random() < 0.5:
        _w(b, "Taxpayer ID (SSN/ITIN): ", ("ITIN", g.itin()), "   [ ] SSN  [X] ITIN\n")
    else:
        _w(b, "Taxpayer ID (SSN/ITIN): ", ("SSN", g.ssn()), "   [X] SSN  [ ] ITIN\n")
    _w(b, "Physical address: ", ("ADDRESS", g.address("full")), "\n")
    _w(b, "Cell: ", ("PHONE", g.phone()), "   Email: ", ("EMAIL", g.email(ap)), "\n")
    b.t("\nIDENTIFICATION (CIP)\n")
    _w(
        b,
        "Primary ID:   IDNYC   No. ",
        ("IDNYC", g.idnyc()),
        f"   Exp. {r.randint(1, 12):02d}/{r.randint(2026, 2030)}\n",
    )
    _w(
        b,
        "Secondary ID: Foreign passport   No. ",
        ("PASSPORT", g.passport(ap)),
        "   Issuing country: ",
        ("COUNTRY_OF_BIRTH", g.country(ap, "name")),
    )
    b.t(f"   Exp. {g.recent('mdy')}\n")
    if r.random() < 0.6:
        _w(b, "Additional doc: I-94 # ", ("I94", g.i94()), "\n")
    _w(
        b,
        "Country of citizenship: ",
        ("COUNTRY_OF_BIRTH", g.country(ap, r.choice(["name", "iso", "upper"]))),
        "\n",
    )
    b.t(f"Employer: {r.choice(_employers)}   Monthly income: ${r.randint(1, 5)},{_d(r, 3)}\n")
    b.t("OFAC check: clear   ChexSystems: no record\n")
    _w(b, "Verified by: ", ("PERSON", g.name(officer, "initial")), f", Member Services, {cu}\n")
    return b


def _nyc_care_twocol(g: _Gen, b: Any) -> Any:
    r = g.r
    pt = g.person()
    fac = r.choice(["Elmhurst", "Coney Island", "Jacobi", "Harlem", "Woodhull", "Lincoln"])
    width = 46

    def row(left: list[Any], right: list[Any]) -> None:
        text = "".join(x if isinstance(x, str) else x[1] for x in left)
        _w(b, *left)
        b.t(" " * max(1, width - len(text)) if r.random() < 0.7 else " ")
        _w(b, *right, "\n")

    b.t(f"NYC HEALTH + HOSPITALS / {fac.upper()}   PATIENT FINANCIAL SCREENING — NYC CARE\n")
    row(["Patient Name: ", ("PERSON", g.name(pt, "LAST_first"))], [f"MRN: {_d(r, 8)}"])
    dob = g.dob()
    row(
        ["DOB: ", ("DATE_OF_BIRTH", g.date(dob, "mdy"))],
        [f"Visit Date: {g.recent('mdy')}   Age: {g.age(dob)}"],
    )
    line, unit, city, zip_ = g.address_parts()
    row(
        ["Address: ", ("ADDRESS", f"{line}{' ' + unit if unit else ''}")],
        [f"Household size: {r.randint(1, 6)}"],
    )
    row(
        [f"City/State/ZIP: {city}, NY {zip_}-{_d(r, 4)}"],
        [f"Monthly income: ${r.randint(600, 3900)}"],
    )
    row(
        ["Phone: ", ("PHONE", g.phone())],
        [f"Preferred lang: {r.choice(DOSSIER_COMMUNITIES[pt.comm]['languages'])}"],
    )
    row(["Country of birth: ", ("COUNTRY_OF_BIRTH", g.country(pt, "name"))], ["Insurance: none"])
    row(
        ["Imm. status (optional): ", ("IMMIGRATION_STATUS", g.status_term(0.15))],
        ["NYC Care: ENROLLED"],
    )
    if r.random() < 0.5:
        row(["ID shown: IDNYC ", ("IDNYC", g.idnyc())], [f"Screener ID {_d(r, 5)}"])
    else:
        row(["ID shown: passport ", ("PASSPORT", g.passport(pt))], [f"Screener ID {_d(r, 5)}"])
    counselor = g.person()
    _w(
        b,
        "Financial counselor: ",
        ("PERSON", g.name(counselor, "natural")),
        "   Main line: 844-692-4692\n",
    )
    return b


def _dmv_app(g: _Gen, b: Any) -> Any:
    r = g.r
    ap = g.person()
    b.t(
        "NEW YORK STATE DEPARTMENT OF MOTOR VEHICLES\nAPPLICATION FOR PERMIT, DRIVER LICENSE OR NON-DRIVER ID CARD  MV-44 (standard)\n"
    )
    b.t(f"Client ID (if known): {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}\n")
    _w(
        b,
        "LAST NAME: ",
        ("PERSON", ap.surname.upper()),
        "   FIRST: ",
        ("PERSON", ap.given.upper()),
        "   SEX: ",
        ap.sex.upper(),
        "\n",
    )
    _w(
        b,
        "DATE OF BIRTH (MM/DD/YYYY): ",
        ("DATE_OF_BIRTH", g.date(g.dob(1960, 2008), "mdy")),
        f"   HEIGHT {r.randint(4, 6)}-{r.randint(0, 11)}  EYES {r.choice(['BRO', 'BLU', 'HAZ', 'GRN'])}\n",
    )
    _w(b, "ADDRESS WHERE YOU LIVE: ", ("ADDRESS", g.address(r.choice(["usps", "full"]))), "\n")
    if r.random() < 0.35:
        b.t("SOCIAL SECURITY NUMBER: [X] I have never been issued a SSN (sign affidavit MV-44A)\n")
    else:
        _w(b, "SOCIAL SECURITY NUMBER: ", ("SSN", g.ssn()), "\n")
    _w(b, "PHONE: ", ("PHONE", g.phone()), "\n")
    b.t("PROOF OF IDENTITY (6 points):\n")
    _w(
        b,
        "  [X] Foreign passport — No. ",
        ("PASSPORT", g.passport(ap)),
        " — country ",
        ("COUNTRY_OF_BIRTH", g.country(ap, r.choice(["name", "upper", "iso"]))),
        "\n",
    )
    if r.random() < 0.7:
        _w(b, "  [X] I-94 — ", ("I94", g.i94()), "\n")
    else:
        b.t(
            f"  [X] Foreign driver license ({r.choice(['valid', 'expired < 24 mo'])}) No. {_letters(r, 1)}{_d(r, 8)}\n"
        )
    b.t(f"  [X] Utility bill (Con Edison) dated {g.recent()}\n")
    b.t(
        f"Test: vision PASS   Fee ${r.choice(['64.50', '107.50', '80.25'])}   Office: {r.choice(['College Point', 'Jamaica', 'Bronx Hub', 'Atlantic Ave'])}\n"
    )
    return b


def _vital_records(g: _Gen, b: Any) -> Any:
    r = g.r
    child, mother, father = g.person(), None, None
    mother = g.person(child.comm, "f", child.surname if r.random() < 0.5 else None)
    father = g.person(child.comm, "m", child.surname)
    dob = g.dob(1995, 2024)
    b.t("NYC DEPARTMENT OF HEALTH AND MENTAL HYGIENE — OFFICE OF VITAL RECORDS\n")
    b.t("APPLICATION FOR CORRECTION OF A BIRTH CERTIFICATE\n")
    b.t(
        f"Certificate No.: 156-{r.choice(['19', '21', '23'])}-{_d(r, 6)}   Borough of birth: {r.choice(['Queens', 'Brooklyn', 'Bronx', 'Manhattan'])}\n\n"
    )
    wrong = child.given[:-1] + r.choice("aeiy") if len(child.given) > 3 else child.given + "a"
    _w(b, "1. Name of registrant as it appears: ", ("PERSON", f"{wrong} {child.surname}"), "\n")
    _w(b, "   Correct name: ", ("PERSON", g.name(child, "natural")), "\n")
    _w(
        b,
        "2. Date of birth: ",
        ("DATE_OF_BIRTH", g.date(dob, r.choice(["long", "mdy"]))),
        f"   Time: {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}\n",
    )
    _w(b, "3. Mother's name (before first marriage): ", ("PERSON", g.name(mother, "natural")), "\n")
    _w(
        b,
        "   Mother's birthplace (country): ",
        ("COUNTRY_OF_BIRTH", g.country(mother, "name")),
        "   Mother's DOB: ",
        ("DATE_OF_BIRTH", g.date(g.dob(1965, 2000))),
        "\n",
    )
    _w(
        b,
        "4. Father's name: ",
        ("PERSON", g.name(father, "natural")),
        "   Birthplace: ",
        ("COUNTRY_OF_BIRTH", g.country(father, r.choice(["name", "upper"]))),
        "\n",
    )
    b.t(
        f"5. Item to correct: {r.choice(['child first name (spelling)', 'mother maiden surname', 'father DOB', 'date of birth transposed'])}\n"
    )
    _w(
        b,
        "Applicant: ",
        ("PERSON", g.name(mother, "natural")),
        " (mother)   ID presented: IDNYC ",
        ("IDNYC", g.idnyc()),
        "\n",
    )
    _w(
        b,
        "Applicant address: ",
        ("ADDRESS", g.address("full")),
        "   Daytime phone: ",
        ("PHONE", g.phone()),
        "\n",
    )
    b.t(
        f"Fee: $40.00 paid (money order)   Received {g.recent()}   Office of Vital Records, 125 Worth St\n"
    )
    return b


def _ats_enroll(g: _Gen, b: Any) -> Any:
    r = g.r
    kid = g.person()
    par = g.relative(kid)
    dbn = f"{r.randint(1, 32):02d}{r.choice('QKXMR')}{_d(r, 3)}"
    b.t(f"ATS  RSPD  STUDENT BIO/DEMOGRAPHICS   DBN {dbn}   RUN {g.recent('mdy')}  PAGE 1\n")
    b.t("-" * 76 + "\n")
    _w(
        b,
        f"OSIS: {r.randint(2, 3)}{_d(r, 8)}  NAME: ",
        ("PERSON", f"{fold(kid.surname).upper()}, {fold(kid.given).upper()}"),
        f"  SEX: {kid.sex.upper()}  GRD: {r.randint(0, 8):02d}\n",
    )
    _w(
        b,
        "DOB: ",
        ("DATE_OF_BIRTH", g.date(g.dob(2011, 2021), "mdy")),
        "  BIRTH CTRY: ",
        ("COUNTRY_OF_BIRTH", kid.iso),
        f"  HOME LANG: {fold(DOSSIER_COMMUNITIES[kid.comm]['languages'][0])[:2].upper()}  ENTRY DT US SCH: {g.recent('mdy')}\n",
    )
    _w(b, "ADDR: ", ("ADDRESS", g.address("usps")), "\n")
    _w(
        b,
        "PARENT/GDN: ",
        ("PERSON", f"{fold(par.surname).upper()}, {fold(par.given).upper()}"),
        "  PH: ",
        ("PHONE", g.phone("bare")),
        "\n",
    )
    if r.random() < 0.5:
        _w(b, "PARENT ID (VISITOR): IDNYC ", ("IDNYC", g.idnyc(r.choice(["bare", "dash"]))), "\n")
    b.t("-" * 76 + "\nEMERGENCY CONTACT CARD (BLUE CARD)\n")
    for i in range(r.randint(1, 3)):
        rel, sex = r.choice(
            [
                ("AUNT", "f"),
                ("UNCLE", "m"),
                ("GRANDMOTHER", "f"),
                ("NEIGHBOR", None),
                ("FAMILY FRIEND", None),
            ]
        )
        c = g.relative(kid, sex) if i == 0 and sex else g.person(sex=sex)
        _w(
            b,
            f"{i + 1}. ",
            ("PERSON", g.name(c, r.choice(["upper", "natural"]))),
            f"  REL: {rel}  PH: ",
            ("PHONE", g.any_phone(c)),
            "\n",
        )
    b.t(
        f"MEDICAL: {r.choice(['NKA', 'asthma - inhaler in office', 'peanut allergy (EpiPen)'])}   LUNCH FORM: Y\n"
    )
    if r.random() < 0.4:
        _w(
            b,
            "Parent note (handwritten, typed by PC): family is ",
            ("IMMIGRATION_STATUS", g.status_term(0.3)),
            ", please do not give info to anyone\n",
        )
    return b


def _ead_checklist(g: _Gen, b: Any) -> Any:
    r = g.r
    cl, att = g.person(), g.person()
    title = f"I-765 / I-90 Renewal Checklist — {cl.full}"
    b.t("=" * len(title) + "\n")
    b.t("I-765 / I-90 Renewal Checklist — ")
    _w(b, ("PERSON", cl.full), "\n" + "=" * len(title) + "\n\n")
    _w(b, ":Client: ", ("PERSON", g.name(cl, "LAST_first")), "\n")
    _w(b, ":A-Number: ", ("A_NUMBER", g.anum()), "\n")
    _w(b, ":DOB: ", ("DATE_OF_BIRTH", g.date(g.dob())), "\n")
    _w(b, ":Country of birth: ", ("COUNTRY_OF_BIRTH", g.country(cl, "name")), "\n")
    _w(b, ":Category: ", ("IMMIGRATION_STATUS", g.code()), "\n")
    _w(b, ":Current EAD receipt: ", ("USCIS_RECEIPT", g.receipt()), "\n")
    _w(b, ":Underlying case receipt: ", ("USCIS_RECEIPT", g.receipt()), "\n")
    _w(b, ":I-94: ", ("I94", g.i94()), "\n")
    _w(b, ":Passport: ", ("PASSPORT", g.passport(cl)), "\n")
    _w(b, ":Attorney: ", ("PERSON", g.name(att, "natural")), "\n\n")
    b.t("Documents\n---------\n\n")
    b.t(f"- [x] copy of current EAD (front/back), expires {g.recent('mdy')}\n")
    b.t("- [x] 2 passport photos\n- [ ] fee $520 or fee waiver (I-912)\n")
    if r.random() < 0.6:
        _w(b, "- [ ] proof of status: client is ", ("IMMIGRATION_STATUS", g.status_term(0.1)), "\n")
    b.t("\n.. note:: File online if possible; biometrics reuse expected.\n")
    return b


def intake_form_l(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    g = _Gen(r)
    layout = r.choice(
        [
            _vita_intake,
            _credit_union,
            _nyc_care_twocol,
            _dmv_app,
            _vital_records,
            _ats_enroll,
            _ead_checklist,
        ]
    )
    return _doc(layout(g, B()))


# -- letters ----------------------------------------------------------------------------------

_pantries = [
    ("St. Stanislaus Kostka Parish Food Pantry", "Rev.", "607 Humboldt Street, Brooklyn, NY 11222"),
    ("Sts. Constantine & Helen Cathedral — Philoptochos Pantry", "Fr.", "64 Schermerhorn St, Brooklyn, NY 11201"),
    ("Wat Buddha Thai Thavorn Vanaram — Community Pantry", "Phra", "76-16 46th Ave, Elmhurst, NY 11373"),
    ("Masjid Al-Falah Community Pantry", "Imam", "42-12 National St, Corona, NY 11368"),
    ("Congregation Yetev Lev — Tomchei Shabbos", "Rabbi", "152 Rodney Street, Brooklyn, NY 11211"),
    ("Our Lady of Mount Carmel Pantry", "Sr.", "627 E 187th St, Bronx, NY 10458"),
]  # fmt: skip


def _bond_receipt(g: _Gen, b: Any) -> Any:
    r = g.r
    det, obl, staff = g.person(), g.person(), g.person()
    b.t("BROOKLYN COMMUNITY BAIL & BOND FUND\n")
    b.t(f"{g.recent('long')}\n\n")
    _w(b, ("PERSON", g.name(obl, "natural")), "\n", ("ADDRESS", g.address("multiline")), "\n\n")
    _w(b, f"Dear {obl.title} ", ("PERSON", obl.surname), ",\n\n")
    _w(
        b,
        "Enclosed is your copy of the ICE receipt for the bond we posted for ",
        ("PERSON", g.name(det, "natural")),
    )
    b.t(
        ". Keep it safe: the bond is returned to the obligor only when the case ends and the receipt is presented.\n\n"
    )
    b.t("------------------------------------------------------------\n")
    b.t("U.S. DEPARTMENT OF HOMELAND SECURITY — Immigration and Customs Enforcement\n")
    b.t(f"IMMIGRATION BOND — RECEIPT (I-305)      Bond control no. {_letters(r, 3)}{_d(r, 9)}\n")
    _w(
        b,
        "Alien name: ",
        ("PERSON", g.name(det, "LAST_first")),
        "    File No.: ",
        ("A_NUMBER", g.anum(r.choice(["A", "A_dash"]))),
        "\n",
    )
    _w(
        b,
        "Date of birth: ",
        ("DATE_OF_BIRTH", g.date(g.dob(1970, 2006), "mdy")),
        "    Country of citizenship: ",
        ("COUNTRY_OF_BIRTH", g.country(det, "upper")),
        "\n",
    )
    b.t(
        f"Amount: ${r.choice(['1,500', '5,000', '7,500', '10,000', '12,000'])}.00    Type: delivery    Posted: {g.recent('mdy')}\n"
    )
    _w(b, "Obligor: ", ("PERSON", g.name(obl, "upper")), "\n")
    _w(b, "Obligor address: ", ("ADDRESS", g.address("usps")), "\n")
    _w(b, "Obligor phone: ", ("PHONE", g.phone()), "    ")
    if r.random() < 0.5:
        _w(b, "Obligor SSN: ", ("SSN", g.ssn()), "\n")
    else:
        _w(b, "Obligor TIN: ", ("ITIN", g.itin()), "\n")
    if r.random() < 0.6:
        _w(b, "Obligor ID: IDNYC ", ("IDNYC", g.idnyc()), "\n")
    b.t("Received at: ERO New York, 26 Federal Plaza, 9th Floor, New York, NY 10278\n")
    b.t("------------------------------------------------------------\n\n")
    _w(
        b,
        ("PERSON", g.name(det, "given")),
        f" was released from {r.choice(['Orange County Jail', 'Delaney Hall', 'Elizabeth Detention Center'])} on {g.recent('long')}",
    )
    _w(
        b,
        " and is ",
        (
            "IMMIGRATION_STATUS",
            r.choice(["in removal proceedings", "pending asylum", "an asylum seeker", "TPS"]),
        ),
        ". ",
    )
    b.t("Call us at 718-555-0100 (main line) with any change of address.\n\nIn solidarity,\n")
    _w(b, ("PERSON", g.name(staff, "natural")), "\nBond Coordinator\n")
    return b


def _remittance(g: _Gen, b: Any) -> Any:
    r = g.r
    snd = g.person()
    rcv = g.relative(snd)
    co = r.choice(
        [
            "Ria Money Transfer",
            "Intermex",
            "Sigue",
            "Western Union agent #4471",
            "Remitly (walk-in)",
        ]
    )
    b.t(f"{co.upper()}\nCUSTOMER RECEIPT / RECIBO DEL CLIENTE\n")
    b.t(
        f"MTCN / Nº de control: {_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}    Date/Fecha: {g.recent('mdy')} {r.randint(10, 20)}:{r.randint(10, 59)}\n"
    )
    b.t(
        f"Agent: {r.choice(['Lydig Ave Pharmacy', 'Elmhurst Deli & Grocery', 'Greenpoint Travel Agency', 'Bay Ridge Check Cashing'])}\n\n"
    )
    b.t("SENDER / REMITENTE\n")
    _w(b, "  Name/Nombre: ", ("PERSON", g.name(snd, "upper")), "\n")
    _w(b, "  Address/Dirección: ", ("ADDRESS", g.address(r.choice(["usps", "full"]))), "\n")
    _w(b, "  Tel: ", ("PHONE", g.phone()), "\n")
    _w(
        b,
        "  ID: ",
        r.choice(["IDNYC", "NYC ID", "IDNYC card"]),
        " ",
        ("IDNYC", g.idnyc()),
        "   DOB/F.N.: ",
        ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["mdy", "dmy_slash"]))),
        "\n",
    )
    _w(
        b,
        "  Nationality/Nacionalidad: ",
        ("COUNTRY_OF_BIRTH", g.country(snd, r.choice(["name", "upper", "demonym"]))),
        f"   Occupation: {r.choice(['cook', 'cleaner', 'construction', 'nanny'])}\n\n",
    )
    b.t("RECEIVER / BENEFICIARIO\n")
    _w(b, "  Name/Nombre: ", ("PERSON", g.name(rcv, "upper")), "\n")
    city = r.choice(DOSSIER_COMMUNITIES[snd.comm]["cities"])
    b.t(f"  Payout: cash pickup — {city}\n")
    if r.random() < 0.5:
        _w(b, "  Receiver tel: ", ("PHONE", g.foreign_phone(rcv)), "\n")
    amt = r.randint(100, 1500)
    b.t(
        f"\nAmount sent: ${amt}.00   Fee: ${r.choice([4.99, 7.99, 9.00])}   Rate: {r.uniform(0.9, 35):.4f}   Total: ${amt + 8}.00\n"
    )
    b.t("Purpose: family support   Source of funds: salary\n")
    b.t(
        "You have a right to dispute errors in your transaction. Questions: NYS DFS 1-800-342-3736.\n"
    )
    return b


def _tenant_letter(g: _Gen, b: Any) -> Any:
    r = g.r
    chair = g.person()
    agent = g.person()
    street, city, zip_, hyph = r.choice(DOSSIER_STREETS)
    num = f"{r.randint(24, 99)}-{r.randint(1, 60):02d}" if hyph else str(r.randint(2, 1450))
    bldg = f"{num} {street}"
    b.t(f"{bldg} Tenants' Association\n")
    _w(
        b,
        "c/o ",
        ("PERSON", g.name(chair, "natural")),
        ", ",
        ("ADDRESS", f"{bldg}, {g.unit()}, {city}, NY {zip_}"),
        "\n\n",
    )
    b.t(f"{g.recent('long')}\n\nVIA CERTIFIED MAIL & EMAIL\n")
    _w(
        b,
        ("PERSON", g.name(agent, "natural")),
        f", Managing Agent\n{r.choice(['Seneca Realty LLC', 'K&G Mgmt Corp', 'Bay 12 Holdings LLC', 'Pinnacle Ridge Mgmt'])}\n",
    )
    b.t(
        f"{r.randint(100, 999)} {r.choice(['Jericho Tpke, Syosset, NY 11791', 'Broadway, Suite 1200, New York, NY 10001', 'Hillside Ave, Jamaica, NY 11432'])}\n\n"
    )
    _w(b, "Re: Repairs and harassment at ", ("ADDRESS", bldg), "\n\n")
    _w(b, f"Dear {agent.title} ", ("PERSON", agent.surname), ":\n\n")
    b.t(
        g.ocr(
            "We write as the tenants of the building to demand repairs that have been outstanding for months. "
        )
    )
    victim = g.person(sex="f")
    _w(
        b,
        "On ",
        g.recent("long"),
        ", your super asked ",
        ("PERSON", g.name(victim, "natural")),
        f" (Apt {r.randint(1, 6)}{r.choice('ABCD')}) ",
    )
    b.t(
        g.ocr(
            'for her "papers" in front of her children. Immigration status is not your business, and asking about it to pressure a tenant is harassment under NYC law.\n\n'
        )
    )
    b.t("Signed,\n\n")
    for m in [chair] + [g.person() for _ in range(r.randint(2, 5))]:
        style = r.choice(["natural", "natural", "upper", "initial"])
        _w(b, ("PERSON", g.name(m, style)), f", Apt {r.randint(1, 6)}{r.choice('ABCDEF')}")
        if r.random() < 0.6:
            _w(b, ", ", ("PHONE", g.phone()))
        b.t("\n")
    b.t("\ncc: HPD Division of Neighborhood Preservation; Council Member's office\n")
    return b


def _engagement_letter(g: _Gen, b: Any) -> Any:
    r = g.r
    cl, att = g.person(), g.person()
    clinic = r.choice(_clinics)
    domain = "".join(w[0] for w in clinic.split() if w[0].isalpha()).lower() + ".org"
    b.t(
        f"{clinic}\n{r.randint(10, 400)} {r.choice(['Court Street, 3rd Floor, Brooklyn, NY 11201', 'Broadway, Suite 600, New York, NY 10007', 'Grand Concourse, Bronx, NY 10451'])}\n"
    )
    b.t(f"Tel. (212) 555-01{_d(r, 2)} · intake@{domain}\n\n{g.recent('long')}\n\n")
    _w(
        b,
        ("PERSON", g.name(cl, r.choice(["natural", "upper"]))),
        "\n",
        ("ADDRESS", g.address("multiline")),
        "\n\n",
    )
    _w(
        b,
        "Re: Engagement — ",
        r.choice(
            [
                "asylum (I-589)",
                "TPS re-registration (I-821/I-765)",
                "adjustment (I-485)",
                "SIJS (I-360)",
            ]
        ),
        "\n",
    )
    _w(
        b,
        "    A# ",
        ("A_NUMBER", g.anum("bare_dash")),
        " · DOB ",
        ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["mdy", "long"]))),
        "\n\n",
    )
    _w(b, f"Dear {cl.title} ", ("PERSON", cl.surname), ",\n\n")
    b.t(
        g.ocr(
            "Thank you for choosing our office. This letter explains what we will and will not do for you. "
        )
    )
    _w(
        b,
        "You told us that you were born in ",
        ("COUNTRY_OF_BIRTH", g.country(cl, "name")),
        f", that you entered the United States in {r.randint(2015, 2025)} ",
    )
    b.t(r.choice(["through Mexico", "at JFK", "via Canada", "at the Texas border"]))
    b.t(", and that you are now ")
    _mark(b, "IMMIGRATION_STATUS", g.status_phrase(0.0))
    b.t(". ")
    _w(b, "Your pending application has receipt number ", ("USCIS_RECEIPT", g.receipt()), ". ")
    _w(
        b,
        "Please bring your passport (no. ",
        ("PASSPORT", g.passport(cl)),
        ") and your I-94 (",
        ("I94", g.i94()),
        ") to our next meeting.\n\n",
    )
    b.t(
        "We do not charge for our services. We will never share your information with immigration authorities without your written consent.\n\n"
    )
    _w(
        b,
        "Sincerely,\n\n",
        ("PERSON", g.name(att, "natural")),
        "\nStaff Attorney\n",
        ("EMAIL", g.staff_email(att, domain)),
        "\n",
    )
    return b


def _pantry_letter(g: _Gen, b: Any) -> Any:
    r = g.r
    name, title, place = r.choice(_pantries)
    cl, clergy = g.person(), g.person(sex="m")
    b.t(f"{name}\n{place}\n\n{g.recent('long')}\n\n")
    b.t(
        r.choice(
            [
                "To Whom It May Concern:",
                "TO WHOM IT MAY CONCERN / A QUIEN CORRESPONDA",
                "Do kogo może dotyczyć / To whom it may concern:",
            ]
        )
        + "\n\n"
    )
    _w(
        b,
        "This is to certify that ",
        ("PERSON", g.name(cl, r.choice(["natural", "upper"]))),
        ", born ",
        ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["long", "mdy", "dmy_dot", "pl", "it", "fr"]))),
    )
    _w(
        b,
        " in ",
        ("COUNTRY_OF_BIRTH", g.country(cl, r.choice(["name", "native"]))),
        ", residing at ",
        ("ADDRESS", g.address("full")),
    )
    b.t(
        f", has been registered at our pantry since {r.choice(['March', 'June', 'September'])} {r.randint(2019, 2025)} for a household of {r.randint(1, 7)}. "
    )
    if r.random() < 0.6:
        _w(b, "The family's IDNYC number on file is ", ("IDNYC", g.idnyc()), ". ")
    kids = [g.relative(cl) for _ in range(r.randint(0, 2))]
    if kids:
        b.t("Household members include ")
        for i, k in enumerate(kids):
            if i:
                b.t(" and ")
            _w(
                b,
                ("PERSON", g.name(k, "natural")),
                " (b. ",
                ("DATE_OF_BIRTH", g.date(g.dob(2008, 2022), "mdy")),
                ")",
            )
        b.t(". ")
    b.t(g.ocr("They volunteer on Saturdays and are known to our community. "))
    _w(b, "They may be reached at ", ("PHONE", g.phone()), ".\n\n")
    _w(b, f"{title} ", ("PERSON", g.name(clergy, "natural")), "\nPantry Coordinator\n")
    return b


def _rental_app(g: _Gen, b: Any) -> Any:
    r = g.r
    ap = g.person()
    co = g.relative(ap, "m" if ap.sex == "f" else "f") if r.random() < 0.5 else None
    gua, prev = g.person(), g.person()
    mgmt = r.choice(
        [
            "Ridgewood Property Partners",
            "Astoria Realty Group",
            "Sunnyside Gardens Mgmt",
            "Kingsbridge Heights Assoc.",
        ]
    )
    b.t(f"{mgmt.upper()} — RENTAL APPLICATION & LEASE RIDER\n\n")
    _w(
        b,
        "Applicant: ",
        ("PERSON", g.name(ap, "natural")),
        "   Date of birth: ",
        ("DATE_OF_BIRTH", g.date(g.dob(1965, 2003))),
        "\n",
    )
    if r.random() < 0.5:
        _w(b, f"{r.choice(_ssn_cues)}: ", ("SSN", g.ssn()), "\n")
    else:
        _w(
            b,
            f"Soc Sec / {r.choice(_itin_cues)}: ",
            ("ITIN", g.itin()),
            "  (applicant has no SSN; ITIN accepted per NYC HRL)\n",
        )
    _w(
        b,
        "Present address: ",
        ("ADDRESS", g.address("full")),
        f"   How long: {r.randint(1, 9)} yrs   Rent ${r.randint(1, 3)},{_d(r, 3)}\n",
    )
    _w(
        b,
        "Present landlord: ",
        ("PERSON", g.name(prev, "natural")),
        f" — reference {r.choice(['verified', 'no answer', 'left VM'])}\n",
    )
    _w(b, "Cell: ", ("PHONE", g.phone()), "   Email: ", ("EMAIL", g.email(ap)), "\n")
    if r.random() < 0.5:
        _w(b, "Photo ID: IDNYC # ", ("IDNYC", g.idnyc()), "\n")
    b.t(f"Employer: {r.choice(_employers)}   Income: ${r.randint(32, 88)},000/yr\n")
    if co:
        _w(
            b,
            "Co-applicant: ",
            ("PERSON", g.name(co, "natural")),
            "   DOB ",
            ("DATE_OF_BIRTH", g.date(g.dob(1965, 2003), "mdy")),
            "\n",
        )
    b.t("\nGUARANTOR\n")
    _w(b, "Name: ", ("PERSON", g.name(gua, "natural")), "   SSN: ", ("SSN", g.ssn()), "\n")
    _w(b, "Home address: ", ("ADDRESS", g.address("full")), "\n\n")
    b.t("LEASE RIDER\n")
    unit = g.unit()
    line, _u, city, zip_ = g.address_parts()
    _w(
        b,
        "1. Premises: ",
        ("ADDRESS", f"{line}, {unit}, {city}, NY {zip_}"),
        f". Term {g.recent('long')} to {g.recent('long')}.\n",
    )
    b.t(
        "2. Security deposit limited to one month's rent (GOL § 7-108). Broker fee paid by owner (FARE Act).\n"
    )
    b.t(
        "3. Landlord will not ask about or disclose tenant's immigration status (NYC Admin. Code § 8-107).\n"
    )
    _w(b, "Tenant(s): ", ("PERSON", g.name(ap, "upper")))
    if co:
        _w(b, " & ", ("PERSON", g.name(co, "upper")))
    b.t(f"   Date: {g.recent('mdy')}\n")
    return b


def letter_l(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    g = _Gen(r)
    layout = r.choice(
        [
            _bond_receipt,
            _remittance,
            _tenant_letter,
            _engagement_letter,
            _pantry_letter,
            _rental_app,
        ]
    )
    return _doc(layout(g, B()))


# -- CSV extracts -----------------------------------------------------------------------------


def _payroll(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = [
        "Emp #",
        "Employee",
        "TIN",
        "DOB",
        "Home Address",
        "Pay Date",
        "Gross",
        "Fed W/H",
        "Net",
        "Dept",
    ]
    pay = g.recent("mdy")
    rows = []
    for _ in range(r.randint(3, 6)):
        p = g.person()
        tin = (
            ("SSN", g.ssn(r.choice(["dash", "bare", "space"])))
            if r.random() < 0.6
            else ("ITIN", g.itin(r.choice(["dash", "bare"])))
        )
        gross = r.randint(600, 1900)
        rows.append([
            f"{r.randint(1000, 9999)}", ("PERSON", f"{p.surname.upper()}, {p.given}"), tin,
            ("DATE_OF_BIRTH", g.date(g.dob(1960, 2007), "mdy")),
            ("ADDRESS", g.address(r.choice(["full", "street"]))), pay, f"{gross}.00",
            f"{gross // 9}.{_d(r, 2)}", f"{gross - gross // 7}.{_d(r, 2)}",
            r.choice(["KITCHEN", "PORTER", "HHA", "WAREHOUSE", "FRONT"]),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _outlook(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event",
              "Meeting Organizer", "Required Attendees", "Location", "Description", "Private"]  # fmt: skip
    clinic = r.choice(_clinics)
    domain = "".join(w[0] for w in clinic.split() if w[0].isalpha()).lower() + ".org"
    staff = [g.person() for _ in range(3)]
    mail = {s.full: g.staff_email(s, domain) for s in staff}
    rows = []
    for _ in range(r.randint(2, 4)):
        cl = g.person()
        day = g.recent("mdy_nopad")
        org = r.choice(staff)
        subject = [
            r.choice(["Intake – ", "Consult: ", "Prep mtg ", "Call back "]),
            ("PERSON", f"{cl.surname}, {cl.given}"),
        ]
        if r.random() < 0.4:
            subject += [" A#", ("A_NUMBER", g.anum("bare"))]
        att: list[Any] = []
        for i, s in enumerate(r.sample(staff, r.randint(1, 2))):
            if i:
                att.append("; ")
            att += [("PERSON", s.full), " <", ("EMAIL", mail[s.full]), ">"]
        if r.random() < 0.5:
            loc: Any = ["Home visit – ", ("ADDRESS", g.address("full"))]
        else:
            loc = r.choice(["Conf Rm B", "Zoom", "Teams meeting", "Front desk"])
        desc: list[Any] = []
        kind = r.randrange(5)
        if kind == 0:
            desc = [
                "cl. cell ",
                ("PHONE", g.phone()),
                " — prefers ",
                r.choice(DOSSIER_COMMUNITIES[cl.comm]["languages"]),
                " interp.",
            ]
        elif kind == 1:
            desc = [
                "bring passport ",
                ("PASSPORT", g.passport(cl)),
                " + I-94 ",
                ("I94", g.i94()),
                "; DOB ",
                ("DATE_OF_BIRTH", g.date(g.dob(), "mdy_short")),
            ]
        elif kind == 2:
            desc = [
                "EAD renewal, ",
                ("IMMIGRATION_STATUS", g.code()),
                ", rcpt ",
                ("USCIS_RECEIPT", g.receipt()),
            ]
        elif kind == 3:
            desc = [
                "cl. is ",
                ("IMMIGRATION_STATUS", g.status_term(0.2)),
                ", born in ",
                ("COUNTRY_OF_BIRTH", g.country(cl, "name")),
                "; email ",
                ("EMAIL", g.email(cl)),
            ]
        else:
            desc = [
                "Join Teams: https://teams.microsoft.com/l/meetup-join/19%3a",
                _d(r, 12),
                " Meeting ID: ",
                f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
            ]
        hour, half = r.randint(9, 16), r.choice(["00", "30"])
        rows.append([
            subject, day, f"{hour}:{half}:00", day, f"{hour + 1}:{half}:00", "False",
            ("PERSON", org.full),
            att, loc, desc, r.choice(["False", "True"]),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _mail_merge(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = ["Title", "FirstName", "LastName", "Address1", "City", "State", "PostalCode",
              "Salutation", "Language", "CaseNo"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 6)):
        p = g.person()
        line, unit, city, zip_ = g.address_parts()
        sal: list[Any] = (
            [f"Dear {p.title} ", ("PERSON", p.surname), ","]
            if r.random() < 0.7
            else ["Dear ", ("PERSON", p.given), ","]
        )
        rows.append([
            p.title, ("PERSON", p.given), ("PERSON", p.surname),
            ("ADDRESS", f"{line} {unit}".strip()), city, "NY",
            f"{zip_}-{_d(r, 4)}" if r.random() < 0.5 else zip_, sal,
            r.choice(DOSSIER_COMMUNITIES[p.comm]["languages"]), f"{r.randint(24, 26)}-{_d(r, 5)}",
        ])  # fmt: skip
    return _cells(B, header, rows)


def _sms_export(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = ["date", "type", "address", "contact_name", "body"]
    rows = []
    for _ in range(r.randint(3, 6)):
        p = g.person()
        when = f"{g.recent('iso')} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        direction = r.choice(["1", "2"])
        kind = r.randrange(9)
        if kind == 0:
            body: list[Any] = [
                "hi this is ",
                ("PERSON", g.name(p, "given")),
                " my DOB is ",
                ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["mdy_short", "mdy_nopad", "spaced"]))),
                " for the form",
            ]
        elif kind == 1:
            body = [
                "new address: ",
                ("ADDRESS", g.address(r.choice(["full", "street", "lower"]))),
                " pls update",
            ]
        elif kind == 2:
            body = [
                "my A number ",
                ("A_NUMBER", g.anum()),
                " and the letter says ",
                ("USCIS_RECEIPT", g.receipt()),
            ]
        elif kind == 3:
            body = [
                "Reminder: your appt w/ ",
                ("PERSON", g.name(g.person(), "natural")),
                f" is {g.recent('mdy_nopad')} at 10am. Bring IDNYC. Reply STOP to opt out",
            ]
        elif kind == 4:
            body = [
                "soc sec ",
                ("SSN", g.ssn(r.choice(["dash", "space", "spaced"]))),
                " sorry for the delay",
            ]
        elif kind == 5:
            body = [
                "ok. my brother ",
                ("PERSON", g.name(g.relative(p, "m"), "natural")),
                " number is ",
                ("PHONE", g.any_phone(p)),
            ]
        elif kind == 6:
            body = [
                "I am ",
                ("IMMIGRATION_STATUS", g.status_term(0.3)),
                ", is it safe to go to the clinic?",
            ]
        elif kind == 7:
            body = [
                f"my {r.choice(['tin', 'itin', 'ITIN no.', 'tax id'])} ",
                ("ITIN", g.itin(r.choice(["dash", "bare", "space"]))),
                " and ",
                r.choice(_dob_cues).lower(),
                " ",
                ("DATE_OF_BIRTH", g.date(g.dob(), r.choice(["mdy_short", "dmy_slash", "spaced"]))),
            ]
        else:
            body = ["idnyc # ", ("IDNYC", g.idnyc()), " (card exp " + g.recent("mdy_nopad") + ")"]
        number = ("PHONE", g.phone(r.choice(["bare", "plus", "one"])))
        contact = (
            ("PERSON", g.name(p, r.choice(["natural", "given", "nick"])))
            if r.random() < 0.7
            else "(Unknown)"
        )
        rows.append([when, direction, number, contact, body])
    return _cells(B, header, rows)


def _pantry_register(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = ["Visit", "HH Head", "HH Size", "ID Type", "ID #", "ZIP", "Phone", "Origin", "Notes"]
    rows = []
    for _ in range(r.randint(4, 7)):
        p = g.person()
        kind = r.random()
        if kind < 0.6:
            idt, idv = "IDNYC", ("IDNYC", g.idnyc())
        elif kind < 0.85:
            idt, idv = "Passport", ("PASSPORT", g.passport(p))
        else:
            idt, idv = "none", ""
        note: Any = ""
        k = r.randrange(5)
        if k == 0:
            note = ["new; ", ("IMMIGRATION_STATUS", g.status_term(0.3))]
        elif k == 1:
            note = ["lives ", ("ADDRESS", g.address("street")), ", no elevator — deliver"]
        elif k == 2:
            note = ["son ", ("PERSON", g.name(g.relative(p, "m"), "given")), " picks up"]
        elif k == 3:
            note = f"halal/kosher: {r.choice(['Y', 'N'])}"
        _street, _city, zip_, _h = r.choice(DOSSIER_STREETS)
        rows.append([
            g.recent("mdy_nopad"), ("PERSON", g.name(p, r.choice(["last_first", "natural", "upper"]))),
            str(r.randint(1, 8)), idt, idv, zip_, ("PHONE", g.phone()) if r.random() < 0.8 else "",
            ("COUNTRY_OF_BIRTH", g.country(p, r.choice(["name", "iso", "demonym"]))), note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _interpreter_sheet(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = [
        "Date",
        "Time",
        "Courtroom",
        "Language",
        "Interpreter",
        "Respondent",
        "A#",
        "Nationality",
        "Notes",
    ]
    day = g.recent("mdy")
    interps = [g.person() for _ in range(2)]
    rows = []
    for _ in range(r.randint(3, 6)):
        p = g.person()
        note: Any = ""
        k = r.randrange(4)
        if k == 0:
            note = [
                "detained; ",
                (
                    "IMMIGRATION_STATUS",
                    r.choice(
                        ["pending asylum", "asylum seeker", "parolee", "withholding of removal"]
                    ),
                ),
            ]
        elif k == 1:
            note = ["DOB ", ("DATE_OF_BIRTH", g.date(g.dob(1965, 2007), "mdy")), " per NTA"]
        elif k == 2:
            note = "needs relay interpreter" if r.random() < 0.3 else "remote via WebEx"
        elif r.random() < 0.5:
            note = ["paroled at JFK, I-94 ", ("I94", g.i94())]
        else:
            note = ["I-589 filed, rcpt ", ("USCIS_RECEIPT", g.receipt())]
        rows.append([
            day, f"{r.choice([8, 9, 10, 13, 14])}:{r.choice(['00', '30'])}", f"CR {r.randint(1, 30)}",
            r.choice(DOSSIER_COMMUNITIES[p.comm]["languages"]),
            ("PERSON", g.name(r.choice(interps), r.choice(["natural", "initial"]))),
            ("PERSON", g.name(p, r.choice(["LAST_first", "upper"]))),
            ("A_NUMBER", g.anum(r.choice(["bare", "bare_dash", "A", "A_space"]))),
            ("COUNTRY_OF_BIRTH", g.country(p, r.choice(["name", "upper", "iso"]))), note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _homecare_schedule(g: _Gen, B: Callable[[], Any]) -> Out:
    r = g.r
    header = [
        "Visit ID",
        "Aide",
        "Client",
        "Client DOB",
        "Address",
        "Phone",
        "Start",
        "End",
        "Notes",
    ]
    aides = [g.person(sex="f") for _ in range(3)]
    rows = []
    for _ in range(r.randint(3, 6)):
        c = g.person()
        day = g.recent("mdy")
        note: Any = ""
        k = r.randrange(4)
        if k == 0:
            rel = g.relative(c, "f")
            note = [
                "call daughter ",
                ("PERSON", g.name(rel, "given")),
                " ",
                ("PHONE", g.any_phone(rel)),
                " if no answer",
            ]
        elif k == 1:
            note = "buzzer broken - call from lobby"
        elif k == 2:
            note = ["aide ", ("PERSON", g.name(r.choice(aides), "given")), " off Fri"]
        rows.append([
            f"V{_d(r, 7)}", ("PERSON", g.name(r.choice(aides), "last_first")),
            ("PERSON", g.name(c, r.choice(["LAST_first", "natural"]))),
            ("DATE_OF_BIRTH", g.date(g.dob(1928, 1962), r.choice(["mdy", "iso"]))),
            ("ADDRESS", g.address(r.choice(["full", "usps", "street"]))), ("PHONE", g.phone()),
            f"{day} {r.randint(7, 10)}:00", f"{day} {r.randint(13, 20)}:00", note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def csv_extract_l(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    g = _Gen(r)
    layout = r.choice(
        [
            _payroll,
            _outlook,
            _mail_merge,
            _sms_export,
            _pantry_register,
            _interpreter_sheet,
            _homecare_schedule,
        ]
    )
    return layout(g, B)


DOSSIER_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_l": case_note_l,
    "intake_form_l": intake_form_l,
    "letter_l": letter_l,
    "csv_extract_l": csv_extract_l,
}
