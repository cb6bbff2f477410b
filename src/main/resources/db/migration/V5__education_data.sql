-- Degrees, certifications, education paths by country, the education timeline, alternative pathways and exams.

INSERT INTO certification (slug, name, issuer, source_id, position, description) VALUES
('google-professional-machine-learning-engineer', 'Google Professional Machine Learning Engineer', 'Google', 'job-description', 1,
 'A professional certification from Google that carries the role''s own name; the job description lists it first among the relevant certifications.'),
('microsoft-certified-azure-ai-engineer-associate', 'Microsoft Certified: Azure AI Engineer Associate', 'Microsoft', 'job-description', 2,
 'Microsoft''s associate certification for AI engineering on Azure, the cloud whose machine-learning service two documents name.'),
('ibm-ai-engineering-professional-certificate', 'IBM AI Engineering Professional Certificate', 'IBM', 'job-description', 3,
 'A professional certificate in AI engineering from IBM, which the same document also names among the top employers.'),
('tensorflow-developer-certificate', 'TensorFlow Developer Certificate', NULL, 'job-description', 4,
 'A developer certificate named after TensorFlow, one of the frameworks the documents name most often.'),
('certified-data-scientist-dasca', 'Certified Data Scientist (CDS)', 'DASCA', 'job-description', 5,
 'A data-science credential from DASCA, listed with the machine-learning certifications in the job description.');

INSERT INTO degree (source_id, level, field, position, note) VALUES
('career-guide', 'degree', 'Computer Science', 1, NULL),
('career-guide', 'degree', 'Mathematics', 2, NULL),
('career-guide', 'degree', 'Statistics', 3, NULL),
('career-guide', 'degree', 'Data Science', 4, NULL),
('job-description', 'bachelor-or-higher', 'Computer Science', 1, NULL),
('job-description', 'bachelor-or-higher', 'Data Science', 2, NULL),
('job-description', 'bachelor-or-higher', 'Mathematics', 3, NULL),
('job-description', 'bachelor-or-higher', 'Statistics', 4, NULL),
('job-description', 'bachelor-or-higher', 'A related STEM field', 5, NULL),
('job-description', 'master-or-phd', NULL, 6, 'Common in specialised roles.'),
('education-article', 'bachelor', 'Software Engineering', 1, 'Often required; specialised machine-learning certifications are named as the alternative.'),
('education-article', 'bachelor', 'Data Science', 2, NULL),
('education-article', 'bachelor', 'Computer Engineering', 3, NULL),
('magazine-article', 'bachelor', 'Computer Science', 1, 'A common starting point.'),
('magazine-article', 'bachelor', 'Data Science', 2, NULL),
('magazine-article', 'bachelor', 'Statistics', 3, NULL),
('magazine-article', 'bachelor', 'A related field', 4, NULL),
('magazine-article', 'master-or-phd', NULL, 5, 'May be needed for advanced roles, above all research-oriented ones.');

INSERT INTO education_note (source_id, topic, position, text) VALUES
('career-guide', 'certification', 1, 'Machine-learning courses from well-regarded institutions strengthen a profile.'),
('career-guide', 'certification', 2, 'So do professional certifications related to AI and to TensorFlow.');

INSERT INTO education_path (id, source_id, region, position, caution) VALUES
(1, 'career-profile', 'in', 1, 'Strong competition for the top roles at product companies.'),
(2, 'career-profile', 'us', 2, 'Visa constraints, and a high hiring bar at the top technology firms.'),
(3, 'career-profile', 'eu', 3, 'Some regions require the local language.');

INSERT INTO education_path_stage (path_id, position, name, min_years, max_years) VALUES
(1, 1, 'BSc or BTech in computer science', 3, 4),
(1, 2, 'Data projects', NULL, NULL),
(1, 3, 'Analyst or ML roles', NULL, NULL),
(2, 1, 'BS in computer science or statistics', 4, 4),
(2, 2, 'Internships', NULL, NULL),
(2, 3, 'Data roles', NULL, NULL),
(3, 1, 'BSc', 3, 3),
(3, 2, 'MSc', 2, 2),
(3, 3, 'Data roles', NULL, NULL);

INSERT INTO education_path_employer (path_id, position, name) VALUES
(1, 1, 'Analytics firms'),
(1, 2, 'Fintech'),
(1, 3, 'Product companies'),
(2, 1, 'Tech firms'),
(2, 2, 'Finance'),
(2, 3, 'Healthcare'),
(2, 4, 'AI labs'),
(3, 1, 'Fintech'),
(3, 2, 'Research labs'),
(3, 3, 'Product companies');

INSERT INTO education_stage (source_id, position, name, min_years, max_years, text) VALUES
('career-profile', 1, 'High school', 2, 4, 'Foundations in mathematics, logic and basic programming.'),
('career-profile', 2, 'Undergraduate', 3, 4, 'Core computer science: data structures, systems and software design.'),
('career-profile', 3, 'Graduate', 1, 2, 'Specialisation in AI, systems, security or a product domain.');

INSERT INTO alternative_pathway (source_id, position, name, text) VALUES
('career-profile', 1, 'Bootcamps', 'A short route into software roles, carried by a strong portfolio.'),
('career-profile', 2, 'Self-taught', 'A route into software and data roles that rests on a portfolio.');

INSERT INTO exam (source_id, region, position, name, optional, note) VALUES
('career-profile', 'in', 1, 'GATE (CS)', FALSE, NULL),
('career-profile', 'in', 2, 'Campus placements', FALSE, NULL),
('career-profile', 'us', 1, 'GRE', TRUE, NULL),
('career-profile', 'us', 2, 'TOEFL or IELTS', FALSE, NULL),
('career-profile', 'eu', 1, 'Country-specific exams', FALSE, 'They differ from country to country.');
