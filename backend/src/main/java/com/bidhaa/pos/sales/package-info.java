/**
 * Sales and their lines: recorded once under the client's id, priced from the catalogue,
 * named after their cashier, moving stock in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "catalog", "inventory", "customers", "devices", "users", "security", "shared" })
package com.bidhaa.pos.sales;
