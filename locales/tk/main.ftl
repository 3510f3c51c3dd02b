# Birlik interface strings: Turkmen.

## Sahypanyň gurluşy
site-name = Birlik
site-tagline = Türki döwletleriniň guramasynyň jemgyýetçilik guramalarynyň platformasy
skip-to-content = Esasy mazmuna geç
nav-main = Esasy nawigasiýa
nav-organizations = Guramalar
nav-people = Şahslar
nav-places = Ýerler
nav-countries = Ýurtlar
search-label = Islendik ady islendik elipbiýde gözläň
search-placeholder = Islendik at, islendik elipbiý
search-button = Gözle
footer-api = API (OpenAPI)
language-switcher = Dil

## Baş sahypa
home-lead = Türki dünýäniň jemgyýetçilik guramalarynyň biri-birini tapýan, tassyklamadan geçýän, forumlarda duşuşýan we bilelikde işleýän meýdançasy.
home-chair = Başlyk: { $country }
home-chair-since = { $date } senesinden bäri
home-seat = Ştab-kwartira: { $place }
count-organizations = { $count } gurama
count-people = { $count } adam
count-places = { $count } ýer
home-no-network = Entek hiç hili tor sazlanmady. Görkezme toruny görmek üçin boş maglumat katalogynda «birlik serve --demo» buýrugy bilen işe giriziň ýa-da ýazgylary «birlik import» buýrugy bilen import ediň.
home-countries = Agza we synçy ýurtlar
home-latest = Ýakynda goşulanlar ýa-da täzelenenler
home-nothing-yet = Bu ýerde entek hiç zat ýok.
home-all-organizations = Ähli guramalar →

## Agzalyk
status-member = agza
status-observer = synçy
status-chair = başlyk
status-chairs-network = Tora başlyklyk edýär
status-since = { $date } senesinden bäri

## Ýazgy görnüşleri
kind-organization = Gurama
kind-person = Şahs
kind-place = Ýer

## Katalog
directory-country = Ýurt
directory-all-countries = Ähli ýurtlar
directory-area = Hyzmatdaşlyk ugry
directory-all-areas = Ähli ugurlar
directory-filter = Süzgüçle
directory-clear = Süzgüçleri arassala
directory-filtered = süzgüçlenen
directory-empty = Görkezmäge hiç zat ýok.
directory-previous-page = ← Öňki sahypa
directory-position = { $total } sanydan { $from }–{ $to }
directory-pages = Sanawyň sahypalary
directory-next-page = Indiki sahypa →

## Ýazgy sahypasy
record-names = Atlar
record-name = Ady
record-language = Dil
record-script = Elipbiý
record-details = Jikme-jiklikler
record-areas = Hyzmatdaşlyk ugurlary
record-website = Web-saýt
record-founded = Döredilen ýyly: { $year }
record-about = Beýany
record-no-translation = Bu dile entek terjime edilmedi ({ $language }); asyl dilinde görkezilýär.
record-json = Bu ýazgy JSON görnüşinde

## Ýurtlar
countries-title = Ýurtlar
countries-in-network = Tordaky ýurtlar
countries-others = Katalogdaky beýleki ýurtlar
country-organizations = Guramalar
country-no-organizations = { $country } boýunça entek gurama ýok.
country-all-organizations = { $country } boýunça ähli guramalar →

## Gözleg
search-title = Gözleg
search-hint = Islendik dildäki ýa-da elipbiýdäki islendik at: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } netije
search-took = { $ms } ms
search-nothing = «{ $query }» soragy boýunça hiç zat tapylmady.
search-did-you-mean = Belki, siz şuny göz öňünde tutýansyňyz:
search-no-exact = «{ $query }» boýunça takyk gabat gelme ýok; iň ýakyn netijeler:
search-refine = Gözlegi takyklaşdyr
search-facet-type = Görnüşi
search-facet-country = Ýurt
search-facet-area = Hyzmatdaşlyk ugry
search-remove-filter = { $label } süzgüjini aýyr
search-previous = ← Öňki
search-next = Indiki →

## Ýalňyşlar
error-title-400 = Haýyşa jogap berip bolmaýar
error-title-404 = Tapylmady
error-title-414 = Salgy örän uzyn
error-title-500 = Näsazlyk ýüze çykdy
error-back-home = Baş sahypa gaýt

## Diller (dilleriň şu dildäki atlary)
language-az = azerbaýjan dili
language-tr = türk dili
language-uz = özbek dili
language-kk = gazak dili
language-ky = gyrgyz dili
language-tk = türkmen dili
language-hu = wenger dili
language-ru = rus dili
language-en = iňlis dili

## Hyzmatdaşlyk ugurlary
area-agriculture = Oba hojalygy we oba durmuşy
area-animals = Haýwanlary goramak
area-business = Telekeçilik we işewürlik
area-charity = Haýyr-sahawat
area-children = Çagalar
area-culture = Medeniýet we sungat
area-digital = Sanly tehnologiýalar
area-disability = Maýyplyk we inklýuziýa
area-ecology = Ekologiýa we daşky gurşaw
area-education = Bilim
area-family = Maşgala
area-health = Saglygy goraýyş
area-heritage = Medeni miras
area-human-rights = Adam hukuklary
area-media = Metbugat we žurnalistika
area-migration = Migrasiýa
area-peace = Parahatçylyk we ýaraşyk
area-science = Ylym we barlaglar
area-sport = Sport
area-tourism = Syýahatçylyk
area-veterans = Weteranlar
area-volunteering = Meýletinçilik
area-water = Suw
area-women = Zenanlar
area-youth = Ýaşlar
record-original = asyl nusga
