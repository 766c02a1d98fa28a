/**
 * Stock movements (sales, adjustments) and the stock on hand derived from them. Devices
 * never write a stock figure; they report what happened and the server adds it up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.bidhaa.pos.inventory;
