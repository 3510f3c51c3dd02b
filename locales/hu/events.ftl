# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = Helye a(z) { $event } eseményen megerősítve
mail-confirmed-body = Helye a(z) { $event } eseményen megerősítve. A kitűzője, a belépési kódja és a programja a fórum saját oldalán található:
mail-pending-subject = A(z) { $event } regisztrációja jóváhagyásra vár
mail-pending-body = A(z) { $event } regisztrációját megkaptuk. Amíg a szervezők elbírálják, a helyét fenntartjuk; a döntésről ismét írunk.
mail-waitlisted-subject = A(z) { $event } betelt: Ön a várólistán van
mail-waitlisted-body = A(z) { $event } betelt, ezért Ön a jelentkezés sorrendjében a várólistára került. Ha egy hely felszabadul, a sorban következőnek ajánljuk fel; akkor írunk Önnek.
mail-offer-subject = Felszabadult egy hely Önnek a(z) { $event } eseményen
mail-offer-body = Felszabadult egy hely a(z) { $event } eseményen, amelyet { $until } időpontig Önnek tartunk fenn. Erősítse meg vagy adja tovább a fórum saját oldalán:
mail-offer-expired-subject = A(z) { $event } felajánlott helye továbbszállt
mail-offer-expired-body = A(z) { $event } eseményen Önnek felajánlott helyet nem erősítette meg időben, ezért a várólistán következőhöz került.
mail-cancelled-subject = A(z) { $event } regisztrációja törölve
mail-cancelled-body = A(z) { $event } regisztrációját töröltük, a helye a várólistára került.
mail-refused-subject = A(z) { $event } regisztrációját nem hagyták jóvá
mail-refused-body = A(z) { $event } szervezői nem tudták jóváhagyni a regisztrációját. Ha tévedésnek gondolja, írjon nekik.
error-detail-not-registrable = A programnak ez a része a fórum minden résztvevője előtt nyitva áll: nem kell rá regisztrálni.
error-detail-registration-closed = A regisztráció lezárult: az esemény elkezdődött, vagy nincs beütemezve.
error-detail-forum-first = Először a fórumra regisztráljon, aztán az üléseire.
error-detail-cancel-closed = A lemondási határidő lejárt. Írjon a szervezőknek.
error-detail-invalid-checkin = Ez nem a fórum egyik résztvevőjének belépési kódja.
error-detail-not-confirmed = Ennek a résztvevőnek a regisztrációja nincs megerősítve.
error-detail-not-registered = Ennek a résztvevőnek nincs megerősített helye ezen az ülésen.
