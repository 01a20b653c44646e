-- Event ticketing: venues, events, ticket types, orders and issued tickets.
-- Events are soft-deleted (deleted_at) because issued tickets keep pointing at them.

CREATE TABLE venues (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    address_line1   text        NOT NULL,
    address_line2   text,
    city            text        NOT NULL,
    postal_code     text        NOT NULL,
    capacity        integer     NOT NULL CHECK (capacity > 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id        bigint      NOT NULL REFERENCES venues (id) ON DELETE RESTRICT,
    slug            text        NOT NULL UNIQUE,
    title           text        NOT NULL,
    description     text,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz,
    on_sale_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_events_venue_id ON events (venue_id);
CREATE INDEX idx_events_starts_at ON events (starts_at);

CREATE TABLE ticket_types (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        bigint        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name            text          NOT NULL,
    price           numeric(10,2) NOT NULL CHECK (price >= 0),
    quantity_total  integer       NOT NULL CHECK (quantity_total >= 0),
    sales_end_at    timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT uq_ticket_types_event_id_name UNIQUE (event_id, name)
);

CREATE TABLE orders (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_number    text          NOT NULL UNIQUE,
    -- guest checkout: the same buyer places many orders with the same address
    buyer_email     text          NOT NULL,
    buyer_name      text          NOT NULL,
    status          text          NOT NULL DEFAULT 'reserved'
                    CHECK (status IN ('reserved', 'paid', 'expired', 'refunded')),
    total_amount    numeric(10,2) NOT NULL CHECK (total_amount >= 0),
    reserved_until  timestamptz   NOT NULL,
    paid_at         timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint      NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    ticket_type_id  bigint      NOT NULL REFERENCES ticket_types (id) ON DELETE RESTRICT,
    -- copied from ticket_types.event_id: the door scanners look tickets up by event without a join
    event_id        bigint      NOT NULL REFERENCES events (id) ON DELETE RESTRICT,
    barcode         text        NOT NULL UNIQUE,
    holder_name     text,
    checked_in      boolean     NOT NULL DEFAULT false,
    checked_in_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_tickets_order_id ON tickets (order_id);
CREATE INDEX idx_tickets_ticket_type_id ON tickets (ticket_type_id);
CREATE INDEX idx_tickets_event_id ON tickets (event_id);
CREATE INDEX idx_tickets_checked_in ON tickets (checked_in);
