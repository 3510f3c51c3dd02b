# The secretariat's view of the job queue (mail).
jobs-title = Posta kuyruğu
jobs-intro = Her posta gönderilene kadar burada bekler. Başarısız olan hatasını saklar; sorun giderilince yeniden deneyin.
jobs-state-pending = Bekliyor
jobs-state-running = Gönderiliyor
jobs-state-done = Gönderildi
jobs-state-failed = Başarısız
jobs-none = Bu durumda iş yok.
jobs-kind = Tür
jobs-to = Alıcı
jobs-attempts = Denemeler
jobs-when = Sonraki deneme
jobs-error = Hata
jobs-retry = Yeniden dene
