"""The secretariat's mailbox: fetching requests over IMAP and sending the outbox over SMTP.

- :mod:`.connect`: TLS with certificate verification, passwords from the OS key store
  (``keyring``) or the environment, errors turned into codes.
- :mod:`.lock`: one desk at a time fetches and sends (a lease row in the database).
- :mod:`.fetch`: new messages by UIDVALIDITY + UID, through the same intake as files.
- :mod:`.notify`: bounces and automatic replies, recognised and shown on their request.
- :mod:`.send`: the outbox, sent once, with back-off, crash recovery by the Sent folder.
"""
