# Строки интерфейса Birlik, новости: русский язык.

## Списки и навигация
nav-news = Новости
news-heading = Новости
news-lead = Новости платформы, её форумов и участников — на языках сети.
news-latest = Последние новости
news-all = Все новости →
news-none = Новостей пока нет.
news-categories = Рубрики
news-all-categories = Все рубрики
news-category-forum = Форумы
news-category-network = Сеть
news-category-members = Участники
news-category-announcements = Объявления
news-tagged = Новости с тегом «{ $label }».
news-clear-tag = Показать все новости
news-newest = ← Самые новые
news-older = Более ранние →
news-feed = Лента новостей (Atom)
news-subscribe = Подписаться на ленту новостей (Atom)
news-in-the-news = В новостях
news-fallback-note = Этой новости пока нет на этом языке ({ $language }); текст показан на языке: { $shown }.

## Новость
news-published = Опубликовано: { $date }
news-updated = Обновлено: { $date }
news-by = Автор: { $name }
news-category = Рубрика
news-tags = Теги
news-languages = Языки
news-original = оригинал
news-mentions = Упомянуты в новости
news-json = Эта новость в формате JSON
