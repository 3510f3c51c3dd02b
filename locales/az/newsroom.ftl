# Katibliyin xəbər redaksiyası: xəbərlərin bir neçə dildə yazılması və redaktəsi.

newsroom-write = Xəbər yaz
newsroom-edit = Xəbəri redaktə et
newsroom-lead = Xəbər tərcümələrdən ibarət bir dəstdir. Onu ən yaxşı bildiyiniz dildə yazın, həmin dili orijinal kimi qeyd edin və əlinizdə olan tərcümələri əlavə edin; çatışmayan tərcümələr qeyd olunur.
field-story-id = Xəbərin ünvanı (kiçik hərflər, rəqəmlər və defislər)
field-category = Bölmə
field-tags = Etiketlər, vergüllə ayrılmış
field-published = Dərc vaxtı (məsələn, 2025-11-24T11:00:00+04:00)
field-author = Müəllif
field-author-person = Müəllifin şəxs qeydi (ID, istəyə bağlı)
field-cover = Əsas şəkil (saytda artıq olan şəklin fayl adı, istəyə bağlı)
field-mentions = Xəbərdə adı çəkilən qeydlər (ID-lər, vergüllə ayrılmış)
field-original-language = Yazıldığı dil
field-title = Başlıq
field-summary = Xülasə
field-body = Mətn (abzaslar arasında boş sətir)
field-cover-alt = Əsas şəklin təsviri
