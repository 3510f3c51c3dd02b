# Учётные записи, процесс регистрации организаций и страницы секретариата.

nav-account-menu = Ваша учётная запись
nav-login = Войти
nav-signup = Зарегистрироваться
nav-logout = Выйти
nav-apply = Зарегистрировать организацию
nav-review = Проверка
nav-admin = Секретариат

field-name = Ваше имя
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-current-password = Текущий пароль
field-locale = Язык сайта и наших писем
field-token-name = Название токена
field-country = Страна
field-org-name = Название организации
field-name-language = Язык этого названия
field-other-names = Другие названия: по одному в строке, в виде «язык: название»
field-city = Город
field-founded = Год основания
field-descriptions = Об организации на каждом языке
field-descriptions-hint = Пишите на тех языках, которыми владеете; отсутствующие переводы будут отмечены.
field-registry = Официальная регистрация
field-registry-scheme = Реестр
field-registry-value = Регистрационный номер
field-evidence = Свидетельство о регистрации
field-evidence-hint = Файл PDF, PNG или JPEG размером не более 5 МБ. Его видит только координатор вашей страны.
password-hint = Не менее 12 символов. Несколько не связанных между собой слов — хороший пароль.
button-save = Сохранить
filter-apply = Показать

signup-title = Создание учётной записи
signup-lead = С учётной записью ваша организация может зарегистрироваться, пройти верификацию и поддерживать свой профиль в актуальном состоянии.
signup-button = Создать учётную запись
signup-have-account = Уже есть учётная запись? Войдите
signup-sent-title = Проверьте почту
signup-sent-body = Мы отправили письмо на указанный вами адрес. Откройте ссылку из письма, чтобы подтвердить учётную запись.
confirm-title = Подтвердите адрес электронной почты
confirm-body = Нажмите кнопку, чтобы подтвердить адрес электронной почты.
confirm-button = Подтвердить
confirmed-title = Ваша учётная запись подтверждена
confirmed-body = Спасибо. Теперь вы можете войти.

login-title = Вход
login-button = Войти
login-forgot = Забыли пароль?
login-failed = Неверный адрес электронной почты или пароль.
login-unconfirmed = Сначала подтвердите адрес электронной почты: мы отправили вам новую ссылку.

forgot-title = Сброс пароля
forgot-lead = Введите адрес электронной почты, и мы отправим вам ссылку для выбора нового пароля.
forgot-button = Отправить ссылку
forgot-sent-title = Проверьте почту
forgot-sent-body = Если для этого адреса существует учётная запись, мы отправили на него ссылку для выбора нового пароля. Ссылка действует один час.
reset-title = Выберите новый пароль
reset-body = После этого будут завершены все ваши сеансы на всех устройствах, и вы сможете войти с новым паролем.
reset-button = Сохранить новый пароль

account-title = Ваша учётная запись
account-organizations = Ваши организации
account-no-organizations = Вы пока не редактируете ни одной организации.
account-profile = Имя и язык
account-password = Пароль
account-change-password = Изменить пароль
account-tokens = Токены доступа к API
account-tokens-lead = Токен позволяет программе через JSON API изменять всё, что может изменять ваша учётная запись. Отзывайте токены, которыми больше не пользуетесь.
account-delete = Удаление учётной записи
account-delete-lead = Будут удалены ваша учётная запись, её сеансы, роли и токены. Журнал внесённых вами изменений сохранится, но без вашего адреса электронной почты.
account-delete-button = Удалить мою учётную запись
token-create = Создать токен
token-id = Токен
token-revoke = Отозвать
token-revoked = Отозван
token-shown-once = Ваш новый токен показан ниже. Скопируйте его сейчас: больше он показан не будет.
role-secretariat = Секретариат
role-coordinator-of = Координатор: { $country }

notice-saved = Сохранено.
notice-password-changed = Пароль изменён. Остальные сеансы завершены.
notice-password-reset = Пароль изменён. Войдите с новым паролем.
notice-account-deleted = Ваша учётная запись удалена.
notice-token-created = Токен создан.
notice-token-revoked = Токен отозван.
notice-invited = Мы отправили приглашение на адрес { $email }.

apply-title = Регистрация организации
apply-lead = Расскажите о своей организации и подтвердите её официальную регистрацию. Заявку проверяет координатор вашей страны; верифицированные организации получают значок.
apply-button = Отправить заявку
edit-title = Редактирование профиля
edit-changed-meanwhile = Пока вы редактировали этот профиль, его сохранил кто-то другой. Пока ничего не сохранено: форма ниже хранит то, что вы ввели; здесь перечислены их значения полей, которые отличаются. Проверьте их и сохраните снова.
translation-missing = нет перевода
translations-missing = { $count ->
    [one] Пока нет описания на { $count } языке.
    [few] Пока нет описания на { $count } языках.
    [many] Пока нет описания на { $count } языках.
   *[other] Пока нет описания на { $count } языках.
}
invite-title = Пригласить коллегу
invite-button = Отправить приглашение
invite-accept-title = Присоединение к организации
invite-accept-lead = Вас пригласили помогать вести профиль этой организации.
invite-accept-button = Принять приглашение
invite-sign-in-first = Войдите или создайте учётную запись с тем адресом, на который было отправлено приглашение, а затем снова откройте ссылку.

badge-verified = Верифицирована
badge-verified-title = Верифицирована координатором своей страны на основании официальной регистрации
record-suspended = Верификация этой организации приостановлена.

state-pending = Ожидает проверки
state-verified = Верифицирована
state-rejected = Отклонена
state-suspended = Приостановлена
decision-verify = Верифицировать
decision-reject = Отклонить
decision-suspend = Приостановить
decision-reinstate = Верифицировать снова
decision-resubmit = Отправить на повторную проверку

review-queue-title = Заявки на проверку
review-queue-empty = Здесь ничего нет.
review-state = Статус
review-reason = Причина
review-public-page = Публичная страница
review-evidence = Свидетельство о регистрации
review-duplicates = Похожие записи
review-history = История
review-decide = Решение
review-decision = Ваше решение
review-submit = Сохранить решение
review-resubmit-lead = Исправьте то, о чём просил координатор, и отправьте заявку снова.

admin-title = Секретариат
admin-network = Страны сети
admin-status = Статус
admin-since = Дата начала
admin-chair = Председательство
admin-chair-since = Начало председательства
admin-coordinators = Координаторы по странам
admin-appoint = Назначить координатором
admin-revoke = Удалить

audit-title = Журнал аудита
audit-when = Когда
audit-who = Кто
audit-action = Действие
audit-target = Объект
audit-change = Изменение
audit-show = Показать
audit-before = До
audit-after = После
audit-older = Более ранние записи

mail-ignore = Если вы этого не запрашивали, просто проигнорируйте это письмо.
mail-confirm-subject = Подтвердите учётную запись в Birlik
mail-confirm-body = Добро пожаловать в Birlik! Откройте эту ссылку, чтобы подтвердить адрес электронной почты:
mail-exists-subject = Ваша учётная запись в Birlik
mail-exists-body = Кто-то, возможно вы, пытался создать учётную запись в Birlik с этим адресом. У вас уже есть учётная запись; войти можно здесь:
mail-exists-reset = Если вы забыли пароль, выберите новый здесь:
mail-reset-subject = Новый пароль для Birlik
mail-reset-body = Откройте эту ссылку в течение часа, чтобы выбрать новый пароль:
mail-status-subject = { $name }: верификация в Birlik
mail-applied-body = Мы получили заявку организации { $name }. Её рассмотрит координатор страны организации; следить за ходом рассмотрения можно здесь:
mail-verified-body = Организация { $name } верифицирована. Теперь в её профиле есть значок:
mail-rejected-body = Заявка организации { $name } не принята. Узнайте причину, исправьте заявку и отправьте её снова:
mail-suspended-body = Верификация организации { $name } приостановлена. Причина указана здесь:
mail-reason = Комментарий координатора:
mail-new-application-subject = Новая заявка: { $name }
mail-new-application-body = Организация { $name } просит о верификации. Рассмотрите заявку здесь:
mail-invite-subject = Присоединяйтесь к организации { $name } в Birlik
mail-invite-body = Вас приглашают помогать вести профиль организации { $name } в Birlik. Чтобы принять приглашение, откройте эту ссылку:
