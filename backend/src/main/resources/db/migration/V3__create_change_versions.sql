-- One shop-wide counter. Every transaction that writes synced data bumps it first and stamps its rows
-- with the new value; the row lock on this counter orders writers, so versions follow commit order.
CREATE TABLE change_versions (
    id    INTEGER PRIMARY KEY,
    last_version BIGINT NOT NULL
);
INSERT INTO change_versions (id, last_version) VALUES (1, 0);
