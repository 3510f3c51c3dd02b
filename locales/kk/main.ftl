# Birlik interface strings: Kazakh.

## Бет құрылымы
site-name = Birlik
site-tagline = Түркі мемлекеттері ұйымының үкіметтік емес ұйымдар платформасы
skip-to-content = Негізгі мазмұнға өту
nav-main = Негізгі навигация
nav-organizations = Ұйымдар
nav-people = Тұлғалар
nav-places = Орындар
nav-countries = Елдер
search-label = Кез келген атауды кез келген жазумен іздеңіз
search-placeholder = Кез келген атау, кез келген жазу
search-button = Іздеу
footer-api = API (OpenAPI)
language-switcher = Тіл

## Басты бет
home-lead = Түркі әлемінің үкіметтік емес ұйымдары бір-бірін табатын, растаудан өтетін, форумдарда кездесетін және бірлесіп жұмыс істейтін алаң.
home-chair = Төраға: { $country }
home-chair-since = { $date } бастап
home-seat = Штаб-пәтер: { $place }
count-organizations = { $count } ұйым
count-people = { $count } адам
count-places = { $count } орын
home-no-network = Әзірге ешбір желі бапталмаған. Демо желіні көру үшін бос деректер каталогында «birlik serve --demo» командасымен іске қосыңыз немесе жазбаларды «birlik import» командасымен импорттаңыз.
home-countries = Мүше және бақылаушы елдер
home-latest = Жақында қосылғандар немесе жаңартылғандар
home-nothing-yet = Мұнда әзірге ештеңе жоқ.
home-all-organizations = Барлық ұйымдар →

## Мүшелік
status-member = мүше
status-observer = бақылаушы
status-chair = төраға
status-chairs-network = Желіге төрағалық етеді
status-since = { $date } бастап

## Жазба түрлері
kind-organization = Ұйым
kind-person = Тұлға
kind-place = Орын

## Каталог
directory-country = Ел
directory-all-countries = Барлық елдер
directory-area = Ынтымақтастық саласы
directory-all-areas = Барлық салалар
directory-filter = Сүзу
directory-clear = Сүзгілерді тазарту
directory-filtered = сүзгіленген
directory-empty = Көрсететін ештеңе жоқ.
directory-previous-page = ← Алдыңғы бет
directory-position = { $total } ішінен { $from }–{ $to }
directory-pages = Тізім беттері
directory-next-page = Келесі бет →

## Жазба беті
record-names = Атаулары
record-name = Атауы
record-language = Тіл
record-script = Жазу
record-details = Толық мәлімет
record-areas = Ынтымақтастық салалары
record-website = Веб-сайт
record-founded = Құрылған жылы: { $year }
record-about = Сипаттама
record-no-translation = Бұл тілге әлі аударылмаған ({ $language }); түпнұсқа тілінде көрсетілді.
record-json = Бұл жазба JSON форматында

## Елдер
countries-title = Елдер
countries-in-network = Желідегі елдер
countries-others = Каталогтағы басқа елдер
country-organizations = Ұйымдар
country-no-organizations = { $country } бойынша әзірге ұйымдар жоқ.
country-all-organizations = { $country } бойынша барлық ұйымдар →

## Іздеу
search-title = Іздеу
search-hint = Кез келген тілдегі немесе жазудағы кез келген атау: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count } нәтиже
search-took = { $ms } мс
search-nothing = «{ $query }» сұрауы бойынша ештеңе табылмады.
search-did-you-mean = Мүмкін, сіз мынаны іздедіңіз:
search-no-exact = «{ $query }» бойынша дәл сәйкестік жоқ; ең жақын нәтижелер:
search-refine = Іздеуді нақтылау
search-facet-type = Түрі
search-facet-country = Ел
search-facet-area = Ынтымақтастық саласы
search-remove-filter = { $label } сүзгісін алып тастау
search-previous = ← Алдыңғы
search-next = Келесі →

## Қателер
error-title-400 = Сұрауға жауап беру мүмкін емес
error-title-404 = Табылмады
error-title-414 = Мекенжай тым ұзын
error-title-500 = Қате орын алды
error-back-home = Басты бетке оралу

## Тілдер (тілдердің осы тілдегі атаулары)
language-az = әзірбайжан тілі
language-tr = түрік тілі
language-uz = өзбек тілі
language-kk = қазақ тілі
language-ky = қырғыз тілі
language-tk = түрікмен тілі
language-hu = венгр тілі
language-ru = орыс тілі
language-en = ағылшын тілі

## Ынтымақтастық салалары
area-agriculture = Ауыл шаруашылығы және ауыл өмірі
area-animals = Жануарларды қорғау
area-business = Кәсіпкерлік және бизнес
area-charity = Қайырымдылық
area-children = Балалар
area-culture = Мәдениет және өнер
area-digital = Цифрлық технологиялар
area-disability = Мүгедектік және инклюзия
area-ecology = Экология және қоршаған орта
area-education = Білім беру
area-family = Отбасы
area-health = Денсаулық сақтау
area-heritage = Мәдени мұра
area-human-rights = Адам құқықтары
area-media = БАҚ және журналистика
area-migration = Көші-қон
area-peace = Бейбітшілік және татуласу
area-science = Ғылым және зерттеулер
area-sport = Спорт
area-tourism = Туризм
area-veterans = Ардагерлер
area-volunteering = Еріктілік
area-water = Су
area-women = Әйелдер
area-youth = Жастар
record-original = түпнұсқа
