## Yazı sistemleri (ISO 15924)
script-latn = Latin
script-cyrl = Kiril
script-arab = Arap
script-grek = Yunan
script-geor = Gürcü
script-armn = Ermeni
script-hani = Çin karakterleri
script-mong = Moğol
script-orkh = Eski Türk (Orhun)
script-zyyy = Karışık yazı
script-zzzz = Bilinmeyen yazı

## Denetim kaydı
audit-action-account-confirm = Hesap onaylandı
audit-action-account-create = Hesap oluşturuldu
audit-action-account-delete = Hesap silindi
audit-action-account-password = Parola değiştirildi
audit-action-account-update = Hesap ayarları değiştirildi
audit-action-job-retry = E-posta yeniden gönderildi
audit-action-network-update = Ağ değiştirildi
audit-action-news-save = Haber kaydedildi
audit-action-org-apply = Başvuru yapıldı
audit-action-org-edit = Profil düzenlendi
audit-action-org-invite = Çalışma arkadaşı davet edildi
audit-action-org-review = Başvuru incelendi
audit-action-role-grant = Rol verildi
audit-action-role-revoke = Rol kaldırıldı
audit-action-token-create = Erişim anahtarı oluşturuldu
audit-action-token-revoke = Erişim anahtarı iptal edildi
audit-target-network = Ağın ülkeleri ve başkanı
audit-target-account = { $name } numaralı hesap
audit-target-token = { $name } numaralı erişim anahtarı
audit-target-job = { $name } numaralı e-posta
