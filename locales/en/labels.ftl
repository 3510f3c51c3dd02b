## Writing systems (ISO 15924), as the record pages name them
script-latn = Latin
script-cyrl = Cyrillic
script-arab = Arabic
script-grek = Greek
script-geor = Georgian
script-armn = Armenian
script-hani = Chinese characters
script-mong = Mongolian
script-orkh = Old Turkic (Orkhon)
script-zyyy = Mixed scripts
script-zzzz = Unknown script

## The audit log: what was done, and to what
audit-action-account-confirm = Account confirmed
audit-action-account-create = Account created
audit-action-account-delete = Account deleted
audit-action-account-password = Password changed
audit-action-account-update = Account settings changed
audit-action-job-retry = Mail sent again
audit-action-network-update = Network changed
audit-action-news-save = Story saved
audit-action-org-apply = Application filed
audit-action-org-edit = Profile edited
audit-action-org-invite = Colleague invited
audit-action-org-review = Application reviewed
audit-action-role-grant = Role granted
audit-action-role-revoke = Role removed
audit-action-token-create = Access token created
audit-action-token-revoke = Access token revoked
audit-target-network = The network's countries and chair
audit-target-account = Account no. { $name }
audit-target-token = Access token no. { $name }
audit-target-job = Mail no. { $name }
