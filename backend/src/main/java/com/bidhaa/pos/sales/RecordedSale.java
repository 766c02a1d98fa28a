package com.bidhaa.pos.sales;

/**
 * The outcome of recording a sale.
 *
 * @param sale the stored sale
 * @param created false when the sale had been recorded before (a replay)
 */
public record RecordedSale(SaleResponse sale, boolean created) {
}
