-- National reports: the biennial reporting cycles of the Programme of Action, each State's PoA and ITI report
-- in a cycle, and the assistance needs a report declares. Portable across H2 (MySQL mode) and MySQL/MariaDB.
-- A report's State and cycle are plain IDs (other aggregates); a declared need belongs to its report.
CREATE TABLE reg_reporting_cycle (
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    cycle_year  INT          NOT NULL,
    title_en    VARCHAR(200) NOT NULL,
    title_fr    VARCHAR(200),
    title_ar    VARCHAR(200),
    deadline    DATE         NOT NULL,
    meeting_ref VARCHAR(300),
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_reporting_cycle PRIMARY KEY (id),
    CONSTRAINT uq_reg_reporting_cycle_code UNIQUE (code)
);

CREATE TABLE reg_national_report (
    id           CHAR(36)     NOT NULL,
    state_id     CHAR(36)     NOT NULL,
    cycle_id     CHAR(36)     NOT NULL,
    instrument   VARCHAR(3)   NOT NULL,
    submitted    BOOLEAN      DEFAULT FALSE NOT NULL,
    submitted_on DATE,
    link_url     VARCHAR(500),
    document_ref VARCHAR(255),
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_national_report PRIMARY KEY (id),
    CONSTRAINT uq_reg_national_report UNIQUE (state_id, cycle_id, instrument)
);
CREATE INDEX ix_reg_national_report_cycle ON reg_national_report (cycle_id, instrument, submitted);

CREATE TABLE reg_declared_need (
    id            CHAR(36)      NOT NULL,
    report_id     CHAR(36)      NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    thematic_area VARCHAR(120),
    draft_need_id CHAR(36),
    sort_order    INT           DEFAULT 0 NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_reg_declared_need PRIMARY KEY (id),
    CONSTRAINT fk_reg_declared_need_report FOREIGN KEY (report_id) REFERENCES reg_national_report (id)
);
CREATE INDEX ix_reg_declared_need_report ON reg_declared_need (report_id, sort_order);
CREATE INDEX ix_reg_declared_need_draft ON reg_declared_need (draft_need_id);

-- The cycles of 2018-2030. IDs are name-based UUIDs of 'reporting-cycle:<code>', the same in every installation.
-- Deadlines are the regional centre's (31 March of the meeting's year, to compile before a June meeting);
-- the 2020 reports fed BMS7, which was postponed to 2021.
INSERT INTO reg_reporting_cycle (id, code, cycle_year, title_en, title_fr, title_ar, deadline, meeting_ref, version)
VALUES ('40a846bb-aa1f-3d0d-b1c5-54045097075e', '2020', 2020,
        'National reports 2020 - Seventh Biennial Meeting of States',
        'Rapports nationaux 2020 - Septième Réunion biennale des États',
        'التقارير الوطنية لعام 2020 - اجتماع الدول السابع الذي يعقد مرة كل سنتين',
        DATE '2020-03-31', 'BMS7, New York, 26-30 July 2021 (postponed from June 2020)', 0);
INSERT INTO reg_reporting_cycle (id, code, cycle_year, title_en, title_fr, title_ar, deadline, meeting_ref, version)
VALUES ('54c48302-0cd6-3f82-b26b-929b1136793f', '2022', 2022,
        'National reports 2022 - Eighth Biennial Meeting of States',
        'Rapports nationaux 2022 - Huitième Réunion biennale des États',
        'التقارير الوطنية لعام 2022 - اجتماع الدول الثامن الذي يعقد مرة كل سنتين',
        DATE '2022-03-31', 'BMS8, New York, 27 June - 1 July 2022', 0);
INSERT INTO reg_reporting_cycle (id, code, cycle_year, title_en, title_fr, title_ar, deadline, meeting_ref, version)
VALUES ('f9f894df-a321-30b5-a50a-0f44c7782905', '2024', 2024,
        'National reports 2024 - Fourth Review Conference',
        'Rapports nationaux 2024 - Quatrième Conférence d''examen',
        'التقارير الوطنية لعام 2024 - المؤتمر الاستعراضي الرابع',
        DATE '2024-03-31', 'RevCon4, New York, 18-28 June 2024', 0);
INSERT INTO reg_reporting_cycle (id, code, cycle_year, title_en, title_fr, title_ar, deadline, meeting_ref, version)
VALUES ('8bc77489-430e-31c9-ac98-465cdf5235d8', '2026', 2026,
        'National reports 2026 - Ninth Biennial Meeting of States',
        'Rapports nationaux 2026 - Neuvième Réunion biennale des États',
        'التقارير الوطنية لعام 2026 - اجتماع الدول التاسع الذي يعقد مرة كل سنتين',
        DATE '2026-03-31', 'BMS9, New York, 2026', 0);
INSERT INTO reg_reporting_cycle (id, code, cycle_year, title_en, title_fr, title_ar, deadline, meeting_ref, version)
VALUES ('7ab1bbe2-c8b1-38f6-9960-265c0f684c7b', '2028', 2028,
        'National reports 2028 - Tenth Biennial Meeting of States',
        'Rapports nationaux 2028 - Dixième Réunion biennale des États',
        'التقارير الوطنية لعام 2028 - اجتماع الدول العاشر الذي يعقد مرة كل سنتين',
        DATE '2028-03-31', 'BMS10, 2028', 0);
