"""The "sealed" split: a fifth blind split of the synthetic corpus ("g" templates).

Written blind on 2026-12-02, without reading the scanner, its data, the benchmarks or the older
held-out templates (fresh, holdout.py, final.py, unseen.py). Four templates, one per kind, each
picking among several sub-layouts from institutions the older splits did not use:

- case_note_g: a DHS shelter incident report, an NYPD domestic incident report (DIR) narrative,
  a CUNY Citizenship Now! consultation note, the OCR of a handwritten NYC Health + Hospitals
  interpreter request slip, a DOC visit-services note, a ticket with a JSON or XML payload
  pasted in, and a Markdown table copied from a team wiki.
- intake_form_g: a Family Justice Center intake, an NYC Care enrollment, a DYCD youth program
  enrollment, a Department of Veterans' Services intake, an HRA burial-assistance application
  and a bilingual Medicaid renewal worksheet (Bengali, Chinese, Russian, Korean or Arabic field
  names next to the English ones).
- letter_g: an HPD referral to housing-court counsel, a Citizenship Now! appointment letter, a
  Family Justice Center request for U visa certification, an HRA burial-allowance decision and
  a DVS letter of support.
- csv_extract_g: a Google Forms export with the questions as headers, an Excel export whose
  merged header rows were flattened ("Applicant / Date of Birth"), a jail visit log, a pharmacy
  refill log and a municipal voter roster. One segment per cell, the header as prefix.

Names (given names, surnames, nicknames) and streets come from pools of this module's own, checked
by tests/privacy/test_eval_corpus.py to share no value and no name word with any older pool;
about a third of the names are rare. Countries, nationalities and status terms are closed
vocabularies and are written the way NYC agency files mostly write them (plain "Mexico",
"Dominican", "undocumented", "asylum seeker", "TPS"), with a minority of abbreviations,
misspellings, ISO codes and other languages (Spanish, French, Haitian Creole, Chinese, Russian,
Korean, Arabic, Urdu, Bengali and Nepali transliteration, Tagalog slang).

Labelled: residents', relatives' and staff names (PERSON, honorifics outside the span),
A-numbers (also bare digits after an A-number label), SSNs, ITINs, passport numbers, residents'
phones and e-mails and staff's own work e-mails, dates of birth, residents' street addresses,
IDNYC numbers, USCIS receipt numbers, I-94 numbers, the words of an immigration status and the
country or nationality of a resident's birth or origin.

Left unlabelled on purpose: docket, index, case, incident, DIR, B&C, NYSID, MRN, claim and
ticket numbers; hearing, appointment, visit, fill and message dates and timestamps; ages; money;
agencies and organisations; public agency addresses, phones and shared mailboxes; form names
(I-589, I-130, I-765, N-400); languages ("Haitian Creole interpreter"); ZIP+4 codes; buildings
and streets named after people; countries that are not anyone's origin ("the Mexican
consulate", "travel to Canada").

Randomness comes only from the `r` passed in; the `f` argument is ignored.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

Out = list[tuple[str, list[Any], str]]

# -- pools -------------------------------------------------------------------------------------

# Each community: common and rare given names and surnames, nicknames, countries of origin as
# (country, demonym, ISO alpha-3, ISO alpha-2, variants), the e-mail domains its residents use
# and the key of its phone and passport formats.
SEALED_COMMUNITIES: dict[str, dict[str, Any]] = {
    "mexican": {
        "given_f": ["Maricruz", "Eréndira", "Marisela", "Griselda", "Viridiana"],
        "given_m": ["Crispín", "Genaro", "Filiberto", "Efrén", "Isidro"],
        "surnames": ["Olvera", "Quiroz", "Galicia", "Tapia", "Cisneros", "Rosales"],
        "nicknames_f": ["Chela", "Licha"],
        "nicknames_m": ["Chava", "Lencho"],
        "rare_given_f": ["Tonantzin", "Yatziri", "Xitlali"],
        "rare_given_m": ["Tenoch", "Cuauhtémoc", "Tlacaélel"],
        "rare_surnames": ["Tepox", "Huitrón", "Coyotl", "Tlapale"],
        "countries": [("Mexico", "Mexican", "MEX", "MX", ["México", "MEXICO", "Mex."])],
        "two_surnames": True,
        "phone": "mx",
        "passport": "letter8",
        "mail": ["gmail.com", "hotmail.com", "yahoo.com.mx"],
    },
    "dominican": {
        "given_f": ["Yanelis", "Yumeiry", "Kenia", "Miguelina", "Rosanna"],
        "given_m": ["Ysidro", "Teófilo", "Wilkin", "Franklyn", "Reymundo"],
        "surnames": ["Abreu", "Cabral", "Féliz", "Marte", "Ozoria", "Cuevas"],
        "nicknames_f": ["Yoki", "Chichí"],
        "nicknames_m": ["Mingo", "Yeyo"],
        "rare_given_f": ["Yohairy", "Dilenny", "Yokeiry"],
        "rare_given_m": ["Wandy", "Eligio", "Rosendy"],
        "rare_surnames": ["Espaillat", "Frómeta", "Genao", "Guichardo"],
        "countries": [
            (
                "Dominican Republic",
                "Dominican",
                "DOM",
                "DO",
                ["República Dominicana", "Rep. Dominicana", "DR", "Dom. Rep.", "Domincan Republic"],
            )
        ],
        "two_surnames": True,
        "phone": "do",
        "passport": "two7",
        "mail": ["gmail.com", "hotmail.com", "outlook.com"],
    },
    "ecuadorian": {
        "given_f": ["Narcisa", "Azucena", "Digna", "Lourdes", "Fanny"],
        "given_m": ["Vinicio", "Patricio", "Ulbio", "Galo", "Rómulo"],
        "surnames": ["Quizhpi", "Chalco", "Guapizaca", "Mainato", "Pacurucu", "Yunga"],
        "nicknames_f": ["Chachi", "Nachi"],
        "nicknames_m": ["Polo", "Pacho"],
        "rare_given_f": ["Nina", "Killari", "Tamia"],
        "rare_given_m": ["Amable", "Atahualpa", "Huáscar"],
        "rare_surnames": ["Jadán", "Guartatanga", "Quinde"],
        "countries": [
            ("Ecuador", "Ecuadorian", "ECU", "EC", ["Equador", "ECUADOR", "Ecuatoriana"])
        ],
        "two_surnames": True,
        "phone": "ec",
        "passport": "digits9",
        "mail": ["gmail.com", "hotmail.com", "yahoo.com"],
    },
    "guatemalan": {
        "given_f": ["Odilia", "Rosaura", "Heidy", "Lesly", "Aura"],
        "given_m": ["Baltazar", "Hermelindo", "Fidencio", "Gaspar", "Pascual"],
        "surnames": ["Xitumul", "Tzoc", "Ajanel", "Chumil", "Coyoy", "Sacalxot"],
        "nicknames_f": ["Cata"],
        "nicknames_m": ["Chilo", "Chus"],
        "rare_given_f": ["Rosenda", "Ixquic", "Nicolasa"],
        "rare_given_m": ["Tecún", "Pascasio"],
        "rare_surnames": ["Ixcoy", "Tuyuc", "Cotzojay", "Batzín"],
        "countries": [("Guatemala", "Guatemalan", "GTM", "GT", ["Guatamala", "GUATEMALA"])],
        "two_surnames": True,
        "phone": "gt",
        "passport": "digits9",
        "mail": ["gmail.com", "yahoo.com"],
    },
    "central_american": {
        "given_f": ["Dilcia", "Yolani", "Ena", "Marleni", "Sulma"],
        "given_m": ["Nery", "Osmín", "Elmer", "Wilber", "Melvin"],
        "surnames": ["Zelaya", "Funes", "Bonilla", "Amaya", "Portillo", "Ayala"],
        "nicknames_f": ["Xio", "Chayito"],
        "nicknames_m": ["Chepe", "Nando"],
        "rare_given_f": ["Suyapa", "Lesbia", "Alba"],
        "rare_given_m": ["Lempira", "Santander", "Exequiel"],
        "rare_surnames": ["Alvarenga", "Mazariego", "Membreño", "Guardado"],
        "countries": [
            ("Honduras", "Honduran", "HND", "HN", ["HONDURAS", "Hondureña"]),
            ("El Salvador", "Salvadoran", "SLV", "SV", ["Salvador", "Salvadorean", "EL SALVADOR"]),
        ],
        "two_surnames": True,
        "phone": "hn",
        "passport": "letter7",
        "mail": ["gmail.com", "yahoo.com", "hotmail.com"],
    },
    "venezuelan_colombian": {
        "given_f": ["Yusmary", "Yeraldín", "Leidy", "Yorgelis", "Mariangel"],
        "given_m": ["Yeferson", "Deiver", "Yorman", "Yonaiker", "Deiby"],
        "surnames": ["Urdaneta", "Carvajal", "Quintero", "Montilla", "Parra", "Briceño"],
        "nicknames_f": ["Mafe", "Yuli"],
        "nicknames_m": ["Pipe", "Cheo"],
        "rare_given_f": ["Yuleisy", "Onelia", "Yusneidy"],
        "rare_given_m": ["Wuilmer", "Yordi", "Yoswuar"],
        "rare_surnames": ["Chacín", "Guanipa", "Mavárez", "Pirela"],
        "countries": [
            ("Venezuela", "Venezuelan", "VEN", "VE", ["VENEZUELA", "Venezolana", "Venezuala"]),
            ("Colombia", "Colombian", "COL", "CO", ["Columbia", "COLOMBIA"]),
        ],
        "two_surnames": True,
        "phone": "ve",
        "passport": "digits9",
        "mail": ["gmail.com", "hotmail.com"],
    },
    "haitian": {
        "given_f": ["Roselaure", "Lunie", "Mideline", "Ginette", "Darline"],
        "given_m": ["Jocelin", "Ronel", "Edner", "Rony", "Fednel"],
        "surnames": ["Desravines", "Dorvilus", "Dorméus", "Guerrier", "Cadet", "Valcourt"],
        "nicknames_f": ["Ti-Mimi", "Ti-Rose"],
        "nicknames_m": ["Ti-Dieu", "Ti-Jo"],
        "rare_given_f": ["Bélourde", "Yveline", "Mirlène"],
        "rare_given_m": ["Odonel", "Fritzgerald", "Jacquelin"],
        "rare_surnames": ["Dorcéna", "Thelusma", "Fénélus"],
        "countries": [("Haiti", "Haitian", "HTI", "HT", ["Haïti", "Ayiti", "HAITI", "Haitienne"])],
        "two_surnames": False,
        "phone": "ht",
        "passport": "two7",
        "mail": ["gmail.com", "yahoo.fr", "hotmail.com"],
    },
    "anglo_caribbean": {
        "given_f": ["Shaneika", "Tashana", "Tanisha", "Kadian", "Sasha-Gaye"],
        "given_m": ["Leroy", "Dalton", "Clive", "Ainsley", "Damion"],
        "surnames": ["Gayle", "Ramdass", "Bisnauth", "Whyte", "Lall", "Narine"],
        "nicknames_f": ["Tash", "Kay-Kay"],
        "nicknames_m": ["Bigga", "Junior"],
        "rare_given_f": ["Sherece", "Kerene"],
        "rare_given_m": ["Tevaughn", "Oshane", "Romaine"],
        "rare_surnames": ["Lalbachan", "Seecharan", "Boodoo", "Jhagroo"],
        "countries": [
            ("Jamaica", "Jamaican", "JAM", "JM", ["JAMAICA", "Jamacia"]),
            ("Guyana", "Guyanese", "GUY", "GY", ["GUYANA"]),
            ("Trinidad and Tobago", "Trinidadian", "TTO", "TT", ["Trinidad", "T&T"]),
        ],
        "two_surnames": False,
        "phone": "jm",
        "passport": "letter7",
        "mail": ["gmail.com", "yahoo.com", "icloud.com"],
    },
    "bangladeshi": {
        "given_f": ["Shirin", "Nazma", "Rehana", "Fahmida"],
        "given_m": ["Rafiqul", "Aminul", "Nurul", "Sirajul", "Delwar"],
        "surnames": ["Sheikh", "Gazi", "Hawlader", "Sarkar", "Prodhan", "Mazumder"],
        "nicknames_f": ["Shathi", "Mukta"],
        "nicknames_m": ["Tuhin", "Sumon"],
        "rare_given_f": ["Sumaiya", "Jharna", "Koli"],
        "rare_given_m": ["Touhid", "Enamul", "Mokbul"],
        "rare_surnames": ["Khondokar", "Bhuyan"],
        "countries": [("Bangladesh", "Bangladeshi", "BGD", "BD", ["BANGLADESH", "Bangladash"])],
        "two_surnames": False,
        "phone": "bd",
        "passport": "bd",
        "mail": ["gmail.com", "yahoo.com"],
    },
    "chinese": {
        "given_f": ["Lijuan", "Guihua", "Meizhen", "Xiuhua", "Yueqin"],
        "given_m": ["Guoqiang", "Mingliang", "Dehua", "Guoping", "Yonghui"],
        "surnames": ["Yang", "Guo", "Lu", "Fang", "He", "Peng"],
        "nicknames_f": ["Ah-Fong", "Ah-Ying"],
        "nicknames_m": ["Ah-Keung", "Ah-Wah"],
        "rare_given_f": ["Yuelan", "Shuiqin", "Aizhu"],
        "rare_given_m": ["Qingsong", "Bingkun", "Yifa"],
        "rare_surnames": ["Nie", "Zhan", "Ou", "Jiao"],
        "countries": [("China", "Chinese", "CHN", "CN", ["PRC", "CHINA", "中国"])],
        "two_surnames": False,
        "surname_first": True,
        "phone": "cn",
        "passport": "cn",
        "mail": ["qq.com", "163.com", "gmail.com"],
    },
    "korean": {
        "given_f": ["Eunji", "Soyoung", "Hyejin", "Mikyung", "Jiyeon"],
        "given_m": ["Sungmin", "Dongwook", "Jaehyun", "Youngsoo", "Kyungho"],
        "surnames": ["Kwon", "Son", "Chung", "Ko", "Hur", "Chae"],
        "nicknames_f": [],
        "nicknames_m": [],
        "rare_given_f": ["Bomi", "Seulgi", "Yeseul"],
        "rare_given_m": ["Gyuhwan", "Taekyung", "Dongha"],
        "rare_surnames": ["Gong", "Pyun"],
        "countries": [("South Korea", "Korean", "KOR", "KR", ["Korea", "ROK", "Rep. of Korea"])],
        "two_surnames": False,
        "surname_first": True,
        "phone": "kr",
        "passport": "kr",
        "mail": ["naver.com", "gmail.com", "daum.net"],
    },
    "post_soviet": {
        "given_f": ["Gulnora", "Tatyana", "Yuliya", "Halyna", "Iryna"],
        "given_m": ["Vitaliy", "Oleksandr", "Dmytro", "Sergiy", "Andriy"],
        "surnames": ["Boyko", "Lysenko", "Petrenko", "Marchenko", "Hnatyuk", "Savchuk"],
        "nicknames_f": ["Lyuda", "Galya"],
        "nicknames_m": ["Vitya", "Seryozha"],
        "rare_given_f": ["Mukhlisa", "Ozoda"],
        "rare_given_m": ["Zafar", "Shukhrat", "Nodirbek"],
        "rare_surnames": ["Shevchuk", "Qodirov", "Khamraev"],
        "countries": [
            ("Russia", "Russian", "RUS", "RU", ["Russian Federation", "RUSSIA", "Россия"]),
            ("Ukraine", "Ukrainian", "UKR", "UA", ["the Ukraine", "UKRAINE", "Украина"]),
            ("Uzbekistan", "Uzbek", "UZB", "UZ", ["Uzbekistán", "UZBEKISTAN", "Узбекистан"]),
        ],
        "two_surnames": False,
        "phone": "ru",
        "passport": "ru",
        "mail": ["mail.ru", "gmail.com", "yandex.ru"],
    },
    "west_african": {
        "given_f": ["Awa", "Nene", "Kadidia", "Rokia", "Maimouna"],
        "given_m": ["Modou", "Oumar", "Mamadi", "Karamoko", "Djibril"],
        "surnames": ["Cissé", "Kanté", "Diarra", "Ouattara", "Seck", "Thiam"],
        "nicknames_f": ["Mame"],
        "nicknames_m": ["Djiby", "Pape"],
        "rare_given_f": ["Coumba", "Mbayang", "Ndella"],
        "rare_given_m": ["Mountaga", "Thierno"],
        "rare_surnames": ["Zoungrana", "Yameogo", "Tapsoba", "Nikiéma"],
        "countries": [
            ("Senegal", "Senegalese", "SEN", "SN", ["Sénégal", "SENEGAL"]),
            ("Guinea", "Guinean", "GIN", "GN", ["Guinée", "Guinea Conakry"]),
            ("Burkina Faso", "Burkinabe", "BFA", "BF", ["Burkina", "BURKINA FASO"]),
            ("Mali", "Malian", "MLI", "ML", ["MALI"]),
        ],
        "two_surnames": False,
        "phone": "sn",
        "passport": "letter8",
        "mail": ["gmail.com", "yahoo.fr", "hotmail.fr"],
    },
    "nigerian_ghanaian": {
        "given_f": ["Ifeoma", "Chidinma", "Nneka", "Obiageli", "Adwoa"],
        "given_m": ["Chukwuemeka", "Babatunde", "Oluwaseyi", "Adewale", "Ifeanyi"],
        "surnames": ["Nwosu", "Nwachukwu", "Oyelaran", "Appiah", "Darko", "Amoako"],
        "nicknames_f": ["Ada", "Funmi"],
        "nicknames_m": ["Seun", "Kay"],
        "rare_given_f": ["Ugochi", "Obioma", "Adaora"],
        "rare_given_m": ["Nnamdi", "Kwesi"],
        "rare_surnames": ["Anyanwu", "Oduro", "Agyemang", "Nwankwo"],
        "countries": [
            ("Nigeria", "Nigerian", "NGA", "NG", ["NIGERIA", "Nigera"]),
            ("Ghana", "Ghanaian", "GHA", "GH", ["GHANA", "Ghanian"]),
        ],
        "two_surnames": False,
        "phone": "ng",
        "passport": "letter8",
        "mail": ["gmail.com", "yahoo.com"],
    },
    "arab": {
        "given_f": ["Nadia", "Ghada", "Sanaa", "Fatma", "Eman"],
        "given_m": ["Tarek", "Fouad", "Hesham", "Ashraf", "Sameh"],
        "surnames": ["Al-Hubaishi", "Al-Amri", "Shalabi", "Al-Shami", "Al-Muntaser", "Elsayed"],
        "nicknames_f": [],
        "nicknames_m": ["Abdo"],
        "rare_given_f": ["Taqwa", "Afrah", "Ruqayya"],
        "rare_given_m": ["Mutahar", "Abdulwahab", "Dhaifallah"],
        "rare_surnames": ["Al-Ghorbani", "Al-Qahtani", "Al-Sabri"],
        "countries": [
            ("Yemen", "Yemeni", "YEM", "YE", ["YEMEN", "اليمن"]),
            ("Egypt", "Egyptian", "EGY", "EG", ["EGYPT", "مصر"]),
        ],
        "two_surnames": False,
        "phone": "ye",
        "passport": "letter8",
        "mail": ["gmail.com", "hotmail.com"],
    },
    "afghan_pakistani": {
        "given_f": ["Zarghona", "Mahnaz", "Shabnam", "Nargis", "Gulalai"],
        "given_m": ["Habibullah", "Shahzad", "Zubair", "Nadeem", "Mirwais"],
        "surnames": ["Ahmadzai", "Stanekzai", "Siddiqui", "Hashimi", "Popal", "Wardak"],
        "nicknames_f": ["Pari", "Guli"],
        "nicknames_m": ["Nadi", "Bilu"],
        "rare_given_f": ["Nazaneen", "Palwasha", "Spogmai"],
        "rare_given_m": ["Samiullah", "Zabihullah", "Wahidullah"],
        "rare_surnames": ["Popalzai", "Kakar", "Sherzai"],
        "countries": [
            ("Afghanistan", "Afghan", "AFG", "AF", ["AFGHANISTAN", "Afganistan"]),
            ("Pakistan", "Pakistani", "PAK", "PK", ["PAKISTAN"]),
        ],
        "two_surnames": False,
        "phone": "pk",
        "passport": "two7",
        "mail": ["gmail.com", "yahoo.com"],
    },
    "himalayan": {
        "given_f": ["Sushila", "Kamala", "Anjana", "Radhika", "Laxmi"],
        "given_m": ["Bikash", "Dipendra", "Suman", "Sagar", "Thinley"],
        "surnames": ["Khadka", "Poudel", "Subedi", "Ghale", "Gyatso", "Wangchuk"],
        "nicknames_f": ["Maya", "Kanchi"],
        "nicknames_m": ["Kancha", "Sanu"],
        "rare_given_f": ["Yeshi", "Chokyi", "Tseten"],
        "rare_given_m": ["Tsewang", "Phuntsok", "Gelek"],
        "rare_surnames": ["Tsarong", "Lhasang"],
        "countries": [
            ("Nepal", "Nepali", "NPL", "NP", ["Nepalese", "NEPAL"]),
            ("Tibet", "Tibetan", "CHN", "CN", ["China (Tibet)", "TIBET"]),
        ],
        "two_surnames": False,
        "phone": "np",
        "passport": "two7",
        "mail": ["gmail.com", "yahoo.com"],
    },
    "filipino": {
        "given_f": ["Marilou", "Rosalie", "Lorelei", "Jonalyn", "Mylene"],
        "given_m": ["Rodel", "Jericho", "Ramil", "Rommel", "Edgardo"],
        "surnames": ["Magbanua", "Panganiban", "Buenaventura", "Cunanan", "Tuazon", "Sarmiento"],
        "nicknames_f": ["Bing", "Neneng"],
        "nicknames_m": ["Jun-Jun", "Boyet"],
        "rare_given_f": ["Luzviminda", "Maita", "Lualhati"],
        "rare_given_m": ["Dindo", "Makisig"],
        "rare_surnames": ["Dimagiba", "Gatdula", "Pamintuan", "Manansala"],
        "countries": [("Philippines", "Filipino", "PHL", "PH", ["Phillipines", "Filipina", "PH"])],
        "two_surnames": False,
        "phone": "ph",
        "passport": "ph",
        "mail": ["gmail.com", "yahoo.com"],
    },
}

# How often each community appears (roughly NYC's immigrant population, bent towards the
# communities city agencies see most).
SEALED_WEIGHTS = {
    "mexican": 12,
    "dominican": 12,
    "ecuadorian": 8,
    "guatemalan": 5,
    "central_american": 7,
    "venezuelan_colombian": 9,
    "haitian": 8,
    "anglo_caribbean": 6,
    "bangladeshi": 6,
    "chinese": 8,
    "korean": 3,
    "post_soviet": 5,
    "west_african": 6,
    "nigerian_ghanaian": 4,
    "arab": 3,
    "afghan_pakistani": 3,
    "himalayan": 3,
    "filipino": 2,
}

# Streets: (street, neighbourhood or borough as the post writes it, ZIP, Queens-style numbers).
SEALED_STREETS: list[tuple[str, str, str, bool]] = [
    ("Marion Ave", "Bronx", "10458", False),
    ("Decatur Ave", "Bronx", "10458", False),
    ("Hoffman St", "Bronx", "10458", False),
    ("Fox St", "Bronx", "10455", False),
    ("Beck St", "Bronx", "10455", False),
    ("Mapes Ave", "Bronx", "10460", False),
    ("Cambreleng Ave", "Bronx", "10458", False),
    ("Quarry Rd", "Bronx", "10457", False),
    ("Eastburn Ave", "Bronx", "10457", False),
    ("Midwood St", "Brooklyn", "11225", False),
    ("Fenimore St", "Brooklyn", "11225", False),
    ("Dorchester Rd", "Brooklyn", "11226", False),
    ("Glenwood Rd", "Brooklyn", "11210", False),
    ("Harway Ave", "Brooklyn", "11214", False),
    ("Bay 38th St", "Brooklyn", "11214", False),
    ("Palmetto St", "Brooklyn", "11221", False),
    ("Harman St", "Brooklyn", "11221", False),
    ("Woodbine St", "Brooklyn", "11221", False),
    ("Cumming St", "New York", "10034", False),
    ("Arden St", "New York", "10040", False),
    ("Thayer St", "New York", "10040", False),
    ("Fort George Ave", "New York", "10040", False),
    ("Laurel Hill Ter", "New York", "10033", False),
    ("Pinehurst Ave", "New York", "10033", False),
    ("Cabrini Blvd", "New York", "10033", False),
    ("Suffolk St", "New York", "10002", False),
    ("Lamont Ave", "Elmhurst", "11373", True),
    ("Macnish St", "Elmhurst", "11373", True),
    ("Aske St", "Elmhurst", "11373", True),
    ("Van Kleeck St", "Elmhurst", "11373", True),
    ("Jackson Mill Rd", "East Elmhurst", "11369", True),
    ("Alstyne Ave", "Corona", "11368", True),
    ("Saultell Ave", "Corona", "11368", True),
    ("Westside Ave", "Corona", "11368", True),
    ("Homelawn St", "Jamaica", "11432", True),
    ("Braddock Ave", "Queens Village", "11428", True),
    ("Hassock St", "Far Rockaway", "11691", True),
    ("Redfern Ave", "Far Rockaway", "11691", True),
    ("Dickens St", "Far Rockaway", "11691", True),
    ("Wright St", "Staten Island", "10304", False),
    ("Park Hill Ave", "Staten Island", "10304", False),
    ("Gordon St", "Staten Island", "10304", False),
    ("Decker Ave", "Staten Island", "10302", False),
    ("Nicholas Ave", "Staten Island", "10302", False),
    ("Innis St", "Staten Island", "10302", False),
    ("Wilcox St", "Staten Island", "10303", False),
]

# Statuses as files write them: an English predicate most of the time ("is [undocumented]"),
# the status word is in brackets. Weights are how often each is picked.
SEALED_STATUS_EN: list[tuple[int, str]] = [
    (14, "is [undocumented]"),
    (9, "is an [asylum seeker]"),
    (7, "has [TPS]"),
    (2, "has [Temporary Protected Status]"),
    (5, "is a [green card holder]"),
    (4, "is an [LPR]"),
    (3, "is a [permanent resident]"),
    (3, "is a [DACA recipient]"),
    (3, "is on [humanitarian parole]"),
    (2, "came in on [CHNV parole]"),
    (2, "is a [parolee]"),
    (3, "is a [refugee]"),
    (2, "is an [asylee]"),
    (3, "has a pending [asylum] case (I-589 filed)"),
    (2, "[overstayed] a B-2 visa"),
    (2, "has [no status]"),
    (2, "is [out of status]"),
    (2, "entered [without inspection]"),
    (1, "entered [EWI]"),
    (2, "is a [U visa petitioner]"),
    (1, "has [SIJS] approved"),
    (1, "has [no papers]"),
    (1, "is [undoc]"),
    (1, "is [undocumeted]"),
]
# Quoted in the resident's language: (language, quote with the status word in brackets).
SEALED_STATUS_QUOTES: list[tuple[str, str]] = [
    ("Spanish", "soy [indocumentada]"),
    ("Spanish", "soy [indocumentado]"),
    ("Spanish", "estoy [sin papeles]"),
    ("Spanish", "soy [solicitante de asilo]"),
    ("Spanish", "tengo [TPS]"),
    ("Spanish", "soy [residente permanente]"),
    ("Spanish", "entré con [parole humanitario]"),
    ("Spanish", "no tengo [estatus]"),
    ("French", "je suis [sans papiers]"),
    ("French", "je suis [demandeur d'asile]"),
    ("French", "je suis [demandeuse d'asile]"),
    ("French", "je suis [en situation irrégulière]"),
    ("Haitian Creole", "mwen [san papye]"),
    ("Haitian Creole", "mwen se [demandè azil]"),
    ("Haitian Creole", "mwen gen [TPS]"),
    ("Haitian Creole", "mwen [pa gen papye]"),
    ("Haitian Creole", "mwen se [rezidan pèmanan]"),
    ("Mandarin", "我是[无身份]的"),
    ("Mandarin", "我在申请[政治庇护]"),
    ("Cantonese", "我冇[身份]"),
    ("Russian", "я [беженка]"),
    ("Russian", "я [без документов]"),
    ("Russian", "подал на [убежище]"),
    ("Korean", "저는 [서류미비자]예요"),
    ("Arabic", "أنا [طالب لجوء]"),
    ("Arabic", "ana [laji']"),
    ("Bengali", "amar [kagoj nai]"),
    ("Nepali", "mero [kagaj chaina]"),
    ("Tagalog", "[TNT] po ako"),
    ("French", "je n'ai [pas de papiers]"),
    ("Urdu", "mere paas [kaghzaat nahin] hain"),
]
# The value of a "Status" field on a form.
SEALED_STATUS_FIELD: list[tuple[int, str]] = [
    (10, "Undocumented"),
    (7, "Asylum seeker"),
    (5, "TPS"),
    (4, "LPR"),
    (3, "Green card"),
    (3, "Asylum pending"),
    (2, "Parolee"),
    (2, "Humanitarian parole"),
    (2, "Refugee"),
    (2, "Asylee"),
    (2, "DACA"),
    (2, "U visa pending"),
    (1, "SIJS"),
    (2, "No status"),
    (1, "Sin papeles"),
    (1, "Indocumentado"),
    (1, "Visa overstay"),
    (1, "T visa applicant"),
]
# Codes in a CSV status column.
SEALED_STATUS_CODES: list[tuple[int, str]] = [
    (8, "UNDOC"),
    (6, "ASY-PEND"),
    (5, "TPS"),
    (5, "LPR"),
    (3, "PAROLE"),
    (2, "REFUGEE"),
    (2, "ASYLEE"),
    (2, "DACA"),
    (1, "U-VISA"),
    (1, "SIJS"),
    (1, "EWI"),
]

LANGUAGES = {
    "mexican": ["Spanish", "Mixteco", "Nahuatl"],
    "dominican": ["Spanish"],
    "ecuadorian": ["Spanish", "Kichwa"],
    "guatemalan": ["Spanish", "K'iche'", "Mam"],
    "central_american": ["Spanish"],
    "venezuelan_colombian": ["Spanish"],
    "haitian": ["Haitian Creole", "French"],
    "anglo_caribbean": ["English"],
    "bangladeshi": ["Bengali", "Sylheti"],
    "chinese": ["Mandarin", "Fuzhounese", "Cantonese"],
    "korean": ["Korean"],
    "post_soviet": ["Russian", "Ukrainian", "Uzbek"],
    "west_african": ["French", "Wolof", "Pulaar", "Bambara"],
    "nigerian_ghanaian": ["English", "Igbo", "Twi"],
    "arab": ["Arabic"],
    "afghan_pakistani": ["Urdu", "Pashto", "Dari"],
    "himalayan": ["Nepali", "Tibetan"],
    "filipino": ["Tagalog", "English"],
}

# -- small helpers -----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Drop accents: what an e-mail address or an old system does to a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def wpick(r: random.Random, pairs: list[tuple[int, str]]) -> str:
    return r.choices([v for _, v in pairs], weights=[w for w, _ in pairs])[0]


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def when(r: random.Random, start: int, end: int) -> date:
    lo, hi = date(start, 1, 1).toordinal(), date(end, 12, 31).toordinal()
    return date.fromordinal(r.randint(lo, hi))


def recent(r: random.Random) -> date:
    return date(2025, 6, 1) + timedelta(days=r.randint(0, 540))


MONTHS = [
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
MESES = [
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
MOIS = [
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
]


def fmt_date(r: random.Random, d: date, style: str | None = None) -> str:
    style = (
        style
        or r.choices(
            ["mdY", "mdy", "iso", "long", "dMonY", "ORACLE", "dotted", "short", "es", "fr", "dmY"],
            weights=[30, 14, 10, 10, 6, 5, 3, 6, 0, 0, 4],
        )[0]
    )
    m, dd, y = d.month, d.day, d.year
    if style == "mdY":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "mdy":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "short":
        return f"{m}/{dd}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "long":
        return f"{MONTHS[m - 1]} {dd}, {y}"
    if style == "dMonY":
        return f"{dd} {MONTHS[m - 1][:3]} {y}"
    if style == "ORACLE":
        return f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}"
    if style == "dotted":
        return f"{m:02d}.{dd:02d}.{y % 100:02d}"
    if style == "es":
        return f"{dd} de {MESES[m - 1]} de {y}"
    if style == "fr":
        return f"{dd} {MOIS[m - 1]} {y}"
    if style == "dmY":
        return f"{dd:02d}/{m:02d}/{y}"
    raise ValueError(style)


def dob_text(r: random.Random, p: Person, d: date) -> str:
    """A date of birth as p's own papers or a caseworker would write it."""
    if p.c["two_surnames"] and r.random() < 0.15:
        return fmt_date(r, d, "es")
    if p.community in ("haitian", "west_african") and r.random() < 0.2:
        return fmt_date(r, d, "fr")
    return fmt_date(r, d)


def fmt_time(r: random.Random) -> str:
    h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return r.choice(
        [f"{h:02d}{mi:02d} hrs", f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}"]
    )


@dataclass
class Person:
    given: str
    surname: str
    surname2: str | None
    nick: str | None
    female: bool
    community: str

    @property
    def c(self) -> dict[str, Any]:
        return SEALED_COMMUNITIES[self.community]


def person(r: random.Random, community: str | None = None, female: bool | None = None) -> Person:
    if community is None:
        names = list(SEALED_WEIGHTS)
        community = r.choices(names, weights=[SEALED_WEIGHTS[n] for n in names])[0]
    c = SEALED_COMMUNITIES[community]
    if female is None:
        female = r.random() < 0.55
    key = "f" if female else "m"
    rare = r.random() < 0.3
    given = r.choice(c[f"rare_given_{key}"] if rare else c[f"given_{key}"])
    surnames = c["surnames"] + c["rare_surnames"] if r.random() < 0.35 else c["surnames"]
    surname = r.choice(surnames)
    surname2 = None
    if c["two_surnames"] and r.random() < 0.45:
        surname2 = r.choice([s for s in c["surnames"] + c["rare_surnames"] if s != surname])
    nicks = c[f"nicknames_{key}"]
    nick = r.choice(nicks) if nicks and r.random() < 0.3 else None
    return Person(given, surname, surname2, nick, female, community)


def relative(r: random.Random, p: Person, female: bool | None = None) -> Person:
    """Someone of the same family: same community, usually the same surname."""
    q = person(r, p.community, female)
    while q.given == p.given:
        q = person(r, p.community, female)
    if r.random() < 0.7:
        q.surname, q.surname2 = p.surname, p.surname2
    return q


def name(r: random.Random, p: Person, style: str | None = None) -> str:
    """A name the way files write it."""
    last = p.surname
    if p.surname2:
        last = r.choice([f"{p.surname} {p.surname2}", f"{p.surname}-{p.surname2}", p.surname])
    styles = ["plain", "LAST, Given", "Last, Given", "CAPS", "initial", "lower", "nick"]
    weights = [46, 14, 10, 9, 6, 3, 4 if p.nick else 0]
    if p.c.get("surname_first"):
        styles.append("surname_first")
        weights.append(14)
    style = style or r.choices(styles, weights=weights)[0]
    if style == "plain":
        return f"{p.given} {last}"
    if style == "LAST, Given":
        return f"{last.upper()}, {p.given}"
    if style == "Last, Given":
        return f"{last}, {p.given}"
    if style == "CAPS":
        return f"{p.given} {last}".upper()
    if style == "initial":
        return f"{p.given[0]}. {last}"
    if style == "lower":
        return f"{p.given} {last}".lower()
    if style == "nick":
        assert p.nick
        return r.choice([f'{p.given} "{p.nick}" {p.surname}', f"{p.nick} {p.surname}"])
    if style == "surname_first":
        return f"{p.surname} {p.given}"
    if style == "given":
        return p.given
    if style == "short":
        return f"{p.given} {p.surname}"
    raise ValueError(style)


def honorific(r: random.Random, p: Person, lang: str = "en") -> str:
    if lang == "es":
        return "Sra. " if p.female else "Sr. "
    if lang == "fr":
        return "Mme " if p.female else "M. "
    return r.choice(["Ms. ", "Mrs. "] if p.female else ["Mr. "])


def email(r: random.Random, p: Person) -> str:
    g, s = fold(p.given).lower().replace("-", ""), fold(p.surname).lower().replace("-", "")
    domain = r.choice(p.c["mail"])
    if domain in ("qq.com", "163.com") and r.random() < 0.6:
        return f"{r.randint(10**8, 10**10)}@{domain}"
    yy = str(r.randint(60, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
    local = r.choice(
        [f"{g}.{s}", f"{g}{s}{yy}", f"{g[0]}{s}{yy}", f"{s}.{g}", f"{g}_{s[:4]}{yy}", f"{g}{yy}"]
    )
    return f"{local}@{domain}"


def staff_email(r: random.Random, p: Person, domain: str) -> str:
    g, s = fold(p.given).lower().replace("-", ""), fold(p.surname).lower().replace("-", "")
    return r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])


def nyc_phone(r: random.Random) -> str:
    a = r.choice(["718", "347", "929", "917", "646", "212", "332", "718", "347"])
    e, n = f"{r.randint(200, 989)}", f"{r.randint(0, 9999):04d}"
    return r.choices(
        [
            f"({a}) {e}-{n}",
            f"{a}-{e}-{n}",
            f"{a}.{e}.{n}",
            f"{a}{e}{n}",
            f"+1 {a} {e} {n}",
            f"1-{a}-{e}-{n}",
            f"({a}){e}-{n}",
            f"{a} {e} {n}",
            f"+1{a}{e}{n}",
        ],
        weights=[22, 26, 6, 6, 6, 3, 8, 6, 3],
    )[0]


def _d(r: random.Random, n: int) -> str:
    return digits(r, n)


def intl_phone(r: random.Random, p: Person) -> str:
    k = p.c["phone"]
    d = _d
    if k == "mx":
        return r.choice([f"+52 55 {d(r, 4)} {d(r, 4)}", f"011 52 1 222 {d(r, 3)} {d(r, 4)}"])
    if k == "do":
        return r.choice([f"+1 (809) {d(r, 3)}-{d(r, 4)}", f"829-{d(r, 3)}-{d(r, 4)}"])
    if k == "ec":
        return f"+593 9{d(r, 1)} {d(r, 3)} {d(r, 4)}"
    if k == "gt":
        return f"+502 {r.choice('345')}{d(r, 3)} {d(r, 4)}"
    if k == "hn":
        return r.choice([f"+504 9{d(r, 3)}-{d(r, 4)}", f"+503 7{d(r, 3)} {d(r, 4)}"])
    if k == "ve":
        return r.choice([f"+58 414-{d(r, 3)}-{d(r, 4)}", f"+57 3{d(r, 2)} {d(r, 3)} {d(r, 4)}"])
    if k == "ht":
        return f"+509 {r.choice(['34', '37', '38', '48'])} {d(r, 2)} {d(r, 4)}"
    if k == "jm":
        return r.choice([f"+1 876 {d(r, 3)} {d(r, 4)}", f"+592 6{d(r, 2)} {d(r, 4)}"])
    if k == "bd":
        return f"+880 17{d(r, 2)}-{d(r, 6)}"
    if k == "cn":
        return f"+86 13{d(r, 1)} {d(r, 4)} {d(r, 4)}"
    if k == "kr":
        return f"+82 10-{d(r, 4)}-{d(r, 4)}"
    if k == "ru":
        return r.choice(
            [f"+7 9{d(r, 2)} {d(r, 3)}-{d(r, 2)}-{d(r, 2)}", f"+998 9{d(r, 1)} {d(r, 3)} {d(r, 4)}"]
        )
    if k == "sn":
        return f"+221 77 {d(r, 3)} {d(r, 2)} {d(r, 2)}"
    if k == "ng":
        return r.choice([f"+234 80{d(r, 1)} {d(r, 3)} {d(r, 4)}", f"+233 24 {d(r, 3)} {d(r, 4)}"])
    if k == "ye":
        return r.choice([f"+967 7{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"+20 10 {d(r, 4)} {d(r, 4)}"])
    if k == "pk":
        return r.choice([f"+92 3{d(r, 2)} {d(r, 7)}", f"+93 7{d(r, 2)} {d(r, 3)} {d(r, 3)}"])
    if k == "np":
        return f"+977 98{d(r, 2)}-{d(r, 6)}"
    if k == "ph":
        return f"+63 9{d(r, 2)} {d(r, 3)} {d(r, 4)}"
    raise ValueError(k)


def phone(r: random.Random, p: Person | None = None) -> str:
    if p is not None and r.random() < 0.15:
        return intl_phone(r, p)
    return nyc_phone(r)


def a_number(r: random.Random) -> str:
    if r.random() < 0.25:
        n = r.choice("789") + digits(r, 7)
        return r.choice([f"A{n}", f"A{n[:2]} {n[2:5]} {n[5:]}", f"A-{n}", f"A {n}"])
    n = r.choice(["0", "2", "2", "0"]) + digits(r, 8)
    return r.choices(
        [
            f"A{n}",
            f"A{n[:3]}-{n[3:6]}-{n[6:]}",
            f"A {n[:3]} {n[3:6]} {n[6:]}",
            f"A-{n}",
            f"A#{n}",
            f"A {n[:3]}-{n[3:6]}-{n[6:]}",
            f"a{n}",
            f"A-{n[:3]}-{n[3:6]}-{n[6:]}",
        ],
        weights=[24, 26, 10, 10, 6, 12, 3, 9],
    )[0]


def bare_a_number(r: random.Random) -> str:
    n = r.choice(["0", "2"]) + digits(r, 8)
    return r.choice([n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def ssn(r: random.Random, plain_ok: bool = False) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    n = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    forms = [f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 6 + [f"{n[:3]} {n[3:5]} {n[5:]}"]
    if plain_ok:
        forms.append(n)
    return r.choice(forms)


def itin(r: random.Random, plain_ok: bool = False) -> str:
    mid = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    n = f"9{digits(r, 2)}{mid}{r.randint(1, 9999):04d}"
    forms = [f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 6 + [f"{n[:3]} {n[3:5]} {n[5:]}"]
    if plain_ok:
        forms.append(n)
    return r.choice(forms)


def passport(r: random.Random, p: Person) -> str:
    k = p.c["passport"]
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == "letter8":
        return r.choice("GNEA") + digits(r, 8)
    if k == "letter7":
        return r.choice(up) + digits(r, 7)
    if k == "two7":
        return r.choice(["SC", "RD", "PA", "AB", "BK"]) + digits(r, 7)
    if k == "digits9":
        return digits(r, 9)
    if k == "bd":
        return r.choice([f"A{digits(r, 8)}", f"B{r.choice(up)}{digits(r, 7)}"])
    if k == "cn":
        return r.choice([f"E{digits(r, 8)}", f"EA{digits(r, 7)}", f"EJ{digits(r, 7)}"])
    if k == "kr":
        return f"M{digits(r, 8)}"
    if k == "ru":
        return r.choice([f"{r.randint(70, 77)} {digits(r, 7)}", f"F{r.choice(up)}{digits(r, 6)}"])
    if k == "ph":
        return f"P{digits(r, 7)}{r.choice(up)}"
    raise ValueError(k)


def idnyc(r: random.Random) -> str:
    n = r.choice([9, 12, 12, 16, 16, 16, 10, 13])
    s = digits(r, n)
    if n == 16:
        return r.choice(
            [
                " ".join(s[i : i + 4] for i in range(0, 16, 4)),
                s,
                "-".join(s[i : i + 4] for i in range(0, 16, 4)),
            ]
        )
    if n == 12:
        return r.choice(
            [
                s,
                " ".join(s[i : i + 4] for i in range(0, 12, 4)),
                "-".join(s[i : i + 4] for i in range(0, 12, 4)),
            ]
        )
    if n == 9:
        return r.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}"])
    return s


RECEIPT_PREFIXES = [
    (6, "IOE"),
    (4, "EAC"),
    (3, "WAC"),
    (3, "LIN"),
    (3, "SRC"),
    (3, "MSC"),
    (2, "NBC"),
    (2, "YSC"),
]


def receipt(r: random.Random) -> str:
    pre = wpick(r, RECEIPT_PREFIXES)
    if pre == "IOE":
        n = r.choice(["09", "08", "80"]) + digits(r, 8)
    else:
        n = f"{r.randint(15, 26)}{r.randint(100, 999)}{digits(r, 5)}"
    form = r.choices(
        ["plain", "dash", "space", "dash1", "lower", "space1"], weights=[40, 20, 10, 10, 5, 15]
    )[0]
    if form == "plain" or pre == "IOE" and form in ("dash", "space"):
        return pre + n
    if form == "dash":
        return f"{pre}-{n[:2]}-{n[2:5]}-{n[5:]}"
    if form == "space":
        return f"{pre} {n[:2]} {n[2:5]} {n[5:]}"
    if form == "dash1":
        return f"{pre}-{n}"
    if form == "lower":
        return (pre + n).lower()
    return f"{pre} {n}"


def i94(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"{digits(r, 9)}{r.choice('ABCDEFGHJKMN')}{r.randint(0, 9)}"
    return r.choice(["0", "1", "5", "6", "9"]) + digits(r, 10)


def street_address(r: random.Random, queens_ok: bool = True) -> tuple[str, str, str]:
    """(street line with apartment, city/neighbourhood, ZIP)."""
    street, city, zip_, queens = r.choice(SEALED_STREETS)
    if queens:
        number = f"{r.randint(31, 229)}-{r.randint(1, 60):02d}"
    else:
        number = str(r.randint(2, 2899))
    apt = r.choices(
        [
            "",
            f", Apt {r.randint(1, 6)}{r.choice('ABCDEFGH')}",
            f" Apt. {r.randint(1, 22)}",
            f" #{r.randint(1, 6)}{r.choice('ABCDF')}",
            f", {r.choice(['1st', '2nd', '3rd'])} Fl",
            ", Bsmt",
            f" Apt {r.randint(1, 6)}-{r.choice('ABCD')}",
        ],
        weights=[20, 30, 10, 12, 10, 5, 8],
    )[0]
    return f"{number} {street}{apt}", city, zip_


def one_line_address(r: random.Random) -> str:
    line, city, zip_ = street_address(r)
    return r.choice([f"{line}, {city}, NY {zip_}", f"{line}, {city} NY {zip_}", line])


def country_word(r: random.Random, p: Person, kind: str = "country") -> str:
    """The country (or demonym) of p's birth as files write it: mostly plain, sometimes a
    variant or a misspelling."""
    country, demonym, _, _, variants = r.choice(p.c["countries"])
    if r.random() < 0.14:
        return r.choice(variants)
    return country if kind == "country" else demonym


def country_code(r: random.Random, p: Person) -> str:
    _, _, a3, a2, _ = r.choice(p.c["countries"])
    return a3 if r.random() < 0.75 else a2


def status_field(r: random.Random) -> str:
    return wpick(r, SEALED_STATUS_FIELD)


def add_status(
    r: random.Random, b: Any, p: Person, subject: str = "Client", speaker: str | None = None
) -> None:
    """A sentence revealing p's status: an English predicate most of the time, else a quote in
    one of p's languages (when there is one)."""
    quotes = [q for q in SEALED_STATUS_QUOTES if q[0] in LANGUAGES[p.community]]
    if not quotes or r.random() < 0.7:
        b.t(f"{subject} ").marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(".")
    else:
        lang, quote = r.choice(quotes)
        b.t(f'{speaker or subject} said in {lang}: "').marked("IMMIGRATION_STATUS", quote).t('".')


def add_origin(r: random.Random, b: Any, p: Person, subject: str = "Client") -> None:
    """A sentence saying where p was born or comes from."""
    form = r.randrange(8)
    if form == 0:
        b.t(f"{subject} was born in ").pii("COUNTRY_OF_BIRTH", country_word(r, p)).t(".")
    elif form == 1:
        b.t(f"{subject} is from ").pii("COUNTRY_OF_BIRTH", country_word(r, p)).t(".")
    elif form == 2:
        b.t(f"{subject} is ").pii("COUNTRY_OF_BIRTH", country_word(r, p, "demonym")).t(".")
    elif form == 3:
        b.t(f"{subject}, a ").pii("COUNTRY_OF_BIRTH", country_word(r, p, "demonym"))
        b.t(" national, arrived in 20" + str(r.randint(14, 25)) + ".")
    elif form == 4:
        b.t(f"{subject} came from ").pii("COUNTRY_OF_BIRTH", country_word(r, p))
        b.t(f" in {r.choice(MONTHS)} 20{r.randint(16, 25)}.")
    elif form == 5:
        b.t("COB: ").pii("COUNTRY_OF_BIRTH", country_word(r, p)).t(".")
    elif form == 6:
        b.t(f"{subject} is originally from ").pii("COUNTRY_OF_BIRTH", country_word(r, p)).t(".")
    else:
        b.t(f"{subject}, born in ").pii("COUNTRY_OF_BIRTH", country_word(r, p))
        b.t(
            f", has lived in {r.choice(['Queens', 'the Bronx', 'Brooklyn', 'NYC'])} for "
            f"{r.randint(2, 19)} years."
        )


def distractor_country(r: random.Random, p: Person) -> str:
    """A sentence mentioning a country that is not anyone's origin (left unlabelled)."""
    country, demonym, *_ = r.choice(p.c["countries"])
    return r.choice(
        [
            f" Called the {demonym} consulate about a replacement document.",
            " Client asked whether she can travel to Canada while the case is pending.",
            f" Needs a {LANGUAGES[p.community][0]} interpreter.",
            " Cousin drove in from New Jersey.",
            f" Referred to the Consulate General of {country} for a birth-record request.",
            " Flight connected through Panama.",
        ]
    )


def money(r: random.Random) -> str:
    return f"${r.randint(20, 4800):,}.{r.choice(['00', '50', '25', '00'])}"


# Institutions and public contacts (all unlabelled).
HOSPITALS = [
    "NYC Health + Hospitals/Elmhurst",
    "NYC Health + Hospitals/Lincoln",
    "NYC Health + Hospitals/Woodhull",
    "NYC Health + Hospitals/Kings County",
    "NYC Health + Hospitals/Jacobi",
    "NYC Health + Hospitals/Queens",
    "NYC Health + Hospitals/Gouverneur",
]
SHELTERS = [
    "Sojourner Truth Family Residence",
    "Dorothy Day Residence",
    "Ridgewood Family Center",
    "Boston Road Family Residence",
    "Willoughby Tier II",
    "Harriet Tubman Women's Shelter",
    "Hollis Avenue Adult Family Shelter",
]
FJC = [
    ("Queens Family Justice Center", "126-02 82nd Avenue, Kew Gardens, NY 11415", "(718) 575-4500"),
    (
        "Brooklyn Family Justice Center",
        "350 Jay Street, 15th Floor, Brooklyn, NY 11201",
        "(718) 250-5111",
    ),
    (
        "Bronx Family Justice Center",
        "198 East 161st Street, 2nd Floor, Bronx, NY 10451",
        "(718) 508-1220",
    ),
    ("Manhattan Family Justice Center", "80 Centre Street, New York, NY 10013", "(212) 602-2800"),
    (
        "Staten Island Family Justice Center",
        "126 Stuyvesant Place, Staten Island, NY 10301",
        "(718) 697-4300",
    ),
]
HOUSING_COURTS = [
    ("Kings County Housing Court", "141 Livingston Street, Brooklyn, NY 11201", "KI"),
    ("Queens County Housing Court", "89-17 Sutphin Boulevard, Jamaica, NY 11435", "QU"),
    ("Bronx County Housing Court", "1118 Grand Concourse, Bronx, NY 10456", "BX"),
    ("New York County Housing Court", "111 Centre Street, New York, NY 10013", "NY"),
]
CN_SITES = [
    "Citizenship Now! at York College",
    "Citizenship Now! at Lehman College",
    "Citizenship Now! Washington Heights center",
    "Citizenship Now! at City Tech",
    "Citizenship Now! Flushing center",
]
DOC_FACILITIES = [
    "Rose M. Singer Center (RMSC)",
    "Eric M. Taylor Center (EMTC)",
    "Robert N. Davoren Complex (RNDC)",
    "George R. Vierno Center (GRVC)",
    "Otis Bantum Correctional Center (OBCC)",
    "Vernon C. Bain Center (VCBC)",
]


def tag(r: random.Random, *values: str) -> str:
    return r.choice(values)


# -- case notes --------------------------------------------------------------------------------


def _note_dhs_incident(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    client, staff, sup = person(r, female=True), person(r), person(r)
    other = relative(r, client, female=False)
    when_ = recent(r)
    b.t("DEPARTMENT OF HOMELESS SERVICES\nINCIDENT REPORT (IR)\n")
    b.t(f"Facility: {r.choice(SHELTERS)}    IR #: {r.randint(2025, 2026)}-{digits(r, 6)}\n")
    b.t(f"Date/time of incident: {fmt_date(r, when_, 'mdY')} {fmt_time(r)}    Reported by: ")
    b.pii("PERSON", name(r, staff, "plain")).t(
        f", {r.choice(['Case Manager', 'JRS', 'Shift Supervisor', 'Peace Officer'])}\n"
    )
    b.t("Persons involved:\n  1. ").pii(
        "PERSON", name(r, client, r.choice(["LAST, Given", "plain", "CAPS"]))
    )
    born = when(r, 1960, 2004)
    b.t(" (client), DOB ").pii("DATE_OF_BIRTH", fmt_date(r, born))
    b.t(f", unit {r.randint(1, 9)}{r.choice('ABCDEF')}{r.randint(1, 20)}\n  2. ")
    b.pii("PERSON", name(r, other, "plain")).t(
        f" ({r.choice(['visitor', 'ex-partner', 'brother', 'cousin'])}, not a resident)\n"
    )
    b.t("Narrative:\n")
    b.t(f"At approx. {fmt_time(r)} client reported to the front desk that ")
    b.pii("PERSON", name(r, other, "given")).t(" had followed her in from the street and ")
    b.t(
        r.choice(
            [
                "pushed her against the elevator door",
                "threatened her in the lobby",
                "took her phone",
            ]
        )
    )
    b.t(". Client was visibly upset and declined EMS. ")
    add_status(r, b, client)
    b.t(" She stated she did not want NYPD called because she is afraid of immigration. ")
    if r.random() < 0.6:
        add_origin(r, b, client)
        b.t(" ")
    b.t(
        f"Client is {2025 - born.year} y/o and has been in the shelter since {fmt_date(r, recent(r), 'short')}.\n"
    )
    b.t("Follow-up: referred to the on-site social worker and to Safe Horizon. Client's cell: ")
    b.pii("PHONE", phone(r, client))
    if r.random() < 0.4:
        b.t(" (alt. ").pii("PHONE", intl_phone(r, client)).t(", family abroad)")
    b.t(".\n")
    if r.random() < 0.5:
        b.t("Client showed her IDNYC (card # ").pii("IDNYC", idnyc(r)).t(") as ID.\n")
    if r.random() < 0.4:
        b.t("Client's passport (").t(r.choice(["kept in the office safe", "copy in file"])).t("): ")
        b.pii("PASSPORT", passport(r, client)).t(".\n")
    if r.random() < 0.3:
        b.t("Prior address per client: ").pii("ADDRESS", one_line_address(r)).t(".\n")
    b.t("Supervisor notified: ").pii("PERSON", name(r, sup, r.choice(["plain", "initial"])))
    b.t(f" at {fmt_time(r)}. DHS Incident Line notified, confirmation {digits(r, 7)}.")
    return b


def _note_dir(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    victim, officer = person(r, female=True), person(r)
    offender = person(r, victim.community, female=False)
    pct = r.choice([40, 44, 46, 52, 66, 68, 70, 72, 75, 103, 105, 109, 110, 115, 120])
    b.t("DOMESTIC INCIDENT REPORT (DD-Form 3221) — narrative, typed from the handwritten copy\n")
    b.t(f"DIR #: {r.randint(2025, 2026)}-{pct:03d}-{digits(r, 5)}   Pct: {pct}   ")
    b.t(f"Date of occurrence: {fmt_date(r, recent(r), 'mdY')}   Time: {fmt_time(r)}\n")
    b.t("Victim: ").pii("PERSON", name(r, victim, r.choice(["LAST, Given", "CAPS"])))
    b.t("   DOB: ").pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1965, 2005), "mdY"))
    b.t("   Tel: ").pii("PHONE", nyc_phone(r)).t("\n")
    b.t("Victim address: ").pii("ADDRESS", one_line_address(r)).t("\n")
    b.t("Offender: ").pii("PERSON", name(r, offender, r.choice(["LAST, Given", "CAPS"])))
    b.t("   DOB: ").pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1960, 2003), "mdY"))
    b.t(
        f"   Relationship: {r.choice(['boyfriend', 'husband', 'ex-husband', 'father of child in common'])}\n"
    )
    b.t(
        f"Narrative (via {LANGUAGES[victim.community][0]} interpreter, Language Line ID #{digits(r, 6)}): "
    )
    b.t("Victim states that offender ")
    b.t(
        r.choice(
            [
                "struck her in the face with an open hand",
                "grabbed her by the arm and would not let her leave",
                "broke her phone and threatened her",
            ]
        )
    )
    b.t(' and told her he would "call immigration" on her. ')
    add_status(r, b, victim, "Victim states she", "Victim")
    b.t(" ")
    if r.random() < 0.7:
        add_origin(r, b, victim, "Victim")
        b.t(" ")
    if r.random() < 0.3:
        b.t("Offender is ").pii("COUNTRY_OF_BIRTH", country_word(r, offender, "demonym")).t(
            " as well. "
        )
    kids = r.randint(0, 3)
    if kids:
        kid = relative(r, victim)
        b.t(f"{kids} child(ren) present, incl. ").pii("PERSON", name(r, kid, "given"))
        b.t(f" ({r.randint(2, 15)}). ")
    b.t(
        f"Victim declined medical attention. Order of protection advised; referred to the {r.choice(FJC)[0]}.\n"
    )
    b.t("Reporting officer: P.O. ").pii(
        "PERSON", name(r, officer, r.choice(["plain", "LAST, Given", "initial"]))
    )
    b.t(f"   Shield #{r.randint(1000, 31999)}   Tax #{digits(r, 6)}")
    return b


def _note_citizenship_now(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    client, staff = person(r), person(r)
    spouse = person(r, client.community, female=not client.female)
    b.t(f"{r.choice(CN_SITES)} — consultation note, {fmt_date(r, recent(r), 'long')}\n")
    b.t("Attorney/paralegal: ").pii("PERSON", name(r, staff, "plain")).t(" (")
    b.pii("EMAIL", staff_email(r, staff, "cuny.edu")).t(")\n")
    b.t("Client: ").pii("PERSON", name(r, client)).t("; DOB ").pii(
        "DATE_OF_BIRTH", dob_text(r, client, when(r, 1950, 2003))
    )
    b.t("; COB ").pii("COUNTRY_OF_BIRTH", country_word(r, client)).t("\n\n")
    kind = r.randrange(3)
    if kind == 0:
        b.t("Client ").marked(
            "IMMIGRATION_STATUS",
            r.choice(
                [
                    "is an [LPR]",
                    "is a [permanent resident]",
                    "has been a [green card holder]",
                    "is an [LPR]",
                ]
            ),
        )
        b.t(f" since {r.randint(2008, 2021)}, A# ").pii("A_NUMBER", a_number(r))
        b.t(". Wants to file the N-400; fee waiver (I-912) screened, household income ")
        b.t(f"{money(r)}/mo. No arrests. Trips abroad: {r.randint(0, 6)}, none over 6 months.\n")
    elif kind == 1:
        b.t("Client is the beneficiary of an I-130 filed by the spouse, ").pii(
            "PERSON", name(r, spouse, "plain")
        )
        b.t(", receipt ").pii("USCIS_RECEIPT", receipt(r)).t(". ")
        add_status(r, b, client)
        b.t(" A-number: ").pii("A_NUMBER", bare_a_number(r) if r.random() < 0.4 else a_number(r)).t(
            ".\n"
        )
    else:
        b.t("DACA renewal screening. Client ").marked("IMMIGRATION_STATUS", "is a [DACA recipient]")
        b.t(", current EAD exp. ").t(fmt_date(r, recent(r), "mdY")).t("; last I-821D receipt ")
        b.pii("USCIS_RECEIPT", receipt(r)).t(", A ").pii("A_NUMBER", bare_a_number(r)).t(".\n")
    if r.random() < 0.5:
        b.t(f"Passport (exp. {r.randint(2026, 2034)}): ").pii("PASSPORT", passport(r, client)).t(
            ". "
        )
    if r.random() < 0.4:
        b.t("Entry record I-94 # ").pii("I94", i94(r)).t(". ")
    b.t("Client's cell ").pii("PHONE", phone(r, client)).t(", e-mail ").pii(
        "EMAIL", email(r, client)
    ).t(".\n")
    if r.random() < 0.5:
        b.t("Spouse ").pii("PERSON", name(r, spouse, "plain")).t(" ")
        b.marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(
            "; advised to get a separate consult.\n"
        )
    b.t(
        f"Next appointment {fmt_date(r, recent(r), 'short')} at {fmt_time(r)}; bring tax returns, "
        "the green card and all I-797 notices. Citizenship Now! hotline: (646) 664-9400."
    )
    return b


def _ocr(r: random.Random, text: str) -> str:
    """A scan's misreads in unlabelled text: doubled spaces, split words, l/1 and O/0 swaps."""
    out = []
    for word in text.split(" "):
        x = r.random()
        if x < 0.08 and len(word) > 4:
            k = r.randint(1, len(word) - 2)
            word = word[:k] + " " + word[k:]
        elif x < 0.12:
            word = word.replace("l", "1").replace("O", "0")
        out.append(word)
    return r.choice(["  ", " "]).join(out) if r.random() < 0.3 else " ".join(out)


def _note_ocr_slip(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    pt, staff = person(r), person(r)
    lang = r.choice(LANGUAGES[pt.community])
    b.t(_ocr(r, f"{r.choice(HOSPITALS)}") + "\n")
    b.t(_ocr(r, "INTERPRETER REQUEST SLIP  (scanned; handwritten entries)") + "\n")
    b.t(_ocr(r, "Patient name :") + " ").pii(
        "PERSON", name(r, pt, r.choice(["CAPS", "lower", "plain", "LAST, Given"]))
    )
    b.t(f"     MRN  {digits(r, 8)}\n")
    b.t(_ocr(r, "D O B :") + "  ")
    dob = fmt_date(r, when(r, 1940, 2010), r.choice(["mdY", "mdy", "short"]))
    if r.random() < 0.3:
        dob = dob.replace("/", " / ", 1)
    b.pii("DATE_OF_BIRTH", dob).t(f"      Lang: {lang}   Dialect: ________\n")
    b.t(_ocr(r, "Requested by :") + " ").pii(
        "PERSON", name(r, staff, r.choice(["initial", "plain", "LAST, Given"]))
    )
    b.t(
        f"  ext {r.randint(1000, 9999)}   Unit: {r.choice(['L&D', '4 West', 'ED', 'Peds clinic', 'Dental'])}\n"
    )
    b.t(_ocr(r, "Reason / notes :") + " ")
    b.t(_ocr(r, "pt asks for in-person interp, phone line dropped twice."))
    b.t(" ")
    if r.random() < 0.75:
        b.t("pt ").marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN))
        b.t(_ocr(r, " , scared of the bill -> sent to financial counselor for NYC Care."))
    if r.random() < 0.7:
        b.t(" born in ").pii("COUNTRY_OF_BIRTH", country_word(r, pt))
    b.t("\n" + _ocr(r, "Call back #") + " ").pii("PHONE", nyc_phone(r))
    if r.random() < 0.4:
        b.t("   " + _ocr(r, "home addr :") + " ").pii("ADDRESS", street_address(r)[0])
    if r.random() < 0.3:
        b.t("\n" + _ocr(r, "ID seen: IDNYC") + " ").pii("IDNYC", idnyc(r))
    b.t(f"\n{_ocr(r, 'Date/time of request')} {fmt_date(r, recent(r), 'mdy')} {fmt_time(r)}")
    return b


def _note_visit(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    visitor, staff = person(r, female=True), person(r)
    inmate = relative(r, visitor, female=False)
    b.t(f"DOC Visit Services — note ({r.choice(DOC_FACILITIES)})\n")
    b.t(
        f"Visit date {fmt_date(r, recent(r), 'mdY')}, session {r.choice(['AM', 'PM', 'evening'])}; "
    )
    b.t("Rikers Island Visit Center, 19-02 Hazen St, East Elmhurst, NY 11370.\n")
    b.t("Visitor ").pii("PERSON", name(r, visitor)).t(
        f" ({r.choice(['mother', 'wife', 'sister', 'partner', 'aunt'])}) "
    )
    b.t("to person in custody ").pii("PERSON", name(r, inmate, r.choice(["LAST, Given", "CAPS"])))
    b.t(
        f", B&C # {r.randint(100, 999)}{digits(r, 7)}, NYSID {digits(r, 8)}{r.choice('HJKLMNPQ')}.\n"
    )
    b.t("Visitor presented her ").t(r.choice(["IDNYC", "IDNYC card", "IDNYC (municipal ID)"])).t(
        " #"
    )
    b.pii("IDNYC", idnyc(r)).t(", DOB on card ").pii(
        "DATE_OF_BIRTH", fmt_date(r, when(r, 1955, 2004))
    )
    b.t(", address on card ").pii("ADDRESS", one_line_address(r)).t(". ")
    if r.random() < 0.7:
        b.t("At the search area she asked whether ICE is present at the visit center; she ")
        b.marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(
            " and is afraid to come back. "
        )
        b.t(
            "Told her DOC does not hold people for ICE without a judicial warrant (Admin. Code 9-131)."
        )
    b.t(" ")
    if r.random() < 0.5:
        add_origin(r, b, inmate, "The person in custody")
        b.t(" ")
    b.t("Callback for the next visit: ").pii("PHONE", phone(r, visitor)).t(".\n")
    b.t("Logged by C.O. ").pii(
        "PERSON", name(r, staff, r.choice(["LAST, Given", "plain", "initial"]))
    )
    b.t(f", shield {r.randint(1000, 19999)}. Visit lasted {r.randint(20, 60)} min.")
    return b


def _note_ticket(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p, staff = person(r), person(r)
    g = p.given if r.random() < 0.8 else p.given.upper()
    s = p.surname if not p.surname2 else f"{p.surname} {p.surname2}"
    dob = when(r, 1950, 2007)
    street, city, zip_ = street_address(r)
    b.t(f"INC{digits(r, 7)} · NYC Care enrollment sync failed · priority 3\n")
    b.t("Comment by ").pii("PERSON", name(r, staff, "plain")).t(" (").pii(
        "EMAIL", staff_email(r, staff, "nychhc.org")
    )
    b.t(f") {fmt_date(r, recent(r), 'iso')} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:\n")
    if r.random() < 0.6:
        b.t("Record that failed validation, pasted from the integration log:\n```\n{\n")
        b.t('  "applicant": {\n    "first_name": "').pii("PERSON", g).t(
            '",\n    "last_name": "'
        ).pii("PERSON", s)
        b.t('",\n    "dob": "').pii("DATE_OF_BIRTH", dob.isoformat()).t('",\n    "phone": "')
        b.pii("PHONE", f"+1{r.choice(['347', '718', '929', '917'])}{digits(r, 7)}")
        b.t('",\n    "email": "').pii("EMAIL", email(r, p)).t(
            '",\n    "address": {\n      "line1": "'
        )
        b.pii("ADDRESS", street).t(
            f'",\n      "city": "{city}",\n      "zip": "{zip_}-{digits(r, 4)}"\n    }},\n'
        )
        b.t('    "country_of_birth": "').pii("COUNTRY_OF_BIRTH", country_code(r, p)).t('",\n')
        b.t('    "immigration_status": "').pii(
            "IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_CODES).lower()
        )
        b.t('",\n')
        if r.random() < 0.5:
            b.t('    "idnyc_number": "').pii("IDNYC", digits(r, 16 if r.random() < 0.5 else 12)).t(
                '",\n'
            )
        if r.random() < 0.45:
            b.t('    "itin": "').pii("ITIN", itin(r, plain_ok=True)).t('",\n')
        if r.random() < 0.3:
            b.t('    "i94_number": "').pii("I94", i94(r)).t('",\n')
        b.t(f'    "language": "{LANGUAGES[p.community][0]}"\n  }},\n')
        b.t(f'  "site": "{r.choice(HOSPITALS)}",\n  "error": "ADDR_VALIDATION_FAILED"\n}}\n```\n')
    else:
        b.t("XML from the eligibility service (trimmed):\n<Applicant>\n  <GivenName>").pii(
            "PERSON", g
        )
        b.t("</GivenName>\n  <FamilyName>").pii("PERSON", s).t("</FamilyName>\n  <BirthDate>")
        b.pii("DATE_OF_BIRTH", dob.strftime("%m/%d/%Y")).t("</BirthDate>\n  <SSN>")
        if r.random() < 0.5:
            b.pii("SSN", ssn(r, plain_ok=True)).t("</SSN>\n")
        else:
            b.t("</SSN>\n  <ITIN>").pii("ITIN", itin(r, plain_ok=True)).t("</ITIN>\n")
        b.t("  <Nationality>").pii("COUNTRY_OF_BIRTH", country_word(r, p, "demonym")).t(
            "</Nationality>\n"
        )
        b.t("  <ImmigrationStatus>").pii("IMMIGRATION_STATUS", status_field(r)).t(
            "</ImmigrationStatus>\n"
        )
        b.t("  <AlienNumber>").pii("A_NUMBER", bare_a_number(r)).t("</AlienNumber>\n")
        if r.random() < 0.5:
            b.t("  <I94Number>").pii("I94", i94(r)).t("</I94Number>\n")
        b.t("  <HomeAddress>").pii("ADDRESS", f"{street}, {city}, NY {zip_}").t("</HomeAddress>\n")
        b.t("  <Phone>").pii("PHONE", nyc_phone(r)).t("</Phone>\n</Applicant>\n")
    b.t("Looks like the address service rejects the unit number. Re-queued; ping ")
    b.t("nyccare-support@nychhc.org if it fails again.")
    return b


def _note_markdown(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    owner = person(r)
    b.t(
        f'Pasted from the {r.choice(["Bronx", "Queens", "Brooklyn"])} FJC team wiki, page "Open U-visa cases" '
    )
    b.t("(last edited by ").pii("PERSON", name(r, owner, r.choice(["plain", "initial"]))).t(
        "):\n\n"
    )
    b.t("| Client | DOB | Phone | Status | COB | Notes |\n|---|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 4)):
        p = person(r)
        b.t("| ").pii("PERSON", name(r, p, r.choice(["plain", "LAST, Given", "Last, Given"])))
        b.t(" | ").pii(
            "DATE_OF_BIRTH", fmt_date(r, when(r, 1960, 2005), r.choice(["mdY", "iso", "short"]))
        )
        b.t(" | ").pii("PHONE", nyc_phone(r)).t(" | ").pii("IMMIGRATION_STATUS", status_field(r))
        b.t(" | ").pii(
            "COUNTRY_OF_BIRTH", country_word(r, p) if r.random() < 0.6 else country_code(r, p)
        ).t(" | ")
        x = r.randrange(5)
        if x == 0:
            b.t("A# ").pii("A_NUMBER", a_number(r)).t("; I-918 sent")
        elif x == 1:
            b.t("I-918 receipt ").pii("USCIS_RECEIPT", receipt(r))
        elif x == 2:
            b.t(
                f"cert. requested from DA, DIR {r.randint(2024, 2026)}-{r.randint(40, 123):03d}-{digits(r, 5)}"
            )
        elif x == 3:
            b.t("ppt ").pii("PASSPORT", passport(r, p)).t(" expired")
        else:
            b.t(f"hrg {fmt_date(r, recent(r), 'short')}, {LANGUAGES[p.community][0]} interp")
        b.t(" |\n")
    b.t("\nReminder: do not put SSNs on the wiki.")
    return b


def case_note_g(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice(
        [
            _note_dhs_incident,
            _note_dir,
            _note_citizenship_now,
            _note_ocr_slip,
            _note_visit,
            _note_ticket,
            _note_markdown,
        ]
    )
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- intake forms ------------------------------------------------------------------------------


def _field(b: Any, label: str, type_: str | None, value: str, sep: str = ": ") -> Any:
    b.t(f"{label}{sep}")
    if type_:
        b.pii(type_, value)
    else:
        b.t(value)
    return b.t("\n")


def _form_fjc(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    client, advocate = person(r, female=r.random() < 0.85), person(r)
    abuser = person(r, client.community, female=not client.female)
    fjc, fjc_addr, fjc_phone = r.choice(FJC)
    b.t(f"NYC MAYOR'S OFFICE TO END DOMESTIC AND GENDER-BASED VIOLENCE\n{fjc} — Client Intake\n")
    b.t(f"{fjc_addr} · {fjc_phone}\n")
    b.t(f"Intake date: {fmt_date(r, recent(r), 'mdY')}    FJC client ID: {digits(r, 7)}\n\n")
    b.t("SECTION 1 — CLIENT\n")
    _field(b, "Name", "PERSON", name(r, client, r.choice(["plain", "LAST, Given"])))
    if client.nick and r.random() < 0.6:
        _field(b, "Goes by", "PERSON", client.nick)
    born = when(r, 1958, 2006)
    _field(b, "Date of birth", "DATE_OF_BIRTH", dob_text(r, client, born))
    b.t(f"Age: {2025 - born.year}    Preferred language: {r.choice(LANGUAGES[client.community])}\n")
    line, city, zip_ = street_address(r)
    _field(b, "Address (confidential — safe to mail? N)", "ADDRESS", line)
    b.t(f"City/ZIP: {city} {zip_}-{digits(r, 4)}\n")
    b.t("Safe phone: ").pii("PHONE", nyc_phone(r)).t("   OK to leave voicemail: ")
    b.t(r.choice(["No", "Yes", "Only say 'clinic'"]) + "\n")
    if r.random() < 0.5:
        _field(b, "Safe e-mail", "EMAIL", email(r, client))
    _field(b, "Country of birth", "COUNTRY_OF_BIRTH", country_word(r, client))
    _field(
        b, "Immigration status (only if client volunteers)", "IMMIGRATION_STATUS", status_field(r)
    )
    if r.random() < 0.5:
        _field(b, "A-Number", "A_NUMBER", bare_a_number(r) if r.random() < 0.5 else a_number(r))
    if r.random() < 0.5:
        _field(b, "Passport no.", "PASSPORT", passport(r, client))
    if r.random() < 0.35:
        _field(b, "I-94 # (if paroled in)", "I94", i94(r))
    x = r.random()
    if x < 0.25:
        _field(b, "SSN / ITIN", "SSN", ssn(r))
    elif x < 0.6:
        _field(b, "SSN / ITIN", "ITIN", itin(r))
    b.t("\nSECTION 2 — PERSON CAUSING HARM\n")
    _field(b, "Name", "PERSON", name(r, abuser, r.choice(["plain", "CAPS", "LAST, Given"])))
    if r.random() < 0.6:
        _field(b, "DOB (approx. ok)", "DATE_OF_BIRTH", fmt_date(r, when(r, 1955, 2004)))
    b.t(f"Relationship: {r.choice(['spouse', 'ex-partner', 'boyfriend', 'in-law', 'employer'])}   ")
    b.t(f"Weapons: {r.choice(['none known', 'knife', 'unknown'])}\n")
    b.t("Has threatened to report client to ICE: ").t(
        r.choice(["Yes", "Yes — several times", "No"])
    ).t("\n")
    b.t("\nSECTION 3 — REFERRALS\n")
    b.t(
        f"[x] Sanctuary/Safe Horizon shelter  [ ] Family Court petition  [x] Immigration legal "
        f"({r.choice(['Sanctuary for Families', 'NYLAG', 'The Legal Aid Society', 'CAMBA Legal'])})\n"
    )
    b.t("Advocate: ").pii("PERSON", name(r, advocate, "plain")).t("  ")
    b.pii("EMAIL", staff_email(r, advocate, "endgbv.nyc.gov")).t(f"  ext. {r.randint(100, 499)}")
    return b


def _form_nyc_care(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p, counselor = person(r), person(r)
    b.t(f"NYC CARE — MEMBERSHIP APPLICATION\nSite: {r.choice(HOSPITALS)}    ")
    b.t(f"Application # NC-{digits(r, 8)}    Received: {fmt_date(r, recent(r), 'short')}\n")
    b.t("NYC Care is not insurance. Questions: 1-646-NYC-CARE (646-692-2273).\n\n")
    _field(
        b, "1. Last name", "PERSON", p.surname if not p.surname2 else f"{p.surname} {p.surname2}"
    )
    _field(b, "2. First name", "PERSON", p.given)
    _field(
        b, "3. Date of birth (MM/DD/YYYY)", "DATE_OF_BIRTH", fmt_date(r, when(r, 1945, 2007), "mdY")
    )
    line, city, zip_ = street_address(r)
    _field(b, "4. Home address", "ADDRESS", line)
    b.t(f"   City: {city}   State: NY   ZIP: {zip_}\n")
    _field(b, "5. Phone", "PHONE", phone(r, p))
    if r.random() < 0.55:
        _field(b, "6. E-mail (optional)", "EMAIL", email(r, p))
    else:
        b.t("6. E-mail (optional): none\n")
    b.t(f"7. Household size: {r.randint(1, 7)}    8. Monthly income: {money(r)}\n")
    x = r.randrange(4)
    if x == 0:
        _field(b, "9. Proof of identity shown", None, "IDNYC card", sep=" ").t("   Card number: ")
        b.pii("IDNYC", idnyc(r)).t("\n")
    elif x == 1:
        b.t("9. Proof of identity shown: foreign passport, no. ").pii("PASSPORT", passport(r, p))
        b.t(" (").pii("COUNTRY_OF_BIRTH", country_word(r, p)).t(")")
        if r.random() < 0.5:
            b.t(", I-94 ").pii("I94", i94(r))
        b.t("\n")
    elif x == 2:
        b.t("9. Proof of identity shown: consular ID (matrícula) + IDNYC ").pii(
            "IDNYC", idnyc(r)
        ).t("\n")
    else:
        b.t("9. Proof of identity shown: ").t(
            r.choice(["NYS learner permit", "school ID", "employer letter"])
        ).t("\n")
    b.t("10. Counselor notes: ")
    b.t(
        r.choice(
            [
                "Client not eligible for Medicaid per screening; ",
                "Screened for Essential Plan; not eligible; ",
            ]
        )
    )
    if r.random() < 0.8:
        b.t("client ").marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(". ")
    if r.random() < 0.6:
        add_origin(r, b, p)
        b.t(" ")
    if r.random() < 0.4:
        b.t("Has an ITIN for taxes: ").pii("ITIN", itin(r)).t(". ")
    b.t(f"Primary care appt booked {fmt_date(r, recent(r), 'mdY')}.\n")
    b.t("Financial counselor: ").pii(
        "PERSON", name(r, counselor, r.choice(["plain", "LAST, Given"]))
    )
    b.t(f"   Signature on file   Date {fmt_date(r, recent(r), 'short')}")
    return b


def _form_dycd(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    youth = person(r)
    parent = relative(r, youth, female=r.random() < 0.75)
    b.t(
        f"DYCD — {r.choice(['Summer Youth Employment Program (SYEP)', 'COMPASS afterschool', 'Work, Learn & Grow', 'Cornerstone program'])}\n"
    )
    b.t(
        f"Participant enrollment   Provider: {r.choice(['CAMBA', 'Chinese-American Planning Council', 'Make the Road New York', 'Sauti Yetu', 'Chhaya CDC', 'Ridgewood Bushwick Senior Citizens Council'])}\n"
    )
    b.t(f"Participant ID: {digits(r, 9)}   Cohort: {r.randint(2025, 2026)}\n\n")
    _field(b, "Youth's name", "PERSON", name(r, youth, r.choice(["plain", "LAST, Given", "CAPS"])))
    _field(b, "Date of birth", "DATE_OF_BIRTH", fmt_date(r, when(r, 2007, 2012)))
    if r.random() < 0.3:
        _field(b, "Proof of age: passport no.", "PASSPORT", passport(r, youth))
    b.t(
        f"Grade: {r.randint(8, 12)}   School: {r.choice(['Newcomers HS', 'International HS at Lafayette', 'Pan American International HS', 'Flushing International HS'])}\n"
    )
    _field(b, "Home address", "ADDRESS", one_line_address(r))
    _field(b, "Youth cell", "PHONE", nyc_phone(r))
    if r.random() < 0.35:
        _field(b, "Youth ID: IDNYC no.", "IDNYC", idnyc(r))
    if r.random() < 0.6:
        _field(b, "Youth e-mail", "EMAIL", email(r, youth))
    x = r.randrange(3)
    if x == 0:
        _field(b, "SSN (for payroll)", "SSN", ssn(r))
    elif x == 1:
        _field(b, "SSN (for payroll)", None, "N/A — ITIN").t("ITIN: ").pii("ITIN", itin(r)).t("\n")
    else:
        b.t("SSN (for payroll): pending; work authorization doc: EAD, receipt ")
        b.pii("USCIS_RECEIPT", receipt(r)).t("\n")
    if r.random() < 0.6:
        _field(b, "Youth's status (as written by parent)", "IMMIGRATION_STATUS", status_field(r))
    _field(
        b,
        "Country of birth",
        "COUNTRY_OF_BIRTH",
        country_word(r, youth) if r.random() < 0.8 else country_code(r, youth),
    )
    b.t("\nPARENT / GUARDIAN\n")
    _field(b, "Name", "PERSON", name(r, parent))
    _field(b, "Phone", "PHONE", phone(r, parent))
    if r.random() < 0.4:
        _field(b, "Parent DOB", "DATE_OF_BIRTH", fmt_date(r, when(r, 1965, 1992)))
    b.t(f"Language at home: {r.choice(LANGUAGES[youth.community])}\n")
    b.t("Emergency contact: ").pii("PERSON", name(r, person(r, youth.community), "plain"))
    b.t(" ").pii("PHONE", nyc_phone(r)).t("\n")
    b.t(f"Working papers received {fmt_date(r, recent(r), 'short')}. Stipend {money(r)} per cycle.")
    return b


def _form_dvs(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    vet, vso = person(r), person(r)
    spouse = person(r, vet.community, female=not vet.female)
    b.t("NYC DEPARTMENT OF VETERANS' SERVICES — VetConnectNYC intake\n")
    b.t(
        f"1 Centre Street, Suite 2208, New York, NY 10007 · 212-416-5250   Ref VC-{digits(r, 6)}\n\n"
    )
    _field(b, "Veteran", "PERSON", name(r, vet, r.choice(["plain", "LAST, Given", "CAPS"])))
    _field(b, "DOB", "DATE_OF_BIRTH", fmt_date(r, when(r, 1950, 2001)))
    _field(b, "SSN", "SSN", ssn(r))
    b.t(
        f"Branch: {r.choice(['Army', 'Navy', 'Marine Corps', 'Air Force', 'Army National Guard'])}   "
    )
    b.t(
        f"Service: {r.randint(1990, 2016)}–{r.randint(2017, 2023)}   Discharge: {r.choice(['Honorable', 'General (under honorable)', 'Honorable'])}\n"
    )
    _field(b, "Address", "ADDRESS", one_line_address(r))
    _field(b, "Phone", "PHONE", nyc_phone(r))
    _field(b, "Email", "EMAIL", email(r, vet))
    _field(b, "Place of birth", "COUNTRY_OF_BIRTH", country_word(r, vet))
    b.t("Citizenship: ")
    if r.random() < 0.6:
        b.pii(
            "IMMIGRATION_STATUS",
            r.choice(["LPR", "Green card holder", "Permanent resident", "LPR (never naturalized)"]),
        )
        b.t(", A# ").pii("A_NUMBER", a_number(r)).t(
            " — wants help with N-426 / naturalization through service\n"
        )
    else:
        b.t("naturalized in service; certificate lost (N-565)\n")
    b.t("Needs: ").t(
        r.choice(
            [
                "housing (HUD-VASH)",
                "VA health enrollment",
                "legal — deportation defense",
                "benefits claim",
            ]
        )
    ).t("\n")
    b.t("Spouse: ").pii("PERSON", name(r, spouse, "plain")).t(", ")
    add_status(r, b, spouse, "spouse")
    if r.random() < 0.3:
        b.t(" Spouse files taxes with ITIN ").pii("ITIN", itin(r)).t(".")
    if r.random() < 0.4:
        b.t(" Spouse's I-130 receipt ").pii("USCIS_RECEIPT", receipt(r)).t(".")
    if r.random() < 0.35:
        b.t(" Spouse entered with I-94 ").pii("I94", i94(r)).t(".")
    b.t("\nVSO / peer coordinator: ").pii("PERSON", name(r, vso, "plain")).t(" — ")
    b.pii("EMAIL", staff_email(r, vso, "veterans.nyc.gov"))
    b.t(f"\nNext contact: {fmt_date(r, recent(r), 'long')}")
    return b


def _form_burial(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    dec = person(r)
    app = relative(r, dec)
    b.t("HRA OFFICE OF BURIAL SERVICES — APPLICATION FOR BURIAL ALLOWANCE\n")
    b.t(
        f"Submit to burialservices@hra.nyc.gov or 33 Beaver Street, New York, NY 10004.  Case # B{digits(r, 8)}\n\n"
    )
    b.t("PART A — DECEASED\n")
    _field(b, "Full name", "PERSON", name(r, dec, r.choice(["plain", "CAPS", "LAST, Given"])))
    born, died = when(r, 1935, 1995), recent(r)
    _field(b, "Date of birth", "DATE_OF_BIRTH", dob_text(r, dec, born))
    b.t(f"Date of death: {fmt_date(r, died, 'mdY')}   Age at death: {died.year - born.year}\n")
    if r.random() < 0.55:
        _field(b, "Social Security No.", "SSN", ssn(r))
    else:
        _field(b, "Social Security No.", None, "none").t("ITIN (if any): ").pii("ITIN", itin(r)).t(
            "\n"
        )
    _field(b, "Last address", "ADDRESS", one_line_address(r))
    _field(b, "Country of birth", "COUNTRY_OF_BIRTH", country_word(r, dec))
    if r.random() < 0.5:
        _field(
            b,
            "Immigration status (for consular repatriation only)",
            "IMMIGRATION_STATUS",
            status_field(r),
        )
    b.t(
        f"Place of death: {r.choice(HOSPITALS)}   Funeral home: {r.choice(['Ortiz Funeral Home', 'Gutierrez Funeral Home', 'Guarino Funeral Home', 'Hellenic Funeral Chapel'])}\n"
    )
    b.t(
        f"Funeral cost: {money(r)}   Burial in the US or repatriation: {r.choice(['repatriation', 'burial in NY', 'cremation'])}\n"
    )
    if r.random() < 0.4:
        b.t(
            f"Family has contacted the {r.choice(dec.c['countries'])[1]} consulate about repatriation.\n"
        )
    b.t("\nPART B — APPLICANT\n")
    _field(b, "Name", "PERSON", name(r, app))
    b.t(
        f"Relationship to deceased: {r.choice(['daughter', 'spouse', 'sister', 'niece'] if app.female else ['son', 'spouse', 'brother', 'nephew'])}\n"
    )
    _field(b, "Applicant DOB", "DATE_OF_BIRTH", fmt_date(r, when(r, 1955, 2004)))
    _field(b, "Phone", "PHONE", phone(r, app))
    if r.random() < 0.5:
        _field(b, "E-mail", "EMAIL", email(r, app))
    x = r.randrange(3)
    if x == 0:
        _field(b, "ID presented: IDNYC #", "IDNYC", idnyc(r), sep=" ")
    elif x == 1:
        b.t("ID presented: passport ").pii("PASSPORT", passport(r, app)).t("\n")
    else:
        b.t("ID presented: NYS driver license\n")
    b.t("I certify that the information above is true.   Signature ______   ")
    b.t(f"Date {fmt_date(r, recent(r), 'short')}")
    return b


BILINGUAL = {
    "bangladeshi": {
        "title": "মেডিকেইড নবায়ন ওয়ার্কশিট",
        "name": "নাম",
        "dob": "জন্ম তারিখ",
        "addr": "ঠিকানা",
        "phone": "ফোন",
        "ssn": "সোশ্যাল সিকিউরিটি নম্বর",
        "cob": "জন্মস্থান (দেশ)",
        "status": "ইমিগ্রেশন স্ট্যাটাস",
    },
    "chinese": {
        "title": "醫療補助續期工作表",
        "name": "姓名",
        "dob": "出生日期",
        "addr": "地址",
        "phone": "電話",
        "ssn": "社會安全號碼",
        "cob": "出生國家",
        "status": "移民身份",
    },
    "post_soviet": {
        "title": "Продление Medicaid — рабочий лист",
        "name": "Имя и фамилия",
        "dob": "Дата рождения",
        "addr": "Адрес",
        "phone": "Телефон",
        "ssn": "Номер социального страхования",
        "cob": "Страна рождения",
        "status": "Иммиграционный статус",
    },
    "korean": {
        "title": "메디케이드 갱신 워크시트",
        "name": "성명",
        "dob": "생년월일",
        "addr": "주소",
        "phone": "전화번호",
        "ssn": "사회보장번호",
        "cob": "출생 국가",
        "status": "이민 신분",
    },
    "arab": {
        "title": "Tajdid Medicaid — waraqat amal (ورقة عمل)",
        "name": "al-ism / الاسم",
        "dob": "tarikh al-milad / تاريخ الميلاد",
        "addr": "al-unwan / العنوان",
        "phone": "al-hatif / الهاتف",
        "ssn": "raqm al-daman al-ijtimai",
        "cob": "balad al-milad / بلد الميلاد",
        "status": "al-wad al-qanuni / الوضع القانوني",
    },
}


def _form_medicaid_bilingual(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    community = r.choice(list(BILINGUAL))
    t = BILINGUAL[community]
    p, worker = person(r, community), person(r)
    member = relative(r, p)
    b.t(f"MEDICAID RENEWAL WORKSHEET / {t['title']}\n")
    b.t(
        f"HRA Medicaid — CIN {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{digits(r, 5)}{r.choice('ABCDEFGHJK')}   "
    )
    b.t(f"Renewal due: {fmt_date(r, recent(r), 'mdY')}\n\n")
    _field(b, f"Name / {t['name']}", "PERSON", name(r, p))
    _field(
        b,
        f"Date of birth / {t['dob']}",
        "DATE_OF_BIRTH",
        fmt_date(r, when(r, 1940, 2000), r.choice(["mdY", "iso", "short"])),
    )
    _field(b, f"Address / {t['addr']}", "ADDRESS", one_line_address(r))
    _field(b, f"Phone / {t['phone']}", "PHONE", phone(r, p))
    if r.random() < 0.6:
        _field(b, f"SSN / {t['ssn']}", "SSN", ssn(r))
    else:
        _field(b, f"SSN / {t['ssn']}", None, "— (ITIN below)").t("ITIN: ").pii("ITIN", itin(r)).t(
            "\n"
        )
    cob = country_word(r, p)
    if community in ("chinese", "korean", "post_soviet", "arab") and r.random() < 0.35:
        cob = r.choice(p.c["countries"])[4][-1] if community != "korean" else "대한민국"
    _field(b, f"Country of birth / {t['cob']}", "COUNTRY_OF_BIRTH", cob)
    _field(b, f"Immigration status / {t['status']}", "IMMIGRATION_STATUS", status_field(r))
    if r.random() < 0.5:
        _field(b, "Alien Registration No. (A#)", "A_NUMBER", bare_a_number(r))
    if r.random() < 0.5:
        _field(b, "I-94 number (if parolee)", "I94", i94(r))
    if r.random() < 0.3:
        _field(b, "USCIS receipt (pending application)", "USCIS_RECEIPT", receipt(r))
    b.t("\nHousehold member 2: ").pii("PERSON", name(r, member, "plain")).t(", DOB ")
    b.pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1950, 2020))).t("\n")
    b.t(f"Income: {money(r)}/month   Rent: {money(r)}\n")
    b.t("Worker: ").pii("PERSON", name(r, worker, r.choice(["plain", "initial"])))
    b.t(f"   Interview language: {LANGUAGES[community][0]}")
    return b


def intake_form_g(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice(
        [
            _form_fjc,
            _form_nyc_care,
            _form_dycd,
            _form_dvs,
            _form_burial,
            _form_medicaid_bilingual,
        ]
    )
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- letters -----------------------------------------------------------------------------------


def _address_block(r: random.Random, b: Any, p: Person, lang: str = "en") -> None:
    """Recipient block: honorific outside the name, street and city lines as one address."""
    b.t(honorific(r, p, lang) if r.random() < 0.6 else "").pii(
        "PERSON", name(r, p, r.choice(["plain", "CAPS"]))
    )
    line, city, zip_ = street_address(r)
    b.t("\n").pii("ADDRESS", f"{line}\n{city}, NY {zip_}" if r.random() < 0.75 else line)
    b.t("\n\n")


def _letter_hpd(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    tenant, inspector = person(r), person(r)
    court, court_addr, code = r.choice(HOUSING_COURTS)
    b.t(
        "NYC DEPARTMENT OF HOUSING PRESERVATION AND DEVELOPMENT\nDivision of Neighborhood "
        "Preservation · 100 Gold Street, New York, NY 10038\n\n"
    )
    b.t(f"{fmt_date(r, recent(r), 'long')}\n\n")
    b.t(
        f"To: Intake Unit, {r.choice(['Legal Services NYC', 'The Legal Aid Society', 'Mobilization for Justice', 'CAMBA Legal Services', 'Housing Conservation Coordinators'])} (Right to Counsel)\n"
    )
    b.t("Re: referral of tenant ").pii(
        "PERSON", name(r, tenant, r.choice(["plain", "LAST, Given"]))
    )
    b.t(f", Index No. LT-{digits(r, 6)}-{r.randint(24, 26)}/{code}, {court}, {court_addr}\n\n")
    b.t("Dear colleagues,\n\nHPD refers the tenant above, who lives at ")
    b.pii("ADDRESS", one_line_address(r)).t(", for representation in the nonpayment proceeding ")
    b.t(
        f"calendared for {fmt_date(r, recent(r), 'long')} in Part {r.choice(['A', 'B', 'C', 'F', 'H'])}. "
    )
    b.t(
        f"Our inspection on {fmt_date(r, recent(r), 'short')} found {r.randint(3, 29)} open violations, "
        f"including {r.randint(1, 6)} class C (no heat, mold). Arrears claimed: {money(r)}.\n\n"
    )
    born = when(r, 1945, 2001)
    b.t(f"The tenant, {2025 - born.year}, lives with ")
    kid = relative(r, tenant)
    b.pii("PERSON", name(r, kid, "short")).t(" and prefers ").t(
        r.choice(LANGUAGES[tenant.community])
    ).t(". ")
    add_status(
        r,
        b,
        tenant,
        "The tenant told our inspector that she"
        if tenant.female
        else "The tenant told our inspector that he",
        "The tenant",
    )
    b.t(" The tenant is worried that appearing in court will expose the family. ")
    if r.random() < 0.6:
        add_origin(r, b, tenant, "The tenant")
        b.t(" ")
    b.t(
        "We explained that the Protect Our Courts Act bars civil immigration arrests at the courthouse.\n\n"
    )
    b.t("Tenant contact: ").pii("PHONE", phone(r, tenant))
    if r.random() < 0.5:
        b.t(", ").pii("EMAIL", email(r, tenant))
    b.t(". Date of birth (for your conflict check): ").pii("DATE_OF_BIRTH", fmt_date(r, born))
    b.t(".\n\n")
    b.t("Sincerely,\n\n").pii("PERSON", name(r, inspector, "plain"))
    b.t(
        f"\nHousing Inspector, {r.choice(['Bronx', 'Brooklyn', 'Queens', 'Manhattan'])} Borough Office\n"
    )
    b.pii("EMAIL", staff_email(r, inspector, "hpd.nyc.gov")).t(" · HPD tenant line 311")
    return b


def _letter_cn(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    client, staff = person(r), person(r)
    spanish = client.c["two_surnames"] and r.random() < 0.4
    b.t(
        "CUNY Citizenship Now!\n101 West 31st Street, 9th Floor, New York, NY 10001 · (646) 664-9400\n\n"
    )
    b.t(f"{fmt_date(r, recent(r), 'es' if spanish else 'long')}\n\n")
    _address_block(r, b, client, "es" if spanish else "en")
    if spanish:
        b.t("Estimada/o ").pii("PERSON", name(r, client, "short")).t(":\n\n")
        b.t(
            f"Le confirmamos su cita en {r.choice(CN_SITES)} el {fmt_date(r, recent(r), 'es')} a las "
            f"{r.randint(9, 16)}:{r.choice(['00', '30'])}. "
        )
        b.t("Según nuestra consulta, usted ").marked(
            "IMMIGRATION_STATUS",
            r.choice(
                [
                    "es [residente permanente]",
                    "tiene [TPS]",
                    "es [solicitante de asilo]",
                    "tiene [DACA]",
                ]
            ),
        )
        b.t(" y nació en ").pii("COUNTRY_OF_BIRTH", country_word(r, client)).t(". ")
        b.t("Traiga su pasaporte (número en nuestro expediente: ").pii(
            "PASSPORT", passport(r, client)
        )
        b.t(") y todas sus notificaciones I-797.\n\n")
    else:
        b.t("Dear ").t(honorific(r, client)).pii("PERSON", client.surname).t(",\n\n")
        b.t(
            f"This confirms your appointment at {r.choice(CN_SITES)} on {fmt_date(r, recent(r), 'long')} "
            f"at {r.randint(9, 16)}:{r.choice(['00', '30'])}. "
        )
        b.t("Our records show that you ").marked(
            "IMMIGRATION_STATUS",
            r.choice(
                [
                    "are a [lawful permanent resident]",
                    "are a [green card holder]",
                    "have [TPS]",
                    "are a [DACA recipient]",
                    "have a pending [asylum] application",
                ]
            ),
        )
        b.t(". Please bring your green card or EAD, your passport (")
        b.pii("PASSPORT", passport(r, client)).t(") and the USCIS notice for receipt ")
        b.pii("USCIS_RECEIPT", receipt(r)).t(".\n\n")
    b.t("Your file: A-number ").pii("A_NUMBER", a_number(r)).t(", date of birth ")
    b.pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1950, 2004), "long")).t(".")
    if r.random() < 0.4:
        b.t(" I-94: ").pii("I94", i94(r)).t(".")
    b.t("\nIf you cannot come, call us or write to ").pii(
        "EMAIL", staff_email(r, staff, "cuny.edu")
    )
    b.t(".\n\nSincerely,\n").pii("PERSON", name(r, staff, "plain")).t(
        f"\n{r.choice(['Staff Attorney', 'Paralegal', 'Program Coordinator'])}"
    )
    return b


def _letter_uvisa(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    victim, advocate = person(r, female=True), person(r)
    fjc, fjc_addr, fjc_phone = r.choice(FJC)
    b.t(f"{fjc}\n{fjc_addr}\n{fjc_phone}\n\n{fmt_date(r, recent(r), 'long')}\n\n")
    b.t(
        r.choice(
            [
                "NYPD Legal Bureau — U/T Visa Certification Unit",
                "Office of the District Attorney, Bronx County — Immigrant Affairs",
                "Kings County District Attorney — Immigrant Affairs Unit",
            ]
        )
    )
    b.t("\n\nRe: Request for I-918 Supplement B certification\nVictim: ")
    b.pii("PERSON", name(r, victim, r.choice(["plain", "CAPS"]))).t("   Date of birth: ")
    b.pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1965, 2005))).t("\n")
    b.t(
        f"DIR # {r.randint(2022, 2026)}-{r.randint(1, 123):03d}-{digits(r, 5)}   Complaint # {r.randint(2022, 2026)}-{digits(r, 6)}\n\n"
    )
    b.t("To the certifying official:\n\n")
    b.t("I write on behalf of ").pii("PERSON", name(r, victim, "short")).t(", a ")
    b.pii("COUNTRY_OF_BIRTH", country_word(r, victim, "demonym")).t(" woman who was the victim of ")
    b.t(
        r.choice(
            [
                "felonious assault",
                "domestic violence",
                "stalking and harassment",
                "unlawful imprisonment",
            ]
        )
    )
    b.t(
        f" on {fmt_date(r, recent(r), 'long')}. She reported the crime promptly and has helped the investigation. "
    )
    b.t("Ms. ").pii("PERSON", victim.surname).t(" ").marked(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "is [undocumented]",
                "has [no lawful status]",
                "is an [asylum seeker] with no decision",
                "[overstayed] her visa",
                "is [undocumented]",
            ]
        ),
    )
    b.t(" and is eligible to petition for U nonimmigrant status once certified.\n\n")
    if r.random() < 0.6:
        b.t("Her A-number is ").pii("A_NUMBER", a_number(r)).t(". ")
    if r.random() < 0.5:
        b.t("A prior I-765 was filed under receipt ").pii("USCIS_RECEIPT", receipt(r)).t(". ")
    if r.random() < 0.5:
        b.t("She entered on I-94 ").pii("I94", i94(r)).t(". ")
    b.t("She can be reached safely through our office, or at ").pii("PHONE", nyc_phone(r)).t(
        ".\n\n"
    )
    b.t("Respectfully,\n").pii("PERSON", name(r, advocate, "plain")).t("\nImmigration Advocate · ")
    b.pii("EMAIL", staff_email(r, advocate, "endgbv.nyc.gov"))
    return b


def _letter_burial(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    app, worker = person(r), person(r)
    dec = relative(r, app)
    b.t("THE CITY OF NEW YORK\nHUMAN RESOURCES ADMINISTRATION\nOffice of Burial Services\n\n")
    b.t(f"Notice date: {fmt_date(r, recent(r), 'mdY')}    Case # B{digits(r, 8)}\n\n")
    _address_block(r, b, app)
    b.t("NOTICE OF DECISION ON YOUR APPLICATION FOR A BURIAL ALLOWANCE\n\n")
    b.t("Deceased: ").pii("PERSON", name(r, dec, r.choice(["plain", "CAPS"]))).t(
        "   Date of birth: "
    )
    b.pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1935, 1995), "mdY")).t(
        f"   Date of death: {fmt_date(r, recent(r), 'mdY')}\n\n"
    )
    ok = r.random() < 0.7
    if ok:
        b.t(f"We have APPROVED a burial allowance of {money(r)} payable to the funeral home. ")
    else:
        b.t("We have DENIED your application because the total funeral cost exceeds the limit. ")
    b.t(
        "Immigration status does not affect eligibility for this allowance; we record it only because you wrote that the deceased "
    )
    b.marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(
        " and asked about repatriation to "
    )
    b.pii("COUNTRY_OF_BIRTH", country_word(r, dec)).t(", the country of birth.\n\n")
    if r.random() < 0.5:
        b.t("The deceased's Social Security number on file: ").pii("SSN", ssn(r)).t(". ")
    else:
        b.t("The deceased's ITIN on file: ").pii("ITIN", itin(r)).t(". ")
    b.t(
        "If you disagree, you may request a fair hearing within 60 days (OTDA, P.O. Box 1930, Albany, NY 12201).\n\n"
    )
    b.t("Questions: 929-221-7270 or burialservices@hra.nyc.gov. Your caseworker: ")
    b.pii("PERSON", name(r, worker, r.choice(["plain", "initial"]))).t(", ")
    b.pii("EMAIL", staff_email(r, worker, "hra.nyc.gov")).t(".")
    return b


def _letter_dvs(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    vet, signer = person(r), person(r)
    b.t("NYC Department of Veterans' Services\n1 Centre Street, Suite 2208, New York, NY 10007\n\n")
    b.t(f"{fmt_date(r, recent(r), 'long')}\n\nTo whom it may concern:\n\n")
    b.t("This letter supports ").pii("PERSON", name(r, vet, "plain")).t(" (DOB ")
    b.pii("DATE_OF_BIRTH", fmt_date(r, when(r, 1955, 2000))).t(
        f"), who served in the U.S. "
        f"{r.choice(['Army', 'Navy', 'Marine Corps'])} from {r.randint(1995, 2012)} to {r.randint(2013, 2022)} "
        "and was honorably discharged. "
    )
    b.t(f"{'She' if vet.female else 'He'} was born in ").pii(
        "COUNTRY_OF_BIRTH", country_word(r, vet)
    )
    b.t(f" and {'her' if vet.female else 'his'} status is ")
    b.pii(
        "IMMIGRATION_STATUS", r.choice(["lawful permanent resident", "LPR", "permanent resident"])
    )
    b.t(". We ask USCIS to expedite the pending N-400, receipt ").pii("USCIS_RECEIPT", receipt(r))
    b.t(", A-number ").pii("A_NUMBER", a_number(r)).t(".\n\n")
    if r.random() < 0.5:
        sp = person(r, vet.community, female=not vet.female)
        b.t(f"{'Her' if vet.female else 'His'} spouse, ").pii("PERSON", name(r, sp, "plain")).t(
            ", "
        )
        b.marked("IMMIGRATION_STATUS", wpick(r, SEALED_STATUS_EN)).t(
            " and may qualify for parole in place (PIP) for military families.\n\n"
        )
    b.t("The veteran lives at ").pii("ADDRESS", one_line_address(r)).t(" and can be reached at ")
    b.pii("PHONE", phone(r, vet)).t(".\n\n")
    b.t("Sincerely,\n\n").pii("PERSON", name(r, signer, "plain"))
    b.t("\nDeputy Commissioner, Veteran Services · ").pii(
        "EMAIL", staff_email(r, signer, "veterans.nyc.gov")
    )
    b.t("\nMain line 212-416-5250 · connect@veterans.nyc.gov")
    return b


def letter_g(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_letter_hpd, _letter_cn, _letter_uvisa, _letter_burial, _letter_dvs])
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- CSV extracts ------------------------------------------------------------------------------

Cell = tuple[str | None, str]  # (label type or None, value); a value of "" is an empty cell


def _cells(B: Callable[[], Any], headers: list[str], rows: list[list[Cell]]) -> Out:
    out: Out = []
    for row in rows:
        for header, (type_, value) in zip(headers, row, strict=True):
            if not value:
                continue
            b = B()
            if type_ and type_.startswith("marked:"):
                b.marked(type_.split(":", 1)[1], value)
            elif type_:
                b.pii(type_, value)
            else:
                b.t(value)
            out.append((b.text(), b.labels, f"{header}: "))
    return out


def _ts(r: random.Random) -> str:
    d = recent(r)
    return f"{d.month}/{d.day}/{d.year} {r.randint(7, 23)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _csv_google_form(r: random.Random, B: Callable[[], Any]) -> Out:
    headers = [
        "Timestamp",
        "Email Address",
        "What is your full name?",
        "What is your date of birth?",
        "What is the best phone number to reach you? (We will text reminders)",
        "What is your home address? (Street and apartment)",
        "What country were you born in?",
        "What is your current immigration status? (Optional — this stays confidential)",
        "If you have an A-Number (Alien Registration Number), write it here",
        "If you entered with parole, what is your I-94 number? (optional)",
        "Which language do you prefer for the workshop?",
        "How did you hear about this Know Your Rights workshop?",
    ]
    rows = []
    for _ in range(r.randint(2, 5)):
        p = person(r)
        x = r.random()
        if x < 0.6:
            status: Cell = ("IMMIGRATION_STATUS", status_field(r))
        elif x < 0.72 and p.c["two_surnames"]:
            status = (
                "IMMIGRATION_STATUS",
                r.choice(["sin papeles", "asilo pendiente", "tengo TPS", "asilo", "residente"]),
            )
        elif x < 0.87:
            status = (None, r.choice(["Prefer not to say", "I don't know", "N/A"]))
        else:
            status = (None, "")
        anum: Cell = (None, r.choice(["", "no", "N/A", "don't have one"]))
        if r.random() < 0.45:
            anum = ("A_NUMBER", a_number(r) if r.random() < 0.5 else bare_a_number(r))
        rows.append(
            [
                (None, _ts(r)),
                ("EMAIL", email(r, p)),
                (
                    "PERSON",
                    name(
                        r,
                        p,
                        r.choice(
                            ["plain", "plain", "lower", "CAPS", "nick" if p.nick else "plain"]
                        ),
                    ),
                ),
                (
                    "DATE_OF_BIRTH",
                    fmt_date(
                        r, when(r, 1950, 2008), r.choice(["mdY", "short", "mdy", "long", "iso"])
                    ),
                ),
                ("PHONE", phone(r, p)),
                ("ADDRESS", one_line_address(r)) if r.random() < 0.8 else (None, ""),
                ("COUNTRY_OF_BIRTH", country_word(r, p)),
                status,
                anum,
                ("I94", i94(r)) if r.random() < 0.25 else (None, r.choice(["", "", "n/a"])),
                (None, r.choice(LANGUAGES[p.community] + ["English"])),
                (
                    None,
                    r.choice(
                        [
                            "Flyer at the library",
                            "WhatsApp group",
                            "My church",
                            "Instagram",
                            "A friend",
                            "Queens Public Library",
                        ]
                    ),
                ),
            ]
        )
    return _cells(B, headers, rows)


def _csv_merged_headers(r: random.Random, B: Callable[[], Any]) -> Out:
    sep = r.choice([" / ", "_", " - "])
    top_a, top_h, top_r = "Applicant", "Household member 2", "Renewal"
    headers = [
        f"Unnamed: 0_level_0{sep}Row" if sep == "_" else "Row",
        f"{top_a}{sep}Name",
        f"{top_a}{sep}Date of Birth",
        f"{top_a}{sep}SSN / ITIN",
        f"{top_a}{sep}Phone",
        f"{top_a}{sep}Status",
        f"{top_a}{sep}A#",
        f"{top_a}{sep}I-94 #",
        f"{top_h}{sep}Name",
        f"{top_h}{sep}DOB",
        f"{top_r}{sep}Due",
        f"{top_r}{sep}Worker",
        f"{top_r}{sep}Worker e-mail",
    ]
    rows = []
    for i in range(r.randint(2, 4)):
        p, w = person(r), person(r)
        m = relative(r, p)
        x = r.random()
        tax: Cell = (
            ("SSN", ssn(r, plain_ok=True))
            if x < 0.4
            else ("ITIN", itin(r, plain_ok=True))
            if x < 0.88
            else (None, "none")
        )
        rows.append(
            [
                (None, str(i + 1)),
                ("PERSON", name(r, p, r.choice(["LAST, Given", "Last, Given", "plain"]))),
                (
                    "DATE_OF_BIRTH",
                    fmt_date(r, when(r, 1945, 2005), r.choice(["mdY", "short", "iso"])),
                ),
                tax,
                ("PHONE", nyc_phone(r)),
                (
                    "IMMIGRATION_STATUS",
                    wpick(r, SEALED_STATUS_CODES) if r.random() < 0.5 else status_field(r),
                ),
                ("A_NUMBER", bare_a_number(r)) if r.random() < 0.5 else (None, ""),
                ("I94", i94(r)) if r.random() < 0.35 else (None, ""),
                ("PERSON", name(r, m, r.choice(["LAST, Given", "plain"])))
                if r.random() < 0.7
                else (None, ""),
                ("DATE_OF_BIRTH", fmt_date(r, when(r, 1950, 2022), "mdY"))
                if r.random() < 0.7
                else (None, ""),
                (None, fmt_date(r, recent(r), "mdY")),
                ("PERSON", name(r, w, r.choice(["initial", "plain"]))),
                ("EMAIL", staff_email(r, w, "hra.nyc.gov")),
            ]
        )
    return _cells(B, headers, rows)


def _csv_visit_log(r: random.Random, B: Callable[[], Any]) -> Out:
    headers = [
        "VISIT_DT",
        "FACILITY",
        "VISITOR_LAST",
        "VISITOR_FIRST",
        "VISITOR_DOB",
        "ID_TYPE",
        "IDNYC_NO",
        "PASSPORT_NO",
        "VISITOR_PHONE",
        "RELATIONSHIP",
        "PIC_NAME",
        "BOOK_CASE_NO",
        "NOTES",
    ]
    rows = []
    for _ in range(r.randint(2, 5)):
        v = person(r)
        pic = relative(r, v, female=False)
        idt = r.choices(["IDNYC", "PASSPORT", "IDNYC", "CONSULAR ID"], weights=[5, 3, 2, 1])[0]
        idv: Cell = ("IDNYC", idnyc(r)) if idt == "IDNYC" else (None, "")
        ppv: Cell = ("PASSPORT", passport(r, v)) if idt == "PASSPORT" else (None, "")
        note: Cell = (None, "")
        if r.random() < 0.3:
            note = (
                None,
                r.choice(
                    [
                        "late arrival",
                        "visit cut short — lockdown",
                        "child visitor (under 16) w/ parent",
                        "property returned",
                    ]
                ),
            )
        rows.append(
            [
                (
                    None,
                    f"{fmt_date(r, recent(r), 'iso')} {r.randint(8, 20):02d}:{r.choice(['00', '15', '30', '45'])}",
                ),
                (None, r.choice(["RMSC", "EMTC", "RNDC", "GRVC", "OBCC", "VCBC"])),
                ("PERSON", v.surname.upper()),
                ("PERSON", v.given.upper()),
                ("DATE_OF_BIRTH", fmt_date(r, when(r, 1950, 2005), r.choice(["mdY", "iso"]))),
                (None, idt),
                idv,
                ppv,
                ("PHONE", nyc_phone(r)) if r.random() < 0.8 else (None, ""),
                (
                    None,
                    r.choice(
                        ["MOTHER", "WIFE", "SISTER", "FRIEND", "GIRLFRIEND", "AUNT"]
                        if v.female
                        else ["FATHER", "BROTHER", "FRIEND", "COUSIN", "UNCLE"]
                    ),
                ),
                ("PERSON", name(r, pic, "LAST, Given")),
                (None, f"{r.randint(100, 999)}{digits(r, 7)}"),
                note,
            ]
        )
    return _cells(B, headers, rows)


def _csv_pharmacy(r: random.Random, B: Callable[[], Any]) -> Out:
    headers = [
        "Rx #",
        "Fill Date",
        "Patient",
        "DOB",
        "Phone",
        "Address",
        "Drug",
        "Qty",
        "Copay",
        "Payer",
        "Pharmacist",
        "Comments",
    ]
    rows = []
    for _ in range(r.randint(2, 5)):
        p, rph = person(r), person(r)
        x = r.random()
        comment: Cell = (None, "")
        if x < 0.25:
            status = wpick(r, SEALED_STATUS_EN)
            comment = (
                "marked:IMMIGRATION_STATUS",
                f"pt says {status} - uses NYC Care, no mail order",
            )
        elif x < 0.37:
            comment = (None, f"pt asked for {r.choice(LANGUAGES[p.community])} label")
        rows.append(
            [
                (None, f"{r.randint(6, 9)}{digits(r, 6)}"),
                (None, fmt_date(r, recent(r), "mdY")),
                ("PERSON", name(r, p, r.choice(["LAST, Given", "Last, Given", "CAPS"]))),
                (
                    "DATE_OF_BIRTH",
                    fmt_date(r, when(r, 1938, 2015), r.choice(["mdY", "mdy", "short"])),
                ),
                ("PHONE", phone(r, p)),
                ("ADDRESS", street_address(r)[0]) if r.random() < 0.6 else (None, ""),
                (
                    None,
                    r.choice(
                        [
                            "metformin 500 mg",
                            "lisinopril 10 mg",
                            "atorvastatin 20 mg",
                            "amlodipine 5 mg",
                            "albuterol HFA",
                            "sertraline 50 mg",
                            "prenatal vitamins" if p.female else "tamsulosin 0.4 mg",
                        ]
                    ),
                ),
                (None, str(r.choice([30, 60, 90, 1]))),
                (None, r.choice(["$0.00", "$1.00", "$3.00", money(r)])),
                (
                    None,
                    r.choice(["NYC Care", "Medicaid FFS", "Fidelis Care", "MetroPlus", "Self pay"]),
                ),
                ("PERSON", name(r, rph, r.choice(["initial", "plain"]))),
                comment,
            ]
        )
    return _cells(B, headers, rows)


def _csv_voter_roster(r: random.Random, B: Callable[[], Any]) -> Out:
    headers = [
        "LAST_NAME",
        "FIRST_NAME",
        "MIDDLE_INIT",
        "DOB",
        "RES_HOUSE_STREET",
        "RES_CITY",
        "RES_ZIP",
        "ELIG_BASIS",
        "USCIS_DOC_NO",
        "CITIZENSHIP",
        "PHONE",
        "EMAIL",
        "REG_DATE",
        "ED_AD",
    ]
    rows = []
    for _ in range(r.randint(2, 5)):
        p = person(r)
        line, city, zip_ = street_address(r)
        basis = r.choice(["LPR", "LPR", "WORK AUTH", "TPS", "DACA"])
        doc: Cell = ("A_NUMBER", bare_a_number(r) if r.random() < 0.6 else a_number(r))
        if basis in ("WORK AUTH", "TPS", "DACA") and r.random() < 0.6:
            doc = ("USCIS_RECEIPT", receipt(r))
        rows.append(
            [
                ("PERSON", p.surname.upper() if r.random() < 0.7 else p.surname),
                ("PERSON", p.given.upper() if r.random() < 0.7 else p.given),
                (None, r.choice(["", "", "A", "M", "J", "R"])),
                (
                    "DATE_OF_BIRTH",
                    fmt_date(r, when(r, 1940, 2006), r.choice(["mdY", "iso", "ORACLE"])),
                ),
                ("ADDRESS", line.upper() if r.random() < 0.6 else line),
                (None, city.upper()),
                (None, f"{zip_}-{digits(r, 4)}" if r.random() < 0.5 else zip_),
                ("IMMIGRATION_STATUS", basis) if basis != "WORK AUTH" else (None, basis),
                doc,
                ("COUNTRY_OF_BIRTH", country_code(r, p)),
                ("PHONE", nyc_phone(r)) if r.random() < 0.7 else (None, ""),
                ("EMAIL", email(r, p)) if r.random() < 0.4 else (None, ""),
                (None, fmt_date(r, recent(r), "mdY")),
                (None, f"{r.randint(1, 99):03d}/{r.randint(23, 87)}"),
            ]
        )
    return _cells(B, headers, rows)


def csv_extract_g(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice(
        [_csv_google_form, _csv_merged_headers, _csv_visit_log, _csv_pharmacy, _csv_voter_roster]
    )
    return layout(r, B)


SEALED_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_g": case_note_g,
    "intake_form_g": intake_form_g,
    "letter_g": letter_g,
    "csv_extract_g": csv_extract_g,
}
