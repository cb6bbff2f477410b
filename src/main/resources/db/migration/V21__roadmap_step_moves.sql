-- What a later content version that renumbers, merges or splits a roadmap's steps does with each
-- visitor's status and note (issue 24). Such a version is a Java migration, a subclass of
-- roadmap/RoadmapRestructuring (see docs/content-migrations.md); this migration only makes room
-- for it and changes no content.

-- Where a version moved a step's progress: one row per old step and new step it went to. A
-- renumbered step is one row; a merge is several rows with the same to_number, a split several
-- rows with the same from_number. A step that keeps its number needs no row, even when its title
-- changes (a rename): its progress stays where it is. migration_version is the Flyway version
-- of the migration that made the move.
CREATE TABLE roadmap_step_move (
    migration_version VARCHAR(50) NOT NULL,
    roadmap_slug      VARCHAR(80) NOT NULL REFERENCES roadmap (slug),
    from_number       INTEGER     NOT NULL,
    to_number         INTEGER     NOT NULL,
    PRIMARY KEY (migration_version, roadmap_slug, from_number, to_number)
);

-- A merged step's note is the old steps' notes, each under a line naming its old step; nothing is
-- cut. A note holds at most 2,000 characters (4,000 as the database may count them); 20,000 holds
-- four full notes with their headings. A merge that needs more fails its migration and leaves the
-- database as it was, and a migration must widen the column first.
ALTER TABLE step_progress ALTER COLUMN note SET DATA TYPE VARCHAR(20000);

-- The progress of a roadmap being restructured, while its steps change: step_progress refers to
-- the steps by number, so its rows leave it before the content changes and come back at the new
-- numbers. Empty outside such a migration: a migration that fails leaves nothing here.
CREATE TABLE step_progress_held (
    visitor_id   VARCHAR(64)              NOT NULL,
    roadmap_slug VARCHAR(80)              NOT NULL,
    step_number  INTEGER                  NOT NULL,
    status       VARCHAR(12)              NOT NULL,
    note         VARCHAR(20000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (roadmap_slug, visitor_id, step_number)
);
