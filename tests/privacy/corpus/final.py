"""The "final" split: templates "*_e", written 2026-12-03 as the third blind split.

Written without reading the scanner (src/sanctuary/privacy/), its data, the "c" templates and
their pools or holdout.py, for the final measurement after the holdout split stopped being
blind. Whoever works on the scanner should not read this file or look at its figures before
that measurement. No test scans it or sets a floor on it.

The documents come from institutions and layouts the earlier splits are unlikely to cover:
NYCHA tenancy and grievance notes, ACS case notes and family team conference minutes,
Department of Correction and Probation records (ICE detainers, Forms I-247A and I-203 named),
court interpreter logs, IDNYC enrollment records, Department for the Aging and Mayor's Office of
Immigrant Affairs intake, e-mail threads and WhatsApp/SMS logs pasted into case files, text
extracted from scanned PDFs (columns broken apart, O/0, l/1 and rn/m misreads in the prose),
all-lower-case and ALL-CAPS records, and Spanish, French and Haitian Creole sentences.

People come from the city's communities (`FINAL_COMMUNITIES`): each person's given names,
surnames and country are drawn from one community, and are written the ways files write them:
"Given Surname", "SURNAME, Given", surname first, given name or nickname alone, initials,
hyphenated and two-part surnames, in capitals or lower case. None of the names, streets,
countries or status terms is in an older pool (fake.py, holdout.py), accents and case aside;
tests/privacy/test_eval_corpus.py checks that by code.

What is labelled is what a privacy officer would redact about residents, and staff names (as in
the older templates) with their personal work e-mail addresses. Left unlabelled on purpose:
docket, index, case, claim, grievance and book-and-case numbers, hearing and appointment dates,
message timestamps, ages, money, agency names, addresses (with ZIP+4), phone numbers and shared
mailboxes, form names (I-247A, I-203, I-589), languages ("Haitian Creole"), and buildings or
streets named after people ("Jacob Riis Houses", "Malcolm X Blvd").
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from collections.abc import Callable
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """Accents off ("Kouyaté" -> "Kouyate"), as agency systems export names."""
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
    )


# -- pools ------------------------------------------------------------------------------------
# One entry per community: given names (f/m), surnames, rarer names, nicknames, languages, and
# the countries its people come from, each as (English name, English adjective, Spanish or
# French adjective after "nacionalidad"/"nationalité", local name, ISO code), None where the
# form is not used. Polish and Russian/Central Asian surnames carry gender ("-ska", "-ova").
FINAL_COMMUNITIES: dict[str, dict[str, list[Any]]] = {
    "andes": {
        "given_f": ["Lizbeth", "Yadira", "Maricela", "Rosalba", "Estefany", "Gricelda", "Aracely",
                    "Floridalma", "Glenda", "Yenifer", "Delmy", "Jackeline", "Zenaida"],
        "given_m": ["Wilfredo", "Byron", "Jairo", "Segundo", "Efraín", "Mynor", "Selvin", "Kleber",
                    "Anselmo", "Eusebio"],
        "surnames": ["Pintado", "Sigüenza", "Loja", "Cajamarca", "Inga", "Mendieta", "Ordóñez",
                     "Orellana", "Argueta", "Menjívar", "Zambrano", "Alvarado", "Villanueva"],
        "rare_given_f": ["Itzamara", "Teodora", "Erlinda", "Ixmucané", "Maclovia", "Clodomira", "Eduviges"],
        "rare_given_m": ["Nicomedes", "Ausberto", "Tiburcio", "Eulogio", "Olegario", "Hermógenes", "Saturnino", "Crisanto"],
        "rare_surnames": ["Tzunux", "Cutzal", "Uyaguari", "Buestán", "Xoyón", "Coj", "Tepán", "Chuchuca", "Yuquilema", "Sumba"],
        "nicknames_f": ["Chelo", "Nena"], "nicknames_m": ["Flaco", "Memo"],
        "languages": ["Spanish", "Kichwa", "K'iche'", "Mam"],
        "countries": [
            ("Republic of Ecuador", "Ecuadorean", "ecuatoriana", None, "EC"),
            ("United Mexican States", "Mexican-born", "mexicana", "Estados Unidos Mexicanos", "MX"),
            ("Bolivia", "Bolivian", "boliviana", None, None),
            ("Paraguay", "Paraguayan", "paraguaya", None, "PRY"),
            ("Panama", "Panamanian", "panameña", None, "PA"),
            (None, None, "guatemalteca", None, None),
            (None, None, "hondureña", None, None),
            (None, None, "salvadoreña", None, None),
            (None, None, "colombiana", None, None),
            (None, None, "venezolana", None, None),
            (None, None, "peruana", None, None),
        ],
    },
    "hispaniola": {
        "given_f": ["Yajaira", "Yudelka", "Altagracia", "Belkis", "Massiel", "Yokasta"],
        "given_m": ["Radhamés", "Wascar", "Fermín", "Starlin", "Wander", "Yunior"],
        "surnames": ["Taveras", "Adames", "Pichardo", "Lantigua", "Espinal", "Severino",
                     "Germosén"],
        "rare_given_f": ["Nairoby", "Anyelina", "Dilenia", "Yinette"],
        "rare_given_m": ["Ambiorix", "Nelfi", "Eleodoro", "Arismendy", "Ruddy"],
        "rare_surnames": ["Hiciano", "Disla", "Ovalles", "Jáquez"],
        "nicknames_f": ["Yoky", "Chabela"], "nicknames_m": ["Tito"],
        "languages": ["Spanish"],
        "countries": [
            ("Rep. Dominicana", "dominicano", "dominicana", "Quisqueya", None),
        ],
    },
    "anglo_caribbean": {
        "given_f": ["Shauna-Kay", "Nordia", "Tricia-Ann", "Kimoy", "Tamika", "Jodi-Ann",
                    "Kerry-Ann", "Sashana"],
        "given_m": ["Garfield", "Everton", "Orville", "Fitzroy", "Oneil", "Delroy", "Kemar",
                    "Ravindra"],
        "surnames": ["Ramsaran", "Bacchus", "Brathwaite", "Gittens", "Greenidge", "Rampersaud",
                     "Maragh", "Campbell", "Boodram", "McKenzie"],
        "rare_given_f": ["Tishauna", "Shevonne", "Shernette", "Yonique"],
        "rare_given_m": ["Shivnarine", "Deoraj", "Clovis"],
        "rare_surnames": ["Harripersad", "Sookdeo", "Mohabir", "Jagroop", "Ragbir", "Doodnauth", "Etwaroo"],
        "nicknames_f": ["Titi"], "nicknames_m": ["Bebo"],
        "languages": ["English", "Guyanese Creole"],
        "countries": [
            ("Guyana", "Guyanese", None, None, "GY"),
            ("Barbados", "Barbadian", None, None, "BB"),
            ("Grenada", "Grenadian", None, None, "GD"),
            ("Saint Lucia", "St. Lucian", None, None, "LC"),
            ("Belize", "Belizean", None, None, "BZ"),
            ("Bahamas", "Bahamian", None, None, "BS"),
            ("Antigua", "Antiguan", None, None, "AG"),
        ],
    },
    "west_africa": {
        "given_f": ["Hawa", "Ramatoulaye", "Nafissatou", "Akua", "Funmilayo", "Chioma", "Adjoa",
                    "Folasade", "Fanta", "Ebere"],
        "given_m": ["Alassane", "Bakary", "Souleymane", "Cheikh", "Tidiane", "Kwaku", "Olumide",
                    "Ikenna", "Babajide"],
        "surnames": ["Koné", "Touré", "Diop", "Fall", "Mbaye", "Amponsah", "Afolabi", "Jalloh",
                     "Kamara", "Conteh", "Sesay", "Bangura"],
        "rare_given_f": ["Ayomikun", "Oyinkansola", "Dzifa", "Adaeze", "Mabinty", "Yaaba"],
        "rare_given_m": ["Ekow", "Salifou", "Foday", "Sorie"],
        "rare_surnames": ["Ntiamoah", "Oyewumi", "Gbadamosi", "Ouedraogo", "Adeyinka-Bello",
                          "Ogunbiyi", "Kargbo", "Dumbuya", "Sankoh"],
        "nicknames_f": ["Kemi"], "nicknames_m": ["Baba"],
        "languages": ["Pulaar", "Mandinka", "Wolof", "French", "Twi", "Yoruba", "Krio"],
        "countries": [
            ("The Gambia", "Gambian", None, "Gambie", "GM"),
            ("Togo", "Togolese", None, None, "TG"),
            ("Liberia", "Liberian", None, None, "LR"),
            (None, None, None, "Mauritanie", "MR"),
            ("Benin", "Beninese", "béninoise", "Bénin", "BJ"),
            ("Cameroon", "Cameroonian", "camerounaise", "Cameroun", "CM"),
            ("Niger", None, "nigérienne", None, "NER"),
            ("Guinea-Bissau", "Bissau-Guinean", None, None, "GNB"),
            ("Cabo Verde", "Cape Verdean", None, None, "CPV"),
            ("Republic of Guinea", None, "guinéenne", "République de Guinée", None),
            (None, None, None, "Salone", None),
        ],
    },
    "south_asia": {
        "given_f": ["Taslima", "Rokeya", "Moriom", "Parveen", "Lovepreet", "Simran", "Deepa",
                    "Kavitha", "Shahnaz", "Sanjida", "Nafisa"],
        "given_m": ["Ashraful", "Monirul", "Kamrul", "Sukhwinder", "Balwinder", "Venkatesh",
                    "Dilip", "Tanvir", "Rezaul", "Arjun", "Shahidul"],
        "surnames": ["Hoque", "Sikder", "Sidhu", "Bains", "Nair", "Pillai", "Menon", "Siddique",
                     "Kabir", "Iyer"],
        "rare_given_f": ["Mahbuba", "Rupinder", "Afroza"],
        "rare_given_m": ["Rahmatullah", "Ashfaqul", "Anwarul", "Shamsul"],
        "rare_surnames": ["Howlader", "Mollah", "Patwary", "Chakma"],
        "nicknames_f": ["Pinky", "Lulu"], "nicknames_m": [],
        "languages": ["Bengali", "Punjabi", "Tamil", "Malayalam", "Sylheti"],
        "countries": [
            ("Sri Lanka", "Sri Lankan", None, None, "LK"),
            ("People's Republic of Bangladesh", None, None, None, "BD"),
            ("Republic of India", "Indian-born", None, "Bharat", None),
        ],
    },
    "sinitic": {
        "given_f": ["Xiaohong", "Suzhen", "Lanying", "Qiuping", "Xiuying", "Guiying", "Lixia",
                    "Shuk Fan"],
        "given_m": ["Zhenhua", "Chun Kit", "Yongjian", "Zhiqiang", "Jianhua", "Wai Man",
                    "Guoqing"],
        "surnames": ["Dong", "Weng", "Zou", "Cai", "Kuang", "Mak", "Lau", "Tam", "Yeung", "Chiu",
                     "Szeto", "Feng"],
        "rare_given_f": ["Qiaozhen", "Rongrong", "Yuefen", "Cuiping"],
        "rare_given_m": ["Yuanming", "Shaohua", "Bingwen"],
        "rare_surnames": ["Ouyang", "Situ", "Ruan", "Zhuo", "Lian"],
        "nicknames_f": ["Xiu"], "nicknames_m": [],
        "languages": ["Mandarin", "Cantonese", "Fuzhounese"],
        "countries": [
            ("People's Republic of China", "PRC", None, None, "CN"),
            ("Hong Kong SAR", "Hongkonger", None, None, "HK"),
            ("Taiwan", "Taiwanese", None, None, "TW"),
        ],
    },
    "hangul": {
        "given_f": ["Yeon-hee", "Min-seo", "Eun-young", "Kyung-ja", "Sun-hee", "Mi-kyung",
                    "Hye-won"],
        "given_m": ["Sang-hoon", "Young-ho", "Byung-chul", "Kwang-soo", "Sung-min", "Dong-hyun",
                    "Jae-sung"],
        "surnames": ["Lim", "Baek", "Nam", "Cho", "Bae", "Ryu", "Moon", "Jeon", "Song", "Hwang"],
        "rare_given_f": ["Bo-ram", "Hwa-young", "Da-som"],
        "rare_given_m": ["Gyu-tae", "Myung-soo"],
        "rare_surnames": ["Eum", "Tak", "Pyo", "Yeo"],
        "nicknames_f": [], "nicknames_m": [],
        "languages": ["Korean"],
        "countries": [
            ("Republic of Korea", "South Korean", None, "Daehan Minguk", "KR"),
        ],
    },
    "post_soviet": {
        "given_f": ["Natalya", "Aizhan", "Madina", "Feruza", "Shakhnoza", "Zarina", "Lyudmila"],
        "given_m": ["Aleksandr", "Vladimir", "Nikolai", "Jasur", "Azamat", "Anatoly", "Farrukh",
                    "Bakhodir"],
        "surnames": ["Kasymov", "Sharipov", "Umarova", "Morozova", "Sokolov", "Lebedev",
                     "Novikova", "Kovalenko", "Yakubov", "Rakhimova", "Abdullaev", "Tursunov",
                     "Volkov"],
        "rare_given_f": ["Mukhabbat", "Zhuldyz", "Gulchehra", "Gulbahor", "Dildora"],
        "rare_given_m": ["Dauren", "Yerlan", "Otabek"],
        "rare_surnames": ["Yusupbekova", "Mamasaliev", "Khodjaev", "Yuldasheva", "Ilyasov", "Toktogulov", "Saidakhmedova", "Nurmatov"],
        "nicknames_f": ["Sveta", "Sasha"], "nicknames_m": ["Tolik", "Kolya"],
        "languages": ["Russian", "Uzbek", "Tajik"],
        "countries": [
            ("Tajikistan", None, None, None, "TJ"),
            ("Kazakhstan", "Kazakh", None, None, "KZ"),
            ("Russian Federation", "Russian-born", None, None, "RU"),
            ("Belarus", "Belarusian", None, None, "BLR"),
            ("Armenia", "Armenian", None, None, "ARM"),
            ("Azerbaijan", "Azerbaijani", None, None, "AZE"),
            ("Moldova", "Moldovan", None, None, "MDA"),
            ("Turkmenistan", "Turkmen", None, None, "TKM"),
            (None, None, None, "Sakartvelo", None),
        ],
    },
    "arab": {
        "given_f": ["Huda", "Dalia", "Manal", "Lubna", "Reem", "Suha", "Wafa", "Asmaa", "Yasmin",
                    "Amal"],
        "given_m": ["Walid", "Ayman", "Hisham", "Fadi", "Majed", "Ziad", "Hamza", "Adnan",
                    "Bassam"],
        "surnames": ["Alsaidi", "Qassem", "Jaber", "Awad", "Barakat", "Kassem", "Ghaleb",
                     "Alomari", "Hussein", "Shaalan", "Alawi"],
        "rare_given_f": ["Ghufran", "Ibtisam", "Ikhlas", "Sawsan"],
        "rare_given_m": ["Muntasir", "Mutasim"],
        "rare_surnames": ["Al-Zubaidi", "Abu Shanab", "Muthana", "Al-Mikhlafi", "Shibli"],
        "nicknames_f": [], "nicknames_m": [],
        "languages": ["Arabic"],
        "countries": [
            ("Palestine", "Palestinian", None, None, "PS"),
            ("Syria", "Syrian", "syrienne", "Syrie", "SY"),
            ("Morocco", "Moroccan", "marocaine", "Maroc", None),
            ("Sudan", "Sudanese", None, None, "SD"),
            ("Iraq", "Iraqi", None, None, "IRQ"),
            ("Algeria", "Algerian", "algérienne", None, "DZA"),
            ("Tunisia", "Tunisian", None, None, "TUN"),
            ("Lebanon", "Lebanese", None, None, "LBN"),
            ("Jordan", "Jordanian", None, None, "JOR"),
        ],
    },
    "slavic_west": {
        "given_f": ["Jadwiga", "Halina", "Danuta", "Beata", "Dorota", "Elżbieta", "Małgorzata",
                    "Zofia", "Bożena", "Ewa"],
        "given_m": ["Andrzej", "Stanisław", "Zbigniew", "Jerzy", "Marek", "Mirosław", "Wojciech",
                    "Grzegorz", "Tomasz", "Krzysztof"],
        "surnames": ["Dąbrowska", "Kozłowski", "Jankowska", "Krawczyk", "Pawlak", "Michalska",
                     "Wróbel", "Szewczyk", "Ostrowska", "Zając", "Kamińska", "Szymański"],
        "rare_given_f": ["Bronisława", "Stanisława", "Wiesława", "Grażyna"],
        "rare_given_m": ["Przemysław", "Czesław"],
        "rare_surnames": ["Przybylska", "Grzybowski", "Gąsiorowski", "Chmielewska"],
        "nicknames_f": ["Gosia"], "nicknames_m": ["Wojtek"],
        "languages": ["Polish"],
        "countries": [
            ("Rzeczpospolita Polska", "Polish-born", None, "Polska", "PL"),
            ("Lithuania", "Lithuanian", None, "Lietuva", "LT"),
        ],
    },
    "kreyol": {
        "given_f": ["Marlène", "Yolette", "Magalie", "Mislaine", "Bethsaida", "Fedeline",
                    "Jeanide", "Ketly"],
        "given_m": ["Wilfrid", "Dieuveut", "Frednel", "Ricot", "Yvenson", "Wesner", "Jocelyn"],
        "surnames": ["Jeudy", "Laguerre", "Philistin", "Saintil", "Jeannot", "Petit-Frère",
                     "Altidor", "Bazile", "Dorélus", "Fils-Aimé", "Innocent", "Valcin",
                     "Théodore", "Louissaint", "Fénelon"],
        "rare_given_f": ["Wislande", "Chrismène", "Loudmia", "Lovelie", "Nerlande", "Sherline"],
        "rare_given_m": ["Dieunie", "Wilbens", "Jonel"],
        "rare_surnames": ["Desormeaux", "Mompremier", "Chrysostome", "Pierrilus", "Dessources"],
        "nicknames_f": ["Kiki"], "nicknames_m": ["Ti-Wes"],
        "languages": ["Haitian Creole", "French"],
        "countries": [
            ("Republic of Haiti", None, "haïtienne", "Ayiti", "HT"),
        ],
    },
    "himalaya": {
        "given_f": ["Pema", "Yangzom", "Choedon", "Kalsang", "Sangmo", "Gita", "Manisha",
                    "Sarita", "Kunsang"],
        "given_m": ["Lobsang", "Jigme", "Dorjee", "Mingma", "Prakash", "Krishna"],
        "surnames": ["Limbu", "Adhikari", "Karki", "Sapkota", "Tsomo", "Namgyal", "Dorji",
                     "Magar"],
        "rare_given_f": ["Chungdak", "Diki"],
        "rare_given_m": ["Chhiring", "Tenpa"],
        "rare_surnames": ["Tsamchoe", "Dolkar", "Chophel", "Sangpo"],
        "nicknames_f": [], "nicknames_m": ["Tashi-la"],
        "languages": ["Tibetan", "Nepali", "Sherpa"],
        "countries": [
            ("Tibet", "Tibetan-born", None, "Bod", None),
            ("Federal Democratic Republic of Nepal", "Nepalese", None, None, "NP"),
            ("Kingdom of Bhutan", None, None, "Druk Yul", "BT"),
        ],
    },
    "filipino": {
        "given_f": ["Rosalinda", "Analyn", "Jennylyn", "Marivic", "Imelda", "Maricel", "Lorna",
                    "Marites", "Rowena"],
        "given_m": ["Ferdinand", "Reynaldo", "Rodelio", "Arnel", "Danilo", "Romeo"],
        "surnames": ["Manalo", "Soriano", "Aquino", "Mercado", "Ocampo", "Tolentino", "Galang",
                     "Lacson", "Sison", "Macaraeg", "Mangubat", "Dizon", "Pangilinan"],
        "rare_given_f": ["Lovelyn", "Jeciel", "Rhodora"],
        "rare_given_m": ["Rosvie", "Bayani"],
        "rare_surnames": ["Pagdanganan", "Dimaculangan", "Dimaano", "Macapagal"],
        "nicknames_f": ["Jojo"], "nicknames_m": ["Bong", "Dodong"],
        "languages": ["Tagalog", "Ilocano"],
        "countries": [
            ("Republic of the Philippines", "Filipino", None, "Pilipinas", "PH"),
        ],
    },
}  # fmt: skip
COMMUNITY_KEYS = sorted(FINAL_COMMUNITIES)

# Where residents live: (street, area, ZIP codes, Queens-style house number). Some streets are
# named after people (Shakespeare, Lenox, Mother Gaston): inside an address, not a PERSON.
FINAL_STREETS = [
    ("Davidson Ave", "Bronx", ["10453", "10468"], False), ("Grand Ave", "Bronx", ["10453", "10468"], False),
    ("Boston Rd", "Bronx", ["10460", "10456"], False), ("Barnes Ave", "Bronx", ["10467"], False),
    ("St Ann's Ave", "Bronx", ["10454", "10455"], False), ("Brook Ave", "Bronx", ["10454", "10456"], False),
    ("Simpson St", "Bronx", ["10459"], False), ("Bryant Ave", "Bronx", ["10459", "10474"], False),
    ("Shakespeare Ave", "Bronx", ["10452"], False), ("Jesup Ave", "Bronx", ["10452"], False),
    ("Anderson Ave", "Bronx", ["10452"], False), ("Nelson Ave", "Bronx", ["10453"], False),
    ("Bainbridge Ave", "Bronx", ["10458", "10467"], False), ("Cromwell Ave", "Bronx", ["10452"], False),
    ("Olinville Ave", "Bronx", ["10467"], False), ("Rosedale Ave", "Bronx", ["10473"], False),
    ("Watson Ave", "Bronx", ["10472"], False), ("Baychester Ave", "Bronx", ["10469", "10475"], False),
    ("Post Ave", "New York", ["10034"], False), ("Pike St", "New York", ["10002"], False),
    ("Avenue D", "New York", ["10009"], False), ("Lenox Ave", "New York", ["10027", "10030"], False),
    ("Convent Ave", "New York", ["10031"], False), ("W 145th St", "New York", ["10031"], False),
    ("E 104th St", "New York", ["10029"], False), ("Lexington Ave", "New York", ["10029"], False),
    ("Catherine St", "New York", ["10038"], False), ("Rutgers St", "New York", ["10002"], False),
    ("Columbia St", "New York", ["10002"], False), ("Forsyth St", "New York", ["10002"], False),
    ("Newkirk Ave", "Brooklyn", ["11226", "11230"], False), ("Foster Ave", "Brooklyn", ["11230", "11210"], False),
    ("Sheepshead Bay Rd", "Brooklyn", ["11235"], False), ("Cortelyou Rd", "Brooklyn", ["11226"], False),
    ("McDonald Ave", "Brooklyn", ["11218", "11223"], False), ("Ditmas Ave", "Brooklyn", ["11218", "11226"], False),
    ("Stillwell Ave", "Brooklyn", ["11223", "11224"], False), ("Mother Gaston Blvd", "Brooklyn", ["11212"], False),
    ("Albany Ave", "Brooklyn", ["11213"], False), ("Remsen Ave", "Brooklyn", ["11212", "11236"], False),
    ("Pennsylvania Ave", "Brooklyn", ["11207"], False), ("Fountain Ave", "Brooklyn", ["11208"], False),
    ("5th Ave", "Brooklyn", ["11220"], False), ("53rd St", "Brooklyn", ["11220"], False),
    ("18th Ave", "Brooklyn", ["11204", "11214"], False), ("Bath Ave", "Brooklyn", ["11214"], False),
    ("Neptune Ave", "Brooklyn", ["11224", "11235"], False), ("Brighton 6th St", "Brooklyn", ["11235"], False),
    ("37th Rd", "Jackson Heights", ["11372"], True), ("73rd St", "Jackson Heights", ["11372"], True),
    ("35th Ave", "Jackson Heights", ["11372"], True), ("Forley St", "Elmhurst", ["11373"], True),
    ("Judge St", "Elmhurst", ["11373"], True), ("Layton St", "Elmhurst", ["11373"], True),
    ("Dongan Ave", "Elmhurst", ["11373"], True), ("Cornish Ave", "Elmhurst", ["11373"], True),
    ("108th St", "Corona", ["11368"], True), ("111th St", "Corona", ["11368"], True),
    ("43rd Ave", "Corona", ["11368"], True), ("Skillman Ave", "Woodside", ["11377"], True),
    ("39th Ave", "Woodside", ["11377"], True), ("Union St", "Flushing", ["11354", "11355"], True),
    ("Colden St", "Flushing", ["11355"], True), ("Cherry Ave", "Flushing", ["11355"], True),
    ("Holly Ave", "Flushing", ["11355"], True), ("Archer Ave", "Jamaica", ["11432", "11435"], True),
    ("Liverpool St", "Jamaica", ["11435"], True), ("89th Ave", "Jamaica", ["11432"], True),
    ("133rd St", "Richmond Hill", ["11419"], True), ("107th Ave", "South Ozone Park", ["11420"], True),
    ("95th Ave", "Ozone Park", ["11416"], True), ("Ditmars Blvd", "Astoria", ["11105"], True),
    ("Crescent St", "Astoria", ["11102", "11106"], True), ("24th Ave", "Astoria", ["11102"], True),
    ("21st St", "Long Island City", ["11101", "11106"], True), ("Vernon Blvd", "Long Island City", ["11101"], True),
    ("Beach Channel Dr", "Far Rockaway", ["11691"], True), ("Cornaga Ave", "Far Rockaway", ["11691"], True),
    ("Jersey St", "Staten Island", ["10301"], False), ("Richmond Ave", "Staten Island", ["10302", "10314"], False),
    ("Watchogue Rd", "Staten Island", ["10314"], False), ("Heberton Ave", "Staten Island", ["10302"], False),
    ("Simonson Ave", "Staten Island", ["10303"], False), ("Morningstar Rd", "Staten Island", ["10303"], False),
]  # fmt: skip
STREET_LONG = {"Ave": "Avenue", "St": "Street", "Rd": "Road", "Blvd": "Boulevard", "Dr": "Drive"}
QUEENS_AREAS = {"Jackson Heights", "Elmhurst", "Corona", "Woodside", "Flushing", "Jamaica",
                "Richmond Hill", "South Ozone Park", "Ozone Park", "Astoria", "Long Island City",
                "Far Rockaway"}  # fmt: skip

# NYCHA developments (several named after people: not PERSON) on the streets above.
FINAL_NYCHA = [
    ("Jacob Riis Houses", "Avenue D"), ("Lillian Wald Houses", "Avenue D"),
    ("Alfred E. Smith Houses", "Catherine St"), ("LaGuardia Houses", "Rutgers St"),
    ("Baruch Houses", "Columbia St"), ("Ravenswood Houses", "21st St"),
    ("Queensbridge Houses", "Vernon Blvd"), ("Ocean Bay Apartments", "Beach Channel Dr"),
    ("Cypress Hills Houses", "Fountain Ave"), ("Van Dyke Houses", "Mother Gaston Blvd"),
    ("Soundview Houses", "Rosedale Ave"), ("James Weldon Johnson Houses", "Lexington Ave"),
]  # fmt: skip

# Immigration status. "[...]" marks the labelled span. English phrases follow "client ...",
# Spanish, French and Creole ones are split by the grammatical gender they need.
FINAL_STATUS_EN = [
    "has been granted [deferral under CAT]", "has [Special Immigrant Juvenile Status]",
    "is an [asylum-seeker]", "is a [visa overstay] case", "has a [removal order in absentia]",
    "was [paroled at the border] in 2023", "holds [asylee status]", "is [unlawfully present]",
    "is a [permanent resident alien]", "is a [green-card holder]", "is an [undocumented immigrant]",
    "is a [U-visa petitioner]", "is a [T nonimmigrant]", "is a [TPS applicant]",
    "has [parole in place]", "has a [pending adjustment of status]", "[overstayed a tourist visa]",
    "has lived here [without papers] since 2016", "is a [noncitizen]", "is a [removable alien]",
    "has [LPR status]", "has [refugee status]", "has [CAT protection]", "has [expired TPS]",
    "is on an [expired visa]", "is [out-of-status]", "is [present without admission]",
    "is a [recipient of deferred action]", "is [SIJS-approved]", "reports [asylum granted] in 2022",
    "is [lawfully present] with a pending case",
]  # fmt: skip
FINAL_STATUS_ES_F = ["quedó [indocumentada]", "es [asilada]", "es [refugiada]",
                     "es [beneficiaria de DACA]"]  # fmt: skip
FINAL_STATUS_ES_M = ["es [asilado político]", "es [ciudadano naturalizado]"]
FINAL_STATUS_ES = [
    "está [sin estatus legal]", "es [residente permanente legal]", "es [residente condicional]",
    "está [en proceso de deportación]", "vive aquí [con TPS]", "tiene la [tarjeta verde]",
    "se encuentra en [situación migratoria irregular]",
]  # fmt: skip
FINAL_STATUS_FR_F = ["est [réfugiée]"]
FINAL_STATUS_FR_M = ["est [demandeur d'asile]", "est [réfugié statutaire]",
                     "est [débouté du droit d'asile]", "est [résident permanent]"]  # fmt: skip
FINAL_STATUS_FR = ["est [sans-papiers]", "est [en situation irrégulière]",
                   "est [titulaire du TPS]", "est titulaire d'une [carte verte]",
                   "est [bénéficiaire du TPS]"]  # fmt: skip
FINAL_STATUS_HT = ["se [refijye]", "antre ak [parol imanitè]", "gen [kat vèt]",
                   "[pa gen papye]", "[an pwosedi depòtasyon]", "se [moun ki mande azil]",
                   "[gen TPS]"]  # fmt: skip
# System codes as agency systems export them: EAD categories, green-card classes of admission,
# and case-management status codes.
FINAL_STATUS_CODES = {
    "ead": ["C08", "A12", "C33", "A05", "A03", "C11", "C09", "A10", "C19", "C14", "C31", "A19"],
    "class": ["IR1", "CR1", "RE6", "AS6", "SL6", "IR5"],
    "system": ["PWA", "PIP", "PAR", "TPS-VEN", "TPS-HTI", "DACA-REN", "PAROLE-CHNV", "UAC", "SIJ",
               "ASY"],
}  # fmt: skip

MONTHS_EN = ("January February March April May June July August September October November "
             "December").split()  # fmt: skip
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MONTHS_HT = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Phone numbers abroad, per community: (country code, national number pattern; # = digit).
INTL_PHONES = {
    "andes": [("+593", "9# ### ####"), ("+502", "5### ####"), ("+52", "1 55 #### ####"), ("+504", "9###-####")],
    "hispaniola": [("+1", "809-###-####"), ("+1", "829 ### ####"), ("+1", "(849) ###-####")],
    "anglo_caribbean": [("+592", "6## ####"), ("+1", "246-###-####"), ("+1", "(876) ###-####")],
    "west_africa": [("+224", "62# ## ## ##"), ("+221", "77 ### ## ##"), ("+233", "24 ### ####"), ("+234", "803 ### ####"), ("+220", "7## ####")],
    "south_asia": [("+880", "17##-######"), ("+91", "98### #####"), ("+94", "77 ### ####")],
    "sinitic": [("+86", "138 #### ####"), ("+852", "9### ####"), ("+86", "159-####-####")],
    "hangul": [("+82", "10-####-####")],
    "post_soviet": [("+7", "916 ###-##-##"), ("+998", "9# ### ## ##"), ("+992", "9# ### ####"), ("+7", "(701) ### ####")],
    "arab": [("+967", "77# ### ###"), ("+970", "59# ### ###"), ("+212", "6## ## ## ##"), ("+963", "9## ### ###")],
    "slavic_west": [("+48", "5## ### ###"), ("+48", "6##-###-###")],
    "kreyol": [("+509", "3# ## ####"), ("+509", "4###-####")],
    "himalaya": [("+977", "98########"), ("+977", "98#-#######"), ("+975", "17 ## ## ##")],
    "filipino": [("+63", "9## ### ####"), ("+63", "(9##) ###-####")],
}  # fmt: skip

# Personal e-mail domains, per community, besides the usual ones.
MAIL_DOMAINS = {
    "andes": ["hotmail.com", "yahoo.com.mx", "hotmail.es"], "hispaniola": ["hotmail.com", "gmail.com"],
    "sinitic": ["qq.com", "163.com"], "hangul": ["naver.com", "daum.net"],
    "post_soviet": ["mail.ru", "yandex.ru"], "slavic_west": ["wp.pl", "onet.pl"],
    "kreyol": ["hotmail.fr", "yahoo.fr"],
}  # fmt: skip
COMMON_DOMAINS = ["gmail.com", "icloud.com", "outlook.com", "yahoo.com", "aol.com"]

# Passport numbers, per community: patterns (# = digit, @ = letter).
PASSPORT_PATTERNS = {
    "andes": ["A#######", "#########", "G########"], "hispaniola": ["SC#######", "RD#######"],
    "anglo_caribbean": ["R#######", "A#######"], "west_africa": ["A########", "G#######", "PC######", "R#######"],
    "south_asia": ["BX#######", "A########", "K#######", "Z#######"], "sinitic": ["E########", "EJ#######", "K########", "#########"],
    "hangul": ["M########", "M###@####"], "post_soviet": ["75 #######", "FA#######", "AC#######", "#########"],
    "arab": ["A########", "N#########", "R#######", "######"], "slavic_west": ["EK#######", "ZS #######", "EA#######"],
    "kreyol": ["PP#######", "RD#######"], "himalaya": ["########", "PA#######"],
    "filipino": ["P#######A", "P#######B", "EB#######"],
}  # fmt: skip

# Staff roles, agencies and organisations: unlabelled, like their addresses and phone numbers.
AGENCIES = {
    "nycha": ("New York City Housing Authority", "90 Church Street, New York, NY 10007-2919", "(718) 707-7771", "nycha.nyc.gov"),
    "acs": ("Administration for Children's Services", "150 William Street, New York, NY 10038-2605", "(212) 341-0900", "acs.nyc.gov"),
    "doc": ("NYC Department of Correction", "75-20 Astoria Blvd, East Elmhurst, NY 11370-1178", "(718) 546-1500", "doc.nyc.gov"),
    "dop": ("NYC Department of Probation", "33 Beaver Street, New York, NY 10004-2736", "(212) 361-8977", "probation.nyc.gov"),
    "moia": ("Mayor's Office of Immigrant Affairs", "253 Broadway, 14th Floor, New York, NY 10007-2316", "212-788-7654", "moia.nyc.gov"),
    "aging": ("NYC Department for the Aging", "2 Lafayette Street, 7th Floor, New York, NY 10007-1392", "212-244-6469", "aging.nyc.gov"),
    "idnyc": ("IDNYC", "Queens Central Library, 89-11 Merrick Blvd, Jamaica, NY 11432-5242", "311", "hra.nyc.gov"),
}  # fmt: skip
LEGAL_ORGS = [
    ("The Bronx Defenders", "360 E. 161st Street, Bronx, NY 10451-4310", "(718) 838-7878", "bronxdefenders.org"),
    ("Brooklyn Defender Services", "177 Livingston Street, 7th Floor, Brooklyn, NY 11201-5121", "(718) 254-0700", "bds.org"),
    ("Queens Defenders", "118-35 Queens Blvd, Forest Hills, NY 11375-7205", "(718) 261-3047", "queensdefenders.org"),
    ("Neighborhood Defender Service of Harlem", "317 Lenox Ave, 10th Floor, New York, NY 10027-4460", "(212) 876-5500", "ndsny.org"),
    ("African Communities Together", "520 Eighth Avenue, New York, NY 10018-6507", "(212) 860-0400", "africans.us"),
]  # fmt: skip
COMMUNITY_ORGS = {
    "andes": "Ecuadorian International Center", "hispaniola": "Alianza Dominicana",
    "anglo_caribbean": "Caribbean Women's Health Association", "west_africa": "Sauti Yetu Center for African Women",
    "south_asia": "Chhaya CDC", "sinitic": "Chinese-American Planning Council",
    "hangul": "MinKwon Center for Community Action", "post_soviet": "Bukharian Jewish Community Center",
    "arab": "Arab American Association of New York", "slavic_west": "Polish & Slavic Center",
    "kreyol": "Haitian Americans United for Progress", "himalaya": "Adhikaar",
    "filipino": "Damayan Migrant Workers Association",
}  # fmt: skip
DOC_FACILITIES = ["Rose M. Singer Center (RMSC)", "George R. Vierno Center (GRVC)",
                  "Otis Bantum Correctional Center (OBCC)", "Robert N. Davoren Complex (RNDC)",
                  "Eric M. Taylor Center (EMTC)", "Vernon C. Bain Center (VCBC)"]  # fmt: skip
COURTS = ["Queens Criminal Court, 125-01 Queens Blvd", "Bronx Family Court, 900 Sheridan Ave",
          "Kings County Family Court, 330 Jay St", "Brooklyn Criminal Court, 120 Schermerhorn St",
          "Manhattan Criminal Court, 100 Centre St", "Richmond County Family Court, 100 Richmond Ter"]  # fmt: skip


# -- generator --------------------------------------------------------------------------------

_MASC_ENDINGS = ("ov", "ev", "ski")
_FEM_ENDINGS = ("ova", "eva", "ska")


def _fits(surname: str, female: bool) -> bool:
    s = fold(surname).lower()
    return not s.endswith(_MASC_ENDINGS) if female else not s.endswith(_FEM_ENDINGS)


def _pattern(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice("0123456789")
        if c == "#"
        else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c == "@"
        else c
        for c in pattern
    )


class Person:
    """One resident or staff member: names drawn from one community, and a birth date."""

    def __init__(
        self,
        x: FinalFake,
        community: str | None = None,
        female: bool | None = None,
        born: tuple[int, int] = (1948, 2004),
        surname: str | None = None,
    ) -> None:
        r = x.r
        self.comm = community or r.choice(COMMUNITY_KEYS)
        c = FINAL_COMMUNITIES[self.comm]
        self.female = r.random() < 0.55 if female is None else female
        sex = "f" if self.female else "m"
        pool = (
            c[f"rare_given_{sex}"]
            if r.random() < 0.3 and c[f"rare_given_{sex}"]
            else c[f"given_{sex}"]
        )
        self.given = r.choice(pool)
        self.middle = ""
        if self.comm in ("andes", "hispaniola", "filipino", "kreyol") and r.random() < 0.25:
            self.middle = r.choice([g for g in c[f"given_{sex}"] if g != self.given])
        self.surname = surname or x.surname(self.comm, self.female)
        nicks = c[f"nicknames_{sex}"]
        self.nick = r.choice(nicks) if nicks and r.random() < 0.35 else ""
        self.country = r.choice(c["countries"])
        self.surname_first = self.comm in ("sinitic", "hangul") and r.random() < 0.5
        self.birth = (r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        self.language = r.choice(c["languages"])

    @property
    def name(self) -> str:
        if self.surname_first:
            return f"{self.surname} {self.given}"
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    @property
    def first(self) -> str:
        return self.given

    def last_first(self, caps: bool = False) -> str:
        given = f"{self.given} {self.middle}".strip()
        if caps:
            return f"{fold(self.surname).upper()}, {fold(given).upper()}"
        return f"{self.surname}, {given}"

    def initials(self) -> str:
        parts = [self.given.split()[0], self.surname.replace("-", " ").split()[0]]
        return "".join(p[0].upper() + "." for p in parts)

    def title(self, lang: str = "en") -> str:
        return {
            "en": ("Ms.", "Mr."),
            "es": ("Sra.", "Sr."),
            "fr": ("Mme", "M."),
            "ht": ("Madan", "Msye"),
        }[lang][0 if self.female else 1]

    def pron(self) -> tuple[str, str]:
        return ("she", "her") if self.female else ("he", "his")


class FinalFake:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # names
    def person(self, community: str | None = None, **kw: Any) -> Person:
        return Person(self, community, **kw)

    def relative(self, p: Person, female: bool | None = None, born: tuple[int, int] = (1948, 2004),
                 same_surname: bool = True) -> Person:  # fmt: skip
        kin = Person(self, p.comm, female=female, born=born)
        if same_surname and _fits(p.surname, kin.female):
            kin.surname = p.surname
        return kin

    def surname(self, comm: str, female: bool) -> str:
        r = self.r
        c = FINAL_COMMUNITIES[comm]
        pool = c["rare_surnames"] if r.random() < 0.3 else c["surnames"]
        first = r.choice([s for s in pool if _fits(s, female)])
        if comm in ("andes", "hispaniola") and r.random() < 0.35:
            second = r.choice([s for s in c["surnames"] if s != first])
            if comm == "hispaniola" and female and r.random() < 0.3:
                return f"{first} de {second}"
            return f"{first}{r.choice([' ', ' ', '-'])}{second}"
        if comm == "slavic_west" and female and r.random() < 0.2:
            return (
                f"{first}-{r.choice([s for s in c['surnames'] if s != first and _fits(s, True)])}"
            )
        return first

    # identifiers
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def a_number(self, layout: str | None = None) -> str:
        r = self.r
        if r.random() < 0.8:
            d = r.choice("0222") + self.digits(8)
            layout = layout or r.choice(
                ["A{}", "A{}", "A-{}-{}-{}", "A {} {} {}", "A#{}", "A# {}-{}-{}", "{}", "{}-{}-{}",
                 "{} {} {}", "A-{}", "A{}-{}-{}"]
            )  # fmt: skip
            parts = (d[:3], d[3:6], d[6:]) if layout.count("{}") == 3 else (d,)
        else:
            d = r.choice("79") + self.digits(7)
            layout = layout or r.choice(["A{}", "A {}", "A-{}-{}-{}", "A {} {} {}", "A0{}"])
            parts = (d[:2], d[2:5], d[5:]) if layout.count("{}") == 3 else (d,)
        return layout.format(*parts)

    def ssn(self, dashes: bool | None = None) -> str:
        r = self.r
        area = r.choice([n for n in range(1, 900) if n != 666])
        d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        style = r.choice(["-", "-", "-", "", " "]) if dashes is None else ("-" if dashes else "")
        return f"{d[:3]}{style}{d[3:5]}{style}{d[5:]}"

    def itin(self, dashes: bool | None = None) -> str:
        r = self.r
        group = r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
        d = f"9{self.digits(2)}{group:02d}{self.digits(4)}"
        style = r.choice(["-", "-", "", " "]) if dashes is None else ("-" if dashes else "")
        return f"{d[:3]}{style}{d[3:5]}{style}{d[5:]}"

    def passport(self, p: Person) -> str:
        return _pattern(self.r, self.r.choice(PASSPORT_PATTERNS[p.comm]))

    def receipt(self) -> str:
        r = self.r
        prefix = r.choice(["IOE", "IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC"])
        d = f"{r.randint(19, 26)}{self.digits(8)}" if prefix != "IOE" else f"0{self.digits(9)}"
        return r.choice(
            [f"{prefix}{d}", f"{prefix}{d}", f"{prefix}-{d[:2]}-{d[2:5]}-{d[5:]}",
             f"{prefix} {d[:3]} {d[3:6]} {d[6:]}", f"{prefix} {d}"]
        )  # fmt: skip

    def i94(self) -> str:
        r = self.r
        if r.random() < 0.55:
            return r.choice("0123456789") + self.digits(10)
        return f"{self.digits(9)}{r.choice('ABCDEFGH')}{self.digits(1)}"

    def idnyc(self) -> str:
        d = "1" + self.digits(15)
        return self.r.choice(
            [d, " ".join(d[i : i + 4] for i in range(0, 16, 4)), "-".join(d[i : i + 4] for i in range(0, 16, 4))]
        )  # fmt: skip

    def phone(self, p: Person | None = None, intl: float = 0.0, ext: bool = False) -> str:
        r = self.r
        if p is not None and r.random() < intl:
            code, pattern = r.choice(INTL_PHONES[p.comm])
            return f"{code} {_pattern(r, pattern)}"
        area = r.choice(["718", "347", "929", "917", "646", "212", "332", "516", "201"])
        ex, line = f"{r.randint(2, 9)}{self.digits(2)}", self.digits(4)
        number = r.choice(
            [f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"{area}{ex}{line}",
             f"+1 {area} {ex} {line}", f"+1{area}{ex}{line}", f"1 ({area}) {ex}-{line}",
             f"{area} {ex} {line}", f"({area}){ex}-{line}", f"{area}-{ex}-{line}"]
        )  # fmt: skip
        if ext:
            number += r.choice([" ext. ", " x", " ext ", " x "]) + str(r.randint(10, 4999))
        return number

    def email(self, p: Person, birth_year: bool = True) -> str:
        r = self.r
        g = fold(p.given).lower().replace(" ", "").replace("-", "").replace("'", "")
        s = fold(p.surname).lower().replace(" ", "").replace("-", "").replace("'", "")
        y = str(p.birth[0])
        user = r.choice(
            [f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}{r.randint(1, 99)}", f"{s}.{g}", f"{g}_{s}",
             f"{g}{y if birth_year else r.randint(1, 999)}", f"{g}.{s}{y[2:]}"]
        )  # fmt: skip
        domain = r.choice(MAIL_DOMAINS.get(p.comm, []) + COMMON_DOMAINS)
        return f"{user}@{domain}"

    def staff_email(self, p: Person, domain: str) -> str:
        g = fold(p.given).lower().replace(" ", "").replace("-", "")
        s = fold(p.surname).lower().replace(" ", "").replace("-", "").replace("'", "")
        return self.r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])

    # dates
    def fmt_date(self, ymd: tuple[int, int, int], style: str) -> str:
        y, m, d = ymd
        mon = MONTHS_EN[m - 1]
        return {
            "m/d/yyyy": f"{m}/{d}/{y}",
            "mm/dd/yyyy": f"{m:02d}/{d:02d}/{y}",
            "mm/dd/yy": f"{m:02d}/{d:02d}/{y % 100:02d}",
            "m/d/yy": f"{m}/{d}/{y % 100:02d}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "iso_t": f"{y}-{m:02d}-{d:02d}T00:00:00",
            "ts": f"{y}-{m:02d}-{d:02d} 00:00:00.000",
            "compact": f"{y}{m:02d}{d:02d}",
            "dd-MON-yyyy": f"{d:02d}-{mon[:3].upper()}-{y}",
            "Month d, yyyy": f"{mon} {d}, {y}",
            "Mon d yyyy": f"{mon[:3]} {d} {y}",
            "Mon. d, yyyy": f"{mon[:3]}. {d}, {y}",
            "d Month yyyy": f"{d} {mon} {y}",
            "Month dth yyyy": f"{mon} {d}{'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {y}",
            "m-d-yyyy": f"{m}-{d}-{y}",
            "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
            "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}",
            "yyyy/mm/dd": f"{y}/{m:02d}/{d:02d}",
            "es": f"{d} de {MONTHS_ES[m - 1]} de {y}",
            "fr": f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}",
            "ht": f"{d} {MONTHS_HT[m - 1]} {y}",
            "MON dd yyyy": f"{mon[:3].upper()} {d:02d} {y}",
        }[style]

    EN_STYLES = ["m/d/yyyy", "mm/dd/yyyy", "mm/dd/yy", "m/d/yy", "iso", "Month d, yyyy",
                 "Mon d yyyy", "Mon. d, yyyy", "d Month yyyy", "Month dth yyyy", "m-d-yyyy"]  # fmt: skip
    SYSTEM_STYLES = ["iso", "iso_t", "ts", "compact", "dd-MON-yyyy", "mm/dd/yyyy", "yyyy/mm/dd"]

    def dob(self, p: Person, style: str | None = None) -> str:
        return self.fmt_date(p.birth, style or self.r.choice(self.EN_STYLES))

    def recent(self, style: str | None = None) -> str:
        r = self.r
        ymd = (r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28))
        return self.fmt_date(
            ymd, style or r.choice(["mm/dd/yyyy", "m/d/yyyy", "iso", "Month d, yyyy"])
        )

    def clock(self) -> str:
        r = self.r
        return f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}"

    # places
    def street(self, name: str | None = None) -> tuple[str, str, list[str], bool]:
        if name:
            return next(s for s in FINAL_STREETS if s[0] == name)
        return self.r.choice(FINAL_STREETS)

    def address(self, street: str | None = None, unit: bool | None = None, caps: bool = False,
                city: bool | None = None, long: bool = False, sep: str = ", ") -> str:  # fmt: skip
        r = self.r
        name, area, zips, queens = self.street(street)
        if long and name.split()[-1] in STREET_LONG:
            name = " ".join(name.split()[:-1] + [STREET_LONG[name.split()[-1]]])
        if queens:
            number = f"{r.randint(20, 169)}-{r.randint(1, 99):02d}"
            if r.random() < 0.15 and name[0].isdigit():
                name = (
                    name.replace("th ", " ")
                    .replace("rd ", " ")
                    .replace("st ", " ")
                    .replace("nd ", " ")
                )
        else:
            number = str(r.randint(10, 2999))
        out = f"{number} {name}"
        if unit or (unit is None and r.random() < 0.75):
            out += r.choice(
                [", Apt 4C", " Apt 6G", ", Apt. 2R", " #1F", ", Unit 3", ", 2nd Fl", ", Bsmt",
                 " Apt #12D", ", Apt PH-A", ", Apt 10-E", " 3L", ", 1st Fl Rear", ", Apt 5B"]
            )  # fmt: skip
        if city or (city is None and r.random() < 0.8):
            town = area
            if area == "New York" and r.random() < 0.3:
                town = "Manhattan"
            if area in QUEENS_AREAS and r.random() < 0.25:
                town = "Queens"
            out += f"{sep}{town}{r.choice([', NY ', ' NY ', ', New York '])}{r.choice(zips)}"
        return fold(out).upper() if caps else out

    # status and country
    def status(self, p: Person, lang: str = "en") -> str:
        r = self.r
        if lang == "es":
            pool = FINAL_STATUS_ES + (FINAL_STATUS_ES_F if p.female else FINAL_STATUS_ES_M)
        elif lang == "fr":
            pool = FINAL_STATUS_FR + (FINAL_STATUS_FR_F if p.female else FINAL_STATUS_FR_M)
        elif lang == "ht":
            pool = FINAL_STATUS_HT
        else:
            pool = FINAL_STATUS_EN
        return r.choice(pool)

    def status_term(self, p: Person, lang: str = "en") -> str:
        return self.status(p, lang).split("[")[1].split("]")[0]

    def code(self, kind: str | None = None) -> str:
        return self.r.choice(FINAL_STATUS_CODES[kind or self.r.choice(sorted(FINAL_STATUS_CODES))])

    def country(self, p: Person, form: str) -> str | None:
        """The person's country in one form: "en", "adj", "nat" (es/fr adjective), "local", "code";
        None when the country has no such form."""
        return p.country[["en", "adj", "nat", "local", "code"].index(form)]

    def any_country(self, p: Person, forms: tuple[str, ...] = ("en", "adj", "local")) -> str:
        """The person's country in one of `forms`; a person from a country written only as a
        Spanish or French adjective ("hondureña") moves to one that has such a form."""
        options = [v for f in forms if (v := self.country(p, f))]
        if not options:
            p.country = self.r.choice(
                [
                    c
                    for c in FINAL_COMMUNITIES[p.comm]["countries"]
                    if any(self.country_of(c, f) for f in forms)
                ]
            )
            options = [v for f in forms if (v := self.country(p, f))]
        return self.r.choice(options)

    @staticmethod
    def country_of(entry: tuple[str | None, ...], form: str) -> str | None:
        return entry[["en", "adj", "nat", "local", "code"].index(form)]

    # distractors
    def docket(self, kind: str | None = None) -> str:
        r = self.r
        year = r.randint(24, 26)
        kinds = {
            "cr": f"CR-{self.digits(6)}-{year}{r.choice(['QN', 'BX', 'KN', 'NY', 'RI'])}",
            "fam": r.choice([f"NA-{self.digits(5)}-{year}", f"NN-{self.digits(5)}/{year}"]),
            "lt": r.choice([f"L&T {self.digits(5)}-{year}/{r.choice(['QU', 'BX', 'KI'])}",
                            f"Index No. LT-{self.digits(6)}-{year}/NY"]),
            "civ": f"Index No. {self.digits(6)}/20{year}",
        }  # fmt: skip
        return kinds[kind or r.choice(sorted(kinds))]

    def book_case(self) -> str:
        return f"{self.r.randint(100, 999)}-{self.r.randint(24, 26)}-{self.digits(5)}"

    def nysid(self) -> str:
        return f"{self.digits(8)}{self.r.choice('HJKLMNPQRYZ')}"

    def money(self) -> str:
        return f"${self.r.randint(1, 9)},{self.digits(3)}.{self.digits(2)}"

    def ocr(self, text: str, rate: float = 0.35) -> str:
        """A scan's misreads in unlabelled prose: l/1, O/0, rn/m, I/l."""
        r = self.r
        words = text.split(" ")
        out = []
        for w in words:
            if r.random() < rate and len(w) > 3:
                for a, b in (
                    ("rn", "m"),
                    ("m", "rn"),
                    ("l", "1"),
                    ("O", "0"),
                    ("o", "0"),
                    ("I", "l"),
                    ("e", "c"),
                ):
                    if a in w:
                        w = w.replace(a, b, 1)
                        break
            out.append(w)
        return " ".join(out)


# -- helpers for the templates ----------------------------------------------------------------

FRENCH = {"kreyol", "west_africa"}
SPANISH = {"andes", "hispaniola"}


def _lang(p: Person, r: random.Random) -> str:
    """The language a resident writes in: their own some of the time, English otherwise."""
    if p.comm in SPANISH and r.random() < 0.6:
        return "es"
    if p.comm == "kreyol" and r.random() < 0.6:
        return r.choice(["fr", "ht"])
    if p.comm == "west_africa" and r.random() < 0.3:
        return "fr"
    return "en"


def _age(p: Person) -> int:
    return 2026 - p.birth[0]


def _status(x: FinalFake, b: Any, p: Person, lang: str = "en", case: str = "") -> Any:
    phrase = x.status(p, lang)
    if case == "upper":
        phrase = phrase.upper()
    elif case == "lower":
        phrase = phrase.lower()
    return b.marked("IMMIGRATION_STATUS", phrase)


def _person_form(phrase: str, who: str) -> str:
    """Turn a third-person status phrase ("is a [...]", "has [...]") into "I" or "you" form."""
    verbs = {"is": ("am", "are"), "has": ("have", "have"), "holds": ("hold", "hold"),
             "reports": ("report", "report"), "was": ("was", "were")}  # fmt: skip
    head, _, rest = phrase.partition(" ")
    if head in verbs:
        return f"{verbs[head][0 if who == 'I' else 1]} {rest}"
    return phrase


def _facility(x: FinalFake, p: Person) -> str:
    """A Rikers facility; the Rose M. Singer Center holds women."""
    return x.r.choice([f for f in DOC_FACILITIES if p.female == f.startswith("Rose")])


def _org(x: FinalFake, p: Person) -> str:
    return x.r.choice([COMMUNITY_ORGS[p.comm], x.r.choice(LEGAL_ORGS)[0]])


# -- case notes -------------------------------------------------------------------------------


def _nycha_note(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1950, 1996))
    she, her = p.pron()
    dev, street = r.choice(FINAL_NYCHA)
    staff = x.person()
    kind = r.choice(
        ["Tenancy Administrator note", "Property Management chrono", "Grievance (Step I) note"]
    )
    b.t(f"NYCHA - {kind}\nDevelopment: {dev}   Account {x.digits(7)}/{x.digits(2)}   ")
    b.t(f"Grievance No. G-{r.randint(2024, 2026)}-{x.digits(6)}\n")
    b.t(f"Date: {x.recent()} {x.clock()}   Entered by: ").pii("PERSON", staff.name)
    b.t(f", {r.choice(['Housing Assistant', 'Tenancy Administrator', 'Property Manager'])}\n\n")
    b.t("Head of household ").pii("PERSON", p.last_first(caps=True) if r.random() < 0.5 else p.name)
    b.t(f" (age {_age(p)}, DOB ").pii("DATE_OF_BIRTH", x.dob(p)).t(") of ")
    b.pii("ADDRESS", x.address(street=street, unit=True, city=r.random() < 0.6))
    b.t(f" came to the management office about {her} grievance on the annual recertification ")
    b.t(f"(arrears {x.money()} as of {x.recent()}; {x.docket('lt')} pending in Housing Court). ")
    child = x.relative(p, born=(2008, 2021))
    b.t("Household composition on file: HOH; " + ("daughter " if child.female else "son "))
    b.pii("PERSON", child.first).t(" (DOB ").pii("DATE_OF_BIRTH", x.dob(child, "mm/dd/yyyy"))
    b.t(f", age {_age(child)}).\n")
    spouse = x.relative(p, female=not p.female, same_surname=r.random() < 0.5)
    partner = "wife" if spouse.female else "husband"
    b.t(f"Tenant disclosed that {her} {partner}, ").pii("PERSON", spouse.name).t(", ")
    _status(x, b, spouse).t(f" and is not on the lease; {she} asked whether adding ")
    b.t(
        f"{'her' if spouse.female else 'him'} as a permanent household member would be shared with ICE. "
    )
    b.t("Explained that NYCHA does not report residents to immigration authorities. ")
    b.t("The family came from ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t(
        f" in {r.randint(2012, 2024)}. "
    )
    b.t("Tenant phone ").pii("PHONE", x.phone(p))
    if r.random() < 0.6:
        b.t(f"; {partner}'s WhatsApp ").pii("PHONE", x.phone(spouse, intl=0.8))
    if r.random() < 0.5:
        b.t("; e-mail ").pii("EMAIL", x.email(p))
    b.t(f".\nReferred to the NYCHA Customer Contact Center {AGENCIES['nycha'][2]} and the ")
    b.t(f"ActionNYC hotline 1-800-354-0365. Next appointment {x.recent()} at 10:30 AM, ")
    b.t(f"{AGENCIES['nycha'][1]}.\n")
    if r.random() < 0.5:
        b.t(f"{p.title()} ").pii("PERSON", p.surname).t(" signed the grievance form. ")
        b.t("Copy to ").pii("PERSON", x.person().name).t(", Neighborhood Administrator.\n")


def _acs_note(x: FinalFake, b: Any) -> None:
    r = x.r
    mother = x.person(female=True, born=(1975, 2002))
    father = x.relative(mother, female=False, same_surname=r.random() < 0.4, born=(1968, 2000))
    kids = [
        x.relative(mother if r.random() < 0.5 else father, born=(2009, 2023))
        for _ in range(r.randint(1, 3))
    ]
    aunt = x.relative(mother, female=True, same_surname=False)
    b.t(r.choice(["ACS - FAMILY TEAM CONFERENCE MINUTES\n", "ACS - CHILD SAFETY CONFERENCE (CSC) MINUTES\n",
                  "Administration for Children's Services - FTC summary\n"]))  # fmt: skip
    b.t(f"CONNECTIONS case ID: {x.digits(8)}   Stage ID: {x.digits(9)}   SCR intake {x.recent()}\n")
    b.t(
        f"Conference date: {x.recent()}   Location: ACS {r.choice(['Bronx', 'Queens', 'Brooklyn'])} "
    )
    b.t("Borough Office, conference room 2\n\nParticipants:\n")
    b.t("  Mother: ").pii("PERSON", mother.name)
    if r.random() < 0.5:
        b.t(" (by phone, ").pii("PHONE", x.phone(mother, intl=0.3)).t(")")
    b.t("\n  Father: ").pii("PERSON", father.name)
    facility = _facility(x, father).split(" (")[0]
    b.t(r.choice([" - did not attend", " (by WhatsApp video)", f" (in custody, {facility})"]))
    kin = r.choice(["aunt", "cousin"])
    b.t(f"\n  Maternal {kin} (resource): ").pii("PERSON", aunt.name).t(", ")
    b.pii("PHONE", x.phone(aunt, ext=r.random() < 0.1)).t("\n")
    for role in ["CPS", "CPS Supervisor", "Facilitator", "Parent Advocate"]:
        b.t(f"  {role}: ").pii("PERSON", x.person().name).t("\n")
    b.t(f"  Interpreter: {mother.language} (Language Line ID {x.digits(5)})\n\nChildren:\n")
    for kid in kids:
        b.t("  ").pii("PERSON", kid.initials() if r.random() < 0.6 else kid.first)
        b.t(f" - {'F' if kid.female else 'M'}, age {_age(kid)}, DOB ")
        b.pii("DATE_OF_BIRTH", x.dob(kid, r.choice(["mm/dd/yyyy", "m/d/yy", "iso"]))).t("\n")
    b.t("\nDiscussion: ")
    lang = _lang(mother, r)
    if lang == "ht":
        b.t('Mother stated, through the interpreter: "Mwen ')
        _status(x, b, mother, "ht").t('." ')
    elif lang == "fr":
        b.t("La mère déclare qu'elle ")
        _status(x, b, mother, "fr").t(" (interpreted). ")
    elif lang == "es":
        b.t("La madre indicó que ")
        _status(x, b, mother, "es").t(" (interpretado). ")
    else:
        b.t("Mother disclosed that she ")
        _status(x, b, mother).t(". ")
    b.t("She was born in ").pii("COUNTRY_OF_BIRTH", x.any_country(mother, ("en", "local")))
    b.t(f" and arrived in {r.randint(2014, 2025)}. Father ")
    _status(x, b, father).t(f"; next hearing at 26 Federal Plaza on {x.recent()}.\n")
    b.t("Safety plan: children to remain with mother at ").pii("ADDRESS", x.address(unit=True))
    b.t(f"; {kin} to supervise weekend visits at ").pii("ADDRESS", x.address()).t(".\n")
    b.t(f"Next FTC {x.recent()}; Family Court docket {x.docket('fam')}. Minutes by ")
    writer = x.person()
    b.pii("PERSON", writer.name).t(" (").pii("EMAIL", x.staff_email(writer, AGENCIES["acs"][3]))
    b.t("), copy to fcls@acs.nyc.gov.\n")


def _custody_note(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1960, 2005))
    he, his = p.pron()
    rel = x.relative(p, same_surname=r.random() < 0.6)
    if r.random() < 0.5:
        b.t("NYC DEPARTMENT OF CORRECTION\nDISCHARGE PLANNING NOTE - ").t(_facility(x, p))
        b.t(f"\nBook & Case: {x.book_case()}   NYSID: {x.nysid()}\n")
        b.t("Name: ").pii("PERSON", p.last_first(caps=True)).t("   DOB: ")
        b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(x.SYSTEM_STYLES))).t("   POB: ")
        b.pii("COUNTRY_OF_BIRTH", fold(x.any_country(p, ("en", "local", "code"))).upper()).t("\n")
        b.t(f"{x.recent()} - ICE lodged Form I-247A (Immigration Detainer) with Form I-203 ")
        b.t("(Order to Detain or Release Alien) for the above; A-number on the detainer: ")
        b.pii("A_NUMBER", x.a_number()).t(". No judicial warrant attached. Per NYC Admin. Code ")
        b.t(
            f"9-131 the Department will not honor the detainer; individual and counsel notified {x.recent()}.\n"
        )
        b.t(f"Individual states {he} ")
        _status(x, b, p).t(f" and has lived in NYC since {r.randint(2001, 2024)}. ")
        kin = ["sister", "cousin"] if rel.female else ["brother", "cousin"]
        if rel.surname != p.surname:
            kin = ["partner", "cousin", "friend"]
        b.t(f"Release plan: to reside with {r.choice(kin)} ")
        b.pii("PERSON", rel.name).t(" at ").pii("ADDRESS", x.address()).t(", tel. ")
        b.pii("PHONE", x.phone(rel)).t(".\n")
        org = r.choice(LEGAL_ORGS)
        b.t("Counsel: ").pii("PERSON", x.person().name).t(f", {org[0]}, {org[2]}.\n")
        b.t("Entered by: C.O. ").pii("PERSON", x.person().name).t(
            f", Shield #{r.randint(1000, 19999)}\n"
        )
    else:
        b.t("NYC DEPARTMENT OF PROBATION - CHRONOLOGICAL ENTRY\nProbationer: ")
        b.pii("PERSON", p.name).t(f"   NYSID {x.nysid()}   Docket {x.docket('cr')}\n")
        b.t(f"{x.recent()} {x.clock()} Office visit, {AGENCIES['dop'][1]}. ")
        b.t("Client reports a new address, ").pii("ADDRESS", x.address(caps=r.random() < 0.3))
        b.t(", and new cell ").pii("PHONE", x.phone(p)).t(". Showed ")
        adj = x.country(p, "adj")
        if adj:
            b.t("an " if adj[0] in "AEIOU" else "a ").pii("COUNTRY_OF_BIRTH", adj).t(
                " passport, no. "
            )
        else:
            b.t("a passport (").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t(
                "), no. "
            )
        b.pii("PASSPORT", x.passport(p)).t(f", as ID. Client says {he} ")
        _status(x, b, p).t("; an ICE detainer (I-247A) lodged at DOC was not honored. A# ")
        b.pii("A_NUMBER", x.a_number()).t(" per the detainer copy in file.\n")
        b.t(f"{x.recent()} Home visit; spoke with ").pii("PERSON", rel.first)
        b.t(f", who confirmed {his} curfew. DOB on file ")
        b.pii("DATE_OF_BIRTH", x.dob(p)).t(".\n")
        b.t("P.O. ").pii("PERSON", x.person().name).t("   SPO ").pii("PERSON", x.person().name).t(
            "\n"
        )


def _interpreter_log(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1955, 2006))
    he, his = p.pron()
    court = r.choice(COURTS)
    interp = x.person(p.comm)
    b.t(f"COURT INTERPRETER LOG - {court}, Part {r.choice(['AP-3', 'AP-7', '2', 'J', 'TAP-B'])}\n")
    b.t(f"Date: {x.recent('iso')}   Interpreter: ").pii("PERSON", interp.name)
    family = "Family" in court
    b.t(f" ({p.language}), Reg. No. {x.digits(5)}\nDocket: {x.docket('fam' if family else 'cr')}\n")
    role = r.choice(["respondent", "petitioner", "witness"] if family else ["defendant", "witness"])
    b.t(f"09:42  Case called. LEP {role} identified on the record as ").pii("PERSON", p.name)
    b.t("; court file reads ").pii("PERSON", p.last_first(caps=True)).t(", DOB ")
    b.pii("DATE_OF_BIRTH", x.dob(p, "mm/dd/yyyy")).t(".\n")
    b.t('09:44  Court asked for date of birth; answer interpreted as "')
    b.pii(
        "DATE_OF_BIRTH", x.dob(p, r.choice(["Month d, yyyy", "d Month yyyy", "Month dth yyyy"]))
    ).t('".\n')
    lawyer = x.person()
    b.t("09:46  Counsel ").pii("PERSON", lawyer.name).t(f" told the court that {his} client ")
    _status(x, b, p).t(" and handed up USCIS receipt notice ").pii("USCIS_RECEIPT", x.receipt()).t(
        ".\n"
    )
    if r.random() < 0.6:
        b.t(
            f"09:49  {'ACS attorney' if family else 'ADA'} noted ICE interest (Form I-247A); {role} gave A# "
        )
        b.pii("A_NUMBER", x.a_number()).t(" and address ").pii("ADDRESS", x.address()).t(".\n")
    b.t(
        f"09:51  Adjourned to {x.recent()} for {r.choice(['motions', 'trial', 'fact-finding', 'disposition'])}.\n"
    )
    b.t(
        f"10:05  Off the record, the {role} asked in {p.language} whether ICE is told; referred to counsel. "
    )
    b.t("Interpreter excused.\n")


def _chat_log(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1960, 2006))
    staff = x.person()
    org = _org(x, p)
    lang = _lang(p, r)
    nick = p.nick or p.first
    if r.random() < 0.55:
        # WhatsApp export
        y, mo, d = r.randint(24, 26), r.randint(1, 12), r.randint(1, 28)
        h, mi = r.randint(8, 11), r.randint(0, 40)

        def stamp() -> str:
            nonlocal mi
            mi += r.randint(1, 6)
            return f"[{mo}/{d}/{y}, {h + mi // 60}:{mi % 60:02d}:{r.randint(0, 59):02d} AM] "

        phone = x.phone(p, intl=0.3)
        b.t("WhatsApp chat export attached to the case file by ").pii("PERSON", staff.name)
        b.t(". Contact: ").pii("PERSON", nick).t(" (").pii("PHONE", phone).t(")\n")
        b.t(stamp() + f"{staff.first} ({org}): Hi ").pii("PERSON", p.first)
        b.t(f", this is {staff.first} from {org}. Can you send your A-number and date of birth?\n")
        b.t(stamp()).pii("PERSON", nick).t(": ")
        if lang == "es":
            b.t("hola si, mi numero A es ").pii("A_NUMBER", x.a_number()).t("\n")
            b.t(stamp()).pii("PERSON", nick).t(": fecha de nacimiento ")
            b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(["es", "dd/mm/yyyy"]))).t("\n")
        elif lang == "fr":
            b.t("bonjour oui numéro A ").pii("A_NUMBER", x.a_number()).t("\n")
            b.t(stamp()).pii("PERSON", nick).t(f": je suis {'née' if p.female else 'né'} le ")
            b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(["fr", "dd/mm/yyyy"]))).t("\n")
        elif lang == "ht":
            b.t("bonjou wi, nimewo A mwen se ").pii("A_NUMBER", x.a_number()).t("\n")
            b.t(stamp()).pii("PERSON", nick).t(": dat nesans mwen ")
            b.pii("DATE_OF_BIRTH", x.dob(p, "ht")).t("\n")
        else:
            b.t("hi yes its ").pii("A_NUMBER", x.a_number()).t("\n")
            b.t(stamp()).pii("PERSON", nick).t(": born ")
            b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(["m/d/yy", "m/d/yyyy", "Month d, yyyy"]))).t(
                "\n"
            )
        b.t(stamp() + f"{staff.first} ({org}): Thanks! Still at ").pii(
            "ADDRESS", x.address(unit=True)
        ).t("?\n")
        b.t(stamp()).pii("PERSON", nick).t(": no we moved to ").pii(
            "ADDRESS", x.address().lower() if r.random() < 0.5 else x.address()
        ).t("\n")
        b.t(stamp()).pii("PERSON", nick).t(
            f": <attached: IMG-20{y}{mo:02d}{d:02d}-WA00{x.digits(2)}.jpg>\n"
        )
        rel = x.relative(p, female=not p.female, same_surname=False)
        b.t(stamp()).pii("PERSON", nick).t(f": my {'wife' if rel.female else 'husband'} ")
        b.pii("PERSON", rel.first).t(" number ").pii("PHONE", x.phone(rel, intl=0.5)).t("\n")
        b.t(stamp() + f"{staff.first} ({org}): Got it. Did USCIS send the receipt?\n")
        b.t(stamp()).pii("PERSON", nick).t(": yes ").pii("USCIS_RECEIPT", x.receipt()).t("\n")
    else:
        # SMS log from a case-management texting tool
        e164 = f"+1{r.choice(['347', '929', '917', '718'])}{r.randint(2, 9)}{x.digits(6)}"
        line = f"{r.choice(['718', '212', '646'])}-{r.randint(200, 999)}-{x.digits(4)}"
        b.t(f"SMS thread - agency text line {line} - client ").pii("PERSON", p.last_first())
        b.t("\n")
        day = x.recent("iso")
        minute = r.randint(8 * 60, 11 * 60)

        def at() -> str:
            nonlocal minute
            minute += r.randint(1, 50)
            return f"{day} {minute // 60:02d}:{minute % 60:02d}"

        b.t(f"{at()} OUT -> ").pii("PHONE", e164)
        b.t(f": Hello {p.title()} ").pii("PERSON", p.surname)
        b.t(
            f", reminder of your appointment {x.recent()} at {AGENCIES['moia'][1]}. Reply C to confirm.\n"
        )
        b.t(f"{at()} IN <- ").pii("PHONE", e164).t(": C. my new email is ")
        b.pii("EMAIL", x.email(p)).t("\n")
        b.t(f"{at()} IN <- ").pii("PHONE", e164).t(": and my ITIN ")
        b.pii("ITIN", x.itin()).t(" for the tax form\n")
        b.t(f"{at()} OUT -> ").pii("PHONE", e164)
        b.t(": Thank you. Please bring your I-94 (").pii("I94", x.i94()).t(") and passport ")
        b.pii("PASSPORT", x.passport(p)).t(".\n")
        b.t(f"{at()} NOTE by ").pii("PERSON", staff.name)
        b.t(": client ").pii("PERSON", p.first).t(
            f" called from {AGENCIES['moia'][2]} lobby phone; "
        )
        b.t(f"{p.pron()[0]} ")
        _status(x, b, p).t(".\n")


def case_note_e(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FinalFake(r)
    b = B()
    r.choice([_nycha_note, _acs_note, _custody_note, _interpreter_log, _chat_log])(x, b)
    return [(b.text(), b.labels, "")]


# -- intake forms -----------------------------------------------------------------------------


def _idnyc_form(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1940, 2010))
    caps = r.random() < 0.5

    def up(s: str) -> str:
        return fold(s).upper() if caps else s

    b.t("IDNYC APPLICATION - ENROLLMENT RECORD\n")
    b.t(
        f"Application #: APP-{r.randint(2024, 2026)}-{x.digits(7)}   Enrollment center: {AGENCIES['idnyc'][1]}\n"
    )
    b.t(f"Appointment: {x.recent()} {x.clock()}   Status: APPROVED\n\n")
    b.t("Last name: ").pii("PERSON", up(p.surname)).t("      First name: ").pii(
        "PERSON", up(p.given)
    )
    if p.middle:
        b.t("      Middle: ").pii("PERSON", up(p.middle))
    b.t("\nDate of birth: ").pii(
        "DATE_OF_BIRTH", x.dob(p, r.choice(["mm/dd/yyyy", "iso", "MON dd yyyy"]))
    )
    b.t(f"   Sex: {'F' if p.female else 'M'}   Eye color: BRO   Height: 5' 0{r.randint(1, 9)}\"\n")
    shelter = r.random() < 0.25
    b.t("Residence address" + (" (DHS shelter letter)" if shelter else "") + ": ")
    b.pii("ADDRESS", x.address(unit=True, caps=caps)).t("\n")
    b.t(
        f"Residency proof: {r.choice(['NYCHA lease', 'Con Edison bill', 'Shelter letter', 'Bank statement'])}\n"
    )
    b.t("Phone: ").pii("PHONE", x.phone(p)).t("   Email: ")
    b.pii("EMAIL", x.email(p)).t("\n")
    b.t("Proof of identity: Foreign passport (3 pts) - issuing country: ")
    b.pii("COUNTRY_OF_BIRTH", up(x.any_country(p, ("en", "local")))).t(" - No. ")
    b.pii("PASSPORT", x.passport(p)).t("\n")
    b.t("Proof of identity: Foreign birth certificate (1 pt) - place of birth: ")
    b.pii("COUNTRY_OF_BIRTH", up(x.any_country(p, ("en", "local", "code")))).t("\n")
    b.t(f"Language preference: {p.language}   Veteran: N   Organ donor: {r.choice('YN')}\n")
    b.t("IDNYC card number: ").pii("IDNYC", x.idnyc()).t(f"   Expires: {x.recent()}\n")
    if r.random() < 0.5:
        b.t("Note: applicant asked whether the card shows that ")
        b.t("she " if p.female else "he ")
        _status(x, b, p).t("; explained IDNYC does not record immigration status.\n")
    b.t("Processed by: ").pii("PERSON", x.person().name).t(", IDNYC enrollment specialist\n")


def _aging_form(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1932, 1962))
    b.t(
        f"NYC AGING - CASE ASSISTANCE INTAKE   Aging Connect ref. {x.recent('compact')}-{x.digits(4)}\n"
    )
    b.t("Older adult: ").pii("PERSON", p.name)
    if p.nick:
        b.t(' (goes by "').pii("PERSON", p.nick).t('")')
    b.t(f"   Age: {_age(p)}   DOB: ").pii("DATE_OF_BIRTH", x.dob(p)).t("\n")
    kid = x.relative(p, female=r.random() < 0.6, born=(1960, 1990), same_surname=r.random() < 0.7)
    b.t("Lives at ").pii("ADDRESS", x.address()).t(
        " with " + ("daughter " if kid.female else "son ")
    )
    b.pii("PERSON", kid.name).t(".\n")
    b.t(f"Income: {r.choice(['SSI $967/mo', 'none', 'pension $412/mo', 'son pays rent'])}; ")
    b.t(f"{r.choice(['SNAP', 'no benefits', 'Medicaid pending', 'Emergency Medicaid only'])}\n")
    if r.random() < 0.5:
        b.t("SSN: ").pii("SSN", x.ssn()).t("\n")
    else:
        b.t("No SSN; ITIN ").pii("ITIN", x.itin()).t("\n")
    b.t("Citizenship / immigration: ")
    if r.random() < 0.5:
        b.t("client ")
        _status(x, b, p).t("\n")
    else:
        b.t("green card, class of admission ").pii("IMMIGRATION_STATUS", x.code("class")).t(
            ", USCIS# "
        )
        b.pii("A_NUMBER", x.a_number("{}-{}-{}")).t("\n")
    b.t("Country of birth: ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t(
        f"   Preferred language: {p.language}\n"
    )
    b.t("Caregiver / emergency contact: ").pii("PERSON", kid.first).t(
        f" ({'daughter' if kid.female else 'son'}), "
    )
    b.pii("PHONE", x.phone(kid, ext=r.random() < 0.3)).t("\n")
    b.t("Home care referral to ").t(COMMUNITY_ORGS[p.comm]).t(f"; follow-up call {x.recent()}.\n")
    b.t("Intake worker: ").pii("PERSON", x.person().name).t(
        f"   Aging Connect {AGENCIES['aging'][2]}\n"
    )


def _actionnyc_form(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1950, 2008))
    lang = "fr" if p.comm in FRENCH else "es" if p.comm in SPANISH else r.choice(["es", "fr"])
    labels = {
        "es": ["Nombre completo", "Fecha de nacimiento", "País de nacimiento", "Nacionalidad",
               "Estatus migratorio", "Número A", "Recibo USCIS", "Pasaporte", "Teléfono", "Correo",
               "Dirección", "SSN o ITIN", "Formulario de admisión"],
        "fr": ["Nom complet", "Date de naissance", "Pays de naissance", "Nationalité",
               "Statut migratoire", "Numéro A", "Reçu USCIS", "Passeport", "Téléphone", "Courriel",
               "Adresse", "SSN ou ITIN", "Fiche d'accueil"],
    }[lang]  # fmt: skip
    en = ["Full name", "Date of birth", "Country of birth", "Nationality", "Immigration status",
          "A#", "USCIS receipt", "Passport", "Phone", "Email", "Address", "SSN or ITIN", "Intake form"]  # fmt: skip
    lab = [f"{a} / {e}" for a, e in zip(labels, en, strict=True)]
    b.t(f"ActionNYC - {lab[12]}   Site: {COMMUNITY_ORGS[p.comm]}   {x.recent()}\n\n")
    b.t(f"{lab[0]}: ").pii("PERSON", p.name).t("\n")
    b.t(f"{lab[1]}: ").pii(
        "DATE_OF_BIRTH", x.dob(p, r.choice([lang, "dd/mm/yyyy", "mm/dd/yyyy"]))
    ).t("\n")
    b.t(f"{lab[2]}: ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t("\n")
    nat = x.country(p, "nat")
    if nat:
        b.t(f"{lab[3]}: ").pii("COUNTRY_OF_BIRTH", nat).t("\n")
    b.t(f"{lab[4]}: ")
    if r.random() < 0.5:
        term = x.status_term(p, lang)
        b.pii("IMMIGRATION_STATUS", term[0].upper() + term[1:])
    else:
        b.t("EAD ").pii("IMMIGRATION_STATUS", x.code("ead"))
    b.t("\n")
    b.t(f"{lab[5]}: ").pii("A_NUMBER", x.a_number()).t("\n")
    b.t(f"{lab[6]}: ").pii("USCIS_RECEIPT", x.receipt()).t("   I-94: ").pii("I94", x.i94()).t("\n")
    b.t(f"{lab[7]}: ").pii("PASSPORT", x.passport(p)).t("\n")
    b.t(f"{lab[8]}: ").pii("PHONE", x.phone(p, intl=0.25)).t("   WhatsApp: ").pii(
        "PHONE", x.phone(p, intl=0.6)
    ).t("\n")
    b.t(f"{lab[9]}: ").pii("EMAIL", x.email(p)).t("\n")
    b.t(f"{lab[10]}: ").pii("ADDRESS", x.address()).t("\n")
    b.t(f"{lab[11]}: ")
    if r.random() < 0.5:
        b.pii("SSN", x.ssn())
    else:
        b.pii("ITIN", x.itin())
    b.t("\nIDNYC: ").pii("IDNYC", x.idnyc()).t("\n")
    b.t("Screened by / Entrevistado por: ").pii("PERSON", x.person().name)
    b.t(" - ActionNYC hotline 1-800-354-0365\n")


def _scan_form(x: FinalFake, b: Any) -> None:
    """Text extracted from a scanned shelter intake: the label row and the value row of a
    two-column layout come apart, capitals, and a scan's misreads in the prose."""
    r = x.r
    p = x.person(born=(1950, 2007))
    name = p.last_first(caps=True)
    if r.random() < 0.2:
        name = name.replace("M", "RN", 1) if "M" in name else name.replace("I", "l", 1)
    b.t(f"--- page 1 of 2 --- [OCR {x.recent('iso')}]\n")
    b.t(x.ocr("DEPARTMENT OF HOMELESS SERVICES - INTAKE AND VACANCY CONTROL (PATH)", 0.3) + "\n")
    b.t("NAME                              DATE OF BIRTH        SEX\n")
    dob = x.dob(p, "mm/dd/yyyy")
    if r.random() < 0.2:
        dob = dob.replace("0", "O", 1)
    b.pii("PERSON", name).t(" " * max(2, 34 - len(name))).pii("DATE_OF_BIRTH", dob)
    b.t(f"           {'F' if p.female else 'M'}\n")
    b.t("A-NUMBER          SSN / ITIN           COUNTRY OF BIRTH\n")
    b.pii("A_NUMBER", x.a_number(r.choice(["A{}", "{}", "A {} {} {}"]))).t("        ")
    if r.random() < 0.5:
        b.pii("SSN", x.ssn())
    else:
        b.pii("ITIN", x.itin())
    b.t("          ").pii("COUNTRY_OF_BIRTH", fold(x.any_country(p, ("en", "local"))).upper()).t(
        "\n"
    )
    b.t("LAST PERMANENT ADDRESS\n").pii("ADDRESS", x.address(caps=True, sep="\n")).t("\n")
    b.t("PHONE                  E-MAIL\n").pii("PHONE", x.phone(p)).t("      ")
    b.pii("EMAIL", x.email(p).upper() if r.random() < 0.3 else x.email(p)).t("\n")
    b.t("IMMIGRATION STATUS: ")
    b.pii("IMMIGRATION_STATUS", fold(x.status_term(p)).upper()).t("      I-94 NO: ").pii(
        "I94", x.i94()
    ).t("\n")
    she, her = p.pron()
    b.t(x.ocr(f"Staff notes: client reports {she} arrived at the Port Authority bus terminal from "
              f"the border on {x.recent()} and was referred by the Roosevelt intake center. "
              f"Family members:", 0.4))  # fmt: skip
    b.t(" ")
    kid = x.relative(p, born=(2010, 2024))
    b.pii("PERSON", kid.first).t(" (").pii("DATE_OF_BIRTH", x.dob(kid, "m/d/yy")).t(") ")
    b.t(x.ocr(f"placed with {her} at the family shelter; documents in the folder include an "
              f"information sheet for Form I-589 and a notice of hearing for {x.recent()}.", 0.4))  # fmt: skip
    b.t("\nWorker: ").pii("PERSON", x.person().name).t(f"   {x.ocr('Supervisor', 0.5)}: ")
    b.pii("PERSON", x.person().name).t("\n--- page 2 of 2 --- [blank]\n")


def _lower_form(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1955, 2007))
    b.t(
        f"intake {x.recent('m/d/yy')} walk-in, {r.choice(['jackson hts', 'sunset park', 'parkchester', 'flatbush', 'port richmond'])} office\n"
    )
    b.t("name: ").pii("PERSON", p.name.lower()).t("  dob ").pii(
        "DATE_OF_BIRTH", x.dob(p, r.choice(["m/d/yy", "m/d/yyyy", "mm/dd/yy"]))
    )
    b.t("  a# ").pii("A_NUMBER", x.a_number().lower()).t("\n")
    b.t("ph ").pii("PHONE", x.phone(p)).t("  email ").pii("EMAIL", x.email(p)).t("\n")
    b.t("addr ").pii("ADDRESS", x.address().lower()).t("\n")
    b.t("from ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "adj", "local")).lower())
    b.t(f", came {r.randint(2015, 2025)}, speaks {p.language.lower()}\n")
    b.t("status: ").pii("IMMIGRATION_STATUS", x.status_term(p).lower())
    b.t(", i-589 filed, receipt ").pii("USCIS_RECEIPT", x.receipt().lower()).t("\n")
    b.t("itin ").pii("ITIN", x.itin(dashes=r.random() < 0.5)).t(
        " / no ssn\n" if r.random() < 0.6 else "\n"
    )
    if r.random() < 0.5:
        b.t("ssn (old, from work permit) ").pii("SSN", x.ssn(dashes=False)).t("\n")
    b.t("passport ").pii("PASSPORT", x.passport(p).lower()).t(f", exp {x.recent('m/d/yy')}\n")
    b.t(
        f"needs: {r.choice(['rent', 'food', 'school enrollment', 'lawyer', 'ebt'])}; called hra 718-557-1399. "
    )
    b.t("next appt w/ ").pii("PERSON", x.person().first.lower()).t(f" {x.recent('m/d/yy')}\n")


def intake_form_e(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FinalFake(r)
    b = B()
    r.choice([_idnyc_form, _aging_form, _actionnyc_form, _scan_form, _lower_form])(x, b)
    return [(b.text(), b.labels, "")]


# -- letters and correspondence ---------------------------------------------------------------


def _sent(x: FinalFake, day: datetime.date) -> str:
    r = x.r
    clock = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year} {clock}"


def _email_thread(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1955, 2006))
    staff = x.person()
    agency = r.choice(["moia", "acs", "nycha", "aging", "dop"])
    name, addr, phone, domain = AGENCIES[agency]
    staff_mail = x.staff_email(staff, domain)
    client_mail = x.email(p)
    shared = {"moia": "intake", "acs": "fcls", "nycha": "grievances", "aging": "agingconnect",
              "dop": "reentry"}[agency]  # fmt: skip
    topic = r.choice(["IDNYC + asylum appointment", "documents for your case", "your recertification",
                      "home care application", "reporting schedule"])  # fmt: skip
    b.t("From: ").pii("PERSON", staff.name).t(" <").pii("EMAIL", staff_mail).t(">\n")
    replied = datetime.date(r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28))
    b.t(f"Sent: {_sent(x, replied)}\nTo: '").pii("PERSON", p.name).t("' <").pii(
        "EMAIL", client_mail
    ).t(">\n")
    b.t(f"Cc: {shared}@{domain}\nSubject: RE: {topic} - ").pii("PERSON", p.first).t("\n\n")
    b.t("Hi ").pii("PERSON", p.nick or p.first).t(",\n\n")
    b.t("Thank you for sending this. I have your A-number as ").pii("A_NUMBER", x.a_number())
    b.t(" and your receipt as ").pii("USCIS_RECEIPT", x.receipt()).t(". Please bring your ")
    adj = x.country(p, "adj")
    if adj:
        b.pii("COUNTRY_OF_BIRTH", adj).t(" passport (")
    else:
        b.t("passport (")
    b.pii("PASSPORT", x.passport(p)).t(") and the I-94 printout (").pii("I94", x.i94()).t(") ")
    b.t(f"to {addr} on {x.recent()}.\n\nBest,\n").pii("PERSON", staff.first).t("\n\n")
    b.pii("PERSON", staff.name).t(
        f" | {r.choice(['Immigrant Navigator', 'Caseworker', 'Community Coordinator'])} | {name}\n"
    )
    b.t(f"{addr} | Tel. {phone} ext. {r.randint(100, 999)}\n\n")
    b.t("-----Original Message-----\nFrom: ").pii("PERSON", p.name).t(" <").pii(
        "EMAIL", client_mail
    )
    written = replied - datetime.timedelta(days=r.randint(0, 4))
    b.t(f">\nSent: {_sent(x, written)}\nTo: ").pii("PERSON", staff.name).t(
        f"\nSubject: {topic}\n\n"
    )
    lang = _lang(p, r)
    if lang == "es":
        b.t("> Buenas tardes, soy ").pii("PERSON", p.name).t(", nací el ")
        b.pii("DATE_OF_BIRTH", x.dob(p, "es")).t(" en ").pii(
            "COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))
        ).t(".\n")
        b.t("> Mi dirección es ").pii("ADDRESS", x.address()).t("\n> y mi teléfono ")
        b.pii("PHONE", x.phone(p, intl=0.3)).t(". Actualmente ")
        _status(x, b, p, "es").t(".\n")
    elif lang in ("fr", "ht"):
        b.t("> Bonjour, je m'appelle ").pii("PERSON", p.name).t(
            f", {'née' if p.female else 'né'} le "
        )
        b.pii("DATE_OF_BIRTH", x.dob(p, "fr")).t(", de nationalité ")
        b.pii("COUNTRY_OF_BIRTH", x.country(p, "nat") or x.any_country(p, ("local",))).t(".\n")
        b.t("> J'habite au ").pii("ADDRESS", x.address()).t(", tél. ").pii(
            "PHONE", x.phone(p, intl=0.3)
        )
        b.t(".\n> Je ")
        _status(x, b, p, "fr").t(" et mon avocat dit que je dois garder ces papiers.\n")
    else:
        b.t("> hello, this is ").pii("PERSON", p.name).t(". my date of birth is ")
        b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(x.EN_STYLES))).t(", I was born in ")
        b.pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t(".\n")
        b.t("> new address ").pii("ADDRESS", x.address()).t(", phone ").pii(
            "PHONE", x.phone(p, intl=0.3)
        )
        b.t(".\n> my lawyer says I ")
        b.marked("IMMIGRATION_STATUS", _person_form(x.status(p), "I"))
        b.t(", is that a problem for the appointment?\n")
    b.t("> Sent from my iPhone\n")


def _detainer_letter(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1960, 2005))
    he, his = p.pron()
    org = r.choice(LEGAL_ORGS[:4])
    lawyer = x.person()
    b.t(f"{org[0].upper()}\n{org[1]}  |  {org[2]}\n\n{x.recent('Month d, yyyy')}\n\n")
    b.t(f"By e-mail: detainers@doc.nyc.gov\n{AGENCIES['doc'][0]}, Office of the General Counsel\n")
    b.t(f"{AGENCIES['doc'][1]}\n\nRe: ").pii("PERSON", p.last_first(caps=True))
    b.t(f" - B&C # {x.book_case()}, NYSID {x.nysid()} - ICE detainer (Form I-247A)\n\n")
    b.t("Dear General Counsel:\n\nWe represent ").t(p.title() + " ").pii("PERSON", p.name).t(
        " (DOB "
    )
    b.pii("DATE_OF_BIRTH", x.dob(p, r.choice(["mm/dd/yyyy", "Month d, yyyy"]))).t(
        "), who is held at the "
    )
    b.t(_facility(x, p).split(" (")[0]).t(
        f". On {x.recent('Month d, yyyy')} ICE lodged a detainer "
    )
    b.t("(Form I-247A) supported only by Form I-203, an administrative warrant signed by an ")
    b.t("immigration officer rather than a judge. The detainer lists A-number ")
    b.pii("A_NUMBER", x.a_number()).t(f" and gives {his} country of citizenship as ")
    b.pii("COUNTRY_OF_BIRTH", fold(x.any_country(p, ("en", "local"))).upper()).t(". ")
    b.t(f"{p.title()} ").pii("PERSON", p.surname).t(" ")
    _status(x, b, p).t(
        f"; under the City's detainer laws the Department may not hold {'her' if p.female else 'him'} "
    )
    b.t("past the time of release or give ICE notice of that release.\n\n")
    rel = x.relative(p, female=not p.female, same_surname=r.random() < 0.5)
    b.t(
        f"On release {he} will live with {'his wife' if rel.female and not p.female else 'her husband' if p.female and not rel.female else 'a relative'}, "
    )
    b.pii("PERSON", rel.name).t(", at ").pii("ADDRESS", x.address()).t(" (tel. ")
    b.pii("PHONE", x.phone(rel)).t(f"). Please direct any questions to me at {org[2]}.\n\n")
    b.t("Sincerely,\n\n").pii("PERSON", lawyer.name).t("\nStaff Attorney, Immigration Practice\n")
    b.pii("EMAIL", x.staff_email(lawyer, org[3])).t("\n")


def _support_letter(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1950, 2004))
    writer = x.person(p.comm)
    org = COMMUNITY_ORGS[p.comm]
    lang = _lang(p, r)
    place = r.choice(["Brooklyn", "Queens", "Bronx", "New York"])
    if lang == "es":
        b.t(
            f"{org}\n{place}, {x.fmt_date((r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)), 'es')}\n\n"
        )
        b.t("A quien corresponda:\n\nPor medio de la presente hago constar que conozco ")
        b.t("a la señora " if p.female else "al señor ").pii("PERSON", p.name)
        nat = x.country(p, "nat")
        if nat:
            b.t(", de nacionalidad ").pii("COUNTRY_OF_BIRTH", nat)
        b.t(f", {'nacida' if p.female else 'nacido'} el ").pii("DATE_OF_BIRTH", x.dob(p, "es"))
        b.t(", con domicilio en ").pii("ADDRESS", x.address()).t(
            f", desde hace {r.randint(2, 20)} años. "
        )
        b.pii("PERSON", p.first).t(" ")
        _status(x, b, p, "es").t(" y participa cada semana en nuestro comedor comunitario. ")
        b.t("Puede comunicarse conmigo al ").pii("PHONE", x.phone(writer)).t(
            ".\n\nAtentamente,\n\n"
        )
    elif lang in ("fr", "ht"):
        b.t(
            f"{org}\n{place}, le {x.fmt_date((r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)), 'fr')}\n\n"
        )
        if lang == "ht":
            b.t("Pou moun sa konsène:\n\nMwen menm, ").pii("PERSON", writer.name).t(
                ", mwen konnen "
            )
            b.t(p.title("ht") + " ").pii("PERSON", p.name).t(" ki fèt ").pii(
                "DATE_OF_BIRTH", x.dob(p, "ht")
            )
            b.t(" ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("local",))).t(", ki rete ")
            b.pii("ADDRESS", x.address()).t(". Li ")
            _status(x, b, p, "ht").t(". Telefòn li: ").pii("PHONE", x.phone(p, intl=0.4)).t(".\n\n")
            b.t("Mèsi,\n\n")
        else:
            b.t("À qui de droit,\n\nJe soussigné(e), ").pii("PERSON", writer.name).t(
                ", atteste connaître "
            )
            b.t(p.title("fr") + " ").pii("PERSON", p.name).t(f", {'née' if p.female else 'né'} le ")
            b.pii("DATE_OF_BIRTH", x.dob(p, "fr"))
            nat = x.country(p, "nat")
            if nat:
                b.t(", de nationalité ").pii("COUNTRY_OF_BIRTH", nat)
            else:
                b.t(" en ").pii("COUNTRY_OF_BIRTH", x.any_country(p, ("local", "en")))
            b.t(", demeurant au ").pii("ADDRESS", x.address()).t(". ")
            b.t("Elle " if p.female else "Il ")
            _status(x, b, p, "fr").t(" et fréquente notre association depuis ")
            b.t(f"{r.randint(2012, 2024)}. Joignable au ").pii("PHONE", x.phone(p, intl=0.3)).t(
                ".\n\n"
            )
            b.t("Veuillez agréer mes salutations distinguées,\n\n")
    else:
        b.t(
            f"{org.upper()}\n{x.recent('Month d, yyyy')}\n\nTo the Asylum Office / To Whom It May Concern:\n\n"
        )
        b.t("I have known ").pii("PERSON", p.name).t(f" since {r.randint(2010, 2023)}, when ")
        b.t("she" if p.female else "he").t(" first came to our community dinners. ")
        b.t(f"{p.pron()[0].capitalize()} was born on ").pii("DATE_OF_BIRTH", x.dob(p)).t(" in ")
        b.pii("COUNTRY_OF_BIRTH", x.any_country(p, ("en", "local"))).t(" and now lives at ")
        b.pii("ADDRESS", x.address()).t(". I understand that ").pii("PERSON", p.first).t(" ")
        _status(x, b, p).t(". You may reach me at ").pii(
            "PHONE", x.phone(writer, ext=r.random() < 0.3)
        )
        b.t(" or ").pii("EMAIL", x.email(writer)).t(".\n\nRespectfully,\n\n")
    b.pii("PERSON", writer.name).t(f"\n{org}\n")


def _aging_letter(x: FinalFake, b: Any) -> None:
    r = x.r
    p = x.person(born=(1935, 1962))
    agency = r.choice(["aging", "moia", "nycha"])
    name, addr, phone, _ = AGENCIES[agency]
    b.t(f"{name}\n{addr}\n\n{x.recent('Month d, yyyy')}\n\n")
    b.pii("PERSON", fold(p.name).upper()).t("\n")
    b.pii("ADDRESS", x.address(caps=True, unit=True, city=True, sep="\n")).t("\n\n")
    b.t(f"Re: Case {x.docket('civ').replace('Index No. ', '')} - ")
    b.t(
        r.choice(
            [
                "home-delivered meals",
                "SCRIE application",
                "rent freeze renewal",
                "benefits screening",
            ]
        )
    )
    b.t(f"\n\nDear {p.title()} ").pii("PERSON", p.surname).t(",\n\n")
    b.t(f"We received your application on {x.recent()}. Our records show your date of birth as ")
    b.pii("DATE_OF_BIRTH", x.dob(p)).t(" and your Social Security number as ").pii("SSN", x.ssn())
    b.t(". Because you told us that you ")
    b.marked("IMMIGRATION_STATUS", _person_form(x.status(p), "you"))
    b.t(", we have attached a list of programs open to you regardless of status. ")
    b.t(f"Questions? Call {phone} (TTY 711), Monday to Friday.\n\nSincerely,\n\n")
    b.pii("PERSON", x.person().name).t("\nCase Manager\ncc: ").pii(
        "PERSON", x.relative(p, born=(1960, 1995)).name
    )
    b.t(" (caregiver)\n")


def letter_e(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FinalFake(r)
    b = B()
    r.choice([_email_thread, _detainer_letter, _support_letter, _aging_letter])(x, b)
    return [(b.text(), b.labels, "")]


# -- CSV extracts -----------------------------------------------------------------------------
# One segment per non-empty cell, the column header as prefix (as the scanner reads CSV). A cell
# is (type or None, value), or a function that writes a free-text cell into a Builder.

Cell = tuple[str | None, str] | Callable[[Any], Any] | None


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    out: Out = []
    for row in rows:
        for column, cell in zip(header, row, strict=True):
            if cell is None:
                continue
            b = B()
            if callable(cell):
                cell(b)
            else:
                type_, value = cell
                if not value:
                    continue
                if type_:
                    b.pii(type_, value)
                else:
                    b.t(value)
            out.append((b.text(), b.labels, f"{column.replace('_', ' ')}: "))
    return out


def _idnyc_export(x: FinalFake, B: Callable[[], Any]) -> Out:
    r = x.r
    header = ["APP_ID", "LAST_NM", "FIRST_NM", "DOB", "RES_ADDR", "PHONE_NO", "EMAIL_ADDR",
              "ID_DOC_TYPE", "ID_DOC_NO", "ID_DOC_CTRY", "CARD_NO", "ENROLL_DT", "SITE"]  # fmt: skip
    style = r.choice(x.SYSTEM_STYLES)
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = x.person(born=(1940, 2010))
        passport = r.random() < 0.7
        rows.append([
            (None, f"APP-{x.digits(9)}"), ("PERSON", fold(p.surname).upper()),
            ("PERSON", fold(f"{p.given} {p.middle}".strip()).upper()), ("DATE_OF_BIRTH", x.dob(p, style)),
            ("ADDRESS", x.address(caps=True, city=r.random() < 0.5)), ("PHONE", x.phone(p)),
            ("EMAIL", x.email(p) if r.random() < 0.8 else ""),
            (None, "FOREIGN PASSPORT" if passport else "FOREIGN BIRTH CERT"),
            ("PASSPORT", x.passport(p) if passport else ""),
            ("COUNTRY_OF_BIRTH", fold(x.any_country(p, ("code", "en"))).upper()),
            ("IDNYC", x.idnyc().replace(" ", "").replace("-", "")), (None, x.recent("ts")),
            (None, r.choice(["QNS CENTRAL LIB", "BX HUB 149", "BK BORO HALL", "SI ST GEORGE", "MN 125 ST"])),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _acs_export(x: FinalFake, B: Callable[[], Any]) -> Out:
    r = x.r
    header = ["case_id", "stage_id", "person_role", "person_name", "dob", "sex", "cob",
              "imm_status_cd", "ssn_itin", "phone", "address", "worker", "comments"]  # fmt: skip
    case_id, stage = x.digits(8), x.digits(9)
    mother = x.person(female=True, born=(1975, 2002))
    father = x.relative(mother, female=False, same_surname=False, born=(1965, 2000))
    home = x.address(unit=True)
    worker = x.person()
    style = r.choice(["mm/dd/yyyy", "iso", "m/d/yyyy"])
    rows: list[list[Cell]] = []
    members = [("MO", mother), ("FA", father)] + [
        ("CH", x.relative(mother, born=(2009, 2023))) for _ in range(r.randint(1, 3))
    ]
    for role, p in members:
        adult = role != "CH"
        has_ssn = r.random() < 0.4
        ident = ("SSN", x.ssn()) if has_ssn else ("ITIN", x.itin())

        def comment(b: Any, p: Person = p, adult: bool = adult) -> Any:
            if not adult:
                return b.t(f"attends P.S. {r.randint(10, 330)}; seen at home visit {x.recent()}")
            kind = r.random()
            if kind < 0.4:
                b.t(f"{'MO' if p.female else 'FA'} reports ")
                return _status(x, b, p).t(" (self-report)")
            if kind < 0.7:
                return (
                    b.t("A# on ICE notice ")
                    .pii("A_NUMBER", x.a_number())
                    .t("; hearing 26 Fed Plaza")
                )
            return b.t(f"interpreter needed - {p.language}; FTC {x.recent()}")

        rows.append([
            (None, case_id), (None, stage), (None, role),
            ("PERSON", p.name if r.random() < 0.6 else p.last_first()),
            ("DATE_OF_BIRTH", x.dob(p, style)), (None, "F" if p.female else "M"),
            ("COUNTRY_OF_BIRTH", x.any_country(p, ("code", "en"))) if adult else None,
            ("IMMIGRATION_STATUS", x.code(r.choice(["ead", "system"]))) if adult and r.random() < 0.7 else None,
            ident if adult else None,
            ("PHONE", x.phone(p, intl=0.2)) if adult else None,
            ("ADDRESS", home) if role != "FA" else ("ADDRESS", x.address()),
            ("PERSON", worker.name), comment,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _doc_export(x: FinalFake, B: Callable[[], Any]) -> Out:
    r = x.r
    header = ["BOOK_CASE", "NYSID", "INMATE_NAME", "DOB", "POB", "A_NO", "DETAINER_FORM",
              "LODGED_TS", "FACILITY", "PASSPORT_NO", "RELEASE_ADDR", "NOTES"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = x.person(born=(1960, 2006))

        def note(b: Any, p: Person = p) -> Any:
            kind = r.random()
            if kind < 0.45:
                b.t("SUBJECT STATES ")
                return _status(x, b, p, case="upper")
            if kind < 0.7:
                return b.t("NOT HONORED - NO JUDICIAL WARRANT (I-203 ONLY)")
            return (
                b.t("NOTICE TO COUNSEL ")
                .pii("PERSON", fold(x.person().name).upper())
                .t(f" {x.recent('mm/dd/yyyy')}")
            )

        rows.append([
            (None, x.book_case()), (None, x.nysid()), ("PERSON", p.last_first(caps=True)),
            ("DATE_OF_BIRTH", x.dob(p, r.choice(["mm/dd/yyyy", "dd-MON-yyyy", "compact"]))),
            ("COUNTRY_OF_BIRTH", fold(x.any_country(p, ("code", "en", "local"))).upper()),
            ("A_NUMBER", x.a_number(r.choice(["A{}", "{}", "A{}-{}-{}"]))),
            (None, r.choice(["I-247A", "I-247A + I-203", "I-247D", "I-247A/I-200"])),
            (None, f"{x.recent('iso')} {x.clock()}:{r.randint(0, 59):02d}"),
            (None, r.choice(["RMSC", "GRVC", "OBCC", "RNDC", "EMTC", "VCBC"])),
            ("PASSPORT", x.passport(p)) if r.random() < 0.5 else None,
            ("ADDRESS", x.address(caps=True)), note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _legal_export(x: FinalFake, B: Callable[[], Any]) -> Out:
    r = x.r
    header = ["Cliente", "Apodo", "Fecha Nac.", "País", "Estatus", "Tel/WhatsApp", "Correo",
              "Dirección", "Recibo USCIS", "I-94", "A#", "Notas"]  # fmt: skip
    staff = x.person()
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = x.person(
            r.choice(["andes", "andes", "hispaniola", "kreyol", "west_africa"]), born=(1950, 2008)
        )
        lang = "fr" if p.comm in FRENCH and r.random() < 0.5 else "es"

        def note(b: Any, p: Person = p) -> Any:
            kind = r.random()
            if kind < 0.4:
                return b.t(f"cita {x.recent('dd/mm/yyyy')} con ").pii("PERSON", staff.first)
            if kind < 0.7:
                return b.t("SSN ").pii("SSN", x.ssn()).t(" (permiso de trabajo)")
            return b.t("esposo/a: ").pii(
                "PERSON", x.relative(p, female=not p.female, same_surname=False).name
            )

        rows.append([
            ("PERSON", p.name), ("PERSON", p.nick) if p.nick else None,
            ("DATE_OF_BIRTH", x.dob(p, r.choice(["dd/mm/yyyy", "es", "mm/dd/yyyy", "dd.mm.yyyy"]))),
            ("COUNTRY_OF_BIRTH", x.any_country(p, ("nat", "local", "en"))),
            ("IMMIGRATION_STATUS", x.status_term(p, lang) if r.random() < 0.7 else x.code("ead")),
            ("PHONE", x.phone(p, intl=0.5)), ("EMAIL", x.email(p)) if r.random() < 0.7 else None,
            ("ADDRESS", x.address()), ("USCIS_RECEIPT", x.receipt()) if r.random() < 0.8 else None,
            ("I94", x.i94()) if r.random() < 0.6 else None, ("A_NUMBER", x.a_number()), note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _aging_export(x: FinalFake, B: Callable[[], Any]) -> Out:
    r = x.r
    header = ["client_id", "name", "age", "birth_date", "nationality", "ssn", "itin",
              "ead_category", "uscis_receipt", "i94_no", "idnyc_no", "email", "phone", "caseworker"]  # fmt: skip
    worker = x.person()
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = x.person(born=(1935, 1965))
        has_ssn = r.random() < 0.5
        rows.append([
            (None, f"AC-{x.digits(7)}"), ("PERSON", p.name), (None, str(_age(p))),
            ("DATE_OF_BIRTH", x.dob(p, r.choice(x.SYSTEM_STYLES))),
            ("COUNTRY_OF_BIRTH", x.any_country(p, ("adj", "en", "nat"))),
            ("SSN", x.ssn()) if has_ssn else None, None if has_ssn else ("ITIN", x.itin()),
            ("IMMIGRATION_STATUS", x.code("ead")) if r.random() < 0.6 else None,
            ("USCIS_RECEIPT", x.receipt()) if r.random() < 0.5 else None,
            ("I94", x.i94()) if r.random() < 0.5 else None,
            ("IDNYC", x.idnyc()) if r.random() < 0.6 else None,
            ("EMAIL", x.email(p)) if r.random() < 0.4 else None,
            ("PHONE", x.phone(p, ext=r.random() < 0.15)),
            ("PERSON", worker.last_first()),
        ])  # fmt: skip
    return _cells(B, header, rows)


def csv_extract_e(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FinalFake(r)
    return r.choice([_idnyc_export, _acs_export, _doc_export, _legal_export, _aging_export])(x, B)


FINAL_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_e": case_note_e,
    "intake_form_e": intake_form_e,
    "letter_e": letter_e,
    "csv_extract_e": csv_extract_e,
}
