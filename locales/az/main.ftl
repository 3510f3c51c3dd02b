# Birlik interface strings: Azerbaijani.

## Səhifə çərçivəsi
site-name = Birlik
site-tagline = Türk Dövlətləri Təşkilatının qeyri-hökumət təşkilatları platforması
skip-to-content = Məzmuna keç
nav-main = Əsas naviqasiya
nav-organizations = Təşkilatlar
nav-people = Şəxslər
nav-places = Yerlər
nav-countries = Ölkələr
search-label = İstənilən adı istənilən əlifba ilə axtarın
search-placeholder = İstənilən ad, istənilən əlifba
search-button = Axtar
footer-api = API (OpenAPI)
language-switcher = Dil

## Ana səhifə
home-lead = Türk dünyasının qeyri-hökumət təşkilatlarının bir-birini tapdığı, təsdiqdən keçdiyi, forumlarda görüşdüyü və birgə çalışdığı məkan.
home-chair = Sədr: { $country }
home-chair-since = { $date } tarixindən
home-seat = Mənzil-qərargah: { $place }
count-organizations = { $count } təşkilat
count-people = { $count } şəxs
count-places = { $count } yer
home-no-network = Hələ heç bir şəbəkə qurulmayıb. Nümayiş şəbəkəsini görmək üçün boş məlumat qovluğunda «birlik serve --demo» əmrini işə salın və ya qeydləri «birlik import» əmri ilə idxal edin.
home-countries = Üzv və müşahidəçi ölkələr
home-latest = Son əlavə edilənlər və yenilənənlər
home-nothing-yet = Burada hələ heç nə yoxdur.
home-all-organizations = Bütün təşkilatlar →

## Üzvlük
status-member = üzv
status-observer = müşahidəçi
status-chair = sədr
status-chairs-network = Şəbəkəyə sədrlik edir
status-since = { $date } tarixindən

## Qeyd növləri
kind-organization = Təşkilat
kind-person = Şəxs
kind-place = Yer

## Kataloq
directory-country = Ölkə
directory-all-countries = Bütün ölkələr
directory-area = Əməkdaşlıq sahəsi
directory-all-areas = Bütün sahələr
directory-filter = Filtrlə
directory-clear = Filtrləri sıfırla
directory-filtered = filtrlənmiş
directory-empty = Göstəriləcək heç nə yoxdur.
directory-previous-page = ← Əvvəlki səhifə
directory-position = { $total } qeyddən { $from }–{ $to }
directory-pages = Siyahının səhifələri
directory-next-page = Növbəti səhifə →

## Qeyd səhifəsi
record-names = Adlar
record-name = Ad
record-language = Dil
record-script = Əlifba
record-details = Ətraflı məlumat
record-areas = Əməkdaşlıq sahələri
record-website = Veb-sayt
record-founded = Təsis ili: { $year }
record-about = Haqqında
record-no-translation = Bu dilə hələ tərcümə olunmayıb ({ $language }); orijinalda göstərilir.
record-json = Bu qeyd JSON formatında

## Ölkələr
countries-title = Ölkələr
countries-in-network = Şəbəkədə olan ölkələr
countries-others = Kataloqdakı digər ölkələr
country-organizations = Təşkilatlar
country-no-organizations = { $country } üzrə hələ heç bir təşkilat yoxdur.
country-all-organizations = { $country } üzrə bütün təşkilatlar →

## Axtarış
search-title = Axtarış
search-hint = İstənilən dildə və ya əlifbada istənilən ad: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } nəticə
search-took = { $ms } ms
search-nothing = «{ $query }» sorğusuna uyğun heç nə tapılmadı.
search-did-you-mean = Bəlkə, bunu nəzərdə tuturdunuz:
search-no-exact = «{ $query }» üçün dəqiq uyğunluq yoxdur; ən yaxın nəticələr:
search-refine = Dəqiqləşdir
search-facet-type = Növ
search-facet-country = Ölkə
search-facet-area = Əməkdaşlıq sahəsi
search-remove-filter = { $label } filtrini sil
search-previous = ← Əvvəlki
search-next = Növbəti →

## Xətalar
error-title-400 = Sorğuya cavab vermək mümkün deyil
error-title-404 = Tapılmadı
error-title-414 = Ünvan çox uzundur
error-title-500 = Xəta baş verdi
error-back-home = Ana səhifəyə qayıt

## Dillər (dillərin bu dildə adları)
language-az = azərbaycan dili
language-tr = türk dili
language-uz = özbək dili
language-kk = qazax dili
language-ky = qırğız dili
language-tk = türkmən dili
language-hu = macar dili
language-ru = rus dili
language-en = ingilis dili

## Əməkdaşlıq sahələri
area-agriculture = Kənd təsərrüfatı və kənd həyatı
area-animals = Heyvanların müdafiəsi
area-business = Sahibkarlıq və biznes
area-charity = Xeyriyyəçilik
area-children = Uşaqlar
area-culture = Mədəniyyət və incəsənət
area-digital = Rəqəmsal texnologiyalar
area-disability = Əlillik və inklüzivlik
area-ecology = Ekologiya və ətraf mühit
area-education = Təhsil
area-family = Ailə
area-health = Səhiyyə
area-heritage = Mədəni irs
area-human-rights = İnsan hüquqları
area-media = Media və jurnalistika
area-migration = Miqrasiya
area-peace = Sülh və barışıq
area-science = Elm və tədqiqat
area-sport = İdman
area-tourism = Turizm
area-veterans = Veteranlar
area-volunteering = Könüllülük
area-water = Su
area-women = Qadınlar
area-youth = Gənclər
record-original = orijinal
