# Birlik interfeýs setirleri, habarlar: türkmen dili.

## Sanawlar we nawigasiýa
nav-news = Habarlar
news-heading = Habarlar
news-lead = Platformanyň, onuň forumlarynyň we agzalarynyň habarlary — toruň dillerinde.
news-latest = Soňky habarlar
news-all = Ähli habarlar →
news-none = Entek habar ýok.
news-categories = Bölümler
news-all-categories = Ähli bölümler
news-category-forum = Forumlar
news-category-network = Tor
news-category-members = Agzalar
news-category-announcements = Bildirişler
news-tagged = “{ $label }” belgili habarlar.
news-clear-tag = Ähli habarlary görkez
news-newest = ← Iň täze habarlar
news-older = Öňki habarlar →
news-feed = Habar lentasy (Atom)
news-subscribe = Habar lentasyna ýazyl (Atom)
news-in-the-news = Habarlarda
news-fallback-note = Bu habar entek bu dilde ýok ({ $language }); tekst şu dilde görkezilýär: { $shown }.

## Habar
news-published = Çap edilen senesi: { $date }
news-updated = Täzelenen senesi: { $date }
news-by = Awtory: { $name }
news-category = Bölüm
news-tags = Belgiler
news-languages = Diller
news-original = asyl nusga
news-mentions = Habarda ady agzalanlar
news-json = Bu habar JSON görnüşinde
