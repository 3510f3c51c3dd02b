## Жазуу системалары (ISO 15924)
script-latn = Латын
script-cyrl = Кирилл
script-arab = Араб
script-grek = Грек
script-geor = Грузин
script-armn = Армян
script-hani = Кытай иероглифтери
script-mong = Моңгол
script-orkh = Байыркы түрк (Орхон)
script-zyyy = Аралаш жазуу
script-zzzz = Белгисиз жазуу

## Аудит журналы
audit-action-account-confirm = Каттоо эсеби ырасталды
audit-action-account-create = Каттоо эсеби түзүлдү
audit-action-account-delete = Каттоо эсеби өчүрүлдү
audit-action-account-password = Сырсөз өзгөртүлдү
audit-action-account-update = Каттоо эсебинин жөндөөлөрү өзгөртүлдү
audit-action-job-retry = Кат кайра жөнөтүлдү
audit-action-network-update = Тармак өзгөртүлдү
audit-action-news-save = Жаңылык сакталды
audit-action-org-apply = Арыз берилди
audit-action-org-edit = Профиль оңдолду
audit-action-org-invite = Кесиптеш чакырылды
audit-action-org-review = Арыз каралды
audit-action-role-grant = Роль берилди
audit-action-role-revoke = Роль алынды
audit-action-token-create = Кирүү токени түзүлдү
audit-action-token-revoke = Кирүү токени жокко чыгарылды
audit-target-network = Тармактын өлкөлөрү жана төрагасы
audit-target-account = № { $name } каттоо эсеби
audit-target-token = № { $name } кирүү токени
audit-target-job = № { $name } кат
