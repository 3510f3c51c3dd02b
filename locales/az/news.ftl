# Birlik interfeys sətirləri, xəbərlər: azərbaycan dili.

## Siyahılar və naviqasiya
nav-news = Xəbərlər
news-heading = Xəbərlər
news-lead = Platformanın, onun forumlarının və üzvlərinin xəbərləri — şəbəkənin dillərində.
news-latest = Son xəbərlər
news-all = Bütün xəbərlər →
news-none = Hələ xəbər yoxdur.
news-categories = Bölmələr
news-all-categories = Bütün bölmələr
news-category-forum = Forumlar
news-category-network = Şəbəkə
news-category-members = Üzvlər
news-category-announcements = Elanlar
news-tagged = “{ $label }” etiketli xəbərlər.
news-clear-tag = Bütün xəbərləri göstər
news-newest = ← Ən yeni xəbərlər
news-older = Əvvəlki xəbərlər →
news-feed = Xəbər lenti (Atom)
news-subscribe = Xəbər lentinə abunə ol (Atom)
news-in-the-news = Xəbərlərdə
news-fallback-note = Bu xəbər hələ bu dildə yoxdur ({ $language }); mətn bu dildə göstərilir: { $shown }.

## Xəbər
news-published = Dərc olunub: { $date }
news-updated = Yenilənib: { $date }
news-by = Müəllif: { $name }
news-category = Bölmə
news-tags = Etiketlər
news-languages = Dillər
news-original = orijinal
news-mentions = Xəbərdə adı çəkilənlər
news-json = Bu xəbər JSON formatında
