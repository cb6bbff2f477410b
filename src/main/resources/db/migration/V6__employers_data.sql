-- Named employers and the context each document names them in.

INSERT INTO employer (slug, name, position) VALUES
('google', 'Google', 1),
('amazon', 'Amazon', 2),
('microsoft', 'Microsoft', 3),
('facebook-meta', 'Facebook (Meta)', 4),
('nvidia', 'NVIDIA', 5),
('ibm', 'IBM', 6);

INSERT INTO employer_mention (employer_slug, source_id, context) VALUES
('google', 'job-description', 'top-employer'),
('amazon', 'job-description', 'top-employer'),
('microsoft', 'job-description', 'top-employer'),
('facebook-meta', 'job-description', 'top-employer'),
('nvidia', 'job-description', 'top-employer'),
('ibm', 'job-description', 'top-employer'),
('ibm', 'education-article', 'internship'),
('google', 'education-article', 'internship');
