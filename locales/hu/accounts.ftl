# Fiókok, a szervezetek regisztrációs folyamata és a titkárság oldalai.

nav-account-menu = Az Ön fiókja
nav-login = Bejelentkezés
nav-signup = Regisztráció
nav-logout = Kijelentkezés
nav-apply = Szervezet regisztrálása
nav-review = Ellenőrzés
nav-admin = Titkárság

field-name = Az Ön neve
field-email = E-mail-cím
field-password = Jelszó
field-new-password = Új jelszó
field-current-password = Jelenlegi jelszó
field-locale = A webhely és e-mailjeink nyelve
field-token-name = A token neve
field-country = Ország
field-org-name = A szervezet neve
field-name-language = A név nyelve
field-other-names = További nevek: soronként egy, „nyelv: név” formában
field-city = Város
field-founded = Alapítás éve
field-descriptions = A szervezet bemutatása, nyelvenként
field-descriptions-hint = Azokon a nyelveken írjon, amelyeken tud; a hiányzó fordításokat jelöljük.
field-registry = Hivatalos nyilvántartásba vétel
field-registry-scheme = Nyilvántartás
field-registry-value = Nyilvántartási szám
field-evidence = Nyilvántartásba vételi igazolás
field-evidence-hint = Legfeljebb 5 MB-os PDF-, PNG- vagy JPEG-fájl. Csak az Ön országának koordinátora látja.
password-hint = Legalább 12 karakter. Néhány egymáshoz nem kapcsolódó szó jó jelszót ad.
button-save = Mentés
filter-apply = Megjelenítés

signup-title = Fiók létrehozása
signup-lead = Fiókkal szervezete regisztrálhat, hitelesítést kaphat, és naprakészen tarthatja a profilját.
signup-button = Fiók létrehozása
signup-have-account = Már van fiókja? Jelentkezzen be
signup-sent-title = Nézze meg a postafiókját
signup-sent-body = Üzenetet küldtünk a megadott címre. Fiókja megerősítéséhez nyissa meg a benne található linket.
confirm-title = Erősítse meg e-mail-címét
confirm-body = E-mail-címe megerősítéséhez nyomja meg a gombot.
confirm-button = Megerősítés
confirmed-title = Fiókja megerősítve
confirmed-body = Köszönjük. Most már bejelentkezhet.

login-title = Bejelentkezés
login-button = Bejelentkezés
login-forgot = Elfelejtette a jelszavát?
login-failed = Hibás e-mail-cím vagy jelszó.
login-unconfirmed = Előbb erősítse meg e-mail-címét: új linket küldtünk Önnek.

forgot-title = Jelszó visszaállítása
forgot-lead = Adja meg e-mail-címét, és küldünk egy linket, amellyel új jelszót választhat.
forgot-button = Link küldése
forgot-sent-title = Nézze meg a postafiókját
forgot-sent-body = Ha ehhez a címhez tartozik fiók, küldtünk rá egy linket, amellyel új jelszót választhat. A link egy óráig érvényes.
reset-title = Válasszon új jelszót
reset-body = Ezután minden eszközön kijelentkeztetjük, és az új jelszóval jelentkezhet be.
reset-button = Új jelszó mentése

account-title = Az Ön fiókja
account-organizations = Az Ön szervezetei
account-no-organizations = Még egyetlen szervezetet sem szerkeszt.
account-profile = Név és nyelv
account-password = Jelszó
account-change-password = Jelszó módosítása
account-tokens = Hozzáférési tokenek az API-hoz
account-tokens-lead = Egy token segítségével egy program a JSON API-n keresztül mindent módosíthat, amit az Ön fiókja módosíthat. Vonja vissza azokat a tokeneket, amelyeket már nem használ.
account-delete = Fiók törlése
account-delete-lead = Ezzel törli a fiókját, annak munkameneteit, szerepköreit és tokenjeit. Az Ön által végzett módosítások nyilvántartása megmarad, de az e-mail-címe nélkül.
account-delete-button = Fiókom törlése
token-create = Token létrehozása
token-id = Token
token-revoke = Visszavonás
token-revoked = Visszavonva
token-shown-once = Az új tokenje alább látható. Másolja ki most: többé nem jelenik meg.
role-secretariat = Titkárság
role-coordinator-of = Koordinátor – { $country }

notice-saved = Mentve.
notice-password-changed = Jelszava megváltozott. A többi munkamenetből kijelentkeztettük.
notice-password-reset = Jelszava megváltozott. Jelentkezzen be az újjal.
notice-account-deleted = Fiókját töröltük.
notice-token-created = A token létrejött.
notice-token-revoked = A tokent visszavontuk.
notice-invited = Meghívót küldtünk a következő címre: { $email }.

apply-title = Szervezet regisztrálása
apply-lead = Mutassa be szervezetét, és igazolja hivatalos nyilvántartásba vételét. A jelentkezést az Ön országának koordinátora ellenőrzi; a hitelesített szervezetek jelvényt kapnak.
apply-button = Jelentkezés elküldése
edit-title = Profil szerkesztése
edit-changed-meanwhile = Amíg Ön szerkesztette, valaki más elmentette ezt a profilt. Még semmi sincs elmentve: az alábbi űrlap megőrizte, amit beírt; az eltérő mezők általuk mentett értékei itt láthatók. Ellenőrizze őket, majd mentsen újra.
translation-missing = hiányzik
translations-missing = { $count ->
    [one] Egy nyelven még nincs leírás.
   *[other] { $count } nyelven még nincs leírás.
}
invite-title = Kolléga meghívása
invite-button = Meghívó küldése
invite-accept-title = Csatlakozás egy szervezethez
invite-accept-lead = Meghívást kapott, hogy segítsen a szervezet profiljának gondozásában.
invite-accept-button = Meghívás elfogadása
invite-sign-in-first = Jelentkezzen be, vagy hozzon létre fiókot azzal a címmel, amelyre a meghívó érkezett, majd nyissa meg újra a linket.

badge-verified = Hitelesített
badge-verified-title = Hivatalos nyilvántartásba vétele alapján országának koordinátora hitelesítette
record-suspended = A szervezet hitelesítése fel van függesztve.

state-pending = Ellenőrzésre vár
state-verified = Hitelesített
state-rejected = Elutasítva
state-suspended = Felfüggesztve
decision-verify = Hitelesítés
decision-reject = Elutasítás
decision-suspend = Felfüggesztés
decision-reinstate = Újbóli hitelesítés
decision-resubmit = Újraküldés ellenőrzésre

review-queue-title = Ellenőrzendő jelentkezések
review-queue-empty = Itt nincs semmi.
review-state = Állapot
review-reason = Indoklás
review-public-page = Nyilvános oldal
review-evidence = Nyilvántartásba vételi igazolás
review-duplicates = Hasonlónak tűnő rekordok
review-history = Előzmények
review-decide = Döntés
review-decision = Mi a döntése?
review-submit = Döntés rögzítése
review-resubmit-lead = Miután kijavította, amit a koordinátor kért, küldje el újra a jelentkezést.

admin-title = Titkárság
admin-network = A hálózat országai
admin-status = Státusz
admin-since = Mióta
admin-chair = Elnökség
admin-chair-since = Az elnökség kezdete
admin-coordinators = Országos koordinátorok
admin-appoint = Kinevezés koordinátornak
admin-revoke = Eltávolítás

audit-title = Auditnapló
audit-when = Időpont
audit-who = Ki
audit-action = Művelet
audit-target = Tárgy
audit-change = Módosítás
audit-show = Megjelenítés
audit-before = Előtte
audit-after = Utána
audit-older = Régebbi bejegyzések

mail-ignore = Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet.
mail-confirm-subject = Erősítse meg Birlik-fiókját
mail-confirm-body = Üdvözöljük a Birliken. E-mail-címe megerősítéséhez nyissa meg ezt a linket:
mail-exists-subject = Az Ön Birlik-fiókja
mail-exists-body = Valaki – talán Ön – Birlik-fiókot próbált létrehozni ezzel a címmel. Önnek már van fiókja; itt jelentkezhet be:
mail-exists-reset = Ha elfelejtette a jelszavát, itt választhat újat:
mail-reset-subject = Új jelszó a Birlikhez
mail-reset-body = Új jelszó választásához egy órán belül nyissa meg ezt a linket:
mail-status-subject = { $name }: hitelesítés a Birliken
mail-applied-body = Megkaptuk a következő szervezet jelentkezését: { $name }. A szervezet országának koordinátora ellenőrzi; itt követheti nyomon:
mail-verified-body = A következő szervezet hitelesítése megtörtént: { $name }. Profilján mostantól megjelenik a jelvény:
mail-rejected-body = A következő szervezet jelentkezését nem fogadták el: { $name }. Nézze meg az okát, javítsa ki, és küldje el újra:
mail-suspended-body = A következő szervezet hitelesítését felfüggesztették: { $name }. Itt láthatja az okát:
mail-reason = A koordinátor megjegyzése:
mail-new-application-subject = Új jelentkezés: { $name }
mail-new-application-body = Hitelesítést kér a következő szervezet: { $name }. Itt ellenőrizheti:
mail-invite-subject = Meghívó a Birlikre: { $name }
mail-invite-body = Meghívást kapott, hogy segítsen gondozni a következő szervezet Birlik-profilját: { $name }. Az elfogadáshoz nyissa meg ezt a linket:
