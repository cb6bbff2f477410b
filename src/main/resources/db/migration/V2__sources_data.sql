-- The five source documents. Labels are ours where a document carries no headline of its own;
-- summary and left_out are written for this portal.

INSERT INTO source (id, citation_number, file_name, label, headline, publication_kind, publisher, author, updated_on, summary, left_out) VALUES
('career-guide', 1, '000_3c8f27ef6018dc0f.txt',
 'Machine Learning Engineer career guide', NULL, 'career-guide', NULL, NULL, NULL,
 'A career-guide article on the ML engineer role. It contributes a four-step path, five responsibilities and five core functions, technical and soft skills, four degree subjects, two kinds of credential, growth figures, five industries with their uses of ML, salary factors, India pay bands in three experience levels, and one approximate US range.',
 'Nothing substantial: the text is about the role throughout. Its closing sentences of general praise for the field carry no facts and are not used.'),
('job-description', 2, '001_19884573a2c28a3f.txt',
 'Machine Learning Engineer job description', NULL, 'job-description', NULL, NULL, NULL,
 'A job-description template for the role. It contributes six responsibilities, a skills and qualifications table, degree expectations, five named certifications with their issuers, US pay bands in three experience levels, six top employers, career advancement, the work environment, a job outlook citing the U.S. Bureau of Labor Statistics, and a six-step way to get started.',
 'Nothing: the whole template is about the role.'),
('education-article', 3, '002_6f87a89f1ca7af09.txt',
 'What a machine learning engineer does: roles, skills and salaries',
 'What Does a Machine Learning Engineer Do? Roles, Skills, Salaries, and More',
 'education-article', 'upGrad', 'Kechit Goyal', DATE '2025-02-25',
 'A long article by an online-education company. It contributes seven core duties with an industry example each, responsibilities at three experience levels, technical and workplace skills with examples, a five-step roadmap, a growth claim, India average pay for five roles on the career ladder (which it credits to Glassdoor and AmbitionBox), and eleven frequently asked questions, which it leaves unanswered.',
 'Site navigation, "Also Read" links, a news teaser, advertising for the publisher''s own courses and degree programmes (with their universities, durations and seat counts), a consultation form with a phone prefix, the author''s article count, view counts and reference links.'),
('magazine-article', 4, '003_cdc73d056404f2ea.txt',
 'How to become a machine learning engineer: a step-by-step path', NULL,
 'magazine-article', NULL, 'Jayita Gulati', NULL,
 'A data-science magazine article. It contributes what the role does next to data scientists and software engineers, four responsibilities, six skill areas, a seven-step path from education through MLOps to specialisation, the MLOps tools and cloud services it names, and four roles further up the career path.',
 'An image credit, the author''s biography, and a trailing "Inspired by" link.'),
('career-profile', 5, '004_2f4735a6f4abd0bd.txt',
 'Machine Learning Engineer career profile', NULL, 'career-profile', NULL, NULL, NULL,
 'A career-exploration profile. It contributes the shares of work across five sub-roles, education paths for India, the United States and Europe with durations, employers and cautions, an education timeline, two alternative pathways, common exams, a week in the life at three career stages, five career stages by years, four trade-offs, and who the career suits or not.',
 'A question-and-answer block written for a different career (it speaks of accountants, laboratories and safety work), headings whose content is missing from the saved page (salary table, essential skills, terminology, equipment), and a generic industry sentence about data roles.');
