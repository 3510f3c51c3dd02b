# A titkárság hírszerkesztősége: hírek írása és szerkesztése több nyelven.

newsroom-write = Hír írása
newsroom-edit = A hír szerkesztése
newsroom-lead = Egy hír a fordítások egyetlen csoportja. Írja meg azon a nyelven, amelyet a legjobban ismer, jelölje meg ezt a nyelvet eredetiként, és adja hozzá a meglévő fordításokat; a hiányzókat jelöljük.
field-story-id = A hír webcíme (kisbetűk, számjegyek és kötőjelek)
field-category = Rovat
field-tags = Címkék, vesszővel elválasztva
field-published = Megjelenés ideje (pl. 2025-11-24T11:00:00+04:00)
field-author = Szerző
field-author-person = A szerző személyrekordja (azonosító, nem kötelező)
field-cover = Borítókép (a webhelyen már meglévő kép fájlneve, nem kötelező)
field-mentions = A hírben említett rekordok (azonosítók, vesszővel elválasztva)
field-original-language = Eredeti nyelv
field-title = Cím
field-summary = Összefoglaló
field-body = Szöveg (a bekezdések között egy üres sor)
field-cover-alt = A borítókép leírása
