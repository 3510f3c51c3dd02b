# Birlik arayüz metinleri, haberler: Türkçe.

## Listeler ve gezinme
nav-news = Haberler
news-heading = Haberler
news-lead = Platformdan, forumlarından ve üyelerinden haberler; ağın dillerinde.
news-latest = Son haberler
news-all = Tüm haberler →
news-none = Henüz haber yok.
news-categories = Bölümler
news-all-categories = Tüm bölümler
news-category-forum = Forumlar
news-category-network = Ağ
news-category-members = Üyeler
news-category-announcements = Duyurular
news-tagged = “{ $label }” etiketli haberler.
news-clear-tag = Tüm haberleri göster
news-newest = ← En yeni haberler
news-older = Önceki haberler →
news-feed = Haber akışı (Atom)
news-subscribe = Haber akışına abone ol (Atom)
news-in-the-news = Haberlerde
news-fallback-note = Bu haber henüz bu dilde yok ({ $language }); metin şu dilde gösteriliyor: { $shown }.

## Haber
news-published = Yayımlanma: { $date }
news-updated = Güncelleme: { $date }
news-by = Yazan: { $name }
news-category = Bölüm
news-tags = Etiketler
news-languages = Diller
news-original = özgün
news-mentions = Haberde adı geçenler
news-json = Bu haberin JSON biçimi
