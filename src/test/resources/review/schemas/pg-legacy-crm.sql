-- a legacy schema ported from Access: one wide table per business object
CREATE TABLE "Customer" (
    customer_no integer PRIMARY KEY,
    company varchar(100) NOT NULL,
    sales_rep_id integer,
    sales_rep_name varchar(100),
    sales_rep_phone varchar(30),
    postal_code varchar(10),
    city varchar(60),
    state varchar(2),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
