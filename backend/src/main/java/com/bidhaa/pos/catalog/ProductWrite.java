package com.bidhaa.pos.catalog;

/**
 * A product after a write.
 *
 * @param product the product as stored now
 * @param changed false when the write found it already so (a replay)
 */
public record ProductWrite(ProductResponse product, boolean changed) {
}
