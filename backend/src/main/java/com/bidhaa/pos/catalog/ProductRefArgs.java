package com.bidhaa.pos.catalog;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The args of a product.archive or product.restore mutation (docs/sync-protocol.md).
 *
 * @param id the product
 */
public record ProductRefArgs(@NotNull UUID id) {
}
