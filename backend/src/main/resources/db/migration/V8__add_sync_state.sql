-- A product's version now moves with its stock too (devices see stock in delta pulls); details_version
-- is the version of its last edit, which If-Match is checked against.
ALTER TABLE products ADD COLUMN details_version BIGINT;
UPDATE products SET details_version = version;
ALTER TABLE products ALTER COLUMN details_version SET NOT NULL;

-- What the server knows of each device's sync: last pull and push, what it says it still holds, and
-- how far its gapless sale sequence has arrived.
ALTER TABLE devices ADD COLUMN last_pull_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE devices ADD COLUMN last_push_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE devices ADD COLUMN pending_count INTEGER;
ALTER TABLE devices ADD COLUMN contiguous_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE devices ADD COLUMN max_seq BIGINT DEFAULT 0 NOT NULL;

-- Conflicts the server resolved by its rules, kept for a manager to review (SYNC.md, invariant 5).
CREATE TABLE sync_conflicts (
    id           UUID PRIMARY KEY,
    type         VARCHAR(32)   NOT NULL,
    device_id    UUID,
    sale_id      UUID,
    product_id   UUID,
    details      VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolved_by  UUID,
    CONSTRAINT sync_conflicts_type_ck CHECK (type IN ('oversold', 'price-mismatch', 'archived-product', 'total-mismatch'))
);
CREATE INDEX sync_conflicts_open_idx ON sync_conflicts (resolved_at, type);
CREATE INDEX sync_conflicts_sale_idx ON sync_conflicts (sale_id);
