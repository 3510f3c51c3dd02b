## Системы письма (ISO 15924)
script-latn = Латиница
script-cyrl = Кириллица
script-arab = Арабское письмо
script-grek = Греческое письмо
script-geor = Грузинское письмо
script-armn = Армянское письмо
script-hani = Китайские иероглифы
script-mong = Монгольское письмо
script-orkh = Древнетюркское (орхонское) письмо
script-zyyy = Смешанное письмо
script-zzzz = Неизвестное письмо

## Журнал аудита
audit-action-account-confirm = Учётная запись подтверждена
audit-action-account-create = Учётная запись создана
audit-action-account-delete = Учётная запись удалена
audit-action-account-password = Пароль изменён
audit-action-account-update = Настройки учётной записи изменены
audit-action-job-retry = Письмо отправлено повторно
audit-action-network-update = Сеть изменена
audit-action-news-save = Новость сохранена
audit-action-org-apply = Подана заявка
audit-action-org-edit = Профиль изменён
audit-action-org-invite = Приглашён коллега
audit-action-org-review = Заявка рассмотрена
audit-action-role-grant = Роль назначена
audit-action-role-revoke = Роль снята
audit-action-token-create = Создан токен доступа
audit-action-token-revoke = Токен доступа отозван
audit-target-network = Страны сети и председатель
audit-target-account = Учётная запись № { $name }
audit-target-token = Токен доступа № { $name }
audit-target-job = Письмо № { $name }
