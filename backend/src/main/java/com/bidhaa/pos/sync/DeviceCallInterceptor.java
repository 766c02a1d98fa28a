package com.bidhaa.pos.sync;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.bidhaa.pos.devices.DeviceCall;
import com.bidhaa.pos.devices.DevicesApi;
import com.bidhaa.pos.devices.WritesDeviceOnce;
import com.bidhaa.pos.security.AuthenticatedUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Registers a device on the first API call that names it ({@code X-Device-Id}) and keeps
 * who used it and when; {@code X-Device-Name} and {@code X-App-Version}, when sent, name
 * it. A header that is not a UUID is left to the endpoint (those that take it answer
 * 400). Endpoints marked {@link WritesDeviceOnce} (push, pull, a sale) write the device
 * themselves when done, so every request writes it at most once.
 */
@Component
class DeviceCallInterceptor implements HandlerInterceptor {

	static final String DEVICE_ID = "X-Device-Id";

	private final DevicesApi devices;

	DeviceCallInterceptor(DevicesApi devices) {
		this.devices = devices;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(DEVICE_ID);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(WritesDeviceOnce.class)) {
			return true;
		}
		if (header == null || authentication == null
				|| !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
			return true;
		}
		UUID deviceId;
		try {
			deviceId = UUID.fromString(header.trim());
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
		this.devices.record(DeviceCall.seen(deviceId, user.id())
			.named(limited(request.getHeader("X-Device-Name"), 100), limited(request.getHeader("X-App-Version"), 40),
					null));
		return true;
	}

	private static String limited(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

}
