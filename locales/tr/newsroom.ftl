# Sekreterliğin haber masası: haberlerin birkaç dilde yazılması ve düzenlenmesi.

newsroom-write = Haber yaz
newsroom-edit = Haberi düzenle
newsroom-lead = Bir haber, çevirilerden oluşan tek bir takımdır. Haberi en iyi bildiğiniz dilde yazın, o dili özgün olarak işaretleyin ve elinizdeki çevirileri ekleyin; eksik olanlar işaretlenir.
field-story-id = Haberin adresi (küçük harfler, rakamlar ve kısa çizgiler)
field-category = Bölüm
field-tags = Etiketler, virgülle ayrılmış
field-published = Yayımlanma zamanı (ör. 2025-11-24T11:00:00+04:00)
field-author = Yazar
field-author-person = Yazarın kişi kaydı (ad veya ID, isteğe bağlı)
field-cover = Kapak görseli (isteğe bağlı)
field-mentions = Haberde adı geçen kayıtlar
field-original-language = Yazıldığı dil
field-title = Başlık
field-summary = Özet
field-body = Metin (paragraflar arasında boş bir satır)
field-cover-alt = Kapak görselinin açıklaması
newsroom-cover-choose = Sitede zaten bulunan bir görsel
newsroom-cover-none = Kapak yok
newsroom-cover-upload = Ya da yeni bir görsel yükleyin (PNG, JPEG, WebP veya SVG, en fazla 5 MB)
newsroom-mentions-none = Haberde henüz hiçbir kaydın adı geçmiyor. Kayıtları adıyla bulun ve işaretleyin.
newsroom-find = Kayıtları adıyla bulun, herhangi bir yazıyla
newsroom-find-button = Bul
newsroom-find-nothing = Bu adda başka kayıt yok.
