CREATE TABLE recipes (
  id integer primary key,
  name text not null,
  ingredient1 text,
  ingredient2 text,
  ingredient3 text,
  ingredient4 text,
  step_1 text,
  step_2 text,
  step_3 text,
  servings integer,
  prep_minutes integer,
  difficulty_rating integer,
  allergens text,
  created_at text not null,
  updated_at text not null
);
