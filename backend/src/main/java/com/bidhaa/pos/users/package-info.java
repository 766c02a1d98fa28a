/**
 * People who use the shop's POS, their roles and passwords; the first admin is created at
 * start.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package com.bidhaa.pos.users;
