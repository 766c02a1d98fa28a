package com.bidhaa.pos.devices;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that writes the calling device's bookkeeping itself, once, when its
 * work is done ({@link DevicesApi#record(DeviceCall)}); the per-call registration of
 * other endpoints leaves it alone, so no request writes it twice.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WritesDeviceOnce {

}
