"""The "parchment" split ("*_p" templates): a fourteenth blind held-out split.

Written blind on 2026-12-03. What was read: tests/privacy/corpus/__init__.py (Builder, Segment,
Label, generate), the imports block, the `_csv` helper and the `TEMPLATES` registry of
tests/privacy/corpus/templates.py, tests/privacy/test_eval_corpus.py, and the shared domain
notes. Nothing of the scanner (src/), its data, the benchmarks or the docs was read, nor the
older held-out modules: those were only imported, by the test that checks this module's names
and streets against their pools. The scanner has never been run on this split.

Self-contained: its own name pools (19 communities of New York, about a third of the names in
the rare lists), streets (mostly small ones, across the five boroughs, Queens houses numbered
"123-45"), countries (English, as written at home, ISO alpha-3, demonym), status words in
twelve languages plus export codes, identifier formats and date formats.

Labelled (exactly the value, nothing around it): residents, relatives and staff as PERSON
(full names, "LAST, First", capitals, surname-first Chinese and Korean names, initials with a
surname, given names alone where a person is meant, a family's surname in "rodzina Wójcik",
names split over two CSV columns or two YAML keys); A-numbers with their "A" or, after a cue,
the digits alone (spaced one by one in a transcript); SSNs; ITINs; passports; residents' own
phones (home-country numbers too); residents' and staff members' own e-mail addresses (one
spelled out in a transcript, "name dot surname at gmail dot com"); dates of birth (US, ISO,
European, spoken, Spanish, Ukrainian, Polish, Chinese and Korean forms); residents' street
addresses, with city and ZIP when on the same line (the street line alone when the city is on
the next one, the wrapped line break inside the label when a paragraph was hard-wrapped);
IDNYC card numbers (12 digits, grouped or not: the real format is unverified); USCIS receipts;
I-94 numbers (11 digits, or 9 digits, a letter and a digit); status words in any language or
code, where they describe a resident ("SIJS", "asylum_seeker", "서류미비", "طالبة لجوء",
"гуманітарний пароль", "san papye"); countries of birth or origin (names, native names,
ISO codes, demonyms such as "hondureña").

Left unlabelled on purpose: case, docket, ORR, OSIS, EMPLID, CIN, CIR, FH, ticket, Medicare,
matrícula consular and Green Book numbers (several are nine digits), masked SSNs, visit,
hearing, arrival, printing and vaccination dates and times, ages, grades, money, routes and
stops, agency and organisation names and addresses, agency main phone and fax lines, shared
mailboxes (NYC.Check-ins@ice.dhs.gov, OPTExceptions@schools.nyc.gov), languages, ZIP+4 codes,
schools and streets named after people (I.S. 318 Eugenio Maria de Hostos, Mexico Street,
India Street), and countries that are nobody's origin (a minor who "traveled through Mexico").

Institutions and layouts (each template picks one at random):
- case_note_p: ORR post-release services home-visit notes (English or Spanish labels,
  sometimes hard-wrapped); Microsoft Teams auto-transcripts of recorded intake calls (speaker
  and timestamp lines, values spoken); ServiceNow incidents asking IT to merge duplicate client
  records with both records pasted in; Adult Protective Services field-visit notes in capitals
  with abbreviations; community mediation (CDRC) session notes in Spanish and English; Family
  Welcome Center enrollment notes with Chinese labels; Slack channel messages copied with
  names, times, @mentions and reactions.
- intake_form_p: OTDA fair-hearing requests with Spanish or Haitian Creole labels, sometimes as
  a fax with OCR misreads in the labels; school-bus transportation exception requests with
  Bengali or Nepali labels; domestic-worker placement agency registrations with Polish or
  Tagalog labels, sometimes flattened from a PDF with each value above its label; intake
  records exported as YAML or TOML; a Korean church legal clinic's intake sheet; a senior
  centre's member form with Russian labels; Citywide Immunization Registry printouts; an
  Arab-American organisation's intake with Arabic labels.
- letter_p: Uniting for Ukraine supporters' letters; household employers' employment
  verification letters for domestic workers; signed community mediation agreements; attorneys'
  letters asking ICE ERO to reschedule a check-in; hometown associations' Spanish constancias;
  Tibetan and Sherpa community associations' identity certificates; school-bus exception
  decision letters with Haitian Creole or Spanish paragraphs.
- csv_extract_p (one segment per non-empty cell, its column header as prefix, as templates.py
  does): school bus route rosters with cryptic headers; CUNY Language Immersion Program
  enrolment exports; a domestic-worker agency's placements with Polish headers; immunization
  registry extracts (PAT_LNAME, ADDR1, BIRTH_CTRY); a legal-services fair-hearing tracker with
  several values in one cell; a Uniting for Ukraine tracker with Ukrainian headers; an ORR
  post-release services caseload; a Korean clinic's export with Korean headers.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

Out = list[tuple[str, list[Any], str]]

# Names by community. About a third of all names are in the rare lists. Checked by
# tests/privacy/test_eval_corpus.py to share no name or name word with any older pool.
# fmt: off
PARCHMENT_COMMUNITIES: dict[str, dict[str, list[str]]] = {
    "ecuador": {
        "given_f": ["Hilda", "Lucrecia", "Geoconda", "Katty", "Mónica"],
        "given_m": ["Jhonny", "Ítalo", "Bolívar", "Homero", "Bayardo"],
        "surnames": ["Vintimilla", "Matute", "Calle", "Criollo", "Minchala", "Astudillo"],
        "nicknames_f": ["Nenita", "Marucha"],
        "nicknames_m": ["Pato", "Fausti"],
        "rare_given_f": ["Kuyllur", "Pakarina", "Ayni"],
        "rare_given_m": ["Rumi", "Kapak", "Pacha"],
        "rare_surnames": ["Tixi", "Yungán", "Zhicay", "Quituisaca"],
    },
    "mexico": {
        "given_f": ["Anayeli", "Amalia", "Concepción", "Evelia", "Elvira"],
        "given_m": ["Gumaro", "Valente", "Aureliano", "Odilón", "Lucio"],
        "surnames": ["Ahuatzi", "Marcial", "Huerta", "Olivares", "Montiel", "Zavaleta"],
        "nicknames_f": ["Coco", "Cheli"],
        "nicknames_m": ["Chencho", "Nico"],
        "rare_given_f": ["Xiadani", "Yoltzin", "Metzli"],
        "rare_given_m": ["Cuauhtli", "Ollin", "Yaotl"],
        "rare_surnames": ["Zempoalteca", "Tlacuahuac", "Xochicale", "Tlaxcalteca"],
    },
    "dominican": {
        "given_f": ["Yohanna", "Ramona", "Miosotis", "Arisleyda", "Yanilda"],
        "given_m": ["Yeuris", "Rafelito", "Wáskar", "Welington", "Deivi"],
        "surnames": ["Rosado", "Mota", "Núñez", "Matos", "Hidalgo", "Custodio"],
        "nicknames_f": ["Cuquita", "Pucha"],
        "nicknames_m": ["Papo", "Manolo"],
        "rare_given_f": ["Yeimy", "Masiel", "Yinelsa"],
        "rare_given_m": ["Yandel", "Elvys", "Wanderlin"],
        "rare_surnames": ["Brazobán", "Cruceta", "Beriguete", "Alcántara"],
    },
    "west_africa": {
        "given_f": ["Korka", "Kani", "Fatimata", "Habibatou", "Aïcha"],
        "given_m": ["Demba", "Samba", "Mory", "Issiaga", "Sory"],
        "surnames": ["Bangoura", "Cissokho", "Dramé", "Doucouré", "Tandia", "Diawara"],
        "nicknames_f": ["Diaraye", "Nenette"],
        "nicknames_m": ["Djibi", "Doudou"],
        "rare_given_f": ["Tenimba", "Saran", "Makoura"],
        "rare_given_m": ["Fodéba", "Sanoussy", "Lancinet"],
        "rare_surnames": ["Nabé", "Fadiga", "Dansoko", "Koivogui"],
    },
    "ghana_nigeria": {
        "given_f": ["Temitope", "Chinwe", "Hauwa", "Abla", "Enyonam"],
        "given_m": ["Nii", "Uchenna", "Oluwafemi", "Garba", "Abubakar"],
        "surnames": ["Sarpong", "Ansah", "Okoro", "Olawale", "Akinola", "Babalola"],
        "nicknames_f": ["Bisi", "Yemi"],
        "nicknames_m": ["Kwabs", "Seggy"],
        "rare_given_f": ["Ekua", "Adoma", "Kukua"],
        "rare_given_m": ["Kwamena", "Kodwo", "Kelechi"],
        "rare_surnames": ["Adomako", "Kyeremateng", "Opoku", "Agyapong"],
    },
    "bangladesh": {
        "given_f": ["Monowara", "Kohinoor", "Shilpi", "Khaleda", "Jahanara"],
        "given_m": ["Mofizur", "Belal", "Saiful", "Abul", "Harun"],
        "surnames": ["Barua", "Zaman", "Mannan", "Sattar", "Bari", "Jalil"],
        "nicknames_f": ["Mili", "Rupa"],
        "nicknames_m": ["Babu", "Raju"],
        "rare_given_f": ["Shefali", "Champa", "Bakul"],
        "rare_given_m": ["Polash", "Bappi", "Sujon"],
        "rare_surnames": ["Majhi", "Mahalder", "Akand", "Molla"],
    },
    "himalaya": {
        "given_f": ["Drolkar", "Passang", "Goma", "Asmita", "Pratiksha"],
        "given_m": ["Wangdu", "Thupten", "Palden", "Dipak", "Santosh"],
        "surnames": ["Basnet", "Koirala", "Ghimire", "Dahal", "Rijal", "Lamichhane"],
        "nicknames_f": ["Pemsy", "Kanchhi"],
        "nicknames_m": ["Nonu", "Bikky"],
        "rare_given_f": ["Yangkyi", "Dickyi", "Norzin"],
        "rare_given_m": ["Tendar", "Sherab", "Dakpa"],
        "rare_surnames": ["Hyolmo", "Lhomi", "Dangol", "Tuladhar"],
    },
    "chinese": {
        "given_f": ["Guilan", "Shuhua", "Jiayi", "Wenjing", "Xinyi"],
        "given_m": ["Minghui", "Haitao", "Xiaodong", "Yongqiang", "Dejun"],
        "surnames": ["Liang", "Tian", "Yuan", "Yao", "Cui", "Zhong"],
        "nicknames_f": ["Xiaomei", "Lili"],
        "nicknames_m": ["Xiaojun", "Dawei"],
        "rare_given_f": ["Xuelian", "Feifei", "Qingqing"],
        "rare_given_m": ["Zhenyu", "Zihao", "Junjie"],
        "rare_surnames": ["Chi", "Mo", "Ji", "Sha"],
    },
    "haitian": {
        "given_f": ["Kettely", "Nahomie", "Edeline", "Carline", "Immacula"],
        "given_m": ["Jodel", "Roodly", "Woodley", "Berthony", "Gérald"],
        "surnames": ["Sénat", "Delva", "Polynice", "Chéry", "Calixte", "Lundi"],
        "nicknames_f": ["Nounoune", "Toutou"],
        "nicknames_m": ["Papouche", "Jonjon"],
        "rare_given_f": ["Guerlande", "Rosemila", "Merline"],
        "rare_given_m": ["Luckner", "Mathurin", "Odné"],
        "rare_surnames": ["Sinéus", "Décius", "Zamor", "Oxilus"],
    },
    "arab": {
        "given_f": ["Iman", "Sahar", "Ola", "Doaa", "Heba"],
        "given_m": ["Hany", "Sherif", "Amr", "Bilal", "Wael"],
        "surnames": ["Murshed", "Haidar", "Thabet", "Sharaf", "Farag", "Gaber"],
        "nicknames_f": ["Fofa", "Doda"],
        "nicknames_m": ["Mido", "Hamo"],
        "rare_given_f": ["Ebtihal", "Raghda", "Shorouk"],
        "rare_given_m": ["Muneer", "Fawaz", "Haitham"],
        "rare_surnames": ["Alharazi", "Alsanabani", "Aldubai", "Alkhulaqi"],
    },
    "central_asia": {
        "given_f": ["Barno", "Umida", "Munisa", "Rukhsora", "Shoira"],
        "given_m": ["Bobur", "Alisher", "Odil", "Nodir", "Daniyar"],
        "surnames": ["Rahimov", "Usmonov", "Jurayev", "Khamidov", "Normatov", "Boboev"],
        "nicknames_f": ["Malya", "Nodi"],
        "nicknames_m": ["Bek", "Jasik"],
        "rare_given_f": ["Mukaddas", "Gavhar", "Oysha"],
        "rare_given_m": ["Elyor", "Shohruh", "Javohir"],
        "rare_surnames": ["Ochilov", "Sattorov", "Muminov", "Berdiev"],
    },
    "ukraine": {
        "given_f": ["Viktoriia", "Anastasiia", "Khrystyna", "Oleksandra", "Daryna"],
        "given_m": ["Serhii", "Volodymyr", "Yurii", "Ihor", "Petro"],
        "surnames": ["Koval", "Oliinyk", "Rudenko", "Tkachuk", "Kravchuk", "Pavlenko"],
        "nicknames_f": ["Oksanka", "Olenka"],
        "nicknames_m": ["Sashko", "Andriiko"],
        "rare_given_f": ["Yevdokiia", "Stefaniia", "Dzvenyslava"],
        "rare_given_m": ["Yaromyr", "Zenovii", "Vsevolod"],
        "rare_surnames": ["Hnatyshyn", "Dovzhenko", "Yavorivskyi", "Bilous"],
    },
    "poland": {
        "given_f": ["Magdalena", "Krystyna", "Marzena", "Aneta", "Justyna"],
        "given_m": ["Mariusz", "Sławomir", "Włodzimierz", "Bartłomiej", "Łukasz"],
        "surnames": ["Wójcik", "Kamiński", "Lewandowski", "Dąbrowski", "Jankowski", "Kwiatkowski"],
        "nicknames_f": ["Kasia", "Asia"],
        "nicknames_m": ["Krzysiek", "Grzesiek"],
        "rare_given_f": ["Wisława", "Leokadia", "Czesława"],
        "rare_given_m": ["Bolesław", "Mieczysław", "Władysław"],
        "rare_surnames": ["Przybyszewski", "Gwiazdowski", "Kędzierski", "Pstrągowski"],
    },
    "korea": {
        "given_f": ["Minjung", "Soojin", "Eunhee", "Younghee", "Haeun"],
        "given_m": ["Minho", "Junho", "Jaewon", "Sangwoo", "Taehyun"],
        "surnames": ["Yoo", "Heo", "Woo", "Koo", "Hyun", "Suh"],
        "nicknames_f": ["Minnie", "Jinny"],
        "nicknames_m": ["Sonny", "Junny"],
        "rare_given_f": ["Dasom", "Saebom", "Areum"],
        "rare_given_m": ["Hanul", "Bitgaram", "Saerom"],
        "rare_surnames": ["Yeom", "Seol", "Uhm", "Kook"],
    },
    "filipino": {
        "given_f": ["Leonora", "Arlene", "Charmaine", "Glaiza", "Rosemarie"],
        "given_m": ["Ernesto", "Rogelio", "Virgilio", "Benigno", "Arnulfo"],
        "surnames": ["Andrada", "Navarro", "Evangelista", "Ignacio", "Samonte", "Javier"],
        "nicknames_f": ["Girlie", "Bebeng"],
        "nicknames_m": ["Nonoy", "Bebot"],
        "rare_given_f": ["Mutya", "Tala", "Hiraya"],
        "rare_given_m": ["Lakan", "Bagwis", "Tanglaw"],
        "rare_surnames": ["Makabali", "Lumibao", "Gatchalian", "Tabangcura"],
    },
    "andes_north": {
        "given_f": ["Yelitza", "Maryuri", "Karelis", "Oriana", "Yuliana"],
        "given_m": ["Deiker", "Endrick", "Frankelis", "Yohandry", "Eduar"],
        "surnames": ["Rangel", "Querales", "Petit", "Lugo", "Noguera", "Albornoz"],
        "nicknames_f": ["Nati", "Cami"],
        "nicknames_m": ["Yoni", "Chuo"],
        "rare_given_f": ["Mariyolis", "Oriangel", "Yurimar"],
        "rare_given_m": ["Yeiderson", "Wuilliams", "Jeickson"],
        "rare_surnames": ["Villasmil", "Sequera", "Useche", "Mogollón"],
    },
    "caribbean": {
        "given_f": ["Chandra", "Kamla", "Rajkumarie", "Sookdai", "Latchmie"],
        "given_m": ["Sookram", "Balram", "Jaipaul", "Mahadeo", "Somwaru"],
        "surnames": ["Ramlal", "Maharaj", "Ebanks", "Nembhard", "Burrell", "Braithwaite"],
        "nicknames_f": ["Chandie", "Lata"],
        "nicknames_m": ["Buddy", "Baboo"],
        "rare_given_f": ["Sukhia", "Dropattie", "Chanmattie"],
        "rare_given_m": ["Loknauth", "Bhowanidin", "Ramdhanie"],
        "rare_surnames": ["Chattergoon", "Gangadin", "Lachman", "Boodhoo"],
    },
    "maya": {
        "given_f": ["Candelaria", "Petrona", "Micaela", "Feliciana", "Tomasa"],
        "given_m": ["Melchor", "Sebastián", "Domingo", "Maximiliano", "Feliciano"],
        "surnames": ["Chavajay", "Cotiy", "Chiroy", "Xicará", "Quiej", "Ixtabalán"],
        "nicknames_f": ["Chepa", "Tina"],
        "nicknames_m": ["Bacho", "Cheve"],
        "rare_given_f": ["Nikte", "Ixkem", "Ixcel"],
        "rare_given_m": ["Balam", "Kan", "Tepew"],
        "rare_surnames": ["Tzunún", "Chocooj", "Bámaca", "Quemé"],
    },
    "albania": {
        "given_f": ["Fatbardha", "Liridona", "Vjosa", "Dafina", "Teuta"],
        "given_m": ["Ilir", "Gentian", "Blerim", "Shkelzen", "Valon"],
        "surnames": ["Shala", "Morina", "Hasani", "Bytyqi", "Syla", "Ismaili"],
        "nicknames_f": ["Dita", "Vjosi"],
        "nicknames_m": ["Geni", "Dani"],
        "rare_given_f": ["Lulëzime", "Mrika", "Ganimete"],
        "rare_given_m": ["Hysni", "Rrustem", "Qamil"],
        "rare_surnames": ["Ivezaj", "Lulgjuraj", "Sinishtaj", "Dukaj"],
    },
}
# fmt: on

# (English name, name as written at home, ISO 3166 alpha-3, demonym): the country of birth.
COUNTRIES: dict[str, list[tuple[str, str, str, str]]] = {
    "ecuador": [("Ecuador", "Ecuador", "ECU", "ecuatoriana")],
    "mexico": [("Mexico", "México", "MEX", "mexicana")],
    "dominican": [("Dominican Republic", "República Dominicana", "DOM", "dominicana")],
    "west_africa": [
        ("Guinea", "Guinée", "GIN", "guinéenne"),
        ("Senegal", "Sénégal", "SEN", "sénégalaise"),
        ("Mali", "Mali", "MLI", "malienne"),
        ("Mauritania", "Mauritanie", "MRT", "mauritanienne"),
    ],
    "ghana_nigeria": [
        ("Ghana", "Ghana", "GHA", "Ghanaian"),
        ("Nigeria", "Nigeria", "NGA", "Nigerian"),
    ],
    "bangladesh": [("Bangladesh", "বাংলাদেশ", "BGD", "Bangladeshi")],
    "himalaya": [
        ("Nepal", "नेपाल", "NPL", "Nepali"),
        ("Tibet", "བོད", "", "Tibetan"),
        ("India", "भारत", "IND", "Indian"),
    ],
    "chinese": [("China", "中国", "CHN", "Chinese")],
    "haitian": [("Haiti", "Ayiti", "HTI", "haïtienne")],
    "arab": [
        ("Yemen", "اليمن", "YEM", "Yemeni"),
        ("Egypt", "مصر", "EGY", "Egyptian"),
        ("Morocco", "المغرب", "MAR", "Moroccan"),
        ("Syria", "سوريا", "SYR", "Syrian"),
    ],
    "central_asia": [
        ("Uzbekistan", "Oʻzbekiston", "UZB", "Uzbek"),
        ("Tajikistan", "Тоҷикистон", "TJK", "Tajik"),
        ("Kyrgyzstan", "Кыргызстан", "KGZ", "Kyrgyz"),
        ("Kazakhstan", "Қазақстан", "KAZ", "Kazakh"),
    ],
    "ukraine": [("Ukraine", "Україна", "UKR", "Ukrainian")],
    "poland": [("Poland", "Polska", "POL", "Polish")],
    "korea": [("South Korea", "대한민국", "KOR", "Korean")],
    "filipino": [("Philippines", "Pilipinas", "PHL", "Filipino")],
    "andes_north": [
        ("Venezuela", "Venezuela", "VEN", "venezolana"),
        ("Colombia", "Colombia", "COL", "colombiana"),
    ],
    "caribbean": [
        ("Guyana", "Guyana", "GUY", "Guyanese"),
        ("Trinidad and Tobago", "Trinidad", "TTO", "Trinidadian"),
        ("Jamaica", "Jamaica", "JAM", "Jamaican"),
    ],
    "maya": [
        ("Guatemala", "Guatemala", "GTM", "guatemalteca"),
        ("Honduras", "Honduras", "HND", "hondureña"),
    ],
    "albania": [
        ("Albania", "Shqipëri", "ALB", "Albanian"),
        ("Kosovo", "Kosova", "XKX", "Kosovar"),
        ("Montenegro", "Crna Gora", "MNE", "Montenegrin"),
    ],
}

# Country names as the Korean, Chinese, Russian and Arabic forms below write them.
COUNTRY_LOCAL: dict[str, dict[str, str]] = {
    "ko": {"KOR": "대한민국", "CHN": "중국", "MEX": "멕시코", "ECU": "에콰도르", "BGD": "방글라데시",
           "PHL": "필리핀", "VEN": "베네수엘라"},
    "zh": {"CHN": "中国", "ECU": "厄瓜多尔", "VEN": "委内瑞拉", "MEX": "墨西哥", "KOR": "韩国",
           "BGD": "孟加拉国", "HTI": "海地", "COL": "哥伦比亚", "NPL": "尼泊尔"},
    "ru": {"UKR": "Украина", "UZB": "Узбекистан", "TJK": "Таджикистан", "KGZ": "Киргизия",
           "KAZ": "Казахстан", "POL": "Польша", "ALB": "Албания"},
    "ar": {"YEM": "اليمن", "EGY": "مصر", "MAR": "المغرب", "SYR": "سوريا", "MRT": "موريتانيا",
           "SEN": "السنغال", "GIN": "غينيا", "MLI": "مالي"},
}  # fmt: skip

LANGUAGES = {
    "ecuador": ["Kichwa", "Spanish"], "mexico": ["Mixteco", "Nahuatl", "Spanish"],
    "dominican": ["Spanish"], "west_africa": ["Pular", "Mandinka", "Wolof", "French"],
    "ghana_nigeria": ["Twi", "Yoruba", "Igbo", "English"], "bangladesh": ["Bangla", "Sylheti"],
    "himalaya": ["Tibetan", "Nepali", "Sherpa"], "chinese": ["Fuzhounese", "Mandarin", "Cantonese"],
    "haitian": ["Haitian Creole"], "arab": ["Arabic"], "central_asia": ["Uzbek", "Russian", "Tajik"],
    "ukraine": ["Ukrainian", "Russian"], "poland": ["Polish"], "korea": ["Korean"],
    "filipino": ["Tagalog", "Ilocano"], "andes_north": ["Spanish"], "caribbean": ["English"],
    "maya": ["K'iche'", "Mam", "Q'anjob'al"], "albania": ["Albanian"],
}  # fmt: skip

# (street, locality, ZIP, borough). Queens houses are numbered "123-45".
PARCHMENT_STREETS: list[tuple[str, str, str, str]] = [
    ("Mount Hope Place", "Bronx", "10453", "Bronx"),
    ("Minerva Place", "Bronx", "10468", "Bronx"),
    ("Knox Place", "Bronx", "10467", "Bronx"),
    ("Villa Avenue", "Bronx", "10468", "Bronx"),
    ("Father Zeiser Place", "Bronx", "10468", "Bronx"),
    ("Purdy Street", "Bronx", "10462", "Bronx"),
    ("Herschel Street", "Bronx", "10461", "Bronx"),
    ("Cincinnatus Avenue", "Bronx", "10473", "Bronx"),
    ("Benedict Avenue", "Bronx", "10462", "Bronx"),
    ("Morrison Avenue", "Bronx", "10472", "Bronx"),
    ("Stickball Boulevard", "Bronx", "10473", "Bronx"),
    ("Hering Avenue", "Bronx", "10461", "Bronx"),
    ("Van Nest Avenue", "Bronx", "10460", "Bronx"),
    ("Arnow Avenue", "Bronx", "10469", "Bronx"),
    ("Dyre Avenue", "Bronx", "10466", "Bronx"),
    ("Furman Avenue", "Bronx", "10466", "Bronx"),
    ("Weeks Avenue", "Bronx", "10457", "Bronx"),
    ("Montauk Avenue", "Brooklyn", "11208", "Brooklyn"),
    ("Hemlock Street", "Brooklyn", "11208", "Brooklyn"),
    ("Eldert Lane", "Brooklyn", "11208", "Brooklyn"),
    ("Ruby Street", "Brooklyn", "11208", "Brooklyn"),
    ("Sapphire Street", "Brooklyn", "11208", "Brooklyn"),
    ("Schroeders Avenue", "Brooklyn", "11239", "Brooklyn"),
    ("Strickland Avenue", "Brooklyn", "11234", "Brooklyn"),
    ("Patchen Avenue", "Brooklyn", "11233", "Brooklyn"),
    ("India Street", "Brooklyn", "11222", "Brooklyn"),
    ("Withers Street", "Brooklyn", "11211", "Brooklyn"),
    ("Lynch Street", "Brooklyn", "11206", "Brooklyn"),
    ("Borinquen Place", "Brooklyn", "11211", "Brooklyn"),
    ("Linden Place", "Flushing", "11354", "Queens"),
    ("Juniper Valley Road", "Middle Village", "11379", "Queens"),
    ("Boody Street", "East Elmhurst", "11369", "Queens"),
    ("Humphreys Street", "East Elmhurst", "11369", "Queens"),
    ("Remington Street", "Jamaica", "11435", "Queens"),
    ("Waltham Street", "Jamaica", "11435", "Queens"),
    ("Brinkerhoff Avenue", "Jamaica", "11434", "Queens"),
    ("Bedell Street", "Jamaica", "11434", "Queens"),
    ("Mexico Street", "Saint Albans", "11412", "Queens"),
    ("Hilburn Avenue", "Hollis", "11423", "Queens"),
    ("Nashville Boulevard", "Springfield Gardens", "11413", "Queens"),
    ("47th Road", "Long Island City", "11101", "Queens"),
    ("58th Drive", "Maspeth", "11378", "Queens"),
    ("97th Place", "Corona", "11368", "Queens"),
    ("Toledo Street", "Elmhurst", "11373", "Queens"),
    ("Magaw Place", "New York", "10033", "Manhattan"),
    ("Saint Nicholas Place", "New York", "10032", "Manhattan"),
    ("Mosco Street", "New York", "10013", "Manhattan"),
    ("Willett Street", "New York", "10002", "Manhattan"),
    ("East 98th Street", "New York", "10029", "Manhattan"),
    ("Bloomingdale Road", "Staten Island", "10309", "Staten Island"),
    ("Guyon Avenue", "Staten Island", "10306", "Staten Island"),
    ("Ebbitts Street", "Staten Island", "10306", "Staten Island"),
    ("Parkinson Avenue", "Staten Island", "10305", "Staten Island"),
    ("Mersereau Avenue", "Staten Island", "10303", "Staten Island"),
    ("Livermore Avenue", "Staten Island", "10314", "Staten Island"),
]

_STREET_ABBR = {"Avenue": "Ave", "Street": "St", "Place": "Pl", "Road": "Rd", "Boulevard": "Blvd",
                "Lane": "Ln", "Drive": "Dr", "Saint": "St", "East": "E"}  # fmt: skip

# Immigration status words by language: (label, surrounding) where the label is all that is
# tagged. Codes are what case-management exports write.
STATUS: dict[str, list[str]] = {
    "en": ["asylum seeker", "asylum applicant", "asylee", "refugee", "TPS", "DACA", "parolee",
           "humanitarian parolee", "undocumented", "visa overstay", "LPR", "green card holder",
           "lawful permanent resident", "conditional resident", "SIJS", "U visa holder",
           "F-1 student", "no lawful status", "CHNV parolee", "pending asylum"],
    "es": ["solicitante de asilo", "asilada", "asilado", "refugiado", "refugiada",
           "indocumentada", "indocumentado", "sin papeles", "residente permanente", "TPS", "DACA",
           "parole humanitario", "asilo pendiente", "sin estatus"],
    "fr": ["demandeur d'asile", "demandeuse d'asile", "sans papiers", "réfugié", "réfugiée",
           "résident permanent", "résidente permanente"],
    "ht": ["san papye", "moun k ap mande azil", "refijye", "rezidan pèmanan", "TPS",
           "parol imanitè"],
    "zh": ["寻求庇护者", "无证", "难民", "绿卡", "庇护申请中", "TPS"],
    "ko": ["서류미비", "망명 신청자", "난민", "영주권자", "DACA", "TPS", "F-1 유학생"],
    "bn": ["আশ্রয়প্রার্থী", "শরণার্থী", "গ্রিন কার্ডধারী", "কাগজপত্রহীন"],
    "ru": ["беженец", "беженка", "проситель убежища", "без документов", "грин-карта",
           "гуманитарный пароль", "TPS"],
    "uk": ["біженка", "біженець", "шукач притулку", "тимчасовий захист", "гуманітарний пароль",
           "U4U пароль"],
    "ar": ["لاجئ", "لاجئة", "طالب لجوء", "طالبة لجوء", "بدون أوراق", "مقيم دائم", "مقيمة دائمة",
           "TPS"],
    "pl": ["bez dokumentów", "azylant", "azylantka", "ubiegająca się o azyl",
           "ubiegający się o azyl", "stały rezydent",
           "zielona karta", "przekroczona wiza", "TPS"],
    "tl": ["TNT", "walang papeles", "green card holder", "asylum seeker"],
    "code": ["ASY-PEND", "UNDOC", "TPS", "DACA", "PAROLE", "LPR", "REF", "ASYLEE", "SIJS-P",
             "OVS", "U4U", "EWI"],
}  # fmt: skip

# Status words that only describe a woman, or only a man (Spanish, French, Slavic, Arabic).
STATUS_FEMININE = {
    "asilada", "refugiada", "indocumentada", "demandeuse d'asile", "réfugiée",
    "résidente permanente", "беженка", "біженка", "لاجئة", "طالبة لجوء", "مقيمة دائمة",
    "azylantka", "ubiegająca się o azyl",
}  # fmt: skip
STATUS_MASCULINE = {
    "asilado", "refugiado", "indocumentado", "demandeur d'asile", "réfugié", "résident permanent",
    "беженец", "біженець", "لاجئ", "طالب لجوء", "مقيم دائم", "azylant", "ubiegający się o azyl",
}  # fmt: skip
# What a newly arrived family is, as a welcome-desk note puts it.
STATUS_NEWCOMER = ["asylum seeker", "asylum seekers", "parolee", "parolees", "CHNV parolees",
                   "undocumented", "TPS", "pending asylum"]  # fmt: skip

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "ht": ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
           "oktòb", "novanm", "desanm"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
}  # fmt: skip


def fold(text: str) -> str:
    """`text` with accents removed (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- people ------------------------------------------------------------------------------------

_TWO_SURNAMES = {"ecuador", "mexico", "dominican", "andes_north", "maya"}


def _feminine(comm: str, surname: str) -> str:
    """The feminine form of a surname where the language has one (Karimov, Karimova)."""
    if comm == "central_asia" and surname.endswith(("ov", "ev")):
        return surname + "a"
    if comm == "poland" and surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    if comm == "ukraine" and surname.endswith("skyi"):
        return surname[:-3] + "a"
    if comm == "ukraine" and surname.endswith("yi"):
        return surname[:-2] + "a"
    return surname


@dataclass
class _Person:
    comm: str
    given: str
    surname: str
    surname2: str
    female: bool
    base: str
    nick: str
    country: tuple[str, str, str, str]

    @property
    def last(self) -> str:
        return f"{self.surname} {self.surname2}" if self.surname2 else self.surname

    @property
    def full(self) -> str:
        if self.comm in ("chinese", "korea"):
            return f"{self.given} {self.surname}"
        return f"{self.given} {self.last}"

    @property
    def east(self) -> bool:
        return self.comm in ("chinese", "korea")


def _person(
    r: random.Random,
    comm: str | None = None,
    female: bool | None = None,
    avoid: tuple[_Person, ...] = (),
) -> _Person:
    """Someone from `comm` (any community if None), with a given name none of `avoid` has."""
    comm = comm or r.choice(sorted(PARCHMENT_COMMUNITIES))
    c = PARCHMENT_COMMUNITIES[comm]
    female = r.random() < 0.55 if female is None else female
    sex = "f" if female else "m"
    taken = {p.given for p in avoid}
    given = r.choice(c[f"rare_given_{sex}"] if r.random() < 0.3 else c[f"given_{sex}"])
    while given in taken:
        given = r.choice(c[f"rare_given_{sex}"] + c[f"given_{sex}"])
    base = r.choice(c["rare_surnames"] if r.random() < 0.3 else c["surnames"])
    surname = _feminine(comm, base) if female else base
    surname2 = ""
    if comm in _TWO_SURNAMES and r.random() < 0.45:
        surname2 = r.choice([s for s in c["surnames"] + c["rare_surnames"] if s != base])
    nick = r.choice(c[f"nicknames_{sex}"])
    country = r.choice(COUNTRIES[comm])
    return _Person(comm, given, surname, surname2, female, base, nick, country)


def _child_of(r: random.Random, parent: _Person, female: bool | None = None) -> _Person:
    """A child who mostly carries the parent's (first) surname."""
    kid = _person(r, parent.comm, female, avoid=(parent,))
    if r.random() < 0.7:
        kid.base = parent.base
        kid.surname = _feminine(kid.comm, parent.base) if kid.female else parent.base
        kid.country = parent.country if r.random() < 0.8 else kid.country
        if kid.surname2 == kid.base:
            kid.surname2 = ""
    return kid


def _name(r: random.Random, p: _Person, style: str = "any") -> str:
    """A way files write the person's name."""
    if style == "any":
        style = r.choice(["full", "full", "full", "last_first", "caps", "caps_last_first"])
    if style == "full":
        return p.full
    if style == "given":
        return p.given
    if style == "last_first":
        return f"{p.last}, {p.given}"
    if style == "caps_last_first":
        return f"{p.last.upper()}, {p.given.upper()}"
    if style == "caps":
        return p.full.upper()
    if style == "native":  # surname first, as written at home
        return f"{p.surname} {p.given}" if p.east else p.full
    if style == "initial":
        return f"{p.given[0]}. {p.last}"
    raise ValueError(style)


def _hon(p: _Person, lang: str = "en") -> str:
    return {
        "en": ("Ms." if p.female else "Mr."),
        "es": ("la señora" if p.female else "el señor"),
        "fr": ("Madame" if p.female else "Monsieur"),
    }[lang]


def _pron(p: _Person) -> tuple[str, str]:
    return ("she", "her") if p.female else ("he", "his")


def _the(country: str) -> str:
    """ "the " where English puts it before the country's name."""
    return "the " if country in ("Philippines", "Dominican Republic") else ""


def _demonym(country: tuple[str, str, str, str], female: bool) -> str:
    word = country[3]
    if female:
        return word
    for fem, masc in (("ienne", "ien"), ("aise", "ais"), ("ña", "ño"), ("ca", "co"), ("na", "no")):
        if word.endswith(fem):
            return word[: -len(fem)] + masc
    return word


def _country(r: random.Random, p: _Person, forms: str = "en") -> str:
    """The country of birth, in one of `forms`: en, native, code, demonym."""
    en, native, code, _ = p.country
    choices = {
        "en": en,
        "native": native,
        "code": code or en,
        "demonym": _demonym(p.country, p.female),
    }
    return choices[r.choice(forms.split())]


# -- identifiers -------------------------------------------------------------------------------


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _phone(r: random.Random, style: str = "any") -> str:
    area = r.choice(["347", "718", "917", "929", "646", "212", "332", "347", "718", "917"])
    ex = "555" if r.random() < 0.5 else str(r.randint(201, 989))
    line = f"01{_d(r, 2)}" if ex == "555" else _d(r, 4)
    if style == "any":
        style = r.choice(["paren", "dash", "dot", "plain", "plus", "paren_nospace", "space", "one"])
    return {
        "paren": f"({area}) {ex}-{line}",
        "paren_nospace": f"({area}){ex}-{line}",
        "dash": f"{area}-{ex}-{line}",
        "dot": f"{area}.{ex}.{line}",
        "plain": f"{area}{ex}{line}",
        "plus": f"+1 {area} {ex} {line}",
        "space": f"{area} {ex} {line}",
        "one": f"1-{area}-{ex}-{line}",
    }[style]


_HOME_PHONES = {
    "ecuador": lambda r: f"+593 9{r.randint(6, 9)} {_d(r, 3)} {_d(r, 4)}",
    "mexico": lambda r: f"+52 1 {r.choice(['222', '953', '747', '55'])} {_d(r, 3)} {_d(r, 4)}",
    "dominican": lambda r: f"+1 (809) {_d(r, 3)}-{_d(r, 4)}",
    "west_africa": lambda r: f"+224 62{r.randint(0, 9)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    "bangladesh": lambda r: f"+880 171{r.randint(0, 9)}-{_d(r, 6)}",
    "chinese": lambda r: f"+86 13{r.randint(0, 9)} {_d(r, 4)} {_d(r, 4)}",
    "haitian": lambda r: f"+509 3{_d(r, 3)} {_d(r, 4)}",
    "ukraine": lambda r: f"+380 67 {_d(r, 3)} {_d(r, 4)}",
    "korea": lambda r: f"+82 10-{_d(r, 4)}-{_d(r, 4)}",
    "andes_north": lambda r: f"+58 414-{_d(r, 7)}",
    "maya": lambda r: f"+502 5{_d(r, 3)} {_d(r, 4)}",
}


def _home_phone(r: random.Random, p: _Person) -> str:
    make = _HOME_PHONES.get(p.comm)
    return make(r) if make else _phone(r)


_HOSTS = {
    "chinese": ["qq.com", "163.com", "gmail.com"],
    "korea": ["naver.com", "daum.net", "gmail.com"],
    "central_asia": ["mail.ru", "yandex.ru", "gmail.com"],
    "ukraine": ["ukr.net", "i.ua", "gmail.com"],
    "poland": ["wp.pl", "o2.pl", "interia.pl", "gmail.com"],
    "west_africa": ["yahoo.fr", "gmail.com"],
    "haitian": ["hotmail.fr", "yahoo.com", "gmail.com"],
}


def _email(r: random.Random, p: _Person) -> str:
    hosts = _HOSTS.get(p.comm, ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                                "icloud.com", "aol.com"])  # fmt: skip
    g, s = fold(p.given).lower(), fold(p.surname).lower()
    local = r.choice([f"{g}.{s}", f"{g}{s}{r.randint(1, 99)}", f"{s}.{g[0]}", f"{g}_{s}",
                      f"{g[0]}{s}{r.randint(70, 2005)}", f"{g}{r.choice(['nyc', 'bx', 'ny'])}{r.randint(1, 9)}"])  # fmt: skip
    return f"{local}@{r.choice(hosts)}"


_STAFF_DOMAINS = {
    "hra": "hra.nyc.gov", "doe": "schools.nyc.gov", "doh": "health.nyc.gov",
    "aging": "aging.nyc.gov", "cuny": "lagcc.cuny.edu", "law": "nylag.org",
    "cc": "catholiccharitiesny.org", "med": "nypeace.org", "ctr": "adhikaar.org",
}  # fmt: skip


def _staff_email(r: random.Random, p: _Person, org: str) -> str:
    g, s = fold(p.given).lower(), fold(p.surname).lower().replace(" ", "")
    local = r.choice([f"{g[0]}{s}", f"{g}.{s}", f"{s}{g[0]}"])
    return f"{local}@{_STAFF_DOMAINS[org]}"


def _ssn(r: random.Random, style: str = "any") -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if style == "any":
        style = r.choice(["dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _itin(r: random.Random) -> str:
    mid = r.choice([r.randint(70, 88), r.randint(90, 92), r.randint(94, 99)])
    sep = r.choice(["-", "-", " ", ""])
    return f"9{_d(r, 2)}{sep}{mid}{sep}{_d(r, 4)}"


def _anum(r: random.Random, bare: bool = False) -> str:
    """An A-number: with its "A" when `bare` is false, else the digits alone (after a cue)."""
    digits = _d(r, 9) if r.random() < 0.8 else _d(r, 8)
    if len(digits) == 9 and r.random() < 0.6:
        digits = r.choice("02") + digits[1:]
    if len(digits) == 9:
        grouped = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    else:
        grouped = f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    spaced = grouped.replace("-", " ")
    if bare:
        return r.choice([digits, grouped, spaced])
    return r.choice([f"A{digits}", f"A-{grouped}", f"A {spaced}", f"A{grouped}", f"A-{digits}",
                     f"A {digits}"])  # fmt: skip


def _receipt(r: random.Random) -> str:
    center = r.choice(["IOE", "IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC"])
    if center == "IOE":
        return f"IOE{r.choice(['09', '08', '91', '80'])}{_d(r, 8)}"
    fy, day, seq = f"{r.randint(19, 25)}", _d(r, 3), _d(r, 5)
    return r.choice([f"{center}{fy}{day}{seq}", f"{center}-{fy}-{day}-{seq}",
                     f"{center} {fy} {day} {seq}", f"{center}{fy}{day}{seq}"])  # fmt: skip


def _i94(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.randint(1, 9)}{_d(r, 10)}"
    return f"{r.randint(1, 9)}{_d(r, 8)}{r.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{r.randint(0, 9)}"


def _idnyc(r: random.Random) -> str:
    digits = "1" + _d(r, 11)
    return r.choice([digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}",
                     f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"])  # fmt: skip


def _L(r: random.Random, n: int, letters: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(letters) for _ in range(n))


_PASSPORT = {
    "ECU": lambda r: f"A{_d(r, 7)}", "MEX": lambda r: f"{r.choice('GNE')}{_d(r, 8)}",
    "DOM": lambda r: f"{r.choice(['SC', 'RD'])}{_d(r, 7)}", "GIN": lambda r: f"R{_d(r, 7)}",
    "SEN": lambda r: f"A0{_d(r, 7)}", "MLI": lambda r: f"AA{_d(r, 7)}",
    "MRT": lambda r: f"B{_d(r, 8)}", "GHA": lambda r: f"G{_d(r, 7)}",
    "NGA": lambda r: f"A{_d(r, 8)}", "BGD": lambda r: f"{_L(r, 2)}{_d(r, 7)}",
    "NPL": lambda r: f"{r.randint(1, 9)}{_d(r, 7)}", "IND": lambda r: f"{_L(r, 1)}{_d(r, 7)}",
    "CHN": lambda r: f"E{r.choice(['A', 'B', 'C'])}{_d(r, 7)}", "HTI": lambda r: f"PP{_d(r, 7)}",
    "YEM": lambda r: f"0{_d(r, 7)}", "EGY": lambda r: f"A{_d(r, 8)}",
    "MAR": lambda r: f"{_L(r, 2)}{_d(r, 7)}", "SYR": lambda r: f"N0{_d(r, 8)}",
    "UZB": lambda r: f"FA{_d(r, 7)}", "TJK": lambda r: f"40{_d(r, 7)}",
    "KGZ": lambda r: f"AC{_d(r, 7)}", "KAZ": lambda r: f"N{_d(r, 8)}",
    "UKR": lambda r: f"{r.choice(['FA', 'FE', 'FC', 'GE'])}{_d(r, 6)}",
    "POL": lambda r: f"E{_L(r, 1)}{_d(r, 7)}", "KOR": lambda r: f"M{_d(r, 8)}",
    "PHL": lambda r: f"P{_d(r, 7)}{_L(r, 1)}", "VEN": lambda r: f"1{_d(r, 8)}",
    "COL": lambda r: f"A{_L(r, 1)}{_d(r, 6)}", "GUY": lambda r: f"R{_d(r, 7)}",
    "TTO": lambda r: f"T{_d(r, 7)}", "JAM": lambda r: f"A{_d(r, 7)}",
    "GTM": lambda r: f"{r.randint(1, 3)}{_d(r, 8)}", "HND": lambda r: f"F{_d(r, 6)}",
    "ALB": lambda r: f"B{_L(r, 1)}{_d(r, 7)}", "XKX": lambda r: f"P{_d(r, 8)}",
    "MNE": lambda r: f"0{_d(r, 7)}",
}  # fmt: skip


def _passport(r: random.Random, p: _Person) -> str:
    code = p.country[2] or "IND"
    return _PASSPORT[code](r)


# -- dates and places --------------------------------------------------------------------------


def _dob(r: random.Random, lo: int = 1950, hi: int = 2004) -> date:
    return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _recent(r: random.Random) -> date:
    return date(r.choice([2024, 2025, 2025, 2026]), r.randint(1, 12), r.randint(1, 28))


def _fmt(r: random.Random, d: date, style: str = "any") -> str:
    if style == "any":
        style = r.choice(["us", "us", "us_short", "iso", "long", "dmy", "mon", "dash"])
    m = MONTHS["en"][d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{m} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "mon": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "es": f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}",
        "fr": f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}",
        "ht": f"{d.day} {MONTHS['ht'][d.month - 1]} {d.year}",
        "pl": f"{d.day} {MONTHS['pl'][d.month - 1]} {d.year}",
        "uk": f"{d.day} {MONTHS['uk'][d.month - 1]} {d.year} р.",
        "zh": f"{d.year}年{d.month}月{d.day}日",
        "ko": f"{d.year}년 {d.month}월 {d.day}일",
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "spoken": f"{m} {d.day}{_ordinal(d.day)}, {d.year}",
    }[style]


def _ordinal(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _age(d: date, on: date) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def _address(r: random.Random, caps: bool = False, unit: bool = True) -> tuple[str, str]:
    """(street line, city line) of a resident's home."""
    street, locality, zip_, borough = r.choice(PARCHMENT_STREETS)
    if borough == "Queens":
        number = f"{r.randint(11, 240)}-{r.randint(1, 99):02d}"
    else:
        number = str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 3300)]))
    if r.random() < 0.45:
        street = " ".join(_STREET_ABBR.get(w, w) for w in street.split())
        if r.random() < 0.3:
            street += "."
    line = f"{number} {street}"
    if unit and r.random() < 0.75:
        apt = f"{r.randint(1, 6)}{r.choice('ABCDEFGHRL')}"
        line += r.choice([f", Apt {apt}", f" Apt. {apt}", f" #{apt}", f", {apt}",
                          f", Fl {r.randint(1, 3)}", ", Bsmt", f" Apt {apt}"])  # fmt: skip
    city = f"{locality}, NY {zip_}"
    if r.random() < 0.2:
        city = f"{locality} NY {zip_}"
    if caps:
        return line.upper(), city.upper()
    return line, city


def _locality(city: str) -> str:
    """The town of a city line ("Jamaica, NY 11434" gives "Jamaica")."""
    return city.rsplit(" NY ", 1)[0].rstrip(",")


def _full_address(r: random.Random, caps: bool = False) -> str:
    line, city = _address(r, caps)
    return f"{line}, {city}"


# "... is <status>" in English prose: (before, status, after); only the status is labelled.
STATUS_EN_IS = [
    ("an ", "asylum seeker", ""), ("an ", "asylum applicant", ""), ("an ", "asylee", ""),
    ("a ", "refugee", ""), ("on ", "TPS", ""), ("a ", "DACA", " recipient"), ("a ", "parolee", ""),
    ("", "undocumented", ""), ("a ", "green card holder", ""), ("", "out of status", ""),
    ("a ", "lawful permanent resident", ""), ("a ", "TPS holder", ""),
    ("on ", "humanitarian parole", ""), ("an ", "F-1 student", ""), ("a ", "U visa holder", ""),
    ("a ", "conditional resident", ""), ("a ", "CHNV parolee", ""), ("", "LPR", ""),
]  # fmt: skip


def _is_status(r: random.Random, b: Any) -> None:
    before, status, after = r.choice(STATUS_EN_IS)
    b.t(before).pii("IMMIGRATION_STATUS", status).t(after)


def _status(r: random.Random, lang: str, female: bool | None = None) -> str:
    """A status word in `lang`, agreeing with the person's gender where the language marks it."""
    wrong = STATUS_MASCULINE if female else STATUS_FEMININE if female is False else set()
    return r.choice([s for s in STATUS[lang] if s not in wrong])


# -- organisations and distractors (never labelled) --------------------------------------------

SCHOOLS = [
    "P.S. 19 Marino Jeantet", "I.S. 61 Leonardo da Vinci", "P.S. 143 Louis Armstrong",
    "J.H.S. 189 Daniel Carter Beard", "P.S. 24 Andrew Jackson", "M.S. 324 Patria Mirabal",
    "P.S. 66 Jacqueline Kennedy Onassis", "I.S. 318 Eugenio Maria de Hostos",
    "P.S. 2 Meyer London", "H.S. for Health Careers and Sciences", "P.S. 7 Louis F. Simeone",
]  # fmt: skip

SHELTERS = [
    "the Row hotel on West 44th Street", "the Stockholm Street HERRC",
    "Randall's Island respite", "the Roosevelt Hotel arrival center",
    "a DHS family shelter on Boston Road", "the Floyd Bennett Field HERRC",
]  # fmt: skip


def _osis(r: random.Random) -> str:
    return f"{r.randint(2, 3)}{_d(r, 8)}"


def _cin(r: random.Random) -> str:
    return f"{_L(r, 2)}{_d(r, 5)}{_L(r, 1)}"


_OCR = {"e": "c", "a": "o", "i": "l", "l": "1", "o": "0", "m": "rn", "S": "5", "t": "f",
        "h": "b", ":": ";", "n": "ri", "B": "8", "g": "q"}  # fmt: skip


def _noisy(r: random.Random, text: str, rate: float = 0.05) -> str:
    """`text` as a fax scan's OCR misreads it (used on unlabelled text only)."""
    return "".join(_OCR[c] if c in _OCR and r.random() < rate else c for c in text)


def _t(r: random.Random) -> str:
    h = r.randint(8, 17)
    return f"{h % 12 or 12}:{r.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}"


# -- hard wrapping -----------------------------------------------------------------------------


class _Wrap:
    """A Builder stand-in that hard-wraps at `width` columns as text is added, breaking at
    spaces, inside values too (a wrapped address keeps its line break inside the label)."""

    def __init__(self, b: Any, width: int) -> None:
        self.b, self.width, self.col = b, width, 0

    def _wrap(self, text: str) -> str:
        out = []
        for ch in text:
            if ch == "\n":
                self.col = 0
            elif ch == " " and self.col >= self.width:
                out.append("\n")
                self.col = 0
                continue
            else:
                self.col += 1
            out.append(ch)
        return "".join(out)

    def t(self, text: str) -> _Wrap:
        self.b.t(self._wrap(text))
        return self

    def pii(self, type_: str, value: str) -> _Wrap:
        self.b.pii(type_, self._wrap(value))
        return self


def _maybe_wrap(r: random.Random, b: Any, p: float) -> Any:
    return _Wrap(b, r.randint(64, 78)) if r.random() < p else b


# -- case notes --------------------------------------------------------------------------------

_LATIN = ("ecuador", "mexico", "maya", "andes_north", "dominican")


def _cn_prs_home_visit(r: random.Random, B: Callable[[], Any]) -> Any:
    """An ORR post-release services home-visit note: minor, sponsor, narrative."""
    out = B()
    b = _maybe_wrap(r, out, 0.4)
    minor = _person(r)
    sponsor = _person(r, minor.comm, avoid=(minor,))
    worker = _person(r)
    es = minor.comm in _LATIN and r.random() < 0.6
    visit = _recent(r)
    dob = _dob(r, 2007, 2016)
    org = r.choice(["Catholic Charities Community Services", "Lutheran Social Services of NY",
                    "Children's Village PRS", "Cayuga Centers", "Safe Horizon Streetwork"])  # fmt: skip
    n = r.choice([3, 6, 9])
    b.t(r.choice(["POST-RELEASE SERVICES — HOME VISIT NOTE", "PRS Home Visit Note",
                  "ORR PRS / Visita domiciliaria"]) + "\n")  # fmt: skip
    b.t(f"Agency: {org}   PRS case mgr: ").pii("PERSON", _name(r, worker, "full"))
    b.t(f"   Visit {r.randint(1, n)} of {n}   DOV {_fmt(r, visit, 'us')}\n")
    b.t(f"ORR # {_d(r, 6)}   UC portal ID {_d(r, 7)}\n\n")
    if es:
        lab = ("Menor", "FDN", "país", "Patrocinador(a)", "cel.", "vive en")
        rels = (
            ["tía", "madre", "prima", "hermana mayor"]
            if sponsor.female
            else ["tío", "padre", "hermano mayor"]
        )
    else:
        lab = ("Minor", "DOB", "COB", "Sponsor", "tel", "lives at")
        rels = (
            ["aunt", "mother", "cousin", "older sister"]
            if sponsor.female
            else ["uncle", "father", "older brother", "cousin"]
        )
    rel = r.choice(rels)
    b.t(f"{lab[0]}: ").pii("PERSON", _name(r, minor, "any"))
    b.t(f" ({_age(dob, visit)} y/o), {lab[1]} ").pii("DATE_OF_BIRTH", _fmt(r, dob))
    b.t(f", {lab[2]} ").pii("COUNTRY_OF_BIRTH", _country(r, minor, "en native code"))
    b.t(". A# ").pii("A_NUMBER", _anum(r, bare=True)).t(".\n")
    b.t(f"{lab[3]}: ").pii("PERSON", sponsor.full).t(f" ({rel}), {lab[4]} ").pii("PHONE", _phone(r))
    b.t(f", {lab[5]} ").pii("ADDRESS", _full_address(r)).t(".")
    if r.random() < 0.4:
        b.t(" Sponsor ID verified: ITIN ").pii("ITIN", _itin(r))
        b.t(r.choice([", passport.", " (no SSN).", "."]))
    b.t("\n\n")
    sp_pron = _pron(sponsor)
    parts: list[Callable[[], None]] = []
    parts.append(lambda: b.t(f"Minor enrolled at {r.choice(SCHOOLS)} (OSIS {_osis(r)}), "
                             f"attending {r.choice(['regularly', 'most days', 'since September'])}. "))  # fmt: skip

    def sponsor_status() -> None:
        if es:
            b.t(f"{rel.capitalize()} informa que es ")
            b.pii("IMMIGRATION_STATUS", _status(r, "es", sponsor.female))
            b.t(" y trabaja en una lavandería. ")
        else:
            b.t(f"Sponsor reports {sp_pron[0]} is ")
            _is_status(r, b)
            b.t(
                f" and works {r.choice(['nights at a bakery', 'in a laundromat', 'in construction'])}. "
            )

    parts.append(sponsor_status)

    def relief() -> None:
        b.t("Relief: ").pii("IMMIGRATION_STATUS", r.choice(["SIJS", "SIJS pending"]))
        b.t(" (I-360 receipt ").pii("USCIS_RECEIPT", _receipt(r)).t("). ")

    if r.random() < 0.6:
        parts.append(relief)
    parts.append(lambda: b.t(f"Next EOIR master hearing {_fmt(r, _recent(r), 'us')} 8:30 AM, "
                             f"{r.choice(['26 Federal Plaza', '290 Broadway', '201 Varick St'])}. "))  # fmt: skip
    if minor.comm != "mexico" and r.random() < 0.6:
        parts.append(lambda: b.t("Minor traveled through Mexico and was apprehended near "
                                 f"{r.choice(['Eagle Pass', 'El Paso', 'Yuma'])}. "))  # fmt: skip
    if r.random() < 0.5:

        def mother() -> None:
            b.t("Mother, ").pii("PERSON", _person(r, minor.comm, True, (sponsor,)).full)
            b.t(", remains in the home country; weekly video calls. ")

        parts.append(mother)
    r.shuffle(parts)
    for part in parts:
        part()
    b.t("\nSafety plan reviewed, no concerns noted. Next visit in 30 days.\n")
    b.t("— ").pii("PERSON", _name(r, worker, r.choice(["full", "initial"])))
    b.t(r.choice([", PRS Case Manager", ", CM", " (PRS)"]) + "\n")
    return out


def _cn_teams_transcript(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Teams auto-transcript of a recorded intake call: speaker lines, spoken values."""
    b = B()
    client = _person(r)
    staff = _person(r)
    day = _recent(r)
    dob = _dob(r, 1960, 2003)
    secs = [0]

    staff_display = _name(r, staff, r.choice(["full", "last_first"]))

    def speaker(p: _Person | None, unverified: bool = False) -> None:
        secs[0] += r.randint(4, 40)
        stamp = f"{secs[0] // 60}:{secs[0] % 60:02d}"
        b.t("\n")
        if p is None:
            b.t("Guest (Unverified)")
        elif unverified:
            b.pii("PERSON", _name(r, p, "full")).t(" (Guest)")
        else:
            b.pii("PERSON", staff_display)
        b.t(f"   {stamp}\n")

    title = r.choice(
        ["Intake call - recorded", "Legal screening (recording)", "IDNYC / benefits intake"]
    )
    b.t(
        f"{title}-{day.strftime('%Y%m%d')}_{r.randint(9, 17)}{r.randint(0, 59):02d}00-Meeting Transcript\n"
    )
    b.t(f"{_fmt(r, day, 'long')}, {r.randint(6, 39)}m {r.randint(0, 59)}s\n")
    guest = r.random() < 0.5
    speaker(staff)
    b.t(r.choice(["OK, we're recording now. ", "Alright the recording is on. "]))
    b.t("Can you tell me your full name, please?")
    speaker(None if guest else client, unverified=True)
    b.t(r.choice(["Yes, uh, my name is ", "It's ", "Sure. "])).pii("PERSON", client.full).t(".")
    speaker(staff)
    b.t("And your date of birth?")
    speaker(None if guest else client, unverified=True)
    spoken = _fmt(r, dob, r.choice(["spoken", "long", "us"]))
    b.t(r.choice(["I was born ", "It's ", "Um, "])).pii("DATE_OF_BIRTH", spoken).t(".")
    speaker(staff)
    b.t("Thank you. And where were you born?")
    speaker(None if guest else client, unverified=True)
    b.t(r.choice(["In ", "I'm from ", "I was born in "]))
    b.pii("COUNTRY_OF_BIRTH", client.country[0]).t(
        r.choice([".", ", in the capital.", ", near the border."])
    )
    speaker(staff)
    b.t("What's the best phone number to reach you?")
    speaker(None if guest else client, unverified=True)
    b.pii("PHONE", _phone(r, r.choice(["space", "dash", "plain"]))).t(
        r.choice([".", ", that's WhatsApp too."])
    )
    if r.random() < 0.6:
        speaker(staff)
        b.t("And an email?")
        speaker(None if guest else client, unverified=True)
        email = _email(r, client)
        if r.random() < 0.4:
            local, host = email.split("@")
            email = f"{local.replace('.', ' dot ')} at {host.replace('.', ' dot ')}"
        b.t("It's ").pii("EMAIL", email).t(".")
    speaker(staff)
    b.t("Do you have an A number? It's on any paper from immigration.")
    speaker(None if guest else client, unverified=True)
    digits = _anum(r, bare=True).replace("-", "").replace(" ", "")
    if r.random() < 0.5:
        digits = " ".join(digits)
    b.t("Yes, it's A ").pii("A_NUMBER", digits).t(".")
    speaker(staff)
    b.t("Great. And what is your current immigration situation, as far as you know?")
    speaker(None if guest else client, unverified=True)
    article, status = r.choice([("an ", "asylum seeker"), ("a ", "parolee"), ("", "undocumented"),
                                ("on ", "TPS"), ("an ", "asylee"), ("a ", "refugee")])  # fmt: skip
    b.t(r.choice(["I think I am ", "They told me I'm ", "Right now I'm "]) + article)
    b.pii("IMMIGRATION_STATUS", status)
    b.t(r.choice([". I have the paper from the border.", ", I applied last year.", "."]))
    if r.random() < 0.55:
        speaker(staff)
        b.t("Do you have the I-94 number?")
        speaker(None if guest else client, unverified=True)
        b.t("Uh, ").pii("I94", _i94(r)).t(".")
    if r.random() < 0.45:
        speaker(staff)
        b.t("Do you have a Social Security number or an ITIN?")
        speaker(None if guest else client, unverified=True)
        if r.random() < 0.5:
            b.t("The ITIN, it's ").pii("ITIN", _itin(r)).t(".")
        else:
            b.t("Yes, Social, ").pii("SSN", _ssn(r, r.choice(["dash", "space"]))).t(".")
    if r.random() < 0.3:
        speaker(staff)
        b.t("And you said you have the IDNYC card. What's the number on the back?")
        speaker(None if guest else client, unverified=True)
        b.t("It's ").pii("IDNYC", _idnyc(r)).t(".")
    elif r.random() < 0.5:
        speaker(staff)
        b.t("Can you read me the passport number?")
        speaker(None if guest else client, unverified=True)
        b.t("OK, ").pii("PASSPORT", _passport(r, client)).t(".")
    if r.random() < 0.5:
        speaker(staff)
        b.t("And where are you living now?")
        speaker(None if guest else client, unverified=True)
        line, _ = _address(r)
        b.t("At ").pii("ADDRESS", line).t(
            r.choice([", in the basement.", ".", ", with my cousin."])
        )
    speaker(staff)
    b.t(
        r.choice(["Perfect, I'll stop the recording here.", "OK. That's all for today, thank you."])
    )
    b.t(f"\n\n{staff.given} {r.choice(['stopped transcription', 'left the meeting'])}\n")
    return b


def _cn_it_ticket(r: random.Random, B: Callable[[], Any]) -> Any:
    """A ServiceNow incident asking IT to merge duplicate client records, values pasted in."""
    b = B()
    staff, tech, client = _person(r), _person(r), _person(r)
    dob = _dob(r)
    system = r.choice(["HRA POS", "CM360", "ETO", "Salesforce (NYCC)", "CaseWorthy"])
    b.t(f"Number: INC{_d(r, 7)}        State: {r.choice(['Resolved', 'In Progress', 'Closed'])}\n")
    b.t("Caller: ").pii("PERSON", _name(r, staff, "full")).t(" (")
    b.pii("EMAIL", _staff_email(r, staff, r.choice(["hra", "cc", "law"]))).t(")\n")
    b.t(f"Assignment group: {system} App Support    Priority: 4 - Low\n")
    b.t(f"Short description: Duplicate client records in {system} - please merge\n\nDescription:\n")
    b.t(r.choice(["Hi team, two records for the same client, can you merge into the older one?\n",
                  "Hello, client was registered twice at intake. Please merge.\n"]))  # fmt: skip
    id1, id2 = f"{r.randint(100000, 999999)}", f"{r.randint(100000, 999999)}"
    b.t(f"\n  Rec 1  ID {id1}  ").pii("PERSON", _name(r, client, "caps_last_first"))
    b.t("  DOB ").pii("DATE_OF_BIRTH", _fmt(r, dob, "us"))
    if r.random() < 0.5:
        b.t("  SSN ").pii("SSN", _ssn(r))
    else:
        b.t("  ITIN ").pii("ITIN", _itin(r))
    b.t("  Ph ").pii("PHONE", _phone(r, "plain")).t("\n")
    b.t(f"  Rec 2  ID {id2}  ").pii("PERSON", _name(r, client, r.choice(["last_first", "full"])))
    b.t("  DOB ").pii("DATE_OF_BIRTH", _fmt(r, dob, r.choice(["iso", "us_short", "dash"])))
    b.t(f"  SSN XXX-XX-{_d(r, 4)}  Addr ").pii("ADDRESS", _full_address(r, caps=r.random() < 0.5))
    if r.random() < 0.4:
        b.t("  IDNYC ").pii("IDNYC", _idnyc(r))
    b.t("\n")
    if r.random() < 0.6:
        b.t("\nClient also has A# ").pii("A_NUMBER", _anum(r, bare=True))
        b.t(" on the immigration tab of rec 2 only, status ")
        b.pii("IMMIGRATION_STATUS", _status(r, "code")).t(".\n")
    b.t(f"\nWork notes:\n{_fmt(r, _recent(r), 'iso')} {_t(r)} - ")
    b.pii("PERSON", _name(r, tech, "full"))
    b.t(f": Merged. Surviving ID {min(id1, id2)}. ")
    b.t(r.choice(["Please do not paste full SSNs into tickets next time.",
                  "Reminder: PII belongs in the case file, not in ServiceNow.", ""]))  # fmt: skip
    b.t("\n")
    return b


def _cn_aps_field(r: random.Random, B: Callable[[], Any]) -> Any:
    """An Adult Protective Services field-visit note typed in capitals with abbreviations."""
    b = B()
    cl = _person(r)
    son = _child_of(r, cl, False)
    rp = _person(r, avoid=(cl, son))
    wkr = _person(r)
    visit = _recent(r)
    dob = _dob(r, 1930, 1962)
    b.t(f"APS FIELD VISIT {_fmt(r, visit, 'us')} {_t(r)}   WKR: ").pii(
        "PERSON", _name(r, wkr, "caps")
    )
    b.t(f"   REF# {_d(r, 2)}-{_d(r, 6)}\n")
    b.t("CL: ").pii("PERSON", _name(r, cl, "caps_last_first")).t("  DOB ")
    b.pii("DATE_OF_BIRTH", _fmt(r, dob, r.choice(["us", "us_short", "mon"]))).t(
        f"  AGE {_age(dob, visit)}"
    )
    if r.random() < 0.7:
        b.t("  SSN ").pii("SSN", _ssn(r))
    if r.random() < 0.35:
        b.t("  ID: IDNYC ").pii("IDNYC", _idnyc(r))
    b.t("\nADDR: ").pii("ADDRESS", _full_address(r, caps=True)).t("\n")
    b.t("RP: ").pii("PERSON", _name(r, rp, "caps"))
    b.t(f" ({r.choice(['NEIGHBOR', 'BLDG SUPER', 'HOME ATTENDANT'])}) TEL ").pii(
        "PHONE", _phone(r)
    ).t("\n\n")
    lang = r.choice(LANGUAGES[cl.comm]).upper()
    b.t(f"CL IS A {_age(dob, visit)} Y/O {'F' if cl.female else 'M'}, BORN IN ")
    b.pii("COUNTRY_OF_BIRTH", cl.country[0].upper()).t(f", SPEAKS {lang} ONLY. ")
    if r.random() < 0.75:
        b.t(f"CL STATES {'SHE' if cl.female else 'HE'} IS ")
        b.pii("IMMIGRATION_STATUS", r.choice(["UNDOCUMENTED", "LPR", "GREEN CARD HOLDER",
                                              "ASYLEE", "REFUGEE", "TPS"]))  # fmt: skip
        b.t(f", {r.choice(['NO SSI', 'RECEIVES SSI', 'NO INCOME'])}. ")
    b.t("SON ").pii("PERSON", _name(r, son, r.choice(["caps", "given"])).upper())
    b.t(" (TEL ").pii("PHONE", _phone(r)).t(") VISITS WKLY.\n")
    b.t(r.choice(["HOME: ROACHES, NO HEAT IN BR, FOOD IN FRIDGE. ",
                  "HOME CLUTTERED, FALL RISK, NO GRAB BARS. ",
                  "APT CLEAN, CL FORGETFUL, MEDS NOT TAKEN X3 DAYS. "]))  # fmt: skip
    b.t(f"REF TO HRA HOME CARE, MEDICAID CIN {_cin(r)}. F/U {_fmt(r, _recent(r), 'us_short')}.\n")
    return b


def _cn_mediation(r: random.Random, B: Callable[[], Any]) -> Any:
    """A community mediation centre's session notes, Spanish with English."""
    b = B()
    p1, p2 = _person(r, r.choice(_LATIN)), _person(r)
    med1, med2 = _person(r), _person(r)
    interp = _person(r, p1.comm, avoid=(p1,))
    b.t(
        f"NOTAS DE SESIÓN / SESSION NOTES — Caso {r.choice(['CDRC', 'NYPI', 'WHCR'])}-{r.randint(2024, 2026)}-{_d(r, 4)}\n"
    )
    b.t(f"Fecha {_fmt(r, _recent(r), 'dmy')}   Sesión {r.randint(1, 3)}\n")
    b.t("Mediadora: ").pii("PERSON", med1.full).t("; co-mediator ").pii(
        "PERSON", _name(r, med2, "initial")
    )
    b.t(f"; intérprete ({r.choice(LANGUAGES[p1.comm])}) ").pii("PERSON", interp.given).t("\n\n")
    b.t("Parte 1: ").pii("PERSON", _name(r, p1, "full")).t(", ").pii("ADDRESS", _full_address(r))
    b.t(", cel. ").pii("PHONE", _phone(r)).t("\n")
    b.t("Parte 2: ").pii("PERSON", _name(r, p2, "full")).t(", ")
    line, _ = _address(r)
    b.pii("ADDRESS", line).t(" (same bldg)\n\n" if r.random() < 0.5 else "\n\n")
    b.t(r.choice(["Resumen: conflicto por ruido y basura en el pasillo. ",
                  "Summary: dispute over a $600 loan and a shared phone plan. ",
                  "Resumen: problema con el cuidado de los niños y un pago de $350. "]))  # fmt: skip
    if r.random() < 0.7:
        b.t(f"{p2.given} dijo que {p1.given} es ")
        b.pii("IMMIGRATION_STATUS", _status(r, "es", p1.female))
        b.t(" y que iba a llamar a ICE; la mediadora paró la sesión y explicó las reglas. ")
    else:
        b.t(f"{p1.given} nació en ").pii("COUNTRY_OF_BIRTH", p1.country[1])
        b.t(" y vive en el edificio desde 2019. ")
    b.t("Acuerdo parcial: horario de silencio 10 pm–7 am; ")
    b.t(f"próxima sesión {_fmt(r, _recent(r), 'dmy')} a las {_t(r)}.\n")
    return b


def _cn_family_welcome(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Family Welcome Center enrollment note; Chinese labels for Chinese families."""
    b = B()
    comm = r.choice(["chinese", "chinese", "ecuador", "west_africa", "andes_north", "haitian"])
    parent = _person(r, comm)
    kid = _child_of(r, parent)
    counselor = _person(r)
    dob = _dob(r, 2009, 2020)
    zh = comm == "chinese"
    if zh:
        labs = ["学生姓名 Student", "出生日期 DOB", "出生国家 Country of birth", "家长/监护人 Parent",
                "电话 Tel", "电邮 Email", "住址 Address", "备注 Notes"]  # fmt: skip
    else:
        labs = ["Student", "DOB", "Birth country", "Parent/guardian", "Tel", "Email",
                "Address", "Notes"]  # fmt: skip
    b.t(f"Family Welcome Center – {r.choice(['Bronx', 'Queens', 'Brooklyn', 'Manhattan'])}")
    b.t(" – 入学登记记录 / Enrollment note\n" if zh else " – Enrollment note\n")
    b.t(f"{labs[0]}: ").pii("PERSON", _name(r, kid, "native" if zh else "any"))
    b.t(f"   Grade {r.randint(1, 10)}\n{labs[1]}: ")
    b.pii("DATE_OF_BIRTH", _fmt(r, dob, "zh" if zh and r.random() < 0.5 else "us"))
    b.t(f"\n{labs[2]}: ")
    if zh and r.random() < 0.5:
        b.pii("COUNTRY_OF_BIRTH", COUNTRY_LOCAL["zh"][kid.country[2]])
    else:
        b.pii("COUNTRY_OF_BIRTH", _country(r, kid, "en code"))
    b.t(f"\n{labs[3]}: ").pii("PERSON", _name(r, parent, "native" if zh else "full"))
    b.t(f"   {labs[4]}: ").pii("PHONE", _phone(r))
    if r.random() < 0.6:
        b.t(f"   {labs[5]}: ").pii("EMAIL", _email(r, parent))
    if r.random() < 0.35:
        b.t("\nParent ID: ").t(r.choice(["IDNYC ", "IDNYC #", "IDNYC card "])).pii(
            "IDNYC", _idnyc(r)
        )
    b.t(f"\n{labs[6]}: ")
    if r.random() < 0.35:
        b.t(f"shelter – {r.choice(SHELTERS)}")
    else:
        b.pii("ADDRESS", _full_address(r))
    b.t(f"\n{labs[7]}: Family arrived {_fmt(r, _recent(r), 'us_short')}. ")
    if zh:
        b.t("家长说全家是").pii("IMMIGRATION_STATUS", _status(r, "zh")).t("。")
    else:
        b.t("Parent reports family are ").pii("IMMIGRATION_STATUS", r.choice(STATUS_NEWCOMER)).t(
            ". "
        )
    b.t(f"Offered seat at {r.choice(SCHOOLS)}; OSIS {_osis(r)} issued; ELL screener (NYSITELL) "
        f"{_fmt(r, _recent(r), 'us_short')}.\n")  # fmt: skip
    b.t("Counselor: ").pii("PERSON", _name(r, counselor, "full")).t("\n")
    return b


def _cn_slack(r: random.Random, B: Callable[[], Any]) -> Any:
    """Messages copied out of a Slack channel: names, times, mentions, reactions."""
    b = B()
    a, c = _person(r), _person(r)
    client = _person(r)
    channel = r.choice(
        ["#intake-queens", "#legal-screening", "#shelter-caseworkers", "#idnyc-help"]
    )
    b.t(f"{channel}\n")

    minute = [r.randint(8 * 60, 16 * 60)]

    def head(p: _Person) -> None:
        minute[0] += r.randint(1, 25)
        h, m = divmod(minute[0], 60)
        b.pii("PERSON", p.full).t(f"  {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}\n")

    head(a)
    b.t("@").pii("PERSON", c.full).t(" quick q - for ").pii(
        "PERSON", _name(r, client, r.choice(["full", "given"]))
    )
    b.t(" (dob ").pii("DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["us_short", "us"])))
    b.t(
        f") do we have {_pron(client)[1]} I-94?\n"
        if r.random() < 0.5
        else ") did the I-94 come back?\n"
    )
    head(c)
    b.t(r.choice(["yes: ", "yep ", "it's "])).pii("I94", _i94(r)).t(". A# is ")
    b.pii("A_NUMBER", _anum(r, bare=r.random() < 0.5))
    b.t(". ").t(r.choice([f"{_pron(client)[0]}'s ", "client is ", "fyi "]))
    b.pii("IMMIGRATION_STATUS", r.choice(["parolee", "CHNV parolee", "asylum seeker", "TPS"]))
    b.t(r.choice([" btw, paroled at El Paso", "", " (per the I-94)"]) + "\n")
    b.t(f":white_check_mark: {r.randint(1, 3)}\n")
    head(a)
    b.t(f"thx! also {_pron(client)[0]} changed {_pron(client)[1]} number to ").pii(
        "PHONE", _phone(r)
    ).t(" (edited)\n")
    if r.random() < 0.4:
        head(a)
        b.t(
            r.choice(
                ["IDNYC card came in at the site, # ", f"{_pron(client)[1]} IDNYC # is ", "IDNYC: "]
            )
        )
        b.pii("IDNYC", _idnyc(r)).t(r.choice([" :tada:", "", " - pls file it"]) + "\n")
    if r.random() < 0.6:
        head(c)
        b.t("and the receipt for the EAD: ").pii("USCIS_RECEIPT", _receipt(r))
        b.t(r.choice([" - approved!", " still pending", ""]) + "\n")
    if r.random() < 0.5:
        head(a)
        b.t(
            f"{r.randint(2, 4)} replies\nLast reply {r.choice(['today', 'yesterday'])} at {_t(r)}\n"
        )
    return b


# -- intake forms ------------------------------------------------------------------------------


def _if_fair_hearing(r: random.Random, B: Callable[[], Any]) -> Any:
    """An OTDA fair-hearing request typed from the paper form, bilingual labels."""
    b = B()
    lang = r.choice(["es", "ht", "en"])
    comm = {"es": r.choice(_LATIN), "ht": "haitian", "en": r.choice(sorted(PARCHMENT_COMMUNITIES))}[
        lang
    ]
    p = _person(r, comm)
    rep = _person(r)
    if r.random() < 0.3:
        rep = _person(r, comm, avoid=(p,))
    labs = {
        "es": ["Apelante", "Fecha de nacimiento", "Número de caso", "Dirección", "Teléfono",
               "¿Qué pasó?", "Representante autorizado"],
        "ht": ["Non moun k ap fè apèl la", "Dat ou fèt", "Nimewo dosye", "Adrès", "Telefòn",
               "Kisa k pase?", "Reprezantan otorize"],
        "en": ["", "", "", "", "", "", ""],
    }[lang]  # fmt: skip
    en = ["Appellant", "Date of birth", "Case number", "Address", "Phone", "What happened?",
          "Authorized representative"]  # fmt: skip

    fax = r.random() < 0.35

    def lab(i: int) -> str:
        text = f"{en[i]} / {labs[i]}: " if labs[i] else f"{en[i]}: "
        return _noisy(r, text) if fax else text

    if fax:
        b.t(
            f"{_fmt(r, _recent(r), 'us')} {_t(r)}  FROM: {r.choice(['HRA SNAP CTR 38', 'FAX', 'NYLAG'])}"
        )
        b.t(f"  P. {r.randint(1, 3)}/{r.randint(3, 5)}\n")
    b.t("REQUEST FOR A FAIR HEARING")
    b.t({"es": " / SOLICITUD DE AUDIENCIA IMPARCIAL\n", "ht": " / DEMANN POU YON AUDISYON JIS\n",
         "en": "\n"}[lang])  # fmt: skip
    b.t("NYS Office of Temporary and Disability Assistance - Office of Administrative Hearings\n")
    b.t("P.O. Box 1930, Albany, NY 12201   Fax (518) 473-6735\n\n")
    b.t(lab(0)).pii("PERSON", _name(r, p, r.choice(["full", "caps", "last_first"]))).t("\n")
    b.t(lab(1)).pii("DATE_OF_BIRTH", _fmt(r, _dob(r), "us")).t("\n")
    b.t(lab(2)).t(f"{_d(r, 10)}   CIN: {_cin(r)}\n")
    b.t(lab(3)).pii("ADDRESS", _full_address(r)).t("\n")
    b.t(lab(4)).pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.55:
        if r.random() < 0.7:
            b.t("SSN: ").pii("SSN", _ssn(r)).t("\n")
        else:
            b.t("SSN: none   ITIN: ").pii("ITIN", _itin(r)).t("\n")
    b.t(f"Program(s): [{r.choice('X ')}] SNAP  [{r.choice('X ')}] Cash Assistance  [X] Medicaid\n")
    b.t(lab(5))
    story = r.choice(["ccl", "tps", "idnyc"])
    if story == "ccl":
        sent = _fmt(r, _recent(r), "us")
        if lang == "es":
            b.t("HRA cerró mi Medicaid y dijo que no soy elegible porque soy ")
            b.pii("IMMIGRATION_STATUS", _status(r, "es", p.female))
            b.t(f", pero mandé los papeles el {sent}.")
        elif lang == "ht":
            b.t("HRA fèmen Medicaid mwen, yo di m pa kalifye paske mwen se ")
            b.pii("IMMIGRATION_STATUS", _status(r, "ht"))
            b.t(f", men mwen te voye papye yo {sent}.")
        else:
            b.t("HRA closed my Medicaid and said I am not eligible because I am ")
            _is_status(r, b)
            b.t(f" but I sent the papers on {sent}.")
    elif story == "tps":
        b.t("My SNAP was stopped. I have ").pii("IMMIGRATION_STATUS", "TPS").t(
            " and my EAD receipt is "
        )
        b.pii("USCIS_RECEIPT", _receipt(r)).t(". They did not count it.")
    else:
        b.t("They said my ID was not valid. I showed my IDNYC ").pii("IDNYC", _idnyc(r))
        b.t(" and my passport ").pii("PASSPORT", _passport(r, p)).t(".")
    b.t("\n")
    if r.random() < 0.7:
        b.t(lab(6)).pii("PERSON", rep.full)
        b.t(f", {r.choice(['Legal Aid Society', 'NYLAG', 'Bronx Defenders', 'CAMBA Legal'])}, ")
        b.pii("EMAIL", _staff_email(r, rep, "law")).t(", (212) 577-3300\n")
    if r.random() < 0.5:
        b.t("ID shown: IDNYC # ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t(f"Signature: ________   Date: {_fmt(r, _recent(r), 'us')}\n")
    return b


def _if_opt_exception(r: random.Random, B: Callable[[], Any]) -> Any:
    """A school-bus transportation exception request with Bengali or Nepali labels."""
    b = B()
    comm = r.choice(
        ["bangladesh", "bangladesh", "himalaya", "himalaya", "west_africa", "ghana_nigeria"]
    )
    parent = _person(r, comm)
    kid = _child_of(r, parent)
    labs = {
        "bangladesh": ["শিক্ষার্থীর নাম", "জন্ম তারিখ", "বাড়ির ঠিকানা", "অভিভাবকের নাম", "ফোন",
                       "ইমেইল", "জন্মের দেশ"],
        "himalaya": ["विद्यार्थीको नाम", "जन्म मिति", "घरको ठेगाना", "अभिभावकको नाम", "फोन",
                     "इमेल", "जन्म देश"],
    }.get(comm, [""] * 7)  # fmt: skip
    en = ["Student Name", "Date of Birth", "Home Address", "Parent/Guardian", "Phone", "Email",
          "Country of Birth"]  # fmt: skip

    def lab(i: int) -> str:
        if not labs[i]:
            return f"{en[i]}: "
        return r.choice(
            [f"{labs[i]} / {en[i]}: ", f"{en[i]} ({labs[i]}): ", f"{labs[i]}\n{en[i]}: "]
        )

    b.t("NYC Public Schools - Office of Pupil Transportation\n")
    b.t("REQUEST FOR TRANSPORTATION EXCEPTION (Medical / Safety / STH)\n\n")
    b.t(lab(0)).pii("PERSON", _name(r, kid, r.choice(["full", "caps"]))).t("\n")
    b.t(lab(1)).pii("DATE_OF_BIRTH", _fmt(r, _dob(r, 2010, 2020), r.choice(["us", "dmy"]))).t("\n")
    b.t(f"OSIS #: {_osis(r)}   School (DBN): {r.randint(1, 32):02d}{r.choice('XKQMR')}{_d(r, 3)}   "
        f"Grade: {r.randint(0, 8):02d}\n")  # fmt: skip
    b.t(lab(2)).pii("ADDRESS", _full_address(r)).t("\n")
    b.t(lab(3)).pii("PERSON", _name(r, parent, "full")).t("\n")
    b.t(lab(4)).pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.6:
        b.t(lab(5)).pii("EMAIL", _email(r, parent)).t("\n")
    if r.random() < 0.5:
        b.t(lab(6)).pii("COUNTRY_OF_BIRTH", _country(r, kid, "en native")).t("\n")
    b.t("Reason: ")
    b.t(r.choice(["Family moved to a shelter far from school; student in temporary housing.",
                  "Student has asthma, cannot walk 1 mile (MD note attached).",
                  "Unsafe crossing at Boston Rd / E 180 St."]))  # fmt: skip
    b.t(f"\nParent signature: ______  Date {_fmt(r, _recent(r), 'us_short')}\n")
    b.t(f"-- OPT use only: Route {r.choice('XKQMR')}{r.randint(100, 999)} Stop {r.randint(1, 30)} ")
    b.t("Approved by ").pii("PERSON", _name(r, _person(r), "initial")).t("\n")
    return b


def _if_domestic_registration(r: random.Random, B: Callable[[], Any]) -> Any:
    """A domestic-worker placement agency's registration form, Polish or Tagalog labels;
    sometimes flattened from a PDF, each value above its line and label."""
    b = B()
    lang = r.choice(["pl", "pl", "tl", "en"])
    comm = {"pl": r.choice(["poland", "ukraine"]), "tl": "filipino",
            "en": r.choice(["caribbean", "himalaya", "haitian", "ghana_nigeria"])}[lang]  # fmt: skip
    p = _person(r, comm, r.random() < 0.85)
    labs = {
        "pl": ["Imię i nazwisko", "Data urodzenia", "Kraj urodzenia", "Adres", "Telefon", "E-mail",
               "Status imigracyjny", "SSN lub ITIN", "Nr paszportu", "Doświadczenie"],
        "tl": ["Pangalan", "Petsa ng kapanganakan", "Bansang sinilangan", "Tirahan", "Telepono",
               "Email", "Immigration status", "SSN o ITIN", "Pasaporte", "Karanasan"],
        "en": ["Full name", "Date of birth", "Country of birth", "Address", "Phone", "Email",
               "Status", "SSN/ITIN", "Passport no.", "Experience"],
    }[lang]  # fmt: skip
    agency = r.choice(["Opieka Plus Home Care", "Bayanihan Caregivers", "Kingsbridge Nanny Agency",
                       "Greenpoint Senior Helpers"])  # fmt: skip
    flat = r.random() < 0.35

    def field(label: str, type_: str, value: str) -> None:
        if flat:
            b.pii(type_, value).t(f"\n{'_' * r.randint(20, 34)}\n{label}\n")
        else:
            b.t(f"{label}: ").pii(type_, value).t("\n")

    title = "FORMULARZ REJESTRACYJNY" if lang == "pl" else "REGISTRATION FORM"
    b.t(f"{agency.upper()} - {title}\n")
    b.t(f"Data / Date: {_fmt(r, _recent(r), 'dot' if lang == 'pl' else 'us')}\n\n")
    field(labs[0], "PERSON", _name(r, p, r.choice(["full", "caps"])))
    field(labs[1], "DATE_OF_BIRTH", _fmt(r, _dob(r, 1955, 1995), "dot" if lang == "pl" else "any"))
    field(labs[2], "COUNTRY_OF_BIRTH", _country(r, p, "en native"))
    field(labs[3], "ADDRESS", _full_address(r))
    field(labs[4], "PHONE", _phone(r))
    field(labs[5], "EMAIL", _email(r, p))
    field(labs[6], "IMMIGRATION_STATUS", _status(r, lang, p.female))
    if r.random() < 0.55:
        field(labs[7], "ITIN", _itin(r))
    else:
        field(labs[7], "SSN", _ssn(r))
    if r.random() < 0.6:
        field(labs[8], "PASSPORT", _passport(r, p))
    if r.random() < 0.3:
        field("IDNYC", "IDNYC", _idnyc(r))
    b.t(f"{labs[9]}: {r.randint(2, 25)} {'lat' if lang == 'pl' else 'yrs'}, ")
    b.t(r.choice(["live-in, opieka nad osobą starszą", "nanny 2 kids", "home attendant (HHA cert.)",
                  "housekeeping, cooking"]))  # fmt: skip
    b.t("; ref.: ").pii("PERSON", _person(r).full)
    b.t(f" (rodzina / family)\nStawka / Rate: ${r.randint(18, 30)}/h   Dostępność: Mon-Fri\n")
    return b


def _if_config_export(r: random.Random, B: Callable[[], Any]) -> Any:
    """An intake record exported as YAML or TOML from a case-management tool."""
    b = B()
    p = _person(r)
    kid = _child_of(r, p)
    line, city = _address(r)
    system = r.choice(["casebook", "intake-bot", "cm-sync", "formflow"])
    code = p.country[2] or p.country[0]
    status = r.choice(["asylum_seeker", "TPS", "parolee", "undocumented", "LPR", "pending_asylum",
                       "DACA"])  # fmt: skip
    if r.random() < 0.55:
        b.t(
            f"# exported by {system} {r.randint(1, 4)}.{r.randint(0, 12)} on {_recent(r).isoformat()}\n"
        )
        b.t(f"record_id: CM-{r.randint(2023, 2026)}-{_d(r, 6)}\nclient:\n")
        if r.random() < 0.5:
            b.t('  name: "').pii("PERSON", p.full).t('"\n')
        else:
            b.t("  name:\n    given: ").pii("PERSON", p.given).t("\n    family: ").pii(
                "PERSON", p.last
            ).t("\n")
        b.t("  dob: ").pii("DATE_OF_BIRTH", _dob(r).isoformat()).t("\n")
        b.t("  birth_country: ").pii("COUNTRY_OF_BIRTH", code).t("\n")
        b.t(f'  language: {r.choice(LANGUAGES[p.comm])}\n  phones:\n    - "').pii(
            "PHONE", _phone(r)
        )
        b.t('"\n')
        if r.random() < 0.7:
            b.t("  email: ").pii("EMAIL", _email(r, p)).t("\n")
        b.t('  address:\n    line1: "').pii("ADDRESS", line).t(f'"\n    city_state_zip: "{city}"\n')
        b.t("immigration:\n  status: ").pii("IMMIGRATION_STATUS", status).t("\n")
        b.t('  a_number: "').pii("A_NUMBER", _anum(r, bare=r.random() < 0.5)).t('"\n')
        if r.random() < 0.6:
            b.t("  i94: ").pii("I94", _i94(r)).t("\n")
        b.t("  receipts:\n    - ").pii("USCIS_RECEIPT", _receipt(r)).t("\n")
        b.t('ids:\n  idnyc: "').pii("IDNYC", _idnyc(r)).t('"\n')
        if r.random() < 0.6:
            kind = r.choice(["itin", "ssn"])
            b.t(f'  {kind}: "').pii(kind.upper(), _itin(r) if kind == "itin" else _ssn(r)).t('"\n')
        if r.random() < 0.4:
            b.t("  passport: ").pii("PASSPORT", _passport(r, p)).t("\n")
        b.t(f"  medicaid_cin: {_cin(r)}\nhousehold:\n  - name: ").pii("PERSON", kid.full)
        b.t("\n    relation: child\n    dob: ").pii(
            "DATE_OF_BIRTH", _dob(r, 2012, 2022).isoformat()
        ).t("\n")
    else:
        b.t(
            f'# {system} export (TOML)\n[record]\nid = "{_d(r, 8)}"\nopened = {_recent(r).isoformat()}\n\n'
        )
        b.t('[client]\nname = "').pii("PERSON", _name(r, p, r.choice(["full", "last_first"])))
        b.t('"\ndob = ').pii("DATE_OF_BIRTH", _dob(r).isoformat())
        b.t('\ncountry_of_birth = "').pii("COUNTRY_OF_BIRTH", r.choice([code, p.country[0]]))
        b.t('"\nphone = "').pii("PHONE", _phone(r)).t('"\n')
        b.t('status = "').pii("IMMIGRATION_STATUS", status).t('"\n')
        if r.random() < 0.6:
            b.t('passport = "').pii("PASSPORT", _passport(r, p)).t('"\n')
        b.t('a_number = "').pii("A_NUMBER", _anum(r)).t('"\n')
        if r.random() < 0.6:
            kind = r.choice(["itin", "ssn"])
            b.t(f'{kind} = "').pii(kind.upper(), _itin(r) if kind == "itin" else _ssn(r)).t('"\n')
        if r.random() < 0.5:
            b.t('idnyc = "').pii("IDNYC", _idnyc(r)).t('"\n')
        if r.random() < 0.5:
            b.t('i94 = "').pii("I94", _i94(r)).t('"\n')
        b.t('\n[client.address]\nstreet = "').pii("ADDRESS", line).t(
            f'"\ncity = "{_locality(city)}"\n'
        )
        b.t(f'zip = "{city[-5:]}-{_d(r, 4)}"\n\n[[household]]\nname = "').pii("PERSON", kid.full)
        b.t('"\nrelation = "child"\n')
    return b


def _if_korean_clinic(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Korean church legal clinic intake sheet with Korean labels."""
    b = B()
    p = _person(r, "korea" if r.random() < 0.8 else r.choice(["chinese", "filipino"]))
    lawyer = _person(r, "korea")
    b.t(
        f"뉴욕 {r.choice(['성결', '은혜', '한인연합', '베다니'])}교회 이민법률 상담 접수표 (Legal Clinic Intake)\n"
    )
    b.t(f"상담일: {_fmt(r, _recent(r), 'ko')}   접수번호: {r.randint(24, 26)}-{_d(r, 3)}\n")
    b.t("─" * 40 + "\n")
    b.t("성명 (Name): ").pii("PERSON", _name(r, p, r.choice(["native", "full", "caps"]))).t("\n")
    b.t("생년월일 (DOB): ").pii("DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["ko", "iso", "us"]))).t(
        "\n"
    )
    b.t("출생국가: ")
    code = p.country[2]
    if r.random() < 0.5 and code in COUNTRY_LOCAL["ko"]:
        b.pii("COUNTRY_OF_BIRTH", COUNTRY_LOCAL["ko"][code])
    else:
        b.pii("COUNTRY_OF_BIRTH", _country(r, p, "en code"))
    b.t("\n주소 (Address): ").pii("ADDRESS", _full_address(r)).t("\n")
    b.t("전화: ").pii("PHONE", _phone(r))
    if r.random() < 0.3:
        b.t(" / 한국 ").pii("PHONE", _home_phone(r, p))
    b.t("\n이메일: ").pii("EMAIL", _email(r, p)).t("\n")
    b.t("체류 신분: ").pii("IMMIGRATION_STATUS", _status(r, "ko")).t("\n")
    b.t("외국인 등록번호 (A#): ")
    if r.random() < 0.75:
        b.pii("A_NUMBER", _anum(r, bare=r.random() < 0.5))
    else:
        b.t("없음")
    b.t("\n여권번호: ").pii("PASSPORT", _passport(r, p)).t("\n")
    if r.random() < 0.6:
        b.t("I-94 번호: ").pii("I94", _i94(r)).t("\n")
    if r.random() < 0.6:
        b.t("USCIS 접수번호: ").pii("USCIS_RECEIPT", _receipt(r)).t("\n")
    if r.random() < 0.35:
        b.t("ITIN: ").pii("ITIN", _itin(r)).t("\n")
    if r.random() < 0.3:
        b.t("IDNYC 카드번호: ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t(
        f"상담 내용: {r.choice(['영주권 갱신 (I-90)', '시민권 신청 상담', '취업비자 만료', '망명 신청 기한'])}\n"
    )
    b.t("담당 변호사: ").pii("PERSON", _name(r, lawyer, r.choice(["native", "full"]))).t("\n")
    return b


def _if_russian_senior(r: random.Random, B: Callable[[], Any]) -> Any:
    """A senior centre (NORC) member form with Russian labels, Brighton Beach or Rego Park."""
    b = B()
    p = _person(r, r.choice(["ukraine", "ukraine", "central_asia", "central_asia", "albania"]))
    kin = _person(r, p.comm, avoid=(p,))
    b.t(
        f"{r.choice(['ЦЕНТР ДЛЯ ПОЖИЛЫХ', 'NORC Brighton', 'Rego Park Senior Center'])} — АНКЕТА УЧАСТНИКА"
    )
    b.t(" / Member enrollment\n\n")
    b.t("Фамилия, имя: ").pii(
        "PERSON", r.choice([f"{p.last} {p.given}", p.full, _name(r, p, "caps")])
    )
    b.t("\nДата рождения: ").pii(
        "DATE_OF_BIRTH", _fmt(r, _dob(r, 1930, 1965), r.choice(["dot", "us"]))
    )
    b.t("\nСтрана рождения: ")
    code = p.country[2]
    b.pii(
        "COUNTRY_OF_BIRTH",
        COUNTRY_LOCAL["ru"].get(code, p.country[0]) if r.random() < 0.6 else p.country[0],
    )
    b.t("\nАдрес: ").pii("ADDRESS", _full_address(r)).t("\n")
    b.t("Телефон: ").pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.4:
        b.t("Эл. почта: ").pii("EMAIL", _email(r, p)).t("\n")
    b.t("Иммиграционный статус: ").pii("IMMIGRATION_STATUS", _status(r, "ru", p.female)).t("\n")
    if r.random() < 0.6:
        b.t("SSN: ").pii("SSN", _ssn(r)).t("\n")
    else:
        b.t("ITIN: ").pii("ITIN", _itin(r)).t("\n")
    b.t(
        f"Medicare №: {r.randint(1, 9)}{_L(r, 2)}{r.randint(1, 9)}-{_L(r, 2)}{r.randint(1, 9)}-{_L(r, 2)}{_d(r, 2)}\n"
    )
    if r.random() < 0.6:
        b.t("IDNYC: ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t("Контакт в экстренных случаях: ").pii("PERSON", kin.full)
    b.t(
        f" ({r.choice(['дочь', 'племянница', 'соседка'] if kin.female else ['сын', 'племянник', 'сосед'])}), тел. "
    ).pii("PHONE", _phone(r)).t("\n")
    b.t(
        f"Обеды: {r.choice(['да', 'нет'])}   Транспорт: {r.choice(['Access-A-Ride', 'нет', 'автобус центра'])}\n"
    )
    return b


def _if_cir_printout(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Citywide Immunization Registry patient history as printed at a clinic."""
    b = B()
    mom = _person(r, female=True)
    kid = _child_of(r, mom)
    staff = _person(r)
    dob = _dob(r, 2008, 2023)
    b.t("NYC DEPARTMENT OF HEALTH AND MENTAL HYGIENE\n")
    b.t("CITYWIDE IMMUNIZATION REGISTRY - PATIENT IMMUNIZATION HISTORY\n")
    b.t(f"PRINTED {_fmt(r, _recent(r), 'us')} {_t(r)} BY ").pii(
        "PERSON", _name(r, staff, "caps_last_first")
    )
    b.t(
        f"   FACILITY: {r.choice(['SBHC 09X', 'ELMHURST PEDS', 'SUNSET PARK FHC', 'MORRISANIA DTC'])}"
    )
    b.t(f" (PFI {_d(r, 4)})\n" + "-" * 66 + "\n")
    b.t("PATIENT NAME: ").pii("PERSON", _name(r, kid, "caps_last_first")).t(
        f"     CIR ID: {_d(r, 8)}\n"
    )
    b.t("DATE OF BIRTH: ").pii("DATE_OF_BIRTH", _fmt(r, dob, "us")).t(
        f"     SEX: {'F' if kid.female else 'M'}\n"
    )
    b.t("MOTHER'S NAME: ").pii("PERSON", _name(r, mom, "caps"))
    if r.random() < 0.6:
        b.t("     BIRTH COUNTRY: ").pii("COUNTRY_OF_BIRTH", kid.country[0].upper())
    b.t("\nADDRESS: ").pii("ADDRESS", _full_address(r, caps=True)).t("\n")
    b.t("PHONE: ").pii("PHONE", _phone(r, r.choice(["paren", "dash"]))).t("\n" + "-" * 66 + "\n")
    b.t("VACCINE        DATE GIVEN   DOSE  SOURCE\n")
    for vac in r.sample(
        ["MMR", "DTaP-IPV", "Tdap", "HepB", "Varicella", "MenACWY", "HPV", "Flu"], 4
    ):
        b.t(f"{vac:<15}{_fmt(r, _recent(r), 'us')}   {r.randint(1, 3)}     "
            f"{r.choice(['VFC', 'HISTORICAL', 'PRIVATE'])}\n")  # fmt: skip
    b.t("-" * 66 + "\n")
    b.t(f"FORECAST: MMR #2 DUE {_fmt(r, _recent(r), 'us')}   TDAP DUE AT AGE 11\n")
    return b


def _if_arabic_intake(r: random.Random, B: Callable[[], Any]) -> Any:
    """An Arab-American community organisation's intake form with Arabic labels."""
    b = B()
    p = _person(r, "arab" if r.random() < 0.8 else "west_africa")
    b.t(
        f"استمارة تسجيل / Client Intake — {r.choice(['Bay Ridge', 'Astoria', 'Morris Park'])} office\n"
    )
    b.t(f"التاريخ: {_fmt(r, _recent(r), 'dmy')}\n\n")
    b.t("الاسم الكامل (Full name): ").pii(
        "PERSON", _name(r, p, r.choice(["full", "caps", "last_first"]))
    )
    b.t("\nتاريخ الميلاد (DOB): ").pii(
        "DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["ymd_slash", "dmy", "us"]))
    )
    b.t("\nبلد الميلاد: ")
    code = p.country[2]
    if r.random() < 0.5 and code in COUNTRY_LOCAL["ar"]:
        b.pii("COUNTRY_OF_BIRTH", COUNTRY_LOCAL["ar"][code])
    else:
        b.pii("COUNTRY_OF_BIRTH", _country(r, p, "en code"))
    b.t("\nالعنوان (Address): ").pii("ADDRESS", _full_address(r))
    b.t("\nالهاتف: ").pii("PHONE", _phone(r))
    if r.random() < 0.5:
        b.t("\nالبريد الإلكتروني: ").pii("EMAIL", _email(r, p))
    b.t("\nالوضع القانوني (Status): ").pii(
        "IMMIGRATION_STATUS", _status(r, r.choice(["ar", "ar", "en"]), p.female)
    )
    if r.random() < 0.7:
        b.t("\nرقم الملف لدى الهجرة (A#): ").pii("A_NUMBER", _anum(r, bare=True))
    b.t("\nرقم جواز السفر: ").pii("PASSPORT", _passport(r, p))
    if r.random() < 0.4:
        b.t("\nرقم الضمان الاجتماعي (SSN): ").pii("SSN", _ssn(r))
    if r.random() < 0.5:
        b.t("\nرقم I-94: ").pii("I94", _i94(r))
    b.t(f"\nالخدمة المطلوبة: {r.choice(['SNAP', 'ESL', 'تجديد الإقامة', 'استشارة قانونية'])}\n")
    return b


# -- letters -----------------------------------------------------------------------------------


def _letter_head(r: random.Random, b: Any, p: _Person, caps: bool = False) -> None:
    """A private sender's or addressee's block: name, street line, city line."""
    b.pii("PERSON", _name(r, p, "caps" if caps else "full")).t("\n")
    line, city = _address(r, caps)
    b.pii("ADDRESS", line).t(f"\n{city}\n")


def _lt_u4u_support(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Uniting for Ukraine supporter's letter about the beneficiary living with them."""
    b = B()
    sup = _person(r, r.choice(["ukraine", "ukraine", "poland", "central_asia"]))
    ben = _person(r, "ukraine", avoid=(sup,))
    he, his = _pron(ben)
    _letter_head(r, b, sup)
    b.pii("PHONE", _phone(r)).t(" · ").pii("EMAIL", _email(r, sup)).t("\n\n")
    b.t(f"{_fmt(r, _recent(r), 'long')}\n\nTo whom it may concern,\n\n")
    b.t("I am writing to confirm that I am the supporter (Form I-134A, receipt ")
    b.pii("USCIS_RECEIPT", _receipt(r)).t(") of ").pii("PERSON", ben.full)
    b.t(", born ").pii(
        "DATE_OF_BIRTH", _fmt(r, _dob(r, 1950, 2006), r.choice(["long", "us", "dot"]))
    )
    b.t(" in ").pii("COUNTRY_OF_BIRTH", r.choice(["Ukraine", "Україна", "Ukraine"]))
    b.t(", passport no. ").pii("PASSPORT", _passport(r, ben)).t(". ")
    b.t(
        f"{he.capitalize()} was paroled into the United States under Uniting for Ukraine at JFK on "
    )
    arrived = date(r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28))
    b.t(f"{_fmt(r, arrived, 'long')} (I-94 no. ").pii("I94", _i94(r)).t(") and is a ")
    b.pii("IMMIGRATION_STATUS", r.choice(["humanitarian parolee", "U4U parolee", "parolee"]))
    until = arrived.replace(year=arrived.year + 2)
    b.t(f" until {_fmt(r, until, 'us')} (re-parole requested).\n\n")
    b.t(f"{he.capitalize()} lives with me at the address above and I provide {his} food and housing at "
        f"no cost. ")  # fmt: skip
    if r.random() < 0.6:
        b.t("I am a ").pii(
            "IMMIGRATION_STATUS",
            r.choice(["lawful permanent resident", "green card holder", "TPS holder"]),
        )
        b.t(f" and have lived in New York since {r.randint(1995, 2018)}. ")
    b.t(f"{he.capitalize()} has applied for TPS and an employment authorization document.\n\n")
    b.t("Sincerely,\n\n").pii("PERSON", sup.full).t("\n")
    return b


def _lt_employer_reference(r: random.Random, B: Callable[[], Any]) -> Any:
    """A household employer's letter verifying a domestic worker's employment."""
    b = B()
    boss = _person(r)
    w = _person(r, r.choice(["filipino", "caribbean", "himalaya", "poland", "haitian", "ecuador"]),
                r.random() < 0.85)  # fmt: skip
    he, his = _pron(w)
    b.t(f"{_fmt(r, _recent(r), 'long')}\n\nRe: Employment verification - ").pii(
        "PERSON", _name(r, w, "full")
    )
    b.t("\n\nTo whom it may concern:\n\n")
    b.pii("PERSON", w.full).t(" (date of birth ").pii(
        "DATE_OF_BIRTH", _fmt(r, _dob(r, 1958, 1998), "us")
    )
    job = r.choice(["nanny for our two children", "housekeeper", "home attendant for my mother",
                    "live-in caregiver for my father"])  # fmt: skip
    b.t(
        f") has been employed by our household as a {job} since {r.choice(MONTHS['en'])} {r.randint(2012, 2023)}. "
    )
    b.t(
        f"{he.capitalize()} works {r.randint(30, 50)} hours a week and is paid ${r.randint(19, 32)} per hour.\n\n"
    )
    if r.random() < 0.6:
        b.t(f"We report {his} wages on Schedule H and issue a W-2 under {his} ITIN, ").pii(
            "ITIN", _itin(r)
        )
    else:
        b.t(f"We report {his} wages through HomePay under {his} Social Security number, ").pii(
            "SSN", _ssn(r)
        )
    b.t(". ")
    if r.random() < 0.5:
        b.t(f"{he.capitalize()} is originally from {_the(w.country[0])}")
        b.pii("COUNTRY_OF_BIRTH", w.country[0])
        b.t(" and is a ").pii(
            "IMMIGRATION_STATUS", r.choice(["TPS holder", "green card holder", "asylee", "refugee"])
        )
        b.t(". ")
    b.t(f"{he.capitalize()} is reliable and honest and we recommend {his} without reservation. ")
    b.t(f"{he.capitalize()} can be reached at ").pii("PHONE", _phone(r)).t(".\n\n")
    b.t("Please contact me with any questions at ").pii("EMAIL", _email(r, boss)).t(
        ".\n\nSincerely,\n\n"
    )
    _letter_head(r, b, boss)
    return b


def _lt_mediation_agreement(r: random.Random, B: Callable[[], Any]) -> Any:
    """A signed community mediation agreement between two neighbours."""
    b = B()
    a, c = _person(r), _person(r)
    m1, m2 = _person(r), _person(r)
    es = r.random() < 0.4
    center = r.choice(["New York Peace Institute", "Washington Heights-Inwood Coalition CDRC",
                       "Queens Mediation Center", "Staten Island CDRC"])  # fmt: skip
    b.t(f"{center}\n")
    b.t("ACUERDO DE MEDIACIÓN / MEDIATION AGREEMENT\n" if es else "MEDIATION AGREEMENT\n")
    b.t(f"Case No. {r.randint(24, 26)}-{_d(r, 5)}     Date: {_fmt(r, _recent(r), 'us')}\n\n")
    b.t("This agreement is made between ").pii("PERSON", _name(r, a, r.choice(["full", "caps"])))
    b.t(' ("Party A"), residing at ').pii("ADDRESS", _full_address(r)).t(", and ")
    b.pii("PERSON", _name(r, c, r.choice(["full", "caps"]))).t(' ("Party B"), residing at ')
    b.pii("ADDRESS", _full_address(r)).t(".\n\n")
    b.t(r.choice(["1. Party B will keep music low after 10 p.m. on weeknights.\n",
                  "1. Party A will repay $400 in four monthly payments of $100.\n",
                  "1. Both parties will use the laundry room on alternate days.\n"]))  # fmt: skip
    b.t("2. Neither party will contact the landlord, the police or any agency about the other's "
        "immigration status.\n")  # fmt: skip
    b.t("3. The parties will communicate by text message only: Party A at ").pii("PHONE", _phone(r))
    b.t(", Party B at ").pii("PHONE", _phone(r)).t(".\n")
    if es:
        b.t("   (Las partes se comunicarán solo por mensaje de texto.)\n")
    b.t("\nSigned / Firmado:\n\n______________________  ").pii("PERSON", a.full)
    b.t("\n______________________  ").pii("PERSON", c.full).t("\n\nMediators: ")
    b.pii("PERSON", m1.full).t(", ").pii("PERSON", _name(r, m2, r.choice(["full", "initial"]))).t(
        "\n"
    )
    return b


def _lt_ice_checkin(r: random.Random, B: Callable[[], Any]) -> Any:
    """An attorney's letter asking ICE ERO to reschedule a client's check-in."""
    out = B()
    b = out
    cl = _person(r)
    atty = _person(r)
    he, his = _pron(cl)
    firm = r.choice(["Immigrant Defense Project", "NYLAG Immigrant Protection Unit",
                     "Central American Legal Assistance", "African Communities Together Legal"])  # fmt: skip
    b.t(
        f"{firm}\n{r.choice(['40 Rector Street, 9th Floor', '100 Pearl Street, 19th Floor', '240 Hooper St'])}\n"
    )
    b.t(f"{r.choice(['New York, NY 10006', 'New York, NY 10004', 'Brooklyn, NY 11211'])}\n\n")
    b.t(f"{_fmt(r, _recent(r), 'long')}\n\nVIA EMAIL: NYC.Check-ins@ice.dhs.gov\n")
    b.t("U.S. Immigration and Customs Enforcement\nEnforcement and Removal Operations\n")
    b.t("New York City Field Office\n26 Federal Plaza, 9th Floor, New York, NY 10278\n\n")
    b.t("Re:\t").pii("PERSON", _name(r, cl, r.choice(["full", "caps"]))).t("\n\tA-Number: ")
    b.pii("A_NUMBER", _anum(r, bare=r.random() < 0.4)).t("\n\tDate of Birth: ")
    b.pii("DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["us", "long"]))).t(
        "\n\tCountry of citizenship: "
    )
    b.pii("COUNTRY_OF_BIRTH", cl.country[0]).t("\n\nDear Deportation Officer:\n\n")
    b = _maybe_wrap(r, out, 0.5)
    article, status = r.choice([("an ", "asylum seeker"), ("an ", "asylum applicant"),
                                ("a ", "parolee"), ("an ", "asylee")])  # fmt: skip
    b.t(f"I represent the above-named individual, who is {article}")
    b.pii("IMMIGRATION_STATUS", status)
    b.t(f". {his.capitalize()} Form I-589 was filed with USCIS (receipt ").pii(
        "USCIS_RECEIPT", _receipt(r)
    )
    b.t(f"). {he.capitalize()} was released on parole at the border (I-94 ").pii("I94", _i94(r))
    b.t(") and has reported as directed ever since.\n\n")
    b.t(f"{he.capitalize()} is scheduled to report on {_fmt(r, _recent(r), 'long')} at 9:00 a.m., which "
        f"conflicts with {his} master calendar hearing at 290 Broadway. We ask that the check-in be "
        f"rescheduled. {his.capitalize()} current address is ")  # fmt: skip
    b.pii("ADDRESS", _full_address(r)).t(" and telephone ").pii("PHONE", _phone(r)).t(".\n\n")
    b.t("Respectfully,\n\n").pii("PERSON", atty.full).t(", Esq.\n").pii(
        "EMAIL", _staff_email(r, atty, "law")
    )
    b.t("\n(212) 613-5000\n")
    return out


def _lt_hometown_constancia(r: random.Random, B: Callable[[], Any]) -> Any:
    """A hometown association's Spanish certificate of membership and identity."""
    b = B()
    p = _person(r, r.choice(["ecuador", "mexico", "mexico", "maya", "dominican", "andes_north"]))
    if p.comm == "maya":
        p.country = COUNTRIES["maya"][0]  # a K'iche' association: Guatemala
    pres, sec = _person(r, p.comm, False, (p,)), _person(r, p.comm, True, (p,))
    assoc = {
        "ecuador": "Club Social Cultural Deportivo Azuay de Nueva York",
        "mexico": "Asociación de Residentes de San Juan Cacahuatepec en Nueva York",
        "maya": "Asociación Maya K'iche' de Nueva York",
        "dominican": "Asociación de Salcedenses en NY, Inc.",
        "andes_north": "Casa Venezuela - Nueva York",
    }[p.comm]
    b.t(
        f"{assoc}\n{r.choice(['Jackson Heights', 'Corona', 'Sunset Park', 'Washington Heights'])}, Nueva York\n\n"
    )
    b.t("CONSTANCIA\n\nA quien corresponda:\n\n")
    b.t(f"Por medio de la presente hacemos constar que {_hon(p, 'es')} ").pii(
        "PERSON", _name(r, p, r.choice(["full", "caps"]))
    )
    b.t(", de nacionalidad ").pii("COUNTRY_OF_BIRTH", _demonym(p.country, p.female))
    b.t(", nacid" + ("a" if p.female else "o") + " el ")
    b.pii("DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["es", "es", "dmy"])))
    b.t(", con domicilio en ").pii("ADDRESS", _full_address(r))
    b.t(f", es miembro activo de nuestra asociación desde el año {r.randint(2005, 2023)}.\n\n")
    b.t(
        f"{'La' if p.female else 'El'} interesad{'a' if p.female else 'o'} se identificó con pasaporte "
    )
    b.pii("PASSPORT", _passport(r, p))
    if r.random() < 0.6:
        b.t(" y tarjeta IDNYC número ").pii("IDNYC", _idnyc(r))
    b.t(f" y matrícula consular {_d(r, 9)}. Su teléfono de contacto es ").pii("PHONE", _phone(r))
    b.t(
        ".\n\nSe extiende la presente a solicitud de la parte interesada, en la ciudad de Nueva York, "
    )
    d = _recent(r)
    b.t(
        f"a los {d.day} días del mes de {MONTHS['es'][d.month - 1]} de {d.year}.\n\nAtentamente,\n\n"
    )
    b.pii("PERSON", pres.full).t(", Presidente\n").pii("PERSON", sec.full).t(", Secretaria\n")
    return b


def _lt_community_certificate(r: random.Random, B: Callable[[], Any]) -> Any:
    """A Tibetan or Sherpa community association's letter certifying a member's identity."""
    b = B()
    p = _person(r, "himalaya")
    father, mother = _person(r, "himalaya", False, (p,)), _person(r, "himalaya", True, (p,))
    pres = _person(r, "himalaya", avoid=(p, father, mother))
    he, his = _pron(p)
    org, ref = r.choice([("Tibetan Community of New York & New Jersey", "TCNYNJ"),
                         ("United Sherpa Association", "USA"),
                         ("Nepali American Cultural Society", "NACS")])  # fmt: skip
    b.t(
        f"{org}\n{r.choice(['32-22 Woodside Ave', '66-14 Roosevelt Ave', '74-09 37th Ave'])}, Queens, NY\n"
    )
    b.t(f"Ref. No. {ref}/{r.randint(2024, 2026)}/{_d(r, 3)}\n")
    b.t(f"Date: {_fmt(r, _recent(r), r.choice(['dmy', 'long']))}\n\nTO WHOM IT MAY CONCERN\n\n")
    b.t(f"This is to certify that {_hon(p)} ").pii(
        "PERSON", _name(r, p, r.choice(["full", "caps"]))
    )
    b.t(f", {'daughter' if p.female else 'son'} of ").pii("PERSON", father.full).t(" and ")
    b.pii("PERSON", mother.full).t(", born on ").pii(
        "DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["dmy", "long"]))
    )
    b.t(" in ").pii("COUNTRY_OF_BIRTH", p.country[0])
    b.t(f", is a registered member of our community (Green Book No. {_L(r, 1)}{_d(r, 6)}). ")
    b.t(f"{he.capitalize()} currently resides at ").pii("ADDRESS", _full_address(r)).t(". ")
    if r.random() < 0.7:
        b.t(f"To the best of our knowledge {he} is an ")
        b.pii("IMMIGRATION_STATUS", r.choice(["asylum seeker", "asylee", "asylum applicant"]))
        b.t(" and has no criminal record. ")
    if r.random() < 0.6:
        b.t(f"{his.capitalize()} IDNYC card number is ").pii("IDNYC", _idnyc(r)).t(". ")
    b.t("\n\nFor verification please call our office at (718) 204-5100.\n\n")
    b.pii("PERSON", pres.full).t("\nPresident\n")
    return b


def _lt_opt_determination(r: random.Random, B: Callable[[], Any]) -> Any:
    """A school-bus exception decision letter to a parent, English with Creole or Spanish."""
    b = B()
    lang = r.choice(["ht", "es", "en"])
    comm = {"ht": "haitian", "es": r.choice(_LATIN), "en": r.choice(sorted(PARCHMENT_COMMUNITIES))}[
        lang
    ]
    parent = _person(r, comm)
    kid = _child_of(r, parent)
    staff, coord = _person(r), _person(r)
    b.t(
        "NYC Public Schools | Office of Pupil Transportation\n44-36 Vernon Blvd, Long Island City, NY 11101\n\n"
    )
    b.t(f"{_fmt(r, _recent(r), 'long')}\n\n")
    _letter_head(r, b, parent, caps=r.random() < 0.4)
    b.t("\nRe: Student ").pii("PERSON", _name(r, kid, "full")).t(", DOB ")
    b.pii("DATE_OF_BIRTH", _fmt(r, _dob(r, 2010, 2020), "us")).t(f", OSIS {_osis(r)}\n\n")
    b.t({"ht": "Dear Parent/Guardian / Chè Paran oswa Gadyen:\n\n",
         "es": "Dear Parent/Guardian / Estimado padre, madre o tutor:\n\n",
         "en": "Dear Parent/Guardian:\n\n"}[lang])  # fmt: skip
    ok = r.random() < 0.7
    b.t(f"Your request for a transportation exception has been {'APPROVED' if ok else 'DENIED'}. ")
    if ok:
        b.t(f"Route {r.choice('XKQMR')}{r.randint(100, 999)}, stop at {r.choice(['Boston Rd & E 180 St', 'Roosevelt Ave & 90 St', 'Rutland Rd & E 96 St'])}, "
            f"pick-up {r.randint(6, 7)}:{r.randint(10, 55)} a.m., starting {_fmt(r, _recent(r), 'us')}.\n")  # fmt: skip
    else:
        b.t("The distance from home to school is under the eligibility limit.\n")
    if lang == "ht":
        b.t("Demann ou an pou transpò espesyal " + ("apwouve" if ok else "pa apwouve") + ". ")
        b.t("Si ou gen kesyon, rele nou.\n")
    elif lang == "es":
        b.t("Su solicitud de transporte fue " + ("aprobada" if ok else "denegada") + ". ")
        b.t("Si tiene preguntas, llámenos.\n")
    b.t("\nQuestions: (718) 392-8855 or OPTExceptions@schools.nyc.gov\n\nSincerely,\n")
    b.pii("PERSON", staff.full).t("\nExceptions Unit\n\ncc: ").pii("PERSON", coord.full)
    b.t(", Parent Coordinator, ").pii("EMAIL", _staff_email(r, coord, "doe")).t("\n")
    if r.random() < 0.4:
        b.t("    parent contact on file: ").pii("PHONE", _phone(r))
        if r.random() < 0.6:
            b.t(" / ").pii("EMAIL", _email(r, parent))
        b.t("\n")
    return b


# -- CSV extracts ------------------------------------------------------------------------------

Cell = list[tuple[str | None, str]]


def _v(type_: str | None, value: str) -> Cell:
    return [(type_, value)]


def _table(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    """One segment per non-empty cell, its column header as prefix (templates.py's convention)."""
    out: Out = []
    for row in rows:
        for column, cell in enumerate(row):
            if not "".join(text for _, text in cell):
                continue
            b = B()
            for type_, text in cell:
                if type_:
                    b.pii(type_, text)
                else:
                    b.t(text)
            out.append((b.text(), b.labels, f"{header[column].replace('_', ' ')}: "))
    return out


def _csv_opt_roster(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["RTE", "STP", "OSIS", "STUDENT_NM", "DOB", "GR", "AM_PU", "HOME_ADDR", "PARENT_GUARDIAN",
              "CONTACT_PH", "NOTES"]  # fmt: skip
    route = f"{r.choice('XKQMR')}{r.randint(100, 999)}"
    rows = []
    for stop in range(1, r.randint(4, 6)):
        parent = _person(r)
        kid = _child_of(r, parent)
        note: Cell = []
        roll = r.random()
        if roll < 0.3:
            note = [(None, r.choice(["new arrival from ", "newcomer - ", "NA/"])),
                    ("COUNTRY_OF_BIRTH", _country(r, kid, "en code"))]  # fmt: skip
        elif roll < 0.5:
            note = _v(None, r.choice(["STH", "needs para", "IEP - curb to curb", "2nd stop PM"]))
        rows.append([
            _v(None, route), _v(None, str(stop)), _v(None, _osis(r)),
            _v("PERSON", _name(r, kid, r.choice(["caps_last_first", "last_first"]))),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 2010, 2020), r.choice(["us", "us_short"]))),
            _v(None, f"{r.randint(0, 8):02d}"), _v(None, f"{r.randint(6, 7)}:{r.randint(0, 59):02d}"),
            _v("ADDRESS", _full_address(r, caps=True)),
            _v("PERSON", _name(r, parent, r.choice(["caps", "full"]))),
            _v("PHONE", _phone(r)), note,
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_cuny_cli(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["EMPLID", "Last Name", "First Name", "Birthdate", "Country of Citizenship",
              "Immig Status", "Passport #", "Home Email", "Mobile Phone", "Term", "CLI Level"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        status = r.choice(["F-1", "Asylee", "Refugee", "TPS", "DACA", "Undocumented",
                           "Permanent Resident", "Asylum Pending", "Parolee", "", "Other"])  # fmt: skip
        rows.append([
            _v(None, _d(r, 8)), _v("PERSON", p.last), _v("PERSON", p.given),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 1985, 2007), r.choice(["us", "iso"]))),
            _v("COUNTRY_OF_BIRTH", _country(r, p, "en code")),
            _v("IMMIGRATION_STATUS" if status not in ("", "Other") else None, status),
            _v("PASSPORT", _passport(r, p)) if r.random() < 0.5 else [],
            _v("EMAIL", _email(r, p)), _v("PHONE", _phone(r)),
            _v(None, r.choice(["2025 Fall", "2026 Spring", "2025 Summer"])), _v(None, str(r.randint(1, 6))),
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_placement_pl(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["Nr", "Nazwisko", "Imię", "Data ur.", "Tel. kom.", "Adres", "SSN/ITIN", "Status",
              "Klient (rodzina)", "Stawka/h", "Uwagi"]  # fmt: skip
    rows = []
    for i in range(1, r.randint(4, 6)):
        p = _person(
            r, r.choice(["poland", "poland", "ukraine", "filipino", "caribbean"]), r.random() < 0.8
        )
        client = _person(r)
        taxid = _v("ITIN", _itin(r)) if r.random() < 0.5 else _v("SSN", _ssn(r))
        notes = r.choice([_v(None, "live-in"), _v(None, "tylko weekendy"), [],
                          [(None, "paszport "), ("PASSPORT", _passport(r, p))],
                          [(None, "tel. PL "), ("PHONE", f"+48 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}")]])  # fmt: skip
        rows.append([
            _v(None, str(i)), _v("PERSON", p.surname), _v("PERSON", p.given),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 1955, 1995), "dot")), _v("PHONE", _phone(r)),
            _v("ADDRESS", _full_address(r)), taxid,
            _v("IMMIGRATION_STATUS", _status(r, r.choice(["pl", "code"]))),
            [(None, "rodzina "), ("PERSON", client.surname)] if r.random() < 0.6 else _v("PERSON", client.full),
            _v(None, f"${r.randint(18, 30)}"), notes,
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_cir_extract(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["PAT_ID", "PAT_LNAME", "PAT_FNAME", "PAT_DOB", "SEX", "ADDR1", "CITY", "ZIP", "PHONE1",
              "MOTHER_NM", "BIRTH_CTRY", "VACC_CD", "ADMIN_DT"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        mom = _person(r, female=True)
        kid = _child_of(r, mom)
        line, city = _address(r, caps=True)
        rows.append([
            _v(None, _d(r, 8)), _v("PERSON", kid.last.upper()), _v("PERSON", kid.given.upper()),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 2008, 2024), r.choice(["compact", "us"]))),
            _v(None, "F" if kid.female else "M"), _v("ADDRESS", line),
            _v(None, _locality(city)), _v(None, city[-5:]),
            _v("PHONE", _phone(r, "plain")), _v("PERSON", _name(r, mom, "caps")),
            _v("COUNTRY_OF_BIRTH", kid.country[2] or "IND") if r.random() < 0.6 else [],
            _v(None, r.choice(["03", "20", "10", "21", "62", "114", "141"])),
            _v(None, _fmt(r, _recent(r), "compact")),
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_fair_hearing_tracker(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["FH #", "Appellant", "CIN", "Prog", "Issue", "Hrg Date", "Contact", "ID presented",
              "Notes", "Atty"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        atty = _person(r)
        contact: Cell = [(None, r.choice(["c: ", "cell ", ""])), ("PHONE", _phone(r))]
        if r.random() < 0.5:
            contact += [(None, r.choice([" / ", "; ", " - "])), ("EMAIL", _email(r, p))]
        ident: Cell = r.choice([
            [(None, "IDNYC "), ("IDNYC", _idnyc(r))], [("IDNYC", _idnyc(r))],
            [(None, "IDNYC #"), ("IDNYC", _idnyc(r))], [(None, "passport "), ("PASSPORT", _passport(r, p))],
            _v(None, "NYS non-driver ID"), [],
        ])  # fmt: skip
        roll = r.random()
        if roll < 0.45:
            notes: Cell = [(None, r.choice(["client is ", "cl ", "appellant is "])),
                           ("IMMIGRATION_STATUS", _status(r, "en")),
                           (None, r.choice(["; HRA says ineligible", " - PRUCOL argument", ""]))]  # fmt: skip
        elif roll < 0.65:
            notes = [(None, "EAD receipt "), ("USCIS_RECEIPT", _receipt(r))]
        elif roll < 0.72:
            notes = [(None, "SSN "), ("SSN", _ssn(r)), (None, " verified")]
        elif roll < 0.85:
            notes = [
                (None, r.choice(["ITIN ", "has ITIN "])),
                ("ITIN", _itin(r)),
                (None, r.choice(["", " (no SSN)"])),
            ]
        else:
            notes = _v(
                None, r.choice(["adj. x1", "withdrawn", "FH decision pending", "CC/no show"])
            )
        rows.append([
            _v(None, f"{_d(r, 7)}{_L(r, 1)}"),
            _v("PERSON", _name(r, p, r.choice(["last_first", "caps_last_first", "full"]))),
            _v(None, _cin(r)), _v(None, r.choice(["SNAP", "CA", "MA", "SNAP/MA"])),
            _v(None, r.choice(["closing", "denial", "reduction", "recoup"])),
            _v(None, _fmt(r, _recent(r), "us_short")), contact, ident, notes,
            _v("PERSON", _name(r, atty, "initial")),
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_u4u_tracker(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["№", "Прізвище", "Ім'я", "Дата народження", "Паспорт", "I-94", "Прибуття",
              "Спонсор", "Телефон", "Адреса в NYC", "Статус", "IDNYC"]  # fmt: skip
    rows = []
    for i in range(1, r.randint(4, 6)):
        p = _person(r, "ukraine")
        sponsor = _person(r, r.choice(["ukraine", "poland"]))
        rows.append([
            _v(None, str(i)), _v("PERSON", p.surname), _v("PERSON", p.given),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 1950, 2020), r.choice(["dot", "dot", "uk"]))),
            _v("PASSPORT", _passport(r, p)), _v("I94", _i94(r)),
            _v(None, _fmt(r, _recent(r), "dot")), _v("PERSON", sponsor.full),
            _v("PHONE", _phone(r)), _v("ADDRESS", _full_address(r)),
            _v("IMMIGRATION_STATUS", _status(r, r.choice(["uk", "code", "en"]), p.female)),
            _v("IDNYC", _idnyc(r)) if r.random() < 0.5 else _v(None, r.choice(["", "подано", "appt"])),
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_prs_caseload(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["Case ID", "UAC Name", "A#", "DOB", "COB", "Sponsor", "Rel.", "Sponsor Ph",
              "Sponsor Address", "Next Hrg", "Atty", "Relief"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        kid = _person(
            r, r.choice(["maya", "maya", "ecuador", "andes_north", "west_africa", "mexico"])
        )
        sp = _person(r, kid.comm)
        relief = r.choice([_v("IMMIGRATION_STATUS", "SIJS"), _v("IMMIGRATION_STATUS", "asylum seeker"),
                           _v(None, "none yet"), _v(None, "TBD - screening"),
                           [(None, "T visa screen, "), ("IMMIGRATION_STATUS", "SIJS pending")]])  # fmt: skip
        rows.append([
            _v(None, f"{r.randint(24, 26)}-{_d(r, 5)}"), _v("PERSON", _name(r, kid, "any")),
            _v("A_NUMBER", _anum(r, bare=r.random() < 0.6)),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r, 2007, 2016), "us")),
            _v("COUNTRY_OF_BIRTH", _country(r, kid, "code code en")), _v("PERSON", sp.full),
            _v(None, r.choice(["aunt", "uncle", "mother", "father", "sibling", "cousin"])),
            _v("PHONE", _phone(r)), _v("ADDRESS", _full_address(r)),
            _v(None, _fmt(r, _recent(r), "us_short")), _v("PERSON", _name(r, _person(r), "initial")),
            relief,
        ])  # fmt: skip
    return _table(B, header, rows)


def _csv_korean_clinic(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["접수일", "성명", "생년월일", "연락처", "이메일", "체류자격", "출생국", "USCIS 접수번호",
              "ITIN/SSN", "담당"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r, "korea" if r.random() < 0.85 else "chinese")
        code = p.country[2]
        country = COUNTRY_LOCAL["ko"].get(code, code) if r.random() < 0.5 else code
        tax: Cell = r.choice([_v("ITIN", _itin(r)), _v("ITIN", _itin(r)), _v("SSN", _ssn(r)), []])
        rows.append([
            _v(None, _fmt(r, _recent(r), "iso")), _v("PERSON", _name(r, p, r.choice(["native", "full"]))),
            _v("DATE_OF_BIRTH", _fmt(r, _dob(r), r.choice(["ko", "iso", "compact"]))),
            _v("PHONE", _phone(r)), _v("EMAIL", _email(r, p)),
            _v("IMMIGRATION_STATUS", _status(r, "ko")), _v("COUNTRY_OF_BIRTH", country),
            _v("USCIS_RECEIPT", _receipt(r)) if r.random() < 0.7 else [], tax,
            [("PERSON", _person(r, "korea").surname), (None, r.choice([" 변호사", " 간사", " 변호사님"]))],
        ])  # fmt: skip
    return _table(B, header, rows)


# -- templates ---------------------------------------------------------------------------------


def _doc(b: Any) -> Out:
    return [(b.text(), b.labels, "")]


def case_note_p(f: object, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_cn_prs_home_visit, _cn_teams_transcript, _cn_it_ticket, _cn_aps_field,
                       _cn_mediation, _cn_family_welcome, _cn_slack])  # fmt: skip
    return _doc(layout(r, B))


def intake_form_p(f: object, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_if_fair_hearing, _if_opt_exception, _if_domestic_registration,
                       _if_config_export, _if_korean_clinic, _if_russian_senior, _if_cir_printout,
                       _if_arabic_intake])  # fmt: skip
    return _doc(layout(r, B))


def letter_p(f: object, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_lt_u4u_support, _lt_employer_reference, _lt_mediation_agreement,
                       _lt_ice_checkin, _lt_hometown_constancia, _lt_community_certificate,
                       _lt_opt_determination])  # fmt: skip
    return _doc(layout(r, B))


def csv_extract_p(f: object, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_csv_opt_roster, _csv_cuny_cli, _csv_placement_pl, _csv_cir_extract,
                       _csv_fair_hearing_tracker, _csv_u4u_tracker, _csv_prs_caseload,
                       _csv_korean_clinic])  # fmt: skip
    return layout(r, B)


PARCHMENT_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_p": case_note_p,
    "intake_form_p": intake_form_p,
    "letter_p": letter_p,
    "csv_extract_p": csv_extract_p,
}
