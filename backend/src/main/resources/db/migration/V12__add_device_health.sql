-- How safe each device's unsent data is, as the device last reported it (with a push, or when it
-- registered): whether the browser promised to keep its storage, how much of its quota is used, since
-- when its oldest unsent item has waited, and the app version that reported. Only the latest report is
-- kept; health_reported_at is when the server received it, null until the first report.
ALTER TABLE devices ADD COLUMN storage_persisted BOOLEAN;
ALTER TABLE devices ADD COLUMN storage_used_bytes BIGINT;
ALTER TABLE devices ADD COLUMN storage_quota_bytes BIGINT;
ALTER TABLE devices ADD COLUMN oldest_pending_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE devices ADD COLUMN health_app_version VARCHAR(40);
ALTER TABLE devices ADD COLUMN health_reported_at TIMESTAMP WITH TIME ZONE;
