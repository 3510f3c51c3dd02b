## The statistics pages: the network in figures
statistics-nav = Статистика
statistics-title = Сеть в цифрах
statistics-lead = Организации по странам, по сферам сотрудничества и по верификации, участие делегаций в форумах, сотрудничество между парами стран и рост со временем. Рядом с каждой диаграммой — таблица с теми же числами, а её данные есть в CSV и JSON.
statistics-country-title = { $country } в цифрах
statistics-country-lead = Организации страны { $country } по сферам сотрудничества и по верификации, её делегация на форумах, сотрудничество с другими странами и рост со временем. Рядом с каждой диаграммой — таблица с теми же числами, а её данные есть в CSV и JSON.
statistics-all-link = Вся сеть в цифрах
statistics-countries-nav = Цифры по странам
statistics-countries-link = Сеть в цифрах: диаграммы и таблицы
statistics-by-country-title = Организации по странам
statistics-by-country-desc = Полоса для каждой страны сети длиной по числу её организаций в каталоге; число написано после каждой полосы.
statistics-by-area-title = Организации по сферам сотрудничества
statistics-by-area-desc = Полоса для каждой сферы сотрудничества, начиная с самой крупной, длиной по числу работающих в ней организаций; организация, работающая в нескольких сферах, учтена в каждой. Число написано после каждой полосы.
statistics-verification-title = Ход верификации по странам
statistics-verification-desc = Две полосы для каждой страны: сначала, закрашенная, — организации, проверенные координатором страны; затем, контурная, — включённые в каталог, но ещё не проверенные. Число написано после каждой полосы.
statistics-participation-title = Участие в форумах по делегациям
statistics-participation-desc = Полоса для делегации каждой страны длиной по числу её подтверждённых участников форумов сети, все форумы вместе; число написано после каждой полосы.
statistics-participation-country-title = Делегация страны { $country } на форумах
statistics-participation-country-desc = Полоса для каждого форума, начиная с последнего, длиной по числу подтверждённых участников делегации страны { $country }; число написано после каждой полосы.
statistics-pairs-title = Сотрудничество между странами
statistics-pairs-desc = Тепловая карта: строки и столбцы — страны по кодам ISO, в каждой клетке — число двусторонних форумов НКО, проведённых двумя странами; чем больше, тем темнее. Таблица рядом называет страны.
statistics-pairs-country-title = Сотрудничество страны { $country } с другими странами
statistics-pairs-country-desc = Полоса для каждой другой страны длиной по числу двусторонних форумов НКО, проведённых ею со страной { $country }; число написано после каждой полосы.
statistics-growth-title = Рост со временем
statistics-growth-desc = Организации по году основания, указанному в их записях: полоса для каждого года, в котором была основана хотя бы одна, длиной по числу основанных к концу этого года; число написано после каждой полосы.
statistics-growth-undated = { $count ->
    [one] { $count } организация не указывает год основания и здесь не учтена.
    [few] { $count } организации не указывают год основания и здесь не учтены.
    [many] { $count } организаций не указывают год основания и здесь не учтены.
   *[other] { $count } организации не указывают год основания и здесь не учтены.
}
statistics-col-organizations = Организации
statistics-col-verified = Проверены
statistics-col-not-verified = Ещё не проверены
statistics-col-participants = Подтверждённые участники
statistics-col-forum-editions = Проведённые двусторонние форумы
statistics-col-partnerships = Партнёрства между организациями
statistics-col-founded = Основаны в этом году
statistics-col-total = Основаны к концу года
statistics-key-country = Страна
statistics-key-area = Сфера сотрудничества
statistics-key-delegation = Делегация
statistics-key-forum = Форум
statistics-key-pair = Страны
statistics-key-partner = Страна-партнёр
statistics-key-year = Год
statistics-table = Данные диаграммы: { $name }
statistics-download = Данные этой диаграммы:
statistics-csv = CSV
statistics-json = JSON (API)
statistics-empty = Данных пока нет.
