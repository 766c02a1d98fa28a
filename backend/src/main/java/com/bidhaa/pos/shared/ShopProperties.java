package com.bidhaa.pos.shared;

import java.util.Currency;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shop-wide settings.
 *
 * @param currency the currency every price and sale is in (ISO 4217), TZS by default
 */
@Validated
@ConfigurationProperties("pos.shop")
public record ShopProperties(@NotNull @DefaultValue("TZS") Currency currency) {
}
