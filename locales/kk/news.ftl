# Birlik интерфейс жолдары, жаңалықтар: қазақ тілі.

## Тізімдер және навигация
nav-news = Жаңалықтар
news-heading = Жаңалықтар
news-lead = Платформаның, оның форумдары мен мүшелерінің жаңалықтары — желі тілдерінде.
news-latest = Соңғы жаңалықтар
news-all = Барлық жаңалықтар →
news-none = Әзірге жаңалық жоқ.
news-categories = Бөлімдер
news-all-categories = Барлық бөлімдер
news-category-forum = Форумдар
news-category-network = Желі
news-category-members = Мүшелер
news-category-announcements = Хабарландырулар
news-tagged = «{ $label }» тегі бар жаңалықтар.
news-clear-tag = Барлық жаңалықтарды көрсету
news-newest = ← Ең жаңа жаңалықтар
news-older = Бұрынғы жаңалықтар →
news-feed = Жаңалықтар арнасы (Atom)
news-subscribe = Жаңалықтар арнасына жазылу (Atom)
news-in-the-news = Жаңалықтарда
news-fallback-note = Бұл жаңалық әзірге бұл тілде жоқ ({ $language }); мәтін мына тілде көрсетілді: { $shown }.

## Жаңалық
news-published = Жарияланған күні: { $date }
news-updated = Жаңартылған күні: { $date }
news-by = Авторы: { $name }
news-category = Бөлім
news-tags = Тегтер
news-languages = Тілдер
news-original = түпнұсқа
news-mentions = Жаңалықта аталғандар
news-json = Бұл жаңалық JSON форматында
