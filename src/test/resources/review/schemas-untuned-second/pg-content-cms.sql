-- Newsroom CMS: authors, categories (a tree), articles, tags and revision history.

CREATE TABLE authors (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE,
    display_name        text        NOT NULL,
    bio                 text,
    featured_article_id bigint,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE categories (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- top-level sections have no parent
    parent_id       bigint      REFERENCES categories (id) ON DELETE RESTRICT,
    slug            text        NOT NULL UNIQUE,
    name            text        NOT NULL,
    "order"         integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_categories_parent_id ON categories (parent_id);

CREATE TABLE articles (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id       bigint      NOT NULL REFERENCES authors (id) ON DELETE RESTRICT,
    category_id     bigint      NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    slug            text        NOT NULL UNIQUE,
    title           text        NOT NULL,
    standfirst      text,
    body            text        NOT NULL,
    status          text        NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'in_review', 'published', 'retracted')),
    published_at    timestamptz,
    search_vector   tsvector    GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_articles_author_id ON articles (author_id);
CREATE INDEX idx_articles_category_id ON articles (category_id);
CREATE INDEX idx_articles_category_id_published_at ON articles (category_id, published_at);
CREATE INDEX idx_articles_search_vector ON articles USING gin (search_vector);

ALTER TABLE authors
    ADD CONSTRAINT fk_authors_featured_article_id FOREIGN KEY (featured_article_id)
        REFERENCES articles (id) ON DELETE SET NULL;

CREATE INDEX idx_authors_featured_article_id ON authors (featured_article_id);

CREATE TABLE tags (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            text        NOT NULL UNIQUE,
    label           text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_tags (
    article_id      bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id          bigint      NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX idx_article_tags_tag_id ON article_tags (tag_id);

CREATE TABLE revisions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id      bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- editor accounts are removed when staff leave, the revision stays, unattributed
    editor_id       bigint      REFERENCES authors (id) ON DELETE SET NULL,
    title           text        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_revisions_article_id_created_at ON revisions (article_id, created_at);
CREATE INDEX revisions_editor ON revisions (editor_id);
