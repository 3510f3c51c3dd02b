# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = { $event } tadbiridagi oʻrningiz tasdiqlandi
mail-confirmed-body = { $event } tadbiridagi oʻrningiz tasdiqlandi. Beyjingiz, roʻyxatdan oʻtish kodingiz va dasturingiz forumdagi sahifangizda:
mail-pending-subject = { $event } uchun roʻyxatdan oʻtishingiz tasdiq kutmoqda
mail-pending-body = { $event } uchun arizangiz qabul qilindi. Tashkilotchilar koʻrib chiqquncha oʻrin siz uchun saqlanadi; qaror qabul qilinganda yana yozamiz.
mail-waitlisted-subject = { $event } toʻldi: siz kutish roʻyxatidasiz
mail-waitlisted-body = { $event } toʻldi, shuning uchun siz roʻyxatdan oʻtgan tartibingiz boʻyicha kutish roʻyxatidasiz. Oʻrin boʻshasa, navbatdagi kishiga taklif qilinadi; oʻshanda sizga yozamiz.
mail-offer-subject = { $event } tadbirida siz uchun oʻrin boʻshadi
mail-offer-body = { $event } tadbirida bir oʻrin boʻshadi va { $until } gacha siz uchun saqlanadi. Forumdagi sahifangizda tasdiqlang yoki voz keching:
mail-offer-expired-subject = { $event } tadbirida taklif qilingan oʻrin boshqaga oʻtdi
mail-offer-expired-body = { $event } tadbirida sizga taklif qilingan oʻrin oʻz vaqtida tasdiqlanmadi va kutish roʻyxatidagi navbatdagi kishiga oʻtdi.
mail-cancelled-subject = { $event } uchun roʻyxatdan oʻtishingiz bekor qilindi
mail-cancelled-body = { $event } uchun roʻyxatdan oʻtishingiz bekor qilindi, oʻrningiz kutish roʻyxatiga oʻtdi.
mail-refused-subject = { $event } uchun roʻyxatdan oʻtishingiz tasdiqlanmadi
mail-refused-body = { $event } tashkilotchilari arizangizni tasdiqlay olmadi. Xato deb oʻylasangiz, ularga yozing.
error-detail-not-registrable = Dasturning bu qismi forumning barcha ishtirokchilari uchun ochiq: roʻyxatdan oʻtish shart emas.
error-detail-registration-closed = Roʻyxatdan oʻtish yopildi: tadbir boshlangan yoki rejalashtirilmagan.
error-detail-forum-first = Avval forumga, soʻng uning sessiyalariga roʻyxatdan oʻting.
error-detail-cancel-closed = Bekor qilish muddati oʻtdi. Tashkilotchilarga yozing.
error-detail-invalid-checkin = Bu ushbu forum ishtirokchisining roʻyxatdan oʻtish kodi emas.
error-detail-not-confirmed = Bu ishtirokchining roʻyxatdan oʻtishi tasdiqlanmagan.
error-detail-not-registered = Bu ishtirokchining ushbu sessiyada tasdiqlangan oʻrni yoʻq.
