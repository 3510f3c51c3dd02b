# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = { $event } için yeriniz onaylandı
mail-confirmed-body = { $event } için yeriniz onaylandı. Yaka kartınız, giriş kodunuz ve programınız forumdaki sayfanızda:
mail-pending-subject = { $event } kaydınız onay bekliyor
mail-pending-body = { $event } kaydınız alındı. Düzenleyiciler incelerken yeriniz ayrılmış durumda; karar verildiğinde yeniden yazacağız.
mail-waitlisted-subject = { $event } dolu: bekleme listesindesiniz
mail-waitlisted-body = { $event } dolu; kayıt sıranıza göre bekleme listesindesiniz. Bir yer boşaldığında sıradaki kişiye önerilir; o zaman size yazacağız.
mail-offer-subject = { $event } için size bir yer açıldı
mail-offer-body = { $event } için bir yer boşaldı ve { $until } saatine kadar sizin için ayrıldı. Forumdaki sayfanızdan onaylayın ya da bırakın:
mail-offer-expired-subject = { $event } için önerilen yer başkasına geçti
mail-offer-expired-body = { $event } için size önerilen yer zamanında onaylanmadı ve bekleme listesindeki sıradaki kişiye geçti.
mail-cancelled-subject = { $event } kaydınız iptal edildi
mail-cancelled-body = { $event } kaydınız iptal edildi; yeriniz bekleme listesine geçti.
mail-refused-subject = { $event } kaydınız onaylanmadı
mail-refused-body = { $event } düzenleyicileri kaydınızı onaylayamadı. Bir yanlışlık olduğunu düşünüyorsanız onlara yazın.
error-detail-not-registrable = Programın bu bölümü forumun tüm katılımcılarına açıktır: kayıt gerekmez.
error-detail-registration-closed = Kayıt kapandı: etkinlik başladı ya da planlanmadı.
error-detail-forum-first = Önce foruma, sonra oturumlarına kaydolun.
error-detail-cancel-closed = İptal için son tarih geçti. Düzenleyicilere yazın.
error-detail-invalid-checkin = Bu, bu forumun bir katılımcısının giriş kodu değil.
error-detail-not-confirmed = Bu katılımcının kaydı onaylı değil.
error-detail-not-registered = Bu katılımcının bu oturumda onaylı bir yeri yok.
