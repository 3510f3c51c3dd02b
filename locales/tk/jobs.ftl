# The secretariat's view of the job queue (mail).
jobs-title = Poçta nobaty
jobs-intro = Her hat iberilýänçä şu ýerde garaşýar. Iberilmedik hat ýalňyşlygyny saklaýar; sebäbi aradan aýrylandan soň täzeden synanyşyň.
jobs-state-pending = Garaşýar
jobs-state-running = Iberilýär
jobs-state-done = Iberildi
jobs-state-failed = Başartmady
jobs-none = Bu ýagdaýda iş ýok.
jobs-kind = Görnüşi
jobs-to = Kime
jobs-attempts = Synanyşyklar
jobs-when = Indiki synanyşyk
jobs-error = Ýalňyşlyk
jobs-retry = Täzeden synanyş
