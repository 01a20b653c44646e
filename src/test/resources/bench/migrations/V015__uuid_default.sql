ALTER TABLE accounts ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
