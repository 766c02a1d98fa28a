package com.bidhaa.pos.shop;

import java.time.Instant;

/**
 * The shop as receipts head it.
 *
 * @param name the shop's name, or null until set
 * @param address its address, or null
 * @param phone its phone, or null
 * @param tin its taxpayer identification number, or null
 * @param receiptFooter the line under every receipt, or null
 * @param currency the currency of every amount (pos.shop.currency), read-only
 * @param timeZone where the shop's days begin and end (pos.shop.time-zone), read-only
 * @param version how many edits changed the details; 0 until the first
 * @param updatedAt when they last changed, or null until the first edit
 */
record ShopResponse(String name, String address, String phone, String tin, String receiptFooter, String currency,
		String timeZone, long version, Instant updatedAt) {
}
