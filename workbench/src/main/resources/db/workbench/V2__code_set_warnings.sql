-- Why the code-set release the engine used may not be the one in force on the encounter's date of service
-- (a JSON array of sentences; empty when it is). Written once, when the encounter is submitted.
ALTER TABLE encounter ADD COLUMN code_set_warnings_json VARCHAR(10000) DEFAULT '[]' NOT NULL;
