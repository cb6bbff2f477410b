-- When each visitor last saved anything: what the retention job reads (progress nobody has saved
-- for as long as the cookie lasts is deleted). A visitor who saved before this column existed gets
-- the latest of their row's creation, their steps' and their skills' save times.
ALTER TABLE visitor ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;

UPDATE visitor SET saved_at = GREATEST(
    created_at,
    COALESCE((SELECT MAX(p.updated_at) FROM step_progress p WHERE p.visitor_id = visitor.id), created_at),
    COALESCE((SELECT MAX(s.saved_at) FROM visitor_skill s WHERE s.visitor_id = visitor.id), created_at));

ALTER TABLE visitor ALTER COLUMN saved_at SET NOT NULL;

CREATE INDEX visitor_saved_at ON visitor (saved_at);
