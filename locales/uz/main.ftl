# Birlik interface strings: Uzbek.

## Sahifa qismlari
site-name = Birlik
site-tagline = Turkiy davlatlar tashkilotining nodavlat notijorat tashkilotlari platformasi
skip-to-content = Asosiy mazmunga oʻtish
nav-main = Asosiy navigatsiya
nav-organizations = Tashkilotlar
nav-people = Shaxslar
nav-places = Joylar
nav-countries = Mamlakatlar
search-label = Istalgan nomni istalgan yozuvda qidiring
search-placeholder = Istalgan nom, istalgan yozuv
search-button = Qidirish
footer-api = API (OpenAPI)
language-switcher = Til

## Bosh sahifa
home-lead = Turkiy dunyoning nodavlat notijorat tashkilotlari bir-birini topadigan, tasdiqdan oʻtadigan, forumlarda uchrashadigan va birgalikda ishlaydigan maydon.
home-chair = Rais: { $country }
home-chair-since = { $date } sanasidan beri
home-seat = Qarorgoh: { $place }
count-organizations = { $count } ta tashkilot
count-people = { $count } kishi
count-places = { $count } ta joy
home-no-network = Hozircha hech qanday tarmoq sozlanmagan. Namoyish tarmogʻini koʻrish uchun boʻsh maʼlumotlar katalogida «birlik serve --demo» buyrugʻi bilan ishga tushiring yoki yozuvlarni «birlik import» buyrugʻi bilan import qiling.
home-countries = Aʼzo va kuzatuvchi davlatlar
home-latest = Yaqinda qoʻshilgan yoki yangilanganlar
home-nothing-yet = Bu yerda hozircha hech narsa yoʻq.
home-all-organizations = Barcha tashkilotlar →

## Aʼzolik
status-member = aʼzo
status-observer = kuzatuvchi
status-chair = rais
status-chairs-network = Tarmoqqa raislik qiladi
status-since = { $date } sanasidan beri

## Yozuv turlari
kind-organization = Tashkilot
kind-person = Shaxs
kind-place = Joy

## Katalog
directory-country = Mamlakat
directory-all-countries = Barcha mamlakatlar
directory-area = Hamkorlik sohasi
directory-all-areas = Barcha sohalar
directory-filter = Filtrlash
directory-clear = Filtrlarni tozalash
directory-filtered = filtrlangan
directory-empty = Koʻrsatish uchun hech narsa yoʻq.
directory-previous-page = ← Oldingi sahifa
directory-position = { $total } tadan { $from }–{ $to }
directory-pages = Roʻyxat sahifalari
directory-next-page = Keyingi sahifa →

## Yozuv sahifasi
record-names = Nomlar
record-name = Nom
record-language = Til
record-script = Yozuv
record-details = Batafsil maʼlumot
record-areas = Hamkorlik sohalari
record-website = Veb-sayt
record-founded = Tashkil etilgan yili: { $year }
record-about = Tavsif
record-no-translation = Hali bu tilga tarjima qilinmagan ({ $language }); asl holida koʻrsatilmoqda.
record-json = Ushbu yozuv JSON formatida

## Mamlakatlar
countries-title = Mamlakatlar
countries-in-network = Tarmoqdagi mamlakatlar
countries-others = Katalogdagi boshqa mamlakatlar
country-organizations = Tashkilotlar
country-no-organizations = Hozircha { $country } boʻyicha tashkilotlar yoʻq.
country-all-organizations = { $country } boʻyicha barcha tashkilotlar →

## Qidiruv
search-title = Qidiruv
search-hint = Istalgan tildagi yoki yozuvdagi istalgan nom: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } ta natija
search-took = { $ms } ms
search-nothing = «{ $query }» soʻroviga mos hech narsa topilmadi.
search-did-you-mean = Balki, siz buni nazarda tutgandirsiz:
search-no-exact = «{ $query }» boʻyicha aniq moslik yoʻq; eng yaqin natijalar:
search-refine = Natijalarni aniqlashtirish
search-facet-type = Turi
search-facet-country = Mamlakat
search-facet-area = Hamkorlik sohasi
search-remove-filter = { $label } filtrini olib tashlash
search-previous = ← Oldingi
search-next = Keyingi →

## Xatolar
error-title-400 = Soʻrovga javob berib boʻlmaydi
error-title-404 = Topilmadi
error-title-414 = Manzil juda uzun
error-title-500 = Nimadir xato ketdi
error-back-home = Bosh sahifaga qaytish

## Tillar (tillarning shu tildagi nomlari)
language-az = ozarbayjon tili
language-tr = turk tili
language-uz = oʻzbek tili
language-kk = qozoq tili
language-ky = qirgʻiz tili
language-tk = turkman tili
language-hu = venger tili
language-ru = rus tili
language-en = ingliz tili

## Hamkorlik sohalari
area-agriculture = Qishloq xoʻjaligi va qishloq hayoti
area-animals = Hayvonlarni himoya qilish
area-business = Tadbirkorlik va biznes
area-charity = Xayriya
area-children = Bolalar
area-culture = Madaniyat va sanʼat
area-digital = Raqamli texnologiyalar
area-disability = Nogironlik va inklyuzivlik
area-ecology = Ekologiya va atrof-muhit
area-education = Taʼlim
area-family = Oila
area-health = Sogʻliqni saqlash
area-heritage = Madaniy meros
area-human-rights = Inson huquqlari
area-media = Ommaviy axborot vositalari va jurnalistika
area-migration = Migratsiya
area-peace = Tinchlik va yarashuv
area-science = Fan va tadqiqotlar
area-sport = Sport
area-tourism = Turizm
area-veterans = Faxriylar
area-volunteering = Koʻngillilik
area-water = Suv
area-women = Xotin-qizlar
area-youth = Yoshlar
record-original = asl nusxa
