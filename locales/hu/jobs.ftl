# The secretariat's view of the job queue (mail).
jobs-title = Levélsor
jobs-intro = Minden levél itt vár, amíg el nem megy. A sikertelen megőrzi a hibáját; az ok elhárítása után próbálja újra.
jobs-state-pending = Várakozik
jobs-state-running = Küldés alatt
jobs-state-done = Elküldve
jobs-state-failed = Sikertelen
jobs-none = Nincs ilyen állapotú feladat.
jobs-kind = Fajta
jobs-to = Címzett
jobs-attempts = Próbálkozások
jobs-when = Következő próbálkozás
jobs-error = Hiba
jobs-retry = Újrapróbálás
