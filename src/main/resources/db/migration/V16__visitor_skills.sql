-- The skills a visitor said they have, kept by the skills check's "Remember my skills" with their
-- roadmap progress, under the same visitor (the hash of their token). Skills learned on the roadmap
-- are not stored: they follow from the steps the visitor marked done, so undoing a step undoes them.
-- Not content, so no source_id. A skill the content removes must first be handled by the migration
-- that removes it: the reference keeps it from dropping what visitors saved.
CREATE TABLE visitor_skill (
    visitor_id VARCHAR(64)              NOT NULL REFERENCES visitor (id) ON DELETE CASCADE,
    skill_slug VARCHAR(80)              NOT NULL REFERENCES skill (slug),
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (visitor_id, skill_slug)
);
