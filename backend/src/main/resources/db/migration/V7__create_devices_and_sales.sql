-- A device is a phone, tablet or shop server that rings up sales; its id is made on the device.
CREATE TABLE devices (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100),
    user_id       UUID REFERENCES users (id),
    app_version   VARCHAR(40),
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A sale's id is chosen by the client, so a replay finds the stored sale instead of making another.
-- request_hash fingerprints what the client sent, to tell a replay from a different sale reusing an id.
CREATE TABLE sales (
    id                UUID PRIMARY KEY,
    sale_number       VARCHAR(32)    NOT NULL,
    device_id         UUID REFERENCES devices (id),
    device_seq        BIGINT,
    cashier_id        UUID           NOT NULL REFERENCES users (id),
    customer_id       UUID REFERENCES customers (id),
    customer_name     VARCHAR(200),
    customer_phone    VARCHAR(32),
    sold_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_method    VARCHAR(16)    NOT NULL,
    payment_reference VARCHAR(64),
    currency          VARCHAR(3)     NOT NULL,
    subtotal          NUMERIC(14, 2) NOT NULL,
    discount          NUMERIC(14, 2) NOT NULL,
    total_amount      NUMERIC(14, 2) NOT NULL,
    amount_tendered   NUMERIC(14, 2),
    change_due        NUMERIC(14, 2) NOT NULL,
    request_hash      VARCHAR(64)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT sales_payment_ck CHECK (payment_method IN ('CASH', 'MOBILE_MONEY', 'CARD'))
);
CREATE INDEX sales_sold_at_idx ON sales (sold_at);
CREATE INDEX sales_cashier_idx ON sales (cashier_id, sold_at);
CREATE INDEX sales_device_idx ON sales (device_id, device_seq);
CREATE INDEX sales_number_idx ON sales (sale_number);
CREATE INDEX sales_version_idx ON sales (version, id);

CREATE TABLE sale_items (
    sale_id      UUID           NOT NULL REFERENCES sales (id),
    line_no      INTEGER        NOT NULL,
    product_id   UUID           NOT NULL REFERENCES products (id),
    product_name VARCHAR(200)   NOT NULL,
    sku          VARCHAR(64)    NOT NULL,
    quantity     NUMERIC(14, 3) NOT NULL,
    unit_price   NUMERIC(14, 2) NOT NULL,
    line_total   NUMERIC(14, 2) NOT NULL,
    CONSTRAINT sale_items_pk PRIMARY KEY (sale_id, line_no),
    CONSTRAINT sale_items_quantity_ck CHECK (quantity > 0)
);
CREATE INDEX sale_items_product_idx ON sale_items (product_id);
