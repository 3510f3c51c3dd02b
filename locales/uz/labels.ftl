## Yozuv tizimlari (ISO 15924)
script-latn = Lotin
script-cyrl = Kirill
script-arab = Arab
script-grek = Yunon
script-geor = Gruzin
script-armn = Arman
script-hani = Xitoy iyerogliflari
script-mong = Moʻgʻul
script-orkh = Qadimgi turkiy (Oʻrxun)
script-zyyy = Aralash yozuv
script-zzzz = Nomaʼlum yozuv

## Audit jurnali
audit-action-account-confirm = Hisob tasdiqlandi
audit-action-account-create = Hisob yaratildi
audit-action-account-delete = Hisob oʻchirildi
audit-action-account-password = Parol oʻzgartirildi
audit-action-account-update = Hisob sozlamalari oʻzgartirildi
audit-action-job-retry = Xat qayta yuborildi
audit-action-network-update = Tarmoq oʻzgartirildi
audit-action-news-save = Yangilik saqlandi
audit-action-org-apply = Ariza topshirildi
audit-action-org-edit = Profil tahrirlandi
audit-action-org-invite = Hamkasb taklif qilindi
audit-action-org-review = Ariza koʻrib chiqildi
audit-action-role-grant = Rol berildi
audit-action-role-revoke = Rol olib tashlandi
audit-action-token-create = Kirish tokeni yaratildi
audit-action-token-revoke = Kirish tokeni bekor qilindi
audit-target-network = Tarmoq mamlakatlari va raisi
audit-target-account = { $name }-raqamli hisob
audit-target-token = { $name }-raqamli kirish tokeni
audit-target-job = { $name }-raqamli xat
