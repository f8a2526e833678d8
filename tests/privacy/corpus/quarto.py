"""The quarto split ("*_q" templates): the fifteenth blind split, written on 2026-12-03.

Written blind. Read while writing it: tests/privacy/corpus/__init__.py (Builder, Segment, Label,
generate), the imports block, the `_csv` helper and the `TEMPLATES` registry of templates.py,
tests/privacy/test_eval_corpus.py and part of /work/shared/domain.md. Not read: the scanner, its
recognizers and their data, the benchmarks, the docs, and the older held-out templates and pools
(fake.py, holdout.py, final.py, unseen.py, sealed.py, vault.py, ledger.py, archive.py,
cabinet.py, dossier.py, folio.py, quire.py, tome.py, parchment.py), which were only imported by a
script that reported whether a candidate name or street of this module clashed with them. The
module is self-contained: its own pools and generators, standard library only.

Pools. `QUARTO_COMMUNITIES` holds given names, surnames, nicknames and rare names of 27 New York
communities (Dominican, Mexican and Nahua, Ecuadorian and Kichwa, Puerto Rican, Haitian,
Jamaican and Vincentian, Indo-Guyanese, Fujianese and Toisanese, Bangladeshi, Pakistani,
Punjabi, Nepali, Sherpa and Tibetan, Korean, Filipino, Ukrainian and Russian, Uzbek, Kyrgyz and
Bukharian, Senegalese, Malian and Gambian, Nigerian, Ghanaian and Togolese, Yemeni and Egyptian,
Venezuelan and Colombian, Guatemalan Maya and Honduran, Polish and Albanian, Hasidic, Vietnamese
and Burmese, Afghan, Brazilian, Ethiopian and Eritrean); about 0.29 of the names are in the rare
lists. `QUARTO_STREETS` holds 124 streets, most of them short or out-of-the-way ones, with
neighbourhood, borough, ZIP code and, in Queens, the cross-street part of a hyphenated house
number ("12-40 Beach 9th St"). Both are checked by test_eval_corpus.py to share no name, name
word or street with an older pool. Countries, nationalities, ISO codes and status terms are
closed vocabularies written as real files write them (English, Spanish, French, Haitian Creole,
Chinese, Urdu, code columns) and may repeat older ones.

Labelled: every resident, relative and staff member named (PERSON, also first and last name in
separate fields or columns, nicknames, "Ms. <surname>" without the title); A-numbers ("A" and 8
or 9 digits, with or without separators, or bare digits after an A-number cue); SSNs; ITINs;
passport numbers in their countries' shapes; residents' own phone numbers; residents' and staff
members' own e-mail addresses; dates of birth in many formats ("4/23/89", "23 avril 2004",
"2002年8月26日", "09-MAR-1988"); residents' street addresses, with city and ZIP when on the same
line; IDNYC card numbers (written here as nine digits, sometimes grouped; the real format is
unverified); USCIS receipt numbers (IOE, EAC, WAC, LIN, SRC, MSC, NBC, YSC and ten digits, now
and then spaced); I-94 numbers (eleven characters); immigration status words that describe a
resident, in any of the languages above, and status codes in export columns ("ASYLUM PEND",
"UNDOC"); the country, nationality or ISO code a resident was born in or comes from.

Left unlabelled on purpose, as distractors: book-and-case numbers, NYSIDs, dockets, case, claim,
application, lottery-log, account, Medicaid CIN and facility numbers; appointment, release,
hearing, filing, crime and entry dates; ages, money and incomes; agency, hospital, association
and organisation names (several named after people: Lincoln, Woodhull, Jacobi); public agency
addresses (18-18 Hazen Street, 26 Federal Plaza, P.O. boxes with ZIP+4 codes), main and helpline
numbers, office lines and shared mailboxes (intake@...); the city, state and ZIP line under a
labelled street line; an apartment number or ZIP code in a column of its own; masked or absent
values ("applied for", "none", "UNK", "-"); form numbers, languages, Penal Law sections;
countries that are nobody's origin (where relatives wait abroad).

Institutions and layouts (all new to the corpus):
- case notes: Correctional Health Services reentry discharge-planning notes from the jails; a
  public defender's immigration-consequences (Padilla) consult; B-HEARD mobile-crisis run notes
  with a timestamp per line; a court-based victim advocate's note on a crime-victim compensation
  claim; ACS child-care voucher eligibility notes listing children; HRA Job Center One Shot Deal
  rent-arrears interviews; a pro se asylum (I-589) workshop's bullet notes with wrapped lines.
- intake forms: a HEAP application with a Markdown-style household table; a Housing Connect
  lottery household-member page with dotted leaders and first and last names apart; an
  EarlyLearn / Head Start enrollment form in English or Spanish; a Rent Freeze (SCRIE)
  application with tick boxes for proof of age; a community health worker sign-up with Haitian
  Creole labels; a Coney Island Avenue intake with Urdu and English labels; a victim
  compensation claim flattened from a PDF, each value above its label, with OCR misreads in the
  labels.
- letters: IDNYC renewal reminders; Privacy Act releases for a congressional district office;
  physicians' N-648 cover letters; legal-services closing letters after an asylum grant;
  Chinese hometown associations' bilingual membership certifications; medical certifications
  against a gas shut-off; resettlement agencies' Affidavit of Relationship cover letters;
  Haitian Creole letters about a TPS re-registration appointment.
- CSV extracts (one segment per cell, the column header as context, cryptic as real exports):
  a jail reentry roster (PT_NM, COB_CD, IMM_STAT, A_NO, POST_REL_ADDR), a housing-lottery
  household export (ssn_itin, birth_country), a tenant association's heat petition typed up, a
  congressional casework tracker, a pro se asylum workshop sign-up with Spanish and English
  headers, a Head Start waitlist, and a HEAP batch export (HOH_LNAME, HOH_SSN, IDNYC_NO, IMM_CD).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """`text` with its accents removed (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- name pools ----------------------------------------------------------------------------------
# Written for this split; checked by code to share no name or name word with any older pool.

QUARTO_COMMUNITIES: dict[str, dict[str, list[str]]] = {
    "dominican": {
        "given_f": ["Nairobi", "Yanelkys", "Francheska", "Scarlin", "Mildania", "Dahiana",
                    "Yamilex", "Aleyda", "Glenny", "Odalis", "Yanibel", "Luisanna", "Claribel",
                    "Anny", "Yesica"],
        "given_m": ["Yeudy", "Robelin", "Erasmo", "Leocadio", "Reimundo", "Edickson", "Aneudy",
                    "Argenis", "Cristino"],
        "surnames": ["Beltré", "Familia", "Ulloa", "Medrano", "Céspedes", "Capellán", "Corporán",
                     "Checo", "Quezada", "Pujols", "Arache", "Mañón", "Rijo"],
        "nicknames_f": ["Cuqui", "Yuyi", "Tata"],
        "nicknames_m": ["Kiko", "Fello", "Chiquito", "Papito", "Wachi"],
        "rare_given_f": ["Yeribeth", "Nalfy", "Deyanira", "Anyeli", "Yocasta", "Crucita",
                         "Orquídea", "Cristobalina", "Nicauris", "Yovanka", "Ysaura"],
        "rare_given_m": ["Yermin", "Yorky", "Eudy", "Wendel", "Raudy", "Yancarlos", "Onasis",
                         "Engels"],
        "rare_surnames": ["Zorrilla", "Pión", "Sención", "Amézquita", "Suriel", "Cuello", "Guaba",
                          "Zapete", "Sarante"],
    },
    "mexican": {
        "given_f": ["Amairani", "Juventina", "Evodia", "Natividad", "Marbella", "Agripina",
                    "Crispina"],
        "given_m": ["Ulises", "Eleazar", "Margarito", "Filemón", "Higinio", "Obed", "Jovany",
                    "Yahir", "Toribio", "Anastacio", "Bartolo"],
        "surnames": ["Trejo", "Arreola", "Galeana", "Meneses", "Cuaya", "Pacheco"],
        "nicknames_f": ["Lupe", "Cuca", "Meche", "Tere"],
        "nicknames_m": ["Pancho", "Nacho", "Beto", "Lalo", "Chucho"],
        "rare_given_f": ["Ixtli", "Yaretzi", "Xunaxi", "Citlalmina", "Tlanextli", "Metztli",
                         "Sotera", "Zyanya", "Itzayana"],
        "rare_given_m": ["Ehecatl", "Cuitláhuac", "Xicoténcatl", "Itzamna", "Crisóforo", "Rutilo",
                         "Pánfilo", "Tonatiuh"],
        "rare_surnames": ["Cuaxiloa", "Teutli", "Xolocotzi", "Mixcoatl", "Ixtepan", "Coatl",
                          "Cuatepotzo", "Tlilayatzi", "Ocotoxtle", "Zacapala", "Tehuitzil",
                          "Tecuanhuey", "Ahuactzin", "Totolhua", "Tecpa", "Quechol"],
    },
    "ecuadorian": {
        "given_f": ["Lastenia", "Jomaira", "Janina", "Mirian", "Edita", "Rosalía", "Jadira",
                    "Anabel", "Dayanna", "Mishel", "Gardenia", "Luzmila", "Zaida", "Enma"],
        "given_m": ["Fabricio", "Lenin", "Abdón", "Lizardo", "Estuardo", "Wladimir", "Vicente"],
        "surnames": ["Duchi", "Andrango", "Caiza", "Pesántez", "Illescas", "Zumba", "Tamay",
                     "Urgilés", "Vele", "Chacha"],
        "nicknames_f": ["Rosita"],
        "nicknames_m": ["Pepe"],
        "rare_given_f": ["Shuyana", "Exilda", "Targelia"],
        "rare_given_m": ["Yachak"],
        "rare_surnames": ["Zhindón", "Guachichullca", "Lliguicota", "Saquisilí", "Zhañay",
                          "Quishpi", "Llivisaca", "Tiupul", "Aucapiña", "Vizhñay", "Guamushig",
                          "Sigcho", "Pinguil", "Cuji", "Tenemaza", "Guaraca", "Tenecota", "Chuya"],
    },
    "puerto_rican": {
        "given_f": ["Migdalia", "Zoraida", "Awilda", "Brunilda", "Glorimar", "Zuleika", "Nereida",
                    "Aixa", "Lizmarie", "Betzaida", "Mariluz", "Damaris", "Myrna", "Wilmarie",
                    "Yolimar"],
        "given_m": ["Eliezer", "Carmelo", "Ismael", "Reinaldo", "Radamés"],
        "surnames": ["Cintrón", "Irizarry", "Olmeda", "Negrón", "Pagán", "Cotto", "Marrero",
                     "Laboy", "Lebrón", "Oquendo", "Quiles", "Carrasquillo", "Alicea", "Berríos",
                     "Rolón", "Ocasio", "Nazario", "Caraballo", "Quiñones", "Figueroa"],
        "nicknames_f": ["Millie"],
        "nicknames_m": ["Chago", "Millo", "Junito", "Pito"],
        "rare_given_f": ["Nilsa", "Carmín", "Edmarie", "Sonimar", "Jezebel"],
        "rare_given_m": ["Gadiel", "Yadiel"],
        "rare_surnames": ["Soberal", "Vizcarrondo", "Santini", "Ruberté", "Echevarría", "Montañez",
                          "Febus", "Maysonet"],
    },
    "haitian": {
        "given_f": ["Widelene", "Rachelle", "Mimose", "Judeline", "Kettly", "Medgine", "Magdala",
                    "Gerda", "Lourdie", "Rosemita", "Jislène"],
        "given_m": ["Widler", "Kenson", "Ketler", "Wilkens", "Jackenson", "Stevenson", "Lyonel"],
        "surnames": ["Florestal", "Gédéon", "Lamothe", "Romulus", "Nazaire", "Jeanty", "Louidor",
                     "Milfort", "Gelin", "Telfort"],
        "nicknames_f": ["Babou", "Ketty", "Lolo"],
        "nicknames_m": ["Zizi", "Tiboy"],
        "rare_given_f": ["Mirtha", "Elmide", "Phanie", "Saintanise"],
        "rare_given_m": ["Dieufort", "Vilsen", "Ovil", "Elysée", "Dieuvens", "Fenol", "Oxner",
                         "Ernso"],
        "rare_surnames": ["Vertilus", "Anilus", "Beauplan", "Desamour", "Joissaint", "Prophète"],
    },
    "anglo_caribbean": {
        "given_f": ["Kerian", "Tamoya", "Sasheen", "Yanique", "Kimone", "Tanesha", "Jovelle",
                    "Hyacinth", "Icilda", "Pansy", "Claudine", "Shevon", "Trudy-Ann"],
        "given_m": ["Omari", "Tajay", "Lascelles", "Shamar", "Kavon", "Romario", "Alrick", "Tevin",
                    "Cleon"],
        "surnames": ["Wilmot", "Spence", "Tulloch", "Walcott", "Boothe", "Facey", "Pinnock",
                     "Haughton", "Dacres", "Wedderburn", "Mattis", "Pryce", "Ricketts", "Rhoden",
                     "Daley", "Binns"],
        "nicknames_f": ["Shelly", "Peaches", "Sweetie"],
        "nicknames_m": ["Shorty", "Ras", "Dreddy"],
        "rare_given_f": ["Tavia", "Shauntel", "Odelia"],
        "rare_given_m": ["Oral", "Lenworth", "Audley", "Glenroy", "Hopeton"],
        "rare_surnames": ["Chin-Quee", "Stennett", "Bembridge", "Tapper", "Clarke-Wynter",
                          "Bisasor", "Mighty", "McLymont", "Goulbourne", "Gallimore", "Bogle"],
    },
    "indo_caribbean": {
        "given_f": ["Shalini", "Ramdai", "Drupatie", "Sabita", "Rajwantie", "Seeta", "Mohanie"],
        "given_m": ["Rajendra", "Hardat", "Mahendra", "Bisram", "Tulsiram", "Paltoo"],
        "surnames": ["Mangal", "Dookhan", "Jaigobin", "Sukhai", "Gopaul", "Seenarine"],
        "nicknames_f": ["Baby", "Sunny"],
        "nicknames_m": ["Boyo", "Bunty"],
        "rare_given_f": ["Dhanwantie", "Kalawattie", "Chandramattie", "Bhagwantie"],
        "rare_given_m": ["Ganga", "Sukhram"],
        "rare_surnames": ["Ramphal", "Lutchman", "Dowlat", "Ragoonanan", "Khublall"],
    },
    "chinese": {
        "given_f": ["Cuifen", "Xiaoyan", "Shufen", "Guizhen", "Huiqin", "Aiping", "Ruixue",
                    "Yumei", "Wanru", "Zhiqing", "Shuqin", "Yuzhen"],
        "given_m": ["Dexiang", "Haibo", "Changming", "Zhaohui", "Shengli", "Mingde", "Kaiwen",
                    "Rongsheng", "Tianyou", "Yaozu", "Baoguo", "Jinshui"],
        "surnames": ["Lei", "Ngai", "Poon", "Lui", "Tao", "Wan", "Xiang", "Qin", "Meng", "Miao",
                     "Geng", "Jia", "Xia", "Fei", "Chu", "Hou", "Chau", "Kwong", "Louie", "Quan",
                     "Eng", "Moy", "Yuen", "Lum"],
        "nicknames_f": ["Xiaoxiao", "Lele", "Beibei", "Nannan", "Tingting", "Jiajia", "Kitty"],
        "nicknames_m": ["Dongdong", "Haohao", "Xiaobao"],
        "rare_given_f": ["Qiuju", "Yinxiu", "Lianhua", "Sanmei"],
        "rare_given_m": ["Shuisheng", "Genfa", "Laifu", "Yijun", "Tuanjie"],
        "rare_surnames": ["Gongsun", "Huangfu", "Soohoo", "Seid", "Dea", "Jow", "Der", "Yick",
                          "Hom", "Bian", "Sheng", "Toy", "Gee"],
    },
    "bangladeshi": {
        "given_f": ["Lipi", "Mitu", "Morjina", "Rowshan", "Kulsum", "Nasima", "Amena", "Ishrat",
                    "Tasnim", "Nishat", "Afsana", "Bilkis", "Sufia"],
        "given_m": ["Obaidul", "Golam", "Khairul", "Badrul", "Shahadat", "Dulal", "Liton", "Manik",
                    "Razzak", "Yeasin", "Billal", "Sabbir", "Towhid", "Mamun", "Shakil", "Rubel",
                    "Shohag", "Ripon", "Ahsan"],
        "surnames": ["Fakir", "Mojumder", "Podder", "Sutradhar", "Kundu", "Talukdar", "Haider"],
        "nicknames_f": ["Tuli", "Shimu"],
        "nicknames_m": ["Mithu", "Tutul"],
        "rare_given_f": ["Rahima", "Anowara", "Jobeda", "Hosneara"],
        "rare_given_m": ["Ruhul", "Mosharraf", "Tofazzal", "Asaduzzaman"],
        "rare_surnames": ["Chakladar", "Paik", "Khalifa", "Tarafder", "Mollik", "Dhali", "Tripura",
                          "Marma"],
    },
    "pakistani": {
        "given_f": ["Sadia", "Hina", "Nazia", "Amna", "Tahira", "Samina", "Zunaira", "Mahnoor",
                    "Sumaira", "Tehmina"],
        "given_m": ["Usman", "Arslan", "Rizwan", "Khurram", "Tanveer", "Mudassar", "Ehtisham",
                    "Qaiser", "Azhar", "Fawad"],
        "surnames": ["Janjua", "Mughal", "Abbasi", "Hashmi", "Paracha", "Afridi", "Yousafzai",
                     "Memon", "Soomro"],
        "nicknames_f": ["Sweety"],
        "nicknames_m": ["Guddu", "Bobby"],
        "rare_given_f": ["Gulnaz", "Naseem", "Zubaida"],
        "rare_given_m": ["Ghulam", "Manzoor", "Ijaz", "Mushtaq", "Ishtiaq"],
        "rare_surnames": ["Kiani", "Minhas", "Dogar", "Jatoi", "Lodhi", "Kharal", "Sipra",
                          "Wattoo"],
    },
    "punjabi": {
        "given_f": ["Simranjeet", "Amandeep", "Paramjit", "Baljit", "Harjeet", "Ravneet"],
        "given_m": ["Gurmeet", "Jagdeep", "Tejinder", "Lakhwinder", "Daljit", "Inderjit",
                    "Jasvir"],
        "surnames": ["Kahlon", "Pannu", "Sahota", "Purewal", "Uppal"],
        "nicknames_f": ["Rinku", "Nikki"],
        "nicknames_m": ["Sonu", "Monu", "Goldy"],
        "rare_given_f": ["Jaspal", "Kirandeep", "Sukhjit"],
        "rare_given_m": ["Kulbir", "Malkit", "Sarabjit"],
        "rare_surnames": ["Ghotra", "Bal", "Khosa"],
    },
    "himalayan": {
        "given_f": ["Parbati", "Rojina", "Samjhana", "Srijana", "Youdon", "Bipana", "Kabita",
                    "Ambika", "Muna", "Januka"],
        "given_m": ["Tenzing", "Gyalbu", "Nuru", "Bishal", "Sudip", "Kunchok", "Keshav", "Laxman",
                    "Rabindra", "Yubraj", "Khem", "Netra"],
        "surnames": ["Regmi", "Khatri", "Neupane", "Upreti", "Chhetri", "Parajuli", "Kafle",
                     "Aryal", "Bhusal", "Devkota", "Dhungana", "Khanal", "Lamsal"],
        "nicknames_f": ["Saili"],
        "nicknames_m": ["Maila", "Saila", "Kaila"],
        "rare_given_f": ["Phuti", "Nimdoma"],
        "rare_given_m": ["Dil"],
        "rare_surnames": ["Chepang", "Dhimal", "Humagain", "Rokaya", "Chodak", "Dhargyal",
                          "Phuyal", "Luitel", "Sitaula", "Timilsina", "Baniya", "Thakuri",
                          "Gyawali"],
    },
    "korean": {
        "given_f": ["Minji", "Youngmi", "Jiwon", "Jungeun", "Misook", "Kyunghee", "Yunhee",
                    "Hyesook", "Jeongsook", "Myungja", "Insook", "Jinhee", "Eunkyung", "Hyewon"],
        "given_m": ["Jaehoon", "Kwangho", "Minsoo", "Seungho", "Taewoo", "Jinsoo", "Dohyun",
                    "Sangchul", "Youngho", "Jongsu", "Kwangsoo", "Chulsoo", "Yongjin", "Wonjun"],
        "surnames": ["Sim", "Gil", "Myung", "Yook", "Ju"],
        "nicknames_f": ["Annie", "Julie", "Esther", "Hannah"],
        "nicknames_m": ["Eddie", "Tommy", "Steve"],
        "rare_given_f": ["Boksun", "Geumja", "Malsun", "Okja", "Bokja", "Soonja", "Hwaja"],
        "rare_given_m": ["Deoksu", "Manbok", "Gapsu"],
        "rare_surnames": ["Dokgo", "Seonu", "Hwangbo"],
    },
    "filipino": {
        "given_f": ["Rizalina", "Cherrylyn", "Jenalyn", "Mariflor", "Arlyn", "Honeylyn", "Juvy",
                    "Lorelie", "Precy", "Rubylyn", "Shiela", "Maryjane", "Gemalyn"],
        "given_m": ["Aldrin", "Jayson", "Pacifico", "Florencio", "Rodolfo", "Jeffrey", "Cornelio"],
        "surnames": ["Salonga", "Lapuz", "Malabanan", "Maglaya", "Bantug", "Lagman", "Catapang",
                     "Maranan", "Umali", "Quizon", "Labrador", "Tanglao", "Sicat", "Guevarra",
                     "Tumang", "Carandang"],
        "nicknames_f": ["Ging", "Tintin"],
        "nicknames_m": ["Bongbong", "Ramram", "Pempe"],
        "rare_given_f": ["Perpetua", "Filipinas", "Concordia"],
        "rare_given_m": ["Ildefonso", "Restituto", "Teodulo"],
        "rare_surnames": ["Dimalanta", "Dimatulac", "Abrenica", "Lumbao", "Balagtas", "Lagasca",
                          "Ylagan"],
    },
    "east_slavic": {
        "given_f": ["Olesya", "Ksenia", "Zinaida", "Larisa", "Nadezhda", "Raisa", "Snezhana",
                    "Yaroslava", "Bohdana", "Solomiya", "Zlata"],
        "given_m": ["Yaroslav", "Maksym", "Rostyslav", "Gennady", "Arkady", "Vyacheslav"],
        "surnames": ["Klymenko", "Zinchenko", "Oliynyk", "Ivanchuk", "Yatsenko", "Vorobyov",
                     "Sorokin", "Gusev", "Titov", "Babenko", "Pylypenko", "Yurchenko"],
        "nicknames_f": ["Nadya"],
        "nicknames_m": ["Dima", "Tolya", "Slavik"],
        "rare_given_f": ["Yevdokiya", "Motrya", "Oleksiya"],
        "rare_given_m": ["Panteleimon", "Yefim"],
        "rare_surnames": ["Prykhodko", "Shumeiko", "Hordiienko", "Didenko", "Tymoshchuk"],
    },
    "central_asian": {
        "given_f": ["Saodat", "Gulnoza", "Zilola", "Dilafruz", "Zebo", "Rano", "Shahlo", "Mavluda",
                    "Gulshan", "Dinara"],
        "given_m": ["Jahongir", "Erlan", "Islombek", "Abdurashid", "Javlon", "Oybek", "Doniyor",
                    "Sukhrob", "Khusan", "Abror"],
        "surnames": ["Khakimov", "Rasulov", "Mamatov", "Azimov", "Razzakov", "Rahmonov", "Valiev",
                     "Ospanov", "Suleimenov", "Dzhaparov", "Pinhasov", "Kataev", "Rubinov"],
        "nicknames_f": ["Dila", "Nila"],
        "nicknames_m": ["Jaha", "Shuha"],
        "rare_given_f": ["Oygul", "Hilola"],
        "rare_given_m": ["Ilhom"],
        "rare_surnames": ["Kurbanov", "Toshmatov", "Eshonkulov", "Niyozov", "Ilizarov", "Avezov",
                          "Mamadaliev", "Zhumabekov", "Bekturov", "Tashpulatov", "Abdurakhmanov",
                          "Fayzullaev"],
    },
    "west_african": {
        "given_f": ["Dieyna", "Ngoné", "Marème", "Fatim", "Aminatou", "Sira", "Isatou", "Haddy",
                    "Jainaba", "Kaddy", "Oumie", "Satang"],
        "given_m": ["Lassana", "Siaka", "Issiaka", "Ousseynou", "Pathé", "Insa", "Karamo",
                    "Brehima", "Mahamadou", "Kalifa", "Sambou", "Ebrima", "Momodou", "Alieu",
                    "Sulayman", "Saikou", "Kebba", "Ismaila"],
        "surnames": ["Njie", "Sanneh", "Bojang", "Darboe", "Manneh", "Sène", "Ndao", "Diatta",
                     "Sagna", "Tamba", "Sacko", "Kébé", "Jobe", "Jagne", "Colley", "Saho", "Sowe",
                     "Jawara", "Sonko"],
        "nicknames_f": ["Adja"],
        "nicknames_m": ["Ablaye", "Zale"],
        "rare_given_f": ["Niakalé", "Mahawa"],
        "rare_given_m": ["Tiémoko", "Zoumana", "Bubacarr"],
        "rare_surnames": ["Diakhaté", "Samaké", "Soumaoro", "Tandjigora", "Danfakha", "Krubally",
                          "Dansokho", "Goudiaby", "Kinteh", "Jarju"],
    },
    "nigerian_ghanaian": {
        "given_f": ["Ogechi", "Nkechi", "Amarachi", "Adaobi", "Onyinye", "Ibukun", "Modupe",
                    "Damilola", "Feyisayo", "Eniola", "Ewurabena", "Araba", "Nhyira", "Sedinam",
                    "Makafui", "Kekeli"],
        "given_m": ["Chibuike", "Chinonso", "Oluwatobi", "Ayodeji", "Kehinde", "Senyo", "Mawuli",
                    "Edem", "Kafui", "Elikem", "Selorm"],
        "surnames": ["Chukwu", "Kyei", "Obiora", "Onuoha", "Ugwu", "Iwu", "Nwafor", "Okorie",
                     "Ogbonna", "Ezeani", "Uzoma", "Oyebanji", "Oladipo", "Fashola", "Ampofo",
                     "Bonsu", "Nkansah", "Quaye", "Lamptey", "Quartey", "Ankrah", "Tagoe"],
        "nicknames_f": ["Ngo", "Emy", "Tope"],
        "nicknames_m": ["Bayo"],
        "rare_given_f": ["Ayomide"],
        "rare_given_m": ["Ekene", "Tochukwu", "Somtochukwu", "Kpakpo"],
        "rare_surnames": ["Ezeh", "Onyekachi", "Adebisi", "Asamoah", "Agbodeka", "Dogbe",
                          "Kumordzi", "Gbedemah", "Oyedepo", "Ekwueme", "Chikezie", "Nortey"],
    },
    "arab": {
        "given_f": ["Shaimaa", "Mervat", "Ashwaq", "Entisar", "Ilham", "Kholoud", "Lamees",
                    "Nabila", "Wedad"],
        "given_m": ["Fadl", "Galal", "Magdy", "Hazem", "Emad"],
        "surnames": ["Alshami", "Alkhalidi", "Shehata", "Hegazy", "Eldeeb", "Abdelmalek", "Girgis",
                     "Tadros", "Wassef", "Guirguis", "Naguib", "Fahmy"],
        "nicknames_f": ["Nono"],
        "nicknames_m": ["Fofo"],
        "rare_given_f": ["Ibtihal"],
        "rare_given_m": ["Abdulghani"],
        "rare_surnames": ["Almuflahi", "Alzokari", "Obadi"],
    },
    "venezuelan_colombian": {
        "given_f": ["Yurany", "Marielys", "Yhoana", "Yulimar", "Mariannys", "Rosmary", "Liseth",
                    "Francys", "Yusleidy"],
        "given_m": ["Deivis", "Yonathan", "Alirio", "Orangel", "Keiner", "Duvan", "Stiven"],
        "surnames": ["Materano", "Chacón", "Marcano", "Albarrán", "Restrepo", "Ospina", "Giraldo",
                     "Londoño", "Zuluaga", "Betancur", "Henao", "Agudelo", "Bedoya"],
        "nicknames_f": ["Gaby"],
        "nicknames_m": ["Yoyo", "Mono"],
        "rare_given_f": ["Yasmely", "Dariannys", "Yenireth", "Daniuska"],
        "rare_given_m": ["Yoxander", "Wuilfredo"],
        "rare_surnames": ["Mujica", "Tovar", "Ledezma", "Sulbarán", "Marulanda"],
    },
    "central_american": {
        "given_f": ["Yolany", "Iveth", "Keyla", "Merlin", "Yakelin", "Zulma", "Leydi", "Heydi"],
        "given_m": ["Maynor", "Dimas", "Osmar", "Lester", "Cándido", "Eduin", "Eliseo", "Abelino"],
        "surnames": ["Ajú", "Tum", "Yax", "Maradiaga", "Banegas"],
        "nicknames_f": ["Chepita", "Lesbi"],
        "nicknames_m": ["Chele"],
        "rare_given_f": ["Ixmukane", "Saqil"],
        "rare_given_m": ["Ovidio", "Kawoq"],
        "rare_surnames": ["Caal", "Choc", "Xol", "Tiul", "Chub", "Chocoj", "Sicajá", "Cojtín",
                          "Tojín", "Puac"],
    },
    "balkan_polish": {
        "given_f": ["Wioletta", "Shqipe", "Entela", "Sylwia", "Edyta", "Albulena", "Qendresa",
                    "Donika", "Ardita"],
        "given_m": ["Jarosław", "Agim", "Klodian", "Leutrim", "Janusz", "Kazimierz", "Wiesław",
                    "Naim", "Sokol", "Bekim"],
        "surnames": ["Pawłowski", "Olszewski", "Sadowski", "Chmielewski", "Włodarczyk",
                     "Szczepański", "Kaźmierczak", "Ziółkowski", "Przybylski", "Lleshi", "Gojcaj"],
        "nicknames_f": ["Basia"],
        "nicknames_m": ["Jurek", "Kuba", "Bartek"],
        "rare_given_f": ["Lumturie", "Drane"],
        "rare_given_m": ["Prenk", "Zdzisław", "Bogusław"],
        "rare_surnames": ["Gjeloshaj", "Vuljaj", "Przybyłowicz"],
    },
    "orthodox_jewish": {
        "given_f": ["Rivky", "Esty", "Faigy", "Malky", "Perel", "Brocha", "Henny"],
        "given_m": ["Yitzchok", "Avrohom", "Menachem", "Shloime", "Zalmen", "Naftali", "Sender"],
        "surnames": ["Lefkowitz", "Spitzer", "Strulovitch", "Zupnick", "Jacobowitz", "Lowy",
                     "Perlstein", "Schnitzer", "Tessler", "Unger", "Wieder"],
        "nicknames_f": ["Suri", "Chaiky", "Rochy", "Tziry"],
        "nicknames_m": ["Shmuly", "Yanky", "Motty", "Duvi"],
        "rare_given_f": ["Yides", "Feige", "Sheindel"],
        "rare_given_m": ["Zanvel", "Zishe"],
        "rare_surnames": ["Hager", "Ausch", "Kohn"],
    },
    "viet_burmese": {
        "given_f": ["Huong", "Nhung", "Thao", "Diep", "Oanh", "Thandar", "Yadanar", "Thuzar"],
        "given_m": ["Hung", "Dung", "Quang", "Hieu", "Vinh"],
        "surnames": ["Luong", "Duong", "Truong", "Hlaing"],
        "nicknames_f": ["Ut"],
        "nicknames_m": ["Teo"],
        "rare_given_f": ["Nilar", "Sandar"],
        "rare_given_m": ["Zeya", "Thura"],
        "rare_surnames": ["Khuc", "Giang", "Doan", "Ung"],
    },
    "afghan": {
        "given_f": ["Fereshta", "Sodaba", "Mahbooba", "Parwana", "Wahida", "Torpekai"],
        "given_m": ["Naqibullah", "Ezatullah", "Hamidullah", "Hekmatullah", "Obaidullah", "Nawid",
                    "Jawid"],
        "surnames": ["Hakimi", "Rasuli", "Kohistani", "Shinwari", "Zazai"],
        "nicknames_f": ["Gula", "Sheeno"],
        "nicknames_m": ["Lala"],
        "rare_given_f": ["Malalai", "Nazo", "Spozhmai"],
        "rare_given_m": ["Gulbuddin", "Sayedullah"],
        "rare_surnames": ["Tarakai", "Andar", "Safi"],
    },
    "brazilian": {
        "given_f": ["Thaís", "Luana", "Daiane", "Cleide", "Rosângela", "Joelma", "Gleice",
                    "Raimunda", "Edileuza", "Lucimar", "Josiane", "Marilene"],
        "given_m": ["Cleiton", "Everaldo", "Gilmar", "Edivaldo", "Rogério", "Valdir", "Uilian",
                    "Jeferson"],
        "surnames": ["Cavalcanti", "Nascimento", "Araújo", "Teixeira", "Nogueira", "Brandão",
                     "Queiroz", "Amorim", "Bezerra", "Magalhães", "Siqueira", "Macedo"],
        "nicknames_f": ["Cacá"],
        "nicknames_m": ["Zé", "Tião", "Dudu"],
        "rare_given_f": ["Gercina", "Francinete", "Valdirene"],
        "rare_given_m": ["Genivaldo", "Claudionor", "Erivaldo"],
        "rare_surnames": ["Guimarães", "Sampaio", "Cordeiro", "Falcão"],
    },
    "horn_of_africa": {
        "given_f": ["Meron", "Selam", "Hiwot", "Mekdes", "Azeb", "Tirhas", "Lemlem", "Kidist"],
        "given_m": ["Berhane", "Tekle", "Kibrom", "Zerai"],
        "surnames": ["Berhe", "Ayele", "Mengistu", "Negash", "Gebru", "Desta", "Abera"],
        "nicknames_f": ["Betty", "Tsi"],
        "nicknames_m": ["Tedy", "Biny"],
        "rare_given_f": ["Letebrhan", "Nebiat", "Fiori"],
        "rare_given_m": ["Goitom", "Weldu"],
        "rare_surnames": ["Tesfazion", "Ghebremeskel", "Habteab", "Okbazghi", "Haileselassie",
                          "Ghebreyesus"],
    },
}  # fmt: skip

# (street, neighbourhood, borough, ZIP, first number of a Queens-style house number or 0)
QUARTO_STREETS: list[tuple[str, str, str, str, int]] = [
    ("Waring Avenue", "Pelham Parkway", "Bronx", "10467", 0),
    ("Sexton Place", "Williamsbridge", "Bronx", "10469", 0),
    ("Mickle Avenue", "Williamsbridge", "Bronx", "10469", 0),
    ("Hammersley Avenue", "Eastchester", "Bronx", "10469", 0),
    ("Grenada Place", "Wakefield", "Bronx", "10466", 0),
    ("Marolla Place", "Wakefield", "Bronx", "10466", 0),
    ("Pratt Avenue", "Wakefield", "Bronx", "10466", 0),
    ("Light Street", "Wakefield", "Bronx", "10466", 0),
    ("Ely Avenue", "Edenwald", "Bronx", "10469", 0),
    ("Bruner Avenue", "Edenwald", "Bronx", "10466", 0),
    ("Pitman Avenue", "Edenwald", "Bronx", "10466", 0),
    ("Noell Avenue", "Eastchester", "Bronx", "10469", 0),
    ("Gates Place", "Norwood", "Bronx", "10467", 0),
    ("Field Place", "Fordham", "Bronx", "10468", 0),
    ("Andrews Avenue North", "University Heights", "Bronx", "10468", 0),
    ("Goble Place", "Highbridge", "Bronx", "10452", 0),
    ("Clarke Place", "Highbridge", "Bronx", "10452", 0),
    ("Inwood Avenue", "Mount Eden", "Bronx", "10452", 0),
    ("Summit Avenue", "Highbridge", "Bronx", "10452", 0),
    ("Edward L Grant Highway", "Highbridge", "Bronx", "10452", 0),
    ("Palisade Place", "University Heights", "Bronx", "10453", 0),
    ("Hennessy Place", "Morris Heights", "Bronx", "10453", 0),
    ("Buchanan Place", "Morris Heights", "Bronx", "10453", 0),
    ("Morton Place", "Morris Heights", "Bronx", "10453", 0),
    ("Bedford Park Boulevard", "Bedford Park", "Bronx", "10458", 0),
    ("Perot Street", "Kingsbridge", "Bronx", "10463", 0),
    ("Tibbett Avenue", "Kingsbridge", "Bronx", "10463", 0),
    ("Irwin Avenue", "Kingsbridge", "Bronx", "10463", 0),
    ("Kappock Street", "Spuyten Duyvil", "Bronx", "10463", 0),
    ("Ewen Avenue", "Spuyten Duyvil", "Bronx", "10463", 0),
    ("Waldo Avenue", "Riverdale", "Bronx", "10471", 0),
    ("Tyndall Avenue", "Riverdale", "Bronx", "10471", 0),
    ("Revere Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Swinton Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Calhoun Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Clarence Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Balcom Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Schley Avenue", "Throggs Neck", "Bronx", "10465", 0),
    ("Middletown Road", "Pelham Bay", "Bronx", "10465", 0),
    ("Leland Avenue", "Soundview", "Bronx", "10473", 0),
    ("Chatterton Avenue", "Parkchester", "Bronx", "10472", 0),
    ("Metropolitan Oval", "Parkchester", "Bronx", "10462", 0),
    ("Neill Avenue", "Morris Park", "Bronx", "10461", 0),
    ("Seminole Avenue", "Morris Park", "Bronx", "10461", 0),
    ("Delanoy Avenue", "Pelham Gardens", "Bronx", "10469", 0),
    ("Barker Avenue", "Williamsbridge", "Bronx", "10467", 0),
    ("Edgewater Road", "Hunts Point", "Bronx", "10474", 0),
    ("Avenue St John", "Longwood", "Bronx", "10455", 0),
    ("Home Street", "Crotona Park East", "Bronx", "10459", 0),
    ("Lyman Place", "Crotona Park East", "Bronx", "10459", 0),
    ("Bristow Street", "Crotona Park East", "Bronx", "10459", 0),
    ("Wilkins Avenue", "Crotona Park East", "Bronx", "10459", 0),
    ("Charlotte Street", "Crotona Park East", "Bronx", "10460", 0),
    ("Wendover Avenue", "Claremont", "Bronx", "10457", 0),
    ("Claremont Parkway", "Claremont", "Bronx", "10457", 0),
    ("Jefferson Place", "Morrisania", "Bronx", "10456", 0),
    ("Powers Avenue", "Mott Haven", "Bronx", "10454", 0),
    ("Cortlandt Avenue", "Melrose", "Bronx", "10451", 0),
    ("Willow Avenue", "Port Morris", "Bronx", "10454", 0),
    ("Autumn Avenue", "Cypress Hills", "Brooklyn", "11208", 0),
    ("Emerald Street", "City Line", "Brooklyn", "11208", 0),
    ("Amber Street", "City Line", "Brooklyn", "11208", 0),
    ("Doscher Street", "City Line", "Brooklyn", "11208", 0),
    ("Atkins Avenue", "East New York", "Brooklyn", "11208", 0),
    ("Aberdeen Street", "Bushwick", "Brooklyn", "11207", 0),
    ("Middleton Street", "Williamsburg", "Brooklyn", "11206", 0),
    ("Kenmore Place", "Flatbush", "Brooklyn", "11226", 0),
    ("Parade Place", "Flatbush", "Brooklyn", "11226", 0),
    ("Crooke Avenue", "Flatbush", "Brooklyn", "11226", 0),
    ("Hubbard Place", "Flatbush", "Brooklyn", "11210", 0),
    ("Paerdegat Avenue North", "Canarsie", "Brooklyn", "11236", 0),
    ("Mill Avenue", "Bergen Beach", "Brooklyn", "11234", 0),
    ("Royce Street", "Bergen Beach", "Brooklyn", "11234", 0),
    ("Fillmore Avenue", "Marine Park", "Brooklyn", "11234", 0),
    ("Hendrickson Street", "Marine Park", "Brooklyn", "11234", 0),
    ("Knapp Street", "Sheepshead Bay", "Brooklyn", "11229", 0),
    ("Coyle Street", "Sheepshead Bay", "Brooklyn", "11229", 0),
    ("Coleridge Street", "Manhattan Beach", "Brooklyn", "11235", 0),
    ("Exeter Street", "Manhattan Beach", "Brooklyn", "11235", 0),
    ("Oriental Boulevard", "Manhattan Beach", "Brooklyn", "11235", 0),
    ("Falmouth Street", "Manhattan Beach", "Brooklyn", "11235", 0),
    ("Bokee Court", "Gravesend", "Brooklyn", "11223", 0),
    ("Lake Street", "Gravesend", "Brooklyn", "11223", 0),
    ("Bay 16th Street", "Bath Beach", "Brooklyn", "11214", 0),
    ("Bay 29th Street", "Bath Beach", "Brooklyn", "11214", 0),
    ("Bay 44th Street", "Gravesend", "Brooklyn", "11214", 0),
    ("Austin Street", "Forest Hills", "Queens", "11375", 67),
    ("Burns Street", "Forest Hills", "Queens", "11375", 68),
    ("Groton Street", "Forest Hills", "Queens", "11375", 67),
    ("Kew Forest Lane", "Forest Hills", "Queens", "11375", 83),
    ("Puritan Avenue", "Forest Hills", "Queens", "11375", 110),
    ("Onslow Place", "Kew Gardens", "Queens", "11415", 82),
    ("Pleasantview Street", "Middle Village", "Queens", "11379", 62),
    ("Berrian Boulevard", "Astoria", "Queens", "11105", 19),
    ("Bowery Bay Boulevard", "East Elmhurst", "Queens", "11369", 22),
    ("Foam Place", "Far Rockaway", "Queens", "11691", 12),
    ("Enright Road", "Far Rockaway", "Queens", "11691", 10),
    ("Beach 9th Street", "Far Rockaway", "Queens", "11691", 10),
    ("Augustina Avenue", "Far Rockaway", "Queens", "11691", 8),
    ("Hessler Avenue", "Far Rockaway", "Queens", "11691", 23),
    ("Burchell Avenue", "Far Rockaway", "Queens", "11691", 18),
    ("Hartman Lane", "Far Rockaway", "Queens", "11691", 13),
    ("Park Terrace West", "Inwood", "Manhattan", "10034", 0),
    ("Bogardus Place", "Inwood", "Manhattan", "10040", 0),
    ("Fort George Hill", "Fort George", "Manhattan", "10040", 0),
    ("Sylvan Place", "East Harlem", "Manhattan", "10035", 0),
    ("St Clair Place", "Manhattanville", "Manhattan", "10027", 0),
    ("Tiemann Place", "Manhattanville", "Manhattan", "10027", 0),
    ("La Salle Street", "Manhattanville", "Manhattan", "10027", 0),
    ("Old Broadway", "Manhattanville", "Manhattan", "10027", 0),
    ("Morningside Avenue", "Harlem", "Manhattan", "10026", 0),
    ("Jefferson Street", "Lower East Side", "Manhattan", "10002", 0),
    ("Szold Place", "East Village", "Manhattan", "10009", 0),
    ("Catherine Slip", "Two Bridges", "Manhattan", "10038", 0),
    ("Trantor Place", "Port Richmond", "Staten Island", "10302", 0),
    ("Bodine Street", "West Brighton", "Staten Island", "10310", 0),
    ("Maple Parkway", "Mariners Harbor", "Staten Island", "10303", 0),
    ("Sobel Court", "Bulls Head", "Staten Island", "10314", 0),
    ("Fingerboard Road", "Rosebank", "Staten Island", "10305", 0),
    ("Tysens Lane", "New Dorp", "Staten Island", "10306", 0),
    ("Huguenot Avenue", "Huguenot", "Staten Island", "10312", 0),
    ("Ramona Avenue", "Eltingville", "Staten Island", "10312", 0),
    ("Sharrott Avenue", "Pleasant Plains", "Staten Island", "10309", 0),
    ("Seguine Avenue", "Prince's Bay", "Staten Island", "10309", 0),
]

# -- countries and statuses (closed vocabularies, written as real files write them) -------------

# (English, own language, ISO alpha-2, ISO alpha-3, English demonym, Spanish "nacionalidad ...",
#  French)
_COUNTRIES: dict[str, list[tuple[str, str, str, str, str, str, str]]] = {
    "dominican": [("Dominican Republic", "República Dominicana", "DO", "DOM", "Dominican",
                   "dominicana", "République dominicaine")],
    "mexican": [("Mexico", "México", "MX", "MEX", "Mexican", "mexicana", "Mexique")],
    "ecuadorian": [("Ecuador", "Ecuador", "EC", "ECU", "Ecuadorian", "ecuatoriana",
                    "Équateur")],
    "haitian": [("Haiti", "Ayiti", "HT", "HTI", "Haitian", "haitiana", "Haïti")],
    "anglo_caribbean": [
        ("Jamaica", "Jamaica", "JM", "JAM", "Jamaican", "jamaiquina", "Jamaïque"),
        ("Trinidad and Tobago", "Trinidad & Tobago", "TT", "TTO", "Trinidadian", "trinitense",
         "Trinité-et-Tobago"),
        ("Saint Vincent and the Grenadines", "St. Vincent", "VC", "VCT", "Vincentian",
         "sanvicentina", "Saint-Vincent-et-les-Grenadines"),
        ("Grenada", "Grenada", "GD", "GRD", "Grenadian", "granadina", "Grenade"),
    ],
    "indo_caribbean": [
        ("Guyana", "Guyana", "GY", "GUY", "Guyanese", "guyanesa", "Guyana"),
        ("Trinidad and Tobago", "Trinidad & Tobago", "TT", "TTO", "Trinidadian", "trinitense",
         "Trinité-et-Tobago"),
        ("Suriname", "Suriname", "SR", "SUR", "Surinamese", "surinamesa", "Suriname"),
    ],
    "chinese": [("China", "中国", "CN", "CHN", "Chinese", "china", "Chine")],
    "bangladeshi": [("Bangladesh", "বাংলাদেশ", "BD", "BGD", "Bangladeshi", "bangladesí",
                     "Bangladesh")],
    "pakistani": [("Pakistan", "پاکستان", "PK", "PAK", "Pakistani", "pakistaní", "Pakistan")],
    "punjabi": [("India", "भारत", "IN", "IND", "Indian", "india", "Inde")],
    "himalayan": [("Nepal", "नेपाल", "NP", "NPL", "Nepali", "nepalí", "Népal"),
                  ("India", "भारत", "IN", "IND", "Indian", "india", "Inde")],
    "korean": [("South Korea", "대한민국", "KR", "KOR", "Korean", "surcoreana",
                "Corée du Sud")],
    "filipino": [("Philippines", "Pilipinas", "PH", "PHL", "Filipino", "filipina",
                  "Philippines")],
    "east_slavic": [("Ukraine", "Україна", "UA", "UKR", "Ukrainian", "ucraniana", "Ukraine"),
                    ("Russia", "Россия", "RU", "RUS", "Russian", "rusa", "Russie"),
                    ("Belarus", "Беларусь", "BY", "BLR", "Belarusian", "bielorrusa",
                     "Biélorussie")],
    "central_asian": [
        ("Uzbekistan", "Oʻzbekiston", "UZ", "UZB", "Uzbek", "uzbeka", "Ouzbékistan"),
        ("Kyrgyzstan", "Кыргызстан", "KG", "KGZ", "Kyrgyz", "kirguisa", "Kirghizistan"),
        ("Kazakhstan", "Қазақстан", "KZ", "KAZ", "Kazakh", "kazaja", "Kazakhstan"),
        ("Tajikistan", "Тоҷикистон", "TJ", "TJK", "Tajik", "tayika", "Tadjikistan"),
    ],
    "west_african": [
        ("Senegal", "Sénégal", "SN", "SEN", "Senegalese", "senegalesa", "Sénégal"),
        ("Mali", "Mali", "ML", "MLI", "Malian", "maliense", "Mali"),
        ("Guinea", "Guinée", "GN", "GIN", "Guinean", "guineana", "Guinée"),
        ("Gambia", "The Gambia", "GM", "GMB", "Gambian", "gambiana", "Gambie"),
        ("Burkina Faso", "Burkina Faso", "BF", "BFA", "Burkinabe", "burkinesa",
         "Burkina Faso"),
        ("Côte d'Ivoire", "Côte d'Ivoire", "CI", "CIV", "Ivorian", "marfileña",
         "Côte d'Ivoire"),
    ],
    "nigerian_ghanaian": [
        ("Nigeria", "Nigeria", "NG", "NGA", "Nigerian", "nigeriana", "Nigéria"),
        ("Ghana", "Ghana", "GH", "GHA", "Ghanaian", "ghanesa", "Ghana"),
        ("Togo", "Togo", "TG", "TGO", "Togolese", "togolesa", "Togo"),
    ],
    "arab": [("Yemen", "اليمن", "YE", "YEM", "Yemeni", "yemení", "Yémen"),
             ("Egypt", "مصر", "EG", "EGY", "Egyptian", "egipcia", "Égypte")],
    "venezuelan_colombian": [
        ("Venezuela", "Venezuela", "VE", "VEN", "Venezuelan", "venezolana", "Venezuela"),
        ("Colombia", "Colombia", "CO", "COL", "Colombian", "colombiana", "Colombie"),
    ],
    "central_american": [
        ("Guatemala", "Guatemala", "GT", "GTM", "Guatemalan", "guatemalteca", "Guatemala"),
        ("Honduras", "Honduras", "HN", "HND", "Honduran", "hondureña", "Honduras"),
        ("El Salvador", "El Salvador", "SV", "SLV", "Salvadoran", "salvadoreña", "Salvador"),
    ],
    "balkan_polish": [
        ("Poland", "Polska", "PL", "POL", "Polish", "polaca", "Pologne"),
        ("Albania", "Shqipëria", "AL", "ALB", "Albanian", "albanesa", "Albanie"),
        ("Kosovo", "Kosova", "XK", "XKX", "Kosovar", "kosovar", "Kosovo"),
        ("Montenegro", "Crna Gora", "ME", "MNE", "Montenegrin", "montenegrina",
         "Monténégro"),
    ],
    "orthodox_jewish": [("Israel", "ישראל", "IL", "ISR", "Israeli", "israelí", "Israël")],
    "viet_burmese": [("Vietnam", "Việt Nam", "VN", "VNM", "Vietnamese", "vietnamita",
                      "Viêt Nam"),
                     ("Myanmar", "Burma", "MM", "MMR", "Burmese", "birmana", "Birmanie")],
    "afghan": [("Afghanistan", "افغانستان", "AF", "AFG", "Afghan", "afgana", "Afghanistan")],
    "brazilian": [("Brazil", "Brasil", "BR", "BRA", "Brazilian", "brasileña", "Brésil")],
    "horn_of_africa": [("Ethiopia", "ኢትዮጵያ", "ET", "ETH", "Ethiopian", "etíope", "Éthiopie"),
                       ("Eritrea", "ኤርትራ", "ER", "ERI", "Eritrean", "eritrea", "Érythrée")],
}  # fmt: skip

# How often a resident (not a staff member) comes from each community.
_CLIENT_WEIGHTS = {
    "venezuelan_colombian": 9, "ecuadorian": 7, "mexican": 7, "dominican": 7, "haitian": 7,
    "chinese": 7, "west_african": 6, "central_american": 6, "bangladeshi": 5, "anglo_caribbean": 4,
    "indo_caribbean": 3, "pakistani": 3, "punjabi": 2, "himalayan": 3, "korean": 2, "filipino": 2,
    "east_slavic": 4, "central_asian": 3, "nigerian_ghanaian": 4, "arab": 3, "balkan_polish": 2,
    "orthodox_jewish": 1, "viet_burmese": 2, "afghan": 3, "brazilian": 3, "horn_of_africa": 2,
}  # fmt: skip
_SPANISH = {"dominican", "mexican", "ecuadorian", "venezuelan_colombian", "central_american",
            "puerto_rican"}  # fmt: skip

_STATUS_EN = [
    "asylee", "asylum seeker", "asylum applicant", "pending asylum", "refugee", "LPR",
    "lawful permanent resident", "permanent resident", "green card holder", "TPS", "TPS holder",
    "Temporary Protected Status", "parolee", "humanitarian parolee", "CHNV parolee",
    "DACA recipient", "undocumented", "no status", "out of status", "B-2 overstay",
    "U visa holder", "T visa holder", "SIJS", "conditional resident", "U4U parolee",
]  # fmt: skip
_STATUS_ES = [
    "asilado", "asilada", "solicitante de asilo", "refugiada", "refugiado", "residente permanente",
    "indocumentado", "indocumentada", "sin papeles", "TPS", "parole humanitario",
    "beneficiario de DACA", "sin estatus",
]  # fmt: skip
_STATUS_FR = ["demandeur d'asile", "demandeuse d'asile", "réfugié", "réfugiée",
              "résident permanent", "sans papiers", "TPS"]  # fmt: skip
_STATUS_HT = ["demandè azil", "refijye", "rezidan pèmanan", "san papye", "TPS", "parol imanitè"]
_STATUS_ZH = ["政治庇护申请人", "难民", "永久居民", "绿卡持有人", "无身份", "TPS"]
_STATUS_UR = ["پناہ گزین", "سیاسی پناہ کا درخواست گزار", "گرین کارڈ ہولڈر", "بغیر دستاویزات"]
_STATUS_PT = ["solicitante de asilo", "residente permanente", "sem documentos", "TPS"]
_STATUS_NEW_ARRIVAL = ["asylum seeker", "pending asylum", "asylum applicant", "parolee",
                       "humanitarian parolee", "CHNV parolee", "no status", "undocumented",
                       "TPS"]  # fmt: skip
_STATUS_CODES = ["LPR", "ASYLEE", "REFUGEE", "TPS", "PAROLEE", "UNDOC", "DACA", "ASYLUM PEND",
                 "SIJS", "U-VISA"]  # fmt: skip
_STATUS_BY_LANG = {"en": _STATUS_EN, "es": _STATUS_ES, "fr": _STATUS_FR, "ht": _STATUS_HT,
                   "zh": _STATUS_ZH, "ur": _STATUS_UR, "pt": _STATUS_PT,
                   "code": _STATUS_CODES}  # fmt: skip

# Passport number shapes by country: L a letter, D a digit, anything else literal.
_PASSPORT_SHAPES = {
    "DO": ["SCDDDDDDD", "RDDDDDDDD"], "MX": ["GDDDDDDDD", "NDDDDDDDD"], "EC": ["ADDDDDDD"],
    "HT": ["PPDDDDDDD", "RFDDDDDDD"], "JM": ["ADDDDDDD"], "TT": ["TADDDDDDD"],
    "VC": ["RDDDDDDD"], "GD": ["GDDDDDDD"], "GY": ["RDDDDDDD"], "SR": ["RSDDDDDD"],
    "CN": ["EDDDDDDDD", "ELDDDDDDD"], "BD": ["LLDDDDDDD"], "PK": ["LLDDDDDDD"],
    "IN": ["LDDDDDDD"], "NP": ["DDDDDDDD", "PADDDDDDD"], "KR": ["MDDDDDDDD"],
    "PH": ["PDDDDDDDL"], "UA": ["LLDDDDDD"], "RU": ["DDDDDDDDD"], "BY": ["MPDDDDDDD"],
    "UZ": ["FADDDDDDD"], "KG": ["ACDDDDDDD"], "KZ": ["NDDDDDDDD"], "TJ": ["DDDDDDDDD"],
    "SN": ["ADDDDDDDD"], "ML": ["AADDDDDDD"], "GN": ["RDDDDDDD"], "GM": ["PCDDDDDD"],
    "BF": ["BDDDDDDD"], "CI": ["DDLLDDDDD"], "NG": ["ADDDDDDDD", "BDDDDDDDD"],
    "GH": ["GDDDDDDD"], "TG": ["BDDDDDDD"], "YE": ["0DDDDDDD"], "EG": ["ADDDDDDDD"],
    "VE": ["DDDDDDDDD"], "CO": ["AQDDDDDD", "PEDDDDDD"], "GT": ["DDDDDDDDD"],
    "HN": ["EDDDDDD"], "SV": ["BDDDDDDDD"], "PL": ["ELDDDDDDD"], "AL": ["BADDDDDDD"],
    "XK": ["PDDDDDDD"], "ME": ["DDDDDDDD"], "IL": ["DDDDDDDD"], "VN": ["CDDDDDDD"],
    "MM": ["MADDDDDD", "MCDDDDDD"], "AF": ["PDDDDDDD"], "BR": ["LLDDDDDD"], "ET": ["EPDDDDDDD"],
    "ER": ["DDDDDDD"],
}  # fmt: skip

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"]  # fmt: skip
_MWA = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
        "novanm", "desanm"]  # fmt: skip
_STAFF_DOMAINS = ["hra.nyc.gov", "acs.nyc.gov", "doc.nyc.gov", "nychhc.org", "dof.nyc.gov",
                  "hpd.nyc.gov", "health.nyc.gov", "dycd.nyc.gov"]  # fmt: skip
_MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com",
                 "outlook.com", "icloud.com", "aol.com"]  # fmt: skip
_HOME_DOMAINS = {"mexican": "yahoo.com.mx", "ecuadorian": "hotmail.es", "chinese": "qq.com",
                 "korean": "naver.com", "east_slavic": "ukr.net", "brazilian": "bol.com.br",
                 "punjabi": "rediffmail.com", "balkan_polish": "wp.pl"}  # fmt: skip
_AREA = ["718", "347", "929", "917", "646", "212", "332", "718", "347", "929"]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _shape(r: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "D":
            out.append(r.choice("0123456789"))
        elif ch == "L":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _anum(r: random.Random, prefix: bool = True) -> str:
    """An A-number: "A" and 8 or 9 digits, spaced as caseworkers space them; bare digits when
    `prefix` is False (the cue is written before it)."""
    if r.random() < 0.8:
        head = r.choice(["0" + r.choice("123456789"), "2" + r.choice("01234"), "2" + r.choice("4")])
        d = head + _digits(r, 7)
        groups = [d[:3], d[3:6], d[6:]]
    else:
        d = r.choice("789") + _digits(r, 7)
        groups = [d[:2], d[2:5], d[5:]]
    sep = r.choice(["", "", "-", " ", "."])
    body = sep.join(groups) if sep else d
    if not prefix:
        return body
    return r.choice(["A", "A", "A-", "A ", "a"]) + body


def _ssn(r: random.Random, style: str | None = None) -> str:
    area = r.randint(1, 899)
    area = 667 if area == 666 else area
    d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    style = r.choice(["-", "-", "-", " ", ""]) if style is None else style
    return style.join([d[:3], d[3:5], d[5:]]) if style else d


def _itin(r: random.Random, style: str | None = None) -> str:
    mid = r.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    d = f"9{_digits(r, 2)}{mid:02d}{r.randint(1, 9999):04d}"
    style = r.choice(["-", "-", " ", ""]) if style is None else style
    return style.join([d[:3], d[3:5], d[5:]]) if style else d


def _phone(r: random.Random, style: int | None = None) -> str:
    area = r.choice(_AREA)
    ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    if ex[1:] == "11" or ex == "555":
        ex = f"{r.randint(2, 9)}4{r.randint(0, 9)}"
    line = _digits(r, 4)
    style = r.randrange(8) if style is None else style
    return [
        f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
        f"{area} {ex} {line}", f"+1 {area} {ex} {line}", f"{area}{ex}{line}",
        f"1-{area}-{ex}-{line}", f"({area}){ex}-{line}",
    ][style]  # fmt: skip


def _foreign_phone(r: random.Random, iso2: str) -> str:
    return {
        "EC": f"+593 9{r.randint(5, 9)} {_digits(r, 3)} {_digits(r, 4)}",
        "DO": f"+1 (809) {r.randint(2, 9)}{_digits(r, 2)}-{_digits(r, 4)}",
        "MX": f"+52 1 {r.choice(['222', '55', '744'])} {_digits(r, 3)} {_digits(r, 4)}",
        "HT": f"+509 {r.choice('34')}{_digits(r, 3)}-{_digits(r, 4)}",
        "CO": f"+57 3{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 4)}",
        "VE": f"+58 41{r.choice('246')}-{_digits(r, 7)}",
        "BD": f"+880 1{r.choice('3789')}{_digits(r, 2)}-{_digits(r, 6)}",
        "SN": f"+221 7{r.choice('678')} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        "GT": f"+502 {r.choice('345')}{_digits(r, 3)} {_digits(r, 4)}",
    }.get(iso2, _phone(r, 4))


def _receipt(r: random.Random) -> str:
    prefix = r.choice(["IOE", "IOE", "IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC"])
    if prefix == "IOE":
        d = r.choice("0089") + _digits(r, 9)
    else:
        d = f"{r.randint(19, 26)}{r.randint(0, 9)}{_digits(r, 2)}{_digits(r, 5)}"
    if r.random() < 0.12 and prefix != "IOE":
        sep = r.choice(["-", " "])
        return sep.join([prefix, d[:2], d[2:5], d[5:]])
    return prefix + d


def _i94(r: random.Random) -> str:
    if r.random() < 0.6:
        return _digits(r, 9) + r.choice("ABCDEFGHJKMNPRTW") + r.choice("0123456789")
    return r.choice("0123456789") + _digits(r, 10)


def _idnyc(r: random.Random) -> str:
    d = r.choice("123456789") + _digits(r, 8)
    return r.choice([d, d, d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:4]}-{d[4:]}"])


def _passport(r: random.Random, iso2: str) -> str:
    return _shape(r, r.choice(_PASSPORT_SHAPES.get(iso2, ["LDDDDDDDD"])))


# -- dates -------------------------------------------------------------------------------------

Ymd = tuple[int, int, int]


def _ymd(r: random.Random, y0: int, y1: int) -> Ymd:
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def _date(r: random.Random, ymd: Ymd, style: str | None = None) -> str:
    y, m, d = ymd
    style = style or r.choice(["us", "us", "us", "us_short", "iso", "long", "dmy", "mon"])
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y % 100:02d}",
        "us_bare": f"{m}/{d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{_MONTHS[m - 1]} {d}, {y}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dots": f"{d:02d}.{m:02d}.{y}",
        "mon": f"{d:02d}-{_MONTHS[m - 1][:3].upper()}-{y}",
        "es": f"{d} de {_MESES[m - 1]} de {y}",
        "fr": f"{d} {_MOIS[m - 1]} {y}",
        "ht": f"{d} {_MWA[m - 1]} {y}",
        "zh": f"{y}年{m}月{d}日",
        "compact": f"{y}{m:02d}{d:02d}",
        "dmon": f"{d} {_MONTHS[m - 1][:3]} {y}",
    }[style]


def _when(r: random.Random, style: str | None = None) -> str:
    """An appointment, hearing or visit date: never labelled."""
    return _date(r, _ymd(r, 2024, 2026), style)


# -- people ------------------------------------------------------------------------------------


@dataclass
class _Person:
    given: str
    surname: str
    sex: str
    com: str
    surname2: str = ""
    origin: tuple[str, str, str, str, str, str, str] | None = None
    born: tuple[int, int, int] = (1980, 1, 1)

    def full(self) -> str:
        return " ".join(x for x in (self.given, self.surname, self.surname2) if x)

    def last(self) -> str:
        return " ".join(x for x in (self.surname, self.surname2) if x)


def _person(
    r: random.Random, com: str | None = None, sex: str | None = None, client: bool = True
) -> _Person:
    if com is None:
        if client:
            coms, weights = zip(*_CLIENT_WEIGHTS.items(), strict=True)
            com = r.choices(coms, weights)[0]
        else:
            com = r.choice(sorted(QUARTO_COMMUNITIES))
    pool = QUARTO_COMMUNITIES[com]
    sex = sex or r.choice("fm")
    rare = r.random() < 0.3
    given = r.choice(pool[f"rare_given_{sex}"] if rare else pool[f"given_{sex}"])
    surname = r.choice(pool["rare_surnames"] if r.random() < 0.3 else pool["surnames"])
    surname2 = ""
    if com in _SPANISH and r.random() < 0.4:
        surname2 = r.choice(pool["surnames"] + pool["rare_surnames"])
        if surname2 == surname:
            surname2 = ""
    origin = r.choice(_COUNTRIES[com]) if com in _COUNTRIES else None
    return _Person(given, surname, sex, com, surname2, origin, _ymd(r, 1952, 2005))


def _relative(r: random.Random, p: _Person, sex: str | None = None, kind: str = "") -> _Person:
    """Someone of `p`'s family (a spouse, child, parent or sibling): same community and country,
    usually the same surname, born when such a relative would be."""
    if kind == "spouse" and sex is None:
        sex = "m" if p.sex == "f" else "f"
    q = _person(r, p.com, sex)
    if kind != "spouse" or r.random() < 0.5:
        q.surname, q.surname2 = p.surname, p.surname2
    q.origin = p.origin
    y = p.born[0]
    lo, hi = {"spouse": (y - 6, y + 6), "child": (y + 18, y + 36), "parent": (y - 38, y - 18),
              "sibling": (y - 9, y + 9)}.get(kind, (1952, 2005))  # fmt: skip
    q.born = _ymd(r, max(lo, 1930), min(hi, 2025))
    return q


def _family(r: random.Random, p: _Person, kinds: list[str]) -> list[tuple[_Person, str]]:
    """Relatives of `p`, one per kind, no two (nor `p`) with the same given name."""
    out: list[tuple[_Person, str]] = []
    used = {p.given}
    for kind in kinds:
        q = _relative(r, p, kind=kind)
        for _ in range(8):
            if q.given not in used:
                break
            q = _relative(r, p, kind=kind)
        used.add(q.given)
        out.append((q, kind))
    return out


_RELATION = {
    "en": {"spouse": ("wife", "husband"), "child": ("daughter", "son"),
           "parent": ("mother", "father"), "sibling": ("sister", "brother")},
    "es": {"spouse": ("esposa", "esposo"), "child": ("hija", "hijo"),
           "parent": ("madre", "padre"), "sibling": ("hermana", "hermano")},
    "ht": {"spouse": ("madanm", "mari"), "child": ("pitit fi", "pitit gason"),
           "parent": ("manman", "papa"), "sibling": ("sè", "frè")},
}  # fmt: skip


def _rel(q: _Person, kind: str, lang: str = "en") -> str:
    """What `q` is to the person a file is about: "daughter", "hermano", "manman"."""
    return _RELATION[lang][kind][0 if q.sex == "f" else 1]


def _bday(r: random.Random, p: _Person, style: str | None = None) -> str:
    return _date(r, p.born, style)


def _age(p: _Person) -> int:
    return 2026 - p.born[0]


def _he(p: _Person) -> str:
    return "she" if p.sex == "f" else "he"


_LANGS = {
    "dominican": ["Spanish"], "mexican": ["Spanish", "Spanish", "Nahuatl", "Mixteco"],
    "ecuadorian": ["Spanish", "Spanish", "Kichwa"], "puerto_rican": ["Spanish", "English"],
    "haitian": ["Haitian Creole"], "anglo_caribbean": ["English"], "indo_caribbean": ["English"],
    "chinese": ["Mandarin", "Cantonese", "Fuzhounese"], "bangladeshi": ["Bengali"],
    "pakistani": ["Urdu", "Punjabi"], "punjabi": ["Punjabi", "Hindi"],
    "himalayan": ["Nepali", "Tibetan", "Sherpa"], "korean": ["Korean"], "filipino": ["Tagalog"],
    "east_slavic": ["Russian", "Ukrainian"], "central_asian": ["Uzbek", "Russian", "Kyrgyz"],
    "west_african": ["French", "Wolof", "Fulani", "Mandinka", "Bambara"],
    "nigerian_ghanaian": ["English", "Yoruba", "Igbo", "Twi", "Ewe"], "arab": ["Arabic"],
    "venezuelan_colombian": ["Spanish"],
    "central_american": ["Spanish", "Spanish", "K'iche'", "Mam"],
    "balkan_polish": ["Polish", "Albanian"], "orthodox_jewish": ["Yiddish", "Hebrew"],
    "viet_burmese": ["Vietnamese", "Burmese"], "afghan": ["Dari", "Pashto"],
    "brazilian": ["Portuguese"], "horn_of_africa": ["Amharic", "Tigrinya"],
}  # fmt: skip


def _lang(r: random.Random, p: _Person) -> str:
    return r.choice(_LANGS[p.com])


def _nick(r: random.Random, p: _Person) -> str:
    pool = QUARTO_COMMUNITIES[p.com][f"nicknames_{p.sex}"]
    return r.choice(pool) if pool else p.given


def _name(r: random.Random, p: _Person, style: str | None = None) -> str:
    """`p` as files write names: "Given Last", "LAST, Given", "Last Given" (East Asian order),
    "G. Last", capitals or lower case."""
    east = p.com in {"chinese", "korean"}
    style = style or r.choice(["fl", "fl", "fl", "LF", "Lf", "FL", "i", "lower"] +
                              (["east", "east"] if east else []))  # fmt: skip
    last = p.last()
    return {
        "fl": f"{p.given} {last}",
        "LF": f"{fold(last).upper()}, {p.given}",
        "Lf": f"{last}, {p.given}",
        "FL": f"{p.given} {last.upper()}",
        "CAPS": f"{fold(p.given).upper()} {fold(last).upper()}",
        "i": f"{p.given[0]}. {last}",
        "lower": f"{p.given.lower()} {last.lower()}",
        "east": f"{p.surname.upper()} {p.given}",
        "given": p.given,
        "last": last,
    }[style]


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text).lower() if c.isalnum())


def _email(r: random.Random, p: _Person) -> str:
    g, s = _ascii(p.given), _ascii(p.surname)
    domain = _HOME_DOMAINS.get(p.com) if r.random() < 0.3 else None
    domain = domain or r.choice(_MAIL_DOMAINS)
    user = r.choice(
        [
            f"{g}.{s}",
            f"{g}{s}{r.randint(1, 99)}",
            f"{g[0]}{s}{r.randint(70, 99)}",
            f"{s}.{g}{r.randint(1, 9)}",
            f"{g}_{s[:4]}",
            f"{g}{r.randint(1990, 2010)}",
        ]
    )
    return f"{user}@{domain}"


def _staff_email(r: random.Random, p: _Person, domain: str | None = None) -> str:
    g, s = _ascii(p.given), _ascii(p.surname)
    user = r.choice([f"{g[0]}{s}", f"{g}.{s}", f"{s}{g[0]}"])
    return f"{user}@{domain or r.choice(_STAFF_DOMAINS)}"


# -- addresses ---------------------------------------------------------------------------------

_SUFFIX = {"Avenue": ["Avenue", "Ave", "Ave.", "Av"], "Street": ["Street", "St", "St."],
           "Place": ["Place", "Pl"], "Road": ["Road", "Rd"], "Boulevard": ["Boulevard", "Blvd"],
           "Parkway": ["Parkway", "Pkwy"], "Lane": ["Lane", "Ln"], "Court": ["Court", "Ct"],
           "Highway": ["Highway", "Hwy"]}  # fmt: skip


@dataclass
class _Addr:
    number: str
    street: str
    unit: str
    city: str
    zip: str

    def line1(self) -> str:
        return f"{self.number} {self.street}" + (f", {self.unit}" if self.unit else "")

    def full(self, sep: str = ", ") -> str:
        return f"{self.line1()}{sep}{self.city}, NY {self.zip}"


def _addr(r: random.Random) -> _Addr:
    street, area, borough, zip_, base = r.choice(QUARTO_STREETS)
    words = street.split()
    if words[-1] in _SUFFIX and r.random() < 0.6:
        words[-1] = r.choice(_SUFFIX[words[-1]][1:])
    street = " ".join(words)
    if base:
        number = f"{base + r.randint(0, 3)}-{r.randint(1, 60):02d}"
        city = area
    else:
        number = str(r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 3400)]))
        city = {"Manhattan": r.choice(["New York", "Manhattan"])}.get(borough, borough)
    unit = r.choice(["", "", f"Apt {r.randint(1, 6)}{r.choice('ABCDEFGH')}",
                     f"Apt. {r.randint(1, 21)}{r.choice('ABCDEF')}", f"#{r.randint(1, 4)}R",
                     f"{r.choice(['1st', '2nd', '3rd'])} Fl", "Bsmt", f"Apt {r.randint(1, 60)}",
                     f"Unit {r.randint(1, 9)}{r.choice('ABCD')}"])  # fmt: skip
    return _Addr(number, street, unit, city, zip_)


def _addr_text(r: random.Random, a: _Addr) -> str:
    """One line: with or without city and ZIP, sometimes in capitals."""
    text = r.choice([a.full(), a.full(), a.line1(), f"{a.line1()} {a.city} NY {a.zip}"])
    return fold(text).upper() if r.random() < 0.15 else text


def _origin_text(r: random.Random, p: _Person, lang: str = "en") -> str:
    """`p`'s country of birth as the file's language writes it."""
    assert p.origin
    en, own, iso2, iso3, dem, es, fr = p.origin
    if lang == "es" and p.com in _SPANISH:
        return r.choice([own, es])
    if lang == "es":
        return r.choice([en, en, es])
    if lang == "fr":
        return r.choice([fr, fr, iso2])
    if lang == "ht":
        return {"HT": r.choice(["Ayiti", "Haïti", "Haiti"]), "DO": "Dominikani"}.get(iso2, fr)
    if lang == "code":
        return r.choice([iso2, iso3])
    if lang == "nat":
        return r.choice([dem, dem, en])
    return r.choice([en, en, en, iso3])


def _status(r: random.Random, lang: str = "en") -> str:
    return r.choice(_STATUS_BY_LANG[lang])


# -- institutions, places and wording of the layouts (none of it labelled) ---------------

_CIN_STATES = ["active", "suspended", "pending"]
_BHEARD_AREAS = ["East Harlem", "South Bronx", "Washington Heights", "Central Brooklyn"]
_JOBS = ["home health aide", "nail salon", "restaurant prep cook", "laundromat attendant"]
_DAYCARES = ["Little Stars Daycare", "Sunshine Family Child Care", "Bright Kids Group Family DC"]
_LANDLORDS = ["Bronx Gardens LLC", "Sharrott Realty Corp", "EJH Management", "A&S Holdings LLC"]
_PORTS = ["El Paso", "Eagle Pass", "JFK", "San Ysidro", "Brownsville"]
_DEVELOPMENTS = ["The Peninsula", "Bedford Green", "La Central", "Sendero Verde", "Caton Flats"]
_HOUSEHOLD_RELATIONS = ["Spouse", "Child", "Parent", "Sibling", "Partner"]
_PREFERENCES = ["Community Board 4", "Municipal employee", "None", "Mobility disability"]
_OWNERS = [
    "Tysens Mgmt LLC",
    "Parkchester Preservation Co.",
    "Bay Ridge Associates",
    "Sobel Court Owners Corp",
]
_SERVICES = ["TPS renewal", "Fee waiver (I-912)", "SNAP", "Tenant issue"]
_IDNYC_CENTERS = [
    "Bronx Library Center, 310 East Kingsbridge Road",
    "Flushing Library, 41-17 Main Street",
    "Brooklyn Public Library Central, 10 Grand Army Plaza",
    "Staten Island Borough Hall, 10 Richmond Terrace",
]
_DISTRICT_OFFICES = [
    "82-11 37th Avenue, Suite 607, Jackson Heights, NY 11372",
    "540 East 180th Street, Bronx, NY 10457",
    "1 Fordham Plaza, Bronx, NY 10458-5871",
]
_CASE_PROBLEMS = [
    "EAD pending over 6 months",
    "Biometrics never scheduled",
    "Card returned as undeliverable",
    "Interview rescheduled twice",
]
_MEDICAL_CENTERS = [
    "Lincoln Medical Center",
    "Elmhurst Hospital Center",
    "Woodhull Medical Center",
    "Kings County Hospital",
]
_DEPARTMENTS = ["Neurology", "Psychiatry", "Geriatrics"]
_DIAGNOSES = [
    "major neurocognitive disorder",
    "post-stroke aphasia",
    "moderate intellectual disability",
    "chronic PTSD with severe memory impairment",
]
_CHINATOWN_STREETS = ["East Broadway", "Eldridge Street", "Mott Street"]
_CLINICS = [
    "Sunset Terrace Family Health Center",
    "Cumberland Diagnostic & Treatment Center",
    "Gouverneur Health",
    "East New York D&TC",
]
_CONDITIONS = [
    "COPD on home oxygen",
    "insulin-dependent diabetes",
    "congestive heart failure",
    "sickle cell disease",
]
_RESETTLEMENT = [
    "HIAS New York",
    "IRC New York",
    "Catholic Charities Refugee Resettlement",
    "CAMBA Refugee Services",
]
_ABROAD = [
    "Kakuma, Kenya",
    "Kampala, Uganda",
    "Islamabad, Pakistan",
    "Tapachula, Mexico",
    "Istanbul, Turkey",
    "Mae Sot, Thailand",
]
_UNHCR = ["KAK", "KMP", "ISB", "TAP"]


# -- case notes --------------------------------------------------------------------------------

_FACILITIES = ["RNDC", "EMTC", "AMKC", "GRVC", "RMSC", "OBCC", "NIC", "Vernon C. Bain Center"]
_HOSPITALS = ["Lincoln", "Jacobi", "Woodhull", "Kings County", "Elmhurst", "Bellevue",
              "Harlem Hospital", "Metropolitan", "Queens Hospital Center", "North Central Bronx",
              "Coney Island Hospital"]  # fmt: skip


def _cn_reentry(r: random.Random, B: Callable[[], Any]) -> Out:
    """H+H Correctional Health Services discharge-planning (reentry) note."""
    b = B()
    p = _person(r)
    planner = _person(r, client=False)
    sister = _relative(r, p, "f", "sibling")
    fac = r.choice(_FACILITIES)
    b.t(
        f"CHS REENTRY SERVICES - DISCHARGE PLANNING NOTE\nFacility: {fac}   Housing area: "
        f"{r.randint(1, 14)} {r.choice(['Upper', 'Lower', 'Main', 'North'])}   "
        f"B&C# {r.choice('124')}{_digits(r, 9)}   NYSID {_digits(r, 8)}{r.choice('HJKLMNPQ')}\n"
    )
    b.t(
        f"Anticipated release: {_when(r)} (next court date {_when(r, 'us_short')}, Part "
        f"AP-{r.randint(1, 9)}, {r.choice(['Bronx', 'Kings', 'Queens', 'New York'])} County)\n\n"
    )
    b.t("Pt ").pii("PERSON", _name(r, p, r.choice(["fl", "LF", "CAPS"]))).t(" (DOB ")
    b.pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["us", "us_short", "iso"]))).t(
        f", {_age(p)} y/o) seen in {r.choice(['clinic', 'housing area', 'the mini-clinic'])}"
        " for discharge planning. "
    )
    if p.origin:
        b.t(r.choice(["Pt reports born in ", "Born in ", f"States {_he(p)} is from "]))
        b.pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t(f", in US since {r.randint(1995, 2024)}. ")
    if r.random() < 0.75:
        b.t(
            r.choice(
                [
                    "Self-reported immigration status: ",
                    "Imm status (per pt): ",
                    "Pt describes status as ",
                ]
            )
        )
        b.pii("IMMIGRATION_STATUS", _status(r)).t(". ")
    if r.random() < 0.6:
        b.t(r.choice(["A# on file ", "A-number (from pt's papers) ", "A#: "]))
        b.pii("A_NUMBER", _anum(r)).t(". ")
    b.t(
        "Pt asked whether ICE will be waiting at release; explained DOC honors detainers only with "
        "a judicial warrant (Admin Code 9-131) and referred to Legal Aid immigration unit.\n"
    )
    a = _addr(r)
    b.t(r.choice(["Post-release address: ", "Will return to: ", "Address on release: "]))
    b.pii("ADDRESS", _addr_text(r, a)).t(
        r.choice(["\n", f" (lives w/ sister {sister.given})\n", " - stable housing\n"])
    )
    b.t("Pt's own cell (with property): ").pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.35:
        b.t("IDNYC card in property: ").pii("IDNYC", _idnyc(r)).t(" - use for ID at release.\n")
    b.t("Alt contact: sister ").pii("PERSON", _name(r, sister, "fl")).t(" ").pii(
        "PHONE", _phone(r)
    ).t("\n")
    if r.random() < 0.35:
        b.t("SSN verified via SOLQ: ").pii("SSN", _ssn(r)).t(" - Medicaid reactivation sent.\n")
    else:
        b.t(
            f"Medicaid CIN {r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLM')}"
            f"{_digits(r, 5)}{r.choice('ABCDEFGH')} {r.choice(_CIN_STATES)}.\n"
        )
    b.t(
        f"Plan: 7-day bridge meds, Narcan kit, MetroCard x2, Health Home referral "
        f"({r.choice(['CORE', 'Fortune Society', 'Exodus'])}), appt {_when(r, 'us_short')} "
        f"{r.randint(9, 15)}:{r.choice(['00', '30', '15'])}.\n"
    )
    b.t("CHS Reentry, 18-18 Hazen Street, East Elmhurst, NY 11370 - main (718) 546-0700\n")
    b.t("-- ").pii("PERSON", _name(r, planner, "fl")).t(
        f", {r.choice(['LMSW', 'LCSW', 'CASAC'])}, Discharge Planner, ext {r.randint(2000, 7999)} "
    )
    b.pii("EMAIL", _staff_email(r, planner, "nychhc.org")).t("\n")
    return [(b.text(), b.labels, "")]


def _cn_padilla(r: random.Random, B: Callable[[], Any]) -> Out:
    """Public defender's immigration-consequences (Padilla) consult note."""
    b = B()
    p = _person(r)
    atty = _person(r, client=False)
    partner = _relative(r, p, "f" if p.sex == "m" else "m", "spouse")
    boro = r.choice(["BX", "KN", "QN", "NY", "RI"])
    b.t(
        f"IMMIGRATION PRACTICE - PADILLA CONSULT\nDkt: CR-{_digits(r, 6)}-{r.randint(23, 26)}{boro}"
        f"   Arr. date: {_when(r, 'us_short')}   Top charge: "
        f"{r.choice(['PL 155.25', 'PL 165.40', 'PL 120.00(1)', 'VTL 511(1)(a)', 'PL 221.05'])}\n"
    )
    b.t("Referred by trial atty ").pii("PERSON", _name(r, atty, r.choice(["fl", "i"]))).t(
        f" (ext {r.randint(1000, 9999)}).\n\n"
    )
    b.t("Client: ").pii("PERSON", _name(r, p, r.choice(["LF", "Lf"]))).t("  DOB: ")
    b.pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["us", "us_short", "us_bare"])))
    if p.origin and r.random() < 0.4:
        b.t("  Nationality: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p, "nat"))
    elif p.origin:
        b.t("  COB: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p, r.choice(["en", "code"])))
    b.t(f"\nSeen in pens through {_lang(r, p)} interp #{_digits(r, 5)}.\n")
    b.t(f"Imm hx: entered {r.randint(2001, 2024)} ")
    b.t(
        r.choice(
            [
                "EWI near Eagle Pass",
                "w/ B-2 visa via JFK",
                "at San Ysidro w/ CBP One appt",
                "via Miami on tourist visa",
            ]
        )
    )
    b.t(". Current status: ").pii("IMMIGRATION_STATUS", _status(r)).t(".\n")
    if r.random() < 0.6:
        b.t("Pending application - receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(
            f" ({r.choice(['I-589', 'I-765', 'I-821', 'I-485', 'I-131'])}).\n"
        )
    if r.random() < 0.7:
        b.t(r.choice(["A#: ", "A no. ", "A-Number "])).pii("A_NUMBER", _anum(r)).t("\n")
    if r.random() < 0.45:
        b.t("I-94 # ").pii("I94", _i94(r)).t(" (paroled at POE)\n")
    if r.random() < 0.3 and p.origin:
        b.t("Passport at home - partner bringing copy: no. ").pii(
            "PASSPORT", _passport(r, p.origin[2])
        ).t("\n")
    if r.random() < 0.45:
        b.t("Files taxes w/ ITIN ").pii("ITIN", _itin(r)).t(" since 2019 (good moral character).\n")
    b.t(
        "Priors: none in NY; no FBI hits per RAP. Advice: plea to PL 240.20 (disorderly conduct)"
        " is a violation, not a crime - safe for pending application; avoid any CSL plea.\n"
    )
    b.t("Client cell: ").pii("PHONE", _phone(r)).t("; partner ").pii(
        "PERSON", _name(r, partner, r.choice(["fl", "given"]))
    ).t(" ").pii("PHONE", _phone(r)).t("\n")
    return [(b.text(), b.labels, "")]


def _cn_bheard(r: random.Random, B: Callable[[], Any]) -> Out:
    """B-HEARD mobile crisis team run note, one timestamped line per event."""
    b = B()
    p = _person(r)
    p.born = _ymd(r, 1984, 2008)
    mom = _relative(r, p, "f", "parent")
    clin, emt = _person(r, client=False), _person(r, client=False)
    h, mi = r.randint(8, 20), r.randint(0, 30)
    a = _addr(r)
    b.t(
        f"B-HEARD Team {r.randint(1, 9)} ({r.choice(_BHEARD_AREAS)})"
        f" | Incident #{_digits(r, 9)} | Dispatched {h:02d}:{mi:02d}\n"
    )
    b.t(f"{h:02d}:{mi + 17:02d} On scene at ").pii("ADDRESS", _addr_text(r, a)).t(
        ". Met by mother "
    ).pii("PERSON", _name(r, mom, "fl")).t(" (").pii("PHONE", _phone(r)).t(").\n")
    b.t(f"{h:02d}:{mi + 23:02d} Pt ").pii("PERSON", _name(r, p, r.choice(["fl", "given"])))
    b.t(f", {_age(p)} y/o, DOB ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["us", "us_short"])))
    b.t(", calm but guarded, denies SI/HI. ")
    if p.origin:
        b.t("Family from ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t("; pt born there, ")
        b.t(f"came at age {r.randint(3, 30)}. ")
    b.t("\n")
    b.t(f"{h:02d}:{mi + 29:02d} Mother states pt is ").pii("IMMIGRATION_STATUS", _status(r))
    b.t(" and fears any uniform = ICE. Reassured: team does not ask about or record status.\n")
    if r.random() < 0.4:
        b.t(f"{h + 1:02d}:{r.randint(0, 20):02d} Pt gave own number for follow-up: ").pii(
            "PHONE", _phone(r)
        ).t("\n")
    b.t(
        f"{h + 1:02d}:{r.randint(21, 59):02d} Pt agreed to voluntary transport to "
        f"{r.choice(_HOSPITALS)} CPEP. No restraints. Handoff to triage RN.\n"
    )
    b.t("Clinician: ").pii("PERSON", _name(r, clin, r.choice(["fl", "i"]))).t(", LCSW | EMT: ").pii(
        "PERSON", _name(r, emt, r.choice(["fl", "LF"]))
    ).t(f" #{r.randint(1000, 9999)}\n")
    return [(b.text(), b.labels, "")]


def _cn_ovs(r: random.Random, B: Callable[[], Any]) -> Out:
    """Court-based victim advocate's note on a crime-victim compensation claim."""
    b = B()
    p = _person(r)
    adv = _person(r, client=False)
    son = _relative(r, p, "m", "child")
    victim_is_son = r.random() < 0.35
    b.t(
        f"Advocate note - {r.choice(['Queens', 'Bronx', 'Brooklyn'])} Criminal Court Program - "
        f"{_when(r)}\nRe: OVS compensation claim V{_digits(r, 7)} / NYPD complaint "
        f"{r.randint(2024, 2026)}-{r.randint(1, 123):03d}-{_digits(r, 6)}\n\n"
    )
    b.t("Claimant ").pii("PERSON", _name(r, p, r.choice(["fl", "Lf"])))
    if victim_is_son:
        b.t(f" is the {_rel(p, 'parent')} of the victim, ").pii("PERSON", _name(r, son, "fl")).t(
            f" ({max(_age(son), 12)}), assaulted near school. "
        )
    else:
        b.t(" (victim) was robbed at knifepoint on the way home from work. ")
    b.t(
        "Claimant asked whether OVS needs a Social Security number. Explained neither SSN nor "
        "status is required; "
    )
    if r.random() < 0.55:
        b.t(f"for the lost-wages portion {_he(p)} gave ITIN ").pii("ITIN", _itin(r)).t(". ")
    else:
        b.t("claimant has SSN ").pii("SSN", _ssn(r)).t(" for the lost-wages portion. ")
    b.t("\n")
    if r.random() < 0.7:
        b.t("Claimant disclosed being ").pii("IMMIGRATION_STATUS", _status(r)).t(
            " - noted in file that this does NOT affect eligibility. "
        )
    if p.origin:
        b.t("Born in ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t("; ")
    b.t("DOB ").pii("DATE_OF_BIRTH", _bday(r, p)).t(".\n")
    if r.random() < 0.4:
        b.t("ID shown: IDNYC ").pii("IDNYC", _idnyc(r)).t(" (copy in file).\n")
    b.t(
        f"Expenses so far: ER bill ${r.randint(300, 4800):,}.{r.choice(['00', '50'])}, "
        f"lost wages {r.randint(2, 9)} weeks. Employer letter pending.\n"
    )
    a = _addr(r)
    b.t("Mail check to: ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t("Phone ").pii("PHONE", _phone(r))
    if r.random() < 0.6:
        b.t(" / email ").pii("EMAIL", _email(r, p))
    b.t("\n")
    b.t("-- ").pii("PERSON", _name(r, adv, "fl")).t(
        ", Victim Advocate (OVS helpline 1-800-247-8035)\n"
    )
    return [(b.text(), b.labels, "")]


def _cn_childcare(r: random.Random, B: Callable[[], Any]) -> Out:
    """ACS child-care voucher eligibility note, children listed with their dates of birth."""
    b = B()
    p = _person(r, sex="f")
    worker = _person(r, client=False)
    p.born = _ymd(r, 1982, 2004)
    kids = [q for q, _ in _family(r, p, ["child"] * r.randint(1, 3))]
    for k in kids:
        k.born = _ymd(r, max(p.born[0] + 16, 2013), 2025)
    b.t(f"ACS DIVISION OF CHILD CARE - VOUCHER ELIGIBILITY\nCase # {_digits(r, 8)}  Worker: ").pii(
        "PERSON", _name(r, worker, r.choice(["fl", "LF"]))
    ).t(f"  Date: {_when(r)}\n\n")
    b.t("Applicant ").pii("PERSON", _name(r, p, r.choice(["fl", "Lf", "CAPS"]))).t(
        " (mother), DOB "
    )
    b.pii("DATE_OF_BIRTH", _bday(r, p)).t(". Children:\n")
    for i, k in enumerate(kids, 1):
        b.t(f"  {i}) ").pii("PERSON", _name(r, k, "fl")).t(" - DOB ").pii(
            "DATE_OF_BIRTH", _bday(r, k, r.choice(["us", "us_short"]))
        ).t(f" - {r.choice(['birth cert seen', 'birth cert pending', 'hospital record'])}\n")
    b.t("Immigration: applicant is ").pii("IMMIGRATION_STATUS", _status(r)).t(
        "; explained child's eligibility does not depend on parent's status.\n"
    )
    if r.random() < 0.5:
        b.t("Applicant SSN: ").pii("SSN", _ssn(r)).t("\n")
    else:
        b.t("Applicant has no SSN - ITIN ").pii("ITIN", _itin(r)).t(" used for income check.\n")
    b.t(
        f"Employment: {r.choice(_JOBS)}"
        f", {r.randint(20, 40)} hrs/wk, gross ${r.randint(400, 900)}/wk (4 pay stubs).\n"
    )
    a = _addr(r)
    b.t("Address: ").pii("ADDRESS", _addr_text(r, a)).t("\nPhone: ").pii("PHONE", _phone(r))
    if r.random() < 0.7:
        b.t("   Email: ").pii("EMAIL", _email(r, p))
    b.t(
        f"\nProvider: {r.choice(_DAYCARES)}"
        f" (facility ID {_digits(r, 6)}) - start date {_when(r, 'us_short')}.\n"
    )
    return [(b.text(), b.labels, "")]


def _cn_oneshot(r: random.Random, B: Callable[[], Any]) -> Out:
    """HRA Job Center emergency assistance (One Shot Deal) rent-arrears interview."""
    b = B()
    p = _person(r)
    sp = _relative(r, p, "f" if p.sex == "m" else "m", "spouse")
    worker = _person(r, client=False)
    b.t(
        f"HRA JOB CENTER {r.choice(['17', '28', '38', '46', '53', '67', '70', '80'])} - EMERGENCY "
        f"ASSISTANCE (ONE SHOT DEAL) INTERVIEW\nCase No. {_digits(r, 11)}{r.choice('ABCDEFGH')}"
        f"   Interview: {_when(r, 'us')}   Worker "
    ).pii("PERSON", _name(r, worker, "i")).t(f" #{r.randint(10000, 99999)}\n\n")
    b.t("PI: ").pii("PERSON", _name(r, p, r.choice(["LF", "CAPS"]))).t("  DOB ").pii(
        "DATE_OF_BIRTH", _bday(r, p, "us")
    ).t("  SSN ").pii("SSN", _ssn(r)).t("\n")
    b.t("HH: spouse ").pii("PERSON", _name(r, sp, "fl")).t(" DOB ").pii(
        "DATE_OF_BIRTH", _bday(r, sp, "us")
    ).t(" (").pii("IMMIGRATION_STATUS", _status(r))
    if r.random() < 0.5:
        b.t(", ITIN ").pii("ITIN", _itin(r)).t(" - not applying)\n")
    else:
        b.t(", no SSN - not applying)\n")
    b.t(
        f"Arrears: ${r.randint(1200, 9800):,}.00 through {r.choice(_MONTHS)} "
        f"{r.randint(2024, 2026)}. Landlord: {r.choice(_LANDLORDS)}"
        f" (mgmt office (212) 555-0142). Marshal notice dated {_when(r, 'us_short')}.\n"
    )
    a = _addr(r)
    b.t("Address: ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t("Immigration: PI ").pii("IMMIGRATION_STATUS", _status(r))
    if r.random() < 0.7:
        b.t(", A# ").pii("A_NUMBER", _anum(r))
    b.t(f"; card exp {_when(r, 'us_short')}. SAVE verification initiated.\n")
    b.t("Contact: ").pii("PHONE", _phone(r)).t(
        f". PI states hours cut at work in {r.choice(_MONTHS)}; future ability to pay shown "
        f"(new job letter, ${r.randint(500, 1100)}/wk). Repayment agreement signed.\n"
    )
    return [(b.text(), b.labels, "")]


def _cn_asylum(r: random.Random, B: Callable[[], Any]) -> Out:
    """Volunteer's notes from a pro se asylum (I-589) workshop, wrapped bullet lines."""
    b = B()
    p = _person(r)
    sp = _relative(r, p, "f" if p.sex == "m" else "m", "spouse")
    kid = _relative(r, p, kind="child")
    kid.born = _ymd(r, max(p.born[0] + 17, 2008), 2025)
    vol = _person(r, client=False)
    b.t(f"PRO SE ASYLUM WORKSHOP - session notes - {_when(r, 'long')}\nVolunteer: ").pii(
        "PERSON", _name(r, vol, "fl")
    ).t(" (").pii(
        "EMAIL",
        _staff_email(r, vol, r.choice(["nylag.org", "probono.example.org", "asylumclinic.org"])),
    ).t(")\n\n")
    b.t("* Applicant: ").pii("PERSON", _name(r, p, r.choice(["fl", "LF"])))
    if r.random() < 0.4:
        b.t(' ("').pii("PERSON", _nick(r, p)).t('")')
    if p.origin:
        b.t(" - ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p, r.choice(["en", "es", "code"])))
    b.t(f" - entered {_when(r, 'us_short')} at {r.choice(_PORTS)}\n")
    b.t("* Derivatives: spouse ").pii("PERSON", _name(r, sp, "fl")).t(" (DOB ").pii(
        "DATE_OF_BIRTH", _bday(r, sp, r.choice(["us", "dmy"]))
    ).t("), child ").pii("PERSON", _name(r, kid, "given")).t(" (DOB ").pii(
        "DATE_OF_BIRTH", _bday(r, kid, "us")
    ).t(")\n")
    b.t("* Docs reviewed: passport ")
    if p.origin:
        b.pii("PASSPORT", _passport(r, p.origin[2])).t(f" (exp {_when(r, 'us_short')}); ")
    else:
        b.t("not available; ")
    b.t("I-94 ").pii("I94", _i94(r)).t(";\n  NTA served, A-number ").pii("A_NUMBER", _anum(r)).t(
        f", master hearing {_when(r, 'us')} at 26 Federal Plaza.\n"
    )
    b.t(f"* One-year deadline: {_when(r, 'long')} - FILE BEFORE THIS DATE.\n")
    a = _addr(r)
    b.t("* Mailing address for USCIS/EOIR:\n  ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t("* Phone ").pii("PHONE", _phone(r))
    if r.random() < 0.6:
        b.t(" | email ").pii("EMAIL", _email(r, p))
    b.t("\n* Status today: ").pii("IMMIGRATION_STATUS", r.choice(_STATUS_NEW_ARRIVAL)).t(
        " - EAD clock not started; explained 150-day rule.\n"
    )
    if r.random() < 0.5:
        b.t("* Has ITIN ").pii("ITIN", _itin(r)).t(" - bring last two tax returns.\n")
    b.t("* Next steps: sign I-589, mail to USCIS (not to court), keep copies; EOIR-33 if move.\n")
    return [(b.text(), b.labels, "")]


def case_note_q(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [_cn_reentry, _cn_padilla, _cn_bheard, _cn_ovs, _cn_childcare, _cn_oneshot, _cn_asylum]
    )(r, B)


# -- intake forms ------------------------------------------------------------------------------


def _ocr(r: random.Random, text: str, rate: float = 0.08) -> str:
    """Misreads of a scan, for unlabelled text only."""
    swaps = {"l": "1", "O": "0", "o": "0", "e": "c", "S": "5", "i": "l", "B": "8", "a": "o"}
    out = []
    for ch in text:
        out.append(swaps[ch] if ch in swaps and r.random() < rate else ch)
    return "".join(out).replace("rn", "m" if r.random() < 0.5 else "rn")


def _if_heap(r: random.Random, B: Callable[[], Any]) -> Out:
    """HEAP application: applicant block and a pipe table of household members."""
    b = B()
    p = _person(r)
    b.t(
        "HOME ENERGY ASSISTANCE PROGRAM (HEAP) - REGULAR BENEFIT APPLICATION   LDSS-3421 (Rev. "
        f"{r.randint(1, 12)}/{r.randint(19, 25)})\nSECTION 1 - APPLICANT\n"
    )
    b.t("Name (Last, First, MI): ").pii("PERSON", _name(r, p, "LF")).t("\n")
    dob, ssn = _bday(r, p, "us"), _ssn(r, "-") if r.random() < 0.8 else ""
    b.t("Date of Birth: ").pii("DATE_OF_BIRTH", dob).t("      SSN: ")
    if ssn:
        b.pii("SSN", ssn)
    else:
        b.t("applied for")
    a = _addr(r)
    b.t("\nHome Address: ").pii("ADDRESS", a.line1()).t(f"   City: {a.city}   ZIP: {a.zip}\n")
    b.t("Phone: ").pii("PHONE", _phone(r))
    if r.random() < 0.6:
        b.t("   E-mail: ").pii("EMAIL", _email(r, p))
    b.t("\nSECTION 2 - EVERYONE WHO LIVES WITH YOU\n")
    b.t(
        "| Name | Relationship | Date of birth | SSN | Citizen / immigration status |\n"
        "|---|---|---|---|---|\n"
    )
    kinds = r.sample(["spouse", "child", "child", "parent", "sibling"], r.randint(1, 3))
    members = [(p, "Self"), *_family(r, p, kinds)]
    for q, kind in members:
        rel = "Self" if q is p else _rel(q, kind).capitalize()
        b.t("| ").pii("PERSON", _name(r, q, "fl")).t(f" | {rel} | ").pii(
            "DATE_OF_BIRTH", dob if q is p else _bday(r, q, "us_bare")
        ).t(" | ")
        if q is p and ssn:
            b.pii("SSN", ssn)
        elif q is not p and r.random() < 0.5:
            b.pii("SSN", _ssn(r, "-"))
        elif q is not p and r.random() < 0.4:
            b.t("ITIN ").pii("ITIN", _itin(r, "-"))
        else:
            b.t("none")
        b.t(" | ")
        if r.random() < 0.25:
            b.t("-")
        else:
            b.pii("IMMIGRATION_STATUS", _status(r))
        b.t(" |\n")
    b.t(
        f"SECTION 3 - ENERGY\nPrimary heat: {r.choice(['Gas', 'Oil', 'Electric'])}   Utility: "
        f"{r.choice(['Con Edison', 'National Grid'])} acct {_digits(r, 2)}-{_digits(r, 4)}-"
        f"{_digits(r, 4)}-{_digits(r, 4)}-{r.randint(0, 9)}\nHeat included in rent? [X] No  [ ] Yes"
        f"\nMonthly rent: ${r.randint(900, 2600):,}\n"
    )
    return [(b.text(), b.labels, "")]


def _if_housing_connect(r: random.Random, B: Callable[[], Any]) -> Out:
    """Housing Connect lottery application: one household-member page, dotted leaders."""
    b = B()
    hoh = _person(r)
    q = (
        _relative(r, hoh, kind=r.choice(["spouse", "child", "sibling"]))
        if r.random() < 0.6
        else hoh
    )
    n = r.randint(2, 5)
    idx = 1 if q is hoh else r.randint(2, n)
    b.t(
        f"NYC Housing Connect  Application #{_digits(r, 8)}   Development: "
        f"{r.choice(_DEVELOPMENTS)}"
        f"   Lottery log # {r.randint(1, 98000)}\n"
    )
    b.t(f"HOUSEHOLD MEMBER {idx} of {n}" + ("  (HEAD OF HOUSEHOLD)" if idx == 1 else "") + "\n\n")
    dots = r.choice([" ....... ", " ...... ", ": ", " ___ "])
    b.t(f"First name{dots}").pii("PERSON", q.given).t("\n")
    b.t(f"Last name{dots}").pii("PERSON", q.last()).t("\n")
    b.t(f"Relationship{dots}{'Self' if idx == 1 else r.choice(_HOUSEHOLD_RELATIONS)}\n")
    b.t(f"Date of birth{dots}").pii("DATE_OF_BIRTH", _bday(r, q, r.choice(["us", "long"]))).t("\n")
    b.t(f"SSN / ITIN{dots}")
    if r.random() < 0.4:
        b.pii("SSN", _ssn(r))
    else:
        b.pii("ITIN", _itin(r))
    b.t("\n")
    if r.random() < 0.8:
        b.t(f"Email{dots}").pii("EMAIL", _email(r, q)).t("\n")
    b.t(f"Mobile{dots}").pii("PHONE", _phone(r)).t("\n")
    if idx == 1 or r.random() < 0.3:
        a = _addr(r)
        b.t(f"Current address{dots}").pii("ADDRESS", a.full()).t("\n")
    else:
        b.t(f"Current address{dots}Same as head of household\n")
    if q.origin and r.random() < 0.8:
        b.t(f"Country of birth (optional){dots}").pii("COUNTRY_OF_BIRTH", _origin_text(r, q)).t(
            "\n"
        )
    b.t(
        f"Income sources{dots}Employment ${r.randint(18, 72)},{r.randint(100, 999)}/yr; "
        f"{r.choice(['none other', 'child support', 'SSI $943/mo'])}\n"
    )
    b.t(f"Preference{dots}{r.choice(_PREFERENCES)}\n")
    return [(b.text(), b.labels, "")]


def _if_headstart(r: random.Random, B: Callable[[], Any]) -> Out:
    """EarlyLearn / Head Start enrollment form, English or Spanish labels."""
    b = B()
    p = _person(r)
    es = p.com in _SPANISH and r.random() < 0.6
    p.born = _ymd(r, 1982, 2004)
    child = _relative(r, p, kind="child")
    child.born = _ymd(r, 2021, 2023)
    co = _relative(r, p, "m" if p.sex == "f" else "f", "spouse")
    em1, em2 = _relative(r, p, kind="sibling"), _person(r)
    center = r.choice(["Sunset Park Head Start", "Highbridge EarlyLearn Center",
                       "Flatbush Family Center", "Corona Kids Head Start"])  # fmt: skip
    lab = (
        ["FORMULARIO DE INSCRIPCIÓN", "NIÑO/A", "Nombre", "Fecha de nac.", "Idioma en casa",
         "PADRE/MADRE/TUTOR", "Celular", "Correo", "País de origen", "Dirección",
         "Contactos de emergencia (no padres)", "tía" if em1.sex == "f" else "tío", "vecino/a"]
        if es else
        ["ENROLLMENT FORM", "CHILD", "Name", "DOB", "Home language", "PARENT/GUARDIAN",
         "Cell", "Email", "Country of origin", "Address", "Emergency contacts (not parents)",
         "aunt" if em1.sex == "f" else "uncle", "neighbor"]
    )  # fmt: skip
    year = r.randint(2025, 2026)
    b.t(
        f"EarlyLearn NYC / Head Start - {lab[0]} - {center}\nProgram year "
        f"{year}-{year - 1999}   Slot: {r.choice(['Full day', '6-hour', 'Extended'])}\n\n"
    )
    b.t(f"{lab[1]}: {lab[2]} ").pii("PERSON", _name(r, child, "fl")).t(f"   {lab[3]} ").pii(
        "DATE_OF_BIRTH", _bday(r, child, r.choice(["us", "dmy"]))
    ).t(f"   {lab[4]}: {_lang(r, p)}\n")
    for i, q in enumerate([p, co], 1):
        if i == 2 and r.random() < 0.35:
            break
        b.t(f"{lab[5]} {i}: ").pii("PERSON", _name(r, q, r.choice(["fl", "LF"]))).t(
            f"   {lab[3]} "
        ).pii("DATE_OF_BIRTH", _bday(r, q)).t(f"   {lab[6]} ").pii("PHONE", _phone(r))
        if r.random() < 0.6:
            b.t(f"   {lab[7]} ").pii("EMAIL", _email(r, q))
        if q.origin and r.random() < 0.7:
            b.t(f"   {lab[8]}: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, q, "es" if es else "en"))
        b.t("\n")
    a = _addr(r)
    b.t(f"{lab[9]}: ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t(f"{lab[10]}:\n  1) ").pii("PERSON", _name(r, em1, "fl")).t(f" ({lab[11]}) ").pii(
        "PHONE", _phone(r)
    ).t("\n  2) ").pii("PERSON", _name(r, em2, "fl")).t(f" ({lab[12]}) ").pii("PHONE", _phone(r)).t(
        "\n"
    )
    if r.random() < 0.35:
        b.t(f"{lab[5]} 1 ID: IDNYC ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t(
        f"Medicaid/CHP+ ID: {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGH')}{_digits(r, 5)}"
        f"{r.choice('ABCDEF')}   Immunizations: CIR printout attached {_when(r, 'us_short')}\n"
    )
    return [(b.text(), b.labels, "")]


def _if_scrie(r: random.Random, B: Callable[[], Any]) -> Out:
    """Rent Freeze Program (SCRIE) initial application, with proof of age."""
    b = B()
    p = _person(r)
    p.born = _ymd(r, 1936, 1961)
    sp = _relative(r, p, "f" if p.sex == "m" else "m", "spouse")
    b.t(
        "NYC DEPARTMENT OF FINANCE - RENT FREEZE PROGRAM\nSENIOR CITIZEN RENT INCREASE EXEMPTION "
        "(SCRIE) - INITIAL APPLICATION\n\n"
    )
    b.t("1. Applicant name: ").pii("PERSON", _name(r, p, r.choice(["fl", "CAPS"]))).t(
        "     Date of birth: "
    ).pii("DATE_OF_BIRTH", _bday(r, p, "us")).t("\n")
    if r.random() < 0.7:
        b.t("   Social Security No.: ").pii("SSN", _ssn(r)).t("\n")
    else:
        b.t("   Social Security No.: none   ITIN: ").pii("ITIN", _itin(r)).t("\n")
    b.t("2. Proof of age (check one):\n")
    kind = r.choice(["passport", "passport", "idnyc", "both"])
    if kind in ("passport", "both") and p.origin:
        b.t("   [X] Passport  No. ").pii("PASSPORT", _passport(r, p.origin[2])).t(
            "  Issuing country: "
        ).pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t("\n")
    else:
        b.t("   [ ] Passport\n")
    if kind in ("idnyc", "both") or not p.origin:
        b.t("   [X] IDNYC card  No. ").pii("IDNYC", _idnyc(r)).t(f"  Exp. {_when(r, 'us_short')}\n")
    else:
        b.t("   [ ] IDNYC card   [ ] Birth certificate   [ ] Driver license\n")
    a = _addr(r)
    b.t("3. Apartment address: ").pii("ADDRESS", _addr_text(r, a)).t(
        f"\n   Legal regulated rent: ${r.randint(700, 1900):,}.{_digits(r, 2)}   Lease ends: "
        f"{_when(r, 'us')}\n"
    )
    b.t(
        f"4. Owner/managing agent: {r.choice(_OWNERS)}"
        f", {r.randint(10, 500)} {r.choice(['Broadway', 'Fifth Avenue', 'Madison Avenue'])}, "
        f"New York, NY 100{r.randint(1, 38):02d}-{_digits(r, 4)}\n"
    )
    if r.random() < 0.7:
        b.t("5. Household members: ").pii("PERSON", _name(r, sp, "fl")).t(" (spouse), DOB ").pii(
            "DATE_OF_BIRTH", _bday(r, sp, "us")
        ).t("\n")
    b.t(f"6. Combined household income: ${r.randint(14, 50)},{r.randint(100, 999)}\n")
    b.t("7. Daytime phone: ").pii("PHONE", _phone(r))
    if r.random() < 0.4:
        b.t("   E-mail (optional): ").pii("EMAIL", _email(r, p))
    b.t(
        "\nMail to: NYC Department of Finance, Rent Freeze Program, P.O. Box 3179, Union, NJ "
        "07083-1897\n"
    )
    return [(b.text(), b.labels, "")]


def _if_haitian(r: random.Random, B: Callable[[], Any]) -> Out:
    """Community health worker programme sign-up, Haitian Creole labels."""
    b = B()
    p = _person(r, "haitian" if r.random() < 0.85 else None)
    kind = r.choice(["sibling", "child", "spouse"])
    c = _relative(r, p, kind=kind) if r.random() < 0.7 else _person(r, p.com)
    b.t(
        f"FÒM ENSKRIPSYON - Pwogram Travayè Sante Kominotè (Flatbush / East Flatbush)\n"
        f"Dat: {_when(r, 'ht')}      Nimewo dosye: KHW-{_digits(r, 5)}\n\n"
    )
    b.t("Non ak siyati: ").pii("PERSON", _name(r, p, r.choice(["fl", "LF", "CAPS"]))).t("\n")
    b.t("Dat nesans: ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["ht", "dmy", "us"])))
    b.t(f"     Laj: {_age(p)}\n")
    if p.origin:
        b.t("Peyi kote w fèt: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p, "ht")).t("\n")
    a = _addr(r)
    b.t("Adrès: ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t("Telefòn: ").pii("PHONE", _phone(r))
    if r.random() < 0.5:
        b.t("     Imèl: ").pii("EMAIL", _email(r, p))
    b.t("\nEstati imigrasyon: ").pii("IMMIGRATION_STATUS", _status(r, r.choice(["ht", "ht", "en"])))
    b.t("\n")
    if r.random() < 0.55:
        b.t("Nimewo A (si w genyen): ").pii("A_NUMBER", _anum(r, prefix=r.random() < 0.5)).t("\n")
    if r.random() < 0.65:
        b.t("Nimewo kat IDNYC: ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t("Asirans: [ ] Medicaid  [ ] Essential Plan  [X] Pa gen asirans\n")
    b.t("Moun pou kontakte an ka ijans: ").pii("PERSON", _name(r, c, "fl")).t(
        f" ({_rel(c, kind, 'ht') if c.surname == p.surname else 'vwazen'}) "
    ).pii("PHONE", _phone(r)).t("\nLang: Kreyòl ayisyen   Entèprèt: Wi\n")
    return [(b.text(), b.labels, "")]


def _if_urdu(r: random.Random, B: Callable[[], Any]) -> Out:
    """Coney Island Avenue community organisation intake, Urdu and English labels."""
    b = B()
    p = _person(r, r.choice(["pakistani", "pakistani", "bangladeshi", "afghan", "punjabi"]))
    ur_country = {"PK": "پاکستان", "BD": "بنگلہ دیش", "AF": "افغانستان", "IN": "بھارت"}
    b.t("درخواست فارم / CLIENT INTAKE - Coney Island Avenue Community Services\n")
    b.t(f"تاریخ / Date: {_when(r, 'us')}     کیس نمبر / Case #: CIA-{_digits(r, 6)}\n\n")
    b.t("نام / Name: ").pii("PERSON", _name(r, p, r.choice(["fl", "CAPS", "LF"]))).t("\n")
    b.t("تاریخ پیدائش / DOB: ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["dmy", "us", "dots"])))
    b.t("\n")
    if p.origin:
        iso2 = p.origin[2]
        country = (
            ur_country[iso2] if iso2 in ur_country and r.random() < 0.4 else _origin_text(r, p)
        )
        b.t("پیدائش کا ملک / Country of birth: ").pii("COUNTRY_OF_BIRTH", country).t("\n")
    a = _addr(r)
    b.t("پتہ / Address: ").pii("ADDRESS", _addr_text(r, a)).t("\n")
    b.t("فون / Phone: ").pii("PHONE", _phone(r)).t("\n")
    b.t("امیگریشن کی حیثیت / Immigration status: ").pii(
        "IMMIGRATION_STATUS", _status(r, r.choice(["ur", "en", "en"]))
    ).t("\n")
    if p.origin and r.random() < 0.7:
        b.t("پاسپورٹ نمبر / Passport #: ").pii("PASSPORT", _passport(r, p.origin[2])).t("\n")
    if r.random() < 0.6:
        b.t("A نمبر / A-Number: ").pii("A_NUMBER", _anum(r, prefix=r.random() < 0.6)).t("\n")
    if r.random() < 0.5:
        b.t("ٹیکس نمبر / ITIN: ").pii("ITIN", _itin(r)).t("\n")
    if r.random() < 0.6:
        b.t("رسید نمبر / USCIS receipt: ").pii("USCIS_RECEIPT", _receipt(r)).t("\n")
    b.t(
        f"زبان / Language: {r.choice(['Urdu', 'Punjabi', 'Bengali', 'Pashto', 'Dari'])}   "
        f"خدمت / Service: {r.choice(_SERVICES)}\n"
    )
    return [(b.text(), b.labels, "")]


def _if_ovs_pdf(r: random.Random, B: Callable[[], Any]) -> Out:
    """Victim compensation claim form flattened from a PDF: each value sits above its label, and
    the scan misreads the labels."""
    b = B()
    p = _person(r)
    o = r.random() < 0.5

    def lab(text: str) -> str:
        return _ocr(r, text) if o else text

    b.t(lab("NEW YORK STATE OFFICE OF VICTIM SERVICES - CLAIM APPLICATION   Page 1 of 6") + "\n")
    b.t(lab("Section A. Victim Information") + "\n")
    b.pii("PERSON", _name(r, p, r.choice(["fl", "CAPS"]))).t("\n")
    b.t(lab("Victim Name (First, Middle, Last)") + "\n")
    b.pii("DATE_OF_BIRTH", _bday(r, p, "us")).t("                    ")
    if r.random() < 0.4:
        b.pii("SSN", _ssn(r))
    else:
        b.pii("ITIN", _itin(r))
    b.t("\n" + lab("Date of Birth (mm/dd/yyyy)         Social Security No. or ITIN (optional)"))
    b.t("\n")
    a = _addr(r)
    b.pii("ADDRESS", a.line1()).t(f"      {a.city}      NY      {a.zip}\n")
    b.t(lab("Street Address, Apt No.                City             State   ZIP") + "\n")
    b.pii("PHONE", _phone(r)).t("        ")
    if r.random() < 0.6:
        b.pii("EMAIL", _email(r, p))
    b.t("\n" + lab("Telephone                          E-mail") + "\n")
    if p.origin and r.random() < 0.5:
        b.pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t("\n")
        b.t(lab("Country of birth (for interpreter services only)") + "\n")
    b.t(lab("Section B. Crime Information") + "\n")
    b.t(
        f"{_when(r, 'us')}     {r.choice(['Assault', 'Robbery', 'Burglary', 'Hit and run'])}"
        f"     {r.randint(1, 123)}\n"
    )
    b.t(lab("Date of crime       Type of crime        Precinct") + "\n")
    b.t(f"{r.randint(2024, 2026)}-{r.randint(1, 123):03d}-{_digits(r, 5)}\n")
    b.t(lab("Police complaint / incident report number") + "\n")
    return [(b.text(), b.labels, "")]


def intake_form_q(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [
            _if_heap,
            _if_housing_connect,
            _if_headstart,
            _if_scrie,
            _if_haitian,
            _if_urdu,
            _if_ovs_pdf,
        ]
    )(r, B)


# -- letters -----------------------------------------------------------------------------------


def _address_block(r: random.Random, b: Any, p: _Person, a: _Addr) -> None:
    """Recipient block: name, then the street line (labelled), then city, state and ZIP (not
    labelled, on a line of their own), or everything on one labelled line."""
    b.pii("PERSON", _name(r, p, r.choice(["fl", "fl", "CAPS"]))).t("\n")
    if r.random() < 0.7:
        b.pii("ADDRESS", a.line1()).t("\n")
        b.t(f"{a.city}, NY {a.zip}" + (f"-{_digits(r, 4)}" if r.random() < 0.3 else "") + "\n")
    else:
        b.pii("ADDRESS", a.full()).t("\n")


def _lt_idnyc(r: random.Random, B: Callable[[], Any]) -> Out:
    """IDNYC renewal reminder."""
    b = B()
    p = _person(r)
    b.t(f"IDNYC\nP.O. Box 2437, New York, NY 10008-2437\n\n{_when(r, 'long')}\n\n")
    _address_block(r, b, p, _addr(r))
    b.t("\nRE: Renewal of your IDNYC card\n\nDear ")
    if r.random() < 0.5:
        b.t(r.choice(["Mr. " if p.sex == "m" else "Ms. ", "Mx. "])).pii("PERSON", p.last())
    else:
        b.pii("PERSON", _name(r, p, r.choice(["given", "fl"])))
    b.t(",\n\n")
    b.t("Our records show that IDNYC card number ").pii("IDNYC", _idnyc(r)).t(
        f" will expire on {_when(r, 'long')}. "
    )
    if r.random() < 0.5:
        b.t("The card was issued to the cardholder born ").pii(
            "DATE_OF_BIRTH", _bday(r, p, "long")
        ).t(". ")
    if r.random() < 0.35 and p.origin:
        b.t("The identity document on file is passport no. ").pii(
            "PASSPORT", _passport(r, p.origin[2])
        ).t(" (").pii("COUNTRY_OF_BIRTH", _origin_text(r, p)).t(
            "); if it has expired, bring a new one. "
        )
    b.t(
        "You can renew at any enrollment center up to 90 days before that date. Please bring "
        "the card and one proof of residency dated within the last 60 days (for example a utility"
        " bill or a bank statement). If your name or address has changed, bring proof of the "
        "change too.\n\n"
    )
    b.t(
        f"Your renewal appointment code is {r.choice('ABCDEFGHJK')}{_digits(r, 6)}. Enrollment "
        f"centers: {r.choice(_IDNYC_CENTERS)}"
        ", and others listed at nyc.gov/idnyc. IDNYC does not ask about immigration status and "
        "does not share your information except as required by law.\n\n"
    )
    if r.random() < 0.4:
        b.t("We will send the renewed card to: ").pii("ADDRESS", _addr(r).full()).t(
            ". If this is wrong, call 311 and ask for IDNYC.\n\n"
        )
    b.t("Sincerely,\nIDNYC Program\nNYC Human Resources Administration\n")
    return [(b.text(), b.labels, "")]


def _lt_congress(r: random.Random, B: Callable[[], Any]) -> Out:
    """Privacy Act release to a Member of Congress's district office, filled in by hand."""
    b = B()
    p = _person(r)
    cw = _person(r, client=False)
    dist = r.choice(["6th", "7th", "13th", "14th", "15th", "9th"])
    b.t(
        f"OFFICE OF THE MEMBER OF CONGRESS, NEW YORK'S {dist.upper()} DISTRICT\nDistrict Office - "
        f"{r.choice(_DISTRICT_OFFICES)}\n\n"
    )
    b.t("PRIVACY RELEASE FORM - AUTHORIZATION UNDER THE PRIVACY ACT OF 1974\n\n")
    b.t("I, ").pii("PERSON", _name(r, p, "fl")).t(
        ", authorize this office to contact U.S. Citizenship and Immigration Services about my "
        "case and to receive information from my records.\n\n"
    )
    if r.random() < 0.4:
        b.t("Other names used: ").pii("PERSON", _name(r, p, r.choice(["LF", "lower"]))).t("\n")
    b.t("Date of birth: ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["us", "long"])))
    if p.origin:
        b.t("     Country of birth: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p))
    b.t("\nA-Number: ").pii("A_NUMBER", _anum(r, prefix=r.random() < 0.7))
    b.t("     Receipt number(s): ").pii("USCIS_RECEIPT", _receipt(r))
    if r.random() < 0.4:
        b.t(", ").pii("USCIS_RECEIPT", _receipt(r))
    b.t(
        f"\nForm(s) filed: {r.choice(['I-765', 'I-589', 'I-130', 'I-485', 'N-400', 'I-821'])}"
        f"   Filed on: {_when(r, 'us')}\n"
    )
    b.t("Current immigration status: ").pii("IMMIGRATION_STATUS", _status(r)).t("\n")
    if r.random() < 0.35:
        b.t("I-94 number (if paroled): ").pii("I94", _i94(r)).t("\n")
    b.t("Home address: ").pii("ADDRESS", _addr_text(r, _addr(r))).t("\n")
    b.t("Phone: ").pii("PHONE", _phone(r))
    if r.random() < 0.7:
        b.t("     Email: ").pii("EMAIL", _email(r, p))
    b.t(f"\nNature of problem: {r.choice(_CASE_PROBLEMS)}\n\n")
    b.t(f"Signature: ______________________     Date: {_when(r, 'us_short')}\n\n")
    b.t("For office use - caseworker: ").pii("PERSON", _name(r, cw, "fl")).t(" (").pii(
        "EMAIL", _staff_email(r, cw, "mail.house.gov")
    ).t(f")  IQ case {_digits(r, 7)}\n")
    return [(b.text(), b.labels, "")]


def _lt_n648(r: random.Random, B: Callable[[], Any]) -> Out:
    """Physician's cover letter for a disability exception (N-648) in a naturalisation case."""
    b = B()
    p = _person(r)
    p.born = _ymd(r, 1940, 1975)
    doc = _person(r, client=False)
    title = "Mr." if p.sex == "m" else "Ms."
    pro, obj = _he(p), "him" if p.sex == "m" else "her"
    b.t(
        f"{r.choice(_MEDICAL_CENTERS)}"
        f" - Department of {r.choice(_DEPARTMENTS)}\n{_when(r, 'long')}\n\n"
        "U.S. Citizenship and Immigration Services\nNew York Field Office\n26 Federal Plaza, New "
        "York, NY 10278\n\n"
    )
    b.t("Re: ").pii("PERSON", _name(r, p, r.choice(["fl", "CAPS"]))).t(", DOB ").pii(
        "DATE_OF_BIRTH", _bday(r, p, "us")
    ).t(", A# ").pii("A_NUMBER", _anum(r, prefix=r.random() < 0.5)).t("\n")
    b.t("     Form N-400, receipt ").pii("USCIS_RECEIPT", _receipt(r)).t("\n\n")
    b.t("To the adjudicating officer:\n\nI am the treating physician of ")
    if r.random() < 0.5:
        b.t(f"{title} ").pii("PERSON", p.last())
    else:
        b.pii("PERSON", _name(r, p, "fl"))
    b.t(
        f", whom I have seen every {r.choice(['month', 'three months', 'six weeks'])} since "
        f"{r.randint(2012, 2023)}. "
    )
    if r.random() < 0.6:
        b.t(f"{pro.capitalize()} has been a ").pii(
            "IMMIGRATION_STATUS",
            r.choice(
                ["lawful permanent resident", "permanent resident", "LPR", "green card holder"]
            ),
        ).t(f" for more than {r.randint(5, 30)} years. ")
    b.t(
        f"{pro.capitalize()} has {r.choice(_DIAGNOSES)}"
        f", diagnosed {_when(r, 'us_short')}, which prevents {obj} from learning or remembering "
        "English and civics. The completed Form N-648 is enclosed.\n\n"
    )
    b.t("Sincerely,\n\n").pii("PERSON", _name(r, doc, "fl")).t(
        f", MD\nNYS license {_digits(r, 6)}   "
    )
    b.pii("EMAIL", _staff_email(r, doc, "nychhc.org")).t("\n")
    return [(b.text(), b.labels, "")]


def _lt_closing(r: random.Random, B: Callable[[], Any]) -> Out:
    """Legal-services closing letter after an asylum grant."""
    b = B()
    p = _person(r)
    atty = _person(r, client=False)
    org, domain = r.choice([("Immigrant Justice Project", "ijp-nyc.org"),
                            ("Northern Manhattan Legal Services", "nmls.org"),
                            ("Queens Immigrant Defense Collaborative", "qidc.org"),
                            ("Bronx Community Law Office", "bxclo.org")])  # fmt: skip
    b.t(f"{org}\nImmigration Unit\n\n{_when(r, 'long')}\n\nPRIVILEGED & CONFIDENTIAL\n\n")
    _address_block(r, b, p, _addr(r))
    b.t(f"\nRe: Closing of your case - our file no. {r.randint(2019, 2026)}-{_digits(r, 5)}\n\n")
    b.t("Dear ").pii("PERSON", _name(r, p, "given")).t(",\n\n")
    b.t(
        f"We are writing to let you know that your case with our office is now closed. On "
        f"{_when(r, 'long')}, the Asylum Office granted your application, so you are now an "
    )
    b.pii("IMMIGRATION_STATUS", r.choice(["asylee", "asylee", "asylum grantee"])).t(". ")
    b.t("Your new I-94 record, number ").pii("I94", _i94(r)).t(
        ", shows this status; keep it with your passport. "
    )
    b.t("Your A-number is ").pii("A_NUMBER", _anum(r)).t(". ")
    if r.random() < 0.7:
        b.t("The receipt number for your work permit renewal is ").pii(
            "USCIS_RECEIPT", _receipt(r)
        ).t(". ")
    b.t(
        "One year after the grant you may apply for a green card (Form I-485); call us then and"
        " we will open a new case. If you move, you must file Form AR-11 within 10 days.\n\n"
    )
    b.t("It has been a privilege to represent you.\n\nSincerely,\n\n").pii(
        "PERSON", _name(r, atty, "fl")
    ).t(", Esq.\n").pii("EMAIL", _staff_email(r, atty, domain)).t(
        f"\nMain line (212) 555-01{r.randint(10, 99)}  |  intake@{domain}\n"
    )
    return [(b.text(), b.labels, "")]


def _lt_assoc(r: random.Random, B: Callable[[], Any]) -> Out:
    """Chinese family association's membership certification, Chinese and English."""
    b = B()
    p = _person(r, "chinese")
    head = _person(r, "chinese", "m")
    zh, en = r.choice([("紐約長樂同鄉會", "Changle Fellowship Association of New York"),
                       ("美東福州十邑同鄉會", "Fuzhou Districts Association of the East Coast"),
                       ("紐約連江同鄉聯誼會", "Lianjiang Friendship Association of New York"),
                       ("紐約台山同鄉會", "Taishan Hometown Association of New York")])  # fmt: skip
    b.t(
        f"{zh}\n{en}\n{r.randint(11, 60)} {r.choice(_CHINATOWN_STREETS)}"
        f", New York, NY 10002\n\n證明信 / CERTIFICATION          {_when(r, 'zh')}\n\n"
    )
    b.t("茲證明 / This is to certify that ").pii("PERSON", _name(r, p, r.choice(["east", "fl"])))
    b.t("，出生日期 / born ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["zh", "us", "long"])))
    if p.origin:
        b.t("，出生於 / in ").pii("COUNTRY_OF_BIRTH", r.choice(["中国", "China", "中國", "PRC"]))
        b.t(r.choice(["福建省長樂市", " (Fujian)", "", " 福州"]))
    b.t("，住址 / residing at ").pii("ADDRESS", _addr_text(r, _addr(r)))
    b.t(
        f"，自{r.randint(2009, 2024)}年起為本會會員 / has been a member of our association since that"
        f" year (membership no. {_digits(r, 4)}).\n"
    )
    if r.random() < 0.7:
        b.t(f"據其本人告知，其身份為 / The member informs us that {_he(p)} is: ").pii(
            "IMMIGRATION_STATUS", _status(r, r.choice(["zh", "en"]))
        ).t("。\n")
    if r.random() < 0.5:
        b.t("護照號碼 / Passport No.: ").pii("PASSPORT", _passport(r, "CN")).t("\n")
    b.t("聯絡電話 / Tel: ").pii("PHONE", _phone(r)).t("\n\n")
    b.t("特此證明 / Certified by:\n會長 President ").pii("PERSON", _name(r, head, "fl")).t(
        "\n（會印 / association seal）\n"
    )
    return [(b.text(), b.labels, "")]


def _lt_utility(r: random.Random, B: Callable[[], Any]) -> Out:
    """Physician's medical-emergency certification to stop a gas shut-off."""
    b = B()
    p = _person(r)
    doc = _person(r, client=False)
    b.t(
        f"{r.choice(_CLINICS)}\n"
        f"{_when(r, 'long')}\n\nNational Grid - Consumer Advocacy\nOne MetroTech Center, Brooklyn,"
        " NY 11201\n\nRE: Medical emergency certification (16 NYCRR 11.5)\n"
    )
    b.t(f"Account No. {_digits(r, 5)}-{_digits(r, 5)}\n\n")
    b.t("Customer / patient: ").pii("PERSON", _name(r, p, r.choice(["fl", "CAPS"]))).t(
        "     Date of birth: "
    ).pii("DATE_OF_BIRTH", _bday(r, p, "us")).t("\n")
    b.t("Service address: ").pii("ADDRESS", _addr_text(r, _addr(r))).t("\n")
    b.t("Customer phone: ").pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.4:
        b.t("ID presented at visit: IDNYC ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t("\n")
    b.t("I certify that ").pii("PERSON", _name(r, p, "fl")).t(
        f", who lives at the service address, has {r.choice(_CONDITIONS)}"
        f" and that a termination of gas service would seriously aggravate this condition. This "
        f"certification is valid for 30 days and may be renewed.\n\n"
    )
    b.t("Certifying physician: ").pii("PERSON", _name(r, doc, "fl")).t(
        f", MD   NPI {_digits(r, 10)}   Tel. (718) 630-{_digits(r, 4)}\n"
    )
    return [(b.text(), b.labels, "")]


def _lt_aor(r: random.Random, B: Callable[[], Any]) -> Out:
    """Resettlement agency's cover letter for an Affidavit of Relationship (DS-7656)."""
    b = B()
    p = _person(
        r,
        r.choice(
            [
                "afghan",
                "horn_of_africa",
                "viet_burmese",
                "east_slavic",
                "central_american",
                "venezuelan_colombian",
                "west_african",
            ]
        ),
    )
    staff = _person(r, client=False)
    kinds = r.sample(["spouse", "child", "child", "parent", "sibling"], r.randint(1, 3))
    rel = _family(r, p, kinds)
    b.t(f"{r.choice(_RESETTLEMENT)}\nRefugee Family Reunification\n{_when(r, 'long')}\n\n")
    b.t("Re: Affidavit of Relationship (AOR, Form DS-7656) - U.S. tie: ").pii(
        "PERSON", _name(r, p, "fl")
    ).t("\n\n")
    b.t("U.S. tie: ").pii("PERSON", _name(r, p, "LF")).t(", born ").pii(
        "DATE_OF_BIRTH", _bday(r, p, r.choice(["long", "us"]))
    )
    if p.origin:
        b.t(" in ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p))
    b.t(f"; admitted on {_when(r, 'long')} as a ").pii(
        "IMMIGRATION_STATUS", r.choice(["refugee", "refugee", "asylee", "SIV holder"])
    ).t(", I-94 number ").pii("I94", _i94(r)).t(", A-number ").pii("A_NUMBER", _anum(r)).t(".")
    if r.random() < 0.5:
        b.t(" The tie is now a ").pii(
            "IMMIGRATION_STATUS",
            r.choice(["lawful permanent resident", "permanent resident", "LPR"]),
        ).t(".")
    b.t("\nAddress: ").pii("ADDRESS", _addr_text(r, _addr(r))).t("   Phone: ").pii(
        "PHONE", _phone(r)
    )
    if r.random() < 0.6:
        b.t("   Email: ").pii("EMAIL", _email(r, p))
    b.t("\n\nQualifying relatives abroad:\n")
    for i, (q, kind) in enumerate(rel, 1):
        b.t(f"  {i}. ").pii("PERSON", _name(r, q, "fl")).t(f" ({_rel(q, kind)}), DOB ").pii(
            "DATE_OF_BIRTH", _bday(r, q, r.choice(["us", "dmy"]))
        ).t(
            f", now in {r.choice(_ABROAD)}"
            f", UNHCR case {r.choice(_UNHCR)}-{_digits(r, 2)}C{_digits(r, 5)}\n"
        )
    b.t("\nPrepared by ").pii("PERSON", _name(r, staff, "fl")).t(
        ", Case Manager. Please call our office at (212) 613-1400 with any questions.\n"
    )
    return [(b.text(), b.labels, "")]


def _lt_tps_ht(r: random.Random, B: Callable[[], Any]) -> Out:
    """Haitian community centre's letter about a TPS re-registration appointment, in Creole."""
    b = B()
    p = _person(r, "haitian")
    staff = _person(r, r.choice(["haitian", None]), client=False)
    b.t(
        f"Sant Kominotè Ayisyen Flatbush\n{r.randint(800, 2400)} Nostrand Avenue, Brooklyn, NY "
        f"11226\n\n{_when(r, 'ht')}\n\n"
    )
    _address_block(r, b, p, _addr(r))
    b.t("\nObjè: Randevou pou renouvle TPS ou\n\nChè ").pii("PERSON", _name(r, p, "given")).t(
        ",\n\n"
    )
    b.t("Nou resevwa demann ou. Men enfòmasyon nou genyen nan dosye ou:\n")
    b.t("  Nimewo A: ").pii("A_NUMBER", _anum(r, prefix=r.random() < 0.6)).t("\n")
    b.t("  Dènye resi USCIS: ").pii("USCIS_RECEIPT", _receipt(r)).t("\n")
    b.t("  Dat nesans: ").pii("DATE_OF_BIRTH", _bday(r, p, r.choice(["ht", "dmy"]))).t("\n")
    if p.origin:
        b.t("  Peyi: ").pii("COUNTRY_OF_BIRTH", _origin_text(r, p, "ht")).t("\n")
    if r.random() < 0.3:
        b.t("  Nimewo I-94: ").pii("I94", _i94(r)).t("\n")
    b.t("  Estati kounye a: ").pii(
        "IMMIGRATION_STATUS", r.choice(["TPS", "TPS", "parol imanitè", "demandè azil"])
    ).t("\n\n")
    b.t(f"Randevou ou se {_when(r, 'ht')} a {r.randint(9, 15)}è. Pote paspò ou")
    if p.origin and r.random() < 0.7:
        b.t(" (nimewo ").pii("PASSPORT", _passport(r, p.origin[2])).t(")")
    b.t(", kat EAD ou ak tout lèt USCIS ou resevwa yo. Sèvis la gratis.\n\n")
    b.t("Si w gen kesyon, rele biwo a nan (718) 555-0163 oswa ekri ").pii(
        "EMAIL", _staff_email(r, staff, "sakflatbush.org")
    ).t(".\n\nAk respè,\n").pii("PERSON", _name(r, staff, "fl")).t("\nKowòdonatè Imigrasyon\n")
    return [(b.text(), b.labels, "")]


def letter_q(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [
            _lt_idnyc,
            _lt_congress,
            _lt_n648,
            _lt_closing,
            _lt_assoc,
            _lt_utility,
            _lt_aor,
            _lt_tps_ht,
        ]
    )(r, B)


# -- CSV extracts ------------------------------------------------------------------------------

Cell = tuple[str | None, str]


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    """One segment per non-empty cell, its column header (underscores as spaces) as context."""
    out: Out = []
    for row in rows:
        for column, (type_, value) in enumerate(row):
            if not value:
                continue
            b = B()
            if type_:
                b.pii(type_, value)
            else:
                b.t(value)
            out.append((b.text(), b.labels, f"{header[column].replace('_', ' ')}: "))
    return out


def _opt(r: random.Random, p: float, cell: Cell) -> Cell:
    return cell if r.random() < p else (None, "")


def _csv_reentry(r: random.Random, B: Callable[[], Any]) -> Out:
    """Jail reentry roster exported from the discharge-planning system, cryptic columns."""
    header = ["BOOK_CASE_NO", "NYSID", "PT_NM", "DOB", "REL_DT", "COB_CD", "IMM_STAT", "A_NO",
              "IDNYC_NO", "POST_REL_ADDR", "CONTACT_PH", "DP_STAFF"]  # fmt: skip
    staff = [_person(r, client=False) for _ in range(2)]
    rows = []
    for _ in range(r.randint(4, 7)):
        p = _person(r)
        a = _addr(r)
        status: Cell = (
            ("IMMIGRATION_STATUS", _status(r, "code")) if r.random() < 0.7 else (None, "UNK")
        )
        rows.append([
            (None, f"{r.choice('124')}{_digits(r, 9)}"),
            (None, f"{_digits(r, 8)}{r.choice('HJKLMNPQ')}"),
            ("PERSON", _name(r, p, "LF").upper()),
            ("DATE_OF_BIRTH", _bday(r, p, r.choice(["iso", "us"]))),
            (None, _when(r, "iso")),
            ("COUNTRY_OF_BIRTH", p.origin[3]) if p.origin else (None, "USA"),
            status,
            _opt(r, 0.6, ("A_NUMBER", _anum(r, prefix=False))),
            _opt(r, 0.35, ("IDNYC", _idnyc(r))),
            ("ADDRESS", fold(a.full(" ")).upper()),
            _opt(r, 0.8, ("PHONE", _phone(r, r.choice([1, 5])))),
            ("PERSON", _name(r, r.choice(staff), "i")),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_lottery(r: random.Random, B: Callable[[], Any]) -> Out:
    """Housing lottery applicant export, one row per household member."""
    header = ["log_no", "hh_member", "rel_to_hoh", "dob", "ssn_itin", "email", "cell",
              "birth_country", "annual_income"]  # fmt: skip
    rows = []
    for _ in range(r.randint(1, 3)):
        log = f"{r.randint(1, 98000)}"
        hoh = _person(r)
        kinds = [r.choice(["spouse", "child", "parent", "sibling"]) for _ in range(r.randint(0, 2))]
        for i, (q, kind) in enumerate([(hoh, ""), *_family(r, hoh, kinds)]):
            ssn_itin: Cell = ("SSN", _ssn(r)) if r.random() < 0.45 else ("ITIN", _itin(r))
            rows.append([
                (None, log),
                ("PERSON", _name(r, q, r.choice(["fl", "LF"]))),
                (None, "HOH" if i == 0 else kind.capitalize()),
                ("DATE_OF_BIRTH", _bday(r, q, "us")),
                _opt(r, 0.85, ssn_itin),
                _opt(r, 0.6, ("EMAIL", _email(r, q))),
                _opt(r, 0.7, ("PHONE", _phone(r))),
                _opt(r, 0.7, ("COUNTRY_OF_BIRTH", _origin_text(r, q))) if q.origin else (None, ""),
                (None, f"{r.randint(0, 68)},{r.randint(100, 999)}" if r.random() < 0.8 else "0"),
            ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_petition(r: random.Random, B: Callable[[], Any]) -> Out:
    """Tenant association's heat-complaint petition, typed up from the signature sheets."""
    header = ["#", "Name (print)", "Bldg address", "Apt", "Phone", "Email", "Signed",
              "Date signed"]  # fmt: skip
    a = _addr(r)
    bldg = f"{a.number} {a.street}"
    rows = []
    for i in range(1, r.randint(5, 8)):
        p = _person(r, client=r.random() < 0.8)
        rows.append([
            (None, str(i)),
            ("PERSON", _name(r, p, r.choice(["fl", "fl", "CAPS", "lower"]))),
            ("ADDRESS", bldg),
            (None, f"{r.randint(1, 6)}{r.choice('ABCDEF')}"),
            _opt(r, 0.7, ("PHONE", _phone(r))),
            _opt(r, 0.4, ("EMAIL", _email(r, p))),
            (None, r.choice(["Y", "Y", "Y", "N"])),
            (None, _when(r, "us_short")),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_congress(r: random.Random, B: Callable[[], Any]) -> Out:
    """Congressional district office's casework tracker export."""
    header = ["Case ID", "Constituent", "Agency", "Receipt #", "A#", "I-94 #", "SSN/ITIN", "DOB",
              "Phone", "Email", "Imm. status", "Opened", "Caseworker"]  # fmt: skip
    staff = [_person(r, client=False) for _ in range(2)]
    rows = []
    for _ in range(r.randint(4, 7)):
        p = _person(r)
        uscis = r.random() < 0.8
        rows.append([
            (None, f"NY{r.randint(6, 16):02d}-{_digits(r, 6)}"),
            ("PERSON", _name(r, p, r.choice(["fl", "Lf"]))),
            (None, "USCIS" if uscis else r.choice(["SSA", "State Dept", "IRS", "VA"])),
            ("USCIS_RECEIPT", _receipt(r)) if uscis else (None, ""),
            _opt(r, 0.6, ("A_NUMBER", _anum(r))) if uscis else (None, ""),
            _opt(r, 0.3, ("I94", _i94(r))) if uscis else (None, ""),
            _opt(r, 0.4, ("ITIN", _itin(r)) if r.random() < 0.6 else ("SSN", _ssn(r))),
            ("DATE_OF_BIRTH", _bday(r, p, "us_bare")),
            ("PHONE", _phone(r)),
            _opt(r, 0.6, ("EMAIL", _email(r, p))),
            _opt(r, 0.7, ("IMMIGRATION_STATUS", _status(r))) if uscis else (None, ""),
            (None, _when(r, "us_short")),
            ("PERSON", _name(r, r.choice(staff), "fl")),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_asylum(r: random.Random, B: Callable[[], Any]) -> Out:
    """Pro se asylum workshop sign-up export with bilingual headers."""
    header = [
        "Reg",
        "Nombre / Name",
        "Nacionalidad / Country",
        "Fecha de entrada / Entry date",
        "I-94",
        "Pasaporte / Passport",
        "A#",
        "Teléfono / Phone",
        "Correo / Email",
        "Idioma",
    ]
    rows = []
    for i in range(r.randint(4, 7)):
        p = _person(r)
        rows.append([
            (None, f"W{r.randint(1, 52):02d}-{i + 1:03d}"),
            ("PERSON", _name(r, p, r.choice(["fl", "LF", "lower"]))),
            ("COUNTRY_OF_BIRTH", _origin_text(r, p, r.choice(["es", "en", "code"])))
            if p.origin else (None, ""),
            (None, _when(r, r.choice(["us", "dmy"]))),
            _opt(r, 0.8, ("I94", _i94(r))),
            _opt(r, 0.75, ("PASSPORT", _passport(r, p.origin[2]))) if p.origin else (None, ""),
            _opt(r, 0.45, ("A_NUMBER", _anum(r))),
            _opt(r, 0.8, ("PHONE", _phone(r))),
            _opt(r, 0.4, ("EMAIL", _email(r, p))),
            (None, r.choice(["Español", "Français", "Wolof", "Kichwa", "Português", "English"])),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_headstart(r: random.Random, B: Callable[[], Any]) -> Out:
    """Head Start waitlist export: child and parent on one row."""
    header = ["waitlist_pos", "child_name", "child_dob", "parent_guardian", "parent_dob",
              "parent_cell", "parent_idnyc", "home_addr", "zip", "lang", "priority"]  # fmt: skip
    rows = []
    for i in range(r.randint(4, 7)):
        p = _person(r)
        p.born = _ymd(r, 1980, 2005)
        k = _relative(r, p, kind="child")
        k.born = _ymd(r, 2021, 2024)
        a = _addr(r)
        rows.append([
            (None, str(i + 1)),
            ("PERSON", _name(r, k, r.choice(["fl", "LF"]))),
            ("DATE_OF_BIRTH", _bday(r, k, "us")),
            ("PERSON", _name(r, p, r.choice(["fl", "LF"]))),
            _opt(r, 0.5, ("DATE_OF_BIRTH", _bday(r, p, "us"))),
            ("PHONE", _phone(r, r.choice([0, 1, 5]))),
            _opt(r, 0.3, ("IDNYC", _idnyc(r))),
            ("ADDRESS", a.line1()),
            (None, a.zip + (f"-{_digits(r, 4)}" if r.random() < 0.4 else "")),
            (None, r.choice(["SPA", "ENG", "BEN", "CHI", "FRE", "ARA", "HAT"])),
            (None, r.choice(["TANF", "Homeless", "Foster", "Income", "IEP"])),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_heap(r: random.Random, B: Callable[[], Any]) -> Out:
    """HEAP batch export with mainframe-style column codes."""
    header = ["APPL_ID", "HOH_LNAME", "HOH_FNAME", "HOH_SSN", "IDNYC_NO", "SVC_ADDR", "UTIL_ACCT",
              "BENEFIT_AMT", "PH_NO", "IMM_CD"]  # fmt: skip
    rows = []
    for _ in range(r.randint(4, 7)):
        p = _person(r)
        a = _addr(r)
        rows.append([
            (None, f"H{r.randint(24, 26)}{_digits(r, 7)}"),
            ("PERSON", fold(p.last()).upper()),
            ("PERSON", fold(p.given).upper()),
            _opt(r, 0.75, ("SSN", _ssn(r, ""))),
            _opt(r, 0.75, ("IDNYC", _idnyc(r))),
            ("ADDRESS", fold(a.full(" ")).upper()),
            (None, f"{_digits(r, 15)}"),
            (None, f"{r.choice(['350.00', '496.00', '521.00', '76.00', '800.00'])}"),
            _opt(r, 0.8, ("PHONE", _phone(r, 5))),
            _opt(r, 0.7, ("IMMIGRATION_STATUS", r.choice(_STATUS_CODES))),
        ])  # fmt: skip
    return _cells(B, header, rows)


def csv_extract_q(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [
            _csv_reentry,
            _csv_lottery,
            _csv_petition,
            _csv_congress,
            _csv_asylum,
            _csv_headstart,
            _csv_heap,
        ]
    )(r, B)


QUARTO_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_q": case_note_q,
    "intake_form_q": intake_form_q,
    "letter_q": letter_q,
    "csv_extract_q": csv_extract_q,
}
