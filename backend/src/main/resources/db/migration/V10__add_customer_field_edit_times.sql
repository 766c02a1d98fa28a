-- Customers are edited on several devices, offline: each field keeps the device edit time of the value
-- it holds, so concurrent edits are merged field by field, last writer wins (SYNC.md), and the losing
-- values are recorded as conflicts.
ALTER TABLE customers ADD COLUMN name_edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE customers ADD COLUMN phone_edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE customers ADD COLUMN email_edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE customers ADD COLUMN notes_edited_at TIMESTAMP WITH TIME ZONE;
UPDATE customers SET name_edited_at = updated_at, phone_edited_at = updated_at, email_edited_at = updated_at,
    notes_edited_at = updated_at;
ALTER TABLE customers ALTER COLUMN name_edited_at SET NOT NULL;
ALTER TABLE customers ALTER COLUMN phone_edited_at SET NOT NULL;
ALTER TABLE customers ALTER COLUMN email_edited_at SET NOT NULL;
ALTER TABLE customers ALTER COLUMN notes_edited_at SET NOT NULL;

ALTER TABLE sync_conflicts ADD COLUMN customer_id UUID;
ALTER TABLE sync_conflicts DROP CONSTRAINT sync_conflicts_type_ck;
ALTER TABLE sync_conflicts ADD CONSTRAINT sync_conflicts_type_ck
    CHECK (type IN ('oversold', 'price-mismatch', 'archived-product', 'total-mismatch', 'customer-edit'));
