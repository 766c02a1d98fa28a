/**
 * Who is calling: cookie sessions for the PWA (CSRF-protected), bearer tokens for devices
 * and scripts, and which role may call what.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "users", "shared" })
package com.bidhaa.pos.security;
