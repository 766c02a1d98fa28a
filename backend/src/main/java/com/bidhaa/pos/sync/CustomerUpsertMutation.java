package com.bidhaa.pos.sync;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.bidhaa.pos.customers.CustomerUpsertArgs;
import com.bidhaa.pos.customers.CustomerWrite;
import com.bidhaa.pos.customers.CustomersApi;

import org.springframework.stereotype.Component;

/**
 * {@code customer.upsert}: the fields of a customer a device changed, merged field by
 * field by the customers module.
 */
@Component
class CustomerUpsertMutation implements MutationKind<CustomerUpsertArgs> {

	static final String NAME = "customer.upsert";

	private final CustomersApi customers;

	CustomerUpsertMutation(CustomersApi customers) {
		this.customers = customers;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<CustomerUpsertArgs> argsType() {
		return CustomerUpsertArgs.class;
	}

	@Override
	public boolean managersOnly() {
		return false;
	}

	@Override
	public String collection() {
		return "customers";
	}

	@Override
	public UUID recordId(CustomerUpsertArgs args) {
		return args.id();
	}

	@Override
	public Applied apply(CustomerUpsertArgs args, Context context) {
		Set<String> sent = new HashSet<>(context.args().propertyNames());
		CustomerWrite write = this.customers.upsert(args, sent, context.deviceId());
		return new Applied(write.customer(), write.changed() || !write.lost().isEmpty(), write.lost());
	}

	@Override
	public Optional<?> current(UUID recordId) {
		return this.customers.find(recordId);
	}

}
