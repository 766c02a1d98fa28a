-- The applied-mutation log of POST /api/sync/push (docs/sync-protocol.md): one row per mutation applied,
-- written in the mutation's own transaction, so a mutation sent again (same id) is answered from here
-- with the record's current copy instead of being applied twice. record_id is the record the mutation
-- was about (a sale, customer or product id).
CREATE TABLE applied_mutations (
    id         UUID PRIMARY KEY,
    device_id  UUID,
    name       VARCHAR(40)              NOT NULL,
    record_id  UUID                     NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL
);
