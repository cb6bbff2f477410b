-- A default for visitor.saved_at (V17): an instance still running the version before V17, during a
-- rolling upgrade, adds a new visitor naming only id and created_at, which NOT NULL alone would
-- refuse.
ALTER TABLE visitor ALTER COLUMN saved_at SET DEFAULT CURRENT_TIMESTAMP;
