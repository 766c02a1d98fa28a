-- Every device gets a short code that starts its sale numbers (T1-000042), assigned by the server
-- in order of registration and changeable by a manager. Devices already known get T1, T2, … in the
-- order the server first saw them.
ALTER TABLE devices ADD COLUMN code VARCHAR(8);
UPDATE devices SET code = (
    SELECT 'T' || CAST(ranked.n AS VARCHAR(20))
    FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY first_seen_at, id) AS n FROM devices) ranked
    WHERE ranked.id = devices.id);
ALTER TABLE devices ADD CONSTRAINT devices_code_uk UNIQUE (code);

-- Every code a device has ever held. Sale numbers already issued never change, so a code once used by
-- one device is never given to another: a till still offline with its old code cannot collide.
CREATE TABLE device_codes (
    code      VARCHAR(8) PRIMARY KEY,
    device_id UUID NOT NULL REFERENCES devices (id),
    taken_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO device_codes (code, device_id, taken_at) SELECT code, id, first_seen_at FROM devices;

-- The number of the last T<n> code handed out; its row lock puts concurrent registrations in order.
CREATE TABLE device_code_counter (
    id          INTEGER PRIMARY KEY,
    last_number BIGINT NOT NULL,
    CONSTRAINT device_code_counter_one_row_ck CHECK (id = 1)
);
INSERT INTO device_code_counter (id, last_number) SELECT 1, COUNT(*) FROM devices;
