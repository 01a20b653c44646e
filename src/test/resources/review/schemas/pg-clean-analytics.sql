CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id integer NOT NULL,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_page_views_site_id_viewed_at ON page_views (site_id, viewed_at);

CREATE TABLE sites (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain varchar(253) NOT NULL UNIQUE,
    views_count bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE page_views ADD CONSTRAINT fk_page_views_site_id FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE;
