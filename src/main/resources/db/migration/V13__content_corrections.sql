-- Corrections after a line-by-line review against the five documents (issue 18): claims the
-- documents do not make, overstatements, and sentences too close to a document's own words.
-- Applied migrations stay as they are; every change is an UPDATE, INSERT or DELETE of content rows,
-- matched on the text it replaces, and no visitor's progress or note is touched.

-- Claims the documents do not make --------------------------------------------------------------

UPDATE faq SET answer =
 'The documents agree on programming, mathematics and machine-learning frameworks, but not on the details. '
 || 'The career guide lists Python, R and Java; TensorFlow, PyTorch and Scikit-learn; and SQL, Hadoop and Spark for data. '
 || 'The job description asks for Python and R with some Java or C++; TensorFlow, PyTorch, Keras and Scikit-learn; SQL, Pandas and NumPy; linear algebra, calculus, probability and statistics; and a cloud platform. '
 || 'The education article puts Java, Python and R first, then TensorFlow and PyTorch, calculus, linear algebra and statistics, and cloud computing. '
 || 'The magazine article wants Python with NumPy and Scikit-learn, SQL with Hadoop and Spark, a cloud platform, and Git, APIs, testing and MLOps. '
 || 'All four name soft skills such as problem-solving, communication and teamwork. None of them ranks what to learn after the basics.'
WHERE id = 1;

UPDATE faq SET answer =
 'The documents do not call any language the best. The career guide says Python is the language machine learning uses most, '
 || 'thanks to its simplicity and its libraries, and every skill list includes it. R, Java and C++ appear as useful additions.'
WHERE id = 2;

UPDATE roadmap_step SET why =
 'Two of the documents'' step lists finish with this step (the job description''s and the education article''s): '
 || 'working on real problems shows what preparing data, building and deploying models and judging them involve under real constraints.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 11;

-- Step 1: a degree (the job description) or, instead, a certification (the education article).
UPDATE roadmap_step_outcome SET text =
 'Chosen a degree: computer science, data science, mathematics, statistics or another STEM subject.'
WHERE step_id = 1 AND text = 'Chosen a degree in computer science, data science, mathematics, statistics or a related STEM field, or a certification route instead.';

INSERT INTO roadmap_step_outcome (step_id, source_id, position, text) VALUES
(1, 'education-article', 4, 'Or, in place of a degree, picked a specialised machine-learning certification as your way in.');

-- Step 10: the job description only says to consider a recognised certification.
UPDATE roadmap_step_outcome SET text =
 'Considered an industry-recognised certification as proof of your skills.'
WHERE step_id = 10 AND text = 'Chosen a certification that fits the tools and cloud you use.';

UPDATE role_fact SET text =
 'Works alongside product managers, data scientists and software engineers.'
WHERE text = 'Daily collaboration with software engineers, data scientists and product managers.';

UPDATE roadmap_step SET why =
 'Two of the responsibility lists start with preparing data, and it fills the first day of a junior engineer''s week.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 4;

UPDATE skill SET description =
 'A specialisation named by three documents; the career guide counts it among the factors that affect pay, and sentiment analysis is a suggested portfolio project.'
WHERE description = 'A specialisation named by three documents; one lists it among the skills that raise pay, and sentiment analysis is a suggested portfolio project.';

UPDATE skill SET description =
 'A specialisation named by three documents; the career guide counts it among the factors that affect pay, and image classification is a suggested project.'
WHERE description = 'A specialisation named by three documents; one lists it among the skills that raise pay, and image classification is a suggested project.';

UPDATE skill SET description =
 'Named by four documents: a skill employers look for, a factor the career guide says affects pay, and a direction for research.'
WHERE description = 'Named by four documents: a skill in demand, a specialisation that raises pay, and a direction for research.';

UPDATE roadmap_step SET why =
 'Deep learning architectures belong to the core concepts in one list, and the career guide names deep learning among the factors that affect pay.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 7;

UPDATE roadmap_step SET why =
 'Continuous learning is named as key to career growth, and the career guide counts specialised skills among the factors that affect pay.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 12;

UPDATE skill SET description =
 'A cloud platform: the education article names it for deploying models and scaling them as data grows, and the magazine article among the platforms to know.'
WHERE description = 'A cloud platform named by two documents for deploying models and scaling them as data grows.';

UPDATE skill SET description =
 'Microsoft''s cloud platform: the education article names it for deploying models, and the magazine article among the platforms to know.'
WHERE description = 'Microsoft''s cloud platform, named by two documents for deploying models.';

UPDATE skill SET description =
 'Amazon''s cloud service for machine learning: the job description lists it among the cloud platforms to know, and the magazine article names it for scalable, automated pipelines.'
WHERE description = 'A cloud service for machine learning, named by two documents for building scalable, automated pipelines.';

UPDATE role SET summary =
 'A route into ML engineering: the magazine article names software engineering among the posts where newcomers gather professional experience first.'
WHERE slug = 'software-engineer';

UPDATE role SET summary =
 'A route into ML engineering: the magazine article names data analysis among the posts where newcomers gather professional experience first.'
WHERE slug = 'data-analyst';

-- Sentences too close to a document's own -------------------------------------------------------

UPDATE role_fact SET text =
 'Creates and ships models and whole ML systems for sectors such as technology, finance, healthcare and automotive. '
 || 'A typical day takes in preparing data, training models and checking them, tuning algorithms, working alongside data scientists and software engineers, and building the models into production systems.'
WHERE role_slug = 'machine-learning-engineer' AND source_id = 'job-description' AND kind = 'overview';

UPDATE role_fact SET text =
 'The education article puts it first in its list of where ML engineers can go next, with an average yearly salary in India.'
WHERE text = 'Listed first among the future career opportunities for ML engineers, with an average annual salary in India.';

UPDATE role_fact SET text =
 'Invents new algorithms at the frontier of the field and publishes what the research finds.'
WHERE text = 'Develops cutting-edge algorithms and publishes research findings.';

UPDATE responsibility SET text = 'Build ML into products together with data scientists, other engineers and business teams.'
WHERE text = 'Work with data scientists, engineers and business teams to build ML into their products.';

UPDATE responsibility SET text = 'Keep models in line with what the business needs, working with business stakeholders, data scientists and software engineers.'
WHERE text = 'Work with data scientists, software engineers and business stakeholders so that models match business needs.';

UPDATE responsibility SET text = 'Code simple ML algorithms while a senior engineer oversees the work.'
WHERE text = 'Implement basic ML algorithms under supervision.';

UPDATE responsibility SET text = 'Test models and pass what the tests show on to senior engineers.'
WHERE text = 'Test models and report the results to senior engineers.';

UPDATE responsibility SET text = 'Design models for practical use and build them.'
WHERE text = 'Design and implement models for real-world applications.';

UPDATE responsibility SET text = 'Look after the datasets and the pipelines that prepare their data.'
WHERE text = 'Run data preprocessing pipelines and manage datasets.';

UPDATE responsibility SET text = 'Shape how ML systems are designed and put together, and lead that work.'
WHERE text = 'Lead the design and architecture of ML systems.';

UPDATE responsibility SET text = 'Choose which models to use, how to judge them and how to optimise them.'
WHERE text = 'Decide on model selection, evaluation and optimisation.';

UPDATE core_duty SET text = 'Keep models serving business goals by working alongside data scientists, software engineers and stakeholders.'
WHERE text = 'Work with data scientists, software engineers and stakeholders so that models serve business goals.';

UPDATE work_mix_share SET text = 'Tells others what the results mean, in pictures and in words.'
WHERE text = 'Explains results with clear charts and narrative.';

UPDATE week_entry SET text =
 'Working with product, engineering and marketing so that models fit business goals, making the case for ML to stakeholders and collecting what they need.'
WHERE text = 'Aligning models with business goals together with product, engineering and marketing, explaining the value of ML to stakeholders and gathering their requirements.';

UPDATE role_skill SET example =
 'Helping data scientists and software developers ship a system that catches fraud in a bank''s mobile app.'
WHERE example = 'Shipping a fraud-detection system in a bank''s mobile app together with data scientists and software developers.';

UPDATE skill SET description =
 'Shipping models to production and keeping an eye on how they perform; every document names it.'
WHERE description = 'Putting models into production and tracking their performance; named by every document.';

UPDATE skill SET description =
 'Named by all four skill lists and the very first step of one roadmap; the career guide says machine learning uses it more than any other language, as it is simple and has strong libraries.'
WHERE description = 'Named by all four skill lists and the very first step of one roadmap; one guide calls it the most widely used language in machine learning, for its simplicity and its libraries.';

UPDATE source_path_step SET text =
 'Start with Python: machine learning uses it more than any other language, because it is simple and has strong libraries.'
WHERE id = 101;

UPDATE roadmap_step SET why =
 'Machine learning uses Python more than any other language, as it is simple and has strong libraries; one list makes it the very first step.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 2;

UPDATE source_path_step SET text =
 'Take models out of notebooks and into production, with MLflow, Kubeflow and cloud services (AWS SageMaker, GCP AI Platform, Azure ML) for scalable, automated pipelines.'
WHERE id = 405;

UPDATE source_path_step SET text =
 'Employers often ask for a bachelor''s in software engineering, data science or computer engineering; specialised machine-learning certifications are offered as the other way in.'
WHERE id = 301;

UPDATE skill SET description =
 'Judging models with metrics that suit the problem, for example precision, recall and F1 score.'
WHERE description = 'Judging models with suitable metrics, such as precision, recall and F1 score.';

UPDATE source_path_step SET text = 'Computer science, data science or a neighbouring field.'
WHERE id = 201;

UPDATE source_path_step SET text =
 'A bachelor''s degree (computer science, data science, statistics or a similar subject); a master''s or PhD for advanced roles that lean on research.'
WHERE id = 401;

UPDATE roadmap_step SET summary =
 'Start with a bachelor''s degree, in a subject such as computer science, data science, statistics or mathematics. A master''s or PhD matters mainly for specialised and research roles, and specialised machine-learning certifications are named as an alternative route in.'
WHERE roadmap_slug = 'machine-learning-engineer' AND number = 1;

-- Facts that were missing -----------------------------------------------------------------------

-- The education article names healthcare and finance as sectors taking up machine learning.
INSERT INTO industry_mention (industry_slug, source_id)
SELECT 'healthcare', 'education-article' WHERE NOT EXISTS
 (SELECT 1 FROM industry_mention WHERE industry_slug = 'healthcare' AND source_id = 'education-article');
INSERT INTO industry_mention (industry_slug, source_id)
SELECT 'finance', 'education-article' WHERE NOT EXISTS
 (SELECT 1 FROM industry_mention WHERE industry_slug = 'finance' AND source_id = 'education-article');

-- The education article and the career profile both describe the senior level of the role.
INSERT INTO role_source (role_slug, source_id, name_used)
SELECT 'senior-machine-learning-engineer', 'education-article', 'Senior' WHERE NOT EXISTS
 (SELECT 1 FROM role_source WHERE role_slug = 'senior-machine-learning-engineer' AND source_id = 'education-article');
INSERT INTO role_source (role_slug, source_id, name_used)
SELECT 'senior-machine-learning-engineer', 'career-profile', 'senior Machine Learning Engineer' WHERE NOT EXISTS
 (SELECT 1 FROM role_source WHERE role_slug = 'senior-machine-learning-engineer' AND source_id = 'career-profile');

-- The career profile's account of what the work involves, and the job description's view of demand.
INSERT INTO role_fact (role_slug, source_id, kind, position, text) VALUES
('machine-learning-engineer', 'career-profile', 'overview', 6,
 'Day to day that means cleaning data, building and judging models and reporting on them; some people also make dashboards or prepare features that analytics teams use.'),
('machine-learning-engineer', 'job-description', 'overview', 7,
 'Machine learning, deep learning and AI skills stay much in demand, which the job description says makes this a promising and stable career.'),
('machine-learning-engineer', 'career-guide', 'overview', 8,
 'The career guide counts machine learning among the quickest-growing fields in technology, expects pay to stay high because the skills are scarce, and sees the work spreading across start-ups, enterprises and global organisations. Its examples of the core work are recommendation systems for e-commerce and fraud detection in banking.');
