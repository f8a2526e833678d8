"""The "archive" split: the "j" templates (case_note_j, intake_form_j, letter_j, csv_extract_j).

Written blind on 2026-12-02, without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates. Name and street pools are this module's own; a test in
tests/privacy/test_eval_corpus.py checks by code that they share no name, name word, nickname or
street with any older pool. Countries, nationalities and status terms are closed vocabularies and
are written as real NYC files mostly write them, so they may repeat older splits' terms.

Institutions and layouts: Department of Buildings tenant-harassment field notes, HPD lead-paint
inspection notes, hospital social-work discharge checklists, a Council Member's district office
pasting a resident's texts from a phone screenshot (odd line breaks, values broken across lines),
City Clerk marriage-licence worksheets, DOT disability parking-permit applications, Fair Fares
worksheets, CUNY residency reviews pasted from a Word table (tabs), EOIR master-calendar printouts
(the case number is the A-number), census-style household rosters, Board of Correction complaint
letters, FOIL responses with redactions that missed things, parish baptism letters, union
membership letters, IDNYC cultural-membership letters, and CSV exports (landlord rent ledgers,
Medicaid transportation trip logs, SBS vendor-training rosters, CUNY admissions extracts, Parks
event-permit applications), one segment per cell with the header as prefix.

Labelled: residents', relatives' and staff names (PERSON), A-numbers (also bare digits after an
A-number cue, and EOIR case numbers), SSNs, ITINs, passport numbers, residents' phones, residents'
and staff's own e-mail addresses, dates of birth, residents' street addresses, IDNYC numbers, USCIS
receipt numbers, I-94 numbers, immigration-status words (only the status words) and the country or
nationality a resident was born in or comes from (ISO codes in nationality columns too).

Left unlabelled on purpose: complaint, violation, docket, index, BIN, NYSID, book-and-case, FOIL,
permit, trip, member, EMPLID, Medicaid CIN and licence numbers; hearing, appointment, visit,
letter and trip dates and times; ages; money; agency and organisation names; public agency
addresses, phone numbers and shared mailboxes; form names (I-589, I-765, I-821D); languages;
ZIP+4 codes; parks, churches, buildings and streets named after people; countries that are not
someone's origin.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """`text` without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Country entries: (name, demonym, ISO2, ISO3, local name, phone template, passport template);
# "#" is a digit, "@" a capital letter.
_HN = ("Honduras", "Honduran", "HN", "HND", "Honduras", "+504 9###-####", "F#######")
_BZ = ("Belize", "Belizean", "BZ", "BLZ", "Belize", "+501 6##-####", "P######")
_GT = ("Guatemala", "Guatemalan", "GT", "GTM", "Guatemala", "+502 5### ####", "###########")
_UZ = ("Uzbekistan", "Uzbek", "UZ", "UZB", "Uzbekistan", "+998 9# ### ## ##", "FA#######")
_TJ = ("Tajikistan", "Tajik", "TJ", "TJK", "Tajikistan", "+992 9# ### ####", "4#######")
_NP = ("Nepal", "Nepali", "NP", "NPL", "Nepal", "+977 98#-#######", "PA#######")
_BT = ("Bhutan", "Bhutanese", "BT", "BTN", "Bhutan", "+975 17 ## ## ##", "PB######")
_TB = ("Tibet", "Tibetan", "CN", "CHN", "Tibet", "+86 139 #### ####", "E########")
_SN = ("Senegal", "Senegalese", "SN", "SEN", "Sénégal", "+221 77 ### ## ##", "A########")
_GN = ("Guinea", "Guinean", "GN", "GIN", "Guinée", "+224 62# ## ## ##", "R#######")
_ML = ("Mali", "Malian", "ML", "MLI", "Mali", "+223 7# ## ## ##", "AA#######")
_GM = ("Gambia", "Gambian", "GM", "GMB", "The Gambia", "+220 7## ####", "PC######")
_YE = ("Yemen", "Yemeni", "YE", "YEM", "Yemen", "+967 7## ### ###", "0#######")
_CN = ("China", "Chinese", "CN", "CHN", "China", "+86 13# #### ####", "E########")
_IN = ("India", "Indian", "IN", "IND", "India", "+91 98### #####", "@#######")
_AL = ("Albania", "Albanian", "AL", "ALB", "Shqipëri", "+355 69 ### ####", "BE#######")
_XK = ("Kosovo", "Kosovar", "XK", "XKX", "Kosova", "+383 44 ### ###", "P########")
_ME = ("Montenegro", "Montenegrin", "ME", "MNE", "Montenegro", "+382 67 ### ###", "######")
_EC = ("Ecuador", "Ecuadorian", "EC", "ECU", "Ecuador", "+593 9# ### ####", "A#######")
_MX = ("Mexico", "Mexican", "MX", "MEX", "México", "+52 222 ### ####", "G########")
_GY = ("Guyana", "Guyanese", "GY", "GUY", "Guyana", "+592 6## ####", "R#######")
_TT = ("Trinidad and Tobago", "Trinidadian", "TT", "TTO", "Trinidad", "+1 868 ### ####", "TC######")
_HT = ("Haiti", "Haitian", "HT", "HTI", "Haïti", "+509 3# ## ####", "RD#######")
_UA = ("Ukraine", "Ukrainian", "UA", "UKR", "Ukraine", "+380 67 ### ####", "FX######")
_MD = ("Moldova", "Moldovan", "MD", "MDA", "Moldova", "+373 69 ### ###", "AB#######")
_KR = ("South Korea", "Korean", "KR", "KOR", "Korea", "+82 10-####-####", "M########")
_DO = (
    "Dominican Republic",
    "Dominican",
    "DO",
    "DOM",
    "República Dominicana",
    "+1 809 ### ####",
    "SC#######",
)
_VE = ("Venezuela", "Venezuelan", "VE", "VEN", "Venezuela", "+58 412-###-####", "#########")

ARCHIVE_COMMUNITIES: dict[str, dict[str, Any]] = {
    "garifuna": {
        "given_f": ["Marcelina", "Ninfa", "Ileana", "Keila"],
        "given_m": ["Nolberto", "Celestino", "Onofre", "Dagoberto"],
        "surnames": ["Rochez", "Cayetano", "Bernárdez", "Lacayo", "Lambey", "Zúniga"],
        "nicknames_f": ["Chayo"],
        "nicknames_m": ["Nolo"],
        "rare_given_f": ["Gumercinda", "Ubaldina"],
        "rare_given_m": ["Candelario", "Telésforo"],
        "rare_surnames": ["Tifre", "Cálix"],
        "countries": [_HN, _HN, _HN, _BZ, _GT],
        "lang": "es",
        "language": "Garifuna",
    },
    "bukharian": {
        "given_f": ["Mazal", "Yafa", "Rena", "Malka"],
        "given_m": ["Ilyos", "Aron", "Yuhanan", "Iosif"],
        "surnames": ["Ishakov", "Borukhov", "Khaimov", "Fuzailov", "Niyazov"],
        "nicknames_f": ["Ritochka"],
        "nicknames_m": ["Borya"],
        "rare_given_f": ["Shoista", "Malohat"],
        "rare_given_m": ["Hizkiyo", "Nisim"],
        "rare_surnames": ["Mullokandov", "Kalontarov"],
        "countries": [_UZ, _UZ, _TJ],
        "lang": "en",
        "language": "Bukhori",
    },
    "himalayan": {
        "given_f": ["Choden", "Nirmala", "Rekha", "Anita"],
        "given_m": ["Dorje", "Suresh", "Binod", "Nabin"],
        "surnames": ["Tshering", "Rinchen", "Yonjan", "Bista", "Maharjan"],
        "nicknames_f": ["Chhomo"],
        "nicknames_m": ["Bikki"],
        "rare_given_f": ["Lhamu", "Sangmu"],
        "rare_given_m": ["Tsultrim", "Samdup"],
        "rare_surnames": ["Yolmo", "Tharchin"],
        "countries": [_NP, _NP, _BT, _TB],
        "lang": "en",
        "language": "Nepali",
    },
    "senegambia": {
        "given_f": ["Penda", "Yacine", "Kine", "Nogaye"],
        "given_m": ["Saliou", "Malick", "Assane", "Matar"],
        "surnames": ["Ndoye", "Niang", "Diagne", "Mbengue", "Badji"],
        "nicknames_f": ["Yaye"],
        "nicknames_m": ["Laye"],
        "rare_given_f": ["Soukeyna", "Thioro"],
        "rare_given_m": ["Mamour", "Massamba"],
        "rare_surnames": ["Thiaw", "Dieng"],
        "countries": [_SN, _SN, _GN, _ML, _GM],
        "lang": "fr",
        "language": "Wolof",
    },
    "yemeni": {
        "given_f": ["Asma", "Samah", "Widad", "Shaima"],
        "given_m": ["Saif", "Hamoud", "Tareq", "Mokhtar"],
        "surnames": ["Alsabri", "Almontaser", "Alshamiri", "Almaqtari", "Alzubairi"],
        "nicknames_f": ["Mimo"],
        "nicknames_m": ["Saifo"],
        "rare_given_f": ["Tahani", "Radhia"],
        "rare_given_m": ["Mutlaq", "Qaid"],
        "rare_surnames": ["Alhubaishi", "Qahtan"],
        "countries": [_YE],
        "lang": "en",
        "language": "Arabic",
    },
    "fujianese": {
        "given_f": ["Yulan", "Caixia", "Jinmei", "Bihua"],
        "given_m": ["Jianming", "Mingqiang", "Shuiqing", "Rongfa"],
        "surnames": ["Ding", "Zeng", "Liao", "Xiao", "Qian"],
        "nicknames_f": ["Amei"],
        "nicknames_m": ["Aqiang"],
        "rare_given_f": ["Yuzhu", "Shuiyu"],
        "rare_given_m": ["Shuiming", "Tiansheng"],
        "rare_surnames": ["Xiong", "Zhai"],
        "countries": [_CN],
        "lang": "zh",
        "language": "Fuzhounese",
    },
    "punjabi": {
        "given_f": ["Gurleen", "Navneet", "Parminder", "Kamaljit"],
        "given_m": ["Harjinder", "Kulwant", "Gurdeep", "Sukhdev"],
        "surnames": ["Toor", "Virk", "Khehra", "Chahal", "Sangha"],
        "nicknames_f": ["Simmi"],
        "nicknames_m": ["Bittu"],
        "rare_given_f": ["Sukhjeet", "Amanjot"],
        "rare_given_m": ["Karamjit", "Jarnail"],
        "rare_surnames": ["Sohal", "Ghuman"],
        "countries": [_IN],
        "lang": "en",
        "language": "Punjabi",
    },
    "albanian": {
        "given_f": ["Elona", "Arjeta", "Flutura", "Majlinda"],
        "given_m": ["Besnik", "Ardian", "Dritan", "Skender"],
        "surnames": ["Dedaj", "Lekaj", "Camaj", "Gjokaj", "Dreshaj"],
        "nicknames_f": ["Bona"],
        "nicknames_m": ["Zefi"],
        "rare_given_f": ["Shkurte", "Bukurie"],
        "rare_given_m": ["Kujtim", "Gjergj"],
        "rare_surnames": ["Prenkaj", "Nikprelaj"],
        "countries": [_AL, _AL, _XK, _ME],
        "lang": "en",
        "language": "Albanian",
    },
    "kichwa": {
        "given_f": ["Tránsito", "Esthela", "Piedad", "Mélida"],
        "given_m": ["Ramiro", "Lauro", "Telmo", "Hernán"],
        "surnames": ["Tenecela", "Paucar", "Siguencia", "Zhingri", "Bermeo"],
        "nicknames_f": ["Narcy"],
        "nicknames_m": ["Chalo"],
        "rare_given_f": ["Pakari", "Tamya"],
        "rare_given_m": ["Yupanki", "Atik"],
        "rare_surnames": ["Quishpilema", "Guncay"],
        "countries": [_EC],
        "lang": "es",
        "language": "Kichwa",
    },
    "poblano": {
        "given_f": ["Josefina", "Ofelia", "Rufina", "Vianey"],
        "given_m": ["Aurelio", "Gabino", "Leobardo", "Silvestre"],
        "surnames": ["Zamudio", "Tlacotempa", "Xicale", "Tepale", "Lezama"],
        "nicknames_f": ["Lety"],
        "nicknames_m": ["Cheto"],
        "rare_given_f": ["Macrina", "Epigmenia"],
        "rare_given_m": ["Fortino", "Baldomero"],
        "rare_surnames": ["Cuapio", "Tecpoyotl"],
        "countries": [_MX],
        "lang": "es",
        "language": "Mixteco",
    },
    "indocaribbean": {
        "given_f": ["Shanti", "Chandrawattie", "Rajmattie", "Devika"],
        "given_m": ["Latchman", "Sewdat", "Bharrat", "Parmanand"],
        "surnames": ["Doobay", "Mangru", "Jagnarine", "Heeralall", "Lallbachan"],
        "nicknames_f": ["Sati"],
        "nicknames_m": ["Lallo"],
        "rare_given_f": ["Dhanmattie", "Rookmin"],
        "rare_given_m": ["Sewnauth", "Bhojnauth"],
        "rare_surnames": ["Ramjattan", "Oudit"],
        "countries": [_GY, _GY, _TT],
        "lang": "en",
        "language": "English",
    },
    "haitian": {
        "given_f": ["Myrlande", "Nathalie", "Claudette", "Vladimie"],
        "given_m": ["Kesner", "Widner", "Gesner", "Clifford"],
        "surnames": ["Jeune", "Mérisier", "Séide", "Charlestin", "Olibrice"],
        "nicknames_f": ["Manou"],
        "nicknames_m": ["Djo"],
        "rare_given_f": ["Clairmise", "Edelyne"],
        "rare_given_m": ["Merilus", "Osnel"],
        "rare_surnames": ["Tervil", "Saintfleur"],
        "countries": [_HT],
        "lang": "ht",
        "language": "Haitian Creole",
    },
    "ukrainian": {
        "given_f": ["Larysa", "Nataliia", "Liudmyla", "Nadiia"],
        "given_m": ["Serhiy", "Andrii", "Vasyl", "Stepan"],
        "surnames": ["Kovalchuk", "Boiko", "Kostiuk", "Polishchuk", "Hnatiuk"],
        "nicknames_f": ["Halya"],
        "nicknames_m": ["Bodia"],
        "rare_given_f": ["Yaryna", "Ustyna"],
        "rare_given_m": ["Yarema", "Zynovii"],
        "rare_surnames": ["Yaremchuk", "Pidhirny"],
        "countries": [_UA, _UA, _MD],
        "lang": "en",
        "language": "Ukrainian",
    },
    "korean": {
        "given_f": ["Jiyoung", "Eunhye", "Sujin", "Hyunjoo"],
        "given_m": ["Hyunwoo", "Sanghoon", "Kyungsoo", "Byungchul"],
        "surnames": ["Jeong", "Kwak", "Joo", "Sung", "Min"],
        "nicknames_f": ["Stella"],
        "nicknames_m": ["Andy"],
        "rare_given_f": ["Boram", "Haneul"],
        "rare_given_m": ["Taegyu", "Chanho"],
        "rare_surnames": ["Gyeong", "Bang"],
        "countries": [_KR],
        "lang": "en",
        "language": "Korean",
    },
    "dominican": {
        "given_f": ["Rosanny", "Yissel", "Katiuska", "Miledys"],
        "given_m": ["Ramsés", "Confesor", "Hipólito", "Wellington"],
        "surnames": ["Henríquez", "Suero", "Reynoso", "Ogando", "Montás", "Grullón"],
        "nicknames_f": ["Fefa"],
        "nicknames_m": ["Chiqui"],
        "rare_given_f": ["Dulcelina", "Fiordaliza"],
        "rare_given_m": ["Fernelis", "Apolinar"],
        "rare_surnames": ["Ynoa", "Belliard"],
        "countries": [_DO, _DO, _DO, _VE],
        "lang": "es",
        "language": "Spanish",
    },
}

# (street, city as mail is addressed, ZIP, Queens-style hyphenated house numbers)
ARCHIVE_STREETS: list[tuple[str, str, str, bool]] = [
    ("Adee Avenue", "Bronx", "10469", False),
    ("Seymour Avenue", "Bronx", "10469", False),
    ("Strang Avenue", "Bronx", "10466", False),
    ("Buhre Avenue", "Bronx", "10461", False),
    ("Mace Avenue", "Bronx", "10469", False),
    ("Edson Avenue", "Bronx", "10466", False),
    ("Newbold Avenue", "Bronx", "10462", False),
    ("Faile Street", "Bronx", "10474", False),
    ("Bathgate Avenue", "Bronx", "10457", False),
    ("Undercliff Avenue", "Bronx", "10453", False),
    ("Woodycrest Avenue", "Bronx", "10452", False),
    ("Bassford Avenue", "Bronx", "10458", False),
    ("Lurting Avenue", "Bronx", "10461", False),
    ("Havemeyer Avenue", "Bronx", "10473", False),
    ("Driggs Avenue", "Brooklyn", "11222", False),
    ("Schenck Avenue", "Brooklyn", "11207", False),
    ("Brighton 4th Street", "Brooklyn", "11235", False),
    ("Clarkson Avenue", "Brooklyn", "11226", False),
    ("Schenectady Avenue", "Brooklyn", "11203", False),
    ("Bay 22nd Street", "Brooklyn", "11214", False),
    ("New Utrecht Avenue", "Brooklyn", "11219", False),
    ("Bay Ridge Avenue", "Brooklyn", "11220", False),
    ("Suydam Street", "Brooklyn", "11237", False),
    ("Livonia Avenue", "Brooklyn", "11207", False),
    ("Etna Street", "Brooklyn", "11208", False),
    ("Hawthorne Street", "Brooklyn", "11225", False),
    ("Yellowstone Boulevard", "Forest Hills", "11375", True),
    ("Hillyer Street", "Elmhurst", "11373", True),
    ("Polk Avenue", "Jackson Heights", "11372", True),
    ("47th Avenue", "Elmhurst", "11373", True),
    ("Penelope Avenue", "Middle Village", "11379", True),
    ("97th Avenue", "Ozone Park", "11416", True),
    ("109th Avenue", "South Richmond Hill", "11419", True),
    ("Centreville Street", "Ozone Park", "11417", True),
    ("Barclay Avenue", "Flushing", "11355", True),
    ("Dahlia Avenue", "Flushing", "11355", True),
    ("Gorsline Street", "Elmhurst", "11373", True),
    ("Reeder Street", "Elmhurst", "11373", True),
    ("Wadsworth Terrace", "New York", "10040", False),
    ("Overlook Terrace", "New York", "10033", False),
    ("West 204th Street", "New York", "10034", False),
    ("East 118th Street", "New York", "10035", False),
    ("Ridge Street", "New York", "10002", False),
    ("Chrystie Street", "New York", "10002", False),
    ("Van Pelt Avenue", "Staten Island", "10303", False),
    ("Osgood Avenue", "Staten Island", "10304", False),
    ("Lockman Avenue", "Staten Island", "10303", False),
    ("Harbor Road", "Staten Island", "10303", False),
]

# Status phrases, as a note states them in English: the [bracketed] words are the label.
ARCHIVE_STATUS_PHRASES = [
    "is [undocumented]",
    "is [undocumented]",
    "is [undocumented]",
    "is an [asylum seeker]",
    "is an [asylum seeker]",
    "has [TPS]",
    "is a [TPS holder]",
    "is a [DACA recipient]",
    "has [DACA]",
    "is an [asylee]",
    "came as a [refugee]",
    "came in on [humanitarian parole]",
    "is a [parolee]",
    "is a [lawful permanent resident]",
    "is a [green card holder]",
    "has a [U visa]",
    "has [SIJS]",
    "is [out of status]",
    "[overstayed] a visitor visa",
    "has [no papers]",
    "has [asylum pending]",
]

# What residents say in their own words, quoted in notes, by language.
ARCHIVE_STATUS_QUOTES: dict[str, list[str]] = {
    "en": [
        "I am [undocumented]",
        "I don't have [papers]",
        "I have [TPS]",
        "I have an [asylum] case",
    ],
    "es": [
        "soy [indocumentada]",
        "estoy [sin papeles]",
        "soy [solicitante de asilo]",
        "tengo [TPS]",
        "tengo [asilo político]",
        "entré con [parole humanitario]",
        "soy [residente permanente]",
    ],
    "fr": ["je suis [sans papiers]", "je suis [demandeur d'asile]", "j'ai le [statut de réfugié]"],
    "ht": ["mwen [san papye]", "mwen gen [TPS]", "mwen se [demandè azil]"],
    "zh": ["我[没有身份]", "我在申请[政治庇护]", "我有[绿卡]"],
}

# Values of a "status" field or column.
ARCHIVE_STATUS_VALUES = [
    "Undocumented",
    "Undocumented",
    "Asylum seeker",
    "Asylum pending",
    "Asylee",
    "Refugee",
    "TPS",
    "TPS",
    "DACA",
    "LPR",
    "Permanent Resident",
    "Green card",
    "Parolee",
    "Humanitarian parole",
    "U visa",
    "SIJS",
    "No status",
    "Out of status",
]
ARCHIVE_STATUS_CODES = ["UND", "ASY", "ASYP", "REF", "TPS", "DACA", "LPR", "PAR", "UVISA", "SIJ"]

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
_NYC_AREAS = ["718", "347", "929", "917", "646", "212", "332", "718", "347"]
_MAIL = [
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
]
_RECEIPT_CENTERS = ["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC", "IOE", "EAC"]
_ITIN_MIDDLE = [*range(70, 89), 90, 91, 92, *range(94, 100)]


@dataclass
class _Person:
    given: str
    surname: str
    surname2: str
    sex: str
    nick: str
    comm: str
    country: tuple[str, ...]
    dob: date
    street: tuple[str, str, str, bool]
    house: str
    apt: str

    @property
    def lang(self) -> str:
        return str(ARCHIVE_COMMUNITIES[self.comm]["lang"])

    @property
    def language(self) -> str:
        return str(ARCHIVE_COMMUNITIES[self.comm]["language"])

    @property
    def she(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def her(self) -> str:
        return "her" if self.sex == "F" else "his"

    @property
    def hon(self) -> str:
        return "Ms." if self.sex == "F" else "Mr."


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _fill(r: random.Random, template: str) -> str:
    return "".join(
        str(r.randint(0, 9)) if c == "#" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
        for c in template
    )


def _person(
    r: random.Random,
    comm: str | None = None,
    born: tuple[int, int] = (1953, 2005),
    surname: str | None = None,
    sex: str | None = None,
) -> _Person:
    comm = comm or r.choice(sorted(ARCHIVE_COMMUNITIES))
    c = ARCHIVE_COMMUNITIES[comm]
    sex = sex or r.choice("FM")
    k = "f" if sex == "F" else "m"
    given = r.choice(c[f"rare_given_{k}"]) if r.random() < 0.3 else r.choice(c[f"given_{k}"])
    if surname is None:
        surname = r.choice(c["rare_surnames"]) if r.random() < 0.3 else r.choice(c["surnames"])
    surname2 = ""
    if c["lang"] == "es" and r.random() < 0.45:
        surname2 = r.choice([s for s in c["surnames"] + c["rare_surnames"] if s != surname])
    street = r.choice(ARCHIVE_STREETS)
    if street[3]:
        house = f"{r.randint(31, 147)}-{r.randint(1, 60):02d}"
    else:
        house = str(r.choice([r.randint(2, 98), r.randint(100, 899), r.randint(900, 2790)]))
    apt = r.choice(
        ["Apt 4B", "Apt. 2R", "#3F", "Apt 1C", "Apt 6J", "#B2", "2nd Fl", "Bsmt", "Apt 5L", ""]
    )
    return _Person(
        given,
        surname,
        surname2,
        sex,
        r.choice(c[f"nicknames_{k}"]),
        comm,
        r.choice(c["countries"]),
        date(r.randint(*born), r.randint(1, 12), r.randint(1, 28)),
        street,
        house,
        apt,
    )


def _name(p: _Person, r: random.Random, style: str | None = None) -> str:
    sur = p.surname + (f" {p.surname2}" if p.surname2 and r.random() < 0.7 else "")
    style = style or r.choice(
        [
            "full",
            "full",
            "full",
            "full",
            "last_first",
            "caps",
            "caps_last_first",
            "lower",
            "initial",
        ]
    )
    if style == "last_first":
        return f"{sur}, {p.given}"
    if style == "caps_last_first":
        return f"{sur.upper()}, {p.given.upper()}"
    if style == "caps":
        return f"{p.given} {sur}".upper()
    if style == "lower":
        return f"{p.given} {sur}".lower()
    if style == "initial":
        return f"{p.given[0]}. {sur}"
    return f"{p.given} {sur}"


def _dob(d: date, r: random.Random, lang: str = "en") -> str:
    if lang == "es" and r.random() < 0.3:
        return f"{d.day} de {_MESES[d.month - 1]} de {d.year}"
    if lang == "fr" and r.random() < 0.3:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return r.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.month}/{d.day}/{d.year}",
            d.isoformat(),
            f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d} {_MONTHS[d.month - 1][:3].upper()} {d.year}",
            f"{d.day}-{_MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
            f"{d.month:02d}-{d.day:02d}-{d.year}",
            f"{_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}",
        ]
    )


def _when(r: random.Random) -> str:
    """An unlabelled event date (visit, hearing, letter) written like a birth date."""
    d = date(r.choice([2025, 2026, 2026, 2027]), r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
            d.isoformat(),
        ]
    )


def _time(r: random.Random) -> str:
    return f"{r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['AM', 'am'])}"


def _address(p: _Person, r: random.Random, city: bool | None = None) -> str:
    street = p.street[0]
    if r.random() < 0.45:
        for long, short in (
            ("Avenue", r.choice(["Ave", "Ave.", "Av"])),
            ("Street", "St"),
            ("Boulevard", "Blvd"),
            ("Road", "Rd"),
        ):
            street = street.replace(long, short)
    text = f"{p.house} {street}"
    if p.apt:
        text += r.choice([", ", " ", ", "]) + p.apt
    if city if city is not None else r.random() < 0.55:
        text += f", {p.street[1]}, NY {p.street[2]}"
    if r.random() < 0.08:
        text = text.lower()
    return text


def _zip4(p: _Person, r: random.Random) -> str:
    return f"{p.street[2]}-{_digits(r, 4)}"


def _phone(r: random.Random, p: _Person | None = None) -> str:
    if p is not None and r.random() < 0.2:
        return _fill(r, p.country[5])
    area = r.choice(_NYC_AREAS)
    ex = f"{r.randint(2, 9)}{_digits(r, 2)}"
    line = _digits(r, 4)
    return r.choice(
        [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"({area}){ex}-{line}",
            f"+1 {area} {ex} {line}",
            f"{area}{ex}{line}",
            f"1-{area}-{ex}-{line}",
        ]
    )


def _email(p: _Person, r: random.Random) -> str:
    g, s = fold(p.given).lower(), fold(p.surname).lower().replace(" ", "")
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g}{s}{p.dob.year % 100:02d}",
            f"{g[0]}{s}",
            f"{s}.{g}{r.randint(1, 99)}",
            f"{fold(p.nick).lower()}{p.dob.year}",
            f"{g}_{s[:4]}",
        ]
    )
    return f"{local}@{r.choice(_MAIL)}"


def _work_email(p: _Person, r: random.Random, domain: str) -> str:
    g, s = fold(p.given).lower(), fold(p.surname).lower().replace(" ", "")
    return r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])


def _a_number(r: random.Random, bare: bool = False) -> str:
    d = r.choice(["0", "2", "2", "1"]) + _digits(r, 8)
    if r.random() < 0.12:
        d = d[1:] if d[0] == "0" else _digits(r, 8)
    if bare:
        return r.choice([d, f"{d[:-6]}-{d[-6:-3]}-{d[-3:]}", f"{d[:-6]} {d[-6:-3]} {d[-3:]}"])
    g = f"{d[:-6]}-{d[-6:-3]}-{d[-3:]}"
    return r.choice(
        [
            f"A{d}",
            f"A{d}",
            f"A{g}",
            f"A-{d}",
            f"A {d[:-6]} {d[-6:-3]} {d[-3:]}",
            f"A#{d}",
            f"A# {g}",
            f"a{d}",
        ]
    )


def _ssn(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    return r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}"] * 3 + [f"{d[:3]} {d[3:5]} {d[5:]}", d])


def _itin(r: random.Random) -> str:
    d = f"9{_digits(r, 2)}{r.choice(_ITIN_MIDDLE)}{_digits(r, 4)}"
    return r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}"] * 3 + [f"{d[:3]} {d[3:5]} {d[5:]}", d])


def _passport(p: _Person, r: random.Random) -> str:
    n = _fill(r, p.country[6])
    if r.random() < 0.15 and n[:2].isalpha():
        n = f"{n[:2]} {n[2:]}"
    return n


def _idnyc(r: random.Random) -> str:
    n = r.choice([16, 16, 12, 9, 13])
    d = r.choice(["1", "3", "6"]) + _digits(r, n - 1)
    if n == 16 and r.random() < 0.6:
        return r.choice([" ", "-"]).join(d[i : i + 4] for i in range(0, 16, 4))
    if n == 12 and r.random() < 0.4:
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    return d


def _receipt(r: random.Random) -> str:
    c = r.choice(_RECEIPT_CENTERS)
    d = f"{r.choice(['21', '22', '23', '24', '25', '26'])}{r.randint(1, 999):03d}{_digits(r, 5)}"
    if c in ("IOE", "YSC"):
        d = "0" + _digits(r, 9)
    return r.choice(
        [
            c + d,
            c + d,
            f"{c}-{d[:2]}-{d[2:5]}-{d[5:]}",
            f"{c} {d}",
            f"{c}{d[:2]}-{d[2:]}",
            c.lower() + d,
        ]
    )


def _i94(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"{_digits(r, 9)}{r.choice('ABCDEFGH')}{r.randint(0, 9)}"
    return r.choice(["6", "9", "3", "7"]) + _digits(r, 10)


def _status(b: Any, p: _Person, r: random.Random, subject: str | None = None) -> None:
    """Append "<subject> <status phrase>" with the status words labelled."""
    subject = p.she if subject is None else subject
    b.t(f"{subject} " if subject else "").marked(
        "IMMIGRATION_STATUS", r.choice(ARCHIVE_STATUS_PHRASES)
    )


def _status_quote(b: Any, p: _Person, r: random.Random) -> None:
    """Append the person's own words about their status, in quotes, the status words labelled."""
    lang = p.lang if r.random() < 0.7 else "en"
    quote = r.choice(ARCHIVE_STATUS_QUOTES[lang])
    if p.sex == "M":
        quote = quote.replace("indocumentada", "indocumentado")
    b.t('"').marked("IMMIGRATION_STATUS", quote).t('"')


def _origin(
    b: Any, p: _Person, r: random.Random, kinds: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
) -> None:
    """Append a phrase saying where the person comes from, the country labelled."""
    name, demonym = p.country[0], p.country[1]
    kind = r.choice(kinds)
    if kind == 0:
        b.t("born in ").pii("COUNTRY_OF_BIRTH", name)
    elif kind == 1:
        b.t("from ").pii("COUNTRY_OF_BIRTH", name)
    elif kind == 2:
        b.t("an " if demonym[0] in "AEIO" or demonym.startswith("Uz") else "a ").pii(
            "COUNTRY_OF_BIRTH", demonym
        ).t(" national")
    elif kind == 3:
        b.t("originally from ").pii("COUNTRY_OF_BIRTH", name)
    elif kind == 4:
        b.t("a native of ").pii("COUNTRY_OF_BIRTH", name)
    else:
        b.t("born in ").pii("COUNTRY_OF_BIRTH", name.upper() if r.random() < 0.3 else name)


def _emit(b: Any, prefix: str = "") -> tuple[str, list[Any], str]:
    return b.text(), b.labels, prefix


# -- case notes --------------------------------------------------------------------------------


def _note_dob_harassment(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p, kid, insp = _person(r), None, _person(r)
    b = B()
    b.t("DEPARTMENT OF BUILDINGS - Tenant Harassment / Construction as Harassment\n")
    b.t(f"Complaint # {r.choice('1234')}{_digits(r, 6)}   BIN {_digits(r, 7)}   Cat. 4C\n")
    b.t(f"Field visit {_when(r)} {_time(r)} - Insp. ")
    b.pii("PERSON", _name(insp, r, r.choice(["full", "initial", "caps"])))
    b.t(f" (badge {_digits(r, 4)})\n\n")
    b.t("Met w/ tenant ").pii("PERSON", _name(p, r))
    b.t(" at ").pii("ADDRESS", _address(p, r)).t(". ")
    b.t(f"Interview in {p.language} through phone interpreter (ID {_digits(r, 6)}). ")
    b.t(f"Tenant is {2026 - p.dob.year} y/o, DOB ").pii("DATE_OF_BIRTH", _dob(p.dob, r, p.lang))
    b.t(", ")
    _origin(b, p, r)
    b.t(". States owner's workers removed the kitchen ceiling in Oct. and left it open; ")
    b.t(f"when {p.she} complained the super said he would call ICE because ")
    if r.random() < 0.6:
        _status(b, p, r)
        b.t(". ")
    else:
        b.t(f"of {p.her} papers. In {p.her} words: ")
        _status_quote(b, p, r)
        b.t(". ")
    if r.random() < 0.5:
        kid = _person(r, p.comm, (2011, 2022), p.surname, "M")
        b.t(f"{p.her.capitalize()} son ").pii("PERSON", kid.given).t(" (DOB ").pii(
            "DATE_OF_BIRTH", _dob(kid.dob, r)
        )
        b.t(") has asthma from the dust. ")
    b.t(f"Rent ${r.randint(14, 26)}50/mo, owner refused to accept it for Nov.\n")
    if r.random() < 0.6:
        b.t("Tenant showed ID: IDNYC ").pii("IDNYC", _idnyc(r)).t(". ")
    if r.random() < 0.5:
        b.t("Also showed USCIS notice, receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(". ")
    b.t("Callback: ").pii("PHONE", _phone(r, p))
    if r.random() < 0.4:
        b.t(" / ").pii("EMAIL", _email(p, r))
    b.t(
        f"\nReferred to HPD Anti-Harassment Unit and to Housing Court Answers; told tenant City agencies "
        f"do not ask or share immigration status. Next insp. {_when(r)}. Housing Court index "
        f"LT-{_digits(r, 6)}-26/{r.choice(['BX', 'KI', 'QU', 'NY'])} (pending).\n"
    )
    return _emit(b)


def _note_hpd_lead(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    mom = _person(r, sex="F", born=(1978, 2001))
    child = _person(r, mom.comm, (2021, 2025), mom.surname)
    insp = _person(r)
    b = B()
    b.t("HPD Division of Code Enforcement - Lead-Based Paint Inspection (LL1) - Notes\n")
    b.t(f"Inspection ID {_digits(r, 8)}  Violation # {_digits(r, 8)} (Class C, 616)\n")
    b.t("Premises: ").pii("ADDRESS", _address(mom, r, True)).t("\n")
    b.t(f"ZIP+4 {_zip4(mom, r)}   Block {_digits(r, 4)} Lot {r.randint(1, 99)}\n")
    b.t("Child under 6: ").pii("PERSON", _name(child, r, r.choice(["full", "caps", "last_first"])))
    b.t(r.choice(["  DOB ", "  d.o.b. ", ", born "])).pii("DATE_OF_BIRTH", _dob(child.dob, r))
    b.t("\nParent: ").pii("PERSON", _name(mom, r)).t("  tel ").pii("PHONE", _phone(r, mom))
    b.t("\n\n")
    b.t(
        f"XRF positive on window sills and door frames ({r.randint(11, 38) / 10} mg/cm2), peeling in "
        f"child's bedroom. Mother says the landlord told her not to let inspectors in. "
    )
    b.t("Family is ")
    _origin(b, mom, r, (1, 3))
    b.t("; mother asked if HPD reports to immigration, ")
    if r.random() < 0.5:
        b.t("says ")
        _status(b, mom, r)
    else:
        b.t("said ")
        _status_quote(b, mom, r)
    b.t(". Explained HPD does not ask. ")
    if r.random() < 0.5:
        dad = _person(r, mom.comm, sex="M")
        b.t("Father ").pii("PERSON", dad.given + " " + dad.surname)
        b.t(", DOB ").pii("DATE_OF_BIRTH", _dob(dad.dob, r, dad.lang))
        b.t(r.choice([", works nights.", ", not present."]))
    b.t(
        f"\nDOHMH notified (EBLL {r.randint(5, 14)} mcg/dL per pediatrician). Reinspection {_when(r)}.\n"
    )
    b.t("Inspector: ").pii("PERSON", _name(insp, r, "full"))
    b.t("  ").pii("EMAIL", _work_email(insp, r, "hpd.nyc.gov"))
    b.t("  HPD, 100 Gold Street, New York, NY 10038\n")
    return _emit(b)


_HOSPITALS = [
    ("Wyckoff Heights Medical Center", "374 Stockholm Street, Brooklyn, NY 11237"),
    ("Flushing Hospital Medical Center", "45th Avenue & Parsons Blvd, Flushing, NY 11355"),
    ("Richmond University Medical Center", "355 Bard Avenue, Staten Island, NY 10310"),
    ("BronxCare Health System", "1650 Grand Concourse, Bronx, NY 10457"),
    ("Maimonides Medical Center", "4802 Tenth Avenue, Brooklyn, NY 11219"),
]


def _note_discharge(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r, born=(1946, 1995))
    rel = _person(r, p.comm, (1975, 2004), p.surname if r.random() < 0.6 else None)
    sw = _person(r)
    hosp, hosp_addr = r.choice(_HOSPITALS)
    x = lambda: r.choice(["[x]", "[X]", "[x]", "[ ]"])  # noqa: E731
    b = B()
    b.t(f"SOCIAL WORK DISCHARGE CHECKLIST\n{hosp} - {hosp_addr}\n")
    b.t(f"MRN {_digits(r, 9)}   Admit {_when(r)}   D/C {_when(r)}   Unit 5 West\n")
    b.t("Patient: ").pii("PERSON", _name(p, r, r.choice(["caps_last_first", "last_first", "full"])))
    b.t("   DOB: ").pii("DATE_OF_BIRTH", _dob(p.dob, r, p.lang))
    b.t(f"   Age {2026 - p.dob.year}   Lang: {p.language}\n\n")
    b.t(f"{x()} Identity verified - pt has no US ID; ")
    if r.random() < 0.5:
        b.t("passport # ").pii("PASSPORT", _passport(p, r))
    else:
        b.t("IDNYC card ").pii("IDNYC", _idnyc(r))
    b.t("\n")
    b.t(f"{x()} Emergency contact: ").pii("PERSON", _name(rel, r, "full"))
    b.t(f" ({r.choice(['daughter', 'son', 'niece', 'nephew', 'cousin'])}) ")
    b.t("cell ").pii("PHONE", _phone(r, rel)).t("\n")
    b.t(f"{x()} Discharge address confirmed: ").pii("ADDRESS", _address(p, r)).t("\n")
    b.t(f"{x()} Insurance: uninsured. Pt ")
    _origin(b, p, r)
    b.t(", ")
    _status(b, p, r, "")
    b.t(". Emergency Medicaid application filed; ")
    if r.random() < 0.5:
        b.t("ITIN ").pii("ITIN", _itin(r))
    else:
        b.t("SSN ").pii("SSN", _ssn(r))
    b.t(" given for the form.\n")
    b.t(
        f"{x()} Medicaid transportation (ambulette) booked for f/u clinic {_when(r)} {_time(r)}, "
        f"trip # {_digits(r, 7)}.\n"
    )
    if r.random() < 0.6:
        b.t(f"{x()} Legal referral (NYLAG): pt has A# ").pii("A_NUMBER", _a_number(r, bare=True))
        b.t(f", court date {_when(r)}; I-589 was never filed.\n")
    else:
        b.t(f"{x()} Pt's I-94 (").pii("I94", _i94(r)).t(
            ") copied to chart for financial counselor.\n"
        )
    b.t(f"{x()} Meds to bed; home care not eligible.\n")
    b.t("SW: ").pii("PERSON", _name(sw, r, r.choice(["full", "initial"])))
    b.t(f", LMSW  ext. {_digits(r, 4)}\n")
    return _emit(b)


def _broken(text: str, r: random.Random) -> str:
    """Break a value across a line at one of its spaces, as a screenshot's OCR does."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    i = r.choice(spaces)
    return text[:i] + "\n" + text[i + 1 :]


def _note_screenshot(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r)
    staff = _person(r)
    b = B()
    b.t(f"Council District {r.randint(1, 51)} - constituent services case {_digits(r, 5)}\n")
    b.t("Intake by ").pii("PERSON", _name(staff, r, "full"))
    b.t(f" {_when(r)}. Text thread pasted from screenshot (OCR):\n---\n")
    b.t(f"{r.randint(7, 11)}:{r.randint(10, 59)}  5G\n< ")
    b.pii("PHONE", _phone(r, p))
    b.t(f"\nText Message\nToday {r.randint(1, 11)}:{r.randint(10, 59)} PM\n")
    b.t(r.choice(["hi good afternoon\nthis is ", "hello miss my\nname is ", "Buenas tardes soy\n"]))
    b.pii("PERSON", _broken(f"{p.given} {p.surname}", r) if r.random() < 0.5 else p.given)
    b.t(" from\nthe building on\n").pii("ADDRESS", _broken(_address(p, r, False), r))
    b.t("\nthe landlord dont\nfix the heat since\n2 weeks\n")
    b.t("u asked my\ndate of birth its\n").pii("DATE_OF_BIRTH", _dob(p.dob, r, p.lang))
    kind = r.randrange(4)
    if kind == 0:
        b.t("\nand my A\nnumber ").pii("A_NUMBER", _broken(_a_number(r), r))
    elif kind == 1:
        b.t("\nmy idnyc\n").pii("IDNYC", _idnyc(r).replace(" ", "\n", 1))
    elif kind == 2:
        b.t("\nthe paper from\nimmigration say\n").pii("USCIS_RECEIPT", _receipt(r))
    else:
        b.t("\nmy email\n").pii("EMAIL", _email(p, r))
    b.t("\nim scared bc i\n")
    if p.lang == "es":
        b.t("estoy ").marked(
            "IMMIGRATION_STATUS",
            r.choice(["[sin papeles]", "[indocumentada]" if p.sex == "F" else "[indocumentado]"]),
        )
    else:
        b.t("am ").marked(
            "IMMIGRATION_STATUS",
            r.choice(["[undocumented]", "[no papers]", "on [TPS]", "[asylum] case"]),
        )
    b.t("\nDelivered\n---\n")
    b.t(f"Resident is {2026 - p.dob.year}, ")
    _origin(b, p, r)
    b.t(f". Speaks {p.language}. Filed 311 SR {_digits(r, 10)}; ")
    b.t(f"HPD emergency repair requested. Follow-up {_when(r)}.\n")
    return _emit(b)


def case_note_j(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_note_dob_harassment, _note_hpd_lead, _note_discharge, _note_screenshot])
    return [layout(r, B)]


# -- intake forms ------------------------------------------------------------------------------


def _form_marriage(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    a1 = _person(r, born=(1970, 2004))
    a2 = _person(
        r,
        a1.comm if r.random() < 0.6 else None,
        (1970, 2004),
        sex="F" if a1.sex == "M" else r.choice("FM"),
    )
    clerk = _person(r)
    b = B()
    b.t("OFFICE OF THE CITY CLERK - MARRIAGE BUREAU\nMarriage License Application - Worksheet\n")
    b.t(f"Project Cupid confirmation # {_digits(r, 10)}   Appointment {_when(r)} {_time(r)}\n")
    b.t("141 Worth Street, New York, NY 10013\n\n")
    for n, p in ((1, a1), (2, a2)):
        b.t(f"APPLICANT {n}\n")
        b.t("  Surname ............ ").pii(
            "PERSON", (p.surname + (f" {p.surname2}" if p.surname2 else "")).upper()
        )
        b.t("\n  Given name(s) ...... ").pii("PERSON", p.given.upper())
        b.t("\n  Date of birth ...... ").pii("DATE_OF_BIRTH", _dob(p.dob, r))
        b.t("\n  Place of birth ..... ")
        name = p.country[0]
        b.t(r.choice(["", "", "city not given, "]))
        b.pii("COUNTRY_OF_BIRTH", name.upper() if r.random() < 0.4 else name)
        b.t("\n  Residence .......... ").pii("ADDRESS", _address(p, r, True))
        b.t("\n  SSN ................ ")
        k = r.choice([0, 0, 1, 2])
        if k == 0:
            b.pii("SSN", _ssn(r))
        elif k == 1:
            b.t("none - ITIN ").pii("ITIN", _itin(r))
        else:
            b.t("N/A (no SSN)")
        b.t("\n  ID presented ....... ")
        k = r.randrange(3)
        if k == 0:
            b.t("Passport no. ").pii("PASSPORT", _passport(p, r))
        elif k == 1:
            b.t("IDNYC ").pii("IDNYC", _idnyc(r))
        else:
            b.t("Passport ").pii("PASSPORT", _passport(p, r)).t(" + I-94 ").pii("I94", _i94(r))
        b.t("\n  Father's name ...... ").pii(
            "PERSON", _person(r, p.comm, surname=p.surname, sex="M").given + " " + p.surname
        )
        b.t("   birthplace: ").pii("COUNTRY_OF_BIRTH", p.country[0])
        b.t("\n  Mother's maiden name ").pii(
            "PERSON", _name(_person(r, p.comm, sex="F"), r, "full")
        )
        b.t("\n  Phone / e-mail ..... ").pii("PHONE", _phone(r, p))
        if r.random() < 0.6:
            b.t(" / ").pii("EMAIL", _email(p, r))
        b.t(f"\n  Times married before: {r.choice(['0', '0', '1'])}\n\n")
    b.t(f"Fee $35 paid (card). License No. M{r.randint(2025, 2026)}-{_digits(r, 5)}\n")
    b.t("Officiant: City Clerk ceremony room B. Witness must bring photo ID.\n")
    b.t("Clerk: ").pii("PERSON", _name(clerk, r, r.choice(["initial", "full", "caps"]))).t("\n")
    return _emit(b)


def _form_pppd(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r, born=(1944, 1990))
    doc, rev = _person(r), _person(r)
    box = lambda on: "[X]" if on else "[ ]"  # noqa: E731
    idnyc = r.random() < 0.7
    b = B()
    b.t("NYC DEPARTMENT OF TRANSPORTATION\nPARKING PERMIT FOR PEOPLE WITH DISABILITIES (PPPD)\n")
    b.t("Mail to: NYC DOT PPPD, 28-11 Queens Plaza North, 8th Floor, Long Island City, NY 11101\n")
    b.t("Questions: call 311\n\nSECTION A - APPLICANT\n")
    b.t("Name (Last, First, MI): ").pii(
        "PERSON", _name(p, r, r.choice(["last_first", "caps_last_first"]))
    )
    b.t("\nDate of Birth: ").pii("DATE_OF_BIRTH", _dob(p.dob, r))
    b.t("\nHome Address: ").pii("ADDRESS", _address(p, r, False))
    b.t(f"   City: {p.street[1]}   ZIP+4: {_zip4(p, r)}\n")
    b.t("Telephone: ").pii("PHONE", _phone(r))
    b.t("   E-mail: ")
    if r.random() < 0.7:
        b.pii("EMAIL", _email(p, r))
    else:
        b.t("none")
    b.t(f"\nProof of identity: {box(idnyc)} IDNYC  {box(not idnyc)} Passport  [ ] NYS DMV ID\n")
    if idnyc:
        b.t(r.choice(["IDNYC card #: ", "IDNYC No. ", "ID number (IDNYC): "])).pii(
            "IDNYC", _idnyc(r)
        )
    else:
        b.t("Passport number: ").pii("PASSPORT", _passport(p, r))
    b.t(f"\nPermit type: City permit   Vehicle plate: {_fill(r, '@@@####')}\n\n")
    b.t("SECTION B - CERTIFYING PHYSICIAN\n")
    b.t("Physician: Dr. ").pii("PERSON", _name(doc, r, "full"))
    b.t(f"   NYS License # {_digits(r, 6)}\n")
    b.t(
        "Condition: severe peripheral neuropathy, cannot walk 200 ft without assistive device. "
        f"Reviewed by DOT medical unit {_when(r)}.\n\n"
    )
    b.t("OFFICE USE: Permit # ").t(f"P{_digits(r, 7)}  Approved  Reviewer ")
    b.pii("PERSON", _name(rev, r, "initial")).t("\n")
    return _emit(b)


def _form_fairfares(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r, born=(1960, 2003))
    b = B()
    b.t("FAIR FARES NYC - Application worksheet (paper, taken at community table)\n")
    b.t(
        f"Event: {r.choice(['Jackson Heights library', 'Corona Plaza', 'Parkchester block party', 'Sunset Park rec center'])} {_when(r)}\n\n"
    )
    b.t("1. Applicant name: ").pii("PERSON", _name(p, r)).t("\n")
    b.t("2. Date of birth: ").pii("DATE_OF_BIRTH", _dob(p.dob, r, p.lang)).t("\n")
    b.t("3. Address: ").pii("ADDRESS", _address(p, r, True)).t("\n")
    b.t("4. Phone: ").pii("PHONE", _phone(r, p)).t("   Text OK? Y\n")
    b.t("5. Email: ").pii("EMAIL", _email(p, r)).t("\n")
    b.t("6. IDNYC or other ID: ")
    b.t(r.choice(["IDNYC ", "IDNYC# ", "idnyc card "])).pii("IDNYC", _idnyc(r)).t("\n")
    b.t("7. SSN (if you have one): ")
    k = r.choice([0, 0, 1, 2])
    if k == 0:
        b.pii("SSN", _ssn(r))
    elif k == 1:
        b.t("no - ITIN ").pii("ITIN", _itin(r))
    else:
        b.t("none")
    b.t(f"\n8. Household size: {r.randint(1, 6)}   Monthly income: ${r.randint(9, 31)}00\n")
    b.t("9. Household members:\n")
    for _ in range(r.randint(1, 3)):
        m = _person(r, p.comm, (1970, 2020), p.surname if r.random() < 0.7 else None)
        b.t("   - ").pii("PERSON", f"{m.given} {m.surname}").t(", ")
        b.pii("DATE_OF_BIRTH", _dob(m.dob, r)).t("\n")
    b.t("10. Notes: ")
    b.t("applicant ")
    _origin(b, p, r)
    b.t(", ")
    _status(b, p, r, "")
    b.t(f"; told SNAP case (#{_digits(r, 9)}) does not affect Fair Fares. Language: {p.language}.")
    if r.random() < 0.5:
        b.t(" Showed I-797C, receipt # ").pii("USCIS_RECEIPT", _receipt(r)).t(".")
    b.t("\n")
    return _emit(b)


def _form_cuny(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r, born=(1998, 2008))
    rev = _person(r)
    college = r.choice(
        ["Lehman", "Queens College", "BMCC", "LaGuardia CC", "City College", "Hostos CC"]
    )
    domain = r.choice(
        ["lehman.cuny.edu", "qc.cuny.edu", "bmcc.cuny.edu", "lagcc.cuny.edu", "ccny.cuny.edu"]
    )
    b = B()
    b.t(
        f"CUNY {college} - Office of Admissions\nResidency / Immigration Documentation Review (copied from Word table)\n\n"
    )
    b.t("Field\tValue\n")
    b.t("Applicant\t").pii(
        "PERSON", _name(p, r, r.choice(["caps_last_first", "full", "last_first"]))
    ).t("\n")
    b.t(f"EMPLID\t2{_digits(r, 7)}\n")
    b.t("Birthdate\t").pii("DATE_OF_BIRTH", _dob(p.dob, r)).t("\n")
    b.t("Country of birth\t").pii("COUNTRY_OF_BIRTH", p.country[0]).t("\n")
    b.t("Citizenship status\t").pii("IMMIGRATION_STATUS", r.choice(ARCHIVE_STATUS_VALUES)).t("\n")
    b.t("Alien Registration #\t")
    if r.random() < 0.8:
        b.pii("A_NUMBER", _a_number(r, bare=r.random() < 0.5))
    else:
        b.t("n/a")
    b.t("\nI-94 #\t")
    if r.random() < 0.6:
        b.pii("I94", _i94(r))
    else:
        b.t("none - ").pii("IMMIGRATION_STATUS", "entered without inspection")
    b.t("\nPassport #\t").pii("PASSPORT", _passport(p, r))
    b.t("\nUSCIS receipt (I-821D / I-765)\t")
    if r.random() < 0.7:
        b.pii("USCIS_RECEIPT", _receipt(r))
    b.t("\nEmail\t").pii("EMAIL", _email(p, r))
    b.t("\nCell\t").pii("PHONE", _phone(r))
    b.t("\nMailing address\t").pii("ADDRESS", _address(p, r, True))
    b.t(
        f"\nNYS HS graduation\t{r.randint(2016, 2026)} (attended 2+ yrs) - eligible for in-state tuition\n"
    )
    b.t("Reviewer\t").pii("PERSON", _name(rev, r, "full")).t(", ").pii(
        "EMAIL", _work_email(rev, r, domain)
    )
    b.t("\n")
    return _emit(b)


def _form_eoir(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    volunteer = _person(r)
    b = B()
    b.t("U.S. DEPARTMENT OF JUSTICE - EXECUTIVE OFFICE FOR IMMIGRATION REVIEW\n")
    b.t(
        r.choice(
            [
                "NEW YORK - 26 FEDERAL PLAZA IMMIGRATION COURT, 12TH FLOOR, NEW YORK, NY 10278\n",
                "NEW YORK BROADWAY IMMIGRATION COURT, 290 BROADWAY, 5TH FLOOR, NEW YORK, NY 10007\n",
            ]
        )
    )
    b.t(
        f"MASTER CALENDAR   {_when(r)}   COURTROOM {r.randint(1, 30)}   IJ CODE {_fill(r, '@@@')}\n"
    )
    b.t("-" * 78 + "\n")
    b.t("NO  CASE NUMBER    NAME                          NAT          LANG       TIME   ATTY\n")
    for i in range(r.randint(3, 6)):
        p = _person(r, born=(1960, 2008))
        case = _a_number(r, bare=True) if r.random() < 0.75 else _a_number(r)
        name = _name(p, r, "caps_last_first")
        b.t(f"{i + 1:<4}").pii("A_NUMBER", case).t(" " * max(1, 15 - len(case)))
        b.pii("PERSON", name).t(" " * max(1, 30 - len(name)))
        nat = p.country[0].upper()
        b.pii("COUNTRY_OF_BIRTH", nat).t(" " * max(1, 13 - len(nat)))
        b.t(
            f"{p.language.upper()[:10]:<11}{_time(r)[:5]:<7}{r.choice(['PRO SE', 'G-28 ON FILE', 'LAS', 'NYIFUP'])}\n"
        )
    b.t("-" * 78 + "\n")
    b.t(f"Printed {_when(r)} from the EOIR portal by court-watch volunteer ")
    b.pii("PERSON", _name(volunteer, r, r.choice(["full", "initial"])))
    b.t(". Family members in hallway; no ICE officers seen on floor.\n")
    return _emit(b)


def _form_roster(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    head = _person(r, born=(1958, 1995))
    enumerator = _person(r)
    b = B()
    b.t("HOUSEHOLD ROSTER - community count worksheet (Complete Count volunteers)\n")
    b.t("Address: ").pii("ADDRESS", _address(head, r, True))
    b.t(f"   ZIP+4 {_zip4(head, r)}   Visit {_when(r)}\n\n")
    b.t("#  | Name | Relationship | Sex | Date of birth | Place of birth | Status\n")
    members = [(head, "Householder")]
    for rel in r.sample(
        ["Spouse", "Son", "Daughter", "Mother", "Brother", "Roomer", "Cousin"], r.randint(1, 4)
    ):
        born = (2008, 2024) if rel in ("Son", "Daughter") else (1950, 2002)
        sex = {"Son": "M", "Brother": "M", "Daughter": "F", "Mother": "F"}.get(rel)
        if rel == "Spouse":
            sex = "M" if head.sex == "F" else "F"
        surname = head.surname if rel not in ("Roomer", "Mother") else None
        members.append((_person(r, head.comm, born, surname, sex), rel))
    for i, (m, rel) in enumerate(members, 1):
        b.t(f"{i}  | ").pii("PERSON", _name(m, r, r.choice(["full", "caps", "full"]))).t(
            f" | {rel} | {m.sex} | "
        )
        b.pii("DATE_OF_BIRTH", _dob(m.dob, r)).t(" | ")
        if m.dob.year >= 2016 and r.random() < 0.6:
            b.t("New York | U.S. citizen\n")
            continue
        b.pii("COUNTRY_OF_BIRTH", m.country[0]).t(" | ")
        adult = [v for v in ARCHIVE_STATUS_VALUES if v not in ("SIJS", "DACA")]
        b.pii("IMMIGRATION_STATUS", r.choice(ARCHIVE_STATUS_VALUES if m.dob.year > 1995 else adult))
        b.t("\n")
    b.t(f"\nRespondent speaks {head.language}; phone ").pii("PHONE", _phone(r, head))
    b.t(". Enumerator: ").pii("PERSON", _name(enumerator, r, "full")).t("\n")
    return _emit(b)


def intake_form_j(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice(
        [_form_marriage, _form_pppd, _form_fairfares, _form_cuny, _form_eoir, _form_roster]
    )
    return [layout(r, B)]


# -- letters -----------------------------------------------------------------------------------


def _letter_boc(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    writer = _person(r, born=(1960, 2000))
    rel_word = r.choice(["brother", "son", "husband", "nephew", "cousin"])
    held = _person(
        r, writer.comm, (1975, 2005), writer.surname if rel_word != "husband" else None, sex="M"
    )
    b = B()
    b.t(
        f"{_when(r)}\n\nNew York City Board of Correction\n1 Centre Street, Room 2213\nNew York, NY 10007\n\n"
    )
    b.t(f"Re: complaint about my {rel_word} ").pii(
        "PERSON", _name(held, r, r.choice(["full", "caps"]))
    )
    b.t(f", NYSID {_digits(r, 8)}{r.choice('HJKLMNPQ')}, Book & Case {_digits(r, 10)}\n\n")
    b.t("Dear Board members,\n\n")
    b.t("My name is ").pii("PERSON", f"{writer.given} {writer.surname}")
    b.t(f" and I am writing about my {rel_word} ").pii("PERSON", held.given)
    b.t(" (date of birth ").pii("DATE_OF_BIRTH", _dob(held.dob, r, held.lang))
    b.t(
        f"), who has been held at {r.choice(['RMSC', 'EMTC', 'OBCC', 'GRVC', 'the Vernon C. Bain Center'])} on Rikers Island since {_when(r)}. "
    )
    b.t("He was ")
    _origin(b, held, r)
    b.t(f" and came here when he was {r.randint(3, 19)}. ")
    b.t("An officer told him that ICE is waiting for him because ")
    _status(b, held, r, "he")
    b.t(", and that he will be moved before his court date. ")
    b.t("I understand the City cannot hold someone for ICE without a judge's warrant. ")
    if r.random() < 0.7:
        b.t("His A number is ").pii("A_NUMBER", _a_number(r)).t(". ")
    if r.random() < 0.6:
        b.t("His lawyer filed his papers, receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(". ")
    b.t(
        f"He has not had his medication for {r.randint(2, 9)} days and missed two visits. "
        "Please look into this.\n\n"
    )
    b.t("You can reach me at ").pii("PHONE", _phone(r, writer))
    if r.random() < 0.6:
        b.t(" or ").pii("EMAIL", _email(writer, r))
    b.t(". My address is ").pii("ADDRESS", _address(writer, r, True)).t(".\n\n")
    b.t("Sincerely,\n").pii("PERSON", _name(writer, r, r.choice(["full", "caps", "full"]))).t("\n")
    return _emit(b)


def _letter_foil(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    req, tenant, rao = _person(r), _person(r), _person(r)
    agency, addr, box, domain = r.choice(
        [
            (
                "Department of Buildings",
                "280 Broadway, 7th Floor, New York, NY 10007",
                "foil@buildings.nyc.gov",
                "buildings.nyc.gov",
            ),
            (
                "Department of Housing Preservation and Development",
                "100 Gold Street, New York, NY 10038",
                "foil@hpd.nyc.gov",
                "hpd.nyc.gov",
            ),
            (
                "Department of Parks & Recreation",
                "The Arsenal, 830 Fifth Avenue, New York, NY 10065",
                "foil@parks.nyc.gov",
                "parks.nyc.gov",
            ),
        ]
    )
    b = B()
    b.t(
        f"THE CITY OF NEW YORK\n{agency.upper()}\nRecords Access Officer\n{addr}\n{box}\n\n{_when(r)}\n\n"
    )
    b.pii("PERSON", _name(req, r, r.choice(["full", "caps"]))).t("\n")
    b.pii("ADDRESS", _address(req, r, True)).t("\n\n")
    b.t(f"Re: FOIL Request FOIL-{r.choice(['2025', '2026'])}-{_digits(r, 3)}-{_digits(r, 5)}\n\n")
    b.t(f"Dear {req.hon} ").pii("PERSON", req.surname).t(":\n\n")
    b.t(
        f"This responds to your request under the Freedom of Information Law for records of complaint "
        f"#{_digits(r, 7)} at your building. Enclosed are {r.randint(6, 41)} pages. Names, telephone "
        "numbers and immigration information of other tenants have been redacted under Public Officers "
        "Law 87(2)(b) as an unwarranted invasion of personal privacy.\n\n"
    )
    b.t('Page 3 as released reads in part:\n  "Complainant: [REDACTED]   Tel: ')
    b.pii("PHONE", _phone(r, tenant)).t("\n   Narrative: tenant ")
    b.pii("PERSON", tenant.given if r.random() < 0.5 else _name(tenant, r, "full"))
    b.t(" in apt [REDACTED] states ")
    _status(b, tenant, r, tenant.she)
    b.t(" and is ")
    _origin(b, tenant, r, (1, 2, 3, 4))
    b.t("; DOB ").pii("DATE_OF_BIRTH", _dob(tenant.dob, r))
    b.t(". Owner's agent threatened to call immigration.\"\n\n")
    b.t(
        "If you believe a record was withheld in error you may appeal within 30 days to the Records "
        "Access Appeals Officer at the address above.\n\nSincerely,\n\n"
    )
    b.pii("PERSON", _name(rao, r, "full")).t("\nRecords Access Officer\n")
    b.pii("EMAIL", _work_email(rao, r, domain)).t("\n")
    return _emit(b)


_PARISHES = [
    "Our Lady of Sorrows Church, Corona",
    "St. Nicholas of Tolentine Parish, Bronx",
    "Holy Rosary Church, Bronx",
    "St. Michael's Church, Sunset Park",
    "Iglesia Santa Cecilia, East Harlem",
    "St. Brigid Parish, Bushwick",
]


def _letter_baptism(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    comm = r.choice(
        ["garifuna", "kichwa", "poblano", "dominican", "haitian", "albanian", "ukrainian"]
    )
    child = _person(r, comm, (1985, 2010))
    dad = _person(r, comm, (1950, 1988), child.surname, "M")
    mom = _person(r, comm, (1952, 1990), sex="F")
    priest, s1, s2 = _person(r, sex="M"), _person(r, comm), _person(r, comm)
    b = B()
    b.t(f"{r.choice(_PARISHES)}\nOffice of the Pastor\n\n{_when(r)}\n\nTO WHOM IT MAY CONCERN\n\n")
    b.t("This is to certify that ").pii("PERSON", _name(child, r, r.choice(["full", "caps"])))
    b.t(f", {'son' if child.sex == 'M' else 'daughter'} of ").pii(
        "PERSON", f"{dad.given} {dad.surname}"
    )
    b.t(" and ").pii("PERSON", f"{mom.given} {mom.surname}")
    b.t(", born in ")
    b.pii("COUNTRY_OF_BIRTH", child.country[4] if r.random() < 0.4 else child.country[0])
    b.t(" on ").pii("DATE_OF_BIRTH", _dob(child.dob, r, child.lang))
    b.t(f", was baptized in this church on {_when(r)} by Rev. ").pii(
        "PERSON", _name(priest, r, "full")
    )
    b.t(".\nSponsors: ").pii("PERSON", f"{s1.given} {s1.surname}").t(" and ").pii(
        "PERSON", f"{s2.given} {s2.surname}"
    )
    b.t(
        f".\nBaptismal Register Vol. {r.randint(9, 40)}, Page {r.randint(1, 300)}, No. {r.randint(1, 60)}.\n\n"
    )
    b.t("This letter is issued at the request of the family, who are parishioners residing at ")
    b.pii("ADDRESS", _address(child, r, True))
    b.t(", for presentation with an immigration application. The family told us that ")
    _status(b, child, r, child.given.upper() if r.random() < 0.2 else child.she)
    b.t(".\n\nIn Christ,\n\n")
    b.t("Fr. ").pii("PERSON", f"{priest.given} {priest.surname}").t(", Pastor\n")
    b.t("Parish office tel. (718) 672-4848  (seal)\n")
    return _emit(b)


def _letter_union(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r, born=(1962, 2000))
    org = _person(r)
    union, domain = r.choice(
        [
            ("Laborers' Local 79", "local79.org"),
            ("Hotel and Gaming Trades Council", "hotelworkers.org"),
            ("Building Service Workers Local 32", "workersunited.org"),
            ("Domestic Workers Cooperative of Queens", "dwcq.org"),
        ]
    )
    b = B()
    b.t(f"{union}\nMembership Services\n\n{_when(r)}\n\n")
    b.t(r.choice(["U.S. Citizenship and Immigration Services\n", "To whom it may concern:\n"]))
    b.t("\nRe: ").pii("PERSON", _name(p, r, r.choice(["full", "caps"])))
    b.t(f", member no. {_digits(r, 7)}, date of birth ").pii("DATE_OF_BIRTH", _dob(p.dob, r)).t(
        "\n\n"
    )
    b.t(f"This letter confirms that {p.hon} ").pii("PERSON", p.surname)
    b.t(f" has been a member in good standing since {r.randint(2012, 2024)} and works about ")
    b.t(
        f"{r.randint(28, 45)} hours a week at ${r.randint(18, 34)}.{r.choice(['00', '50'])} an hour. "
    )
    b.t("Dues are paid by payroll deduction under ")
    if r.random() < 0.5:
        b.t("Individual Taxpayer Identification Number ").pii("ITIN", _itin(r))
    else:
        b.t("Social Security number ").pii("SSN", _ssn(r))
    b.t(f". {p.she.capitalize()} told our office that ")
    _status(b, p, r)
    b.t(" and that the work permit application (Form I-765) is pending under receipt number ")
    b.pii("USCIS_RECEIPT", _receipt(r))
    b.t(". ")
    if r.random() < 0.5:
        b.t(f"{p.her.capitalize()} I-94 record shows admission number ").pii("I94", _i94(r)).t(". ")
    b.t("Address on file: ").pii("ADDRESS", _address(p, r, True))
    b.t("; phone ").pii("PHONE", _phone(r, p)).t(".\n\nSincerely,\n\n")
    b.pii("PERSON", _name(org, r, "full")).t("\nOrganizer\n").pii(
        "EMAIL", _work_email(org, r, domain)
    )
    b.t(f"\nMain office: (212) {r.randint(200, 999)}-{_digits(r, 4)}\n")
    return _emit(b)


def _letter_dcla(r: random.Random, B: Callable[[], Any]) -> tuple[str, list[Any], str]:
    p = _person(r)
    museum = r.choice(
        [
            "Queens Museum",
            "Bronx Museum of the Arts",
            "Wave Hill",
            "Snug Harbor Cultural Center",
            "Brooklyn Botanic Garden",
            "El Museo del Barrio",
        ]
    )
    b = B()
    b.t("NYC Department of Cultural Affairs - IDNYC Cultural Institutions Benefit\n")
    b.t(f"{museum} - Membership Office\n\n{_when(r)}\n\n")
    b.pii("PERSON", _name(p, r, r.choice(["full", "caps", "lower"]))).t("\n")
    b.pii("ADDRESS", _address(p, r, True)).t("\n\n")
    b.t("Dear ").pii("PERSON", p.given if r.random() < 0.6 else p.nick).t(",\n\n")
    b.t(
        f"Welcome! Your free one-year membership at the {museum} is now active. It is linked to your "
        "IDNYC card number "
    )
    b.pii("IDNYC", _idnyc(r))
    b.t(
        f"; please bring the card on each visit. Membership ID {_fill(r, '@@-######')}, valid until "
        f"{_when(r)}. We will send event news to "
    )
    b.pii("EMAIL", _email(p, r))
    b.t(". We have your birthday as ").pii("DATE_OF_BIRTH", _dob(p.dob, r))
    b.t(" for the members' birthday pass.\n\n")
    if r.random() < 0.5:
        b.t(f"Family programs are offered in {p.language} and English on Saturdays. ")
    b.t(
        "IDNYC information is never shared with federal immigration authorities.\n\nMembership Office\n"
    )
    return _emit(b)


def letter_j(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_letter_boc, _letter_foil, _letter_baptism, _letter_union, _letter_dcla])
    return [layout(r, B)]


# -- CSV extracts: one segment per non-empty cell, the header as written ------------------------


Cell = str | tuple[str, str] | list[str | tuple[str, str]]


def _cells(B: Callable[[], Any], row: list[tuple[str, Cell]]) -> Out:
    out: Out = []
    for header, cell in row:
        parts = cell if isinstance(cell, list) else [cell]
        b = B()
        for part in parts:
            if isinstance(part, tuple):
                b.pii(part[0], part[1])
            else:
                b.t(part)
        if b.text():
            out.append(_emit(b, f"{header}: "))
    return out


def _csv_ledger(r: random.Random, B: Callable[[], Any]) -> Out:
    building = _person(r)
    out: Out = []
    for _ in range(r.randint(2, 5)):
        p = _person(r, born=(1955, 2000))
        p.street, p.house = building.street, building.house
        rent = r.randint(11, 29) * 100 + r.choice([0, 25, 50, 75])
        paid = r.choice([rent, rent, 0, rent // 2])
        memo: list[str | tuple[str, str]] = []
        k = r.randrange(6)
        if k == 0:
            payer = _person(r, p.comm)
            memo = ["pd by cousin ", ("PERSON", f"{payer.given} {payer.surname}"), " via Zelle"]
        elif k == 1:
            memo = ["no SSN, lease signed w/ ITIN ", ("ITIN", _itin(r))]
        elif k == 2:
            memo = ["IDNYC ", ("IDNYC", _idnyc(r)), " copy in file"]
        elif k == 3:
            memo = [
                "tenant says ",
                ("IMMIGRATION_STATUS", r.choice(["undocumented", "TPS", "asylum seeker"])),
                ", afraid of court",
            ]
        elif k == 4:
            memo = [f"late fee ${r.choice([50, 75])} waived"]
        out += _cells(
            B,
            [
                ("Unit", p.apt.replace("Apt", "").replace(".", "").strip() or "1"),
                (
                    "Tenant",
                    ("PERSON", _name(p, r, r.choice(["caps_last_first", "last_first", "full"]))),
                ),
                ("Property", ("ADDRESS", f"{p.house} {p.street[0]}")),
                ("Lease From", _when(r)),
                ("Rent", f"{rent:.2f}"),
                ("Paid 11/2026", f"{paid:.2f}"),
                ("Balance", f"{rent - paid:.2f}"),
                ("Tenant Phone", ("PHONE", _phone(r, p))),
                ("DOB", ("DATE_OF_BIRTH", _dob(p.dob, r)) if r.random() < 0.6 else ""),
                (
                    "SSN/ITIN",
                    (("SSN", _ssn(r)) if r.random() < 0.45 else ("ITIN", _itin(r)))
                    if r.random() < 0.75
                    else "",
                ),
                ("Memo", memo),
            ],
        )
    return out


def _csv_nemt(r: random.Random, B: Callable[[], Any]) -> Out:
    out: Out = []
    driver = _person(r)
    for _ in range(r.randint(2, 5)):
        p = _person(r, born=(1940, 1985))
        out += _cells(
            B,
            [
                ("Trip ID", f"T{_digits(r, 8)}"),
                ("Trip Date", _when(r)),
                ("Member Name", ("PERSON", _name(p, r, r.choice(["caps_last_first", "caps"])))),
                ("Medicaid CIN", _fill(r, "@@#####@")),
                ("Member DOB", ("DATE_OF_BIRTH", _dob(p.dob, r))),
                ("Pickup Address", ("ADDRESS", _address(p, r))),
                ("Member Phone", ("PHONE", _phone(r, p))),
                (
                    "Destination",
                    r.choice(
                        [
                            "BronxCare dialysis, 1650 Grand Concourse",
                            "Wyckoff PT clinic",
                            "Maimonides cardiology",
                            "RUMC wound care",
                        ]
                    ),
                ),
                ("Appt Time", _time(r)),
                ("Mode", r.choice(["Ambulette", "Livery", "Wheelchair van"])),
                ("Driver", ("PERSON", _name(driver, r, r.choice(["full", "initial"])))),
                (
                    "Notes",
                    r.choice(
                        [
                            "",
                            "",
                            f"needs {p.language} speaker",
                            "no-show",
                            "ICE rumor - member refused ride",
                        ]
                    ),
                ),
            ],
        )
    return out


def _csv_sbs(r: random.Random, B: Callable[[], Any]) -> Out:
    out: Out = []
    session = _when(r)
    for _ in range(r.randint(2, 5)):
        p = _person(r)
        cob = (
            p.country[0]
            if r.random() < 0.6
            else r.choice([p.country[1], p.country[2], p.country[0].upper()])
        )
        out += _cells(
            B,
            [
                ("Last Name", ("PERSON", p.surname + (f" {p.surname2}" if p.surname2 else ""))),
                ("First Name", ("PERSON", p.given)),
                ("E-mail", ("EMAIL", _email(p, r))),
                ("Mobile", ("PHONE", _phone(r, p))),
                ("IDNYC #", ("IDNYC", _idnyc(r)) if r.random() < 0.7 else ""),
                ("Country of Origin", ("COUNTRY_OF_BIRTH", cob)),
                ("Language", p.language),
                (
                    "SSN or ITIN (1099)",
                    (("ITIN", _itin(r)) if r.random() < 0.6 else ("SSN", _ssn(r)))
                    if r.random() < 0.5
                    else "",
                ),
                (
                    "Course",
                    r.choice(
                        ["Food Vendor Training (DOHMH)", "General Vendor", "Street Vendor Basics"]
                    ),
                ),
                ("Session", session),
                ("Cert #", f"SBS-{_digits(r, 6)}"),
            ],
        )
    return out


def _csv_cuny(r: random.Random, B: Callable[[], Any]) -> Out:
    out: Out = []
    for _ in range(r.randint(2, 4)):
        p = _person(r, born=(1996, 2008))
        cntry = r.choice([p.country[3], p.country[3], p.country[2]])
        status = r.choice(ARCHIVE_STATUS_CODES + ["Undocumented", "Permanent Resident", "Refugee"])
        visa = r.choice(["", "", "F1", "PAROLE"])
        out += _cells(
            B,
            [
                ("EMPLID", f"2{_digits(r, 7)}"),
                (
                    "LAST_NAME",
                    ("PERSON", (p.surname + (f" {p.surname2}" if p.surname2 else "")).upper()),
                ),
                ("FIRST_NAME", ("PERSON", p.given.upper())),
                (
                    "BIRTHDATE",
                    (
                        "DATE_OF_BIRTH",
                        r.choice(
                            [
                                p.dob.isoformat(),
                                p.dob.strftime("%m/%d/%Y"),
                                p.dob.strftime("%d-%b-%Y").upper(),
                            ]
                        ),
                    ),
                ),
                ("CITIZENSHIP_STATUS", ("IMMIGRATION_STATUS", status)),
                ("CTZN_CNTRY", ("COUNTRY_OF_BIRTH", cntry)),
                ("VISA_TYPE", ("IMMIGRATION_STATUS", visa) if visa else ""),
                (
                    "A_NBR",
                    ("A_NUMBER", _a_number(r, bare=r.random() < 0.6)) if r.random() < 0.7 else "",
                ),
                ("I94_NBR", ("I94", _i94(r)) if r.random() < 0.5 else ""),
                ("PASSPORT_NBR", ("PASSPORT", _passport(p, r)) if r.random() < 0.6 else ""),
                ("USCIS_RCPT", ("USCIS_RECEIPT", _receipt(r)) if r.random() < 0.4 else ""),
                ("EMAIL_ADDR", ("EMAIL", _email(p, r))),
                ("ADMIT_TERM", r.choice(["2027 Spring", "2026 Fall", "2027 Fall"])),
            ],
        )
    return out


def _csv_parks(r: random.Random, B: Callable[[], Any]) -> Out:
    out: Out = []
    for _ in range(r.randint(2, 4)):
        p = _person(r, born=(1960, 2002))
        event = r.choice(
            [
                "Garifuna Settlement Day picnic",
                "Losar family gathering",
                "Tabaski community meal",
                "Independence Day soccer tournament",
                "Phagwah celebration",
                "Church youth softball",
            ]
        )
        park = r.choice(
            [
                "Joyce Kilmer Park",
                "Roberto Clemente State Park",
                "Flushing Meadows Corona Park",
                "Sunset Park",
                "Frank D. O'Connor Playground",
                "Claremont Park",
            ]
        )
        notes: list[str | tuple[str, str]] = r.choice(
            [
                [""],
                ["applicant has no SSN; IDNYC ", ("IDNYC", _idnyc(r)), " used for ID"],
                ["insurance waiver, under 20 people"],
                ["sound permit to NYPD pct"],
                ["applicant passport ", ("PASSPORT", _passport(p, r))],
                ["COI in applicant's name, ITIN ", ("ITIN", _itin(r))],
            ]
        )
        out += _cells(
            B,
            [
                ("Permit No", f"M-{r.randint(100, 999)}-{_digits(r, 5)}"),
                ("Applicant", ("PERSON", _name(p, r))),
                (
                    "Organization",
                    r.choice(
                        [
                            "",
                            "",
                            "Garifuna Coalition USA",
                            "Club Deportivo Cañar",
                            "Bukharian Youth League",
                            "Masjid Ar-Rahman",
                        ]
                    ),
                ),
                ("Event", event),
                ("Park", park),
                ("Event Date", _when(r)),
                ("Applicant Address", ("ADDRESS", _address(p, r))),
                ("Phone", ("PHONE", _phone(r, p))),
                ("Email", ("EMAIL", _email(p, r))),
                ("Applicant DOB", ("DATE_OF_BIRTH", _dob(p.dob, r)) if r.random() < 0.5 else ""),
                ("Notes", notes),
            ],
        )
    return out


def csv_extract_j(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_csv_ledger, _csv_nemt, _csv_sbs, _csv_cuny, _csv_parks])
    return layout(r, B)


ARCHIVE_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_j": case_note_j,
    "intake_form_j": intake_form_j,
    "letter_j": letter_j,
    "csv_extract_j": csv_extract_j,
}
