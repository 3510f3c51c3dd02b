# Тіркелгілер, ұйымдарды тіркеу процесі және хатшылық беттері.

nav-account-menu = Тіркелгіңіз
nav-login = Кіру
nav-signup = Тіркелу
nav-logout = Шығу
nav-apply = Ұйымды тіркеу
nav-review = Тексеру
nav-admin = Хатшылық

field-name = Атыңыз
field-email = Электрондық пошта мекенжайы
field-password = Құпиясөз
field-new-password = Жаңа құпиясөз
field-current-password = Ағымдағы құпиясөз
field-locale = Сайт пен хаттарымыздың тілі
field-token-name = Токен атауы
field-country = Ел
field-org-name = Ұйымның атауы
field-name-language = Бұл атаудың тілі
field-other-names = Басқа атаулары: әр жолға біреуден, «тіл: атау» түрінде
field-city = Қала
field-founded = Құрылған жылы
field-descriptions = Ұйым туралы, әр тілде
field-descriptions-hint = Өзіңіз білетін тілдерде жазыңыз; жетіспейтін аудармалар белгіленеді.
field-registry = Ресми тіркеу
field-registry-scheme = Тізілім
field-registry-value = Тіркеу нөмірі
field-evidence = Тіркеу туралы куәлік
field-evidence-hint = Көлемі 5 МБ-тан аспайтын PDF, PNG немесе JPEG файлы. Оны тек еліңіздің үйлестірушісі көреді.
password-hint = Кемінде 12 таңба. Бір-біріне қатысы жоқ бірнеше сөз — жақсы құпиясөз.
button-save = Сақтау
filter-apply = Көрсету

signup-title = Тіркелгі жасаңыз
signup-lead = Тіркелгі арқылы ұйымыңыз тіркеліп, растаудан өте алады және профилін өзекті күйде ұстай алады.
signup-button = Тіркелгі жасау
signup-have-account = Тіркелгіңіз бар ма? Кіріңіз
signup-sent-title = Поштаңызды тексеріңіз
signup-sent-body = Сіз көрсеткен мекенжайға хат жібердік. Тіркелгіңізді растау үшін ондағы сілтемені ашыңыз.
confirm-title = Электрондық пошта мекенжайыңызды растаңыз
confirm-body = Электрондық пошта мекенжайыңызды растау үшін түймені басыңыз.
confirm-button = Растау
confirmed-title = Тіркелгіңіз расталды
confirmed-body = Рақмет. Енді кіре аласыз.

login-title = Кіру
login-button = Кіру
login-forgot = Құпиясөзіңізді ұмыттыңыз ба?
login-failed = Электрондық пошта мекенжайы немесе құпиясөз қате.
login-unconfirmed = Алдымен электрондық пошта мекенжайыңызды растаңыз: сізге жаңа сілтеме жібердік.

forgot-title = Құпиясөзді қалпына келтіру
forgot-lead = Электрондық пошта мекенжайыңызды енгізіңіз, біз сізге жаңа құпиясөз таңдауға арналған сілтеме жібереміз.
forgot-button = Сілтемені жіберу
forgot-sent-title = Поштаңызды тексеріңіз
forgot-sent-body = Егер бұл мекенжайға тіркелгі бар болса, оған жаңа құпиясөз таңдауға арналған сілтеме жібердік. Сілтеме бір сағат бойы жарамды.
reset-title = Жаңа құпиясөз таңдаңыз
reset-body = Осыдан кейін барлық құрылғыларда жүйеден шығарыласыз және жаңа құпиясөзбен кіре аласыз.
reset-button = Жаңа құпиясөзді сақтау

account-title = Тіркелгіңіз
account-organizations = Ұйымдарыңыз
account-no-organizations = Сіз әзірге ешбір ұйымды өңдемейсіз.
account-profile = Аты және тілі
account-password = Құпиясөз
account-change-password = Құпиясөзді өзгерту
account-tokens = API-ге қол жеткізу токендері
account-tokens-lead = Токен бағдарламаға JSON API арқылы тіркелгіңіз өзгерте алатын нәрсенің бәрін өзгертуге мүмкіндік береді. Енді пайдаланбайтын токендердің күшін жойыңыз.
account-delete = Тіркелгіңізді жою
account-delete-lead = Бұл әрекет тіркелгіңізді, оның сеанстарын, рөлдері мен токендерін жояды. Сіз енгізген өзгерістердің жазбасы электрондық пошта мекенжайыңызсыз сақталады.
account-delete-button = Тіркелгімді жою
token-create = Токен жасау
token-id = Токен
token-revoke = Күшін жою
token-revoked = Күші жойылған
token-shown-once = Жаңа токеніңіз төменде. Оны қазір көшіріп алыңыз: ол қайта көрсетілмейді.
role-secretariat = Хатшылық
role-coordinator-of = { $country } бойынша үйлестіруші

notice-saved = Сақталды.
notice-password-changed = Құпиясөзіңіз өзгертілді. Басқа сеанстар аяқталды.
notice-password-reset = Құпиясөзіңіз өзгертілді. Жаңа құпиясөзбен кіріңіз.
notice-account-deleted = Тіркелгіңіз жойылды.
notice-token-created = Токен жасалды.
notice-token-revoked = Токеннің күші жойылды.
notice-invited = { $email } мекенжайына шақыру жібердік.

apply-title = Ұйымды тіркеу
apply-lead = Ұйымыңыз туралы айтып беріңіз және оның ресми тіркелгенін көрсетіңіз. Өтінімді еліңіздің үйлестірушісі тексереді; расталған ұйымдар белгі алады.
apply-button = Өтінімді жіберу
edit-title = Профильді өңдеу
edit-changed-meanwhile = Сіз өңдеп жатқанда бұл профильді басқа біреу сақтады. Әзірге ештеңе сақталған жоқ: төмендегі пішін сіз жазғанды сақтап тұр; айырмашылығы бар өрістердің олар сақтаған мәндері осында көрсетілген. Тексеріп, қайта сақтаңыз.
translation-missing = жоқ
translations-missing = { $count ->
    [one] Бір тілде әлі сипаттама жоқ.
   *[other] { $count } тілде әлі сипаттама жоқ.
}
invite-title = Әріптесіңізді шақырыңыз
invite-button = Шақыруды жіберу
invite-accept-title = Ұйымға қосылыңыз
invite-accept-lead = Сізді осы ұйымның профилін жүргізуге көмектесуге шақырды.
invite-accept-button = Шақыруды қабылдау
invite-sign-in-first = Кіріңіз немесе шақыру жіберілген мекенжаймен тіркелгі жасаңыз, содан кейін сілтемені қайта ашыңыз.

badge-verified = Расталған
badge-verified-title = Ресми тіркеуі негізінде өз елінің үйлестірушісі растаған
record-suspended = Бұл ұйымның расталуы тоқтатылды.

state-pending = Тексеруді күтуде
state-verified = Расталған
state-rejected = Қабылданбаған
state-suspended = Тоқтатылған
decision-verify = Растау
decision-reject = Қабылдамау
decision-suspend = Тоқтата тұру
decision-reinstate = Қайта растау
decision-resubmit = Қайта тексеруге жіберу

review-queue-title = Тексерілетін өтінімдер
review-queue-empty = Мұнда ештеңе жоқ.
review-state = Күйі
review-reason = Себебі
review-public-page = Жария бет
review-evidence = Тіркеу туралы куәлік
review-duplicates = Ұқсас көрінетін жазбалар
review-history = Тарих
review-decide = Шешім
review-decision = Қандай шешім қабылдайсыз?
review-submit = Шешімді тіркеу
review-resubmit-lead = Үйлестіруші сұраған нәрсені түзеткен соң, өтінімді қайта жіберіңіз.

admin-title = Хатшылық
admin-network = Желі елдері
admin-status = Мәртебе
admin-since = Басталған күні
admin-chair = Төрағалық
admin-chair-since = Төрағалықтың басталған күні
admin-coordinators = Ел үйлестірушілері
admin-appoint = Үйлестіруші етіп тағайындау
admin-revoke = Алып тастау

audit-title = Аудит журналы
audit-when = Қашан
audit-who = Кім
audit-action = Әрекет
audit-target = Нысан
audit-change = Өзгеріс
audit-show = Көрсету
audit-before = Бұрын
audit-after = Кейін
audit-older = Ертерек жазбалар

mail-ignore = Егер мұны сіз сұрамаған болсаңыз, бұл хатты елемеңіз.
mail-confirm-subject = Birlik тіркелгіңізді растаңыз
mail-confirm-body = Birlik платформасына қош келдіңіз. Электрондық пошта мекенжайыңызды растау үшін мына сілтемені ашыңыз:
mail-exists-subject = Birlik тіркелгіңіз
mail-exists-body = Біреу, мүмкін сіз, осы мекенжаймен Birlik тіркелгісін жасауға тырысты. Сізде тіркелгі бар; мына жерден кіріңіз:
mail-exists-reset = Құпиясөзіңізді ұмытсаңыз, мына жерден жаңасын таңдаңыз:
mail-reset-subject = Birlik үшін жаңа құпиясөз
mail-reset-body = Жаңа құпиясөз таңдау үшін мына сілтемені бір сағат ішінде ашыңыз:
mail-status-subject = { $name }: Birlik платформасында растау
mail-applied-body = { $name } ұйымының өтінімін алдық. Оны ұйым елінің үйлестірушісі қарайды; барысын мына жерден бақылаңыз:
mail-verified-body = { $name } расталды. Енді оның профилінде белгі бар:
mail-rejected-body = { $name } ұйымының өтінімі қабылданбады. Себебін қарап, түзетіп, қайта жіберіңіз:
mail-suspended-body = { $name } ұйымының расталуы тоқтатылды. Себебін қараңыз:
mail-reason = Үйлестірушінің түсініктемесі:
mail-new-application-subject = Жаңа өтінім: { $name }
mail-new-application-body = { $name } растауды сұрайды. Өтінімді мына жерден қараңыз:
mail-invite-subject = Birlik платформасында { $name } ұйымына қосылыңыз
mail-invite-body = Сізді Birlik платформасында { $name } ұйымының профилін жүргізуге көмектесуге шақырды. Қабылдау үшін мына сілтемені ашыңыз:
