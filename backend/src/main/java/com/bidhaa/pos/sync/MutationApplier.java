package com.bidhaa.pos.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ChangeVersions;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one mutation by its kind (docs/sync-protocol.md, "Results"), in a transaction
 * of its own together with its row of the applied-mutation log: one sent again is
 * answered from the log, and one that cannot be applied is answered with its reason
 * without touching the others.
 */
@Component
class MutationApplier {

	private final Map<String, MutationKind<?>> kinds;

	private final MutationArgs reader;

	private final AppliedMutations log;

	private final ChangeVersions versions;

	private final TransactionTemplate eachMutation;

	MutationApplier(List<MutationKind<?>> kinds, MutationArgs reader, AppliedMutations log, ChangeVersions versions,
			PlatformTransactionManager transactions) {
		this.kinds = kinds.stream().collect(Collectors.toMap(MutationKind::name, Function.identity()));
		this.reader = reader;
		this.log = log;
		this.versions = versions;
		this.eachMutation = new TransactionTemplate(transactions);
		this.eachMutation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Applies the mutation named {@code name}; {@code id} null (an older endpoint's sale)
	 * leaves no row in the log, and {@code strict} false lets the request's device be
	 * only a default for the args.
	 */
	PushResult apply(UUID id, String name, JsonNode args, AuthenticatedUser user, UUID deviceId, boolean strict) {
		MutationKind<?> kind = this.kinds.get(name);
		if (kind == null) {
			return PushResult.rejected(id, name,
					new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_MUTATION,
							"Unknown mutation", "No mutation is named '" + name + "'; this server knows "
									+ this.kinds.keySet().stream().sorted().toList() + "."));
		}
		if (kind.managersOnly() && !user.isManager()) {
			return PushResult.rejected(id, name, new ApiException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
					"Forbidden", "Your role does not allow " + name + "."));
		}
		try {
			return applyKind(id, kind, args, new MutationKind.Context(user, deviceId, args, strict));
		}
		catch (ApiException ex) {
			// 4: a mutation that cannot be applied is answered with its reason; the rest
			// go on.
			return PushResult.rejected(id, name, ex);
		}
		catch (DataIntegrityViolationException ex) {
			// 5: the database refused one of its values: that mutation alone cannot be
			// stored. Other database failures are not the mutation's fault: the request
			// fails and the device sends it again.
			return PushResult.rejected(id, name,
					new ApiException(HttpStatus.UNPROCESSABLE_CONTENT,
							kind.name().equals(SaleRecordMutation.NAME) ? ProblemTypes.INVALID_SALE
									: ProblemTypes.VALIDATION_FAILED,
							"Cannot be stored", "A value of this " + kind.name() + " cannot be stored."));
		}
	}

	private <A> PushResult applyKind(UUID id, MutationKind<A> kind, JsonNode args, MutationKind.Context context) {
		A typed = this.reader.read(args, kind.argsType(), "args.");
		return this.eachMutation.execute((status) -> {
			// 6: take the change version first: it orders writers, so a mutation sent
			// twice at once is applied by one and answered from the log to the other.
			this.versions.current();
			if (id != null) {
				AppliedMutations.Entry logged = this.log.find(id).orElse(null);
				if (logged != null) {
					if (!logged.name().equals(kind.name())) {
						throw new ApiException(HttpStatus.CONFLICT, ProblemTypes.ID_CONFLICT, "Id already used",
								"Mutation " + id + " was applied as " + logged.name() + ".");
					}
					return PushResult.duplicate(id, kind.name(), kind.collection(),
							kind.current(logged.recordId()).orElse(null));
				}
			}
			MutationKind.Applied applied = kind.apply(typed, context);
			if (id != null) {
				this.log.add(id, context.deviceId(), kind.name(), kind.recordId(typed));
			}
			return applied.changed()
					? PushResult.applied(id, kind.name(), kind.collection(), applied.record(), applied.conflicts())
					: PushResult.duplicate(id, kind.name(), kind.collection(), applied.record());
		});
	}

}
