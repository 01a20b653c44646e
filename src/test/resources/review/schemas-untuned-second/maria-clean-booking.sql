-- Hotel booking engine (MariaDB 10.11). Index names follow the ix_<table>_<columns> convention
-- of the company, unique keys ux_<table>_<columns>, foreign keys fk_<table>_<column>.

CREATE TABLE hotels (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    code        CHAR(5)      NOT NULL,
    name        VARCHAR(160) NOT NULL,
    timezone    VARCHAR(64)  NOT NULL,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_hotels_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE room_types (
    id              INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    hotel_id        INT UNSIGNED  NOT NULL,
    code            VARCHAR(10)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    max_occupancy   TINYINT UNSIGNED NOT NULL,
    base_rate       DECIMAL(10,2) NOT NULL,
    created_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_room_types_hotel_id_code (hotel_id, code),
    CONSTRAINT fk_room_types_hotel_id FOREIGN KEY (hotel_id) REFERENCES hotels (id) ON DELETE CASCADE,
    CONSTRAINT ck_room_types_max_occupancy CHECK (max_occupancy BETWEEN 1 AND 12),
    CONSTRAINT ck_room_types_base_rate CHECK (base_rate >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rooms (
    id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
    hotel_id        INT UNSIGNED NOT NULL,
    room_type_id    INT UNSIGNED NOT NULL,
    room_number     VARCHAR(10)  NOT NULL,
    floor           SMALLINT     NOT NULL,
    created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_rooms_hotel_id_room_number (hotel_id, room_number),
    KEY ix_rooms_room_type_id (room_type_id),
    CONSTRAINT fk_rooms_hotel_id FOREIGN KEY (hotel_id) REFERENCES hotels (id) ON DELETE CASCADE,
    CONSTRAINT fk_rooms_room_type_id FOREIGN KEY (room_type_id) REFERENCES room_types (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE guests (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    email       VARCHAR(255) NOT NULL,
    full_name   VARCHAR(160) NOT NULL,
    phone       VARCHAR(40)  NULL,
    -- pillow type, floor preference and the like, read and written whole by the profile page
    preferences JSON         NULL CHECK (JSON_VALID(preferences)),
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_guests_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reservations (
    id                  INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    hotel_id            INT UNSIGNED  NOT NULL,
    room_type_id        INT UNSIGNED  NOT NULL,
    -- assigned at check-in, NULL until then
    room_id             INT UNSIGNED  NULL,
    guest_id            INT UNSIGNED  NOT NULL,
    confirmation_code   CHAR(8)       NOT NULL,
    -- the person who made the booking (an assistant, a travel agent), not necessarily the guest
    contact_email       VARCHAR(255)  NOT NULL,
    status              ENUM('confirmed','checked_in','checked_out','cancelled','no_show') NOT NULL DEFAULT 'confirmed',
    check_in            DATE          NOT NULL,
    check_out           DATE          NOT NULL,
    adults              TINYINT UNSIGNED NOT NULL,
    children            TINYINT UNSIGNED NOT NULL DEFAULT 0,
    total_amount        DECIMAL(10,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    created_at          DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_reservations_confirmation_code (confirmation_code),
    KEY ix_reservations_hotel_id_check_in (hotel_id, check_in),
    KEY ix_reservations_room_type_id (room_type_id),
    KEY ix_reservations_room_id (room_id),
    KEY ix_reservations_guest_id (guest_id),
    CONSTRAINT fk_reservations_hotel_id FOREIGN KEY (hotel_id) REFERENCES hotels (id) ON DELETE RESTRICT,
    CONSTRAINT fk_reservations_room_type_id FOREIGN KEY (room_type_id) REFERENCES room_types (id) ON DELETE RESTRICT,
    CONSTRAINT fk_reservations_room_id FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE SET NULL,
    CONSTRAINT fk_reservations_guest_id FOREIGN KEY (guest_id) REFERENCES guests (id) ON DELETE RESTRICT,
    CONSTRAINT ck_reservations_dates CHECK (check_out > check_in),
    CONSTRAINT ck_reservations_adults CHECK (adults BETWEEN 1 AND 12),
    CONSTRAINT ck_reservations_children CHECK (children <= 12),
    CONSTRAINT ck_reservations_total_amount CHECK (total_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- one row per night: the rate actually sold for that night (rates change daily)
CREATE TABLE reservation_nights (
    reservation_id  INT UNSIGNED  NOT NULL,
    stay_date       DATE          NOT NULL,
    rate            DECIMAL(10,2) NOT NULL,
    created_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (reservation_id, stay_date),
    CONSTRAINT fk_reservation_nights_reservation_id FOREIGN KEY (reservation_id) REFERENCES reservations (id) ON DELETE CASCADE,
    CONSTRAINT ck_reservation_nights_rate CHECK (rate >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payments (
    id                  INT UNSIGNED  NOT NULL AUTO_INCREMENT,
    reservation_id      INT UNSIGNED  NOT NULL,
    method              ENUM('card','bank_transfer','cash','voucher') NOT NULL,
    amount              DECIMAL(10,2) NOT NULL,
    -- the PSP reference, NULL for cash
    provider_reference  VARCHAR(64)   NULL,
    paid_at             DATETIME      NOT NULL,
    created_at          DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY ux_payments_provider_reference (provider_reference),
    KEY ix_payments_reservation_id (reservation_id),
    CONSTRAINT fk_payments_reservation_id FOREIGN KEY (reservation_id) REFERENCES reservations (id) ON DELETE RESTRICT,
    CONSTRAINT ck_payments_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
