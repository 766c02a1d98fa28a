/**
 * Products, their prices and barcodes, and the stock endpoints of a product.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "inventory", "security", "shared" })
package com.bidhaa.pos.catalog;
