-- Degree fields read inside a sentence ("Computer Science, Data Science or related STEM fields"),
-- so the catch-all entries lose their capital and article. V5 is left as it shipped: Flyway
-- checksums applied migrations.
UPDATE degree SET field = 'related STEM fields'
 WHERE source_id = 'job-description' AND field = 'A related STEM field';
UPDATE degree SET field = 'a related field'
 WHERE source_id = 'magazine-article' AND field = 'A related field';
