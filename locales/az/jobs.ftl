# The secretariat's view of the job queue (mail).
jobs-title = Poçt növbəsi
jobs-intro = Hər məktub göndərilənədək burada gözləyir. Alınmayan məktub xətasını saxlayır; səbəb aradan qalxandan sonra yenidən cəhd edin.
jobs-state-pending = Gözləyir
jobs-state-running = Göndərilir
jobs-state-done = Göndərilib
jobs-state-failed = Alınmadı
jobs-none = Bu vəziyyətdə iş yoxdur.
jobs-kind = Növ
jobs-to = Kimə
jobs-attempts = Cəhdlər
jobs-when = Növbəti cəhd
jobs-error = Xəta
jobs-retry = Yenidən cəhd et
