# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = { $event } tədbirində yeriniz təsdiqləndi
mail-confirmed-body = { $event } tədbirində yeriniz təsdiqləndi. Beyciniz, qeydiyyat kodunuz və proqramınız forumdakı səhifənizdədir:
mail-pending-subject = { $event } üçün qeydiyyatınız təsdiq gözləyir
mail-pending-body = { $event } üçün qeydiyyatınız qəbul olundu. Təşkilatçılar baxarkən yer sizin üçün saxlanılır; qərar veriləndə yenidən yazacağıq.
mail-waitlisted-subject = { $event } doludur: gözləmə siyahısındasınız
mail-waitlisted-body = { $event } doludur, ona görə də qeydiyyat sırası ilə gözləmə siyahısındasınız. Yer boşalanda növbəti şəxsə təklif olunur; o zaman sizə yazacağıq.
mail-offer-subject = { $event } tədbirində sizin üçün yer boşaldı
mail-offer-body = { $event } tədbirində bir yer boşaldı və { $until } tarixinədək sizin üçün saxlanılır. Forumdakı səhifənizdə təsdiqləyin və ya imtina edin:
mail-offer-expired-subject = { $event } tədbirində təklif olunan yer başqasına keçdi
mail-offer-expired-body = { $event } tədbirində sizə təklif olunan yer vaxtında təsdiqlənmədi və gözləmə siyahısında növbəti şəxsə keçdi.
mail-cancelled-subject = { $event } üçün qeydiyyatınız ləğv edildi
mail-cancelled-body = { $event } üçün qeydiyyatınız ləğv edildi, yeriniz gözləmə siyahısına keçdi.
mail-refused-subject = { $event } üçün qeydiyyatınız təsdiqlənmədi
mail-refused-body = { $event } təşkilatçıları qeydiyyatınızı təsdiq edə bilmədilər. Səhv olduğunu düşünürsünüzsə, onlara yazın.
error-detail-not-registrable = Proqramın bu hissəsi forumun bütün iştirakçılarına açıqdır: qeydiyyat tələb olunmur.
error-detail-registration-closed = Qeydiyyat bağlanıb: tədbir başlayıb və ya planlaşdırılmayıb.
error-detail-forum-first = Əvvəlcə forumda, sonra onun sessiyalarında qeydiyyatdan keçin.
error-detail-cancel-closed = Ləğv etmə müddəti bitib. Təşkilatçılara yazın.
error-detail-invalid-checkin = Bu, forum iştirakçısının qeydiyyat kodu deyil.
error-detail-not-confirmed = Bu iştirakçının qeydiyyatı təsdiqlənməyib.
error-detail-not-registered = Bu iştirakçının bu sessiyada təsdiqlənmiş yeri yoxdur.
