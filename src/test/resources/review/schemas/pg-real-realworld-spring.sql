-- From gothinkster/spring-boot-realworld-example-app, src/main/resources/db/migration/V1__create_tables.sql at
-- 00f778c087bd711dcf99c4769f6e54c6dfb15c3c (MIT licence), as published.
create table users (
  id varchar(255) primary key,
  username varchar(255) UNIQUE,
  password varchar(255),
  email varchar(255) UNIQUE,
  bio text,
  image varchar(511)
);

create table articles (
  id varchar(255) primary key,
  user_id varchar(255),
  slug varchar(255) UNIQUE,
  title varchar(255),
  description text,
  body text,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

create table article_favorites (
  article_id varchar(255) not null,
  user_id varchar(255) not null
);

create table follows (
  user_id varchar(255) not null,
  follow_id varchar(255) not null
);

create table tags (
  id varchar(255) primary key,
  name varchar(255)
);

create table article_tags (
  article_id varchar(255) not null,
  tag_id varchar(255) not null
);
