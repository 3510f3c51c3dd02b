# Hasaplar, guramalary hasaba almak tertibi we sekretariatyň sahypalary.

nav-account-menu = Hasabyňyz
nav-login = Giriş
nav-signup = Hasaba dur
nav-logout = Çykyş
nav-apply = Guramany hasaba al
nav-review = Barlag
nav-admin = Sekretariat

field-name = Adyňyz
field-email = E-poçta salgysy
field-password = Açar sözi
field-new-password = Täze açar sözi
field-current-password = Häzirki açar sözi
field-locale = Saýtyň we hatlarymyzyň dili
field-token-name = Tokeniň ady
field-country = Ýurt
field-org-name = Guramanyň ady
field-name-language = Bu adyň dili
field-other-names = Beýleki atlary: her setirde bir at, «dil: at» görnüşinde
field-city = Şäher
field-founded = Döredilen ýyly
field-descriptions = Gurama barada, her dilde
field-descriptions-hint = Bilýän dilleriňizde ýazyň; ýetmeýän terjimeler bellener.
field-registry = Resmi hasaba alnyşy
field-registry-scheme = Reýestr
field-registry-value = Hasaba alyş belgisi
field-evidence = Hasaba alnandygy baradaky şahadatnama
field-evidence-hint = Göwrümi 5 MB-dan köp bolmadyk PDF, PNG ýa-da JPEG faýly. Ony diňe ýurduňyzyň koordinatory görýär.
password-hint = Azyndan 12 nyşan. Biri-biri bilen baglanyşygy bolmadyk birnäçe söz gowy açar sözi bolup biler.
button-save = Ýatda sakla
filter-apply = Görkez

signup-title = Hasap açyň
signup-lead = Hasap arkaly guramaňyz hasaba durup, tassyklamadan geçip we öz profilini wagtly-wagtynda täzeläp biler.
signup-button = Hasap aç
signup-have-account = Hasabyňyz barmy? Giriň
signup-sent-title = E-poçtaňyzy barlaň
signup-sent-body = Görkezen salgyňyza hat iberdik. Hasabyňyzy tassyklamak üçin hatdaky salgylanmany açyň.
confirm-title = E-poçta salgyňyzy tassyklaň
confirm-body = E-poçta salgyňyzy tassyklamak üçin düwmä basyň.
confirm-button = Tassykla
confirmed-title = Hasabyňyz tassyklandy
confirmed-body = Sag boluň. Indi girip bilersiňiz.

login-title = Giriş
login-button = Gir
login-forgot = Açar sözüňizi unutdyňyzmy?
login-failed = E-poçta salgysy ýa-da açar sözi nädogry.
login-unconfirmed = Ilki bilen e-poçta salgyňyzy tassyklaň: size täze salgylanma iberdik.

forgot-title = Açar sözüni dikeltmek
forgot-lead = E-poçta salgyňyzy giriziň, täze açar sözi saýlamak üçin size salgylanma ibereris.
forgot-button = Salgylanmany iber
forgot-sent-title = E-poçtaňyzy barlaň
forgot-sent-body = Eger bu salga üçin hasap bar bolsa, oňa täze açar sözi saýlamak üçin salgylanma iberdik. Salgylanma bir sagadyň dowamynda hereket edýär.
reset-title = Täze açar sözi saýlaň
reset-body = Mundan soň ähli enjamlarda hasabyňyzdan çykarylarsyňyz we täze açar sözi bilen girip bilersiňiz.
reset-button = Täze açar sözüni ýatda sakla

account-title = Hasabyňyz
account-organizations = Guramalaryňyz
account-no-organizations = Siz entek hiç bir guramany redaktirlemeýärsiňiz.
account-profile = Ady we dili
account-password = Açar sözi
account-change-password = Açar sözüni üýtget
account-tokens = API üçin giriş tokenleri
account-tokens-lead = Token programma JSON API arkaly hasabyňyzyň üýtgedip bilýän ähli zadyny üýtgetmäge mümkinçilik berýär. Indi ulanmaýan tokenleriňizi ýatyryň.
account-delete = Hasabyňyzy pozuň
account-delete-lead = Bu hereket hasabyňyzy, onuň sessiýalaryny, rollaryny we tokenlerini pozýar. Eden üýtgetmeleriňiziň ýazgysy e-poçta salgyňyz görkezilmezden saklanýar.
account-delete-button = Hasabymy poz
token-create = Token döret
token-id = Token
token-revoke = Ýatyr
token-revoked = Ýatyryldy
token-shown-once = Täze tokeniňiz aşakda. Ony häzir göçürip alyň: ol gaýtadan görkezilmez.
role-secretariat = Sekretariat
role-coordinator-of = { $country } boýunça koordinator

notice-saved = Ýatda saklandy.
notice-password-changed = Açar sözüňiz üýtgedildi. Beýleki sessiýalar tamamlandy.
notice-password-reset = Açar sözüňiz üýtgedildi. Täze açar sözi bilen giriň.
notice-account-deleted = Hasabyňyz pozuldy.
notice-token-created = Token döredildi.
notice-token-revoked = Token ýatyryldy.
notice-invited = { $email } salgysyna çakylyk iberdik.

apply-title = Guramany hasaba alyň
apply-lead = Guramaňyz barada gürrüň beriň we onuň resmi hasaba alnandygyny görkeziň. Arzany ýurduňyzyň koordinatory barlaýar; tassyklanan guramalar nyşan alýar.
apply-button = Arzany iber
edit-title = Profili redaktirle
edit-changed-meanwhile = Siz üýtgedip durkaňyz bu profili başga biri ýatda saklady. Entek hiç zat ýatda saklanmady: aşakdaky forma ýazanlaryňyzy saklaýar; tapawutly meýdanlaryň olaryň saklan bahalary şu ýerde görkezilýär. Barlaň, soňra täzeden ýatda saklaň.
translation-missing = ýok
translations-missing = { $count ->
    [one] Bir dilde entek beýan ýok.
   *[other] { $count } dilde entek beýan ýok.
}
invite-title = Kärdeşiňizi çagyryň
invite-button = Çakylygy iber
invite-accept-title = Gurama goşulyň
invite-accept-lead = Sizi bu guramanyň profilini alyp barmaga kömek etmäge çagyrdylar.
invite-accept-button = Çakylygy kabul et
invite-sign-in-first = Giriň ýa-da çakylyk iberilen salga bilen hasap açyň, soňra salgylanmany täzeden açyň.

badge-verified = Tassyklanan
badge-verified-title = Resmi hasaba alnyşy esasynda öz ýurdunyň koordinatory tarapyndan tassyklanan
record-suspended = Bu guramanyň tassyklanmasy togtadyldy.

state-pending = Barlaga garaşýar
state-verified = Tassyklanan
state-rejected = Ret edilen
state-suspended = Togtadylan
decision-verify = Tassykla
decision-reject = Ret et
decision-suspend = Togtat
decision-reinstate = Täzeden tassykla
decision-resubmit = Gaýtadan barlaga iber

review-queue-title = Barlanmaly arzalar
review-queue-empty = Bu ýerde hiç zat ýok.
review-state = Ýagdaýy
review-reason = Sebäbi
review-public-page = Açyk sahypa
review-evidence = Hasaba alnandygy baradaky şahadatnama
review-duplicates = Meňzeş görünýän ýazgylar
review-history = Taryhy
review-decide = Karar
review-decision = Kararyňyz nähili?
review-submit = Karary bellige al
review-resubmit-lead = Koordinatoryň soran zatlaryny düzedeniňizden soň arzany gaýtadan iberiň.

admin-title = Sekretariat
admin-network = Toruň ýurtlary
admin-status = Status
admin-since = Başlan senesi
admin-chair = Başlyklyk
admin-chair-since = Başlyklygyň başlan senesi
admin-coordinators = Ýurt koordinatorlary
admin-appoint = Koordinator edip belle
admin-revoke = Aýyr

audit-title = Audit žurnaly
audit-when = Haçan
audit-who = Kim
audit-action = Hereket
audit-target = Obýekt
audit-change = Üýtgeşme
audit-show = Görkez
audit-before = Öň
audit-after = Soň
audit-older = Has öňki ýazgylar

mail-ignore = Eger muny siz soramadyk bolsaňyz, bu hata üns bermäň.
mail-confirm-subject = Birlik hasabyňyzy tassyklaň
mail-confirm-body = Birlik platformasyna hoş geldiňiz. E-poçta salgyňyzy tassyklamak üçin şu salgylanmany açyň:
mail-exists-subject = Birlik hasabyňyz
mail-exists-body = Kimdir biri, belki-de siz, şu salga bilen Birlik hasabyny açmaga synanyşdy. Sizde eýýäm hasap bar; şu ýerden giriň:
mail-exists-reset = Açar sözüňizi unudan bolsaňyz, şu ýerden täzesini saýlaň:
mail-reset-subject = Birlik üçin täze açar sözi
mail-reset-body = Täze açar sözi saýlamak üçin şu salgylanmany bir sagadyň dowamynda açyň:
mail-status-subject = { $name }: Birlik platformasynda tassyklama
mail-applied-body = { $name } guramasynyň arzasyny aldyk. Ony guramanyň ýurdunyň koordinatory gözden geçirer; barşyny şu ýerden yzarlaň:
mail-verified-body = { $name } tassyklandy. Indi onuň profilinde nyşan bar:
mail-rejected-body = { $name } guramasynyň arzasy kabul edilmedi. Sebäbini görüň, düzediň we gaýtadan iberiň:
mail-suspended-body = { $name } guramasynyň tassyklanmasy togtadyldy. Sebäbini görüň:
mail-reason = Koordinatoryň belligi:
mail-new-application-subject = Täze arza: { $name }
mail-new-application-body = { $name } tassyklanmagy soraýar. Arzany şu ýerden gözden geçiriň:
mail-invite-subject = Birlik platformasynda { $name } guramasyna goşulyň
mail-invite-body = Sizi Birlik platformasynda { $name } guramasynyň profilini alyp barmaga kömek etmäge çagyrdylar. Kabul etmek üçin şu salgylanmany açyň:
