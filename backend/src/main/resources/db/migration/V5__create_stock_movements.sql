-- Stock is never written as a figure by a device: it is the sum of these movements. stock_levels keeps
-- that sum per product, updated in the same transaction as each movement.
CREATE TABLE stock_movements (
    id          UUID PRIMARY KEY,
    product_id  UUID           NOT NULL REFERENCES products (id),
    kind        VARCHAR(16)    NOT NULL,
    quantity    NUMERIC(14, 3) NOT NULL,
    sale_id     UUID,
    reason      VARCHAR(32),
    note        VARCHAR(500),
    user_id     UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_movements_kind_ck CHECK (kind IN ('SALE', 'ADJUSTMENT'))
);
CREATE INDEX stock_movements_product_idx ON stock_movements (product_id);
CREATE INDEX stock_movements_sale_idx ON stock_movements (sale_id);

CREATE TABLE stock_levels (
    product_id UUID PRIMARY KEY REFERENCES products (id),
    on_hand    NUMERIC(16, 3) NOT NULL,
    version    BIGINT         NOT NULL
);
