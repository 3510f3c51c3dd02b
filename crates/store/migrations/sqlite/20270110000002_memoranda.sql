-- A partnership's signed memorandum: a PDF kept in the uploads directory
-- under a generated name (like verification evidence), NULL when none.
ALTER TABLE partnerships ADD COLUMN memorandum_file TEXT;
