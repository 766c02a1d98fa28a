CREATE TABLE customers (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(32),
    email      VARCHAR(254),
    notes      VARCHAR(1000),
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customers_version_idx ON customers (version, id);
CREATE INDEX customers_name_idx ON customers (name);
CREATE INDEX customers_phone_idx ON customers (phone);
