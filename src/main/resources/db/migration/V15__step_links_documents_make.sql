-- Step links that a document makes but V14 left as the portal's suggestion, or did not make
-- (issue 18, found in review). A link is sourced when a document step that the roadmap step
-- merges (roadmap_step_origin) names the skill, certification or role; for the certifications
-- of step 10, the job description's step 5 says to consider certification and the same document
-- names the five in its education and certifications section.

-- Step 11 merges the education article's steps 4 and 5: they send the reader to junior and then
-- machine learning engineer roles, name preparing data, deployment and performance evaluation as
-- what practice teaches, and computer vision and reinforcement learning as interview topics.
UPDATE roadmap_step_role SET source_id = 'education-article', editorial = FALSE
WHERE step_id = 11 AND role_slug = 'machine-learning-engineer';
INSERT INTO roadmap_step_role (step_id, role_slug, source_id, editorial)
SELECT 11, 'machine-learning-engineer', 'education-article', FALSE WHERE NOT EXISTS
 (SELECT 1 FROM roadmap_step_role WHERE step_id = 11 AND role_slug = 'machine-learning-engineer');

UPDATE roadmap_step_skill SET source_id = 'education-article', editorial = FALSE
WHERE step_id = 11 AND skill_slug IN ('data-preprocessing', 'model-deployment', 'model-evaluation',
 'computer-vision', 'reinforcement-learning');
INSERT INTO roadmap_step_skill (step_id, skill_slug, source_id, editorial)
SELECT 11, s.slug, 'education-article', FALSE FROM skill s
WHERE s.slug IN ('data-preprocessing', 'model-deployment', 'model-evaluation', 'computer-vision', 'reinforcement-learning')
  AND NOT EXISTS (SELECT 1 FROM roadmap_step_skill l WHERE l.step_id = 11 AND l.skill_slug = s.slug);

-- Step 4 merges the magazine article's step 2, which names Scikit-learn and basic statistics
-- beside NumPy, Pandas and visualisation.
UPDATE roadmap_step_skill SET source_id = 'magazine-article', editorial = FALSE
WHERE step_id = 4 AND skill_slug IN ('statistics', 'scikit-learn');
INSERT INTO roadmap_step_skill (step_id, skill_slug, source_id, editorial)
SELECT 4, s.slug, 'magazine-article', FALSE FROM skill s
WHERE s.slug IN ('statistics', 'scikit-learn')
  AND NOT EXISTS (SELECT 1 FROM roadmap_step_skill l WHERE l.step_id = 4 AND l.skill_slug = s.slug);
