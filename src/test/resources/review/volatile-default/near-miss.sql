ALTER TABLE feedback_analysis ADD COLUMN reviewed_at timestamptz DEFAULT now();
