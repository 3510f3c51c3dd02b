# Sekreterliğin haber masası: haberlerin birkaç dilde yazılması ve düzenlenmesi.

newsroom-write = Haber yaz
newsroom-edit = Haberi düzenle
newsroom-lead = Bir haber, çevirilerden oluşan tek bir takımdır. Haberi en iyi bildiğiniz dilde yazın, o dili özgün olarak işaretleyin ve elinizdeki çevirileri ekleyin; eksik olanlar işaretlenir.
field-story-id = Haberin adresi (küçük harfler, rakamlar ve kısa çizgiler)
field-category = Bölüm
field-tags = Etiketler, virgülle ayrılmış
field-published = Yayımlanma zamanı (ör. 2025-11-24T11:00:00+04:00)
field-author = Yazar
field-author-person = Yazarın kişi kaydı (ID, isteğe bağlı)
field-cover = Kapak görseli (sitede zaten bulunan bir görselin dosya adı, isteğe bağlı)
field-mentions = Haberde adı geçen kayıtlar (ID'ler, virgülle ayrılmış)
field-original-language = Yazıldığı dil
field-title = Başlık
field-summary = Özet
field-body = Metin (paragraflar arasında boş bir satır)
field-cover-alt = Kapak görselinin açıklaması
