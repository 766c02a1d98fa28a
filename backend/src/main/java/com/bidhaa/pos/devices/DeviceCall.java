package com.bidhaa.pos.devices;

import java.util.UUID;

/**
 * What one request tells of the device that made it, written once when the request is
 * done ({@link DevicesApi#record(DeviceCall)}).
 *
 * @param deviceId the device
 * @param userId who used it
 * @param name the name it gave, or null to keep the known one
 * @param appVersion the app version it gave, or null to keep the known one
 * @param pulled true when the request was a pull
 * @param pushed true when the request was a push
 * @param pending what it still holds queued after this request, or null to keep the known
 * figure
 * @param health its health report, or null to keep the last one
 * @param sequence how far its sales have arrived, or null when the request recorded none
 */
public record DeviceCall(UUID deviceId, UUID userId, String name, String appVersion, boolean pulled, boolean pushed,
		Integer pending, HealthReport health, SaleSequence sequence) {

	/** A call that only says the device was used. */
	public static DeviceCall seen(UUID deviceId, UUID userId) {
		return new DeviceCall(deviceId, userId, null, null, false, false, null, null, null);
	}

	/** The call, naming the device and its app version. */
	public DeviceCall named(String name, String appVersion, HealthReport health) {
		return new DeviceCall(this.deviceId, this.userId, name, appVersion, this.pulled, this.pushed, this.pending,
				health, this.sequence);
	}

	/** The call as a pull. */
	public DeviceCall pull() {
		return new DeviceCall(this.deviceId, this.userId, this.name, this.appVersion, true, this.pushed, this.pending,
				this.health, this.sequence);
	}

	/** The call as a push, with what the device still holds and its health. */
	public DeviceCall push(Integer pending, HealthReport health) {
		return new DeviceCall(this.deviceId, this.userId, this.name, this.appVersion, this.pulled, true, pending,
				health, this.sequence);
	}

	/** The call with how far the device's sales have arrived. */
	public DeviceCall withSequence(SaleSequence sequence) {
		return new DeviceCall(this.deviceId, this.userId, this.name, this.appVersion, this.pulled, this.pushed,
				this.pending, this.health, sequence);
	}

}
