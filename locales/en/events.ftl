# Forums: registrations, the waitlist and its offers, check-in.

mail-confirmed-subject = Your place at { $event } is confirmed
mail-confirmed-body = Your place at { $event } is confirmed. Your badge, your check-in code and your programme are on your page of the forum:
mail-pending-subject = Your registration for { $event } waits for approval
mail-pending-body = Your registration for { $event } is received. A seat is held for you while the organizers review it; we will write again when they decide.
mail-waitlisted-subject = { $event } is full: you are on the waitlist
mail-waitlisted-body = { $event } is full, so you are on its waitlist, in the order you registered. When a seat frees up it is offered to the next person in line; we will write to you then.
mail-offer-subject = A seat at { $event } is free for you
mail-offer-body = A seat at { $event } has freed up and is held for you until { $until }. Confirm it, or pass it on, on your page of the forum:
mail-offer-expired-subject = The seat offered at { $event } has passed on
mail-offer-expired-body = The seat offered to you at { $event } was not confirmed in time and has passed to the next person on the waitlist.
mail-cancelled-subject = Your registration for { $event } is cancelled
mail-cancelled-body = Your registration for { $event } is cancelled, and your seat has passed to the waitlist.
mail-refused-subject = Your registration for { $event } was not approved
mail-refused-body = The organizers of { $event } could not approve your registration. Write to them if you think this is a mistake.
error-detail-not-registrable = This part of the programme is open to every participant of the forum: there is nothing to register for.
error-detail-registration-closed = Registration has closed: the event has started, or it is not scheduled.
error-detail-forum-first = Register for the forum first, then for its sessions.
error-detail-cancel-closed = The cut-off for cancelling has passed. Write to the organizers.
error-detail-invalid-checkin = This is not a check-in code of a participant of this forum.
error-detail-not-confirmed = This participant's registration is not confirmed.
error-detail-not-registered = This participant has no confirmed seat at this session.
