-- The public record of what changed in the content (issue 24): one row per content version,
-- numbered by the migration that carried it, with the day it was published and a line on what
-- changed, and the pages it changed. /changes and /changes.atom list them; each page's
-- "Content as of" date and the sitemap's lastmod are the newest version that changed it.
-- A migration that changes content adds its own rows here, in the same migration.
--
-- A page is a path under the portal's address: exact ('/roles/data-analyst'), or ending in
-- '/*' for every page under it ('/roles/*'). The label says in words which pages these are.
-- The dates are the days the versions reached main.

CREATE TABLE content_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    released_on DATE         NOT NULL,
    summary     VARCHAR(400) NOT NULL
);

CREATE TABLE content_version_page (
    version  INTEGER      NOT NULL REFERENCES content_version (version),
    page     VARCHAR(200) NOT NULL,
    label    VARCHAR(200) NOT NULL,
    position INTEGER      NOT NULL,
    PRIMARY KEY (version, page)
);

INSERT INTO content_version (version, released_on, summary) VALUES
(9, DATE '2026-11-24',
 'First publication: the roles, skills, certifications, education paths, employers, outlook, salary bands and the twelve-step roadmap, drawn from the five documents.'),
(10, DATE '2026-11-24',
 'Degree fields on the flagship role page read naturally inside a sentence ("related STEM fields", "a related field").'),
(11, DATE '2026-11-24',
 'Conversion rates for comparing pay across currencies, at market rates and at purchasing-power parity, each credited to the publication it comes from.'),
(13, DATE '2026-12-03',
 'Corrections after a line-by-line check against the documents: claims no document makes are gone, sentences that stayed too close to a document are rewritten, and facts that were missing are added.'),
(14, DATE '2026-12-03',
 'Every link from a roadmap step to a skill, a certification or a role now names the document it comes from, or says that it is our own suggestion.'),
(15, DATE '2026-12-04',
 'Links from steps 4 and 11 that the documents do make now cite them: statistics and Scikit-learn on step 4; preparing data, deployment, evaluation, computer vision, reinforcement learning and the machine learning engineer role on step 11.');

-- The first publication made every content page.
INSERT INTO content_version_page (version, page, label, position) VALUES
(9, '/', 'Home page', 1),
(9, '/roles', 'Roles', 2),
(9, '/roles/*', 'Every role page and the role comparison', 3),
(9, '/salaries', 'Salary comparison', 4),
(9, '/roadmaps/*', 'The roadmap and every step', 5),
(9, '/skills', 'Skills', 6),
(9, '/skills/*', 'Every skill page and the skill check', 7),
(9, '/certifications', 'Certifications', 8),
(9, '/certifications/*', 'Every certification page', 9),
(9, '/paths', 'Education paths by country', 10),
(9, '/sources', 'Sources', 11),
(9, '/search', 'Search', 12);

-- Degrees show only on the flagship role's page.
INSERT INTO content_version_page (version, page, label, position) VALUES
(10, '/roles/machine-learning-engineer', 'Machine Learning Engineer', 1);

-- The rates convert figures on the salary comparison and the role comparison.
INSERT INTO content_version_page (version, page, label, position) VALUES
(11, '/salaries', 'Salary comparison', 1),
(11, '/roles/compare', 'Role comparison', 2);

-- V13 changed: the flagship's facts, duties, responsibilities, week, skill example, questions and
-- industries; the senior level's names; one fact each of the data scientist and the research
-- scientist; the summaries of the software engineer and the data analyst (shown on their pages,
-- the role index, the comparison and in search); nine skill descriptions (their pages, the skill
-- index, search) and the collaboration skill's example; steps 1, 2, 4, 7, 10, 11 and 12, and
-- steps 1, 2, 9 and 10 through the document steps they merge; step 1's summary on the roadmap;
-- and the count of what each document contributes on /sources.
INSERT INTO content_version_page (version, page, label, position) VALUES
(13, '/roles', 'Roles', 1),
(13, '/roles/compare', 'Role comparison', 2),
(13, '/skills', 'Skills', 3),
(13, '/roadmaps/machine-learning-engineer', 'Machine Learning Engineer roadmap', 4),
(13, '/sources', 'Sources', 5),
(13, '/search', 'Search', 6);
INSERT INTO content_version_page (version, page, label, position)
SELECT 13, '/roles/' || slug, title, 100 + position FROM role
WHERE slug IN ('machine-learning-engineer', 'senior-machine-learning-engineer', 'data-scientist',
 'research-scientist', 'software-engineer', 'data-analyst');
INSERT INTO content_version_page (version, page, label, position)
SELECT 13, '/skills/' || slug, name, 300 FROM skill
WHERE slug IN ('python', 'model-evaluation', 'natural-language-processing', 'computer-vision', 'deep-learning',
 'aws', 'microsoft-azure', 'aws-sagemaker', 'model-deployment', 'collaboration');
INSERT INTO content_version_page (version, page, label, position)
SELECT 13, '/roadmaps/machine-learning-engineer/steps/' || number, 'Step ' || number || ': ' || title, 200 + number FROM roadmap_step
WHERE roadmap_slug = 'machine-learning-engineer' AND number IN (1, 2, 4, 7, 9, 10, 11, 12);

-- V14 marked every step link: every step page, and every skill, certification and role page
-- that lists the steps linking to it (with the certification index, which counts them, and the
-- skill check, which names the steps that teach a skill), and /sources, which counts sourced links.
INSERT INTO content_version_page (version, page, label, position) VALUES
(14, '/roadmaps/machine-learning-engineer/steps/*', 'Every step of the roadmap', 1),
(14, '/certifications', 'Certifications', 2),
(14, '/skills/check', 'Skill check', 3),
(14, '/sources', 'Sources', 4);
INSERT INTO content_version_page (version, page, label, position)
SELECT 14, '/roles/' || slug, title, 100 + position FROM role
WHERE slug IN (SELECT role_slug FROM roadmap_step_role);
INSERT INTO content_version_page (version, page, label, position)
SELECT 14, '/certifications/' || slug, name, 200 + position FROM certification
WHERE slug IN (SELECT certification_slug FROM roadmap_step_certification);
INSERT INTO content_version_page (version, page, label, position)
SELECT 14, '/skills/' || slug, name, 300 FROM skill
WHERE slug IN (SELECT skill_slug FROM roadmap_step_skill);

-- V15 cited links on steps 4 and 11, shown on those steps, the pages they link to, the skill
-- check, the roadmap's next steps, and /sources' counts.
INSERT INTO content_version_page (version, page, label, position) VALUES
(15, '/roadmaps/machine-learning-engineer', 'Machine Learning Engineer roadmap', 1),
(15, '/skills/check', 'Skill check', 2),
(15, '/sources', 'Sources', 3);
INSERT INTO content_version_page (version, page, label, position)
SELECT 15, '/roles/' || slug, title, 100 + position FROM role WHERE slug = 'machine-learning-engineer';
INSERT INTO content_version_page (version, page, label, position)
SELECT 15, '/roadmaps/machine-learning-engineer/steps/' || number, 'Step ' || number || ': ' || title, 200 + number FROM roadmap_step
WHERE roadmap_slug = 'machine-learning-engineer' AND number IN (4, 11);
INSERT INTO content_version_page (version, page, label, position)
SELECT 15, '/skills/' || slug, name, 300 FROM skill
WHERE slug IN ('statistics', 'scikit-learn', 'data-preprocessing', 'model-deployment', 'model-evaluation',
 'computer-vision', 'reinforcement-learning');
