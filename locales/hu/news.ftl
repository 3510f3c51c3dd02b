# A Birlik felületének szövegei, hírek: magyar.

## Listák és navigáció
nav-news = Hírek
news-heading = Hírek
news-lead = Hírek a platformról, fórumairól és tagjairól – a hálózat nyelvein.
news-latest = Legfrissebb hírek
news-all = Összes hír →
news-none = Még nincsenek hírek.
news-categories = Rovatok
news-all-categories = Minden rovat
news-category-forum = Fórumok
news-category-network = A hálózat
news-category-members = Tagok
news-category-announcements = Közlemények
news-tagged = „{ $label }” címkéjű hírek.
news-clear-tag = Összes hír mutatása
news-newest = ← Legújabb hírek
news-older = Korábbi hírek →
news-feed = Hírcsatorna (Atom)
news-subscribe = Feliratkozás a hírcsatornára (Atom)
news-in-the-news = A hírekben
news-fallback-note = Ez a hír ezen a nyelven még nem érhető el ({ $language }); ezen a nyelven olvasható: { $shown }.

## Egy hír
news-published = Megjelent: { $date }
news-updated = Frissítve: { $date }
news-by = Szerző: { $name }
news-category = Rovat
news-tags = Címkék
news-languages = Nyelvek
news-original = eredeti
news-mentions = A hírben említve
news-json = Ez a hír JSON formátumban
