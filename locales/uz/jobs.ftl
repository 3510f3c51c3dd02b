# The secretariat's view of the job queue (mail).
jobs-title = Pochta navbati
jobs-intro = Har bir xat yuborilguncha shu yerda kutadi. Yuborilmagani xatosini saqlaydi; sabab bartaraf etilgach, qayta urinib koʻring.
jobs-state-pending = Kutmoqda
jobs-state-running = Yuborilmoqda
jobs-state-done = Yuborildi
jobs-state-failed = Yuborilmadi
jobs-none = Bu holatda ish yoʻq.
jobs-kind = Turi
jobs-to = Kimga
jobs-attempts = Urinishlar
jobs-when = Keyingi urinish
jobs-error = Xato
jobs-retry = Qayta urinish
