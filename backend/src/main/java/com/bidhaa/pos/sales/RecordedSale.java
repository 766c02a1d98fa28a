package com.bidhaa.pos.sales;

import java.util.List;

/**
 * The outcome of recording a sale.
 *
 * @param sale the stored sale
 * @param created false when the sale had been recorded before (a replay)
 * @param conflicts what did not match when it was recorded (empty for a replay)
 */
public record RecordedSale(SaleResponse sale, boolean created, List<SaleConflict> conflicts) {
}
