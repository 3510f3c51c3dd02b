# Kotibiyatning yangiliklar tahririyati: xabarlarni bir necha tilda yozish va tahrirlash.

newsroom-write = Xabar yozish
newsroom-edit = Xabarni tahrirlash
newsroom-lead = Har bir xabar — bitta tarjimalar toʻplami. Uni oʻzingiz eng yaxshi biladigan tilda yozing, shu tilni asl nusxa deb belgilang va mavjud tarjimalarni qoʻshing; yetishmayotganlari belgilanadi.
field-story-id = Xabar manzili (kichik harflar, raqamlar va defislar)
field-category = Boʻlim
field-tags = Teglar, vergul bilan ajratilgan
field-published = Eʼlon qilingan vaqti (masalan, 2025-11-24T11:00:00+04:00)
field-author = Muallif
field-author-person = Muallifning shaxs yozuvi (ID, ixtiyoriy)
field-cover = Asosiy rasm (saytda allaqachon mavjud rasmning fayl nomi, ixtiyoriy)
field-mentions = Xabarda tilga olingan yozuvlar (ID, vergul bilan ajratilgan)
field-original-language = Yozilgan tili
field-title = Sarlavha
field-summary = Qisqacha mazmuni
field-body = Matn (xatboshilar orasida boʻsh qator)
field-cover-alt = Asosiy rasm tavsifi
