# Birlik interface strings: Hungarian.

## Oldalkeret
site-name = Birlik
site-tagline = a Türk Államok Szervezetének civil szervezeti platformja
skip-to-content = Ugrás a tartalomra
nav-main = Fő navigáció
nav-organizations = Szervezetek
nav-people = Személyek
nav-places = Helyek
nav-countries = Országok
search-label = Keressen bármilyen névre, bármilyen írásrendszerben
search-placeholder = Bármilyen név, bármilyen írásrendszer
search-button = Keresés
footer-api = API (OpenAPI)
language-switcher = Nyelv

## Kezdőlap
home-lead = Itt találnak egymásra a türk világ civil szervezetei, itt kapnak hitelesítést, itt találkoznak fórumokon, és itt dolgoznak együtt.
home-chair = Elnökség: { $country }
home-chair-since = { $date } óta
home-seat = Székhely: { $place }
count-organizations = { $count } szervezet
count-people = { $count } személy
count-places = { $count } hely
home-no-network = Még nincs beállítva hálózat. A bemutató hálózat megtekintéséhez indítsa el egy üres adatkönyvtárban a „birlik serve --demo” paranccsal, vagy importáljon rekordokat a „birlik import” paranccsal.
home-countries = Tag- és megfigyelő országok
home-latest = Nemrég hozzáadva vagy frissítve
home-nothing-yet = Itt még nincs semmi.
home-all-organizations = Az összes szervezet →

## Tagság
status-member = tag
status-observer = megfigyelő
status-chair = soros elnök
status-chairs-network = A hálózat soros elnöke
status-since = { $date } óta

## Rekordtípusok
kind-organization = Szervezet
kind-person = Személy
kind-place = Hely

## Címtár
directory-country = Ország
directory-all-countries = Minden ország
directory-area = Együttműködési terület
directory-all-areas = Minden terület
directory-filter = Szűrés
directory-clear = Szűrők törlése
directory-filtered = szűrve
directory-empty = Nincs megjeleníthető elem.
directory-previous-page = ← Előző oldal
directory-position = { $from }–{ $to } / { $total }
directory-pages = A lista oldalai
directory-next-page = Következő oldal →

## Rekordoldal
record-names = Nevek
record-name = Név
record-language = Nyelv
record-script = Írásrendszer
record-details = Részletek
record-areas = Együttműködési területek
record-website = Weboldal
record-founded = Alapítás éve: { $year }
record-about = Leírás
record-no-translation = Ezen a nyelven még nem érhető el ({ $language }); az eredeti nyelven látható.
record-json = Ez a rekord JSON formátumban

## Országok
countries-title = Országok
countries-in-network = A hálózatban
countries-others = A címtár további országai
country-organizations = Szervezetek
country-no-organizations = Még nincs szervezet a következő országból: { $country }.
country-all-organizations = Az összes szervezet – { $country } →

## Keresés
search-title = Keresés
search-hint = Bármilyen név, bármilyen nyelven vagy írásrendszerben: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } találat
search-took = { $ms } ms
search-nothing = Nincs találat erre: „{ $query }”.
search-did-you-mean = Erre gondolt:
search-no-exact = Nincs pontos találat erre: „{ $query }”; a legközelebbiek:
search-refine = Szűkítés
search-facet-type = Típus
search-facet-country = Ország
search-facet-area = Együttműködési terület
search-remove-filter = Szűrő eltávolítása: { $label }
search-previous = ← Előző
search-next = Következő →

## Hibák
error-title-400 = A kérés nem teljesíthető
error-title-404 = Nem található
error-title-414 = A cím túl hosszú
error-title-500 = Hiba történt
error-back-home = Vissza a kezdőlapra

## Nyelvek (a nyelvek neve ezen a nyelven)
language-az = azerbajdzsáni
language-tr = török
language-uz = üzbég
language-kk = kazah
language-ky = kirgiz
language-tk = türkmén
language-hu = magyar
language-ru = orosz
language-en = angol

## Együttműködési területek
area-agriculture = Mezőgazdaság és vidéki élet
area-animals = Állatvédelem
area-business = Vállalkozás és üzleti élet
area-charity = Jótékonyság
area-children = Gyermekek
area-culture = Kultúra és művészetek
area-digital = Digitális technológiák
area-disability = Fogyatékosság és befogadás
area-ecology = Ökológia és környezetvédelem
area-education = Oktatás
area-family = Család
area-health = Egészségügy
area-heritage = Kulturális örökség
area-human-rights = Emberi jogok
area-media = Média és újságírás
area-migration = Migráció
area-peace = Béke és megbékélés
area-science = Tudomány és kutatás
area-sport = Sport
area-tourism = Turizmus
area-veterans = Veteránok
area-volunteering = Önkéntesség
area-water = Víz
area-women = Nők
area-youth = Ifjúság
record-original = eredeti
