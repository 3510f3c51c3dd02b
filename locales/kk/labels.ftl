## Жазу жүйелері (ISO 15924)
script-latn = Латын
script-cyrl = Кирилл
script-arab = Араб
script-grek = Грек
script-geor = Грузин
script-armn = Армян
script-hani = Қытай иероглифтері
script-mong = Моңғол
script-orkh = Көне түркі (Орхон)
script-zyyy = Аралас жазу
script-zzzz = Белгісіз жазу

## Аудит журналы
audit-action-account-confirm = Тіркелгі расталды
audit-action-account-create = Тіркелгі жасалды
audit-action-account-delete = Тіркелгі жойылды
audit-action-account-password = Құпиясөз өзгертілді
audit-action-account-update = Тіркелгі баптаулары өзгертілді
audit-action-job-retry = Хат қайта жіберілді
audit-action-network-update = Желі өзгертілді
audit-action-news-save = Жаңалық сақталды
audit-action-org-apply = Өтінім берілді
audit-action-org-edit = Профиль өңделді
audit-action-org-invite = Әріптес шақырылды
audit-action-org-review = Өтінім қаралды
audit-action-role-grant = Рөл берілді
audit-action-role-revoke = Рөл алынды
audit-action-token-create = Кіру токені жасалды
audit-action-token-revoke = Кіру токені қайтарып алынды
audit-target-network = Желі елдері мен төрағасы
audit-target-account = № { $name } тіркелгі
audit-target-token = № { $name } кіру токені
audit-target-job = № { $name } хат
