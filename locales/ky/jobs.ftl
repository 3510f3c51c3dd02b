# The secretariat's view of the job queue (mail).
jobs-title = Почта кезеги
jobs-intro = Ар бир кат жөнөтүлгөнчө ушул жерде күтөт. Жөнөтүлбөгөнү катасын сактайт; себеби жоюлгандан кийин кайра аракет кылыңыз.
jobs-state-pending = Күтүүдө
jobs-state-running = Жөнөтүлүүдө
jobs-state-done = Жөнөтүлдү
jobs-state-failed = Ийгиликсиз
jobs-none = Бул абалда иш жок.
jobs-kind = Түрү
jobs-to = Кимге
jobs-attempts = Аракеттер
jobs-when = Кийинки аракет
jobs-error = Ката
jobs-retry = Кайра аракет
