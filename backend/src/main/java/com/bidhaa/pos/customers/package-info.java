/**
 * The shop's customers, created on any device with an id the device made.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.bidhaa.pos.customers;
