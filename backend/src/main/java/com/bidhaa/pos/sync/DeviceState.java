package com.bidhaa.pos.sync;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One device's sync state, as a till checks it when a shift closes: everything the sync
 * status shows of it, and what the server holds of its sales.
 *
 * @param device the device as the sync status shows it
 * @param salesCount how many of its sales the server holds (in the period asked for)
 * @param salesTotal the sum of their total_amount, in the shop's currency
 */
record DeviceState(@JsonUnwrapped SyncStatus.Device device, long salesCount, BigDecimal salesTotal) {
}
