# Аккаунттар, уюмдарды каттоо процесси жана катчылыктын барактары.

nav-account-menu = Аккаунтуңуз
nav-login = Кирүү
nav-signup = Катталуу
nav-logout = Чыгуу
nav-apply = Уюмду каттоо
nav-review = Текшерүү
nav-admin = Катчылык

field-name = Атыңыз
field-email = Электрондук почта дареги
field-password = Сырсөз
field-new-password = Жаңы сырсөз
field-current-password = Учурдагы сырсөз
field-locale = Сайттын жана каттарыбыздын тили
field-token-name = Токендин аталышы
field-country = Өлкө
field-org-name = Уюмдун аталышы
field-name-language = Бул аталыштын тили
field-other-names = Башка аталыштар: ар бир сапка бирден, «тил: аталыш» түрүндө
field-city = Шаар
field-founded = Негизделген жылы
field-descriptions = Уюм жөнүндө, ар бир тилде
field-descriptions-hint = Өзүңүз билген тилдерде жазыңыз; жетишпеген котормолор белгиленет.
field-registry = Расмий каттоо
field-registry-scheme = Реестр
field-registry-value = Каттоо номери
field-evidence = Каттоо күбөлүгү
field-evidence-hint = Көлөмү 5 МБдан ашпаган PDF, PNG же JPEG файл. Аны өлкөңүздүн координатору гана көрөт.
password-hint = Кеминде 12 белги. Бири-бирине байланышы жок бир нече сөз — жакшы сырсөз.
button-save = Сактоо
filter-apply = Көрсөтүү

signup-title = Аккаунт түзүңүз
signup-lead = Аккаунт аркылуу уюмуңуз катталып, текшерүүдөн өтүп, профилин дайыма жаңыртып тура алат.
signup-button = Аккаунт түзүү
signup-have-account = Аккаунтуңуз барбы? Кириңиз
signup-sent-title = Почтаңызды текшериңиз
signup-sent-body = Сиз көрсөткөн дарекке кат жөнөттүк. Аккаунтуңузду ырастоо үчүн андагы шилтемени ачыңыз.
confirm-title = Электрондук почта дарегиңизди ырастаңыз
confirm-body = Электрондук почта дарегиңизди ырастоо үчүн баскычты басыңыз.
confirm-button = Ырастоо
confirmed-title = Аккаунтуңуз ырасталды
confirmed-body = Рахмат. Эми кире аласыз.

login-title = Кирүү
login-button = Кирүү
login-forgot = Сырсөзүңүздү унуттуңузбу?
login-failed = Электрондук почта дареги же сырсөз туура эмес.
login-unconfirmed = Адегенде электрондук почта дарегиңизди ырастаңыз: сизге жаңы шилтеме жөнөттүк.

forgot-title = Сырсөздү калыбына келтирүү
forgot-lead = Электрондук почта дарегиңизди киргизиңиз, биз сизге жаңы сырсөз тандоо үчүн шилтеме жөнөтөбүз.
forgot-button = Шилтемени жөнөтүү
forgot-sent-title = Почтаңызды текшериңиз
forgot-sent-body = Эгер бул дарекке аккаунт бар болсо, ага жаңы сырсөз тандоо үчүн шилтеме жөнөттүк. Шилтеме бир саат бою жарактуу.
reset-title = Жаңы сырсөз тандаңыз
reset-body = Андан кийин бардык түзмөктөрдө аккаунтуңуздан чыгарыласыз жана жаңы сырсөз менен кире аласыз.
reset-button = Жаңы сырсөздү сактоо

account-title = Аккаунтуңуз
account-organizations = Уюмдарыңыз
account-no-organizations = Сиз азырынча эч бир уюмду түзөтпөйсүз.
account-profile = Аты жана тили
account-password = Сырсөз
account-change-password = Сырсөздү өзгөртүү
account-tokens = API үчүн кирүү токендери
account-tokens-lead = Токен программага JSON API аркылуу аккаунтуңуз өзгөртө ала турган нерселердин баарын өзгөртүүгө мүмкүндүк берет. Мындан ары колдонбогон токендерди жокко чыгарыңыз.
account-delete = Аккаунтуңузду өчүрүү
account-delete-lead = Бул аракет аккаунтуңузду, анын сеанстарын, ролдорун жана токендерин өчүрөт. Сиз киргизген өзгөртүүлөрдүн жазуусу электрондук почта дарегиңизсиз сакталып калат.
account-delete-button = Аккаунтумду өчүрүү
token-create = Токен түзүү
token-id = Токен
token-revoke = Жокко чыгаруу
token-revoked = Жокко чыгарылган
token-shown-once = Жаңы токениңиз төмөндө. Аны азыр көчүрүп алыңыз: ал кайра көрсөтүлбөйт.
role-secretariat = Катчылык
role-coordinator-of = { $country } боюнча координатор

notice-saved = Сакталды.
notice-password-changed = Сырсөзүңүз өзгөртүлдү. Башка сеанстар аяктады.
notice-password-reset = Сырсөзүңүз өзгөртүлдү. Жаңы сырсөз менен кириңиз.
notice-account-deleted = Аккаунтуңуз өчүрүлдү.
notice-token-created = Токен түзүлдү.
notice-token-revoked = Токен жокко чыгарылды.
notice-invited = { $email } дарегине чакыруу жөнөттүк.

apply-title = Уюмду каттоо
apply-lead = Уюмуңуз жөнүндө айтып бериңиз жана анын расмий катталганын көрсөтүңүз. Арызды өлкөңүздүн координатору текшерет; текшерилген уюмдар белги алат.
apply-button = Арызды жөнөтүү
edit-title = Профилди түзөтүү
edit-changed-meanwhile = Сиз түзөтүп жатканда бул профилди башка бирөө сактады. Азырынча эч нерсе сакталган жок: төмөнкү форма сиз жазгандарды сактап турат; айырмаланган талаалардын алар сактаган маанилери ушул жерде. Текшерип, кайра сактаңыз.
translation-missing = жок
translations-missing = { $count ->
    [one] Бир тилде азырынча сыпаттама жок.
   *[other] { $count } тилде азырынча сыпаттама жок.
}
invite-title = Кесиптешиңизди чакырыңыз
invite-button = Чакырууну жөнөтүү
invite-accept-title = Уюмга кошулуңуз
invite-accept-lead = Сизди бул уюмдун профилин жүргүзүүгө жардам берүүгө чакырышты.
invite-accept-button = Чакырууну кабыл алуу
invite-sign-in-first = Кириңиз же чакыруу жөнөтүлгөн дарек менен аккаунт түзүңүз, андан кийин шилтемени кайра ачыңыз.

badge-verified = Текшерилген
badge-verified-title = Расмий каттоосунун негизинде өз өлкөсүнүн координатору тарабынан текшерилген
record-suspended = Бул уюмдун текшерилген статусу убактылуу токтотулган.

state-pending = Текшерүүнү күтүүдө
state-verified = Текшерилген
state-rejected = Четке кагылган
state-suspended = Токтотулган
decision-verify = Ырастоо
decision-reject = Четке кагуу
decision-suspend = Токтотуу
decision-reinstate = Кайра ырастоо
decision-resubmit = Кайра текшерүүгө жөнөтүү

review-queue-title = Текшериле турган арыздар
review-queue-empty = Бул жерде эч нерсе жок.
review-state = Абалы
review-reason = Себеби
review-public-page = Ачык барак
review-evidence = Каттоо күбөлүгү
review-duplicates = Окшош көрүнгөн жазуулар
review-history = Тарых
review-decide = Чечим
review-decision = Кандай чечим чыгарасыз?
review-submit = Чечимди каттоо
review-resubmit-lead = Координатор сураган нерсени оңдогондон кийин арызды кайра жөнөтүңүз.

admin-title = Катчылык
admin-network = Тармактын өлкөлөрү
admin-status = Статус
admin-since = Башталган күнү
admin-chair = Төрагалык
admin-chair-since = Төрагалыктын башталган күнү
admin-coordinators = Өлкө координаторлору
admin-appoint = Координатор кылып дайындоо
admin-revoke = Алып салуу

audit-title = Аудит журналы
audit-when = Качан
audit-who = Ким
audit-action = Аракет
audit-target = Объект
audit-change = Өзгөртүү
audit-show = Көрсөтүү
audit-before = Мурун
audit-after = Кийин
audit-older = Мурунку жазуулар

mail-ignore = Эгер муну сиз сураган эмес болсоңуз, бул катты этибарга албаңыз.
mail-confirm-subject = Birlik аккаунтуңузду ырастаңыз
mail-confirm-body = Birlik платформасына кош келиңиз. Электрондук почта дарегиңизди ырастоо үчүн бул шилтемени ачыңыз:
mail-exists-subject = Birlik аккаунтуңуз
mail-exists-body = Кимдир бирөө, балким сиз, ушул дарек менен Birlik аккаунтун түзүүгө аракет кылды. Сизде аккаунт бар; бул жерден кириңиз:
mail-exists-reset = Эгер сырсөзүңүздү унутсаңыз, бул жерден жаңысын тандаңыз:
mail-reset-subject = Birlik үчүн жаңы сырсөз
mail-reset-body = Жаңы сырсөз тандоо үчүн бул шилтемени бир сааттын ичинде ачыңыз:
mail-status-subject = { $name }: Birlik платформасындагы текшерүү
mail-applied-body = { $name } уюмунун арызын алдык. Аны уюмдун өлкөсүнүн координатору карап чыгат; жүрүшүн бул жерден көзөмөлдөңүз:
mail-verified-body = { $name } текшерүүдөн өттү. Эми анын профилинде белги бар:
mail-rejected-body = { $name } уюмунун арызы кабыл алынган жок. Себебин карап, оңдоп, кайра жөнөтүңүз:
mail-suspended-body = { $name } уюмунун текшерилген статусу убактылуу токтотулду. Себебин караңыз:
mail-reason = Координатордун түшүндүрмөсү:
mail-new-application-subject = Жаңы арыз: { $name }
mail-new-application-body = { $name } текшерүүдөн өтүүнү суранат. Арызды бул жерден карап чыгыңыз:
mail-invite-subject = Birlik платформасында { $name } уюмуна кошулуңуз
mail-invite-body = Сизди Birlik платформасында { $name } уюмунун профилин жүргүзүүгө жардам берүүгө чакырышты. Кабыл алуу үчүн бул шилтемени ачыңыз:
