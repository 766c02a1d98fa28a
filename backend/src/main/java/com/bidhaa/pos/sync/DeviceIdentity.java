package com.bidhaa.pos.sync;

import java.util.UUID;

import com.bidhaa.pos.devices.DeviceView;

/**
 * What a device learns about itself when it registers: the code its next sale numbers
 * start with.
 *
 * @param id the device's id
 * @param code the short code that starts its sale numbers (T1, T2, … or a manager's
 * choice)
 * @param name its registered name, or null
 */
record DeviceIdentity(UUID id, String code, String name) {

	static DeviceIdentity of(DeviceView device) {
		return new DeviceIdentity(device.id(), device.code(), device.name());
	}

}
