-- The change: a table added to the imported project, keyed the project's way.
CREATE TABLE review (
    review_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id uuid NOT NULL REFERENCES customer (customer_id) ON DELETE CASCADE,
    product_id uuid NOT NULL REFERENCES product (product_id),
    rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5)
);
