/**
 * The sync protocol (docs/sync-protocol.md): delta pulls by cursor, the push of typed
 * mutations applied each once by its owning module with a result per mutation, the
 * applied-mutation log, the conflicts the server resolved, devices and the sync status a
 * manager watches.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "sales", "catalog", "customers", "devices", "security", "users", "shared" })
package com.bidhaa.pos.sync;
