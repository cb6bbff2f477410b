-- Outlook figures, trade-offs, who the career suits, and frequently asked questions.

INSERT INTO outlook_stat (role_slug, source_id, position, kind, from_percent, to_percent, measure, period, cited_as) VALUES
('machine-learning-engineer', 'career-guide', 1, 'change', 23, 31,
 'Job growth for machine learning engineers', 'over the past decade', NULL),
('machine-learning-engineer', 'career-guide', 2, 'up-to', NULL, 75,
 'Expected growth in demand for machine learning engineers', 'over the next five years', NULL),
('machine-learning-engineer', 'education-article', 3, 'up-to', NULL, 200,
 'Growth in machine-learning career opportunities', 'over the coming decade', NULL),
('machine-learning-engineer', 'job-description', 4, 'qualitative', NULL, NULL,
 'Growth of AI-related roles, projected to be much faster than average', 'through 2030', 'U.S. Bureau of Labor Statistics');

INSERT INTO trade_off (source_id, aspect, position, text) VALUES
('career-profile', 'money', 1,
 'Computing careers pay well, above all in data, infrastructure and security roles; pay grows with the depth of your skills and the impact you deliver.'),
('career-profile', 'stability', 2,
 'Jobs are stable, but the technology moves fast, so staying competitive means learning all the time.'),
('career-profile', 'work-life-balance', 3,
 'It depends on the employer; some roles include on-call duty or release work.'),
('career-profile', 'identity', 4,
 'Many people find building real products rewarding, but without boundaries burnout can follow.');

INSERT INTO fit_statement (source_id, suits, position, text) VALUES
('career-profile', TRUE, 1, 'You enjoy solving problems.'),
('career-profile', TRUE, 2, 'You like building systems.'),
('career-profile', TRUE, 3, 'You pick up new tools readily.'),
('career-profile', TRUE, 4, 'You are comfortable working in a team.'),
('career-profile', TRUE, 5, 'You enjoy working in iterations.'),
('career-profile', FALSE, 1, 'You would rather avoid structured problem-solving.'),
('career-profile', FALSE, 2, 'You dislike debugging.'),
('career-profile', FALSE, 3, 'You resist learning new tools.'),
('career-profile', FALSE, 4, 'You want work that is purely routine.'),
('career-profile', FALSE, 5, 'You are uncomfortable collaborating with others.');

-- The education article asks these questions without answering them; the answers use only the documents' facts.
INSERT INTO faq (id, role_slug, question_source_id, position, question, answer) VALUES
(1, 'machine-learning-engineer', 'education-article', 1, 'What skills does a machine learning engineer need?',
 'Every document that lists skills asks for programming (Python first, with R, Java or C++), mathematics (linear algebra, calculus, probability and statistics), frameworks such as TensorFlow, PyTorch and Scikit-learn, and data handling with SQL and big-data tools such as Hadoop and Spark. Cloud platforms, deep learning and MLOps come next, and so do soft skills: problem-solving, communication and collaboration.'),
(2, 'machine-learning-engineer', 'education-article', 2, 'Which programming language is best for machine learning?',
 'Python. The career guide calls it the most widely used language in machine learning, for its simplicity and its libraries, and every skill list names it. R, Java and C++ appear as useful additions.'),
(3, 'machine-learning-engineer', 'education-article', 3, 'What software do you need for machine learning?',
 'The frameworks named most often are TensorFlow, PyTorch, Scikit-learn and Keras. For data: SQL, Pandas and NumPy, with Hadoop, Spark and Kafka at larger scale. For deployment: cloud services such as AWS SageMaker, Google Cloud AI Platform and Azure Machine Learning, and MLOps tools such as MLflow and Kubeflow.'),
(4, 'machine-learning-engineer', 'education-article', 4, 'Which country is the best place for a machine-learning career?',
 'None of the documents ranks countries. The career profile describes routes in India, the United States and Europe, each with a caution: strong competition for top product roles in India, visa constraints and a high bar at top firms in the United States, and language requirements in parts of Europe. Pay figures exist only for India and the United States.'),
(5, 'machine-learning-engineer', 'education-article', 5, 'Which company in India is best for machine learning?',
 'The documents name no best company and no employer specific to India. The career profile says that in India the main employers are analytics firms, fintech and product companies; the job description lists Google, Amazon, Microsoft, Facebook (Meta), NVIDIA and IBM as top employers of the role, without naming a country.'),
(6, 'machine-learning-engineer', 'education-article', 6, 'Which branch of machine learning is the best one?',
 'The documents do not rank branches. They name natural language processing, computer vision, reinforcement learning and deep learning as specialisations, and the career guide lists NLP, deep learning and computer vision among the skills that affect pay.'),
(7, 'machine-learning-engineer', 'education-article', 7, 'Who can go into machine learning?',
 'No document sets a formal entry requirement. Most ML engineers have a degree in computer science, data science, mathematics or statistics, and a master''s or PhD is common for specialised and research roles; specialised certifications, bootcamps and self-teaching with a portfolio are also named as ways in. The career suits people who enjoy solving problems, building systems, learning new tools, teamwork and iterative work.'),
(8, 'machine-learning-engineer', 'education-article', 8, 'Which tools do machine learning engineers use?',
 'Python with NumPy, Pandas and Scikit-learn; TensorFlow, PyTorch or Keras for models; SQL, Spark, Hadoop and Kafka for data and pipelines; Git, APIs and testing for sound software practice; MLflow and Kubeflow with AWS SageMaker, Google Cloud AI Platform or Azure Machine Learning to deploy; and GitHub to show the work.'),
(9, 'machine-learning-engineer', 'education-article', 9, 'Are there four basics of machine learning, and what are they?',
 'None of the documents lists four basics. The fundamentals they name are supervised learning, unsupervised learning and model evaluation in the career guide, and reinforcement learning and neural networks in the magazine article, which also suggests studying linear regression, decision trees, support vector machines and clustering.'),
(10, 'machine-learning-engineer', 'education-article', 10, 'What is a machine learning engineer responsible for?',
 'To build models that solve business problems and keep them working: collecting and preparing data, designing and training models, evaluating and tuning them, deploying them and monitoring them in production, together with data scientists, software engineers and business teams. The education article adds keeping sensitive data private and secure.'),
(11, 'machine-learning-engineer', 'education-article', 11, 'Do machine learning engineers need SQL and Python?',
 'Yes. Python is in every skill list, and SQL is named under data handling by the career guide, the job description and the magazine article.');

INSERT INTO faq_answer_source (faq_id, source_id) VALUES
(1, 'career-guide'), (1, 'job-description'), (1, 'education-article'), (1, 'magazine-article'),
(2, 'career-guide'), (2, 'job-description'), (2, 'education-article'), (2, 'magazine-article'),
(3, 'career-guide'), (3, 'job-description'), (3, 'education-article'), (3, 'magazine-article'), (3, 'career-profile'),
(4, 'career-profile'), (4, 'career-guide'), (4, 'job-description'),
(5, 'career-profile'), (5, 'job-description'),
(6, 'career-guide'), (6, 'job-description'), (6, 'magazine-article'),
(7, 'career-guide'), (7, 'job-description'), (7, 'education-article'), (7, 'magazine-article'), (7, 'career-profile'),
(8, 'career-guide'), (8, 'job-description'), (8, 'education-article'), (8, 'magazine-article'), (8, 'career-profile'),
(9, 'career-guide'), (9, 'magazine-article'),
(10, 'career-guide'), (10, 'job-description'), (10, 'education-article'), (10, 'magazine-article'),
(11, 'career-guide'), (11, 'job-description'), (11, 'education-article'), (11, 'magazine-article');
