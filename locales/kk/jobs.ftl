# The secretariat's view of the job queue (mail).
jobs-title = Пошта кезегі
jobs-intro = Әр хат жіберілгенше осында күтеді. Жіберілмегені қатесін сақтайды; себебі жойылған соң қайта көріңіз.
jobs-state-pending = Күтуде
jobs-state-running = Жіберілуде
jobs-state-done = Жіберілді
jobs-state-failed = Сәтсіз
jobs-none = Бұл күйде жұмыс жоқ.
jobs-kind = Түрі
jobs-to = Кімге
jobs-attempts = Әрекеттер
jobs-when = Келесі әрекет
jobs-error = Қате
jobs-retry = Қайта көру
