-- A FELLOW account acts for one registry person (the nominee): the person's ID, and at most one account per person.
ALTER TABLE web_user_account ADD COLUMN scope_person_id CHAR(36);
CREATE UNIQUE INDEX uq_web_user_account_person ON web_user_account (scope_person_id);
