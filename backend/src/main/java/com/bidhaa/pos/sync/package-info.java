/**
 * The sync protocol (SYNC.md): delta pulls by cursor, exactly-once bulk push of sales
 * with per-sale results, the conflicts the server resolved, devices and the sync status a
 * manager watches.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "sales", "catalog", "customers", "devices", "security", "users", "shared" })
package com.bidhaa.pos.sync;
