# Birlik interface strings: Kyrgyz.

## Барактын түзүлүшү
site-name = Birlik
site-tagline = Түрк мамлекеттеринин уюмунун өкмөттүк эмес уюмдар платформасы
skip-to-content = Негизги мазмунга өтүү
nav-main = Негизги навигация
nav-organizations = Уюмдар
nav-people = Адамдар
nav-places = Жерлер
nav-countries = Өлкөлөр
search-label = Каалаган атты каалаган жазууда издеңиз
search-placeholder = Каалаган ат, каалаган жазуу
search-button = Издөө
footer-api = API (OpenAPI)
language-switcher = Тил

## Башкы барак
home-lead = Түрк дүйнөсүнүн өкмөттүк эмес уюмдары бири-бирин таап, текшерүүдөн өтүп, форумдарда жолугуп, бирге иштешкен аянтча.
home-chair = Төрага: { $country }
home-chair-since = { $date } баштап
home-seat = Штаб-квартира: { $place }
count-organizations = { $count } уюм
count-people = { $count } адам
count-places = { $count } жер
home-no-network = Азырынча бир да тармак жөндөлгөн жок. Демо тармакты көрүү үчүн бош маалымат каталогунда «birlik serve --demo» буйругу менен иштетиңиз же жазууларды «birlik import» буйругу менен импорттоңуз.
home-countries = Мүчө жана байкоочу өлкөлөр
home-latest = Жакында кошулгандар же жаңыртылгандар
home-nothing-yet = Бул жерде азырынча эч нерсе жок.
home-all-organizations = Бардык уюмдар →

## Мүчөлүк
status-member = мүчө
status-observer = байкоочу
status-chair = төрага
status-chairs-network = Тармакка төрагалык кылат
status-since = { $date } баштап

## Жазуулардын түрлөрү
kind-organization = Уюм
kind-person = Адам
kind-place = Жер

## Каталог
directory-country = Өлкө
directory-all-countries = Бардык өлкөлөр
directory-area = Кызматташтык чөйрөсү
directory-all-areas = Бардык чөйрөлөр
directory-filter = Чыпкалоо
directory-clear = Чыпкаларды тазалоо
directory-filtered = чыпкаланган
directory-empty = Көрсөтө турган эч нерсе жок.
directory-previous-page = ← Мурунку барак
directory-position = { $total } ичинен { $from }–{ $to }
directory-pages = Тизменин барактары
directory-next-page = Кийинки барак →

## Жазуунун барагы
record-names = Аталыштар
record-name = Аталышы
record-language = Тил
record-script = Жазуу
record-details = Толук маалымат
record-areas = Кызматташтык чөйрөлөрү
record-website = Веб-сайт
record-founded = Негизделген жылы: { $year }
record-about = Сыпаттама
record-no-translation = Бул тилге азырынча которула элек ({ $language }); түп нускасында көрсөтүлдү.
record-json = Бул жазуу JSON форматында

## Өлкөлөр
countries-title = Өлкөлөр
countries-in-network = Тармактагы өлкөлөр
countries-others = Каталогдогу башка өлкөлөр
country-organizations = Уюмдар
country-no-organizations = { $country } боюнча азырынча уюмдар жок.
country-all-organizations = { $country } боюнча бардык уюмдар →

## Издөө
search-title = Издөө
search-hint = Каалаган тилдеги же жазуудагы каалаган ат: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } натыйжа
search-took = { $ms } мс
search-nothing = «{ $query }» суроосу боюнча эч нерсе табылган жок.
search-did-you-mean = Балким, сиз муну издегендирсиз:
search-no-exact = «{ $query }» боюнча так дал келүү жок; эң жакын натыйжалар:
search-refine = Издөөнү тактоо
search-facet-type = Түрү
search-facet-country = Өлкө
search-facet-area = Кызматташтык чөйрөсү
search-remove-filter = { $label } чыпкасын алып салуу
search-previous = ← Мурунку
search-next = Кийинки →

## Каталар
error-title-400 = Сурамга жооп берүү мүмкүн эмес
error-title-404 = Табылган жок
error-title-414 = Дарек өтө узун
error-title-500 = Ката кетти
error-back-home = Башкы баракка кайтуу

## Тилдер (тилдердин ушул тилдеги аталыштары)
language-az = азербайжан тили
language-tr = түрк тили
language-uz = өзбек тили
language-kk = казак тили
language-ky = кыргыз тили
language-tk = түркмөн тили
language-hu = венгр тили
language-ru = орус тили
language-en = англис тили

## Кызматташтык чөйрөлөрү
area-agriculture = Айыл чарба жана айыл жашоосу
area-animals = Жаныбарларды коргоо
area-business = Ишкердик жана бизнес
area-charity = Кайрымдуулук
area-children = Балдар
area-culture = Маданият жана искусство
area-digital = Санариптик технологиялар
area-disability = Майыптык жана инклюзия
area-ecology = Экология жана айлана-чөйрө
area-education = Билим берүү
area-family = Үй-бүлө
area-health = Саламаттыкты сактоо
area-heritage = Маданий мурас
area-human-rights = Адам укуктары
area-media = Медиа жана журналистика
area-migration = Миграция
area-peace = Тынчтык жана элдешүү
area-science = Илим жана изилдөө
area-sport = Спорт
area-tourism = Туризм
area-veterans = Ардагерлер
area-volunteering = Ыктыярчылык
area-water = Суу
area-women = Аялдар
area-youth = Жаштар
record-original = түп нуска
