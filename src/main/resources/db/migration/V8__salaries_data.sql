-- Every pay figure in the documents, in whole units of its own currency per year.
-- An open top ("25 LPA+", "$190,000+") stores the stated figure as maximum with open_top = TRUE.
-- An average (the education article's ladder table) stores the same figure as minimum and maximum.

INSERT INTO salary_band (role_slug, source_id, region, currency, level_id, statistic, min_amount, max_amount, open_top, approximate, pay_period, cited_as, position) VALUES
('machine-learning-engineer', 'career-guide', 'in', 'INR', 'career-guide-entry', 'range', 700000, 1200000, FALSE, FALSE, 'year', NULL, 1),
('machine-learning-engineer', 'career-guide', 'in', 'INR', 'career-guide-mid', 'range', 900000, 1450000, FALSE, FALSE, 'year', NULL, 2),
('machine-learning-engineer', 'career-guide', 'in', 'INR', 'career-guide-senior', 'range', 1460000, 2500000, TRUE, FALSE, 'year', NULL, 3),
('machine-learning-engineer', 'career-guide', 'us', 'USD', NULL, 'range', 133000, 142000, FALSE, TRUE, 'year', NULL, 4),
('machine-learning-engineer', 'job-description', 'us', 'USD', 'job-description-entry', 'range', 85000, 110000, FALSE, FALSE, 'year', NULL, 5),
('machine-learning-engineer', 'job-description', 'us', 'USD', 'job-description-mid', 'range', 110000, 145000, FALSE, FALSE, 'year', NULL, 6),
('machine-learning-engineer', 'job-description', 'us', 'USD', 'job-description-senior', 'range', 145000, 190000, TRUE, FALSE, 'year', NULL, 7),
('data-scientist', 'education-article', 'in', 'INR', NULL, 'average', 1200000, 1200000, FALSE, FALSE, 'year', 'Glassdoor, AmbitionBox', 8),
('machine-learning-specialist', 'education-article', 'in', 'INR', NULL, 'average', 1970000, 1970000, FALSE, FALSE, 'year', 'Glassdoor, AmbitionBox', 9),
('machine-learning-architect', 'education-article', 'in', 'INR', NULL, 'average', 2940000, 2940000, FALSE, FALSE, 'year', 'Glassdoor, AmbitionBox', 10),
('machine-learning-engineering-manager', 'education-article', 'in', 'INR', NULL, 'average', 3250000, 3250000, FALSE, FALSE, 'year', 'Glassdoor, AmbitionBox', 11),
('chief-data-scientist', 'education-article', 'in', 'INR', NULL, 'average', 2900000, 2900000, FALSE, FALSE, 'year', 'Glassdoor, AmbitionBox', 12);

INSERT INTO salary_factor (source_id, position, factor, detail) VALUES
('career-guide', 1, 'Experience level', NULL),
('career-guide', 2, 'Location', 'Metro cities pay more.'),
('career-guide', 3, 'Industry', NULL),
('career-guide', 4, 'Specialised skills', 'Such as natural language processing, deep learning and computer vision.');
