package com.bidhaa.pos.sales;

import java.math.BigDecimal;

/**
 * What the server holds of one device's sales in a period.
 *
 * @param count how many sales
 * @param total the sum of their totals, in the shop's currency
 */
public record DeviceSales(long count, BigDecimal total) {
}
