# Hisoblar, tashkilotlarni roʻyxatdan oʻtkazish jarayoni va kotibiyat sahifalari.

nav-account-menu = Hisobingiz
nav-login = Kirish
nav-signup = Roʻyxatdan oʻtish
nav-logout = Chiqish
nav-apply = Tashkilotni roʻyxatdan oʻtkazish
nav-review = Tekshiruv
nav-admin = Kotibiyat

field-name = Ismingiz
field-email = Elektron pochta manzili
field-password = Parol
field-new-password = Yangi parol
field-current-password = Joriy parol
field-locale = Sayt va xatlarimiz tili
field-token-name = Token nomi
field-country = Mamlakat
field-org-name = Tashkilot nomi
field-name-language = Ushbu nomning tili
field-other-names = Boshqa nomlar: har bir qatorda bittadan, «til: nom» koʻrinishida
field-city = Shahar
field-founded = Tashkil etilgan yili
field-descriptions = Tashkilot haqida, har bir tilda
field-descriptions-hint = Oʻzingiz biladigan tillarda yozing; yetishmayotgan tarjimalar belgilanadi.
field-registry = Rasmiy roʻyxatdan oʻtish
field-registry-scheme = Reyestr
field-registry-value = Roʻyxatdan oʻtish raqami
field-evidence = Roʻyxatdan oʻtganlik haqidagi guvohnoma
field-evidence-hint = Hajmi 5 MB dan oshmaydigan PDF, PNG yoki JPEG fayl. Uni faqat mamlakatingiz koordinatori koʻradi.
password-hint = Kamida 12 ta belgi. Bir-biriga aloqasi boʻlmagan bir nechta soʻz yaxshi parol boʻladi.
button-save = Saqlash
filter-apply = Koʻrsatish

signup-title = Hisob yarating
signup-lead = Hisob orqali tashkilotingiz roʻyxatdan oʻtishi, tasdiqdan oʻtishi va profilini dolzarb holatda saqlashi mumkin.
signup-button = Hisob yaratish
signup-have-account = Hisobingiz bormi? Kiring
signup-sent-title = Elektron pochtangizni tekshiring
signup-sent-body = Siz koʻrsatgan manzilga xat yubordik. Hisobingizni tasdiqlash uchun undagi havolani oching.
confirm-title = Elektron pochta manzilingizni tasdiqlang
confirm-body = Elektron pochta manzilingizni tasdiqlash uchun tugmani bosing.
confirm-button = Tasdiqlash
confirmed-title = Hisobingiz tasdiqlandi
confirmed-body = Rahmat. Endi tizimga kirishingiz mumkin.

login-title = Kirish
login-button = Kirish
login-forgot = Parolni unutdingizmi?
login-failed = Elektron pochta manzili yoki parol notoʻgʻri.
login-unconfirmed = Avval elektron pochta manzilingizni tasdiqlang: sizga yangi havola yubordik.

forgot-title = Parolni tiklash
forgot-lead = Elektron pochta manzilingizni kiriting, biz sizga yangi parol tanlash uchun havola yuboramiz.
forgot-button = Havolani yuborish
forgot-sent-title = Elektron pochtangizni tekshiring
forgot-sent-body = Agar bu manzil uchun hisob mavjud boʻlsa, unga yangi parol tanlash uchun havola yubordik. Havola bir soat davomida amal qiladi.
reset-title = Yangi parol tanlang
reset-body = Shundan soʻng barcha qurilmalarda hisobdan chiqarilasiz va yangi parol bilan kirishingiz mumkin boʻladi.
reset-button = Yangi parolni saqlash

account-title = Hisobingiz
account-organizations = Tashkilotlaringiz
account-no-organizations = Hozircha hech qaysi tashkilotni tahrirlamaysiz.
account-profile = Ism va til
account-password = Parol
account-change-password = Parolni oʻzgartirish
account-tokens = API uchun kirish tokenlari
account-tokens-lead = Token dasturga JSON API orqali hisobingiz oʻzgartira oladigan hamma narsani oʻzgartirish imkonini beradi. Endi foydalanmayotgan tokenlarni bekor qiling.
account-delete = Hisobingizni oʻchirish
account-delete-lead = Bu amal hisobingizni, uning seanslari, rollari va tokenlarini oʻchiradi. Siz kiritgan oʻzgarishlar qaydi elektron pochta manzilingizsiz saqlanib qoladi.
account-delete-button = Hisobimni oʻchirish
token-create = Token yaratish
token-id = Token
token-revoke = Bekor qilish
token-revoked = Bekor qilingan
token-shown-once = Yangi tokeningiz quyida. Uni hozir nusxalab oling: u qayta koʻrsatilmaydi.
role-secretariat = Kotibiyat
role-coordinator-of = { $country } boʻyicha koordinator

notice-saved = Saqlandi.
notice-password-changed = Parolingiz oʻzgartirildi. Boshqa seanslar yakunlandi.
notice-password-reset = Parolingiz oʻzgartirildi. Yangi parol bilan kiring.
notice-account-deleted = Hisobingiz oʻchirildi.
notice-token-created = Token yaratildi.
notice-token-revoked = Token bekor qilindi.
notice-invited = { $email } manziliga taklifnoma yubordik.

apply-title = Tashkilotni roʻyxatdan oʻtkazish
apply-lead = Tashkilotingiz haqida maʼlumot bering va uning rasmiy roʻyxatdan oʻtganini koʻrsating. Arizani mamlakatingiz koordinatori tekshiradi; tasdiqlangan tashkilotlar belgi oladi.
apply-button = Arizani yuborish
edit-title = Profilni tahrirlash
edit-changed-meanwhile = Siz tahrirlayotganingizda bu profilni boshqa kishi saqladi. Hali hech narsa saqlanmadi: quyidagi shakl siz yozganlarni saqlab turibdi; farq qiladigan maydonlarning ular saqlagan qiymatlari shu yerda. Tekshiring, soʻng qayta saqlang.
translation-missing = yoʻq
translations-missing = { $count ->
    [one] Bitta tilda hali tavsif yoʻq.
   *[other] { $count } ta tilda hali tavsif yoʻq.
}
invite-title = Hamkasbingizni taklif qiling
invite-button = Taklifnomani yuborish
invite-accept-title = Tashkilotga qoʻshiling
invite-accept-lead = Sizni ushbu tashkilot profilini yuritishga yordam berish uchun taklif qilishdi.
invite-accept-button = Taklifni qabul qilish
invite-sign-in-first = Tizimga kiring yoki taklifnoma yuborilgan manzil bilan hisob yarating, soʻngra havolani qayta oching.

badge-verified = Tasdiqlangan
badge-verified-title = Rasmiy roʻyxatdan oʻtganligi asosida oʻz mamlakati koordinatori tomonidan tasdiqlangan
record-suspended = Ushbu tashkilotning tasdiqlanishi toʻxtatib qoʻyilgan.

state-pending = Tekshiruvni kutmoqda
state-verified = Tasdiqlangan
state-rejected = Rad etilgan
state-suspended = Toʻxtatilgan
decision-verify = Tasdiqlash
decision-reject = Rad etish
decision-suspend = Toʻxtatib qoʻyish
decision-reinstate = Qayta tasdiqlash
decision-resubmit = Qayta tekshiruvga yuborish

review-queue-title = Tekshiriladigan arizalar
review-queue-empty = Bu yerda hech narsa yoʻq.
review-state = Holat
review-reason = Sabab
review-public-page = Ommaviy sahifa
review-evidence = Roʻyxatdan oʻtganlik haqidagi guvohnoma
review-duplicates = Oʻxshash koʻrinadigan yozuvlar
review-history = Tarix
review-decide = Qaror
review-decision = Qaroringiz qanday?
review-submit = Qarorni qayd etish
review-resubmit-lead = Koordinator soʻragan kamchiliklarni tuzatgach, arizani qayta yuboring.

admin-title = Kotibiyat
admin-network = Tarmoq mamlakatlari
admin-status = Maqom
admin-since = Boshlangan sana
admin-chair = Raislik
admin-chair-since = Raislik boshlangan sana
admin-coordinators = Mamlakat koordinatorlari
admin-appoint = Koordinator etib tayinlash
admin-revoke = Olib tashlash

audit-title = Audit jurnali
audit-when = Qachon
audit-who = Kim
audit-action = Amal
audit-target = Obyekt
audit-change = Oʻzgarish
audit-show = Koʻrsatish
audit-before = Oldin
audit-after = Keyin
audit-older = Avvalgi yozuvlar

mail-ignore = Agar buni siz soʻramagan boʻlsangiz, ushbu xatga eʼtibor bermang.
mail-confirm-subject = Birlik hisobingizni tasdiqlang
mail-confirm-body = Birlik platformasiga xush kelibsiz. Elektron pochta manzilingizni tasdiqlash uchun ushbu havolani oching:
mail-exists-subject = Birlik hisobingiz
mail-exists-body = Kimdir, balki siz, ushbu manzil bilan Birlik hisobini yaratishga urindi. Sizda allaqachon hisob bor; shu yerda kiring:
mail-exists-reset = Agar parolni unutgan boʻlsangiz, shu yerda yangisini tanlang:
mail-reset-subject = Birlik uchun yangi parol
mail-reset-body = Yangi parol tanlash uchun ushbu havolani bir soat ichida oching:
mail-status-subject = { $name }: Birlik platformasida tasdiqlash
mail-applied-body = { $name } tashkilotining arizasini oldik. Uni tashkilot mamlakatining koordinatori koʻrib chiqadi; jarayonni shu yerda kuzating:
mail-verified-body = { $name } tasdiqlandi. Endi uning profilida belgi bor:
mail-rejected-body = { $name } tashkilotining arizasi qabul qilinmadi. Sababini koʻring, tuzating va qayta yuboring:
mail-suspended-body = { $name } tashkilotining tasdiqlanishi toʻxtatib qoʻyildi. Sababini koʻring:
mail-reason = Koordinator izohi:
mail-new-application-subject = Yangi ariza: { $name }
mail-new-application-body = { $name } tasdiqlashni soʻramoqda. Arizani shu yerda koʻrib chiqing:
mail-invite-subject = Birlik platformasida { $name } tashkilotiga qoʻshiling
mail-invite-body = Sizni Birlik platformasida { $name } tashkiloti profilini yuritishga yordam berish uchun taklif qilishdi. Qabul qilish uchun ushbu havolani oching:
