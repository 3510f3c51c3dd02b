# Accounts, the organization workflow and the secretariat's pages.

nav-account-menu = Your account
nav-login = Sign in
nav-signup = Sign up
nav-logout = Sign out
nav-apply = Register an organization
nav-review = Review
nav-admin = Secretariat

field-name = Your name
field-email = Email address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-locale = Language of the site and of our emails
field-token-name = Token name
field-country = Country
field-org-name = Name of the organization
field-name-language = Language of this name
field-other-names = Other names, one per line as "language: name"
field-city = City
field-founded = Year founded
field-descriptions = About the organization, in each language
field-descriptions-hint = Write in the languages you can; missing translations are marked.
field-registry = Official registration
field-registry-scheme = Registry
field-registry-value = Registration number
field-evidence = Registration certificate
field-evidence-hint = A PDF, PNG or JPEG file of at most 5 MB. Only your country's coordinator sees it.
password-hint = At least 12 characters. A few unrelated words make a good password.
button-save = Save
filter-apply = Show

signup-title = Create an account
signup-lead = With an account your organization can register, be verified and keep its profile up to date.
signup-button = Create account
signup-have-account = Already have an account? Sign in
signup-sent-title = Check your email
signup-sent-body = We have sent a message to the address you gave. Open the link in it to confirm your account.
confirm-title = Confirm your email address
confirm-body = Press the button to confirm your email address.
confirm-button = Confirm
confirmed-title = Your account is confirmed
confirmed-body = Thank you. You can sign in now.

login-title = Sign in
login-button = Sign in
login-forgot = Forgot your password?
login-failed = The email address or the password is wrong.
login-unconfirmed = Confirm your email address first: we have sent you a new link.

forgot-title = Reset your password
forgot-lead = Enter your email address and we will send you a link to choose a new password.
forgot-button = Send the link
forgot-sent-title = Check your email
forgot-sent-body = If an account exists for that address, we have sent it a link to choose a new password. The link works for one hour.
reset-title = Choose a new password
reset-body = After this, you will be signed out everywhere and can sign in with the new password.
reset-button = Save the new password

account-title = Your account
account-organizations = Your organizations
account-no-organizations = You do not edit any organization yet.
account-profile = Name and language
account-password = Password
account-change-password = Change the password
account-tokens = Access tokens for the API
account-tokens-lead = A token lets a program change what your account may change, through the JSON API. Revoke tokens you no longer use.
account-delete = Delete your account
account-delete-lead = This deletes your account, its sessions, roles and tokens. The record of what you changed stays, without your email address.
account-delete-button = Delete my account
token-create = Create a token
token-id = Token
token-revoke = Revoke
token-revoked = Revoked
token-shown-once = Your new token is below. Copy it now: it will not be shown again.
role-secretariat = Secretariat
role-coordinator-of = Coordinator for { $country }

notice-saved = Saved.
notice-password-changed = Your password is changed. Other sessions were signed out.
notice-password-reset = Your password is changed. Sign in with the new one.
notice-account-deleted = Your account is deleted.
notice-token-created = The token is created.
notice-token-revoked = The token is revoked.
notice-invited = We have sent an invitation to { $email }.

apply-title = Register an organization
apply-lead = Tell us about your organization and show its official registration. Your country's coordinator checks the application; verified organizations get a badge.
apply-button = Send the application
edit-title = Edit the profile
edit-changed-meanwhile = Someone else saved this profile while you were editing it. Nothing is saved yet: the form below keeps what you typed; their values of the fields that differ are listed here. Check them, then save again.
translation-missing = missing
translations-missing = { $count ->
    [one] One language has no description yet.
   *[other] { $count } languages have no description yet.
}
invite-title = Invite a colleague
invite-button = Send the invitation
invite-accept-title = Join an organization
invite-accept-lead = You have been invited to help keep this organization's profile.
invite-accept-button = Accept the invitation
invite-sign-in-first = Sign in, or create an account with the address the invitation was sent to, then open the link again.

badge-verified = Verified
badge-verified-title = Verified by its country's coordinator from its official registration
record-suspended = This organization's verification is suspended.

state-pending = Waiting for review
state-verified = Verified
state-rejected = Rejected
state-suspended = Suspended
decision-verify = Verify
decision-reject = Reject
decision-suspend = Suspend
decision-reinstate = Verify again
decision-resubmit = Send again for review

review-queue-title = Applications to review
review-queue-empty = Nothing here.
review-state = Status
review-reason = Reason
review-public-page = Public page
review-evidence = Registration certificate
review-duplicates = Records that look similar
review-history = History
review-decide = Decision
review-decision = What do you decide?
review-submit = Record the decision
review-resubmit-lead = After fixing what the coordinator asked for, send the application again.

admin-title = Secretariat
admin-network = Countries of the network
admin-status = Status
admin-since = Since
admin-chair = Chair
admin-chair-since = Chair since
admin-coordinators = Country coordinators
admin-appoint = Appoint as coordinator
admin-revoke = Remove

audit-title = Audit log
audit-when = When
audit-who = Who
audit-action = Action
audit-target = Subject
audit-change = Change
audit-show = Show
audit-before = Before
audit-after = After
audit-older = Older entries

mail-ignore = If you did not ask for this, ignore this message.
mail-confirm-subject = Confirm your Birlik account
mail-confirm-body = Welcome to Birlik. Open this link to confirm your email address:
mail-exists-subject = Your Birlik account
mail-exists-body = Someone, perhaps you, tried to create a Birlik account with this address. You already have one; sign in here:
mail-exists-reset = If you forgot your password, choose a new one here:
mail-reset-subject = A new password for Birlik
mail-reset-body = Open this link within one hour to choose a new password:
mail-status-subject = { $name }: verification on Birlik
mail-applied-body = We have received the application of { $name }. Its country's coordinator will review it; follow it here:
mail-verified-body = { $name } is verified. Its profile now carries the badge:
mail-rejected-body = The application of { $name } was not accepted. See why, fix it and send it again:
mail-suspended-body = The verification of { $name } is suspended. See why:
mail-reason = The coordinator wrote:
mail-new-application-subject = New application: { $name }
mail-new-application-body = { $name } asks to be verified. Review it here:
mail-invite-subject = Join { $name } on Birlik
mail-invite-body = You are invited to help keep the profile of { $name } on Birlik. Open this link to accept:
