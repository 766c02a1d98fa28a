CREATE TABLE products (
    id         UUID PRIMARY KEY,
    sku        VARCHAR(64)    NOT NULL,
    barcode    VARCHAR(64),
    name       VARCHAR(200)   NOT NULL,
    category   VARCHAR(100),
    unit_price NUMERIC(14, 2) NOT NULL,
    archived   BOOLEAN        NOT NULL,
    version    BIGINT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT products_sku_uq UNIQUE (sku),
    CONSTRAINT products_barcode_uq UNIQUE (barcode),
    CONSTRAINT products_price_ck CHECK (unit_price >= 0)
);
CREATE INDEX products_version_idx ON products (version, id);
CREATE INDEX products_name_idx ON products (name);
