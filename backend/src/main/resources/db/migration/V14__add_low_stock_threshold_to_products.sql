-- A manager's threshold at or below which a product counts as low on stock; null uses the shop's default.
ALTER TABLE products ADD COLUMN low_stock_threshold NUMERIC(12, 3);
ALTER TABLE products ADD CONSTRAINT products_low_stock_threshold_ck CHECK (low_stock_threshold >= 0);
