package com.bidhaa.pos.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Goods that left the shop in a sale.
 *
 * @param productId the product sold
 * @param quantity how much, positive
 */
public record SaleMovement(UUID productId, BigDecimal quantity) {
}
