"""The "h" templates: the vault split, a sixth blind split written on 2026-12-02.

Written without reading the scanner (src/sanctuary/privacy/, its code and data files), the
benchmarks, the docs or the older held-out templates (fresh, holdout.py, final.py, unseen.py,
sealed.py). Only the corpus conventions (Builder, Segment, Label, generate) and the label types
were known. It has pools and generators of its own, seeded only from the template's `r`.

Contents. One template per kind, each picking among sub-layouts of institutions and layouts the
older splits do not use:

- case_note_h: FDNY EMS patient care report narratives, SNAP recertification interview notes,
  H+H financial counselor notes, OATH summons notes, Department of Probation program referrals,
  church and mosque community referral notes, ICS calendar invitations.
- intake_form_h: PDF form field dumps (pdftk "FieldName/FieldValue" and flat "field: value") of
  child care assistance applications, Human Rights Commission inquiry intakes, the school Home
  Language Identification Survey with its enrolment page, immigration detention visitation
  requests, bail fund intakes, vCard contacts.
- letter_h: translated letters (original and certified English translation), bail fund letters
  to a deportation officer, HRC acknowledgement letters, child care voucher notices, letters of
  support from a congregation.
- csv_extract_h: a case-management export with cryptic column codes, an Outlook contacts export,
  a shelter bed list, a MOIA event registration export. One segment per cell, prefixed with the
  column header as written in the export and ": ".

Labelled: residents', relatives' and staff names (PERSON, in every written form: "Given
Surname", "SURNAME, Given", surname first, initials, nicknames, lower case, capitals, two-part
and hyphenated surnames; honorifics left outside the label), A-numbers, SSNs, ITINs, passport
numbers, residents' phones, residents' and staff's own e-mails, dates of birth, residents'
street addresses (the street line with its apartment; city and ZIP outside the label), IDNYC
numbers, USCIS receipt numbers, I-94 numbers, the words of a resident's immigration status and
the country or nationality words (or ISO codes) giving where a resident was born or comes from.

Left unlabelled on purpose (distractors): incident, summons, docket, case, NYSID, OSIS, MRN,
inquiry and order numbers; hearing, appointment, visit, interview and event dates and
timestamps; ages, money and bond amounts; agency, programme, parish and mosque names
(including ones named after people, and streets and buildings named after people); public
agency addresses and phone numbers and shared mailboxes; form names (I-589, I-765, I-130,
LDSS-2921); languages; ZIP+4 codes; countries mentioned not as a resident's origin (routes,
consulates, where a relative lives).

Names and streets are new: tests/privacy/test_eval_corpus.py checks by code that none is in an
older pool. Countries, nationalities and status terms are closed vocabularies, written the way
NYC agency files mostly write them (plain common forms, a minority of variants, abbreviations,
misspellings and other languages), so they may repeat older ones.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.privacy.corpus import Label

Out = list[tuple[str, list["Label"], str]]

# -- pools -------------------------------------------------------------------------------------


def _c(
    gf: str, gm: str, sur: str, nf: str, nm: str, rgf: str, rgm: str, rs: str, **extra: Any
) -> dict[str, Any]:
    return {
        "given_f": gf.split(),
        "given_m": gm.split(),
        "surnames": sur.split(),
        "nicknames_f": nf.split(),
        "nicknames_m": nm.split(),
        "rare_given_f": rgf.split(),
        "rare_given_m": rgm.split(),
        "rare_surnames": rs.split(),
        **extra,
    }


# Per community: common given names and surnames, nicknames, then rare names (about a third).
# "countries": (country names, most common first; demonyms; ISO codes).
VAULT_COMMUNITIES: dict[str, dict[str, Any]] = {
    "dominican": _c(
        "Aleida Nurys Yudith Ysabel Yomaira Ivelisse",
        "Welinton Rafelin Yoan Elvin Yeuri Yefri",
        "Tejeda Brito Veras Hiraldo Tineo Minaya Cepeda",
        "Yoyi",
        "Cuco",
        "Yudelkys Arisleida Nicaurys",
        "Yoelvin Anderlyn Rawlin",
        "Ozuna Bisonó Jimenián",
        two_part=True,
        countries=[
            (
                ["Dominican Republic", "Dominican Rep.", "República Dominicana", "DR", "Rep. Dom."],
                ["Dominican", "dominicana", "dominicano"],
                ["DOM", "DO"],
            )
        ],
        languages=["Spanish"],
    ),
    "mexican": _c(
        "Yazmín Itzel Reyna Anahí Socorro Hortensia",
        "Faustino Crescencio Ezequiel Cirilo Artemio Bulmaro",
        "Zavala Barragán Solano Tlapa Villegas Nava Arellano",
        "Lupita",
        "Chuy",
        "Ameyalli Obdulia Eustolia",
        "Sotero Nicéforo Tranquilino",
        "Tecuapetla Xolalpa Tlatelpa",
        two_part=True,
        countries=[
            (["Mexico", "México", "Mexíco"], ["Mexican", "mexicana", "mexicano"], ["MEX", "MX"])
        ],
        languages=["Spanish", "Mixteco", "Nahuatl"],
    ),
    "ecuadorian": _c(
        "Jessenia Mercy Janeth Mariuxi Nelly Carmita",
        "Gonzalo Fabián Marcelo Milton Jaime Edgar",
        "Quizhpe Chuqui Guzñay Pauta Mayancela Guapisaca",
        "Pati",
        "Lucho",
        "Nube Florinda Zoilamérica",
        "Olmedo Lautaro Eloy",
        "Siavichay Zhagñay Pugo",
        two_part=True,
        countries=[
            (["Ecuador"], ["Ecuadorian", "ecuatoriana", "ecuatoriano", "Ecuadorean"], ["ECU", "EC"])
        ],
        languages=["Spanish", "Kichwa"],
    ),
    "central_american": _c(
        "Dunia Karla Yessenia Marlen Dinora Ondina",
        "Edvin Otoniel Mainor Eswin Marvin Anibal",
        "Cux Funez Ixcot Batz Chitay Mazariegos Sequén",
        "Chabe",
        "Chema",
        "Rosmery Sulmy Glendy",
        "Baudilio Audelino Eulalio",
        "Quisquiná Xiquín Ajpop",
        two_part=True,
        countries=[
            (
                ["Guatemala", "Guatamala"],
                ["Guatemalan", "guatemalteca", "guatemalteco"],
                ["GTM", "GT"],
            ),
            (["Honduras"], ["Honduran", "hondureña", "hondureño"], ["HND", "HN"]),
        ],
        languages=["Spanish", "K'iche'", "Mam", "Q'anjob'al"],
    ),
    "haitian": _c(
        "Marie-Ange Chantale Lovely Jeanine Mireille Marie-Lourdes",
        "Fritzner Pierre-Richard Yvon Serge Jonas Macdonald",
        "Délice Similien Charlot Alcindor Bellerive Hyppolite Valbrun",
        "Gigi",
        "Ti-Jak",
        "Merlande Clerciane Dieunette",
        "Fénel Célicourt Jacklin",
        "Dorvilien Saintilus Estinvil",
        countries=[
            (
                ["Haiti", "Haïti", "Ayiti"],
                ["Haitian", "haïtienne", "haïtien", "ayisyen"],
                ["HTI", "HT"],
            )
        ],
        languages=["Haitian Creole", "French"],
    ),
    "west_african": _c(
        "Bintou Ndèye Salimatou Fatou Dalanda Safiatou",
        "Aboubacar Karamba Modibo Daouda Mamadou-Alpha Sadio",
        "Doumbouya Sakho Yattara Diaby Sidibé Soumaré Touray",
        "Djeni",
        "Vieux",
        "Assitan Habsatou Djariatou",
        "Mamoudou Fassou Alseny",
        "Kourouma Soumah Magassouba",
        countries=[
            (
                ["Guinea", "Guinée", "Guinea-Conakry", "Guinea Conakry"],
                ["Guinean", "guinéenne"],
                ["GIN", "GN"],
            ),
            (["Senegal", "Sénégal"], ["Senegalese", "sénégalais"], ["SEN", "SN"]),
            (["Mali"], ["Malian", "malienne"], ["MLI", "ML"]),
            (["Burkina Faso", "Burkina"], ["Burkinabe", "Burkinabè"], ["BFA", "BF"]),
            (
                ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
                ["Ivorian", "ivoirienne"],
                ["CIV", "CI"],
            ),
            (["Gambia", "The Gambia"], ["Gambian"], ["GMB", "GM"]),
        ],
        languages=["French", "Pular", "Mandinka", "Wolof", "Bambara", "Soussou"],
    ),
    "ghanaian_nigerian": _c(
        "Afia Ama Titilayo Abimbola Esi Bisola",
        "Femi Ebuka Chukwudi Olamide Yusuf",
        "Osei Amoah Ogundipe Nnadi Amankwah Frimpong Acheampong",
        "Nkem",
        "Kobby",
        "Nkechinyere Oluwatoyin Morenike",
        "Ikechukwu Oluwadamilare Fiifi",
        "Ogunleye Ezeobi Gyamfi",
        countries=[
            (["Ghana"], ["Ghanaian"], ["GHA", "GH"]),
            (["Nigeria"], ["Nigerian"], ["NGA", "NG"]),
        ],
        languages=["English", "Twi", "Yoruba", "Igbo"],
    ),
    "bangladeshi": _c(
        "Roksana Hasina Morsheda Anjuman",
        "Habibur Nazrul Mostafa Shamim Jashim Alamgir",
        "Hasan Sikdar Pathan Kazi Mollick Laskar Shikder",
        "Moni",
        "Shanto",
        "Mahfuza Tanjila Nazneen",
        "Mokhlesur Zillur Motiur",
        "Bhowmik Khandaker Akanda",
        countries=[(["Bangladesh", "Bangaldesh"], ["Bangladeshi"], ["BGD", "BD"])],
        languages=["Bangla", "Sylheti"],
    ),
    "chinese": _c(
        "Huilan Jinfeng Xiuzhen Yuexia Meizhu Qiaoling",
        "Zhiming Weidong Mingwei Chaoyang Jianping Dongsheng",
        "Ke Guan Shao Mao Ren Cheng Tu",
        "Winnie",
        "Alvin",
        "Xiaoqin Yuehua Chunlan",
        "Yongchun Mingkui Xiangdong",
        "Gan Rong Dai",
        surname_first=True,
        countries=[(["China", "PRC", "P.R. China", "中国"], ["Chinese"], ["CHN", "CN"])],
        languages=["Fuzhounese", "Mandarin", "Cantonese"],
    ),
    "himalayan": _c(
        "Bimala Sabitri Sangita Pramila Urmila Chime",
        "Kamal Karma Hari Prem Gopal Narayan",
        "Sunuwar Pokharel Wangdi Paudel Dhakal",
        "Maili",
        "Bhai",
        "Phurbu Ongmu Pabitra",
        "Purna Chhewang Rinzin",
        "Bhandari Lhamo Kunga",
        countries=[
            (["Nepal"], ["Nepali", "Nepalese"], ["NPL", "NP"]),
            (["Tibet"], ["Tibetan"], []),
        ],
        languages=["Nepali", "Tibetan"],
    ),
    "venezuelan_colombian": _c(
        "Yuleidy Anyelis Yusbelis Karelys Mileidy Yeraldine",
        "Eudes Yorbis Franyer Ender Jeison Jhoan",
        "Colmenares Yépez Rondón Graterol Bracho Escalona Bastidas",
        "Yoli",
        "Toño",
        "Yuraima Dayerlin Mairelis",
        "Dervis Rusbel Yoswar",
        "Chirinos Timaure Piñango",
        two_part=True,
        countries=[
            (["Venezuela"], ["Venezuelan", "venezolana", "venezolano"], ["VEN", "VE"]),
            (["Colombia", "Columbia"], ["Colombian", "colombiana", "colombiano"], ["COL", "CO"]),
        ],
        languages=["Spanish"],
    ),
    "post_soviet": _c(
        "Svitlana Nataliya Yuliia Tetiana Mariia",
        "Taras Yevhen Mykola Sanjar Oleh",
        "Bondar Hrytsenko Mirzaev Zakirov Savchenko Ergasheva Karimova",
        "Olya",
        "Vova",
        "Mohira Nigora Solomiia",
        "Shokhrukh Jakhongir Ostap",
        "Abdurakhmonov Yuldashev Holovko",
        countries=[
            (["Uzbekistan"], ["Uzbek"], ["UZB", "UZ"]),
            (["Ukraine", "the Ukraine"], ["Ukrainian"], ["UKR", "UA"]),
            (["Russia", "Russian Federation"], ["Russian"], ["RUS", "RU"]),
            (["Tajikistan"], ["Tajik"], ["TJK", "TJ"]),
        ],
        languages=["Russian", "Uzbek", "Ukrainian"],
    ),
    "arab": _c(
        "Sumaya Afaf Samar Abeer Lamia Suad",
        "Abdulrahman Mohanad Adel Osama Yahya Fares",
        "Shaibi Al-Ansi Al-Haddad Abdelaziz Obaid Soliman El-Masry",
        "Soso",
        "Abood",
        "Ebtisam Thuraya Intisar",
        "Fadhl Shawqi Radwan",
        "Dahbali Harazi Bajash",
        countries=[
            (["Yemen"], ["Yemeni"], ["YEM", "YE"]),
            (["Egypt"], ["Egyptian"], ["EGY", "EG"]),
            (["Syria"], ["Syrian"], ["SYR", "SY"]),
        ],
        languages=["Arabic"],
    ),
    "west_indian": _c(
        "Shauna Sharlene Tricia Sherika Nalini Paulette",
        "Winston Neville Devon Harripersaud Carlton Desmond",
        "Rampersad McKoy Ramlall Ramsaroop Hinds Blackwood Samuels",
        "Shaunie",
        "Fitzy",
        "Indrawattie Bhagmattie Kowsilla",
        "Deodat Khemraj Chaitram",
        "Dindial Bhagwandin Ramcharran",
        countries=[
            (["Jamaica"], ["Jamaican"], ["JAM", "JM"]),
            (["Guyana"], ["Guyanese"], ["GUY", "GY"]),
            (["Trinidad and Tobago", "Trinidad"], ["Trinidadian"], ["TTO", "TT"]),
        ],
        languages=["English"],
    ),
    "albanian": _c(
        "Drita Mimoza Vjollca Blerta Lindita Merita",
        "Arben Gëzim Bujar Fatmir Agron Driton",
        "Hoxha Krasniqi Berisha Gashi Rexhepi Kelmendi Gjonaj",
        "Teti",
        "Beni",
        "Shpresa Valbona Qamile",
        "Xhevdet Lulzim Shpëtim",
        "Muharremi Zeqiri Haxhiu",
        countries=[
            (["Albania", "Shqipëri"], ["Albanian"], ["ALB", "AL"]),
            (["Kosovo"], ["Kosovar"], ["XKX", "XK"]),
        ],
        languages=["Albanian"],
    ),
    "afghan_pakistani": _c(
        "Zarghuna Mursal Nilofar Rukhsana Farishta Lailuma",
        "Waheed Farid Shoaib Ahmadullah Qudratullah Mujtaba",
        "Durrani Sultani Niazi Bajwa Stanikzai Noorzai Mohmand",
        "Zari",
        "Zabi",
        "Marghalara Zarmina Wazhma",
        "Najibullah Rohullah Zalmai",
        "Hotak Achakzai Barakzai",
        countries=[
            (["Afghanistan"], ["Afghan"], ["AFG", "AF"]),
            (["Pakistan"], ["Pakistani"], ["PAK", "PK"]),
        ],
        languages=["Dari", "Pashto", "Urdu", "Punjabi"],
    ),
}

# (street, borough or Queens neighbourhood, ZIP codes, Queens-style "123-45" house numbers)
VAULT_STREETS: list[tuple[str, str, tuple[str, ...], bool]] = [
    ("Daly Avenue", "Bronx", ("10460",), False),
    ("Honeywell Avenue", "Bronx", ("10460",), False),
    ("Manida Street", "Bronx", ("10474",), False),
    ("Wheeler Avenue", "Bronx", ("10472",), False),
    ("Bronxwood Avenue", "Bronx", ("10469",), False),
    ("Popham Avenue", "Bronx", ("10453",), False),
    ("Plimpton Avenue", "Bronx", ("10452",), False),
    ("Featherbed Lane", "Bronx", ("10452",), False),
    ("Croes Avenue", "Bronx", ("10472",), False),
    ("Noble Avenue", "Bronx", ("10473",), False),
    ("Stratford Avenue", "Bronx", ("10472",), False),
    ("Holland Avenue", "Bronx", ("10467",), False),
    ("Hone Avenue", "Bronx", ("10461",), False),
    ("Dawson Street", "Bronx", ("10459",), False),
    ("Fteley Avenue", "Bronx", ("10473",), False),
    ("Lydig Avenue", "Bronx", ("10462",), False),
    ("Cooper Street", "New York", ("10034",), False),
    ("Sickles Street", "New York", ("10040",), False),
    ("Paladino Avenue", "New York", ("10035",), False),
    ("Himrod Street", "Brooklyn", ("11237",), False),
    ("Menahan Street", "Brooklyn", ("11221", "11237"), False),
    ("Weirfield Street", "Brooklyn", ("11221",), False),
    ("Moffat Street", "Brooklyn", ("11207",), False),
    ("Marlborough Road", "Brooklyn", ("11226",), False),
    ("Argyle Road", "Brooklyn", ("11218",), False),
    ("Rugby Road", "Brooklyn", ("11226",), False),
    ("Avenue V", "Brooklyn", ("11223", "11229"), False),
    ("Bay Ridge Parkway", "Brooklyn", ("11209", "11228"), False),
    ("Senator Street", "Brooklyn", ("11220",), False),
    ("Bay 25th Street", "Brooklyn", ("11214",), False),
    ("Ocean View Avenue", "Brooklyn", ("11235",), False),
    ("Dumont Avenue", "Brooklyn", ("11207",), False),
    ("Alburtis Avenue", "Corona", ("11368",), True),
    ("Nicolls Avenue", "Corona", ("11368",), True),
    ("Horace Harding Expressway", "Corona", ("11368",), True),
    ("Kneeland Street", "Elmhurst", ("11373",), True),
    ("45th Avenue", "Elmhurst", ("11373",), True),
    ("Calamus Avenue", "Elmhurst", ("11373",), True),
    ("Barnett Avenue", "Woodside", ("11377",), True),
    ("Greenpoint Avenue", "Sunnyside", ("11104",), True),
    ("Catalpa Avenue", "Ridgewood", ("11385",), True),
    ("Putnam Avenue", "Ridgewood", ("11385",), True),
    ("Laburnum Avenue", "Flushing", ("11355",), True),
    ("Booth Memorial Avenue", "Flushing", ("11355",), True),
    ("College Point Boulevard", "Flushing", ("11355",), True),
    ("Ulmer Street", "College Point", ("11356",), True),
    ("Union Turnpike", "Fresh Meadows", ("11366",), True),
    ("127th Street", "South Richmond Hill", ("11419",), True),
    ("Dunkirk Street", "St. Albans", ("11412",), True),
    ("Palmer Avenue", "Staten Island", ("10302",), False),
]

# Immigration status, as files write it: [the status words] are labelled, the rest is not.
VAULT_STATUS_EN = [
    "is [undocumented]",
    "is [undocumented]",
    "reports being [undocumented]",
    "is an [asylum seeker]",
    "has [asylum pending]",
    "has [asylum pending] (I-589 filed)",
    "has [TPS]",
    "is a [TPS holder]",
    "is a [DACA recipient]",
    "is on [DACA]",
    "is an [LPR]",
    "is a [green card holder]",
    "is a [lawful permanent resident]",
    "entered on [humanitarian parole]",
    "is a [parolee]",
    "came in on [CHNV parole]",
    "is an [asylee]",
    "came as a [refugee]",
    "is a [U visa applicant]",
    "has [SIJS pending]",
    "has [no status]",
    "is [out of status]",
    "is a [visa overstay]",
    "entered [EWI]",
    "is [PRUCOL]",
    "is a [qualified alien]",
    "is a [conditional resident]",
    "is [undoc]",
    "is [undocumeted]",
    "has [asylm pending]",
    "has [withholding of removal]",
    "is in [removal proceedings]",
]
VAULT_STATUS_ES = [
    "es [indocumentada]",
    "es [indocumentado]",
    "está [sin papeles]",
    "es [solicitante de asilo]",
    "tiene [asilo pendiente]",
    "es [residente permanente]",
    "tiene [TPS]",
    "entró con [parole humanitario]",
    "[sin estatus]",
    "tiene [DACA]",
]
VAULT_STATUS_FR = ["est [demandeuse d'asile]", "est [sans papiers]", "est [réfugiée]"]
VAULT_STATUS_HT = ["li [san papye]", "li gen [TPS]", "li [rezidan]", "li gen [parol imanitè]"]
VAULT_STATUS_OTHER = ["[政治庇护申请中]", "[无身份]", "[беженец]", "[طالب لجوء]"]
# Status columns in exports carry codes or short forms.
VAULT_STATUS_CODES = [
    "UND",
    "ASY-P",
    "TPS",
    "LPR",
    "PAR",
    "DACA",
    "REF",
    "ASYLEE",
    "EWI",
    "PRUCOL",
    "Undoc",
    "Asylum pending",
    "Parolee",
    "TPS-VE",
    "LPR (5y+)",
    "SIJS",
]

# Organisations and places, left unlabelled (some are named after people).
PARISHES = [
    "St. Brigid Church",
    "Our Lady of Guadalupe",
    "St. Barbara's",
    "Masjid Al-Falah",
    "Masjid Baitul Mamur",
    "Iglesia Pentecostal Monte Sion",
    "St. Rita's parish",
    "Église Baptiste Béthel",
    "Bishop Loughlin outreach",
    "Imam Ali Center",
]
HH_SITES = [
    "NYC Health + Hospitals/Elmhurst",
    "NYC Health + Hospitals/Lincoln",
    "NYC Health + Hospitals/Kings County",
    "NYC Health + Hospitals/Jacobi",
    "NYC Health + Hospitals/Woodhull",
    "NYC Health + Hospitals/Gouverneur",
]
DETENTION = [
    "Orange County Correctional Facility, Goshen NY",
    "Elizabeth Contract Detention Facility, Elizabeth NJ",
    "Delaney Hall, Newark NJ",
    "Moshannon Valley Processing Center, Philipsburg PA",
    "Buffalo (Batavia) Service Processing Center",
]
PUBLIC_PLACES = [
    ("OATH Hearings Division", "66 John Street, 10th Floor", "(844) 628-4692"),
    ("NYC Commission on Human Rights", "22 Reade Street", "(212) 416-0197"),
    ("HRA SNAP Center", "Adam Clayton Powell Jr. State Office Building", "(718) 557-1399"),
    ("Mayor's Office of Immigrant Affairs", "253 Broadway, 14th Floor", "(212) 788-7654"),
    ("Department of Probation", "33 Beaver Street", "(212) 361-8977"),
    ("ACS Child Care", "150 William Street", "(212) 835-7610"),
]

# -- generators ---------------------------------------------------------------------------------

_COMMUNITY_WEIGHTS = {
    "dominican": 9,
    "mexican": 9,
    "ecuadorian": 7,
    "central_american": 8,
    "haitian": 6,
    "west_african": 7,
    "ghanaian_nigerian": 4,
    "bangladeshi": 5,
    "chinese": 7,
    "himalayan": 4,
    "venezuelan_colombian": 9,
    "post_soviet": 4,
    "arab": 4,
    "west_indian": 4,
    "albanian": 3,
    "afghan_pakistani": 4,
}
_COMMUNITY_KEYS = sorted(_COMMUNITY_WEIGHTS)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def mostly(r: random.Random, options: list[str], p: float = 0.7) -> str:
    """The first (plain, common) form most of the time, a variant otherwise."""
    if len(options) == 1 or r.random() < p:
        return options[0]
    return r.choice(options[1:])


class Person:
    def __init__(
        self, r: random.Random, community: str | None = None, female: bool | None = None
    ) -> None:
        self.community = (
            community
            or r.choices(_COMMUNITY_KEYS, [_COMMUNITY_WEIGHTS[k] for k in _COMMUNITY_KEYS])[0]
        )
        c = VAULT_COMMUNITIES[self.community]
        self.female = r.random() < 0.55 if female is None else female
        sex = "f" if self.female else "m"
        self.given = r.choice(c[f"rare_given_{sex}"] if r.random() < 0.28 else c[f"given_{sex}"])
        surnames = c["surnames"] + c["rare_surnames"][: 1 + (r.random() < 0.4)]
        self.surname = r.choice(surnames)
        self.second = ""
        if c.get("two_part") and r.random() < 0.5:
            self.second = r.choice([s for s in surnames if s != self.surname])
        self.nickname = r.choice(c[f"nicknames_{sex}"])
        self.surname_first = bool(c.get("surname_first"))
        self.country = r.choice(c["countries"])
        self.language = r.choice(c["languages"])

    def full_surname(self, r: random.Random) -> str:
        if not self.second:
            return self.surname
        return f"{self.surname}{r.choice([' ', ' ', '-'])}{self.second}"

    def name(self, r: random.Random, style: str | None = None) -> str:
        style = (
            style
            or r.choices(
                [
                    "plain",
                    "last_first",
                    "caps_last_first",
                    "initial",
                    "caps",
                    "lower",
                    "nick",
                    "surname_first",
                ],
                [40, 12, 12, 8, 8, 4, 6, 10 if self.surname_first else 0],
            )[0]
        )
        sur = self.full_surname(r)
        if style == "plain":
            return f"{self.surname} {self.given}" if self.surname_first else f"{self.given} {sur}"
        if style == "last_first":
            return f"{sur}, {self.given}"
        if style == "caps_last_first":
            return (
                f"{sur.upper()}, {self.given.upper()}"
                if r.random() < 0.5
                else (f"{sur.upper()}, {self.given}")
            )
        if style == "initial":
            return f"{self.given[0]}. {sur}"
        if style == "caps":
            return f"{self.given} {sur}".upper()
        if style == "lower":
            return f"{self.given} {sur}".lower()
        if style == "nick":
            return f'{self.given} "{self.nickname}" {sur}'
        if style == "surname_first":
            return f"{self.surname.upper()} {self.given}"
        return f"{self.given} {sur}"

    def country_name(self, r: random.Random) -> str:
        return mostly(r, self.country[0], 0.8)

    def demonym(self, r: random.Random) -> str:
        return mostly(r, self.country[1], 0.75)

    def iso(self, r: random.Random) -> str:
        codes = self.country[2]
        return r.choice(codes) if codes else self.country[0][0]


def pron(p: Person, he: str = "he", she: str = "she") -> str:
    return she if p.female else he


def relation(r: random.Random, p: Person) -> str:
    if p.female:
        return r.choice(["daughter", "wife", "sister", "cousin", "neighbor", "niece"])
    return r.choice(["son", "husband", "brother", "cousin", "neighbor", "nephew"])


def dob(r: random.Random, lo: int = 1952, hi: int = 2006, lang: str = "en") -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    months = [
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
    if lang == "es":
        mes = [
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
        ][m - 1]
        return r.choice([f"{d} de {mes} de {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang == "fr":
        mois = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ][m - 1]
        return r.choice([f"{d} {mois} {y}", f"{d:02d}/{m:02d}/{y}"])
    return r.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{m}/{d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {months[m - 1][:3]} {y}",
            f"{months[m - 1]} {d}, {y}",
            f"{d:02d}-{months[m - 1][:3].upper()}-{y}",
            f"{m:02d}-{d:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}",
        ]
    )


def event_date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2025, 2026, 2026])
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def a_number(r: random.Random, bare: bool = False) -> str:
    digits = f"{r.randint(10, 249):03d}{r.randint(0, 999999):06d}"
    if r.random() < 0.12:
        digits = f"{r.randint(10000000, 99999999)}"
    if bare:
        if len(digits) == 9 and r.random() < 0.5:
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        return digits
    if len(digits) == 8:
        return r.choice([f"A{digits}", f"A-{digits}", f"A0{digits}"])
    return r.choice(
        [
            f"A{digits}",
            f"A{digits}",
            f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"A {digits[:3]} {digits[3:6]} {digits[6:]}",
            f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"A-{digits}",
            f"a{digits}",
            f"A# {digits[:3]}-{digits[3:6]}-{digits[6:]}",
        ]
    )


def ssn(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice(
        [f"{area:03d}-{g:02d}-{s:04d}"] * 3
        + [f"{area:03d} {g:02d} {s:04d}", f"{area:03d}{g:02d}{s:04d}"]
    )


def itin(r: random.Random) -> str:
    mid = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    a, s = r.randint(0, 99), r.randint(0, 9999)
    return r.choice(
        [f"9{a:02d}-{mid}-{s:04d}"] * 3 + [f"9{a:02d} {mid} {s:04d}", f"9{a:02d}{mid}{s:04d}"]
    )


def passport(r: random.Random, iso: str) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    by = {
        "DOM": lambda: f"{r.choice(['SC', 'RD', 'PA'])}{d(7)}",
        "MEX": lambda: f"{r.choice(['G', 'N', 'E'])}{d(8)}",
        "ECU": lambda: f"A{d(7)}" if r.random() < 0.5 else d(9),
        "GTM": lambda: d(9),
        "HND": lambda: f"{r.choice(['E', 'F', 'G'])}{d(6)}",
        "HTI": lambda: f"{r.choice(['PP', 'RD', 'OB'])}{d(7)}",
        "CHN": lambda: f"E{L(1)}{d(7)}" if r.random() < 0.5 else f"E{d(8)}",
        "BGD": lambda: (
            f"{r.choice(['A', 'B', 'E'])}{d(8)}" if r.random() < 0.6 else f"{L(2)}{d(7)}"
        ),
        "NPL": lambda: f"{d(8)}" if r.random() < 0.5 else f"PA{d(7)}",
        "VEN": lambda: d(9),
        "COL": lambda: f"{r.choice(['AV', 'AW', 'PE'])}{d(6)}",
        "UZB": lambda: f"{r.choice(['FA', 'AB', 'AD'])}{d(7)}",
        "UKR": lambda: f"{r.choice(['FT', 'GC', 'FU'])}{d(6)}",
        "RUS": lambda: f"{d(2)} {d(7)}",
        "TJK": lambda: f"{r.choice(['40', '50'])}{d(7)}",
        "YEM": lambda: f"{d(8)}",
        "EGY": lambda: f"A{d(8)}",
        "SYR": lambda: f"N{d(9)}",
        "JAM": lambda: f"A{d(7)}",
        "GUY": lambda: f"R{d(7)}",
        "TTO": lambda: f"T{d(7)}",
        "ALB": lambda: f"B{L(1)}{d(7)}",
        "XKX": lambda: f"P{d(8)}",
        "AFG": lambda: f"P{d(8)}",
        "PAK": lambda: f"{L(2)}{d(7)}",
        "GIN": lambda: f"R{d(7)}",
        "SEN": lambda: f"A{d(8)}",
        "MLI": lambda: f"AA{d(7)}",
        "BFA": lambda: f"B{d(7)}",
        "CIV": lambda: f"{d(2)}{L(2)}{d(5)}",
        "GMB": lambda: f"PC{d(6)}",
        "GHA": lambda: f"G{d(7)}",
        "NGA": lambda: f"A{d(8)}",
    }
    out = by.get(iso, lambda: f"{L(1)}{d(8)}")()
    return out.lower() if r.random() < 0.04 else out


_DIAL = {
    "DOM": ("+1 809", 7),
    "MEX": ("+52 55", 8),
    "ECU": ("+593 9", 8),
    "GTM": ("+502", 8),
    "HND": ("+504", 8),
    "HTI": ("+509", 8),
    "CHN": ("+86 1", 10),
    "BGD": ("+880 17", 8),
    "NPL": ("+977 98", 8),
    "VEN": ("+58 414", 7),
    "COL": ("+57 3", 9),
    "UZB": ("+998 90", 7),
    "UKR": ("+380 67", 7),
    "RUS": ("+7 9", 9),
    "YEM": ("+967 7", 8),
    "EGY": ("+20 10", 8),
    "JAM": ("+1 876", 7),
    "GUY": ("+592", 7),
    "GIN": ("+224 6", 8),
    "SEN": ("+221 77", 7),
    "MLI": ("+223", 8),
    "GHA": ("+233 24", 7),
    "NGA": ("+234 80", 8),
    "ALB": ("+355 69", 7),
    "AFG": ("+93 7", 8),
    "PAK": ("+92 3", 9),
}


def phone(r: random.Random, iso: str = "", intl: float = 0.0) -> str:
    if iso in _DIAL and r.random() < intl:
        cc, n = _DIAL[iso]
        digits = "".join(str(r.randint(0, 9)) for _ in range(n))
        if r.random() < 0.5 and n >= 7:
            digits = f"{digits[: n // 2]} {digits[n // 2 :]}"
        return (
            f"{cc} {digits}"
            if r.random() < 0.8
            else f"{cc.replace(' ', '')}{digits.replace(' ', '')}"
        )
    area = r.choice(["718", "347", "929", "917", "646", "212", "332", "718", "347"])
    ex, ln = r.randint(201, 989), r.randint(0, 9999)
    return r.choice(
        [
            f"({area}) {ex}-{ln:04d}",
            f"{area}-{ex}-{ln:04d}",
            f"{area}-{ex}-{ln:04d}",
            f"{area}.{ex}.{ln:04d}",
            f"{area} {ex} {ln:04d}",
            f"{area}{ex}{ln:04d}",
            f"+1 {area} {ex} {ln:04d}",
            f"1-{area}-{ex}-{ln:04d}",
            f"({area}){ex}-{ln:04d}",
        ]
    )


def email(r: random.Random, p: Person) -> str:
    g, s = fold(p.given).lower().replace("-", ""), fold(p.surname).lower().replace("-", "")
    s = s.replace(" ", "")
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g}{s}{r.randint(1, 99)}",
            f"{g[0]}{s}",
            f"{g}_{s}{r.randint(70, 2006)}",
            f"{s}.{g}",
            f"{g}{r.randint(100, 999)}",
            f"{fold(p.nickname).lower().replace('-', '')}{s[:3]}{r.randint(1, 30)}",
        ]
    )
    if p.community == "chinese" and r.random() < 0.5:
        return f"{r.randint(10000000, 3999999999)}@{r.choice(['qq.com', '163.com'])}"
    dom = r.choice(
        ["gmail.com"] * 5
        + [
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "icloud.com",
            "aol.com",
            "yahoo.com.mx",
            "hotmail.es",
        ]
    )
    return f"{local}@{dom}"


def staff_email(r: random.Random, p: Person, domain: str) -> str:
    g, s = fold(p.given).lower().replace("-", ""), fold(p.surname).lower().replace("-", "")
    return r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])


def address(r: random.Random) -> tuple[str, str]:
    """(street line with apartment, "City, NY ZIP" line)."""
    street, place, zips, queens = r.choice(VAULT_STREETS)
    num = f"{r.randint(31, 199)}-{r.randint(1, 79):02d}" if queens else str(r.randint(2, 2299))
    spelled = r.choice(
        [
            street,
            street,
            street.replace("Avenue", "Ave")
            .replace("Street", "St")
            .replace("Boulevard", "Blvd")
            .replace("Road", "Rd")
            .replace("Parkway", "Pkwy"),
            street.replace("Avenue", "Ave.").replace("Street", "St."),
            street.upper(),
        ]
    )
    apt = r.choice(
        [
            "",
            f", Apt {r.randint(1, 6)}{r.choice('ABCDEFGHJ')}",
            f" Apt. {r.randint(1, 22)}{r.choice('ABCDEF')}",
            f" #{r.randint(1, 6)}{r.choice('FRL')}",
            f", {r.choice(['1st', '2nd', '3rd'])} Fl",
            ", Bsmt",
            f", Apt {r.randint(1, 6)}{r.choice('ABCD')}",
        ]
    )
    z = r.choice(zips)
    if r.random() < 0.15:
        z = f"{z}-{r.randint(1000, 9999)}"
    city = place if place in ("Bronx", "Brooklyn", "New York", "Staten Island") else place
    return f"{num} {spelled}{apt}", f"{city}, NY {z}"


def idnyc(r: random.Random) -> str:
    n = r.choice([12, 12, 12, 9, 10, 14, 16])
    digits = "1" + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    if n == 12 and r.random() < 0.5:
        return (
            f"{digits[:4]} {digits[4:8]} {digits[8:]}"
            if r.random() < 0.6
            else (f"{digits[:4]}-{digits[4:8]}-{digits[8:]}")
        )
    if n == 16 and r.random() < 0.5:
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
    return digits


def receipt(r: random.Random) -> str:
    pre = r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "IOE", "YSC"])
    yy, day, seq = r.randint(16, 26), r.randint(0, 999), r.randint(0, 99999)
    if pre == "IOE":
        ten = f"0{r.randint(100000000, 999999999)}"
    else:
        ten = f"{yy}{day:03d}{seq:05d}"
    return r.choice(
        [
            f"{pre}{ten}",
            f"{pre}{ten}",
            f"{pre}{ten}",
            f"{pre}-{ten[:2]}-{ten[2:5]}-{ten[5:]}",
            f"{pre} {ten[:2]} {ten[2:5]} {ten[5:]}",
            f"{pre} {ten}",
            f"{pre.lower()}{ten}",
            f"{pre}-{ten}",
        ]
    )


def i94(r: random.Random) -> str:
    if r.random() < 0.55:
        return f"{r.randint(1, 9)}{r.randint(0, 9999999999):010d}"
    return (
        f"{r.randint(100000000, 999999999)}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(0, 9)}"
    )


def status_phrase(r: random.Random, lang: str = "en") -> str:
    if lang == "es" and r.random() < 0.85:
        return r.choice(VAULT_STATUS_ES)
    if lang == "fr" and r.random() < 0.7:
        return r.choice(VAULT_STATUS_FR)
    if lang == "ht" and r.random() < 0.7:
        return r.choice(VAULT_STATUS_HT)
    if r.random() < 0.04:
        return r.choice(VAULT_STATUS_OTHER)
    return r.choice(VAULT_STATUS_EN)


def status_word(r: random.Random) -> str:
    """Only the status words of a phrase (for form fields)."""
    phrase = r.choice(VAULT_STATUS_EN + VAULT_STATUS_ES[:6])
    return phrase[phrase.index("[") + 1 : phrase.index("]")]


def staff(r: random.Random) -> Person:
    return Person(r)


def case_no(r: random.Random, prefix: str = "") -> str:
    return f"{prefix}{r.randint(10**7, 10**8 - 1)}"


def money(r: random.Random) -> str:
    return r.choice([f"${r.randint(15, 200) * 100:,}", f"${r.randint(1, 99) * 50}.00"])


def _iso3(p: Person) -> str:
    return p.country[2][0] if p.country[2] else "CHN"


def _one(b: Any) -> Out:
    return [(b.text(), b.labels, "")]


def _lang(p: Person) -> str:
    if p.community in (
        "dominican",
        "mexican",
        "ecuadorian",
        "central_american",
        "venezuelan_colombian",
    ):
        return "es"
    if p.community == "haitian":
        return "ht"
    if p.community == "west_african":
        return "fr"
    return "en"


def _status(b: Any, r: random.Random, p: Person, lang: str | None = None) -> Any:
    return b.marked("IMMIGRATION_STATUS", status_phrase(r, lang or _lang(p)))


# -- case notes ---------------------------------------------------------------------------------


def _ems_pcr(r: random.Random, B: Callable[[], Any]) -> Out:
    p, emt, medic, rn = Person(r), staff(r), staff(r), staff(r)
    rel = Person(r, p.community)
    street, city = address(r)
    b = B()
    b.t(
        f"FDNY EMS  ePCR NARRATIVE   Incident# {r.randint(10**8, 10**9 - 1)}   Unit "
        f"{r.randint(1, 57)}{r.choice('ABCDEVWXY')}   Disp {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
    )
    b.t("Crew: EMT ").pii("PERSON", emt.name(r, r.choice(["plain", "initial", "caps"])))
    b.t(f" #{r.randint(1000, 9999)} / Paramedic ").pii("PERSON", medic.name(r, "initial")).t("\n\n")
    born = r.randint(1942, 2006)
    age = 2026 - born - r.randint(0, 1)
    b.t(
        f"Upon arrival found {age} y/o {'F' if p.female else 'M'} pt sitting on floor of "
        f"{r.choice(['kitchen', 'bedroom', 'building lobby', 'laundromat'])} at "
    )
    b.pii("ADDRESS", street).t(f", {city}. ")
    b.t("Pt identified as ").pii("PERSON", p.name(r))
    if r.random() < 0.5:
        b.t(" per IDNYC card # ").pii("IDNYC", idnyc(r))
    else:
        b.t(" per ").pii("COUNTRY_OF_BIRTH", p.demonym(r)).t(" passport ").pii(
            "PASSPORT", passport(r, _iso3(p))
        )
    b.t(", DOB ").pii("DATE_OF_BIRTH", dob(r, born, born)).t(". ")
    b.t(
        f"Pt c/o {r.choice(['chest pain x 2 hrs', 'syncope', 'SOB', 'fall from standing, L wrist pain', 'abd pain'])}. "
    )
    b.t(f"{pron(p, 'His', 'Her')} {relation(r, rel)} ")
    b.pii("PERSON", rel.name(r, r.choice(["plain", "nick", "caps"])))
    b.t(" on scene, interpreting (").t(p.language).t("); cb # ").pii("PHONE", phone(r)).t(". ")
    b.t("Per family pt is from ").pii("COUNTRY_OF_BIRTH", p.country_name(r))
    b.t(r.choice([", arrived 2 yrs ago. ", ", in US since 2019. ", ". "]))
    b.t("Pt initially refused transport, anxious about cost, states pt ")
    _status(b, r, p, "en").t("; reassured that H+H treats regardless. ")
    b.t(
        f"V/S BP {r.randint(95, 170)}/{r.randint(55, 100)} HR {r.randint(58, 120)} SpO2 "
        f"{r.randint(90, 99)}% RA. 12-lead NSR. "
    )
    b.t(f"Transported to {r.choice(HH_SITES)} ED without incident. Care transferred to RN ")
    b.pii("PERSON", rn.name(r, r.choice(["plain", "last_first", "initial"]))).t(".")
    return _one(b)


def _snap_recert(r: random.Random, B: Callable[[], Any]) -> Out:
    p, w = Person(r), staff(r)
    sp = Person(r, p.community)
    street, city = address(r)
    b = B()
    b.t(
        f"SNAP RECERTIFICATION INTERVIEW  Case # {r.randint(10**9, 10**10 - 1)}{r.choice('ABCDEFGHJ')}"
        f"   Interview date: {event_date(r)}   JC {r.randint(13, 99)}\n"
    )
    b.t("Worker: ").pii("PERSON", w.name(r, r.choice(["caps_last_first", "plain"]))).t("\n")
    b.t("Telephone interview with applicant ").pii("PERSON", p.name(r)).t(" at ")
    b.pii("PHONE", phone(r)).t(". Confirmed mailing address ").pii("ADDRESS", street)
    b.t(f" {city}. HH of {r.randint(3, 6)}: A/R, spouse ")
    b.pii("PERSON", sp.name(r, r.choice(["plain", "initial", "lower"]))).t(" (DOB ")
    b.pii("DATE_OF_BIRTH", dob(r)).t(f") and {r.randint(1, 3)} children.\n")
    b.t(r.choice(["A/R SSN ", "SS# of A/R: ", "Applicant soc. sec. no. "])).pii("SSN", ssn(r))
    b.t(" verified thru SOLQ. Spouse has no SSN; files taxes w/ ")
    b.t(r.choice(["ITIN ", "ITIN# ", "tax ID (ITIN) "])).pii("ITIN", itin(r)).t(
        " - ineligible non-citizen, income counted.\n"
    )
    b.t("A/R immigration status: A/R ")
    b.marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "is an [LPR]",
                "is a [qualified alien] (asylee)",
                "is an [asylee]",
                "is a [refugee]",
                "is [PRUCOL]",
                "is a [parolee]",
                "has [TPS]",
                "is a [lawful permanent resident]",
            ]
        ),
    )
    b.t(", ").t(r.choice(["A# ", "A-number ", "USCIS # ", "Alien No. "]))
    b.pii("A_NUMBER", a_number(r, bare=r.random() < 0.5)).t(". ")
    if r.random() < 0.6:
        b.t("I-94 ").pii("I94", i94(r)).t(" on file. ")
    b.t("EAD renewal pending, receipt ").pii("USCIS_RECEIPT", receipt(r)).t(". ")
    b.t("A/R born in ").pii("COUNTRY_OF_BIRTH", p.country_name(r)).t(
        f"; prefers {p.language}. Budget ${r.randint(300, 1900)}/mo. "
        f"Next recert due {event_date(r)}. No shared mailbox contact - use snaprecert@hra.nyc.gov only for escalations."
    )
    return _one(b)


def _hhc_finance(r: random.Random, B: Callable[[], Any]) -> Out:
    p, fc = Person(r), staff(r)
    street, city = address(r)
    b = B()
    site = r.choice(HH_SITES)
    b.t(
        f"{site}  Financial Counseling Note\nMRN {r.randint(10**6, 10**7 - 1)}   Acct "
        f"{r.randint(10**8, 10**9 - 1)}   Visit {event_date(r)}\n"
    )
    b.t("Pt: ").pii("PERSON", p.name(r, r.choice(["caps_last_first", "last_first"]))).t("   DOB: ")
    b.pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t("Pt seen for Fair Pricing / financial assistance screening. Identity verified with ")
    if r.random() < 0.6:
        b.t(r.choice(["passport ", "ppt #", "Passport No. "])).pii(
            "PASSPORT", passport(r, _iso3(p))
        )
        b.t(" (").pii("COUNTRY_OF_BIRTH", p.country_name(r)).t(")")
    else:
        b.t("IDNYC ").pii("IDNYC", idnyc(r)).t("; pt from ").pii(
            "COUNTRY_OF_BIRTH", p.country_name(r)
        )
    b.t(". Pt ")
    b.marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "states [no status]",
                "reports being [undocumented]",
                "is [undocumented]",
                "has [asylum pending]",
                "is [sin papeles] per pt",
                "is [out of status]",
            ]
        ),
    )
    b.t(
        " - not eligible for full Medicaid; screened for Emergency Medicaid and sliding fee "
        "scale. Income reported $"
    )
    b.t(
        f"{r.randint(200, 900)}/wk cash ({r.choice(['deliveries', 'construction', 'nail salon', 'home attendant'])}).\n"
    )
    if r.random() < 0.6:
        b.t("Files taxes with ITIN ").pii("ITIN", itin(r)).t(". ")
    b.t("Home: ").pii("ADDRESS", street).t(f", {city}. Cell ").pii("PHONE", phone(r))
    if r.random() < 0.6:
        b.t(", e-mail ").pii("EMAIL", email(r, p))
    b.t(".\nLetter sent to pt. Counselor: ").pii("PERSON", fc.name(r, "plain")).t(" (")
    b.pii("EMAIL", staff_email(r, fc, "nychhc.org")).t(f") ext. {r.randint(2000, 7999)}")
    return _one(b)


def _oath_summons(r: random.Random, B: Callable[[], Any]) -> Out:
    p, clerk = Person(r), staff(r)
    street, city = address(r)
    org, pub, pubph = PUBLIC_PLACES[0]
    b = B()
    b.t(
        f"{org} - summons note\nSummons No. 0{r.randint(10**8, 10**9 - 1)}{r.choice('KLMN')}   "
        f"Issuing agency: {r.choice(['DSNY', 'DOHMH', 'DCWP', 'DOT', 'Parks'])}   Hearing {event_date(r)} 9:30 AM\n"
    )
    b.t("Respondent: ").pii("PERSON", p.name(r, r.choice(["caps_last_first", "caps", "plain"])))
    b.t(
        f" (street vendor, {r.choice(['fruit cart', 'tamales', 'churros', 'phone cases', 'flowers'])})\n"
    )
    b.t("Address on summons: ").pii("ADDRESS", street).t(f", {city}\n")
    b.t(r.choice(["DOB: ", "D.O.B. ", "Date of birth "])).pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t("ID shown at hearing: ")
    if r.random() < 0.5:
        b.t(r.choice(["IDNYC ", "IDNYC card ", "NYC municipal ID (IDNYC) "])).pii("IDNYC", idnyc(r))
    else:
        b.pii("COUNTRY_OF_BIRTH", p.demonym(r)).t(" passport ").pii(
            "PASSPORT", passport(r, _iso3(p))
        )
    b.t(
        f"\nRespondent appeared in person with {p.language} interpreter. Says the officer took "
        f"{pron(p, 'his', 'her')} cart; fine {money(r)}. Respondent worried the summons will "
        f"affect {pron(p, 'his', 'her')} case - {pron(p)} "
    )
    _status(b, r, p, "en").t(". Told respondent OATH does not ask about status. ")
    b.t("Callback ").pii("PHONE", phone(r)).t(f". Hearing at {pub}; help line {pubph}. Clerk ")
    b.pii("PERSON", clerk.name(r, "initial")).t(".")
    return _one(b)


def _probation(r: random.Random, B: Callable[[], Any]) -> Out:
    p, po = Person(r), staff(r)
    mom = Person(r, p.community, female=True)
    street, city = address(r)
    b = B()
    b.t(
        f"NYC DEPARTMENT OF PROBATION - PROGRAM REFERRAL\nNYSID {r.randint(10**7, 10**8 - 1)}"
        f"{r.choice('HJKLMNPQ')}   Docket CR-{r.randint(10**5, 10**6 - 1)}-{r.choice([25, 26])}"
        f"{r.choice(['BX', 'KN', 'QN', 'NY'])}\n"
    )
    b.t("Probationer: ").pii("PERSON", p.name(r, r.choice(["caps_last_first", "last_first"])))
    b.t("   DOB ").pii("DATE_OF_BIRTH", dob(r, 1990, 2007)).t("\n")
    b.t(
        f"Referred to: {r.choice(['NeON Arts', 'Next STEPS', 'Arches mentoring', 'NeON Works'])} "
        f"(intake {event_date(r)})\n"
    )
    b.t("Resides at ").pii("ADDRESS", street).t(f", {city} with mother ")
    b.pii("PERSON", mom.name(r, r.choice(["plain", "caps"]))).t(", tel ").pii("PHONE", phone(r)).t(
        ".\n"
    )
    b.t("Client born in ").pii("COUNTRY_OF_BIRTH", p.country_name(r)).t("; ")
    b.marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "reports being a [green card holder]",
                "is an [LPR]",
                "has [DACA]",
                "has [TPS]",
                "has [SIJS pending]",
                "is [undocumented]",
            ]
        ),
    )
    b.t(" (A# ").pii("A_NUMBER", a_number(r, bare=True)).t(
        "). Per §9-205 no info shared with ICE. Immigration counsel referral made.\n"
    )
    b.t("PO ").pii("PERSON", po.name(r, r.choice(["plain", "initial"]))).t(" | ")
    b.pii("EMAIL", staff_email(r, po, "probation.nyc.gov")).t(" | main line (212) 361-8977")
    return _one(b)


def _faith_referral(r: random.Random, B: Callable[[], Any]) -> Out:
    p, leader = Person(r), staff(r)
    kid = Person(r, p.community)
    street, city = address(r)
    b = B()
    place = r.choice(PARISHES)
    title = "Imam" if place.startswith(("Masjid", "Imam")) else r.choice(["Fr.", "Pastor", "Sr."])
    b.t(f"{place} - community referral\nReferred by {title} ").pii(
        "PERSON", leader.name(r, "plain")
    )
    b.t(f" on {event_date(r)}\n\n")
    b.t("Family of ").pii("PERSON", p.name(r, r.choice(["plain", "nick", "lower"])))
    b.t(" and children (").pii("PERSON", kid.given).t(r.choice([", 7", ", 11", ", 4"])).t(
        ") came to us from a shelter. "
    )
    b.t(r.choice(["Mother is from ", "They are from ", "Family comes from "])).pii(
        "COUNTRY_OF_BIRTH", p.country_name(r)
    )
    b.t(r.choice([", travelled through Panama and Mexico. ", ", crossed at El Paso. ", ". "]))
    b.t("Status: ")
    _status(b, r, p).t(". ")
    if r.random() < 0.5:
        b.t("I-94 no. ").pii("I94", i94(r)).t(" from CBP. ")
    b.t("Now staying at ").pii("ADDRESS", street).t(f", {city}. ")
    b.t("WhatsApp ").pii("PHONE", phone(r, _iso3(p), intl=0.7)).t(". ")
    b.t(
        "Needs: winter coats, MetroCards, legal screening; referred to MOIA hotline (212) 788-7654."
    )
    return _one(b)


def _ics(r: random.Random, B: Callable[[], Any]) -> Out:
    p, atty = Person(r), staff(r)
    b = B()
    y, m, d = 2026, r.randint(1, 12), r.randint(1, 28)
    b.t(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\n"
    )
    b.t(f"UID:040000008200E00074C5B7101A82E008{r.randint(10**11, 10**12 - 1)}\n")
    b.t(f"DTSTAMP:{y}{m:02d}{d:02d}T{r.randint(10, 22)}1500Z\n")
    b.t(f"DTSTART;TZID=Eastern Standard Time:{y}{m:02d}{d:02d}T{r.randint(9, 16)}0000\n")
    b.t(
        f"SUMMARY:{r.choice(['I-589 prep', 'Asylum decl. review', 'Bond hearing prep', 'EAD renewal'])} - "
    )
    b.pii("PERSON", p.name(r, r.choice(["plain", "caps_last_first", "initial"]))).t("\n")
    b.t(f"LOCATION:{r.choice(['Teams', 'Zoom', '253 Broadway Rm 1410', '22 Reade St - 1st fl'])}\n")
    b.t("ORGANIZER;CN=").pii("PERSON", atty.name(r, "plain")).t(":mailto:")
    b.pii(
        "EMAIL",
        staff_email(r, atty, r.choice(["legalaidnyc.org", "immigrant.nyc.gov", "nylag.org"])),
    ).t("\n")
    b.t("ATTENDEE;CN=").pii("PERSON", p.name(r, "plain")).t(";ROLE=REQ-PARTICIPANT:mailto:")
    b.pii("EMAIL", email(r, p)).t("\n")
    b.t("DESCRIPTION:Client DOB ").pii("DATE_OF_BIRTH", dob(r)).t("\\n")
    b.t(r.choice(["A# ", "A#: ", "Anum "])).pii("A_NUMBER", a_number(r, bare=r.random() < 0.4)).t(
        "\\n"
    )
    b.t("Cell ").pii("PHONE", phone(r)).t("\\n")
    if r.random() < 0.6:
        b.t("Receipt ").pii("USCIS_RECEIPT", receipt(r)).t("\\n")
    b.t("COB ").pii("COUNTRY_OF_BIRTH", p.country_name(r)).t("\\, ").t(p.language).t(
        " interp needed\n"
    )
    b.t("BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR")
    return _one(b)


_CASE_NOTES = [
    _ems_pcr,
    _snap_recert,
    _hhc_finance,
    _oath_summons,
    _probation,
    _faith_referral,
    _ics,
]


def case_note_h(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(_CASE_NOTES)(r, B)


# -- intake forms -------------------------------------------------------------------------------


def _pdf_dump(r: random.Random, B: Callable[[], Any]) -> Out:
    """Child care assistance application, as a PDF's fields dumped by a tool."""
    p, w = Person(r), staff(r)
    child = Person(r, p.community)
    street, city = address(r)
    pdftk = r.random() < 0.5
    b = B()

    def field(name: str, type_: str | None, value: str) -> None:
        if pdftk:
            b.t("---\nFieldType: Text\nFieldName: topmostSubform[0].Page1[0].").t(name)
            b.t("[0]\nFieldNameAlt: ").t(name.replace("_", " ")).t("\nFieldValue: ")
        else:
            b.t(name).t(": ")
        if type_:
            b.pii(type_, value)
        else:
            b.t(value)
        b.t("\n")

    b.t(
        "# pdftk CCAP_application.pdf dump_data_fields_utf8\n"
        if pdftk
        else "# fields extracted from Child_Care_Application_LDSS-2921.pdf\n"
    )
    sur = p.full_surname(r)
    field("Applicant_Last_Name", "PERSON", sur.upper() if r.random() < 0.5 else sur)
    field("Applicant_First_Name", "PERSON", p.given)
    field("Applicant_DOB", "DATE_OF_BIRTH", dob(r))
    if r.random() < 0.5:
        field("Applicant_SSN", "SSN", ssn(r))
    else:
        field("Applicant_SSN_or_ITIN", "ITIN", itin(r))
    field("Home_Address", "ADDRESS", street)
    field("City_State_Zip", None, city)
    field("Phone_Primary", "PHONE", phone(r))
    field("Email", "EMAIL", email(r, p))
    field("Applicant_Immigration_Status", "IMMIGRATION_STATUS", status_word(r))
    field("Alien_Registration_No", "A_NUMBER", a_number(r, bare=r.random() < 0.5))
    field("Country_of_Birth", "COUNTRY_OF_BIRTH", p.country_name(r))
    field("Child1_Name", "PERSON", child.name(r, "plain"))
    field("Child1_DOB", "DATE_OF_BIRTH", dob(r, 2014, 2024))
    field("Child1_Care_Type", None, r.choice(["Center", "Family Day Care", "Informal"]))
    field("Weekly_Income", None, money(r))
    field("Date_Signed", None, event_date(r))
    field("Worker_Name", "PERSON", w.name(r, "caps_last_first"))
    return _one(b)


def _hrc_intake(r: random.Random, B: Callable[[], Any]) -> Out:
    p, sup, off = Person(r), staff(r), staff(r)
    street, city = address(r)
    b = B()
    b.t(
        "NYC COMMISSION ON HUMAN RIGHTS - LAW ENFORCEMENT BUREAU\nINQUIRY INTAKE            "
        f"Inquiry No. M-{r.randint(10**4, 10**5 - 1)}-{r.choice(['H', 'E', 'P'])}   Taken {event_date(r)}\n\n"
    )
    b.t("Complainant name:      ").pii("PERSON", p.name(r, r.choice(["plain", "last_first"]))).t(
        "\n"
    )
    b.t("Home address:          ").pii("ADDRESS", street).t(f"\n                       {city}\n")
    b.t("Best phone:            ").pii("PHONE", phone(r)).t("   OK to leave msg? ")
    b.t(r.choice(["Y", "N"])).t("\n")
    b.t("E-mail:                ").pii("EMAIL", email(r, p)).t("\n")
    b.t("Date of birth:         ").pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t(f"Language:              {p.language}\n")
    b.t("Area: [x] Housing  [ ] Employment  [ ] Public accommodation\n")
    b.t("Protected class(es):   [x] National origin (").pii("COUNTRY_OF_BIRTH", p.country_name(r))
    b.t(")  [x] Immigration status  [ ] Disability\n")
    b.t(
        f"Respondent:            {r.choice(['Bronxwood Mgmt LLC', 'Sunrise 44 Realty Corp', 'Kingsbridge Holdings LLC'])}; super "
    )
    b.pii("PERSON", sup.name(r, r.choice(["plain", "initial"]))).t("\n\n")
    b.t(
        "Narrative: Super told complainant the lease would not be renewed unless "
        f"{pron(p)} showed a green card. Complainant "
    )
    _status(b, r, p, "en").t(". Complainant showed ")
    if r.random() < 0.5:
        b.t("IDNYC # ").pii("IDNYC", idnyc(r))
    else:
        b.t(f"{pron(p, 'his', 'her')} passport, ").pii("PASSPORT", passport(r, _iso3(p)))
    b.t(" and rent receipts. Similar incident reported by upstairs neighbor.\n")
    b.t("Intake officer: ").pii("PERSON", off.name(r, "plain")).t(", ")
    b.pii("EMAIL", staff_email(r, off, "cchr.nyc.gov")).t(" (copy to infoline@cchr.nyc.gov)")
    return _one(b)


def _hlis(r: random.Random, B: Callable[[], Any]) -> Out:
    kid = Person(r)
    parent = Person(r, kid.community)
    street, city = address(r)
    b = B()
    b.t("NYC PUBLIC SCHOOLS - HOME LANGUAGE IDENTIFICATION SURVEY (HLIS) / ENROLLMENT\n")
    b.t(
        f"OSIS # {r.randint(2 * 10**8, 3 * 10**8)}   School: {r.choice(['PS 19Q', 'PS 89X', 'IS 318K', 'PS 143Q', 'MS 390X'])}"
        f"   Date: {event_date(r)}\n"
    )
    b.t("Student last name: ").pii("PERSON", kid.full_surname(r).upper())
    b.t("   First: ").pii("PERSON", kid.given).t("\n")
    b.t("Student DOB: ").pii("DATE_OF_BIRTH", dob(r, 2008, 2021)).t("   Grade: ")
    b.t(r.choice(["K", "2", "5", "7", "9"])).t("\n")
    b.t("Proof of age: ")
    if r.random() < 0.6:
        b.t("passport #").pii("PASSPORT", passport(r, _iso3(kid)))
    else:
        b.t("birth cert. (foreign)")
    b.t("\nStudent country of birth: ").pii("COUNTRY_OF_BIRTH", kid.country_name(r))
    b.t(f"   Date of first entry to US school: {event_date(r)}\n")
    b.t(f"1. What language does your child understand? {kid.language}\n")
    b.t(f"2. What language does your child speak? {kid.language}\n")
    b.t(f"3. What language is spoken at home? {kid.language}\n")
    b.t("Parent/guardian: ").pii(
        "PERSON", parent.name(r, r.choice(["plain", "last_first", "nick"]))
    )
    b.t("   Relationship: ").t(r.choice(["Mother", "Father", "Aunt", "Grandmother"])).t("\n")
    b.t("Address: ").pii("ADDRESS", street).t(f", {city}\n")
    b.t("Home/cell: ").pii("PHONE", phone(r)).t("   E-mail: ").pii("EMAIL", email(r, parent)).t(
        "\n"
    )
    b.t("Parent ID seen: ")
    if r.random() < 0.6:
        b.t("IDNYC ").pii("IDNYC", idnyc(r))
    else:
        b.t("consular ID")
    b.t("\nSTH: ").t(r.choice(["Y - DHS shelter", "N", "Y - doubled up"]))
    b.t("   Interview conducted in ").t(kid.language).t(" by the ELL coordinator")
    return _one(b)


def _detention_visit(r: random.Random, B: Callable[[], Any]) -> Out:
    det, vis = Person(r), Person(r)
    street, city = address(r)
    b = B()
    b.t(
        f"VISITATION REQUEST - {r.choice(DETENTION)}\n(submit 48 hrs before visit; visit date "
        f"{event_date(r)})\n\nDETAINEE\n"
    )
    b.t("Full name: ").pii("PERSON", det.name(r, r.choice(["caps_last_first", "caps", "plain"]))).t(
        "\n"
    )
    b.t(r.choice(["A-Number: ", "A#: ", "Alien Number: ", "A No.: "]))
    b.pii("A_NUMBER", a_number(r, bare=r.random() < 0.6)).t("\n")
    b.t("Date of birth: ").pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t(r.choice(["Country of citizenship: ", "Nationality: ", "Country of birth: "]))
    b.pii("COUNTRY_OF_BIRTH", det.country_name(r) if r.random() < 0.6 else det.demonym(r))
    b.t(f"\nHousing unit: {r.choice(['B-2', 'C-West', 'Dorm 4', 'Pod 3'])}\n\nVISITOR\n")
    b.t("Name: ").pii("PERSON", vis.name(r, "plain")).t("   Relationship: ")
    b.t(r.choice(["spouse", "sister", "cousin", "friend", "pastor"])).t("\n")
    b.t("DOB: ").pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t("Address: ").pii("ADDRESS", street).t(f" {city}\n")
    b.t("Phone: ").pii("PHONE", phone(r)).t("\n")
    b.t("ID to be presented: ")
    if r.random() < 0.5 and vis.country[2]:
        b.t("Passport (").pii("COUNTRY_OF_BIRTH", vis.country_name(r)).t(") no. ").pii(
            "PASSPORT", passport(r, _iso3(vis))
        )
    else:
        b.t("IDNYC no. ").pii("IDNYC", idnyc(r))
    b.t("\nVisitor immigration status (optional): ")
    b.pii("IMMIGRATION_STATUS", status_word(r))
    b.t("\nI understand visits may be cancelled without notice.")
    return _one(b)


def _bail_intake(r: random.Random, B: Callable[[], Any]) -> Out:
    det, sp, dof = Person(r), Person(r), staff(r)
    street, city = address(r)
    b = B()
    b.t(
        f"{r.choice(['Queens Community Bond Fund', 'Bronx Freedom Fund (immigration)', 'NY Immigrant Bond Project'])}"
        f" - INTAKE   ref {r.randint(1000, 9999)}-{r.choice(['IB', 'QB'])}\n"
    )
    b.t("Person detained: ").pii("PERSON", det.name(r, r.choice(["plain", "caps_last_first"])))
    b.t("\nA#: ").pii("A_NUMBER", a_number(r)).t("   DOB: ").pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t("Where from: ").pii("COUNTRY_OF_BIRTH", det.country_name(r)).t(
        f"   Language: {det.language}\n"
    )
    b.t(f"Detained at: {r.choice(DETENTION)} since {event_date(r)}\n")
    b.t(f"Bond set: {money(r)} by IJ on {event_date(r)}   ")
    b.t("Deportation officer: ").pii("PERSON", dof.name(r, r.choice(["initial", "plain"]))).t("\n")
    b.t("Case: ").marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "[asylum pending]",
                "[EWI], I-589 filed",
                "[visa overstay]",
                "[TPS] lapsed",
                "[LPR] - criminal bar alleged",
                "[parolee]",
            ]
        ),
    )
    b.t("\n\nSPONSOR / CONTACT\n")
    b.t("Name: ").pii("PERSON", sp.name(r, "plain")).t("\n")
    b.t("Address: ").pii("ADDRESS", street).t(f", {city}\n")
    b.t("Phone: ").pii("PHONE", phone(r)).t("   Email: ").pii("EMAIL", email(r, sp)).t("\n")
    b.t("Sponsor ID: ")
    if r.random() < 0.5:
        b.t("SSN ").pii("SSN", ssn(r))
    else:
        b.t("ITIN ").pii("ITIN", itin(r))
    b.t("   Sponsor status: ").pii(
        "IMMIGRATION_STATUS",
        r.choice(["LPR", "green card", "TPS", "asylee", "DACA", "asylum pending"]),
    )
    b.t("\nSource of funds: family + GoFundMe. Call back on weekdays only.")
    return _one(b)


def _vcard(r: random.Random, B: Callable[[], Any]) -> Out:
    p = Person(r)
    street, city = address(r)
    num_street = street.split(",")[0].split(" Apt")[0].split(" #")[0]
    unit = street[len(num_street) :].lstrip(", ").strip()
    place, rest = city.split(", NY ")
    b = B()
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:").pii("PERSON", p.full_surname(r)).t(";").pii(
        "PERSON", p.given
    )
    b.t(";;").t(r.choice(["Sra.", "Mr.", "Ms.", ""])).t(";\nFN:").pii("PERSON", p.name(r, "plain"))
    b.t("\nTEL;TYPE=CELL:").pii("PHONE", phone(r))
    if r.random() < 0.5:
        b.t("\nTEL;TYPE=HOME:").pii("PHONE", phone(r, _iso3(p), intl=1.0))
    b.t("\nEMAIL;TYPE=INTERNET:").pii("EMAIL", email(r, p))
    b.t("\nADR;TYPE=HOME:;")
    if unit:
        b.pii("ADDRESS", unit)
    b.t(";").pii("ADDRESS", num_street).t(f";{place};NY;{rest};USA")
    b.t("\nBDAY:").pii("DATE_OF_BIRTH", dob(r))
    b.t("\nNOTE:").t(r.choice(["A# ", "A-num ", "A "])).pii("A_NUMBER", a_number(r, bare=True))
    b.t(" - ")
    b.marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "[asylum pending]",
                "[TPS]",
                "[undocumented]",
                "[parolee]",
                "[SIJS pending]",
                "[indocumentada]",
            ]
        ),
    )
    b.t(" - from ").pii("COUNTRY_OF_BIRTH", p.country_name(r))
    if r.random() < 0.5:
        b.t(" - receipt ").pii("USCIS_RECEIPT", receipt(r))
    b.t(
        f" - intake {event_date(r)}\\nORG:Client\nCATEGORIES:clients,{r.choice(['bond', 'asylum', 'SIJS'])}\nEND:VCARD"
    )
    return _one(b)


_FORMS = [_pdf_dump, _hrc_intake, _hlis, _detention_visit, _bail_intake, _vcard]


def intake_form_h(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(_FORMS)(r, B)


# -- letters ------------------------------------------------------------------------------------


def _translated(r: random.Random, B: Callable[[], Any]) -> Out:
    """A resident's letter in Spanish or French, then the certified English translation."""
    p, tr = Person(r), staff(r)
    if p.community not in (
        "dominican",
        "mexican",
        "ecuadorian",
        "central_american",
        "venezuelan_colombian",
        "haitian",
        "west_african",
    ):
        p = Person(r, r.choice(["mexican", "ecuadorian", "venezuelan_colombian", "west_african"]))
    fr = p.community in ("haitian", "west_african")
    street, city = address(r)
    an, d_es, ph = a_number(r), dob(r, lang="fr" if fr else "es"), phone(r)
    name = p.name(r, "plain")
    b = B()
    b.t("[ORIGINAL]\n\n")
    if fr:
        b.t("Madame, Monsieur,\n\nJe m'appelle ").pii("PERSON", name).t(", née le ")
        b.pii("DATE_OF_BIRTH", d_es).t(" en ").pii("COUNTRY_OF_BIRTH", p.country_name(r))
        b.t(". J'habite au ").pii("ADDRESS", street).t(f", {city}. Mon numéro A est le ")
        b.pii("A_NUMBER", an).t(". Je ").marked(
            "IMMIGRATION_STATUS",
            r.choice(["suis [demandeuse d'asile]", "suis [sans papiers]", "suis [réfugiée]"]),
        )
        b.t(" et je demande un report de mon rendez-vous. Vous pouvez me joindre au ")
        b.pii("PHONE", ph).t(".\n\nCordialement,\n").pii("PERSON", name).t("\n\n")
    else:
        b.t("A quien corresponda:\n\nMi nombre es ").pii("PERSON", name).t(", nací el ")
        b.pii("DATE_OF_BIRTH", d_es).t(" en ").pii("COUNTRY_OF_BIRTH", p.country_name(r))
        b.t(". Vivo en ").pii("ADDRESS", street).t(f", {city}. Mi número de extranjero es ")
        b.pii("A_NUMBER", an).t(". ")
        b.marked(
            "IMMIGRATION_STATUS",
            r.choice(
                [
                    "Soy [solicitante de asilo]",
                    "Estoy [sin papeles]",
                    "Tengo [asilo pendiente]",
                    "Soy [indocumentada]",
                    "Tengo [TPS]",
                    "Entré con [parole humanitario]",
                ]
            ),
        )
        b.t(" y pido que cambien la fecha de mi cita. Mi teléfono es ").pii("PHONE", ph)
        b.t(".\n\nAtentamente,\n").pii("PERSON", name).t("\n\n")
    b.t("[TRANSLATION]\n\nTo whom it may concern:\n\nMy name is ").pii("PERSON", name)
    b.t(", I was born on ").pii("DATE_OF_BIRTH", d_es).t(" in ").pii(
        "COUNTRY_OF_BIRTH", p.country_name(r)
    )
    b.t(". I live at ").pii("ADDRESS", street).t(f", {city}. My A-number is ").pii("A_NUMBER", an)
    b.t(". I am ").marked(
        "IMMIGRATION_STATUS",
        r.choice(["an [asylum applicant]", "[undocumented]", "[asylum pending]", "a [TPS holder]"]),
    )
    b.t(" and I ask that my appointment be rescheduled. My phone is ").pii("PHONE", ph)
    b.t(".\n\nSincerely,\n").pii("PERSON", name).t("\n\n")
    b.t("CERTIFICATE OF TRANSLATION: I, ").pii("PERSON", tr.name(r, "plain"))
    b.t(
        f", certify that I am competent to translate from {'French' if fr else 'Spanish'} into "
        f"English and that the above is accurate. Date: {event_date(r)}."
    )
    return _one(b)


def _bail_letter(r: random.Random, B: Callable[[], Any]) -> Out:
    det, dof, org = Person(r), staff(r), staff(r)
    b = B()
    b.t(f"{event_date(r)}\n\nVia e-mail\nDeportation Officer ").pii("PERSON", dof.name(r, "plain"))
    b.t("\nICE ERO New York Field Office\n26 Federal Plaza, 9th Floor\nNew York, NY 10278\n\n")
    b.t("Re: ").pii("PERSON", det.name(r, r.choice(["caps", "caps_last_first"])))
    b.t(", ").pii("A_NUMBER", a_number(r)).t("\n     DOB ").pii("DATE_OF_BIRTH", dob(r))
    b.t("\n\nDear Officer ").pii("PERSON", dof.surname).t(":\n\n")
    b.t(f"Our fund has posted the {money(r)} delivery bond set for the above-named, a ")
    b.pii("COUNTRY_OF_BIRTH", det.country[1][0]).t(" national who ")
    _status(b, r, det, "en").t(". Form I-352 and the obligor's documents are attached. ")
    b.t("Please confirm release from ").t(r.choice(DETENTION)).t(". ")
    if r.random() < 0.6:
        b.t(f"{pron(det, 'His', 'Her')} I-94 (").pii("I94", i94(r)).t(") and EAD receipt ").pii(
            "USCIS_RECEIPT", receipt(r)
        )
        b.t(" are in the file. ")
    b.t(f"{pron(det, 'He', 'She')} will reside with {pron(det, 'his', 'her')} sister at ")
    street, city = address(r)
    b.pii("ADDRESS", street).t(f", {city}, tel. ").pii("PHONE", phone(r)).t(".\n\nSincerely,\n\n")
    b.pii("PERSON", org.name(r, "plain")).t("\nBond Coordinator\n").pii(
        "EMAIL", staff_email(r, org, "nybondfund.org")
    )
    b.t(" | bonds@nybondfund.org")
    return _one(b)


def _hrc_ack(r: random.Random, B: Callable[[], Any]) -> Out:
    p, att = Person(r), staff(r)
    street, city = address(r)
    b = B()
    org, pub, pubph = PUBLIC_PLACES[1]
    b.t(f"{org.upper()}\n{pub}, New York, NY 10007\n\n{event_date(r)}\n\n")
    b.pii("PERSON", p.name(r, r.choice(["plain", "caps"]))).t("\n").pii("ADDRESS", street)
    b.t(f"\n{city}\n\n")
    b.t(f"Re: Inquiry M-{r.randint(10**4, 10**5 - 1)}-H\n\nDear ")
    b.t(pron(p, "Mr. ", "Ms. ") if r.random() < 0.9 else "Mx. ").pii("PERSON", p.surname).t(":\n\n")
    b.t(
        "Thank you for contacting the Commission. You reported that your landlord refused to "
        "renew your lease after learning that you were born in "
    )
    b.pii("COUNTRY_OF_BIRTH", p.country_name(r)).t(" and that you ")
    b.marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "are [undocumented]",
                "have [asylum pending]",
                "have [TPS]",
                "are an [asylum seeker]",
                "are [undoc]",
                "are a [parolee]",
                "have [no status]",
                "are on [DACA]",
            ]
        ),
    ).t(
        ". Discrimination based on national origin or immigration status "
        "is illegal in New York City. "
    )
    b.t("We have your date of birth as ").pii("DATE_OF_BIRTH", dob(r)).t(" and your phone as ")
    b.pii("PHONE", phone(r)).t("; please tell us if either is wrong.\n\n")
    b.t("Your attorney, ").pii("PERSON", att.name(r, "plain")).t(", can be reached at ")
    b.pii("EMAIL", staff_email(r, att, "cchr.nyc.gov")).t(
        f". General line: {pubph}.\n\nLaw Enforcement Bureau"
    )
    return _one(b)


def _childcare_notice(r: random.Random, B: Callable[[], Any]) -> Out:
    p, w = Person(r), staff(r)
    child = Person(r, p.community)
    street, city = address(r)
    b = B()
    org, pub, pubph = PUBLIC_PLACES[5]
    b.t(
        f"NEW YORK CITY ADMINISTRATION FOR CHILDREN'S SERVICES\nDivision of Child Care\n{pub}, "
        f"New York, NY 10038\n\nNotice date: {event_date(r)}   Case # {r.randint(10**7, 10**8 - 1)}\n\n"
    )
    b.t("TO: ").pii("PERSON", p.name(r, r.choice(["caps", "caps_last_first"]))).t("\n    ")
    b.pii("ADDRESS", street.upper()).t(f"\n    {city.upper()}\n\n")
    b.t("NOTICE OF DECISION ON YOUR CHILD CARE ASSISTANCE APPLICATION\n\n")
    b.t("We have approved child care assistance for ").pii("PERSON", child.name(r, "plain"))
    b.t(" (date of birth ").pii("DATE_OF_BIRTH", dob(r, 2014, 2024)).t(
        f") starting {event_date(r)}. "
    )
    b.t(f"Your weekly family share is {money(r)}. ")
    b.t("We verified your identity with ")
    if r.random() < 0.5:
        b.t("IDNYC card no. ").pii("IDNYC", idnyc(r))
    else:
        b.t("passport no. ").pii("PASSPORT", passport(r, _iso3(p)))
    b.t(" and your Social Security number ending in ").t(f"{r.randint(1000, 9999)}")
    b.t(". Your child's eligibility does not depend on your immigration status.\n\n")
    b.t("Questions: call your worker, ").pii("PERSON", w.name(r, "plain")).t(
        f", or the ACS line {pubph}."
    )
    return _one(b)


def _congregation(r: random.Random, B: Callable[[], Any]) -> Out:
    p, clergy = Person(r), staff(r)
    spouse = Person(r, p.community)
    street, city = address(r)
    b = B()
    place = r.choice(PARISHES)
    b.t(
        f"{place}\n{r.randint(10, 900)} {r.choice(['Prospect Ave', 'Church Ave', 'Elder Ave'])}\n\n"
        f"{event_date(r)}\n\nTo the Honorable Immigration Judge,\n\n"
    )
    b.t("I write in support of ").pii("PERSON", p.name(r, "plain")).t(" (").pii(
        "A_NUMBER", a_number(r)
    )
    b.t("), born ").pii("DATE_OF_BIRTH", dob(r)).t(", whom I have known since ")
    b.t(f"{r.randint(2016, 2024)}. ").pii("PERSON", p.given).t(" came to our congregation from ")
    b.pii("COUNTRY_OF_BIRTH", p.country_name(r)).t(" with ")
    b.t(pron(p, "his wife ", "her husband ") if r.random() < 0.8 else "their partner ").pii(
        "PERSON", spouse.name(r, "plain")
    )
    b.t(" and volunteers at our food pantry every Saturday. ")
    b.t("The family lives at ").pii("ADDRESS", street).t(f", {city}. ")
    b.t("I understand the family ").marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "is [seeking asylum]",
                "has [asylum pending]",
                "has [TPS]",
                "is [undocumented]",
                "entered on [humanitarian parole]",
            ]
        ),
    )
    b.t(" and fears return. Our community will support them.\n\n")
    b.t("Respectfully,\n\n").pii("PERSON", clergy.name(r, "plain")).t("\n")
    b.t(r.choice(["Pastor", "Imam", "Parish Administrator", "Deacon"])).t("\n")
    b.pii("PHONE", phone(r)).t(" (cell) | ").pii("EMAIL", email(r, clergy))
    return _one(b)


_LETTERS = [_translated, _bail_letter, _hrc_ack, _childcare_notice, _congregation]


def letter_h(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(_LETTERS)(r, B)


# -- CSV extracts -------------------------------------------------------------------------------

Cell = tuple[str, str | None, str]  # (header, label type or None, value)


def _cms_export(r: random.Random) -> list[list[Cell]]:
    """A case-management system's export with cryptic column codes."""
    rows = []
    wk = staff(r)
    for _ in range(r.randint(3, 5)):
        p = Person(r)
        street, city = address(r)
        rows.append(
            [
                ("CASE_ID", None, f"C{r.randint(10**6, 10**7 - 1)}"),
                ("CL_LNM", "PERSON", p.full_surname(r).upper()),
                ("CL_FNM", "PERSON", p.given.upper() if r.random() < 0.5 else p.given),
                ("DOB_DT", "DATE_OF_BIRTH", dob(r)),
                ("COB_CD", "COUNTRY_OF_BIRTH", p.iso(r)),
                ("IMM_STAT_CD", "IMMIGRATION_STATUS", r.choice(VAULT_STATUS_CODES)),
                ("ANUM", "A_NUMBER", a_number(r, bare=r.random() < 0.5)),
                ("SSN_ITIN", *(("SSN", ssn(r)) if r.random() < 0.5 else ("ITIN", itin(r)))),
                ("ADDR1", "ADDRESS", street),
                ("ADDR_CITY", None, city.split(",")[0]),
                ("ZIP", None, city.rsplit(" ", 1)[1]),
                ("PH1", "PHONE", phone(r)),
                ("EML", "EMAIL", email(r, p)),
                ("ID_TYP", None, "IDNYC"),
                ("ID_NO", "IDNYC", idnyc(r)),
                ("RCPT_NO", "USCIS_RECEIPT", receipt(r) if r.random() < 0.6 else ""),
                ("I94_NO", "I94", i94(r) if r.random() < 0.5 else ""),
                ("OPEN_DT", None, event_date(r)),
                ("WRKR", "PERSON", f"{wk.surname.upper()}, {wk.given[0]}"),
            ]
        )
    return rows


def _outlook(r: random.Random) -> list[list[Cell]]:
    rows = []
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        street, city = address(r)
        place, zipc = city.split(", NY ")
        iso = _iso3(p)
        notes_status = status_word(r)
        rows.append(
            [
                ("First Name", "PERSON", p.given),
                ("Middle Name", None, ""),
                ("Last Name", "PERSON", p.full_surname(r)),
                (
                    "Company",
                    None,
                    r.choice(["", "", "Client", "La Colmena", "African Communities Together"]),
                ),
                ("E-mail Address", "EMAIL", email(r, p)),
                ("Mobile Phone", "PHONE", phone(r)),
                ("Home Phone", "PHONE", phone(r, iso, intl=1.0) if r.random() < 0.4 else ""),
                ("Home Street", "ADDRESS", street),
                ("Home City", None, place),
                ("Home State", None, "NY"),
                ("Home Postal Code", None, zipc),
                ("Birthday", "DATE_OF_BIRTH", dob(r)),
                ("Notes", None, ""),
                ("Categories", None, r.choice(["Clients", "Clients;Bond", "Asylum clinic"])),
            ]
        )
        # Free-text notes: one cell, labels inside.
        rows[-1][12] = ("Notes", "__notes__", f"{p.demonym(r)}|{notes_status}")
    return rows


def _shelter_beds(r: random.Random) -> list[list[Cell]]:
    rows = []
    cw = staff(r)
    for bed in range(r.randint(4, 7)):
        p = Person(r)
        rows.append(
            [
                ("Bed", None, f"{r.choice(['2', '3', '4'])}{r.choice('ABC')}-{bed + 1:02d}"),
                (
                    "Resident",
                    "PERSON",
                    p.name(r, r.choice(["caps_last_first", "last_first", "plain"])),
                ),
                ("DOB", "DATE_OF_BIRTH", dob(r)),
                ("Nat.", "COUNTRY_OF_BIRTH", r.choice([p.iso(r), p.demonym(r), p.country_name(r)])),
                ("Status", "IMMIGRATION_STATUS", r.choice(VAULT_STATUS_CODES)),
                ("A#", "A_NUMBER", a_number(r, bare=r.random() < 0.7) if r.random() < 0.8 else ""),
                ("Cell", "PHONE", phone(r, _iso3(p), intl=0.3)),
                ("Intake dt", None, event_date(r)),
                ("Lang", None, p.language),
                ("CW", "PERSON", cw.name(r, "initial")),
            ]
        )
    return rows


def _moia_event(r: random.Random) -> list[list[Cell]]:
    rows = []
    for _ in range(r.randint(3, 6)):
        p = Person(r)
        street, city = address(r)
        rows.append(
            [
                ("Order #", None, f"{r.randint(10**9, 10**10 - 1)}"),
                ("Order Date", None, f"{event_date(r)} {r.randint(8, 21)}:{r.randint(0, 59):02d}"),
                ("First Name", "PERSON", p.given if r.random() < 0.8 else p.given.lower()),
                ("Last Name", "PERSON", p.full_surname(r)),
                ("Email", "EMAIL", email(r, p)),
                (
                    "Ticket Type",
                    None,
                    r.choice(
                        [
                            "Know Your Rights - Spanish",
                            "IDNYC pop-up",
                            "Free legal screening",
                            "ESOL fair",
                        ]
                    ),
                ),
                ("Phone", "PHONE", phone(r)),
                ("Home Address", "ADDRESS", street if r.random() < 0.7 else ""),
                ("Zip", None, city.rsplit(" ", 1)[1]),
                ("Date of birth (for IDNYC appointment)", "DATE_OF_BIRTH", dob(r)),
                ("What is your country of origin?", "COUNTRY_OF_BIRTH", p.country_name(r)),
                (
                    "Immigration status (optional)",
                    "IMMIGRATION_STATUS",
                    r.choice([status_word(r), "Prefer not to say"]),
                ),
                ("IDNYC # if you have one", "IDNYC", idnyc(r) if r.random() < 0.5 else ""),
                ("Preferred language", None, p.language),
                (
                    "Passport # (for consulate table)",
                    "PASSPORT",
                    passport(r, _iso3(p)) if r.random() < 0.35 else "",
                ),
            ]
        )
    return rows


def csv_extract_h(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    kind = r.choice([_cms_export, _outlook, _shelter_beds, _moia_event])
    rows = kind(r)
    out: Out = []
    for row in rows:
        for header, type_, value in row:
            b = B()
            if type_ == "__notes__":
                demonym, status = value.split("|")
                b.pii("COUNTRY_OF_BIRTH", demonym).t(", ").pii("IMMIGRATION_STATUS", status)
                b.t(r.choice([", needs bond $", ", KYR 12/2", "; referred to clinic"]))
            elif value == "Prefer not to say":
                b.t(value)
            elif type_ and value:
                b.pii(type_, value)
            else:
                b.t(value)
            out.append((b.text(), b.labels, f"{header}: "))
    return out


VAULT_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_h": case_note_h,
    "intake_form_h": intake_form_h,
    "letter_h": letter_h,
    "csv_extract_h": csv_extract_h,
}
