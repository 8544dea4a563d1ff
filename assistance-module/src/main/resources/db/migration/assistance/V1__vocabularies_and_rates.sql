-- Reference data of the assistance module: the vocabularies needs and offers are described with (thematic areas,
-- assistance types, equipment types, training topics), labelled in English, French and Arabic and editable by
-- staff; the exchange rates staff maintain for comparing budgets across currencies; the matching weights.
-- Portable across H2 (MySQL mode) and MySQL/MariaDB.
CREATE TABLE asst_term (
    code       VARCHAR(40)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    label_en   VARCHAR(200) NOT NULL,
    label_fr   VARCHAR(200),
    label_ar   VARCHAR(200),
    sort_order INT          DEFAULT 0 NOT NULL,
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    version    BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_term PRIMARY KEY (code)
);
CREATE INDEX ix_asst_term_kind ON asst_term (kind, sort_order);

-- Units of a currency for one US dollar; any pair converts through the dollar.
CREATE TABLE asst_exchange_rate (
    currency      CHAR(3)        NOT NULL,
    units_per_usd DECIMAL(19, 6) NOT NULL,
    as_of         DATE           NOT NULL,
    version       BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_exchange_rate PRIMARY KEY (currency)
);

-- The weights staff set for the matching engine; no row means the engine's defaults.
CREATE TABLE asst_matching_weights (
    id            VARCHAR(20) NOT NULL,
    w_theme       DOUBLE      NOT NULL,
    w_type        DOUBLE      NOT NULL,
    w_lines       DOUBLE      NOT NULL,
    w_budget      DOUBLE      NOT NULL,
    w_period      DOUBLE      NOT NULL,
    w_language    DOUBLE      NOT NULL,
    w_developing  DOUBLE      NOT NULL,
    w_waiting     DOUBLE      NOT NULL,
    version       BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_asst_matching_weights PRIMARY KEY (id)
);

INSERT INTO asst_term (code, kind, label_en, label_fr, label_ar, sort_order) VALUES
('MARKING', 'THEME', 'Marking', 'Marquage', 'الوسم', 1),
('RECORD_KEEPING', 'THEME', 'Record-keeping', 'Tenue de registres', 'حفظ السجلات', 2),
('TRACING', 'THEME', 'Tracing', 'Traçage', 'التعقب', 3),
('STOCKPILE_MANAGEMENT', 'THEME', 'Stockpile management and security', 'Gestion et sécurité des stocks', 'إدارة المخزونات وأمنها', 4),
('DESTRUCTION', 'THEME', 'Destruction and disposal', 'Destruction et élimination', 'التدمير والتخلص', 5),
('DEACTIVATION', 'THEME', 'Deactivation', 'Neutralisation', 'التعطيل', 6),
('BORDER_CONTROL', 'THEME', 'Border control', 'Contrôle des frontières', 'مراقبة الحدود', 7),
('TRANSFER_CONTROLS', 'THEME', 'Transfer controls and end-user verification', 'Contrôle des transferts et vérification de l''utilisateur final', 'ضوابط النقل والتحقق من المستخدم النهائي', 8),
('ILLICIT_BROKERING', 'THEME', 'Illicit brokering', 'Courtage illicite', 'السمسرة غير المشروعة', 9),
('LEGISLATION', 'THEME', 'Legislation and national action plans', 'Législation et plans d''action nationaux', 'التشريعات وخطط العمل الوطنية', 10),
('NATIONAL_COORDINATION', 'THEME', 'National coordination capacity', 'Capacité de coordination nationale', 'قدرات التنسيق الوطني', 11),
('DATA_COLLECTION', 'THEME', 'Data collection and SDG 16.4.2 reporting', 'Collecte de données et rapports sur l''ODD 16.4.2', 'جمع البيانات والإبلاغ عن مؤشر الهدف 16.4.2', 12),
('WEAPONS_COLLECTION', 'THEME', 'Weapons collection and voluntary surrender', 'Collecte d''armes et remise volontaire', 'جمع الأسلحة والتسليم الطوعي', 13),
('DDR_CVR', 'THEME', 'DDR and community violence reduction', 'DDR et réduction de la violence communautaire', 'نزع السلاح والتسريح وإعادة الإدماج والحد من العنف المجتمعي', 14),
('AMMUNITION_MANAGEMENT', 'THEME', 'Ammunition management', 'Gestion des munitions', 'إدارة الذخيرة', 15),
('GENDER_MAINSTREAMING', 'THEME', 'Gender mainstreaming', 'Intégration de la dimension de genre', 'تعميم مراعاة المنظور الجنساني', 16),
('AWARENESS', 'THEME', 'Awareness and culture of peace', 'Sensibilisation et culture de la paix', 'التوعية وثقافة السلام', 17),
('NEW_TECHNOLOGIES', 'THEME', 'New technologies (modular, polymer, 3D-printed weapons)', 'Nouvelles technologies (armes modulaires, en polymère, imprimées en 3D)', 'التكنولوجيات الجديدة (الأسلحة المعيارية والبوليمرية والمطبوعة ثلاثيًا)', 18),
('INFORMATION_EXCHANGE', 'THEME', 'Information exchange and databases', 'Échange d''informations et bases de données', 'تبادل المعلومات وقواعد البيانات', 19),
('INVESTIGATION', 'THEME', 'Investigation and prosecution', 'Enquêtes et poursuites', 'التحقيق والملاحقة القضائية', 20),
('SECURITY_SECTOR_REFORM', 'THEME', 'Security sector reform', 'Réforme du secteur de la sécurité', 'إصلاح قطاع الأمن', 21),
('PRIVATE_SECURITY', 'THEME', 'Regulation of private security actors', 'Réglementation des acteurs de la sécurité privée', 'تنظيم الجهات الأمنية الخاصة', 22);

INSERT INTO asst_term (code, kind, label_en, label_fr, label_ar, sort_order) VALUES
('EQUIPMENT', 'ASSISTANCE_TYPE', 'Equipment', 'Équipement', 'المعدات', 1),
('TRAINING', 'ASSISTANCE_TYPE', 'Training', 'Formation', 'التدريب', 2),
('TECHNICAL_ADVICE', 'ASSISTANCE_TYPE', 'Technical/expert advice', 'Conseil technique ou d''experts', 'المشورة التقنية أو مشورة الخبراء', 3),
('FINANCIAL', 'ASSISTANCE_TYPE', 'Financial', 'Financière', 'المساعدة المالية', 4),
('TECHNOLOGY_TRANSFER', 'ASSISTANCE_TYPE', 'Technology transfer', 'Transfert de technologie', 'نقل التكنولوجيا', 5),
('LEGISLATIVE', 'ASSISTANCE_TYPE', 'Legislative assistance', 'Assistance législative', 'المساعدة التشريعية', 6),
('CAPACITY_BUILDING', 'ASSISTANCE_TYPE', 'Institutional capacity building', 'Renforcement des capacités institutionnelles', 'بناء القدرات المؤسسية', 7);

INSERT INTO asst_term (code, kind, label_en, label_fr, label_ar, sort_order) VALUES
('MARKING_MACHINE', 'EQUIPMENT_TYPE', 'Marking machine (dot-peen or stamping)', 'Machine de marquage (micro-percussion ou estampage)', 'آلة وسم (بالنقر النقطي أو بالختم)', 1),
('LASER_ENGRAVER', 'EQUIPMENT_TYPE', 'Laser engraver', 'Graveuse laser', 'آلة نقش بالليزر', 2),
('RECORD_KEEPING_SOFTWARE', 'EQUIPMENT_TYPE', 'Record-keeping software', 'Logiciel de tenue de registres', 'برمجيات حفظ السجلات', 3),
('COMPUTERS', 'EQUIPMENT_TYPE', 'Computers', 'Ordinateurs', 'حواسيب', 4),
('DIGITAL_IMAGING', 'EQUIPMENT_TYPE', 'Digital imaging', 'Imagerie numérique', 'التصوير الرقمي', 5),
('STORAGE_SECURITY', 'EQUIPMENT_TYPE', 'Storage and security hardware', 'Matériel de stockage et de sécurité', 'معدات التخزين والأمن', 6),
('DESTRUCTION_EQUIPMENT', 'EQUIPMENT_TYPE', 'Destruction equipment', 'Matériel de destruction', 'معدات التدمير', 7);

INSERT INTO asst_term (code, kind, label_en, label_fr, label_ar, sort_order) VALUES
('COURSE_MARKING', 'TRAINING_TOPIC', 'Marking-machine operation and maintenance', 'Utilisation et entretien des machines de marquage', 'تشغيل آلات الوسم وصيانتها', 1),
('COURSE_RECORD_KEEPING', 'TRAINING_TOPIC', 'Record-keeping and data entry', 'Tenue de registres et saisie de données', 'حفظ السجلات وإدخال البيانات', 2),
('COURSE_IDENTIFICATION', 'TRAINING_TOPIC', 'Weapons identification', 'Identification des armes', 'التعرف على الأسلحة', 3),
('COURSE_TRACING', 'TRAINING_TOPIC', 'Tracing', 'Traçage', 'التعقب', 4),
('COURSE_STOCKPILE', 'TRAINING_TOPIC', 'Stockpile management', 'Gestion des stocks', 'إدارة المخزونات', 5);

INSERT INTO asst_exchange_rate (currency, units_per_usd, as_of) VALUES
('USD', 1.000000, DATE '2026-11-02'),
('EUR', 0.865000, DATE '2026-11-02'),
('GBP', 0.760000, DATE '2026-11-02'),
('CHF', 0.805000, DATE '2026-11-02'),
('SEK', 9.500000, DATE '2026-11-02'),
('NOK', 10.100000, DATE '2026-11-02'),
('JPY', 153.000000, DATE '2026-11-02'),
('CAD', 1.400000, DATE '2026-11-02'),
('AUD', 1.530000, DATE '2026-11-02'),
('KES', 129.200000, DATE '2026-11-02');
