-- Where each link from a roadmap step to a skill, a certification or a role comes from (issue 18):
-- a document whose own step, merged into this one, names it (source_id), or the portal's own
-- suggestion (editorial). Exactly one of the two.

ALTER TABLE roadmap_step_skill ADD COLUMN source_id VARCHAR(40) REFERENCES source (id);
ALTER TABLE roadmap_step_skill ADD COLUMN editorial BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE roadmap_step_certification ADD COLUMN source_id VARCHAR(40) REFERENCES source (id);
ALTER TABLE roadmap_step_certification ADD COLUMN editorial BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE roadmap_step_role ADD COLUMN source_id VARCHAR(40) REFERENCES source (id);
ALTER TABLE roadmap_step_role ADD COLUMN editorial BOOLEAN DEFAULT TRUE NOT NULL;

-- Skills named by a document step that the roadmap step merges (see roadmap_step_origin).
UPDATE roadmap_step_skill SET source_id = 'career-guide', editorial = FALSE
WHERE (step_id = 2 AND skill_slug = 'python')
   OR (step_id = 5 AND skill_slug IN ('supervised-learning', 'unsupervised-learning', 'model-evaluation'))
   OR (step_id = 6 AND skill_slug IN ('scikit-learn', 'tensorflow', 'pytorch'));

UPDATE roadmap_step_skill SET source_id = 'education-article', editorial = FALSE
WHERE (step_id = 2 AND skill_slug IN ('r', 'java'))
   OR (step_id = 3 AND skill_slug IN ('linear-algebra', 'calculus', 'probability'))
   OR (step_id = 6 AND skill_slug = 'keras')
   OR (step_id = 8 AND skill_slug IN ('github', 'natural-language-processing'));

UPDATE roadmap_step_skill SET source_id = 'magazine-article', editorial = FALSE
WHERE (step_id = 4 AND skill_slug IN ('numpy', 'pandas', 'data-visualisation'))
   OR (step_id = 5 AND skill_slug IN ('linear-regression', 'decision-trees', 'support-vector-machines', 'clustering'))
   OR (step_id = 7 AND skill_slug = 'deep-learning')
   OR (step_id = 9 AND skill_slug IN ('mlops', 'mlflow', 'kubeflow', 'model-deployment', 'aws-sagemaker',
       'google-cloud-ai-platform', 'azure-machine-learning', 'data-pipelines'))
   OR (step_id = 12 AND skill_slug IN ('natural-language-processing', 'computer-vision', 'reinforcement-learning'));

-- The job description names the five certifications and makes certification a step of its own.
UPDATE roadmap_step_certification SET source_id = 'job-description', editorial = FALSE WHERE step_id = 10;

-- The one role link a document makes: the magazine article's first professional roles.
UPDATE roadmap_step_role SET source_id = 'magazine-article', editorial = FALSE
WHERE step_id = 11 AND role_slug = 'junior-machine-learning-engineer';
INSERT INTO roadmap_step_role (step_id, role_slug, source_id, editorial)
SELECT 11, 'data-analyst', 'magazine-article', FALSE WHERE NOT EXISTS
 (SELECT 1 FROM roadmap_step_role WHERE step_id = 11 AND role_slug = 'data-analyst');
INSERT INTO roadmap_step_role (step_id, role_slug, source_id, editorial)
SELECT 11, 'software-engineer', 'magazine-article', FALSE WHERE NOT EXISTS
 (SELECT 1 FROM roadmap_step_role WHERE step_id = 11 AND role_slug = 'software-engineer');

ALTER TABLE roadmap_step_skill ADD CONSTRAINT roadmap_step_skill_provenance CHECK ((source_id IS NULL) = editorial);
ALTER TABLE roadmap_step_certification ADD CONSTRAINT roadmap_step_certification_provenance CHECK ((source_id IS NULL) = editorial);
ALTER TABLE roadmap_step_role ADD CONSTRAINT roadmap_step_role_provenance CHECK ((source_id IS NULL) = editorial);
