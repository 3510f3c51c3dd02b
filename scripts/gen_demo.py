#!/usr/bin/env python3
"""Generate the Birlik demo dataset: crates/birlik/demo/demo.jsonl.

The demo network is the NGO platform of the Organization of Turkic States
(Azerbaijan, Türkiye, Uzbekistan, Kazakhstan, Kyrgyzstan; observers
Turkmenistan, Hungary and the Turkish Republic of Northern Cyprus, code XN).
This script writes it in the import format of the outside contract (one JSON
record a line, UTF-8):

* places (~45): capitals and major cities of the eight countries and the
  public venues of the Solidarity Forum of NGOs of the OTS member states
  (Gulustan Palace in Baku, Nakhchivan State University, …), each with 2–4
  names as the languages of the region write them (Bakı / Baku / Баку / Bakü);
* organizations (300): one real public body, the Azerbaijani Agency for State
  Support of Non-Governmental Organizations (`az-agency-ngo-support`, the
  organizer of the Solidarity Forum), and 299 FICTIONAL NGOs named in their
  own language and script the way real NGOs are named there (Azerbaijani
  "… İctimai Birliyi", Turkish "… Derneği"/"… Vakfı", Uzbek Latin and
  Cyrillic, Kazakh and Kyrgyz Cyrillic, Russian "Союз журналистов Алматы",
  Turkmen, Hungarian "… Egyesület"/"… Alapítvány"); about a third also carry
  an English name. Each has a city in its own language, 1–3 areas of
  cooperation, a founding year, often a website under example.org (never a
  real domain) and a short description in English and its own language;
* people (150): FICTIONAL people named by the conventions of their country
  (Hungarian family name first, Kyrgyz "уулу"/"кызы", feminine -ova/-ова),
  about a third with a second spelling in another script or language
  (Leyla Məmmədova / Лейла Мамедова, Айгерім Сәрсенова / Aigerim Sarsenova).

Then the records the forums' programme (crates/birlik/demo/forum.json) points
at: the sites the delegations visited, the other public bodies it names
(TÜRKSOY, TÜRKPA, the International Turkic Academy, the Turkic Culture and
Heritage Foundation, the Presidential Administration of Azerbaijan) and one
public official, Hikmət Hacıyev, a speaker of the opening.

Historic figures appear only in "named after" organization names (Nizami
Gəncəvi adına …, Абай атындағы …); no real private person is named.

The output is deterministic: a fixed seed and the standard library only, so
running the script again gives the same bytes. After writing, the file is read
back and validated (required fields per type, unique ids matching
^[A-Za-z0-9._:/~+@-]{1,200}$, languages, scripts, countries and area slugs from
the platform's lists, websites under example.org, valid UTF-8 JSON Lines),
and counts per type and country are printed.

    python3 scripts/gen_demo.py                 # writes crates/birlik/demo/demo.jsonl
    python3 scripts/gen_demo.py --out FILE      # elsewhere ('-' for standard output)
    python3 scripts/gen_demo.py --check FILE    # only validate an existing file
"""
import argparse
import collections
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20251124  # the day the Solidarity Forum opened in Baku

AREAS = ["youth", "women", "ecology", "education", "culture", "health", "children", "veterans",
         "disability", "sport", "human-rights", "media", "volunteering", "business", "agriculture",
         "science", "tourism", "water", "heritage", "charity", "family", "digital", "peace",
         "migration", "animals"]
LANGS = {"az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"}
SCRIPTS = {"Latn", "Cyrl"}
COUNTRIES = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"]
ID_RE = re.compile(r"^[A-Za-z0-9._:/~+@-]{1,200}$")
WEBSITE_RE = re.compile(r"^https://[a-z0-9]([a-z0-9-]*[a-z0-9])?\.example\.org$")

COUNTRY_EN = {"AZ": "Azerbaijan", "TR": "Türkiye", "UZ": "Uzbekistan", "KZ": "Kazakhstan",
              "KG": "Kyrgyzstan", "TM": "Turkmenistan", "HU": "Hungary", "XN": "Northern Cyprus"}
LANG_EN = {"az": "Azerbaijani", "tr": "Turkish", "uz": "Uzbek", "kk": "Kazakh", "ky": "Kyrgyz",
           "tk": "Turkmen", "hu": "Hungarian", "ru": "Russian"}

# --------------------------------------------------------------------------- transliteration

_UZ_DIGRAPHS = [("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("ya", "я"), ("yo", "ё"),
                ("yu", "ю"), ("ye", "е"), ("ts", "ц")]
_UZ_SINGLE = dict(zip("abdefghijklmnopqrstuvxyzcw", "абдефгҳижклмнопқрстувхйзцв"))
_UZ_SINGLE["ʼ"] = "ъ"


def uz_cyrl(text):
    """Uzbek Latin → Uzbek Cyrillic (the official correspondence, good for names and prose)."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        low = text[i:i + 2].lower()
        word_start = i == 0 or not text[i - 1].isalpha()
        hit = None
        for lat, cyr in _UZ_DIGRAPHS:
            if low == lat:
                hit = cyr
                break
        if hit:
            out.append(hit.upper() if ch.isupper() else hit)
            i += 2
            continue
        lc = ch.lower()
        if lc == "e" and word_start:
            cyr = "э"
        else:
            cyr = _UZ_SINGLE.get(lc)
        if cyr is None:
            out.append({"“": "«", "”": "»"}.get(ch, ch))
        else:
            out.append(cyr.upper() if ch.isupper() else cyr)
        i += 1
    return "".join(out)


_CYR_LAT = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
            "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
            "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
            "ү": "u", "ў": "o", "ф": "f", "х": "kh", "ҳ": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
            "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def cyr_latn(text, zh="zh"):
    """Kazakh/Kyrgyz/Russian Cyrillic → the usual English (passport-style) spelling."""
    out = []
    for ch in text:
        lat = _CYR_LAT.get(ch.lower())
        if lat is None:
            out.append(ch)
            continue
        if ch.lower() == "ж":
            lat = zh
        out.append(lat.capitalize() if ch.isupper() else lat)
    return "".join(out)


_AZ_EN = {"ə": "a", "ı": "i", "ö": "o", "ü": "u", "ğ": "gh", "ş": "sh", "ç": "ch", "c": "j",
          "x": "kh", "q": "g", "i̇": "i"}


def az_en(text):
    """Azerbaijani Latin → the English (passport) spelling: Məmmədova → Mammadova."""
    out = []
    for ch in text:
        if ch == "İ":
            out.append("I")
            continue
        lat = _AZ_EN.get(ch.lower())
        if lat is None:
            out.append(ch)
        else:
            out.append(lat.capitalize() if ch.isupper() else lat)
    return "".join(out)


_TR_EN = str.maketrans("çğıİöşüÇĞÖŞÜâîû", "cgiIosuCGOSUaiu")


def tr_en(text):
    return text.translate(_TR_EN)


def slugify(text):
    s = cyr_latn(text) if re.search("[\u0400-\u04ff]", text) else text
    s = s.replace("ʻ", "").replace("ʼ", "").replace("ə", "a").replace("Ə", "a").replace("ı", "i")
    s = s.replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    slug = ""
    for w in words:
        cand = f"{slug}-{w}" if slug else w
        if len(cand) > 48 and slug:
            break
        slug = cand
    return slug[:60].strip("-")


def cap(s):
    return s[:1].upper() + s[1:]


def tlower(s):
    """Lower case with Turkish/Azerbaijani dotted and dotless i (İ → i, I → ı)."""
    return s.replace("İ", "i").replace("I", "ı").lower()


# --------------------------------------------------------------------------- places

PLACES = [
    # id, country, [(lang, script, value)]
    ("place-baku", "AZ", [("az", "Bakı"), ("en", "Baku"), ("ru", "Баку"), ("tr", "Bakü")]),
    ("place-nakhchivan", "AZ", [("az", "Naxçıvan"), ("en", "Nakhchivan"), ("ru", "Нахичевань"), ("tr", "Nahçıvan")]),
    ("place-ganja", "AZ", [("az", "Gəncə"), ("en", "Ganja"), ("ru", "Гянджа"), ("tr", "Gence")]),
    ("place-shusha", "AZ", [("az", "Şuşa"), ("en", "Shusha"), ("ru", "Шуша")]),
    ("place-sumgait", "AZ", [("az", "Sumqayıt"), ("en", "Sumgait"), ("ru", "Сумгаит")]),
    ("place-khankendi", "AZ", [("az", "Xankəndi"), ("en", "Khankendi"), ("ru", "Ханкенди")]),
    ("place-lankaran", "AZ", [("az", "Lənkəran"), ("en", "Lankaran"), ("ru", "Ленкорань")]),
    ("place-shaki", "AZ", [("az", "Şəki"), ("en", "Shaki"), ("ru", "Шеки")]),
    ("place-ankara", "TR", [("tr", "Ankara"), ("ru", "Анкара")]),
    ("place-istanbul", "TR", [("tr", "İstanbul"), ("en", "Istanbul"), ("ru", "Стамбул"), ("hu", "Isztambul")]),
    ("place-izmir", "TR", [("tr", "İzmir"), ("en", "Izmir"), ("ru", "Измир")]),
    ("place-bursa", "TR", [("tr", "Bursa"), ("ru", "Бурса")]),
    ("place-konya", "TR", [("tr", "Konya"), ("ru", "Конья")]),
    ("place-tashkent", "UZ", [("uz", "Toshkent"), ("uz", "Тошкент"), ("en", "Tashkent"), ("ru", "Ташкент")]),
    ("place-samarkand", "UZ", [("uz", "Samarqand"), ("uz", "Самарқанд"), ("en", "Samarkand"), ("ru", "Самарканд")]),
    ("place-bukhara", "UZ", [("uz", "Buxoro"), ("en", "Bukhara"), ("ru", "Бухара"), ("tr", "Buhara")]),
    ("place-khiva", "UZ", [("uz", "Xiva"), ("en", "Khiva"), ("ru", "Хива")]),
    ("place-fergana", "UZ", [("uz", "Fargʻona"), ("en", "Fergana"), ("ru", "Фергана")]),
    ("place-astana", "KZ", [("kk", "Астана"), ("en", "Astana")]),
    ("place-almaty", "KZ", [("kk", "Алматы"), ("en", "Almaty"), ("tr", "Almatı")]),
    ("place-shymkent", "KZ", [("kk", "Шымкент"), ("en", "Shymkent"), ("tr", "Çimkent")]),
    ("place-turkistan", "KZ", [("kk", "Түркістан"), ("en", "Turkistan"), ("ru", "Туркестан"), ("tr", "Türkistan")]),
    ("place-karaganda", "KZ", [("kk", "Қарағанды"), ("en", "Karaganda"), ("ru", "Караганда")]),
    ("place-bishkek", "KG", [("ky", "Бишкек"), ("en", "Bishkek"), ("tr", "Bişkek")]),
    ("place-osh", "KG", [("ky", "Ош"), ("en", "Osh"), ("tr", "Oş")]),
    ("place-karakol", "KG", [("ky", "Каракол"), ("en", "Karakol")]),
    ("place-cholpon-ata", "KG", [("ky", "Чолпон-Ата"), ("en", "Cholpon-Ata")]),
    ("place-ashgabat", "TM", [("tk", "Aşgabat"), ("en", "Ashgabat"), ("ru", "Ашхабад"), ("tr", "Aşkabat")]),
    ("place-turkmenabat", "TM", [("tk", "Türkmenabat"), ("en", "Turkmenabat"), ("ru", "Туркменабад")]),
    ("place-mary", "TM", [("tk", "Mary"), ("ru", "Мары")]),
    ("place-budapest", "HU", [("hu", "Budapest"), ("tr", "Budapeşte"), ("ru", "Будапешт")]),
    ("place-debrecen", "HU", [("hu", "Debrecen"), ("ru", "Дебрецен")]),
    ("place-szeged", "HU", [("hu", "Szeged"), ("ru", "Сегед"), ("tr", "Segedin")]),
    ("place-lefkosa", "XN", [("tr", "Lefkoşa"), ("en", "North Nicosia"), ("ru", "Никосия")]),
    ("place-gazimagusa", "XN", [("tr", "Gazimağusa"), ("en", "Famagusta"), ("ru", "Фамагуста")]),
    ("place-girne", "XN", [("tr", "Girne"), ("en", "Kyrenia"), ("ru", "Кирения")]),
    # venues
    ("venue-gulustan-palace", "AZ", [("az", "Gülüstan Sarayı"), ("ru", "Дворец Гюлистан"), ("en", "Gulustan Palace")]),
    ("venue-heydar-aliyev-center", "AZ", [("az", "Heydər Əliyev Mərkəzi"), ("en", "Heydar Aliyev Center"),
                                          ("ru", "Центр Гейдара Алиева"), ("tr", "Haydar Aliyev Merkezi")]),
    ("venue-baku-congress-center", "AZ", [("az", "Bakı Konqres Mərkəzi"), ("en", "Baku Congress Center"),
                                          ("ru", "Бакинский конгресс-центр")]),
    ("venue-alley-of-martyrs", "AZ", [("az", "Şəhidlər Xiyabanı"), ("en", "Alley of Martyrs"), ("ru", "Аллея шехидов")]),
    ("venue-nakhchivan-state-university", "AZ", [("az", "Naxçıvan Dövlət Universiteti"),
                                                 ("en", "Nakhchivan State University"),
                                                 ("ru", "Нахичеванский государственный университет")]),
    ("venue-momine-khatun-mausoleum", "AZ", [("az", "Möminə Xatın türbəsi"), ("en", "Momine Khatun Mausoleum"),
                                             ("ru", "Мавзолей Момине-хатун")]),
    ("venue-jidir-plain", "AZ", [("az", "Cıdır düzü"), ("en", "Jidir Plain"), ("ru", "Джыдыр дюзю")]),
    ("venue-yasawi-mausoleum", "KZ", [("kk", "Қожа Ахмет Ясауи кесенесі"), ("en", "Mausoleum of Khoja Ahmed Yasawi"),
                                      ("tr", "Hoca Ahmed Yesevi Türbesi"), ("ru", "Мавзолей Ходжи Ахмеда Ясави")]),
    ("venue-registan", "UZ", [("uz", "Registon maydoni"), ("en", "Registan Square"), ("ru", "Площадь Регистан")]),
    ("venue-palace-of-independence", "KZ", [("kk", "Тәуелсіздік сарайы"), ("en", "Palace of Independence"),
                                            ("ru", "Дворец Независимости")]),
]

# The sites the Solidarity Forum's delegations visited (its programme in
# crates/birlik/demo/forum.json points at them); written after the records
# above so the generated ones keep their bytes.
FORUM_PLACES = [
    ("venue-alley-of-honorary-burial", "AZ", [("az", "Fəxri Xiyaban"), ("en", "Alley of Honorary Burial"),
                                              ("ru", "Аллея почётного захоронения"), ("tr", "Fahri Hiyaban")]),
    ("venue-alley-of-turkish-martyrs", "AZ", [("az", "Türk Şəhidləri Xiyabanı"), ("en", "Alley of Turkish Martyrs"),
                                              ("tr", "Bakü Türk Şehitliği"), ("ru", "Аллея турецких шехидов")]),
    ("venue-victory-park", "AZ", [("az", "Zəfər Parkı"), ("en", "Victory Park"), ("ru", "Парк Победы"),
                                  ("tr", "Zafer Parkı")]),
    ("venue-noah-mausoleum", "AZ", [("az", "Nuh Peyğəmbərin türbəsi"), ("en", "Mausoleum of Noah"),
                                    ("ru", "Мавзолей пророка Ноя"), ("tr", "Hz. Nuh Türbesi")]),
    ("venue-alinja-castle", "AZ", [("az", "Əlincəqala"), ("en", "Alinja Castle"), ("ru", "Крепость Алинджа"),
                                   ("tr", "Elince Kalesi")]),
]


def script_of(value):
    return "Cyrl" if re.search("[\u0400-\u04ff]", value) else "Latn"


def name(value, lang):
    return {"value": value, "lang": lang, "script": script_of(value)}


# --------------------------------------------------------------------------- organizations: vocabulary

# English topics per area (index-aligned with each language's variants unless a variant says "=English").
EN_TOPICS = {
    "youth": "Youth|Young Leaders|Youth Initiatives",
    "women": "Women's|Women's Initiatives|Women Entrepreneurs",
    "ecology": "Ecology|Green World|Environmental Protection",
    "education": "Education|Enlightenment|Teachers'",
    "culture": "Culture|Arts|Intercultural Dialogue",
    "health": "Health|Healthy Life|Public Health",
    "children": "Children's|Children's Aid|Child Rights",
    "veterans": "Veterans|Veterans' Support|War Veterans",
    "disability": "Disability Rights|Inclusive Development|Persons with Disabilities",
    "sport": "Sports|National Sports|Chess",
    "human-rights": "Human Rights|Legal Education|Legal Aid",
    "media": "Journalists|Media Literacy|Regional Journalism",
    "volunteering": "Volunteers|Volunteer Movement|Civic Initiatives",
    "business": "Entrepreneurs|Small Business|Young Entrepreneurs",
    "agriculture": "Farmers|Rural Development|Organic Farming",
    "science": "Science|Young Scientists|Research",
    "tourism": "Tourism|Ecotourism|Rural Tourism",
    "water": "Water Resources|Clean Water|Rivers",
    "heritage": "Historical Heritage|Folk Crafts|Cultural Heritage",
    "charity": "Charity|Mercy|Helping Hand",
    "family": "Family|Healthy Family|Family Support",
    "digital": "Digital Development|Information Technology|Digital Skills",
    "peace": "Peace|Dialogue|Friendship",
    "migration": "Migrants|Compatriots|Migration",
    "animals": "Animal Protection|Animal Care|Wildlife",
}

# Per language: area -> (name topics "local[=English]|…", field of work as used in the description).
TOPICS = {
    "az": {
        "youth": ("Gənclər|Gənc Liderlər|Gənclərin Təşəbbüsləri", "gənclər siyasəti"),
        "women": ("Qadınlar=Women's|Qadın Təşəbbüsləri|İşgüzar Qadınlar=Business Women", "qadın hüquqları"),
        "ecology": ("Ekoloji=Ecological|Yaşıl Dünya|Ətraf Mühitin Mühafizəsi", "ətraf mühitin mühafizəsi"),
        "education": ("Təhsil|Maarifçilik|Müəllimlər", "təhsil"),
        "culture": ("Mədəniyyət|İncəsənət|Mədəniyyətlərarası Dialoq", "mədəniyyət və incəsənət"),
        "health": ("Səhiyyə|Sağlam Həyat|İctimai Sağlamlıq", "ictimai sağlamlıq"),
        "children": ("Uşaqlar|Uşaqlara Yardım|Uşaq Hüquqları", "uşaq hüquqlarının müdafiəsi"),
        "veterans": ("Veteranlar|Qazilərə Dəstək=Support to War Veterans|Müharibə Veteranları", "veteranlara sosial dəstək"),
        "disability": ("Əlilliyi olan Şəxslərin Hüquqları|İnklüziv İnkişaf|Əlilliyi olan Şəxslər",
                       "əlilliyi olan şəxslərin hüquqları"),
        "sport": ("İdman|Milli İdman Növləri|Şahmat", "kütləvi idman"),
        "human-rights": ("İnsan Hüquqları|Hüquqi Maarifləndirmə|Hüquqi Yardım", "insan hüquqlarının müdafiəsi"),
        "media": ("Jurnalistlər|Media Savadlılığı|Regional Jurnalistika", "media və jurnalistika"),
        "volunteering": ("Könüllülər|Könüllü Hərəkatı|Vətəndaş Təşəbbüsləri", "könüllülük"),
        "business": ("Sahibkarlar|Kiçik Biznes|Gənc Sahibkarlar", "sahibkarlığın inkişafı"),
        "agriculture": ("Fermerlər|Kənd İnkişafı|Üzvi Kənd Təsərrüfatı", "kənd təsərrüfatı"),
        "science": ("Elm|Gənc Alimlər|Elmi Tədqiqatlar", "elm və tədqiqat"),
        "tourism": ("Turizm|Ekoturizm|Kənd Turizmi", "turizmin inkişafı"),
        "water": ("Su Ehtiyatları|Təmiz Su|Çaylar", "su ehtiyatlarının qorunması"),
        "heritage": ("Tarixi İrs|Xalq Sənətkarlığı|Mədəni İrs", "mədəni irsin qorunması"),
        "charity": ("Xeyriyyə|Mərhəmət|Yardım Əli", "xeyriyyəçilik"),
        "family": ("Ailə|Sağlam Ailə|Ailəyə Dəstək", "ailəyə dəstək"),
        "digital": ("Rəqəmsal İnkişaf|İnformasiya Texnologiyaları|Rəqəmsal Bacarıqlar", "rəqəmsal bacarıqlar"),
        "peace": ("Sülh|Dialoq|Dostluq", "sülh və dialoq"),
        "migration": ("Miqrantlar|Soydaşlar|Miqrasiya", "miqrasiya"),
        "animals": ("Heyvanları Müdafiə|Heyvanlara Qayğı|Vəhşi Təbiət", "heyvanların müdafiəsi"),
    },
    "tr": {
        "youth": ("Gençlik|Genç Liderler|Gençlik Girişimleri", "gençlik çalışmaları"),
        "women": ("Kadın=Women's|Kadın Dayanışma=Women's Solidarity|Kadın Girişimciler", "kadın hakları"),
        "ecology": ("Çevre=Environment|Doğa ve Çevre=Nature and Environment|Çevre Koruma", "çevre koruma"),
        "education": ("Eğitim|Eğitim Gönüllüleri=Education Volunteers|Öğretmenler", "eğitim"),
        "culture": ("Kültür ve Sanat=Culture and Arts|Sanat=Arts|Türk Dünyası Kültür=Turkic World Culture",
                    "kültür ve sanat"),
        "health": ("Sağlık|Sağlıklı Yaşam|Halk Sağlığı", "halk sağlığı"),
        "children": ("Çocuk=Children's|Çocuklara Destek=Children's Aid|Çocuk Hakları", "çocuk hakları"),
        "veterans": ("Gaziler|Gazilere Destek|Şehit Aileleri ve Gaziler=Martyrs' Families and Veterans",
                     "gazilere ve şehit ailelerine destek"),
        "disability": ("Engelli Hakları|Engelsiz Yaşam=Barrier-Free Life|Engelliler", "engelli hakları"),
        "sport": ("Spor|Geleneksel Sporlar=Traditional Sports|Satranç", "amatör spor"),
        "human-rights": ("İnsan Hakları|Hukuk Eğitimi|Hukuki Yardım", "insan hakları"),
        "media": ("Gazeteciler|Medya Okuryazarlığı|Yerel Basın=Local Press", "medya ve gazetecilik"),
        "volunteering": ("Gönüllüler|Gönüllülük Hareketi|Sivil Girişim", "gönüllülük"),
        "business": ("Girişimciler|Küçük İşletmeler|Genç İş İnsanları=Young Business People", "girişimcilik"),
        "agriculture": ("Çiftçiler|Kırsal Kalkınma|Organik Tarım", "tarım ve kırsal kalkınma"),
        "science": ("Bilim|Genç Bilim İnsanları|Bilimsel Araştırma", "bilim ve araştırma"),
        "tourism": ("Turizm|Ekoturizm|Kırsal Turizm", "turizm"),
        "water": ("Su Kaynakları|Temiz Su|Nehirler", "su kaynaklarının korunması"),
        "heritage": ("Tarihi Miras|El Sanatları=Handicrafts|Kültürel Miras", "kültürel mirasın korunması"),
        "charity": ("Yardımlaşma ve Dayanışma=Mutual Aid and Solidarity|Hayır=Charity|Yardım Eli", "sosyal yardım"),
        "family": ("Aile|Sağlıklı Aile|Aile Danışma=Family Counselling", "aile danışmanlığı"),
        "digital": ("Dijital Dönüşüm=Digital Transformation|Bilişim|Dijital Beceriler", "dijital beceriler"),
        "peace": ("Barış|Diyalog|Dostluk", "barış ve diyalog"),
        "migration": ("Göçmenler|Soydaşlar|Göç", "göç ve uyum"),
        "animals": ("Hayvan Hakları=Animal Rights|Hayvanları Koruma=Animal Protection|Yaban Hayatı", "hayvan hakları"),
    },
    "uz": {
        "youth": ("yoshlar|yosh yetakchilar|yoshlar tashabbuslari", "yoshlar siyosati"),
        "women": ("xotin-qizlar|ayollar tashabbuslari|ishbilarmon ayollar=Business Women", "xotin-qizlar huquqlari"),
        "ecology": ("ekologik=Ecological|yashil makon=Green Space|atrof-muhitni muhofaza qilish",
                    "atrof-muhitni muhofaza qilish"),
        "education": ("taʼlim|maʼrifat|oʻqituvchilar", "taʼlim"),
        "culture": ("madaniyat|sanʼat|madaniyatlararo muloqot", "madaniyat va sanʼat"),
        "health": ("sogʻliqni saqlash|sogʻlom turmush tarzi|jamoat salomatligi", "jamoat salomatligi"),
        "children": ("bolalar|bolalarga koʻmak|bola huquqlari", "bolalar huquqlari"),
        "veterans": ("faxriylar|faxriylarga koʻmak|urush faxriylari", "faxriylarni ijtimoiy qoʻllab-quvvatlash"),
        "disability": ("nogironligi boʻlgan shaxslar huquqlari|inklyuziv jamiyat=Inclusive Society|"
                       "koʻzi ojizlar=Visually Impaired", "nogironligi boʻlgan shaxslar huquqlari"),
        "sport": ("sport|milliy kurash=National Wrestling|shaxmat", "ommaviy sport"),
        "human-rights": ("inson huquqlari|huquqiy madaniyat=Legal Culture|huquqiy yordam",
                         "inson huquqlarini himoya qilish"),
        "media": ("jurnalistlar|media savodxonlik|mintaqaviy jurnalistika", "ommaviy axborot vositalari"),
        "volunteering": ("volontyorlar|koʻngillilar harakati|fuqarolik tashabbuslari", "volontyorlik"),
        "business": ("tadbirkorlar|kichik biznes|yosh tadbirkorlar", "tadbirkorlikni rivojlantirish"),
        "agriculture": ("fermerlar|qishloq taraqqiyoti|bogʻbonlar=Gardeners", "qishloq xoʻjaligi"),
        "science": ("fan|yosh olimlar|ilmiy tadqiqotlar", "fan va tadqiqot"),
        "tourism": ("turizm|ekoturizm|ziyorat turizmi=Pilgrimage Tourism", "turizmni rivojlantirish"),
        "water": ("suv resurslari|toza suv|Orolni qutqarish=Save the Aral", "suv resurslarini tejash"),
        "heritage": ("tarixiy meros|hunarmandlar=Craftsmen|madaniy meros", "madaniy merosni asrash"),
        "charity": ("xayriya|mehr-shafqat|saxovat=Generosity", "xayriya"),
        "family": ("oila|sogʻlom oila|mahalla va oila=Mahalla and Family", "oila va mahalla"),
        "digital": ("raqamli rivojlanish|axborot texnologiyalari|raqamli koʻnikmalar", "raqamli koʻnikmalar"),
        "peace": ("tinchlik|doʻstlik=Friendship|millatlararo totuvlik=Interethnic Harmony",
                  "tinchlik va millatlararo totuvlik"),
        "migration": ("migrantlar|vatandoshlar|mehnat migratsiyasi=Labour Migration", "mehnat migratsiyasi"),
        "animals": ("hayvonlarni himoya qilish|hayvonlarga gʻamxoʻrlik|yovvoyi tabiat", "hayvonlarni himoya qilish"),
    },
    "kk": {
        "youth": ("жастар|жас көшбасшылар|жастар бастамалары", "жастар саясаты"),
        "women": ("әйелдер|әйелдер бастамалары|іскер әйелдер=Business Women", "әйелдер құқықтары"),
        "ecology": ("экологиялық=Ecological|жасыл әлем|табиғатты қорғау=Nature Protection", "қоршаған ортаны қорғау"),
        "education": ("білім беру|ағартушылық|мұғалімдер", "білім беру"),
        "culture": ("мәдениет|өнер|мәдениетаралық диалог", "мәдениет және өнер"),
        "health": ("денсаулық|салауатты өмір|қоғамдық денсаулық", "қоғамдық денсаулық"),
        "children": ("балалар|балаларға көмек|бала құқықтары", "бала құқықтарын қорғау"),
        "veterans": ("ардагерлер|ардагерлерге қолдау|Ауған соғысы ардагерлері=Afghan War Veterans",
                     "ардагерлерді әлеуметтік қолдау"),
        "disability": ("мүгедектігі бар адамдардың құқықтары|инклюзивті қоғам=Inclusive Society|"
                       "мүмкіндігі шектеулі жандар", "мүгедектігі бар адамдардың құқықтары"),
        "sport": ("спорт|ұлттық спорт түрлері|тоғызқұмалақ=Togyz Kumalak", "бұқаралық спорт"),
        "human-rights": ("адам құқықтары|құқықтық сауаттылық=Legal Literacy|құқықтық көмек", "адам құқықтарын қорғау"),
        "media": ("журналистер|медиасауаттылық|өңірлік журналистика", "бұқаралық ақпарат құралдары"),
        "volunteering": ("еріктілер|жас волонтерлер=Young Volunteers|азаматтық бастамалар", "волонтерлік"),
        "business": ("кәсіпкерлер|шағын бизнес|жас кәсіпкерлер", "кәсіпкерлікті дамыту"),
        "agriculture": ("фермерлер|ауылды дамыту|малшылар=Herders", "ауыл шаруашылығы"),
        "science": ("ғылым|жас ғалымдар|ғылыми зерттеулер", "ғылым және зерттеу"),
        "tourism": ("туризм|экотуризм|ауылдық туризм", "туризмді дамыту"),
        "water": ("су ресурстары|таза су|Аралды құтқару=Save the Aral", "су ресурстарын қорғау"),
        "heritage": ("тарихи мұра|қолөнершілер=Craftsmen|мәдени мұра", "мәдени мұраны сақтау"),
        "charity": ("қайырымдылық|мейірім|жәрдем", "қайырымдылық"),
        "family": ("отбасы|берік отбасы=Strong Family|отбасыға қолдау", "отбасын қолдау"),
        "digital": ("цифрлық даму|ақпараттық технологиялар|цифрлық сауаттылық=Digital Literacy", "цифрлық дағдылар"),
        "peace": ("бейбітшілік|достық=Friendship|ұлтаралық келісім=Interethnic Accord", "бейбітшілік пен келісім"),
        "migration": ("мигранттар|қандастар=Returning Compatriots|көші-қон", "көші-қон"),
        "animals": ("жануарларды қорғау|жануарларға қамқорлық|жабайы табиғат", "жануарларды қорғау"),
    },
    "ky": {
        "youth": ("жаштар|жаш лидерлер|жаштар демилгелери", "жаштар саясаты"),
        "women": ("аялдар|аялдар демилгелери|ишкер аялдар=Business Women", "аялдардын укуктары"),
        "ecology": ("экологиялык=Ecological|жашыл дүйнө|жаратылышты коргоо=Nature Protection", "айлана-чөйрөнү коргоо"),
        "education": ("билим берүү|агартуу|мугалимдер", "билим берүү"),
        "culture": ("маданият|искусство|маданияттар аралык диалог", "маданият жана искусство"),
        "health": ("ден соолук|сергек жашоо|коомдук саламаттык", "коомдук саламаттык"),
        "children": ("балдар|балдарга жардам|бала укуктары", "балдардын укуктарын коргоо"),
        "veterans": ("ардагерлер|ардагерлерге колдоо|Ооган согушунун ардагерлери=Afghan War Veterans",
                     "ардагерлерди социалдык колдоо"),
        "disability": ("майыптардын укуктары|инклюзивдүү коом=Inclusive Society|мүмкүнчүлүгү чектелген адамдар",
                       "майыптардын укуктары"),
        "sport": ("спорт|улуттук оюндар=National Games|көк бөрү=Kok-Boru", "массалык спорт"),
        "human-rights": ("адам укуктары|укуктук сабаттуулук=Legal Literacy|укуктук жардам", "адам укуктарын коргоо"),
        "media": ("журналисттер|медиа сабаттуулук|аймактык журналистика", "массалык маалымат каражаттары"),
        "volunteering": ("ыктыярчылар|жаш волонтёрлор=Young Volunteers|жарандык демилгелер", "ыктыярчылык"),
        "business": ("ишкерлер|чакан бизнес|жаш ишкерлер", "ишкердикти өнүктүрүү"),
        "agriculture": ("фермерлер|айылды өнүктүрүү|малчылар=Herders", "айыл чарба"),
        "science": ("илим|жаш окумуштуулар|илимий изилдөөлөр", "илим жана изилдөө"),
        "tourism": ("туризм|экотуризм|тоо туризми=Mountain Tourism", "туризмди өнүктүрүү"),
        "water": ("суу ресурстары|таза суу|Ысык-Көлдү коргоо=Save Issyk-Kul", "суу ресурстарын коргоо"),
        "heritage": ("тарыхый мурас|кол өнөрчүлөр=Craftsmen|маданий мурас", "маданий мурасты сактоо"),
        "charity": ("кайрымдуулук|мээрим|жардам колу", "кайрымдуулук"),
        "family": ("үй-бүлө|бекем үй-бүлө=Strong Family|үй-бүлөгө колдоо", "үй-бүлөнү колдоо"),
        "digital": ("санариптик өнүгүү|маалыматтык технологиялар|санариптик сабаттуулук=Digital Literacy",
                    "санариптик көндүмдөр"),
        "peace": ("тынчтык|достук=Friendship|улуттар аралык ынтымак=Interethnic Harmony", "тынчтык жана ынтымак"),
        "migration": ("мигранттар|мекендештер|эмгек миграциясы=Labour Migration", "эмгек миграциясы"),
        "animals": ("жаныбарларды коргоо|илбирсти коргоо=Snow Leopard Protection|жапайы жаратылыш=Wildlife",
                    "жаныбарларды коргоо"),
    },
    "tk": {
        "youth": ("ýaşlar|ýaş ýolbaşçylar", "ýaşlar syýasaty"),
        "women": ("zenanlar|işewür zenanlar=Business Women", "zenanlaryň hukuklary"),
        "ecology": ("ekologiýa|tebigaty goramak=Nature Protection", "daşky gurşawy goramak"),
        "education": ("bilim|mugallymlar=Teachers'", "bilim"),
        "culture": ("medeniýet|sungat=Arts", "medeniýet we sungat"),
        "health": ("saglyk|sagdyn durmuş", "saglygy goraýyş"),
        "children": ("çagalar|çagalara goldaw", "çagalaryň hukuklary"),
        "veterans": ("weteranlar|weteranlara goldaw", "weteranlara durmuş goldawy"),
        "disability": ("maýyplar=Persons with Disabilities|mümkinçiligi çäkli adamlar=People with Limited Abilities",
                       "maýyplaryň hukuklary"),
        "sport": ("sport|milli göreş=National Wrestling|ahal-teke atçylygy=Akhal-Teke Horse Breeding",
                  "köpçülikleýin sport"),
        "human-rights": ("adam hukuklary|hukuk kömegi=Legal Aid", "adam hukuklaryny goramak"),
        "media": ("žurnalistler|media sowatlylygy", "köpçülikleýin habar beriş serişdeleri"),
        "volunteering": ("meýletinçiler|meýletinçilik hereketi", "meýletinçilik"),
        "business": ("telekeçiler|ýaş telekeçiler=Young Entrepreneurs", "telekeçiligi ösdürmek"),
        "agriculture": ("daýhanlar|oba hojalygy=Agriculture", "oba hojalygy"),
        "science": ("ylym|ýaş alymlar", "ylym we barlag"),
        "tourism": ("syýahatçylyk|ekosyýahatçylyk", "syýahatçylygy ösdürmek"),
        "water": ("suw serişdeleri|arassa suw", "suw serişdelerini tygşytlamak"),
        "heritage": ("taryhy miras|halyçylar=Carpet Weavers|medeni miras=Cultural Heritage", "medeni mirasy gorap saklamak"),
        "charity": ("haýyr-sahawat|rehimdarlyk", "haýyr-sahawat"),
        "family": ("maşgala|sagdyn maşgala", "maşgala gymmatlyklary"),
        "digital": ("sanly ösüş|maglumat tehnologiýalary", "sanly başarnyklar"),
        "peace": ("parahatçylyk|dostluk=Friendship", "parahatçylyk we dostluk"),
        "migration": ("migrantlar|watandaşlar", "migrasiýa"),
        "animals": ("haýwanlary goramak|ýabany tebigat=Wildlife", "haýwanlary goramak"),
    },
    "hu": {
        "youth": ("Ifjúsági=Youth|Fiatal Vezetők=Young Leaders", "az ifjúsági munka"),
        "women": ("Női=Women's|Nőkért=For Women", "a nők esélyegyenlősége"),
        "ecology": ("Környezetvédelmi=Environmental|Zöld Jövő=Green Future", "a környezetvédelem"),
        "education": ("Oktatási=Education|Tudásért=For Knowledge", "az oktatás"),
        "culture": ("Kulturális=Cultural|Művészeti=Arts", "a kultúra és a művészetek"),
        "health": ("Egészségügyi=Health|Egészséges Életmód=Healthy Lifestyle", "az egészségmegőrzés"),
        "children": ("Gyermekvédelmi=Child Protection|Gyermekekért=For Children", "a gyermekvédelem"),
        "veterans": ("Veterán=Veterans|Honvéd Hagyományőrző=Military Heritage", "a veteránok támogatása"),
        "disability": ("Fogyatékosügyi=Disability|Esélyegyenlőségi=Equal Opportunities",
                       "a fogyatékossággal élők esélyegyenlősége"),
        "sport": ("Sport=Sports|Lovasíjász=Horseback Archery|Természetjáró=Hiking", "a szabadidősport"),
        "human-rights": ("Jogvédő=Rights Defence|Emberi Jogi=Human Rights", "az emberi jogok védelme"),
        "media": ("Újságíró=Journalists|Médiatudatossági=Media Literacy", "a média és az újságírás"),
        "volunteering": ("Önkéntes=Volunteer|Segítő Önkéntesek=Helping Volunteers", "az önkéntesség"),
        "business": ("Vállalkozói=Entrepreneurs|Ifjú Vállalkozók=Young Entrepreneurs", "a vállalkozásfejlesztés"),
        "agriculture": ("Gazdálkodói=Farmers|Vidékfejlesztési=Rural Development", "a vidékfejlesztés"),
        "science": ("Tudományos=Science|Fiatal Kutatók=Young Researchers", "a tudomány és a kutatás"),
        "tourism": ("Turisztikai=Tourism|Ökoturisztikai=Ecotourism", "a turizmus"),
        "water": ("Vízvédelmi=Water Protection|Tisza-tavi=Lake Tisza", "a vizek védelme"),
        "heritage": ("Hagyományőrző=Heritage|Népművészeti=Folk Art", "a hagyományőrzés"),
        "charity": ("Jótékonysági=Charity|Segítő Kéz=Helping Hand", "a jótékonyság"),
        "family": ("Családsegítő=Family Support|Nagycsaládos=Large Families", "a családok támogatása"),
        "digital": ("Digitális=Digital|Informatikai=IT", "a digitális készségek fejlesztése"),
        "peace": ("Béke=Peace|Párbeszéd=Dialogue", "a népek közötti párbeszéd"),
        "migration": ("Migránsokat Segítő=Migrant Support|Befogadó=Welcoming", "a migránsok beilleszkedése"),
        "animals": ("Állatvédő=Animal Protection|Állatmentő=Animal Rescue", "az állatvédelem"),
    },
}

# Russian-named organizations (Kazakhstan, Kyrgyzstan): area -> (group, genitive plural or None;
# centre phrase, genitive; its English; field of work, genitive)
RU_AREAS = {
    "youth": ("молодёжи", "развития молодёжи", "Youth Development", "молодёжной политики"),
    "women": ("женщин", "поддержки женщин", "Women's Support", "защиты прав женщин"),
    "ecology": ("экологов", "экологических инициатив", "Environmental Initiatives", "охраны окружающей среды"),
    "education": ("учителей", "развития образования", "Education Development", "образования"),
    "culture": ("деятелей культуры", "культурных инициатив", "Cultural Initiatives", "культуры и искусства"),
    "health": ("медицинских работников", "общественного здоровья", "Public Health", "охраны здоровья"),
    "children": (None, "защиты детей", "Child Protection", "защиты прав детей"),
    "veterans": ("ветеранов", "поддержки ветеранов", "Veterans' Support", "социальной поддержки ветеранов"),
    "disability": ("людей с инвалидностью", "инклюзии", "Inclusion", "защиты прав людей с инвалидностью"),
    "sport": ("спортсменов", "развития национальных видов спорта", "National Sports", "массового спорта"),
    "human-rights": ("юристов", "защиты прав человека", "Human Rights", "защиты прав человека"),
    "media": ("журналистов", "медиаграмотности", "Media Literacy", "журналистики и медиа"),
    "volunteering": ("волонтёров", "развития волонтёрства", "Volunteering Development", "волонтёрства"),
    "business": ("предпринимателей", "поддержки предпринимательства", "Entrepreneurship Support",
                 "развития предпринимательства"),
    "agriculture": ("фермеров", "развития села", "Rural Development", "сельского хозяйства"),
    "science": ("молодых учёных", "научных исследований", "Research", "науки"),
    "tourism": ("гидов", "развития туризма", "Tourism Development", "туризма"),
    "water": (None, "охраны водных ресурсов", "Water Protection", "охраны водных ресурсов"),
    "heritage": ("мастеров народных ремёсел", "сохранения наследия", "Heritage Preservation",
                 "сохранения культурного наследия"),
    "charity": (None, "благотворительной помощи", "Charitable Aid", "благотворительности"),
    "family": ("многодетных семей", "поддержки семьи", "Family Support", "поддержки семьи"),
    "digital": ("IT-специалистов", "цифровых компетенций", "Digital Skills", "цифровых технологий"),
    "peace": (None, "межкультурного диалога", "Intercultural Dialogue", "межнационального согласия"),
    "migration": ("мигрантов", "помощи мигрантам", "Migrant Assistance", "миграции"),
    "animals": ("защитников животных", "защиты животных", "Animal Protection", "защиты животных"),
}
RU_GROUP_EN = {"youth": "Youth", "women": "Women's", "ecology": "Ecologists", "education": "Teachers",
               "culture": "Cultural Workers", "health": "Health Workers", "veterans": "Veterans",
               "disability": "Persons with Disabilities", "sport": "Athletes", "human-rights": "Lawyers",
               "media": "Journalists", "volunteering": "Volunteers", "business": "Entrepreneurs",
               "agriculture": "Farmers", "science": "Young Scientists", "tourism": "Tour Guides",
               "heritage": "Folk Craftsmen", "family": "Large Families", "digital": "IT Professionals",
               "migration": "Migrants", "animals": "Animal Defenders"}

# Organization types: (local suffix, English, local noun used as the subject of a description, weight)
TYPES = {
    "az": [("İctimai Birliyi", "Public Union", "İctimai birlik", 4), ("Assosiasiyası", "Association", "Assosiasiya", 2),
           ("Mərkəzi", "Center", "Mərkəz", 2), ("Fondu", "Foundation", "Fond", 2), ("İttifaqı", "Alliance", "İttifaq", 1),
           ("Cəmiyyəti", "Society", "Cəmiyyət", 1), ("Şəbəkəsi", "Network", "Şəbəkə", 1),
           ("Birliyi", "Union", "Birlik", 2), ("Klubu", "Club", "Klub", 0.6)],
    "tr": [("Derneği", "Association", "Dernek", 6), ("Vakfı", "Foundation", "Vakıf", 3),
           ("Federasyonu", "Federation", "Federasyon", 0.5), ("Merkezi", "Center", "Merkez", 1),
           ("Platformu", "Platform", "Platform", 1), ("Kulübü", "Club", "Kulüp", 0.6)],
    "uz": [("jamoat birlashmasi", "Public Association", "Jamoat birlashmasi", 3), ("markazi", "Center", "Markaz", 3),
           ("jamgʻarmasi", "Foundation", "Jamgʻarma", 2), ("assotsiatsiyasi", "Association", "Assotsiatsiya", 1),
           ("uyushmasi", "Union", "Uyushma", 1.5), ("harakati", "Movement", "Harakat", 1),
           ("klubi", "Club", "Klub", 0.6), ("nodavlat notijorat tashkiloti", "NGO", "Tashkilot", 1.5)],
    "kk": [("қоғамдық бірлестігі", "Public Association", "Бірлестік", 3), ("қоғамдық қоры", "Public Foundation", "Қор", 3),
           ("одағы", "Union", "Одақ", 1.5), ("қауымдастығы", "Association", "Қауымдастық", 1.5),
           ("орталығы", "Center", "Орталық", 2), ("қозғалысы", "Movement", "Қозғалыс", 1), ("клубы", "Club", "Клуб", 0.6)],
    "ky": [("коомдук бирикмеси", "Public Association", "Бирикме", 3), ("коомдук фонду", "Public Foundation", "Фонд", 3),
           ("бирлиги", "Union", "Бирлик", 1.5), ("ассоциациясы", "Association", "Ассоциация", 1.5),
           ("борбору", "Center", "Борбор", 2), ("кыймылы", "Movement", "Кыймыл", 1), ("клубу", "Club", "Клуб", 0.6)],
    "tk": [("jemgyýetçilik birleşigi", "Public Association", "Birleşik", 3), ("merkezi", "Center", "Merkez", 2),
           ("gaznasy", "Foundation", "Gazna", 1), ("jemgyýeti", "Society", "Jemgyýet", 2),
           ("birleşigi", "Union", "Birleşik", 1), ("kluby", "Club", "Klub", 0.6), ("guramasy", "Organization", "Gurama", 1)],
    "hu": [("Egyesület", "Association", "egyesület", 4), ("Alapítvány", "Foundation", "alapítvány", 3),
           ("Közhasznú Egyesület", "Public Benefit Association", "egyesület", 1),
           ("Közhasznú Alapítvány", "Public Benefit Foundation", "alapítvány", 1),
           ("Társaság", "Society", "társaság", 1), ("Szövetség", "Federation", "szövetség", 0.7), ("Kör", "Circle", "kör", 0.5)],
}
CLUB_AREAS = {"sport", "culture", "science", "digital", "youth", "tourism", "media"}

BRANDS = {
    "az": [("Ümid", "Umid"), ("İşıq", "Ishig"), ("Gələcək", "Galajak"), ("Dirçəliş", "Dirchalish"), ("Təşəbbüs", "Tashabbus"),
           ("Qanad", "Ganad"), ("Həyat", "Hayat"), ("Körpü", "Korpu"), ("Bulaq", "Bulag"), ("Yurd", "Yurd"),
           ("Xarıbülbül", "Kharibulbul"), ("Dalğa", "Dalgha"), ("Çinar", "Chinar"), ("Təmas", "Tamas")],
    "tr": [("Umut", "Umut"), ("Yarın", "Yarin"), ("Işık", "Isik"), ("Köprü", "Kopru"), ("Filizler", "Filizler"),
           ("Çınar", "Cinar"), ("Fidan", "Fidan"), ("Ufuk", "Ufuk"), ("Kardelen", "Kardelen"), ("Anadolu", "Anadolu"),
           ("Yıldız", "Yildiz"), ("Gökkuşağı", "Gokkusagi")],
    "xn": [("Akdeniz", "Akdeniz"), ("Beşparmak", "Besparmak"), ("Karpaz", "Karpaz"), ("Zeytin Dalı", "Zeytin Dali"),
           ("Umut", "Umut"), ("Köprü", "Kopru"), ("Yarın", "Yarin"), ("Hellim", "Hellim")],
    "uz": [("Umid", "Umid"), ("Mehr", "Mehr"), ("Kelajak", "Kelajak"), ("Nur", "Nur"), ("Bahor", "Bahor"),
           ("Zarafshon", "Zarafshon"), ("Yangi avlod", "Yangi Avlod"), ("Ziyo", "Ziyo"), ("Chinor", "Chinor"),
           ("Oydin", "Oydin"), ("Saxovat", "Sakhovat"), ("Baraka", "Baraka")],
    "kk": [("Үміт", "Umit"), ("Мейірім", "Meirim"), ("Жарық", "Zharyk"), ("Шапағат", "Shapagat"), ("Самға", "Samga"),
           ("Жұлдыз", "Zhuldyz"), ("Алтын бесік", "Altyn Besik"), ("Көктем", "Koktem"), ("Шаңырақ", "Shanyrak"),
           ("Ақниет", "Akniet"), ("Дара", "Dara")],
    "ky": [("Умут", "Umut"), ("Мээрим", "Meerim"), ("Келечек", "Kelechek"), ("Ай-Чүрөк", "Ai-Churok"),
           ("Жаңы муун", "Jangy Muun"), ("Ынтымак", "Yntymak"), ("Тумар", "Tumar"), ("Арча", "Archa"), ("Айкөл", "Aikol"),
           ("Кут", "Kut")],
    "tk": [("Ýagty ýol", "Yagty Yol"), ("Bagt", "Bagt"), ("Röwşen", "Rowshen"), ("Nusaý", "Nusay"), ("Ak öý", "Ak Oy"),
           ("Bereket", "Bereket"), ("Ýyldyz", "Yyldyz"), ("Gündogar", "Gundogar")],
    "hu": [("Szivárvány", "Rainbow"), ("Napsugár", "Sunbeam"), ("Fecske", "Swallow"), ("Remény", "Hope"),
           ("Kék Madár", "Bluebird"), ("Tölgyfa", "Oak Tree"), ("Csillag", "Star"), ("Turul", "Turul"),
           ("Hídépítő", "Bridge Builders"), ("Pitypang", "Dandelion")],
    "ru": [("Рассвет", "Rassvet"), ("Горизонт", "Gorizont"), ("Надежда", "Nadezhda"), ("Милосердие", "Miloserdie"),
           ("Доверие", "Doverie"), ("Открытое сердце", "Open Heart"), ("Шанс", "Shans"), ("Единство", "Edinstvo"),
           ("Перспектива", "Perspektiva"), ("Мейрим", "Meirim"), ("Умут", "Umut"), ("Новое поколение", "New Generation")],
}

# Historic figures for "named after" organizations (public figures of the past only).
NAMED_AFTER = {
    "az": [("Nizami Gəncəvi", "Nizami Ganjavi"), ("Məhəmməd Füzuli", "Muhammad Fuzuli"),
           ("Üzeyir Hacıbəyli", "Uzeyir Hajibeyli"), ("Xurşidbanu Natəvan", "Khurshidbanu Natavan"),
           ("İmadəddin Nəsimi", "Imadaddin Nasimi"), ("Molla Pənah Vaqif", "Molla Panah Vagif")],
    "tr": [("Yunus Emre", "Yunus Emre"), ("Mimar Sinan", "Mimar Sinan"), ("Nasreddin Hoca", "Nasreddin Hodja"),
           ("Dede Korkut", "Dede Korkut"), ("Aşık Veysel", "Ashik Veysel"), ("Kaşgarlı Mahmud", "Mahmud al-Kashgari")],
    "uz": [("Alisher Navoiy", "Alisher Navoi"), ("Mirzo Ulugʻbek", "Mirzo Ulugbek"),
           ("Abu Rayhon Beruniy", "Abu Rayhan Biruni"), ("Ibn Sino", "Ibn Sina"),
           ("Zahiriddin Muhammad Bobur", "Zahiriddin Muhammad Babur"), ("Abdulla Qodiriy", "Abdulla Qodiriy")],
    "kk": [("Абай", "Abai"), ("Әл-Фараби", "Al-Farabi"), ("Шоқан Уәлиханов", "Shokan Ualikhanov"),
           ("Ыбырай Алтынсарин", "Ibrai Altynsarin"), ("Құрманғазы", "Kurmangazy"), ("Қожа Ахмет Ясауи", "Khoja Ahmed Yasawi")],
    "ky": [("Манас", "Manas"), ("Токтогул", "Toktogul"), ("Курманжан Датка", "Kurmanjan Datka"),
           ("Чыңгыз Айтматов", "Chingiz Aitmatov"), ("Жусуп Баласагын", "Yusuf Balasaguni")],
    "tk": [("Magtymguly Pyragy", "Magtymguly Pyragy"), ("Gorkut ata", "Gorkut Ata"), ("Mollanepes", "Mollanepes"),
           ("Keminä", "Kemine")],
    "hu": [("Vámbéry Ármin", "Ármin Vámbéry"), ("Kőrösi Csoma Sándor", "Sándor Kőrösi Csoma"),
           ("Bartók Béla", "Béla Bartók"), ("Kodály Zoltán", "Zoltán Kodály"), ("Széchenyi István", "István Széchenyi")],
    # genitive after "имени"
    "ru-KZ": [("Абая", "Abai"), ("Абылай хана", "Abylai Khan"), ("аль-Фараби", "al-Farabi"),
              ("Шокана Валиханова", "Shokan Valikhanov")],
    "ru-KG": [("Чингиза Айтматова", "Chingiz Aitmatov"), ("Токтогула", "Toktogul"), ("Курманжан датки", "Kurmanjan Datka")],
}
NAMED_TEMPLATE = {"az": "{p} adına {t} {k}", "tr": "{p} {t} {k}", "uz": "{p} nomidagi {t} {k}",
                  "kk": "{p} атындағы {t} {k}", "ky": "{p} атындагы {t} {k}", "tk": "{p} adyndaky {t} {k}",
                  "hu": "{p} {t} {k}"}
NAMED_AREAS = ["culture", "education", "science", "heritage", "youth", "charity"]

NATIONAL = {"az": ("Azərbaycan", "Azerbaijan"), "tr": ("Türkiye", "Türkiye"), "xn": ("Kıbrıs Türk", "Turkish Cypriot"),
            "uz": ("Oʻzbekiston", "Uzbekistan"), "kk": ("Қазақстан", "Kazakhstan"), "ky": ("Кыргызстан", "Kyrgyzstan"),
            "tk": ("Türkmenistanyň", "Turkmenistan"), "hu": ("Magyarországi", "Hungarian")}

# Friendship societies: the own-country word, the partners' words and the type.
FRIENDSHIP = {
    "az": ("Azərbaycan", {"TR": "Türkiyə", "UZ": "Özbəkistan", "KZ": "Qazaxıstan", "KG": "Qırğızıstan",
                          "TM": "Türkmənistan", "HU": "Macarıstan", "XN": "Şimali Kipr"}, "Dostluq Cəmiyyəti", "Cəmiyyət"),
    "tr": ("Türk", {"AZ": "Azerbaycan", "UZ": "Özbek", "KZ": "Kazak", "KG": "Kırgız", "TM": "Türkmen", "HU": "Macar"},
           "Dostluk Derneği", "Dernek"),
    "xn": ("Kıbrıs Türk", {"AZ": "Azerbaycan", "UZ": "Özbek", "KZ": "Kazak", "KG": "Kırgız", "HU": "Macar"},
           "Dostluk Derneği", "Dernek"),
    "uz": ("Oʻzbekiston", {"AZ": "Ozarbayjon", "TR": "Turkiya", "KZ": "Qozogʻiston", "KG": "Qirgʻiziston",
                           "TM": "Turkmaniston", "HU": "Vengriya"}, "doʻstlik jamiyati", "Jamiyat"),
    "kk": ("Қазақстан", {"AZ": "Әзербайжан", "TR": "Түркия", "UZ": "Өзбекстан", "KG": "Қырғызстан", "TM": "Түрікменстан",
                         "HU": "Венгрия"}, "достық қоғамы", "Қоғам"),
    "ky": ("Кыргызстан", {"AZ": "Азербайжан", "TR": "Түркия", "UZ": "Өзбекстан", "KZ": "Казакстан", "HU": "Венгрия"},
           "достук коому", "Коом"),
    "tk": ("Türkmenistan", {"AZ": "Azerbaýjan", "TR": "Türkiýe", "UZ": "Özbegistan", "KZ": "Gazagystan"},
           "dostluk jemgyýeti", "Jemgyýet"),
    "hu": ("Magyar", {"AZ": "Azerbajdzsáni", "TR": "Török", "UZ": "Üzbég", "KZ": "Kazah", "KG": "Kirgiz", "TM": "Türkmén"},
           "Baráti Társaság", "társaság"),
}

# Cities: (local name, English, locative as the description needs it, weight, extra)
CITIES = {
    "AZ": [("Bakı", "Baku", "Bakıda", 8), ("Gəncə", "Ganja", "Gəncədə", 2), ("Sumqayıt", "Sumgait", "Sumqayıtda", 1),
           ("Naxçıvan", "Nakhchivan", "Naxçıvanda", 2), ("Şuşa", "Shusha", "Şuşada", 1),
           ("Lənkəran", "Lankaran", "Lənkəranda", 1), ("Şəki", "Shaki", "Şəkidə", 1),
           ("Mingəçevir", "Mingachevir", "Mingəçevirdə", 1), ("Quba", "Guba", "Qubada", 1),
           ("Qəbələ", "Gabala", "Qəbələdə", 1), ("Xankəndi", "Khankendi", "Xankəndidə", 1), ("Şirvan", "Shirvan", "Şirvanda", 1)],
    "TR": [("İstanbul", "Istanbul", "İstanbul'da", 5), ("Ankara", "Ankara", "Ankara'da", 3), ("İzmir", "Izmir", "İzmir'de", 2),
           ("Bursa", "Bursa", "Bursa'da", 1), ("Konya", "Konya", "Konya'da", 1), ("Kayseri", "Kayseri", "Kayseri'de", 1),
           ("Eskişehir", "Eskisehir", "Eskişehir'de", 1), ("Trabzon", "Trabzon", "Trabzon'da", 1),
           ("Erzurum", "Erzurum", "Erzurum'da", 1), ("Gaziantep", "Gaziantep", "Gaziantep'te", 1),
           ("Antalya", "Antalya", "Antalya'da", 1), ("Iğdır", "Igdir", "Iğdır'da", 1), ("Kars", "Kars", "Kars'ta", 1),
           ("Samsun", "Samsun", "Samsun'da", 1)],
    "XN": [("Lefkoşa", "Nicosia", "Lefkoşa'da", 4), ("Gazimağusa", "Famagusta", "Gazimağusa'da", 2),
           ("Girne", "Kyrenia", "Girne'de", 2), ("Güzelyurt", "Guzelyurt", "Güzelyurt'ta", 1),
           ("İskele", "Iskele", "İskele'de", 1), ("Lefke", "Lefka", "Lefke'de", 1)],
    "UZ": [("Toshkent", "Tashkent", "Toshkentda", 6), ("Samarqand", "Samarkand", "Samarqandda", 2),
           ("Buxoro", "Bukhara", "Buxoroda", 1), ("Andijon", "Andijan", "Andijonda", 1), ("Namangan", "Namangan", "Namanganda", 1),
           ("Fargʻona", "Fergana", "Fargʻonada", 1), ("Nukus", "Nukus", "Nukusda", 1), ("Qarshi", "Karshi", "Qarshida", 1),
           ("Termiz", "Termez", "Termizda", 1), ("Urganch", "Urgench", "Urganchda", 1), ("Xiva", "Khiva", "Xivada", 1)],
    # Kazakhstan and Kyrgyzstan: + Russian (nominative, genitive, prepositional)
    "KZ": [("Алматы", "Almaty", "Алматыда", 5, ("Алматы", "Алматы", "Алматы")),
           ("Астана", "Astana", "Астанада", 4, ("Астана", "Астаны", "Астане")),
           ("Шымкент", "Shymkent", "Шымкентте", 2, ("Шымкент", "Шымкента", "Шымкенте")),
           ("Қарағанды", "Karaganda", "Қарағандыда", 1, ("Караганда", "Караганды", "Караганде")),
           ("Ақтөбе", "Aktobe", "Ақтөбеде", 1, ("Актобе", "Актобе", "Актобе")),
           ("Павлодар", "Pavlodar", "Павлодарда", 1, ("Павлодар", "Павлодара", "Павлодаре")),
           ("Өскемен", "Oskemen", "Өскеменде", 1, ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске")),
           ("Түркістан", "Turkistan", "Түркістанда", 1, ("Туркестан", "Туркестана", "Туркестане")),
           ("Қызылорда", "Kyzylorda", "Қызылордада", 1, ("Кызылорда", "Кызылорды", "Кызылорде")),
           ("Атырау", "Atyrau", "Атырауда", 1, ("Атырау", "Атырау", "Атырау")),
           ("Ақтау", "Aktau", "Ақтауда", 1, ("Актау", "Актау", "Актау")),
           ("Тараз", "Taraz", "Таразда", 1, ("Тараз", "Тараза", "Таразе")),
           ("Семей", "Semey", "Семейде", 1, ("Семей", "Семея", "Семее"))],
    "KG": [("Бишкек", "Bishkek", "Бишкекте", 5, ("Бишкек", "Бишкека", "Бишкеке")),
           ("Ош", "Osh", "Ошто", 3, ("Ош", "Оша", "Оше")),
           ("Жалал-Абад", "Jalal-Abad", "Жалал-Абадда", 1, ("Джалал-Абад", "Джалал-Абада", "Джалал-Абаде")),
           ("Каракол", "Karakol", "Караколдо", 1, ("Каракол", "Каракола", "Караколе")),
           ("Нарын", "Naryn", "Нарында", 1, ("Нарын", "Нарына", "Нарыне")),
           ("Талас", "Talas", "Таласта", 1, ("Талас", "Таласа", "Таласе")),
           ("Баткен", "Batken", "Баткенде", 1, ("Баткен", "Баткена", "Баткене")),
           ("Токмок", "Tokmok", "Токмокто", 1, ("Токмок", "Токмока", "Токмоке")),
           ("Чолпон-Ата", "Cholpon-Ata", "Чолпон-Атада", 1, ("Чолпон-Ата", "Чолпон-Аты", "Чолпон-Ате"))],
    "TM": [("Aşgabat", "Ashgabat", "Aşgabatda", 5), ("Türkmenabat", "Turkmenabat", "Türkmenabatda", 1),
           ("Daşoguz", "Dashoguz", "Daşoguzda", 1), ("Mary", "Mary", "Maryda", 1),
           ("Balkanabat", "Balkanabat", "Balkanabatda", 1), ("Türkmenbaşy", "Turkmenbashi", "Türkmenbaşyda", 1)],
    # Hungary: + adjective used in names
    "HU": [("Budapest", "Budapest", "Budapesten", 5, "Budapesti"), ("Debrecen", "Debrecen", "Debrecenben", 1, "Debreceni"),
           ("Szeged", "Szeged", "Szegeden", 1, "Szegedi"), ("Pécs", "Pécs", "Pécsett", 1, "Pécsi"),
           ("Győr", "Győr", "Győrben", 1, "Győri"), ("Miskolc", "Miskolc", "Miskolcon", 1, "Miskolci"),
           ("Eger", "Eger", "Egerben", 1, "Egri"), ("Kecskemét", "Kecskemét", "Kecskeméten", 1, "Kecskeméti"),
           ("Székesfehérvár", "Székesfehérvár", "Székesfehérváron", 1, "Székesfehérvári")],
}

AREA_WEIGHTS = {"youth": 3, "women": 2, "ecology": 2.5, "education": 2.5, "culture": 2.5, "health": 2, "children": 2,
                "veterans": 1, "disability": 1.5, "sport": 1.5, "human-rights": 1.5, "media": 1.5, "volunteering": 2,
                "business": 2, "agriculture": 1.2, "science": 1.2, "tourism": 1.2, "water": 0.9, "heritage": 1.5,
                "charity": 2, "family": 1.2, "digital": 1.5, "peace": 1, "migration": 1, "animals": 1}
RELATED = {
    "youth": ["education", "volunteering", "sport", "digital", "peace"],
    "women": ["family", "business", "human-rights", "health"],
    "ecology": ["water", "animals", "tourism", "volunteering", "education"],
    "education": ["children", "youth", "digital", "science"],
    "culture": ["heritage", "youth", "tourism", "peace"],
    "health": ["disability", "children", "family", "charity"],
    "children": ["education", "family", "health", "charity"],
    "veterans": ["family", "health", "heritage", "charity"],
    "disability": ["health", "human-rights", "sport", "education"],
    "sport": ["youth", "health", "children", "heritage"],
    "human-rights": ["women", "migration", "children", "disability", "media"],
    "media": ["digital", "human-rights", "youth", "culture"],
    "volunteering": ["youth", "charity", "ecology", "children"],
    "business": ["women", "youth", "digital", "agriculture", "tourism"],
    "agriculture": ["water", "business", "ecology", "women"],
    "science": ["education", "digital", "youth", "heritage", "ecology"],
    "tourism": ["heritage", "culture", "ecology", "business"],
    "water": ["ecology", "agriculture", "health"],
    "heritage": ["culture", "tourism", "education", "science"],
    "charity": ["children", "family", "health", "disability", "veterans"],
    "family": ["children", "women", "health"],
    "digital": ["youth", "education", "business", "media"],
    "peace": ["youth", "culture", "education", "human-rights"],
    "migration": ["human-rights", "family", "women", "business"],
    "animals": ["ecology", "volunteering", "children"],
}

# What organizations of each area do, in English (third person singular).
ACTIVITIES = {
    "youth": ["runs leadership schools and debate clubs for secondary-school students",
              "organizes summer camps and exchange programmes for young people",
              "helps graduates find their first jobs through mentoring and internships"],
    "women": ["offers legal advice and counselling to women in rural districts",
              "trains women to start and run small businesses",
              "campaigns against domestic violence and runs a helpline for women"],
    "ecology": ["plants trees and cleans up river banks with local volunteers",
                "measures air quality in residential districts and publishes the data",
                "teaches schoolchildren about recycling and waste sorting"],
    "education": ["runs free evening classes for adults who left school early",
                  "trains teachers in modern, interactive teaching methods",
                  "supports village schools with books, computers and visiting tutors"],
    "culture": ["stages concerts and exhibitions of folk and contemporary art",
                "organizes a yearly festival of Turkic poetry and music",
                "runs a community arts studio for amateur painters and musicians"],
    "health": ["runs screening campaigns for diabetes and heart disease",
               "trains first-aid volunteers in schools and workplaces",
               "supports patients with chronic illnesses and their families"],
    "children": ["runs after-school centres for children from low-income families",
                 "helps young people leaving children's homes to start independent lives",
                 "works for safe schools and inclusive playgrounds"],
    "veterans": ["helps veterans with rehabilitation, housing and employment",
                 "supports the families of fallen servicemen",
                 "records the oral histories of veterans for a public archive"],
    "disability": ["campaigns for accessible public transport and buildings",
                   "runs sign-language courses and interpreting for deaf people",
                   "offers rehabilitation and vocational training for people with disabilities"],
    "sport": ["organizes amateur tournaments in wrestling, football and chess",
              "coaches children in neighbourhood sports clubs free of charge",
              "revives traditional horse games and national wrestling"],
    "human-rights": ["provides free legal aid to people who cannot afford a lawyer",
                     "trains lawyers and civil servants in human-rights standards",
                     "monitors conditions in care homes and social institutions"],
    "media": ["trains regional journalists in fact-checking and data journalism",
              "runs media-literacy courses for teachers and students",
              "publishes a weekly online newsletter on civil-society news"],
    "volunteering": ["recruits and trains volunteers for forums, marathons and disaster relief",
                     "keeps a register of volunteers and trains volunteer coordinators",
                     "connects young volunteers with local NGOs and social institutions"],
    "business": ["advises start-ups and small firms on finance, marketing and export",
                 "runs a business incubator for young entrepreneurs",
                 "connects craftspeople and small producers with buyers in other Turkic countries"],
    "agriculture": ["teaches farmers drip irrigation and organic methods",
                    "helps smallholders form cooperatives and sell at fair prices",
                    "keeps a seed bank of local fruit and grain varieties"],
    "science": ["supports young researchers with small grants and conferences",
                "popularizes science through public lectures and school olympiads",
                "publishes studies on the history and languages of the Turkic peoples"],
    "tourism": ["develops hiking trails and guest houses in mountain villages",
                "trains local guides and publishes route maps in several languages",
                "promotes Silk Road heritage routes among travellers"],
    "water": ["tests drinking water in villages and installs simple filters",
              "promotes water-saving irrigation among farmers",
              "restores old springs and kahriz water channels with local communities"],
    "heritage": ["documents and helps restore historic mosques, caravanserais and bridges",
                 "keeps carpet weaving and other folk crafts alive through workshops",
                 "collects folk songs, epics and oral traditions"],
    "charity": ["distributes food parcels to families in need before holidays",
                "runs a community kitchen and a clothing bank",
                "raises funds for operations and treatment for children"],
    "family": ["offers family counselling and courses for young parents",
               "supports large families and single parents",
               "helps the families of labour migrants who stay behind"],
    "digital": ["teaches coding and digital skills to girls and young people",
                "helps small NGOs adopt digital tools and basic cybersecurity",
                "runs hackathons on civic technology"],
    "peace": ["brings young people from Turkic countries together in dialogue camps",
              "trains mediators to settle community conflicts",
              "organizes exchanges and joint projects with NGOs across the Turkic world"],
    "migration": ["advises labour migrants on their rights before they leave",
                  "helps returning migrants find work and reintegrate",
                  "supports refugees and internally displaced people with housing and documents"],
    "animals": ["runs a shelter for stray dogs and cats",
                "runs sterilization and vaccination programmes for stray animals",
                "teaches children to care for animals and protect wildlife"],
}
COUNTRY_ACTIVITIES = {
    ("UZ", "water"): ("campaigns to save what is left of the Aral Sea and the Amu Darya delta",
                      {"Nukus", "Urgench", "Khiva", "Tashkent"}),
    ("KZ", "water"): ("works on the restoration of the Northern Aral Sea and the Syr Darya delta",
                      {"Kyzylorda", "Almaty", "Astana", "Turkistan"}),
    ("KG", "water"): ("keeps the shores and feeder rivers of Issyk-Kul clean", {"Karakol", "Cholpon-Ata", "Bishkek"}),
    ("KG", "animals"): "protects snow leopards in the Tien Shan together with herders and rangers",
    ("KZ", "animals"): "monitors saiga antelope herds on the steppe",
    ("AZ", "ecology"): ("monitors the Caspian shoreline and the lakes of the Absheron peninsula", {"Baku", "Sumgait"}),
    ("AZ", "veterans"): "supports veterans of the Karabakh wars and the families of martyrs with rehabilitation and jobs",
    ("AZ", "heritage"): ("documents historical monuments and carpet-weaving traditions of the Karabakh region",
                         {"Baku", "Shusha", "Khankendi", "Ganja"}),
    ("TM", "heritage"): "keeps the Turkmen carpet-weaving tradition alive through workshops for young weavers",
    ("TM", "sport"): "promotes the breeding of Akhal-Teke horses and traditional equestrian games",
    ("HU", "culture"): "builds ties between Hungary and the Turkic world through language courses and cultural evenings",
    ("HU", "peace"): "builds ties between Hungary and the Turkic world through exchanges and cultural evenings",
    ("XN", "peace"): "organizes youth exchanges between Northern Cyprus and the Turkic states",
    ("TR", "migration"): "supports refugees and migrants with Turkish lessons and legal advice",
    ("KZ", "migration"): "helps kandas, ethnic Kazakhs returning from abroad, settle in their new communities",
    ("UZ", "family"): "works with mahalla committees to support families in difficult situations",
    ("KG", "sport"): "organizes kok-boru and other traditional horse games for young riders",
    ("KZ", "sport"): "teaches children togyz kumalak and traditional wrestling",
    ("UZ", "tourism"): "develops guest houses and craft routes around Samarkand, Bukhara and Khiva",
    ("KG", "tourism"): "develops community-based tourism and trekking routes in the Tien Shan",
    ("UZ", "heritage"): "trains young craftspeople in ceramics, suzani embroidery and woodcarving",
}
# Activities that only make sense in some countries.
ONLY_IN = {
    "helps the families of labour migrants who stay behind": {"UZ", "KG", "TM", "AZ"},
    "revives traditional horse games and national wrestling": {"AZ", "TR", "UZ", "KZ", "KG", "TM"},
    "restores old springs and kahriz water channels with local communities": {"AZ", "UZ", "TM"},
    "advises labour migrants on their rights before they leave": {"UZ", "KG", "TM", "AZ"},
}
BILATERAL = {
    "AZ": ["It took part in the Azerbaijan–Türkiye NGO Forum in 2022.",
           "It took part in the Azerbaijan–Uzbekistan NGO Forum in 2023.",
           "It took part in the Azerbaijan–Kazakhstan NGO Forum in 2025."],
    "TR": ["It took part in the Azerbaijan–Türkiye NGO Forum in 2022."],
    "UZ": ["It took part in the Azerbaijan–Uzbekistan NGO Forum in 2023.",
           "It took part in the Uzbekistan–Azerbaijan NGO Forum in 2024."],
    "KZ": ["It took part in the Azerbaijan–Kazakhstan NGO Forum in 2025.",
           "It took part in the 1st Forum on Cooperation between Azerbaijani and Kazakh NGOs in November 2025."],
}
SOLIDARITY = "It sent delegates to the Solidarity Forum of NGOs of the OTS member states in Baku and Nakhchivan in November 2025."

# --------------------------------------------------------------------------- local descriptions


def az_year_suffix(y):
    last, tens, hundreds = y % 10, (y // 10) % 10, (y // 100) % 10
    if last:
        return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[last]
    if tens:
        return {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}[tens]
    return "cü" if hundreds else "ci"


def tk_year_suffix(y):
    last, tens = y % 10, (y // 10) % 10
    if last:
        return "njy" if last in (6, 9) else "nji"
    if tens:
        return "njy" if tens in (1, 3, 4, 6, 9) else "nji"
    return "nji"


def local_description(rng, lang, kind, year, city_loc, fields):
    """One or two sentences in the organization's language: where and since when it works, on what."""
    f1 = fields[0]
    f2 = fields[1] if len(fields) > 1 else None
    if lang == "az":
        first = rng.choice([
            f"{year}-{az_year_suffix(year)} ildən {city_loc} fəaliyyət göstərən {tlower(kind)} {f1} sahəsində layihələr həyata keçirir.",
            f"{kind} {city_loc} {f1} sahəsində fəaliyyət göstərir.",
        ])
        what = "təlimlər, maarifləndirmə kampaniyaları və könüllü aksiyaları təşkil edir."
        second = f"{kind} həmçinin {f2} sahəsində {what}" if f2 else f"{kind} {what}"
    elif lang == "tr":
        first = rng.choice([
            f"{year} yılında kurulan {tlower(kind)}, {city_loc} {f1} alanında projeler yürütmektedir.",
            f"{kind}, {year} yılından bu yana {city_loc} {f1} alanında çalışmaktadır.",
        ])
        what = "eğitimler, farkındalık kampanyaları ve gönüllü çalışmalar düzenler."
        second = f"{kind} ayrıca {f2} alanında {what}" if f2 else f"{kind}, {what}"
    elif lang == "uz":
        first = f"{kind} {year}-yildan buyon {city_loc} {f1} sohasida loyihalarni amalga oshirib kelmoqda."
        what = "treninglar, maʼrifiy aksiyalar va koʻngillilik tadbirlarini tashkil etadi."
        second = f"{kind}, shuningdek, {f2} yoʻnalishida {what}" if f2 else f"{kind} {what}"
    elif lang == "kk":
        first = f"{kind} {year} жылдан бері {city_loc} {f1} саласында жобалар жүзеге асырып келеді."
        what = "тренингтер, ағартушылық акциялар мен волонтерлік іс-шаралар ұйымдастырады."
        second = f"{kind} сондай-ақ {f2} бағыты бойынша {what}" if f2 else f"{kind} {what}"
    elif lang == "ky":
        first = f"{kind} {year}-жылдан бери {city_loc} {f1} тармагында долбоорлорду ишке ашырып келет."
        what = "тренингдерди, агартуу акцияларын жана ыктыярчылык иш-чараларын уюштурат."
        second = f"{kind} ошондой эле {f2} багыты боюнча {what}" if f2 else f"{kind} {what}"
    elif lang == "tk":
        first = f"{kind} {year}-{tk_year_suffix(year)} ýyldan bäri {city_loc} {f1} ugrunda taslamalary amala aşyrýar."
        what = "okuwlary, wagyz-nesihat çärelerini we meýletinçilik işlerini guraýar."
        second = f"{kind} şeýle hem {f2} ugrunda {what}" if f2 else f"{kind} {what}"
    elif lang == "hu":
        art = "Az" if kind[0] in "aeiouáéíóöőúüű" else "A"
        first = f"{art} {kind} {year} óta működik {city_loc}, fő tevékenységi területe {f1}."
        if f2:
            second = f"{art} {kind} emellett {f2} terén is szervez képzéseket, programokat és önkéntes akciókat."
        else:
            second = f"{art} {kind} képzéseket, programokat és önkéntes akciókat szervez."
    elif lang == "ru":
        first = f"{kind} работает в {city_loc} с {year} года в области {f1}."
        what = "тренинги, просветительские акции и волонтёрские мероприятия"
        second = f"{kind} также проводит {what} в области {f2}." if f2 else f"{kind} проводит {what}."
    else:
        raise ValueError(lang)
    return first if rng.random() < 0.3 else f"{first} {second}"


# --------------------------------------------------------------------------- organizations


def wchoice(rng, items, weight_index):
    return rng.choices(items, weights=[it[weight_index] for it in items])[0]


def pick_topic(rng, lang, area):
    variants = TOPICS[lang][area][0].split("|")
    en_variants = EN_TOPICS[area].split("|")
    i = rng.randrange(len(variants))
    v = variants[i]
    if "=" in v:
        local, en = v.split("=", 1)
    else:
        local, en = v, en_variants[i]
    return local, en


def pick_areas(rng, primary):
    areas = [primary]
    extra = rng.choices([0, 1, 2], weights=[15, 50, 35])[0]
    rel = list(RELATED[primary])
    rng.shuffle(rel)
    areas += rel[:extra]
    return areas


def pick_type(rng, lang, area):
    while True:
        t = wchoice(rng, TYPES[lang], 3)
        if t[1] != "Club" or area in CLUB_AREAS:
            return t


def english_description(rng, country, areas, kind_en, year, city_en, lang):
    def activity(area, used):
        special = COUNTRY_ACTIVITIES.get((country, area))
        if isinstance(special, tuple):
            special = special[0] if city_en in special[1] else None
        if special and special not in used and rng.random() < 0.6:
            return special
        choices = [a for a in ACTIVITIES[area] if a not in used and country in ONLY_IN.get(a, COUNTRIES)]
        return rng.choice(choices)

    used = set()
    a1 = activity(areas[0], used)
    used.add(a1)
    first = rng.choice([
        f"Founded in {year}, the {kind_en} {a1} in {city_en}.",
        f"Based in {city_en}, the {kind_en} {a1}.",
        f"The {kind_en} {a1} in {city_en} and the surrounding districts.",
        f"Since {year} the {kind_en} has worked in {city_en}, where it {a1}.",
    ])
    sentences = [first]
    second_area = areas[1] if len(areas) > 1 else areas[0]
    a2 = activity(second_area, used)
    sentences.append(rng.choice([f"It also {a2}.", f"Together with its volunteers it {a2}.",
                                 f"In addition, it {a2}."]))
    r = rng.random()
    third = None
    if r < 0.14:
        third = SOLIDARITY
    elif r < 0.30 and country in BILATERAL:
        third = rng.choice(BILATERAL[country])
    elif r < 0.45:
        partners = rng.sample([c for c in COUNTRIES if c != country], 2)
        third = f"It works with partner organizations in {COUNTRY_EN[partners[0]]} and {COUNTRY_EN[partners[1]]}."
    elif r < 0.55:
        third = "Its work is funded by membership fees, small grants and local donors."
    elif r < 0.65:
        third = f"About {rng.choice([30, 40, 60, 80, 120, 150, 200, 300])} volunteers take part in its projects every year."
    elif r < 0.72:
        other = "Russian" if country in ("KZ", "KG", "UZ", "TM", "AZ") and lang != "ru" else "English"
        third = f"It publishes its materials in {LANG_EN[lang]} and {other}."
    if third:
        sentences.append(third)
    elif rng.random() < 0.3:
        sentences = sentences[:1]
    return " ".join(sentences)


class OrgMaker:
    def __init__(self, rng):
        self.rng = rng
        self.names = set()
        self.websites = set()
        self.friendships = set()

    def unique(self, value):
        if value in self.names:
            return False
        self.names.add(value)
        return True

    def website(self, base):
        slug = slugify(base)
        if not slug:
            return None
        cand, n = slug, 2
        while cand in self.websites:
            cand = f"{slug}-{n}"
            n += 1
        self.websites.add(cand)
        return f"https://{cand}.example.org"

    def turkic_name(self, lang, tlang, country, area, city):
        """Name in a Turkic language or Hungarian: returns (local, english, type tuple, areas override)."""
        rng = self.rng
        key = "xn" if country == "XN" else tlang
        lower_style = tlang in ("uz", "kk", "ky", "tk")
        topic, topic_en = pick_topic(rng, tlang, area)
        typ = pick_type(rng, tlang, area)
        r = rng.random()
        city_word = city[4] if country == "HU" else city[0]
        if r < 0.08 and key in FRIENDSHIP:
            own, partners, suffix, kind = FRIENDSHIP[key]
            pc = rng.choice(sorted(partners))
            if (country, pc) not in self.friendships:
                self.friendships.add((country, pc))
                local = f"{own}–{partners[pc]} {suffix}"
                en = f"{COUNTRY_EN[country]}–{COUNTRY_EN[pc]} Friendship Society"
                self.capital = rng.random() < 0.7
                return local, en, (suffix, "Society", kind, 1), ["peace", "culture"] + (["education"] if rng.random() < 0.4 else [])
        if r < 0.18 and area in NAMED_AREAS:
            p, p_en = rng.choice(NAMED_AFTER[tlang])
            local = NAMED_TEMPLATE[tlang].format(p=p, t=topic, k=typ[0])
            return local, f"{p_en} {topic_en} {typ[1]}", typ, None
        if r < 0.26:
            nat, nat_en = NATIONAL[key]
            self.capital = rng.random() < 0.85
            return cap(f"{nat} {topic} {typ[0]}"), f"{nat_en} {topic_en} {typ[1]}", typ, None
        if r < 0.58:
            brands = BRANDS[key]
            b, b_en = rng.choice(brands)
            if tlang in ("tr", "hu"):
                local = f"{b} {topic} {typ[0]}"
            elif tlang in ("kk", "ky"):
                local = f"«{b}» {topic} {typ[0]}"
            else:
                local = f"“{b}” {topic} {typ[0]}"
            return local, f"{b_en} {topic_en} {typ[1]}", typ, None
        local = f"{city_word} {topic} {typ[0]}"
        if lower_style:
            local = cap(local)
        return local, f"{city[1]} {topic_en} {typ[1]}", typ, None

    def russian_name(self, country, area, city):
        rng = self.rng
        group, centre, centre_en, _ = RU_AREAS[area]
        ru_nom, ru_gen, _ = city[4]
        b, b_en = rng.choice(BRANDS["ru"])
        options = []
        if group:
            options += [(f"Союз {group} {ru_gen}", f"{city[1]} {RU_GROUP_EN[area]} Union", "Союз", "union"),
                        (f"Ассоциация {group} {ru_gen}", f"{city[1]} {RU_GROUP_EN[area]} Association", "Ассоциация",
                         "association")]
        options += [(f"Центр {centre} «{b}»", f"{b_en} Center for {centre_en}", "Центр", "center"),
                    (f"Общественный фонд «{b}»", f"{b_en} Public Foundation", "Фонд", "foundation"),
                    (f"Общественное объединение «{b}»", f"{b_en} Public Association", "Объединение", "association")]
        if area in NAMED_AREAS and rng.random() < 0.35:
            p, p_en = rng.choice(NAMED_AFTER[f"ru-{country}"])
            return f"Фонд имени {p}", f"{p_en} Foundation", "Фонд", "foundation"
        return rng.choice(options)

    def make(self, country, lang, oid, force_cyrillic_uz=False):
        rng = self.rng
        area = rng.choices(AREAS, weights=[AREA_WEIGHTS[a] for a in AREAS])[0]
        city = wchoice(rng, CITIES[country], 3)
        year = rng.randint(1992, 2024) if rng.random() < 0.85 else rng.randint(2015, 2024)
        if country == "TR" and rng.random() < 0.2:
            year = rng.randint(1958, 1995)
        if country == "HU" and rng.random() < 0.3:
            year = rng.randint(1989, 1999)
        areas = None
        for _ in range(50):
            self.capital = False
            if lang == "ru":
                local, en, kind_local, kind_en = self.russian_name(country, area, city)
            else:
                local, en, typ, areas = self.turkic_name(country=country, lang=lang, tlang=lang, area=area, city=city)
                kind_local, kind_en = typ[2], typ[1].split()[-1].lower()
                if kind_en == "ngo":
                    kind_en = "organization"
            if self.unique(local):
                break
            area = rng.choices(AREAS, weights=[AREA_WEIGHTS[a] for a in AREAS])[0]
        else:
            raise RuntimeError("could not find a unique name")
        if areas is None:
            areas = pick_areas(rng, area)
        if self.capital:
            city = CITIES[country][1 if country == "KZ" else 0]  # Astana is Kazakhstan's capital
        names = []
        desc_lang = lang
        if lang == "uz" and force_cyrillic_uz:
            names.append(name(uz_cyrl(local), "uz"))
            if rng.random() < 0.5:
                names.append(name(local, "uz"))
        else:
            names.append(name(local, lang))
        if rng.random() < 0.34:
            names.append(name(en, "en"))
        # city as the organization's language writes it, and the description
        if lang == "ru":
            city_local, city_loc = city[4][0], city[4][2]
        else:
            city_local, city_loc = city[0], city[2]
        fields = [TOPICS[lang][a][1] if lang != "ru" else RU_AREAS[a][3] for a in areas[:2]]
        local_desc = local_description(rng, lang, kind_local, year, city_loc, fields)
        if lang == "uz" and force_cyrillic_uz:
            local_desc = uz_cyrl(local_desc)
            city_local = uz_cyrl(city_local)
        en_desc = english_description(rng, country, areas, kind_en, year, city[1], desc_lang)
        rec = {"type": "organization", "id": oid, "names": names, "country": country, "city": city_local,
               "areas": areas, "founded": year}
        if rng.random() < 0.6:
            base = en if lang in ("kk", "ky", "ru") and rng.random() < 0.5 else local
            site = self.website(base)
            if site:
                rec["website"] = site
        rec["description"] = {desc_lang: local_desc, "en": en_desc}
        return rec


AGENCY = {
    "type": "organization",
    "id": "az-agency-ngo-support",
    "names": [name("Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Agentliyi", "az"),
              name("Agency for State Support of Non-Governmental Organizations of the Republic of Azerbaijan", "en"),
              name("Агентство государственной поддержки неправительственных организаций Азербайджанской Республики", "ru"),
              name("Agency for State Support of NGOs", "en"),
              name("QHT Agentliyi", "az")],
    "country": "AZ",
    "city": "Bakı",
    "areas": ["volunteering", "human-rights"],
    "founded": 2021,
    "description": {
        "az": "Agentlik Azərbaycanda qeyri-hökumət təşkilatlarının fəaliyyətinə dövlət dəstəyi göstərir. "
              "2025-ci il noyabrın 24–26-da Bakıda və Naxçıvanda keçirilən Türk Dövlətləri Təşkilatına üzv dövlətlərin "
              "QHT-lərinin Həmrəylik Forumunun təşkilatçılarından biri olmuşdur.",
        "en": "A public body of the Republic of Azerbaijan that supports non-governmental organizations. "
              "It co-organized the Solidarity Forum of NGOs of the OTS member states, held in Baku and Nakhchivan "
              "on 24–26 November 2025.",
        "ru": "Государственное агентство, оказывающее поддержку неправительственным организациям Азербайджана. "
              "Выступило одним из организаторов Форума солидарности НПО государств — членов ОТГ, "
              "прошедшего 24–26 ноября 2025 года в Баку и Нахичевани.",
    },
}

# The intergovernmental body itself, so that its names and short names
# (OTS, TDT, ОТГ) find it (issue #12).
OTS = {
    "type": "organization",
    "id": "ots",
    "names": [name("Organization of Turkic States", "en"),
              name("Türk Dövlətləri Təşkilatı", "az"),
              name("Türk Devletleri Teşkilatı", "tr"),
              name("Turkiy davlatlar tashkiloti", "uz"),
              name("Түркі мемлекеттері ұйымы", "kk"),
              name("Түрк мамлекеттери уюму", "ky"),
              name("Türki döwletleri guramasy", "tk"),
              name("Türk Államok Szervezete", "hu"),
              name("Организация тюркских государств", "ru"),
              # The short names, as extra names: OTS, TDT (az, tr, uz), ТДТ (uz Cyrillic), ОТГ.
              name("OTS", "en"),
              name("TDT", "tr"),
              name("ТДТ", "uz"),
              name("ОТГ", "ru")],
    "country": "TR",
    "city": "İstanbul",
    "areas": ["culture", "education"],
    "founded": 2009,
    "description": {
        "en": "The intergovernmental organization of the Turkic states, founded in 2009 in Nakhchivan as the "
              "Cooperation Council of Turkic Speaking States; its secretariat is in Istanbul.",
        "az": "Türk dövlətlərinin hökumətlərarası təşkilatı; 2009-cu ildə Naxçıvanda Türkdilli Dövlətlərin "
              "Əməkdaşlıq Şurası kimi yaradılıb, katibliyi İstanbuldadır.",
        "ru": "Межправительственная организация тюркских государств, основана в 2009 году в Нахичевани как "
              "Совет сотрудничества тюркоязычных государств; секретариат находится в Стамбуле.",
    },
}

# The other public bodies the forum's programme names, with the short names
# people search them by (TÜRKSOY, TÜRKPA / ТюркПА). Written after the
# generated records, so those keep their bytes.
PUBLIC_BODIES = [
    {
        "type": "organization",
        "id": "turksoy",
        "names": [name("TÜRKSOY", "tr"),
                  name("International Organization of Turkic Culture", "en"),
                  name("Uluslararası Türk Kültürü Teşkilatı", "tr"),
                  name("Beynəlxalq Türk Mədəniyyəti Təşkilatı", "az"),
                  name("Халықаралық түркі мәдениеті ұйымы", "kk"),
                  name("ТҮРКСОЙ", "kk"),
                  name("Международная организация тюркской культуры", "ru")],
        "country": "TR",
        "city": "Ankara",
        "areas": ["culture", "heritage"],
        "founded": 1993,
        "description": {
            "en": "The intergovernmental organization of the Turkic world for culture and the arts, based in Ankara.",
            "tr": "Türk dünyasının kültür ve sanat alanındaki hükümetlerarası kuruluşu; merkezi Ankara'dadır.",
            "ru": "Межправительственная организация тюркского мира в области культуры и искусства; штаб-квартира в Анкаре.",
        },
    },
    {
        "type": "organization",
        "id": "turkpa",
        "names": [name("TÜRKPA", "tr"),
                  name("Parliamentary Assembly of Turkic States", "en"),
                  name("Türk Dövlətlərinin Parlament Assambleyası", "az"),
                  name("Türk Devletleri Parlamenter Asamblesi", "tr"),
                  name("ТюркПА", "ru"),
                  name("Парламентская ассамблея тюркских государств", "ru"),
                  name("Түркі мемлекеттерінің парламенттік ассамблеясы", "kk")],
        "country": "AZ",
        "city": "Bakı",
        "areas": ["peace", "human-rights"],
        "founded": 2008,
        "description": {
            "en": "The assembly of the parliaments of the Turkic states; its secretariat is in Baku.",
            "az": "Türk dövlətlərinin parlamentlərinin assambleyası; katibliyi Bakıdadır.",
            "ru": "Ассамблея парламентов тюркских государств; секретариат находится в Баку.",
        },
    },
    {
        "type": "organization",
        "id": "turkic-academy",
        "names": [name("International Turkic Academy", "en"),
                  name("Халықаралық Түркі академиясы", "kk"),
                  name("Beynəlxalq Türk Akademiyası", "az"),
                  name("Uluslararası Türk Akademisi", "tr"),
                  name("Международная тюркская академия", "ru")],
        "country": "KZ",
        "city": "Астана",
        "areas": ["science", "education", "heritage"],
        "founded": 2010,
        "description": {
            "en": "The research institution of the Turkic states for the history, languages and cultures of the Turkic peoples, based in Astana.",
            "kk": "Түркі халықтарының тарихы, тілдері мен мәдениетін зерттейтін түркі мемлекеттерінің ғылыми мекемесі; Астанада орналасқан.",
            "ru": "Научное учреждение тюркских государств, изучающее историю, языки и культуру тюркских народов; находится в Астане.",
        },
    },
    {
        "type": "organization",
        "id": "turkic-culture-heritage-foundation",
        "names": [name("Turkic Culture and Heritage Foundation", "en"),
                  name("Türk Mədəniyyəti və İrsi Fondu", "az"),
                  name("Türk Kültür ve Mirası Vakfı", "tr"),
                  name("Түркі мәдениеті және мұрасы қоры", "kk"),
                  name("Фонд тюркской культуры и наследия", "ru")],
        "country": "AZ",
        "city": "Bakı",
        "areas": ["heritage", "culture"],
        "founded": 2012,
        "description": {
            "en": "The foundation of the Turkic states for the study and protection of their common cultural heritage, based in Baku.",
            "az": "Türk dövlətlərinin ortaq mədəni irsinin öyrənilməsi və qorunması üzrə fondu; Bakıda yerləşir.",
            "ru": "Фонд тюркских государств по изучению и сохранению их общего культурного наследия; находится в Баку.",
        },
    },
    {
        "type": "organization",
        "id": "az-presidential-administration",
        "names": [name("Azərbaycan Respublikası Prezidentinin Administrasiyası", "az"),
                  name("Presidential Administration of the Republic of Azerbaijan", "en"),
                  name("Администрация Президента Азербайджанской Республики", "ru")],
        "country": "AZ",
        "city": "Bakı",
        "areas": ["peace"],
        "founded": 1991,
        "description": {
            "en": "The administration of the President of the Republic of Azerbaijan.",
            "az": "Azərbaycan Respublikası Prezidentinin Administrasiyası.",
            "ru": "Администрация Президента Азербайджанской Республики.",
        },
    },
]

# The one real official the forum's programme names as a speaker: Hikmət
# Hacıyev, who spoke at the opening for the Presidential Administration.
FORUM_PEOPLE = [
    {"type": "person", "id": "person-hikmat-hajiyev",
     "names": [name("Hikmət Hacıyev", "az"), name("Hikmat Hajiyev", "en"), name("Хикмет Гаджиев", "ru")],
     "country": "AZ"},
]

ORG_PLAN = [  # country, count, [(language, weight)]
    ("AZ", 69, [("az", 1)]),
    ("TR", 55, [("tr", 1)]),
    ("UZ", 50, [("uz", 1)]),
    ("KZ", 50, [("kk", 3), ("ru", 1)]),
    ("KG", 27, [("ky", 2), ("ru", 1)]),
    ("TM", 16, [("tk", 1)]),
    ("HU", 18, [("hu", 1)]),
    ("XN", 14, [("tr", 1)]),
]


def make_organizations(rng):
    maker = OrgMaker(rng)
    maker.names.update(n["value"] for n in AGENCY["names"])
    maker.names.update(n["value"] for n in OTS["names"])
    out = [AGENCY, OTS]
    for country, count, langs in ORG_PLAN:
        for i in range(1, count + 1):
            lang = rng.choices([l for l, _ in langs], weights=[w for _, w in langs])[0]
            cyr = lang == "uz" and rng.random() < 0.25
            out.append(maker.make(country, lang, f"{country.lower()}-ngo-{i:04d}", force_cyrillic_uz=cyr))
    return out


# --------------------------------------------------------------------------- people

def pairs(s):
    return [tuple(p.split("=")) for p in s.split()]


AZ_M = pairs("Əli=Али Vüsal=Вюсал Rəşad=Рашад Elvin=Эльвин Orxan=Орхан Kamran=Камран Tural=Турал Fərid=Фарид "
             "Ramil=Рамиль Elnur=Эльнур Şahin=Шахин Cavid=Джавид Zaur=Заур İlqar=Ильгар Anar=Анар Rüstəm=Рустам "
             "Nicat=Ниджат Tofiq=Тофик Emin=Эмин Səmər=Самер")
AZ_F = pairs("Leyla=Лейла Günel=Гюнель Aysel=Айсель Nigar=Нигяр Səbinə=Сабина Nərmin=Нармин Ülviyyə=Ульвия "
             "Aytən=Айтен Könül=Кёнуль Lalə=Лала Fidan=Фидан Sevinc=Севиндж Sevda=Севда Arzu=Арзу")
AZ_S = pairs("Məmmədov=Мамедов Həsənov=Гасанов Quliyev=Кулиев Hüseynov=Гусейнов Əliyev=Алиев Cəfərov=Джафаров "
             "Abdullayev=Абдуллаев Rzayev=Рзаев Bayramov=Байрамов İsmayılov=Исмаилов Süleymanov=Сулейманов "
             "Kərimov=Керимов Əhmədov=Ахмедов Qasımov=Касумов Hacıyev=Гаджиев Nəsirov=Насиров Orucov=Оруджев "
             "Vəliyev=Велиев Novruzov=Новрузов Zeynalov=Зейналов")
TR_M = "Mehmet Ahmet Mustafa Hüseyin Murat Kemal Burak Cem İbrahim Yusuf Hakan Serkan Emre Oğuz Selim Tolga Barış".split()
TR_F = "Ayşe Fatma Emine Zeynep Elif Özlem Gül Derya Esra Merve Şule İpek Sibel".split()
TR_S = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç "
        "Kurt Özkan Güneş Akgül Erdem").split()
XN_M = "Mehmet Hüseyin Ahmet Erhan Serdar Tolga Gökhan Derviş Kemal Hasan Ertan".split()
XN_F = "Ayşe Emine Hatice Gülsen Nilgün Şerife Meltem Pembe Ayten Dilek".split()
XN_S = "Alioğlu Hüseyinoğlu Mustafaoğlu Kemalcan Özgür Tuncel Ersoy Aksoy Bayraktar Gökçebel Hocaoğlu Beyatlı".split()
UZ_M = "Jasur Sardor Otabek Bekzod Aziz Rustam Jahongir Sherzod Ulugʻbek Doniyor Shoxrux Farrux Ilhom".split()
UZ_F = "Dilnoza Gulnora Nodira Shahnoza Madina Kamola Zarina Mohira Feruza Oydin Sevara".split()
UZ_S = ("Karimov Yusupov Rahimov Abdullayev Xolmatov Ergashev Tursunov Qodirov Sobirov Nazarov Toshmatov "
        "Umarov Saidov Rasulov Olimov").split()
KK_M = "Нұрлан Ерлан Асқар Дәурен Ержан Бауыржан Серік Қайрат Ерболат Айдос Мұрат Ғалым Арман Данияр".split()
KK_F = "Айгерім Жанар Әсел Гүлнар Мадина Ақбота Динара Сәуле Аружан Данагүл Меруерт Әйгерім".split()
KK_S = ("Ахметов Омаров Сәрсенов Жұмабаев Әбенов Тоқтаров Бекмұхамбетов Қасымов Ибраев Есенов Байжанов Мұқанов "
        "Әлиев Тұрсынов Исабеков").split()
RU_M = "Сергей Алексей Дмитрий Андрей Тимур Руслан Ильдар Марат Виктор".split()
RU_F = "Ольга Елена Наталья Анна Алина Диляра Татьяна Ирина".split()
RU_S = "Ким Пак Цой Шевченко Петров Смирнов Иванов Нурланов Ахметов Хан".split()
KY_M = "Айбек Азамат Бакыт Нурбек Эрмек Уланбек Темир Бекжан Алмаз Тилек Канат Жыргалбек".split()
KY_F = "Гүлзат Жылдыз Чолпон Айпери Бермет Нургүл Айзада Асель Гүлмира Назира".split()
KY_S = ("Асанов Осмонов Токтогулов Абдыкадыров Сыдыков Мамбетов Исаков Өмүрбеков Жумабеков Бейшеналиев "
        "Турдубаев Үсөнов").split()
TK_M = pairs("Merdan=Мердан Döwlet=Довлет Batyr=Батыр Serdar=Сердар Myrat=Мурад Berdi=Берды Kakajan=Какаджан "
             "Aýdogdy=Айдогды Annamyrat=Аннамурад Rustam=Рустам Maksat=Максат")
TK_F = pairs("Aýna=Айна Maral=Марал Jeren=Джерен Gülnara=Гульнара Ogulgerek=Огулгерек Bahar=Бахар Mähri=Мяхри "
             "Aýgül=Айгуль Enejan=Энеджан")
TK_S = pairs("Annaýew=Аннаев Orazow=Оразов Atajanow=Атаджанов Berdiýew=Бердыев Hojamuradow=Ходжамурадов "
             "Nurmuhammedow=Нурмухаммедов Ataýew=Атаев Gurbanow=Гурбанов Meredow=Мередов Çaryýew=Чарыев "
             "Rejepow=Реджепов Saparow=Сапаров")
HU_M = "László István Zoltán Gábor Péter Attila Tamás Sándor Ferenc Balázs Levente Bence".split()
HU_F = "Katalin Éva Erzsébet Anna Zsófia Ildikó Judit Eszter Réka Noémi".split()
HU_S = "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Mészáros".split()

# Well-known public figures whose names the random combinations must not reproduce.
AVOID = {"Anar Rzayev", "Kamran Əliyev", "Mehmet Şimşek", "Əli Həsənov", "Ramil Səfərov", "Emin Hüseynov",
         "Elnur Məmmədov", "Murat Kurt", "Ахмет Омаров"}

PERSON_PLAN = [("AZ", 30), ("TR", 25), ("UZ", 22), ("KZ", 22), ("KG", 15), ("TM", 12), ("HU", 14), ("XN", 10)]


def fem(surname, cyr=False):
    if surname.endswith(("ov", "ev", "ow", "ew", "ин")) or surname.endswith(("ов", "ев")):
        return surname + ("а" if cyr else "a")
    return surname


def make_person(rng, country):
    female = rng.random() < 0.5
    second = rng.random() < 0.36
    if country == "AZ":
        f = rng.choice(AZ_F if female else AZ_M)
        s = rng.choice(AZ_S)
        az = f"{f[0]} {fem(s[0]) if female else s[0]}"
        names = [name(az, "az")]
        if second:
            if rng.random() < 0.65 or az_en(az) == az:
                names.append(name(f"{f[1]} {fem(s[1], True) if female else s[1]}", "ru"))
            else:
                names.append(name(az_en(az), "en"))
        return names
    if country in ("TR", "XN"):
        if country == "TR":
            first, sur = rng.choice(TR_F if female else TR_M), rng.choice(TR_S)
        else:
            first, sur = rng.choice(XN_F if female else XN_M), rng.choice(XN_S)
        v = f"{first} {sur}"
        if rng.random() < 0.12:  # a double given name, common in Türkiye
            extra = rng.choice((TR_F if female else TR_M))
            if extra != first:
                v = f"{first} {extra} {sur}"
        names = [name(v, "tr")]
        if second and tr_en(v) != v:
            names.append(name(tr_en(v), "en"))
        return names
    if country == "UZ":
        first = rng.choice(UZ_F if female else UZ_M)
        sur = rng.choice(UZ_S)
        v = f"{first} {fem(sur) if female else sur}"
        if rng.random() < 0.2:
            names = [name(uz_cyrl(v), "uz")]
            if second:
                names.append(name(v, "uz"))
        else:
            names = [name(v, "uz")]
            if second:
                en = v.replace("ʻ", "").replace("x", "kh").replace("X", "Kh").replace("q", "k").replace("Q", "K")
                names.append(name(uz_cyrl(v), "uz") if rng.random() < 0.7 or en == v else name(en, "en"))
        return names
    if country == "KZ":
        if rng.random() < 0.12:
            first = rng.choice(RU_F if female else RU_M)
            sur = rng.choice(RU_S)
            return [name(f"{first} {fem(sur, True) if female else sur}", "ru")]
        first = rng.choice(KK_F if female else KK_M)
        sur = rng.choice(KK_S)
        if rng.random() < 0.12:  # a Kazakh patronymic-style surname
            root = rng.choice(KK_M)
            v = f"{first} {root}{'қызы' if female else 'ұлы'}"
        else:
            v = f"{first} {fem(sur, True) if female else sur}"
        names = [name(v, "kk")]
        if second:
            names.append(name(cyr_latn(v), "en"))
        return names
    if country == "KG":
        first = rng.choice(KY_F if female else KY_M)
        if rng.random() < 0.2:  # father's name + уулу / кызы
            v = f"{first} {rng.choice(KY_M)} {'кызы' if female else 'уулу'}"
        else:
            sur = rng.choice(KY_S)
            v = f"{first} {fem(sur, True) if female else sur}"
        names = [name(v, "ky")]
        if second:
            names.append(name(cyr_latn(v, zh="j"), "en"))
        return names
    if country == "TM":
        f = rng.choice(TK_F if female else TK_M)
        s = rng.choice(TK_S)
        names = [name(f"{f[0]} {fem(s[0]) if female else s[0]}", "tk")]
        if second:
            names.append(name(f"{f[1]} {fem(s[1], True) if female else s[1]}", "ru"))
        return names
    if country == "HU":
        first = rng.choice(HU_F if female else HU_M)
        sur = rng.choice(HU_S)
        names = [name(f"{sur} {first}", "hu")]
        if second:
            names.append(name(f"{first} {sur}", "en"))
        return names
    raise ValueError(country)


def make_people(rng):
    people, seen = [], set(AVOID)
    for country, count in PERSON_PLAN:
        made = 0
        while made < count:
            names = make_person(rng, country)
            if names[0]["value"] in seen:
                continue
            seen.add(names[0]["value"])
            people.append((country, names))
            made += 1
    rng.shuffle(people)
    return [{"type": "person", "id": f"person-{i:04d}", "names": names, "country": country}
            for i, (country, names) in enumerate(people, 1)]


# --------------------------------------------------------------------------- places as records


def make_places():
    out = []
    for pid, country, names in PLACES:
        out.append({"type": "place", "id": pid, "names": [name(v, l) for l, v in names], "country": country})
    return out


# --------------------------------------------------------------------------- validation

FIELDS = {
    "organization": ({"type", "id", "names", "country", "city", "areas", "founded", "description"}, {"website"}),
    "person": ({"type", "id", "names", "country"}, set()),
    "place": ({"type", "id", "names", "country"}, set()),
}


def validate(path):
    """Read the file back and check it; returns the records or exits with the problems found."""
    problems, records, ids = [], [], set()
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        sys.exit(f"{path}: not UTF-8: {e}")
    if not text.endswith("\n"):
        problems.append("file does not end with a newline")
    for no, line in enumerate(text.split("\n")[:-1], 1):
        def bad(msg):
            problems.append(f"line {no}: {msg}")
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"not JSON: {e}")
            continue
        if not isinstance(rec, dict):
            bad("not an object")
            continue
        typ = rec.get("type")
        if typ not in FIELDS:
            bad(f"bad type {typ!r}")
            continue
        required, optional = FIELDS[typ]
        missing = required - rec.keys()
        extra = rec.keys() - required - optional
        if missing:
            bad(f"missing {sorted(missing)}")
        if extra:
            bad(f"unexpected {sorted(extra)}")
        rid = rec.get("id")
        if not isinstance(rid, str) or not ID_RE.match(rid):
            bad(f"bad id {rid!r}")
        elif rid in ids:
            bad(f"duplicate id {rid}")
        ids.add(rid)
        if rec.get("country") not in COUNTRIES:
            bad(f"bad country {rec.get('country')!r}")
        names = rec.get("names")
        if not isinstance(names, list) or not names:
            bad("names must be a non-empty list")
        else:
            seen = set()
            for n in names:
                if not isinstance(n, dict) or set(n) != {"value", "lang", "script"}:
                    bad(f"bad name {n!r}")
                    continue
                if not isinstance(n["value"], str) or not n["value"].strip() or n["value"] != n["value"].strip():
                    bad(f"bad name value {n['value']!r}")
                if n["lang"] not in LANGS:
                    bad(f"bad lang {n['lang']!r}")
                if n["script"] not in SCRIPTS or n["script"] != script_of(n["value"]):
                    bad(f"bad script {n['script']!r} for {n['value']!r}")
                if (n["value"], n["lang"]) in seen:
                    bad(f"repeated name {n['value']!r}")
                seen.add((n["value"], n["lang"]))
        if typ == "organization":
            areas = rec.get("areas")
            if not isinstance(areas, list) or not areas or len(set(areas)) != len(areas) \
                    or any(a not in AREAS for a in areas):
                bad(f"bad areas {areas!r}")
            if not isinstance(rec.get("city"), str) or not rec.get("city"):
                bad("bad city")
            founded = rec.get("founded")
            if not isinstance(founded, int) or not 1900 <= founded <= 2025:
                bad(f"bad founded {founded!r}")
            if "website" in rec and not (isinstance(rec["website"], str) and WEBSITE_RE.match(rec["website"])):
                bad(f"bad website {rec['website']!r}")
            desc = rec.get("description")
            if not isinstance(desc, dict) or "en" not in desc or len(desc) < 2 \
                    or any(k not in LANGS or not isinstance(v, str) or not v.strip() for k, v in desc.items()):
                bad(f"bad description {desc!r}")
        records.append(rec)
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        sys.exit(f"{path}: {len(problems)} problem(s)")
    return records


def report(records, path):
    by = collections.Counter((r["type"], r["country"]) for r in records)
    types = ["organization", "person", "place"]
    print(f"{path}: {len(records)} records, {os.path.getsize(path)} bytes, valid")
    print("type          " + " ".join(f"{c:>4}" for c in COUNTRIES) + "  total")
    for t in types:
        row = [by[(t, c)] for c in COUNTRIES]
        print(f"{t:<13} " + " ".join(f"{n:>4}" for n in row) + f"  {sum(row):>5}")
    orgs = [r for r in records if r["type"] == "organization"]
    people = [r for r in records if r["type"] == "person"]
    en_orgs = sum(any(n["lang"] == "en" for n in r["names"]) for r in orgs)
    multi_people = sum(len(r["names"]) > 1 for r in people)
    areas = collections.Counter(a for r in orgs for a in r["areas"])
    print(f"organizations with an English name: {en_orgs}/{len(orgs)}; with a website: "
          f"{sum('website' in r for r in orgs)}; people with a second spelling: {multi_people}/{len(people)}")
    print("areas: " + ", ".join(f"{a} {areas[a]}" for a in AREAS))


# --------------------------------------------------------------------------- main


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "crates", "birlik", "demo", "demo.jsonl")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.normpath(default_out), help="where to write ('-' for standard output)")
    ap.add_argument("--check", metavar="FILE", help="only validate FILE and print its counts")
    args = ap.parse_args()
    if args.check:
        report(validate(args.check), args.check)
        return
    rng = random.Random(SEED)
    records = make_places() + make_organizations(rng) + make_people(rng)
    records += [{"type": "place", "id": pid, "names": [name(v, l) for l, v in names], "country": country}
                for pid, country, names in FORUM_PLACES]
    records += PUBLIC_BODIES + FORUM_PEOPLE
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.out == "-":
        sys.stdout.write(lines)
        return
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(lines)
    report(validate(args.out), args.out)


if __name__ == "__main__":
    main()
