## Ýazuw ulgamlary (ISO 15924)
script-latn = Latyn
script-cyrl = Kiril
script-arab = Arap
script-grek = Grek
script-geor = Gruzin
script-armn = Ermeni
script-hani = Hytaý iýeroglifleri
script-mong = Mongol
script-orkh = Gadymy türk (Orhon)
script-zyyy = Garyşyk ýazuw
script-zzzz = Näbelli ýazuw

## Barlag žurnaly
audit-action-account-confirm = Hasap tassyklandy
audit-action-account-create = Hasap döredildi
audit-action-account-delete = Hasap pozuldy
audit-action-account-password = Açar söz üýtgedildi
audit-action-account-update = Hasabyň sazlamalary üýtgedildi
audit-action-job-retry = Hat gaýtadan iberildi
audit-action-network-update = Tor üýtgedildi
audit-action-news-save = Habar ýatda saklandy
audit-action-org-apply = Arza berildi
audit-action-org-edit = Profil düzedildi
audit-action-org-invite = Kärdeş çagyryldy
audit-action-org-review = Arza garaldy
audit-action-role-grant = Rol berildi
audit-action-role-revoke = Rol aýryldy
audit-action-token-create = Giriş tokeni döredildi
audit-action-token-revoke = Giriş tokeni ýatyryldy
audit-target-network = Toruň ýurtlary we başlygy
audit-target-account = № { $name } hasap
audit-target-token = № { $name } giriş tokeni
audit-target-job = № { $name } hat
