-- A reserved word, a camelCase column, and a name over 63 bytes.
CREATE TABLE "user" (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "firstName" varchar(100) NOT NULL,
    "order" integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_user_this_index_name_is_far_too_long_for_postgresql_to_keep_whole ON "user" ("order");
