# Birlik интерфейс саптары, жаңылыктар: кыргыз тили.

## Тизмелер жана навигация
nav-news = Жаңылыктар
news-heading = Жаңылыктар
news-lead = Платформанын, анын форумдарынын жана мүчөлөрүнүн жаңылыктары — тармактын тилдеринде.
news-latest = Акыркы жаңылыктар
news-all = Бардык жаңылыктар →
news-none = Азырынча жаңылык жок.
news-categories = Бөлүмдөр
news-all-categories = Бардык бөлүмдөр
news-category-forum = Форумдар
news-category-network = Тармак
news-category-members = Мүчөлөр
news-category-announcements = Кулактандыруулар
news-tagged = «{ $label }» теги бар жаңылыктар.
news-clear-tag = Бардык жаңылыктарды көрсөтүү
news-newest = ← Эң жаңы жаңылыктар
news-older = Мурунку жаңылыктар →
news-feed = Жаңылыктар агымы (Atom)
news-subscribe = Жаңылыктар агымына жазылуу (Atom)
news-in-the-news = Жаңылыктарда
news-fallback-note = Бул жаңылык азырынча бул тилде жок ({ $language }); текст төмөнкү тилде көрсөтүлдү: { $shown }.

## Жаңылык
news-published = Жарыяланган күнү: { $date }
news-updated = Жаңыланган күнү: { $date }
news-by = Автору: { $name }
news-category = Бөлүм
news-tags = Тегдер
news-languages = Тилдер
news-original = түп нуска
news-mentions = Жаңылыкта аталгандар
news-json = Бул жаңылык JSON форматында
