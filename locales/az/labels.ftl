## Yazı sistemləri (ISO 15924)
script-latn = Latın
script-cyrl = Kiril
script-arab = Ərəb
script-grek = Yunan
script-geor = Gürcü
script-armn = Erməni
script-hani = Çin heroqlifləri
script-mong = Monqol
script-orkh = Qədim türk (Orxon)
script-zyyy = Qarışıq yazı
script-zzzz = Naməlum yazı

## Audit jurnalı
audit-action-account-confirm = Hesab təsdiqləndi
audit-action-account-create = Hesab yaradıldı
audit-action-account-delete = Hesab silindi
audit-action-account-password = Parol dəyişdirildi
audit-action-account-update = Hesab ayarları dəyişdirildi
audit-action-job-retry = Məktub yenidən göndərildi
audit-action-network-update = Şəbəkə dəyişdirildi
audit-action-news-save = Xəbər yadda saxlanıldı
audit-action-org-apply = Müraciət göndərildi
audit-action-org-edit = Profil redaktə edildi
audit-action-org-invite = Həmkar dəvət edildi
audit-action-org-review = Müraciətə baxıldı
audit-action-role-grant = Rol verildi
audit-action-role-revoke = Rol götürüldü
audit-action-token-create = Giriş tokeni yaradıldı
audit-action-token-revoke = Giriş tokeni ləğv edildi
audit-target-network = Şəbəkənin ölkələri və sədri
audit-target-account = Hesab № { $name }
audit-target-token = Giriş tokeni № { $name }
audit-target-job = Məktub № { $name }
