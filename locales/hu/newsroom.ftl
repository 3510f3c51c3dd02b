# A titkárság hírszerkesztősége: hírek írása és szerkesztése több nyelven.

newsroom-write = Hír írása
newsroom-edit = A hír szerkesztése
newsroom-lead = Egy hír a fordítások egyetlen csoportja. Írja meg azon a nyelven, amelyet a legjobban ismer, jelölje meg ezt a nyelvet eredetiként, és adja hozzá a meglévő fordításokat; a hiányzókat jelöljük.
field-story-id = A hír webcíme (kisbetűk, számjegyek és kötőjelek)
field-category = Rovat
field-tags = Címkék, vesszővel elválasztva
field-published = Megjelenés ideje (pl. 2025-11-24T11:00:00+04:00)
field-author = Szerző
field-author-person = A szerző személyrekordja (név vagy azonosító, nem kötelező)
field-cover = Borítókép (nem kötelező)
field-mentions = A hírben említett rekordok
field-original-language = Eredeti nyelv
field-title = Cím
field-summary = Összefoglaló
field-body = Szöveg (a bekezdések között egy üres sor)
field-cover-alt = A borítókép leírása
newsroom-cover-choose = A webhelyen már meglévő kép
newsroom-cover-none = Nincs borítókép
newsroom-cover-upload = Vagy töltsön fel új képet (PNG, JPEG, WebP vagy SVG, legfeljebb 5 MB)
newsroom-mentions-none = A hír még egyetlen rekordot sem említ. Keressen rá a rekordokra név szerint, és jelölje be őket.
newsroom-find = Rekordok keresése név szerint, bármilyen írással
newsroom-find-button = Keresés
newsroom-find-nothing = Más rekord nem viseli ezt a nevet.
