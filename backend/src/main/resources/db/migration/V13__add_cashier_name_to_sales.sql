-- Receipts and the sales history name who rang a sale up as they were named then, as sale lines keep
-- the product's name: renaming a user later changes no recorded sale. Sales recorded before take the
-- name their cashier has now.
ALTER TABLE sales ADD COLUMN cashier_name VARCHAR(120);
UPDATE sales SET cashier_name = (SELECT users.display_name FROM users WHERE users.id = sales.cashier_id);
ALTER TABLE sales ALTER COLUMN cashier_name SET NOT NULL;
