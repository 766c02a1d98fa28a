/**
 * The phones, tablets and shop servers that ring up sales, known by the id each made for
 * itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.bidhaa.pos.devices;
