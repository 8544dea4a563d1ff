-- An organisation's IATI organisation identifier (a registration agency's prefix and the organisation's ID there,
-- e.g. XM-DAC-5-7), by which IATI files name it in reporting-org/@ref and participating-org/@ref: optional, and
-- no two organisations share one (a unique index allows any number of NULLs on H2 and MySQL/MariaDB alike).
ALTER TABLE reg_organisation ADD COLUMN iati_identifier VARCHAR(100);
CREATE UNIQUE INDEX uq_reg_organisation_iati_identifier ON reg_organisation (iati_identifier);

-- The identifiers these organisations publish under on the IATI Registry. The others stay empty until staff enter
-- one: the EU publishes through several Commission services (INTPA, NEAR, FPI, ECHO) and the US through the
-- Department of State as a whole, none of them the registry's organisation itself; for the rest no identifier was
-- confirmed. The IDs are those V3 gave (name-based UUIDs of the acronyms).
UPDATE reg_organisation SET iati_identifier = 'XM-DAC-5-7' WHERE id = '5dbe3217-68fe-3588-b893-d8098676e923';   -- GFFO
UPDATE reg_organisation SET iati_identifier = 'XM-DAC-5-52' WHERE id = '5763e0ef-d9c8-33b8-99b7-fe5e45fd36ad';  -- GIZ
UPDATE reg_organisation SET iati_identifier = 'XM-DAC-701-8' WHERE id = '4f62b881-704a-3ca9-a2e2-dc4b4651c12b'; -- JICA
UPDATE reg_organisation SET iati_identifier = 'CA-3' WHERE id = 'd116ec4f-e655-3a85-8947-584d91a34812';         -- GAC
UPDATE reg_organisation SET iati_identifier = 'XM-DAC-41114' WHERE id = 'b2727616-2d29-3400-aa30-478c0dd30c20'; -- UNDP
