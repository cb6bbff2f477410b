-- Visitors' roadmap progress and private notes. Not content, so no source_id: what a visitor
-- saved about their own learning. A visitor is known only by the SHA-256 hash (hex) of the
-- random token in their cookie; the token itself is never stored.

CREATE TABLE visitor (
    id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The statuses a step can have. A table, not a CHECK (status IN (...)): H2 2.x evaluates a
-- list of constants in a check constraint with the session that created it, and fails every
-- insert once the connection that ran this migration has closed.
CREATE TABLE step_status (
    code VARCHAR(12) NOT NULL PRIMARY KEY
);

INSERT INTO step_status (code) VALUES ('not-started'), ('in-progress'), ('done'), ('skipped');

-- One row per step the visitor has touched; a step with no row is not started and has no note.
-- Notes are at most 2,000 characters (checked by the application); the column leaves room for
-- characters that a database counts as two.
CREATE TABLE step_progress (
    visitor_id   VARCHAR(64)              NOT NULL REFERENCES visitor (id) ON DELETE CASCADE,
    roadmap_slug VARCHAR(80)              NOT NULL,
    step_number  INTEGER                  NOT NULL,
    status       VARCHAR(12)              NOT NULL REFERENCES step_status (code),
    note         VARCHAR(4000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (visitor_id, roadmap_slug, step_number),
    FOREIGN KEY (roadmap_slug, step_number) REFERENCES roadmap_step (roadmap_slug, number)
);
