## Írásrendszerek (ISO 15924)
script-latn = Latin
script-cyrl = Cirill
script-arab = Arab
script-grek = Görög
script-geor = Grúz
script-armn = Örmény
script-hani = Kínai írásjegyek
script-mong = Mongol
script-orkh = Ótürk (orhoni)
script-zyyy = Vegyes írás
script-zzzz = Ismeretlen írás

## Naplózás
audit-action-account-confirm = Fiók megerősítve
audit-action-account-create = Fiók létrehozva
audit-action-account-delete = Fiók törölve
audit-action-account-password = Jelszó módosítva
audit-action-account-update = Fiókbeállítások módosítva
audit-action-job-retry = Levél újraküldve
audit-action-network-update = Hálózat módosítva
audit-action-news-save = Hír mentve
audit-action-org-apply = Kérelem benyújtva
audit-action-org-edit = Profil szerkesztve
audit-action-org-invite = Munkatárs meghívva
audit-action-org-review = Kérelem elbírálva
audit-action-role-grant = Szerepkör kiosztva
audit-action-role-revoke = Szerepkör visszavonva
audit-action-token-create = Hozzáférési token létrehozva
audit-action-token-revoke = Hozzáférési token visszavonva
audit-target-network = A hálózat országai és elnöke
audit-target-account = { $name }. számú fiók
audit-target-token = { $name }. számú hozzáférési token
audit-target-job = { $name }. számú levél
