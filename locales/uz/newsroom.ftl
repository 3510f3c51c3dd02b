# Kotibiyatning yangiliklar tahririyati: xabarlarni bir necha tilda yozish va tahrirlash.

newsroom-write = Xabar yozish
newsroom-edit = Xabarni tahrirlash
newsroom-lead = Har bir xabar — bitta tarjimalar toʻplami. Uni oʻzingiz eng yaxshi biladigan tilda yozing, shu tilni asl nusxa deb belgilang va mavjud tarjimalarni qoʻshing; yetishmayotganlari belgilanadi.
field-story-id = Xabar manzili (kichik harflar, raqamlar va defislar)
field-category = Boʻlim
field-tags = Teglar, vergul bilan ajratilgan
field-published = Eʼlon qilingan vaqti (masalan, 2025-11-24T11:00:00+04:00)
field-author = Muallif
field-author-person = Muallifning shaxs yozuvi (ism yoki ID, ixtiyoriy)
field-cover = Asosiy rasm (ixtiyoriy)
field-mentions = Xabarda tilga olingan yozuvlar
field-original-language = Yozilgan tili
field-title = Sarlavha
field-summary = Qisqacha mazmuni
field-body = Matn (xatboshilar orasida boʻsh qator)
field-cover-alt = Asosiy rasm tavsifi
newsroom-cover-choose = Saytda allaqachon mavjud rasm
newsroom-cover-none = Asosiy rasmsiz
newsroom-cover-upload = Yoki yangi rasm yuklang (PNG, JPEG, WebP yoki SVG, koʻpi bilan 5 MB)
newsroom-mentions-none = Xabarda hali hech qanday yozuv tilga olinmagan. Yozuvlarni nomi boʻyicha toping va belgilang.
newsroom-find = Yozuvlarni nomi boʻyicha toping, istalgan yozuvda
newsroom-find-button = Topish
newsroom-find-nothing = Bu nomda boshqa yozuv yoʻq.
