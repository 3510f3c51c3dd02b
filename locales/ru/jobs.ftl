# The secretariat's view of the job queue (mail).
jobs-title = Очередь писем
jobs-intro = Каждое письмо ждёт здесь, пока не будет отправлено. Неотправленное хранит ошибку; повторите, когда причина устранена.
jobs-state-pending = Ожидает
jobs-state-running = Отправляется
jobs-state-done = Отправлено
jobs-state-failed = Не отправлено
jobs-none = Заданий в этом состоянии нет.
jobs-kind = Вид
jobs-to = Кому
jobs-attempts = Попытки
jobs-when = Следующая попытка
jobs-error = Ошибка
jobs-retry = Повторить
