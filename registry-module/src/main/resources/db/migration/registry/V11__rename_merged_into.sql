-- mysql-connector-j mistakes a column named merged_into in a SELECT list for SELECT ... INTO
-- ("cannot issue statements that do not produce result sets"), so the column gets another name.
ALTER TABLE reg_person RENAME COLUMN merged_into TO merged_with;
