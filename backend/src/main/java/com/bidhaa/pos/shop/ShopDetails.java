package com.bidhaa.pos.shop;

/**
 * The shop's editable details, normalised (trimmed, blanks as null).
 *
 * @param name the shop's name
 * @param address where it is
 * @param phone how to call it
 * @param tin its taxpayer identification number
 * @param receiptFooter the line printed under every receipt
 */
record ShopDetails(String name, String address, String phone, String tin, String receiptFooter) {
}
