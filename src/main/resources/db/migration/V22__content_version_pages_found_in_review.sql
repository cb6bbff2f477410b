-- Pages the record of content versions (V20) left out, found in review (issue 24). None of them
-- showed too old a date, as a later version lists each, but each version's list should be whole:
-- V10's degrees show on the role comparison too; V13's role summaries and facts show in the skill
-- check's roles; V14's marks of our own suggestions show in the roadmap's next steps.
INSERT INTO content_version_page (version, page, label, position) VALUES
(10, '/roles/compare', 'Role comparison', 2),
(13, '/skills/check', 'Skill check', 7),
(14, '/roadmaps/machine-learning-engineer', 'Machine Learning Engineer roadmap', 5);
