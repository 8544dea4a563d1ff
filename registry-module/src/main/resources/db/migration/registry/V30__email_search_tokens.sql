-- The e-mail address joins the name words in the token index, so a search by name or address start is one
-- index range instead of a scan (the OR on reg_person.email_lower prevented the index).
INSERT INTO reg_person_token (person_id, token)
SELECT p.id, SUBSTRING(p.email_lower, 1, 120) FROM reg_person p
WHERE p.email_lower IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM reg_person_token t WHERE t.person_id = p.id AND t.token = SUBSTRING(p.email_lower, 1, 120));
