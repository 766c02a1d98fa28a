package com.bidhaa.pos.bench;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product the benchmark's sales are made of, as a till knows it from its last pull.
 *
 * @param id the product's id
 * @param sku its stock-keeping code
 * @param name its name
 * @param price its current price
 */
record SoldProduct(UUID id, String sku, String name, BigDecimal price) {
}
