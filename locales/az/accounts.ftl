# Hesablar, təşkilatların qeydiyyat prosesi və katibliyin səhifələri.

nav-account-menu = Hesabınız
nav-login = Daxil ol
nav-signup = Qeydiyyatdan keç
nav-logout = Çıxış
nav-apply = Təşkilatı qeydiyyatdan keçir
nav-review = Yoxlama
nav-admin = Katiblik

field-name = Adınız
field-email = E-poçt ünvanı
field-password = Şifrə
field-new-password = Yeni şifrə
field-current-password = Cari şifrə
field-locale = Saytın və məktublarımızın dili
field-token-name = Tokenin adı
field-country = Ölkə
field-org-name = Təşkilatın adı
field-name-language = Bu adın dili
field-other-names = Digər adlar: hər sətirdə bir ad, «dil: ad» şəklində
field-city = Şəhər
field-founded = Təsis ili
field-descriptions = Təşkilat haqqında, hər dildə
field-descriptions-hint = Bildiyiniz dillərdə yazın; çatışmayan tərcümələr qeyd olunur.
field-registry = Rəsmi qeydiyyat
field-registry-scheme = Reyestr
field-registry-value = Qeydiyyat nömrəsi
field-evidence = Qeydiyyat şəhadətnaməsi
field-evidence-hint = Həcmi 5 MB-dan çox olmayan PDF, PNG və ya JPEG faylı. Onu yalnız ölkənizin koordinatoru görür.
password-hint = Ən azı 12 simvol. Bir-biri ilə əlaqəsi olmayan bir neçə söz yaxşı şifrədir.
button-save = Yadda saxla
filter-apply = Göstər

signup-title = Hesab yaradın
signup-lead = Hesab vasitəsilə təşkilatınız qeydiyyatdan keçə, təsdiqlənə və profilini aktual saxlaya bilər.
signup-button = Hesab yarat
signup-have-account = Artıq hesabınız var? Daxil olun
signup-sent-title = E-poçtunuzu yoxlayın
signup-sent-body = Göstərdiyiniz ünvana məktub göndərdik. Hesabınızı təsdiqləmək üçün məktubdakı keçidi açın.
confirm-title = E-poçt ünvanınızı təsdiqləyin
confirm-body = E-poçt ünvanınızı təsdiqləmək üçün düyməni basın.
confirm-button = Təsdiqlə
confirmed-title = Hesabınız təsdiqləndi
confirmed-body = Təşəkkür edirik. İndi daxil ola bilərsiniz.

login-title = Daxil ol
login-button = Daxil ol
login-forgot = Şifrənizi unutmusunuz?
login-failed = E-poçt ünvanı və ya şifrə yanlışdır.
login-unconfirmed = Əvvəlcə e-poçt ünvanınızı təsdiqləyin: sizə yeni keçid göndərdik.

forgot-title = Şifrəni sıfırlayın
forgot-lead = E-poçt ünvanınızı daxil edin, yeni şifrə seçmək üçün sizə keçid göndərək.
forgot-button = Keçidi göndər
forgot-sent-title = E-poçtunuzu yoxlayın
forgot-sent-body = Bu ünvana aid hesab varsa, ona yeni şifrə seçmək üçün keçid göndərdik. Keçid bir saat ərzində etibarlıdır.
reset-title = Yeni şifrə seçin
reset-body = Bundan sonra bütün cihazlarda hesabdan çıxış ediləcək və yeni şifrə ilə daxil ola biləcəksiniz.
reset-button = Yeni şifrəni yadda saxla

account-title = Hesabınız
account-organizations = Təşkilatlarınız
account-no-organizations = Hələ heç bir təşkilatı redaktə etmirsiniz.
account-profile = Ad və dil
account-password = Şifrə
account-change-password = Şifrəni dəyiş
account-tokens = API üçün giriş tokenləri
account-tokens-lead = Token proqrama JSON API vasitəsilə hesabınızın dəyişə bildiyi hər şeyi dəyişməyə imkan verir. Artıq istifadə etmədiyiniz tokenləri ləğv edin.
account-delete = Hesabınızı silin
account-delete-lead = Bu əməliyyat hesabınızı, onun sessiyalarını, rollarını və tokenlərini silir. Etdiyiniz dəyişikliklərin qeydi e-poçt ünvanınız olmadan saxlanılır.
account-delete-button = Hesabımı sil
token-create = Token yarat
token-id = Token
token-revoke = Ləğv et
token-revoked = Ləğv edilib
token-shown-once = Yeni tokeniniz aşağıdadır. Onu indi kopyalayın: bir daha göstərilməyəcək.
role-secretariat = Katiblik
role-coordinator-of = { $country } üzrə koordinator

notice-saved = Yadda saxlanıldı.
notice-password-changed = Şifrəniz dəyişdirildi. Digər sessiyalardan çıxış edildi.
notice-password-reset = Şifrəniz dəyişdirildi. Yeni şifrə ilə daxil olun.
notice-account-deleted = Hesabınız silindi.
notice-token-created = Token yaradıldı.
notice-token-revoked = Token ləğv edildi.
notice-invited = { $email } ünvanına dəvət göndərdik.

apply-title = Təşkilatı qeydiyyatdan keçirin
apply-lead = Təşkilatınız haqqında məlumat verin və onun rəsmi qeydiyyatını göstərin. Müraciəti ölkənizin koordinatoru yoxlayır; təsdiqlənmiş təşkilatlar nişan alır.
apply-button = Müraciəti göndər
edit-title = Profili redaktə et
edit-changed-meanwhile = Siz redaktə edərkən bu profili başqası yadda saxladı. Hələ heç nə saxlanmayıb: aşağıdakı forma yazdıqlarınızı saxlayır; fərqli sahələrin onların daxil etdiyi dəyərləri burada göstərilir. Yoxlayın, sonra yenidən yadda saxlayın.
translation-missing = yoxdur
translations-missing = { $count ->
    [one] Bir dildə hələ təsvir yoxdur.
   *[other] { $count } dildə hələ təsvir yoxdur.
}
invite-title = Həmkarınızı dəvət edin
invite-button = Dəvəti göndər
invite-accept-title = Təşkilata qoşulun
invite-accept-lead = Sizi bu təşkilatın profilini aparmağa kömək etməyə dəvət ediblər.
invite-accept-button = Dəvəti qəbul et
invite-sign-in-first = Daxil olun və ya dəvətin göndərildiyi ünvanla hesab yaradın, sonra keçidi yenidən açın.

badge-verified = Təsdiqlənib
badge-verified-title = Rəsmi qeydiyyatı əsasında ölkəsinin koordinatoru tərəfindən təsdiqlənib
record-suspended = Bu təşkilatın təsdiqi dayandırılıb.

state-pending = Yoxlama gözləyir
state-verified = Təsdiqlənib
state-rejected = Rədd edilib
state-suspended = Dayandırılıb
decision-verify = Təsdiqlə
decision-reject = Rədd et
decision-suspend = Dayandır
decision-reinstate = Yenidən təsdiqlə
decision-resubmit = Yenidən yoxlamaya göndər

review-queue-title = Yoxlanılacaq müraciətlər
review-queue-empty = Burada heç nə yoxdur.
review-state = Status
review-reason = Səbəb
review-public-page = İctimai səhifə
review-evidence = Qeydiyyat şəhadətnaməsi
review-duplicates = Oxşar görünən qeydlər
review-history = Tarixçə
review-decide = Qərar
review-decision = Qərarınız nədir?
review-submit = Qərarı qeydə al
review-resubmit-lead = Koordinatorun istədiyini düzəltdikdən sonra müraciəti yenidən göndərin.

admin-title = Katiblik
admin-network = Şəbəkənin ölkələri
admin-status = Status
admin-since = Nə vaxtdan
admin-chair = Sədrlik
admin-chair-since = Sədrliyin başlanğıc tarixi
admin-coordinators = Ölkə koordinatorları
admin-appoint = Koordinator təyin et
admin-revoke = Çıxar

audit-title = Audit jurnalı
audit-when = Nə vaxt
audit-who = Kim
audit-action = Əməliyyat
audit-target = Obyekt
audit-change = Dəyişiklik
audit-show = Göstər
audit-before = Əvvəl
audit-after = Sonra
audit-older = Köhnə qeydlər

mail-ignore = Bunu siz istəməmisinizsə, bu məktubu nəzərə almayın.
mail-confirm-subject = Birlik hesabınızı təsdiqləyin
mail-confirm-body = Birlik platformasına xoş gəlmisiniz. E-poçt ünvanınızı təsdiqləmək üçün bu keçidi açın:
mail-exists-subject = Birlik hesabınız
mail-exists-body = Kimsə, bəlkə də siz, bu ünvanla Birlik hesabı yaratmağa çalışıb. Sizin artıq hesabınız var; buradan daxil olun:
mail-exists-reset = Şifrənizi unutmusunuzsa, buradan yenisini seçin:
mail-reset-subject = Birlik üçün yeni şifrə
mail-reset-body = Yeni şifrə seçmək üçün bu keçidi bir saat ərzində açın:
mail-status-subject = { $name }: Birlik platformasında təsdiq
mail-applied-body = { $name } təşkilatının müraciətini aldıq. Onu ölkəsinin koordinatoru yoxlayacaq; gedişatı buradan izləyin:
mail-verified-body = { $name } təsdiqləndi. Onun profilində artıq nişan var:
mail-rejected-body = { $name } təşkilatının müraciəti qəbul edilmədi. Səbəbinə baxın, düzəldin və yenidən göndərin:
mail-suspended-body = { $name } təşkilatının təsdiqi dayandırılıb. Səbəbinə baxın:
mail-reason = Koordinatorun qeydi:
mail-new-application-subject = Yeni müraciət: { $name }
mail-new-application-body = { $name } təsdiq üçün müraciət edir. Buradan yoxlayın:
mail-invite-subject = Birlik platformasında { $name } təşkilatına qoşulun
mail-invite-body = Sizi Birlik platformasında { $name } təşkilatının profilini aparmağa kömək etməyə dəvət ediblər. Qəbul etmək üçün bu keçidi açın:
