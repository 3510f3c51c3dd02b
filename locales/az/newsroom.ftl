# Katibliyin xəbər redaksiyası: xəbərlərin bir neçə dildə yazılması və redaktəsi.

newsroom-write = Xəbər yaz
newsroom-edit = Xəbəri redaktə et
newsroom-lead = Xəbər tərcümələrdən ibarət bir dəstdir. Onu ən yaxşı bildiyiniz dildə yazın, həmin dili orijinal kimi qeyd edin və əlinizdə olan tərcümələri əlavə edin; çatışmayan tərcümələr qeyd olunur.
field-story-id = Xəbərin ünvanı (kiçik hərflər, rəqəmlər və defislər)
field-category = Bölmə
field-tags = Etiketlər, vergüllə ayrılmış
field-published = Dərc vaxtı (məsələn, 2025-11-24T11:00:00+04:00)
field-author = Müəllif
field-author-person = Müəllifin şəxs qeydi (ad və ya ID, istəyə bağlı)
field-cover = Əsas şəkil (istəyə bağlı)
field-mentions = Xəbərdə adı çəkilən qeydlər
field-original-language = Yazıldığı dil
field-title = Başlıq
field-summary = Xülasə
field-body = Mətn (abzaslar arasında boş sətir)
field-cover-alt = Əsas şəklin təsviri
newsroom-cover-choose = Saytda artıq olan şəkil
newsroom-cover-none = Əsas şəkil yoxdur
newsroom-cover-upload = Və ya yeni şəkil yükləyin (PNG, JPEG, WebP və ya SVG, ən çoxu 5 MB)
newsroom-mentions-none = Xəbərdə hələ heç bir qeydin adı çəkilmir. Qeydləri adla tapın və işarələyin.
newsroom-find = Qeydləri adla tapın, istənilən əlifba ilə
newsroom-find-button = Tap
newsroom-find-nothing = Bu adda başqa qeyd yoxdur.
