ALTER TABLE feedback_analysis ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
