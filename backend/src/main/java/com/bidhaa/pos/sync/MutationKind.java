package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.bidhaa.pos.security.AuthenticatedUser;

/**
 * One kind of mutation a device pushes (docs/sync-protocol.md, "Mutation kinds"): its
 * name, its args, who may send it, and how the owning module's facade applies it. A new
 * offline action is one more of these.
 *
 * @param <A> the args record
 */
interface MutationKind<A> {

	/** The mutation name on the wire, such as {@code sale.record}. */
	String name();

	/** The record the args are read into and validated as. */
	Class<A> argsType();

	/** True when only managers and admins may send it. */
	boolean managersOnly();

	/** The collection of the record it answers with: sales, customers or products. */
	String collection();

	/** The record the mutation is about, as the log keeps it. */
	UUID recordId(A args);

	/** Applies it through the owning module, in the caller's transaction. */
	Applied apply(A args, Context context);

	/** The server's current copy of the record, for a duplicate. */
	Optional<?> current(UUID recordId);

	/**
	 * Who sent a mutation, from which device, and the args as sent (for the fields a
	 * partial edit carries).
	 *
	 * @param user the authenticated user
	 * @param deviceId the pushing device, or null
	 * @param args the args as sent
	 * @param strict true for a push, where ids inside the args must agree with the
	 * request; false for the older endpoints, where the request's device is only a
	 * default
	 */
	record Context(AuthenticatedUser user, UUID deviceId, JsonNode args, boolean strict) {
	}

	/**
	 * What applying a mutation did.
	 *
	 * @param record the record as stored now
	 * @param changed false when nothing changed (the mutation had been applied before)
	 * @param conflicts what a rule recorded as a conflict
	 */
	record Applied(Object record, boolean changed, List<?> conflicts) {
	}

}
