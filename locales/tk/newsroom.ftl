# Sekretariatyň habar redaksiýasy: habarlary birnäçe dilde ýazmak we redaktirlemek.

newsroom-write = Habar ýaz
newsroom-edit = Habary redaktirle
newsroom-lead = Her habar terjimeleriň bir toplumydyr. Ony iň gowy bilýän diliňizde ýazyň, şol dili asyl nusga hökmünde belläň we bar bolan terjimeleri goşuň; ýetmeýänleri bellener.
field-story-id = Habaryň salgysy (kiçi harplar, sanlar we defisler)
field-category = Bölüm
field-tags = Belgiler, otur bilen aýrylan
field-published = Çap edilen wagty (meselem, 2025-11-24T11:00:00+04:00)
field-author = Awtor
field-author-person = Awtoryň şahs ýazgysy (ady ýa-da ID, hökmany däl)
field-cover = Esasy surat (hökmany däl)
field-mentions = Habarda ady agzalan ýazgylar
field-original-language = Ýazylan dili
field-title = Sözbaşy
field-summary = Gysgaça mazmuny
field-body = Tekst (abzaslaryň arasynda boş setir)
field-cover-alt = Esasy suratyň beýany
newsroom-cover-choose = Saýtda eýýäm bar bolan surat
newsroom-cover-none = Esasy suratsyz
newsroom-cover-upload = Ýa-da täze surat ýükläň (PNG, JPEG, WebP ýa-da SVG, iň köp 5 MB)
newsroom-mentions-none = Habarda entek hiç bir ýazgynyň ady agzalmaýar. Ýazgylary ady boýunça tapyň we belläň.
newsroom-find = Ýazgylary ady boýunça tapyň, islendik ýazuwda
newsroom-find-button = Tap
newsroom-find-nothing = Bu atly başga ýazgy ýok.
