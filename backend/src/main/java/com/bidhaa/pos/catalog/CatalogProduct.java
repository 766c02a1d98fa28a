package com.bidhaa.pos.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as other modules see it: what a sale line needs.
 *
 * @param id the product's id
 * @param sku its stock-keeping code
 * @param name its name, copied onto sale lines
 * @param unitPrice its current price
 * @param archived true when no longer sold
 */
public record CatalogProduct(UUID id, String sku, String name, BigDecimal unitPrice, boolean archived) {
}
