/**
 * The shop's own details (name, address, phone, TIN, receipt footer) that head its
 * receipts, with the currency and time zone the server is configured for.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.bidhaa.pos.shop;
