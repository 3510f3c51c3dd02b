# Birlik interfeysi matnlari, yangiliklar: oʻzbek tili (lotin yozuvi).

## Roʻyxatlar va navigatsiya
nav-news = Yangiliklar
news-heading = Yangiliklar
news-lead = Platforma, uning forumlari va aʼzolari haqidagi xabarlar — tarmoq tillarida.
news-latest = Soʻnggi yangiliklar
news-all = Barcha yangiliklar →
news-none = Hozircha yangiliklar yoʻq.
news-categories = Boʻlimlar
news-all-categories = Barcha boʻlimlar
news-category-forum = Forumlar
news-category-network = Tarmoq
news-category-members = Aʼzolar
news-category-announcements = Eʼlonlar
news-tagged = “{ $label }” tegli yangiliklar.
news-clear-tag = Barcha yangiliklarni koʻrsatish
news-newest = ← Eng yangi xabarlar
news-older = Avvalgi xabarlar →
news-feed = Yangiliklar lentasi (Atom)
news-subscribe = Yangiliklar lentasiga obuna boʻlish (Atom)
news-in-the-news = Yangiliklarda
news-fallback-note = Bu xabar hali bu tilda yoʻq ({ $language }); matn quyidagi tilda koʻrsatilmoqda: { $shown }.

## Xabar
news-published = Eʼlon qilingan: { $date }
news-updated = Yangilangan: { $date }
news-by = Muallif: { $name }
news-category = Boʻlim
news-tags = Teglar
news-languages = Tillar
news-original = asl nusxa
news-mentions = Xabarda tilga olinganlar
news-json = Ushbu xabar JSON formatida
