package com.bidhaa.pos.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the HTTP API.
 *
 * @param maxRequestBytes the largest request body accepted (larger is 413
 * payload-too-large)
 */
@Validated
@ConfigurationProperties("pos.web")
public record WebProperties(@DefaultValue("2MB") DataSize maxRequestBytes) {
}
