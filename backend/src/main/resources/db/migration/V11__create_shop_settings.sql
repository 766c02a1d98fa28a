-- The shop's own details, printed at the head and foot of receipts: one row, edited by managers, last
-- write wins. Empty until a manager fills it in; version counts the edits that changed something.
CREATE TABLE shop_settings (
    id             INTEGER PRIMARY KEY,
    name           VARCHAR(80),
    address        VARCHAR(200),
    phone          VARCHAR(40),
    tin            VARCHAR(30),
    receipt_footer VARCHAR(200),
    version        BIGINT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT shop_settings_one_row_ck CHECK (id = 1)
);
INSERT INTO shop_settings (id, version) VALUES (1, 0);
