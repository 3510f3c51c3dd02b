# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = { $event } çäresindäki ýeriňiz tassyklandy
mail-confirmed-body = { $event } çäresindäki ýeriňiz tassyklandy. Beýjiňiz, hasaba alyş koduňyz we maksatnamaňyz forumdaky sahypaňyzda:
mail-pending-subject = { $event } çäresine ýazylyşyňyz tassyklanmagyna garaşýar
mail-pending-body = { $event } çäresine ýazylyşyňyz kabul edildi. Guramaçylar seredýärkä ýer size saklanýar; karar çykanda ýene ýazarys.
mail-waitlisted-subject = { $event } doly: siz garaşyş sanawyndasyňyz
mail-waitlisted-body = { $event } doly, şonuň üçin siz ýazylan tertibiňiz boýunça garaşyş sanawyndasyňyz. Ýer boşanda nobatdaky adama hödürlenýär; şonda size ýazarys.
mail-offer-subject = { $event } çäresinde size ýer boşady
mail-offer-body = { $event } çäresinde bir ýer boşady we { $until } çenli size saklanýar. Forumdaky sahypaňyzda tassyklaň ýa-da ýüz öwrüň:
mail-offer-expired-subject = { $event } çäresinde hödürlenen ýer başga birine geçdi
mail-offer-expired-body = { $event } çäresinde size hödürlenen ýer wagtynda tassyklanmady we garaşyş sanawyndaky nobatdaky adama geçdi.
mail-cancelled-subject = { $event } çäresine ýazylyşyňyz ýatyryldy
mail-cancelled-body = { $event } çäresine ýazylyşyňyz ýatyryldy, ýeriňiz garaşyş sanawyna geçdi.
mail-refused-subject = { $event } çäresine ýazylyşyňyz tassyklanmady
mail-refused-body = { $event } guramaçylary ýazylyşyňyzy tassyklap bilmediler. Ýalňyşlyk diýip pikir etseňiz, olara ýazyň.
error-detail-not-registrable = Maksatnamanyň bu bölegi forumyň ähli gatnaşyjylaryna açyk: ýazylmak gerek däl.
error-detail-registration-closed = Ýazylyş ýapyldy: çäre başlandy ýa-da meýilleşdirilmedi.
error-detail-forum-first = Ilki foruma, soňra onuň mejlislerine ýazylyň.
error-detail-cancel-closed = Ýatyrmagyň möhleti geçdi. Guramaçylara ýazyň.
error-detail-invalid-checkin = Bu şu forumyň gatnaşyjysynyň hasaba alyş kody däl.
error-detail-not-confirmed = Bu gatnaşyjynyň ýazylyşy tassyklanmadyk.
error-detail-not-registered = Bu gatnaşyjynyň şu mejlisde tassyklanan ýeri ýok.
