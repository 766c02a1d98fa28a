-- The database's generation, carried in every pull cursor. The application gives it a random value at
-- start when it is empty; after restoring a backup, set it to NULL so every device's cursor expires (410)
-- and devices pull afresh instead of missing the changes the restore undid.
ALTER TABLE change_versions ADD COLUMN epoch VARCHAR(36);
