# Hesaplar, kuruluş kayıt süreci ve sekreterlik sayfaları.

nav-account-menu = Hesabınız
nav-login = Giriş yap
nav-signup = Kaydol
nav-logout = Çıkış yap
nav-apply = Kuruluş kaydet
nav-review = İnceleme
nav-admin = Sekreterlik

field-name = Adınız
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-current-password = Mevcut şifre
field-locale = Sitenin ve e-postalarımızın dili
field-token-name = Belirteç adı
field-country = Ülke
field-org-name = Kuruluşun adı
field-name-language = Bu adın dili
field-other-names = Diğer adlar: her satıra bir tane, “dil: ad” biçiminde
field-city = Şehir
field-founded = Kuruluş yılı
field-descriptions = Her dilde kuruluş hakkında
field-descriptions-hint = Bildiğiniz dillerde yazın; eksik çeviriler işaretlenir.
field-registry = Resmî kayıt
field-registry-scheme = Sicil
field-registry-value = Sicil numarası
field-evidence = Kayıt belgesi
field-evidence-hint = En fazla 5 MB boyutunda bir PDF, PNG veya JPEG dosyası. Bu dosyayı yalnızca ülkenizin koordinatörü görür.
password-hint = En az 12 karakter. Birbiriyle ilgisi olmayan birkaç kelime iyi bir şifre oluşturur.
button-save = Kaydet
filter-apply = Göster

signup-title = Hesap oluşturun
signup-lead = Bir hesapla kuruluşunuz kaydolabilir, doğrulanabilir ve profilini güncel tutabilir.
signup-button = Hesap oluştur
signup-have-account = Zaten hesabınız var mı? Giriş yapın
signup-sent-title = E-postanızı kontrol edin
signup-sent-body = Verdiğiniz adrese bir mesaj gönderdik. Hesabınızı onaylamak için mesajdaki bağlantıyı açın.
confirm-title = E-posta adresinizi onaylayın
confirm-body = E-posta adresinizi onaylamak için düğmeye basın.
confirm-button = Onayla
confirmed-title = Hesabınız onaylandı
confirmed-body = Teşekkürler. Artık giriş yapabilirsiniz.

login-title = Giriş yap
login-button = Giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-failed = E-posta adresi veya şifre hatalı.
login-unconfirmed = Önce e-posta adresinizi onaylayın: size yeni bir bağlantı gönderdik.

forgot-title = Şifrenizi sıfırlayın
forgot-lead = E-posta adresinizi girin; yeni bir şifre belirlemeniz için size bir bağlantı gönderelim.
forgot-button = Bağlantıyı gönder
forgot-sent-title = E-postanızı kontrol edin
forgot-sent-body = Bu adrese ait bir hesap varsa, yeni bir şifre belirlemek için bu adrese bir bağlantı gönderdik. Bağlantı bir saat geçerlidir.
reset-title = Yeni bir şifre belirleyin
reset-body = Bundan sonra tüm cihazlarda oturumunuz kapatılır ve yeni şifrenizle giriş yapabilirsiniz.
reset-button = Yeni şifreyi kaydet

account-title = Hesabınız
account-organizations = Kuruluşlarınız
account-no-organizations = Henüz düzenlediğiniz bir kuruluş yok.
account-profile = Ad ve dil
account-password = Şifre
account-change-password = Şifreyi değiştir
account-tokens = API için erişim belirteçleri
account-tokens-lead = Belirteç, bir programın JSON API üzerinden hesabınızın değiştirebildiği her şeyi değiştirmesine izin verir. Artık kullanmadığınız belirteçleri iptal edin.
account-delete = Hesabınızı silin
account-delete-lead = Bu işlem hesabınızı, oturumlarını, rollerini ve belirteçlerini siler. Yaptığınız değişikliklerin kaydı, e-posta adresiniz olmadan saklanmaya devam eder.
account-delete-button = Hesabımı sil
token-create = Belirteç oluştur
token-id = Belirteç
token-revoke = İptal et
token-revoked = İptal edildi
token-shown-once = Yeni belirteciniz aşağıda. Şimdi kopyalayın: bir daha gösterilmeyecek.
role-secretariat = Sekreterlik
role-coordinator-of = { $country } koordinatörü

notice-saved = Kaydedildi.
notice-password-changed = Şifreniz değiştirildi. Diğer oturumlar kapatıldı.
notice-password-reset = Şifreniz değiştirildi. Yeni şifrenizle giriş yapın.
notice-account-deleted = Hesabınız silindi.
notice-token-created = Belirteç oluşturuldu.
notice-token-revoked = Belirteç iptal edildi.
notice-invited = { $email } adresine bir davet gönderdik.

apply-title = Kuruluş kaydedin
apply-lead = Kuruluşunuzu tanıtın ve resmî kaydını gösterin. Başvuruyu ülkenizin koordinatörü inceler; doğrulanan kuruluşlar bir rozet alır.
apply-button = Başvuruyu gönder
edit-title = Profili düzenle
edit-changed-meanwhile = Siz düzenlerken bu profili başka biri kaydetti. Henüz hiçbir şey kaydedilmedi: aşağıdaki form yazdıklarınızı koruyor; farklı alanlarda onların kaydettiği değerler burada listeleniyor. Kontrol edin, sonra yeniden kaydedin.
translation-missing = eksik
translations-missing = { $count ->
    [one] Bir dilde henüz açıklama yok.
   *[other] { $count } dilde henüz açıklama yok.
}
invite-title = Bir iş arkadaşınızı davet edin
invite-button = Daveti gönder
invite-accept-title = Bir kuruluşa katılın
invite-accept-lead = Bu kuruluşun profilini güncel tutmaya yardım etmeniz için davet edildiniz.
invite-accept-button = Daveti kabul et
invite-sign-in-first = Giriş yapın veya davetin gönderildiği adresle bir hesap oluşturun, ardından bağlantıyı yeniden açın.

badge-verified = Doğrulanmış
badge-verified-title = Resmî kaydına dayanarak ülkesinin koordinatörü tarafından doğrulandı
record-suspended = Bu kuruluşun doğrulaması askıya alındı.

state-pending = İnceleme bekliyor
state-verified = Doğrulandı
state-rejected = Reddedildi
state-suspended = Askıya alındı
decision-verify = Doğrula
decision-reject = Reddet
decision-suspend = Askıya al
decision-reinstate = Yeniden doğrula
decision-resubmit = Yeniden incelemeye gönder

review-queue-title = İncelenecek başvurular
review-queue-empty = Burada bir şey yok.
review-state = Durum
review-reason = Gerekçe
review-public-page = Herkese açık sayfa
review-evidence = Kayıt belgesi
review-duplicates = Benzer görünen kayıtlar
review-history = Geçmiş
review-decide = Karar
review-decision = Kararınız nedir?
review-submit = Kararı kaydet
review-resubmit-lead = Koordinatörün istediklerini düzelttikten sonra başvuruyu yeniden gönderin.

admin-title = Sekreterlik
admin-network = Ağdaki ülkeler
admin-status = Durum
admin-since = Başlangıç
admin-chair = Dönem Başkanlığı
admin-chair-since = Dönem başkanlığının başlangıcı
admin-coordinators = Ülke koordinatörleri
admin-appoint = Koordinatör olarak ata
admin-revoke = Kaldır

audit-title = Denetim günlüğü
audit-when = Zaman
audit-who = Kim
audit-action = İşlem
audit-target = Konu
audit-change = Değişiklik
audit-show = Göster
audit-before = Önce
audit-after = Sonra
audit-older = Daha eski kayıtlar

mail-ignore = Bunu siz istemediyseniz bu mesajı dikkate almayın.
mail-confirm-subject = Birlik hesabınızı onaylayın
mail-confirm-body = Birlik'e hoş geldiniz. E-posta adresinizi onaylamak için bu bağlantıyı açın:
mail-exists-subject = Birlik hesabınız
mail-exists-body = Biri, belki de siz, bu adresle bir Birlik hesabı oluşturmaya çalıştı. Zaten bir hesabınız var; buradan giriş yapın:
mail-exists-reset = Şifrenizi unuttuysanız buradan yenisini belirleyin:
mail-reset-subject = Birlik için yeni şifre
mail-reset-body = Yeni bir şifre belirlemek için bu bağlantıyı bir saat içinde açın:
mail-status-subject = { $name }: Birlik'te doğrulama
mail-applied-body = { $name } kuruluşunun başvurusunu aldık. Başvuruyu ülkesinin koordinatörü inceleyecek; süreci buradan takip edin:
mail-verified-body = { $name } doğrulandı. Profilinde artık rozet yer alıyor:
mail-rejected-body = { $name } kuruluşunun başvurusu kabul edilmedi. Nedenini görün, düzeltin ve yeniden gönderin:
mail-suspended-body = { $name } kuruluşunun doğrulaması askıya alındı. Nedenini görün:
mail-reason = Koordinatörün notu:
mail-new-application-subject = Yeni başvuru: { $name }
mail-new-application-body = { $name } doğrulanmak için başvurdu. Buradan inceleyin:
mail-invite-subject = Birlik'te { $name } kuruluşuna katılın
mail-invite-body = Birlik'te { $name } kuruluşunun profilini güncel tutmaya yardım etmeniz için davet edildiniz. Kabul etmek için bu bağlantıyı açın:
