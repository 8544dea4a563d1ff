-- A reviewer declares the registry agency they work for (its ID); conflicts of interest compare agency IDs.
-- The agency column keeps the agency's name, and for declarations made before, the free text declared.
ALTER TABLE asst_fel_reviewer ADD COLUMN agency_id CHAR(36);
