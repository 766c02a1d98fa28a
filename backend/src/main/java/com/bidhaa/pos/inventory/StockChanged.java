package com.bidhaa.pos.inventory;

import java.util.Set;
import java.util.UUID;

/**
 * Published, inside the transaction that moved it, when the stock of these products
 * changed; listeners run in that same transaction.
 *
 * @param productIds the products whose stock on hand changed
 */
public record StockChanged(Set<UUID> productIds) {
}
