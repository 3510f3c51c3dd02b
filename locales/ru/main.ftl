# Birlik interface strings: Russian.

## Элементы страницы
site-name = Birlik
site-tagline = платформа неправительственных организаций Организации тюркских государств
skip-to-content = Перейти к содержимому
nav-main = Основная навигация
nav-organizations = Организации
nav-people = Люди
nav-places = Места
nav-countries = Страны
search-label = Поиск любого имени или названия в любой письменности
search-placeholder = Любое имя, любая письменность
search-button = Найти
footer-api = API (OpenAPI)
language-switcher = Язык

## Главная страница
home-lead = Здесь неправительственные организации тюркского мира находят друг друга, проходят верификацию, встречаются на форумах и работают вместе.
home-chair = Председательство: { $country }
home-chair-since = с { $date }
home-seat = Штаб-квартира: { $place }
count-organizations = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
count-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
count-places = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
home-no-network = Сеть ещё не настроена. Чтобы увидеть демонстрационную сеть, запустите «birlik serve --demo» с пустым каталогом данных или импортируйте записи командой «birlik import».
home-countries = Страны-члены и страны-наблюдатели
home-latest = Недавно добавленные или обновлённые
home-nothing-yet = Здесь пока ничего нет.
home-all-organizations = Все организации →

## Членство
status-member = член
status-observer = наблюдатель
status-chair = председатель
status-chairs-network = Председательствует в сети
status-since = с { $date }

## Типы записей
kind-organization = Организация
kind-person = Человек
kind-place = Место

## Каталог
directory-country = Страна
directory-all-countries = Все страны
directory-area = Сфера сотрудничества
directory-all-areas = Все сферы
directory-filter = Применить фильтры
directory-clear = Сбросить фильтры
directory-filtered = отфильтровано
directory-empty = Нечего показать.
directory-previous-page = ← Предыдущая страница
directory-position = { $from }–{ $to } из { $total }
directory-pages = Страницы списка
directory-next-page = Следующая страница →

## Страница записи
record-names = Имена и названия
record-name = Имя или название
record-language = Язык
record-script = Письменность
record-details = Сведения
record-areas = Сферы сотрудничества
record-website = Сайт
record-founded = Год основания: { $year }
record-about = Описание
record-no-translation = Перевода на этот язык ещё нет ({ $language }); показан оригинал.
record-json = Эта запись в формате JSON

## Страны
countries-title = Страны
countries-in-network = В составе сети
countries-others = Другие страны в каталоге
country-organizations = Организации
country-no-organizations = Организаций из страны { $country } пока нет.
country-all-organizations = Все организации из страны { $country } →

## Поиск
search-title = Поиск
search-hint = Любое имя или название, на любом языке и в любой письменности: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-took = { $ms } мс
search-nothing = По запросу «{ $query }» ничего не найдено.
search-did-you-mean = Возможно, вы имели в виду
search-no-exact = Точного совпадения с «{ $query }» нет; ближайшие результаты:
search-refine = Уточнить поиск
search-facet-type = Тип
search-facet-country = Страна
search-facet-area = Сфера сотрудничества
search-remove-filter = Снять фильтр: { $label }
search-previous = ← Назад
search-next = Далее →

## Ошибки
error-title-400 = Запрос не может быть обработан
error-title-404 = Не найдено
error-title-414 = Слишком длинный адрес
error-title-500 = Что-то пошло не так
error-back-home = Вернуться на главную страницу

## Языки (названия языков на этом языке)
language-az = азербайджанский
language-tr = турецкий
language-uz = узбекский
language-kk = казахский
language-ky = киргизский
language-tk = туркменский
language-hu = венгерский
language-ru = русский
language-en = английский

## Сферы сотрудничества
area-agriculture = Сельское хозяйство и жизнь на селе
area-animals = Защита животных
area-business = Предпринимательство и бизнес
area-charity = Благотворительность
area-children = Дети
area-culture = Культура и искусство
area-digital = Цифровые технологии
area-disability = Инвалидность и инклюзия
area-ecology = Экология и окружающая среда
area-education = Образование
area-family = Семья
area-health = Здравоохранение
area-heritage = Культурное наследие
area-human-rights = Права человека
area-media = СМИ и журналистика
area-migration = Миграция
area-peace = Мир и примирение
area-science = Наука и исследования
area-sport = Спорт
area-tourism = Туризм
area-veterans = Ветераны
area-volunteering = Волонтёрство
area-water = Вода
area-women = Женщины
area-youth = Молодёжь
record-original = оригинал
