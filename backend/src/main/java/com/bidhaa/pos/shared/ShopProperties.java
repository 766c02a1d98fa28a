package com.bidhaa.pos.shared;

import java.time.ZoneId;
import java.util.Currency;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shop-wide settings.
 *
 * @param currency the currency every price and sale is in (ISO 4217), TZS by default
 * @param timeZone the shop's time zone, where its days begin and end
 */
@Validated
@ConfigurationProperties("pos.shop")
public record ShopProperties(@NotNull @DefaultValue("TZS") Currency currency,
		@NotNull @DefaultValue("Africa/Dar_es_Salaam") ZoneId timeZone) {
}
