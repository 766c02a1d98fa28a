package com.bidhaa.pos.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The sales list's filters: a period of sale time, a cashier, a device, a payment method.
 *
 * @param from sold at or after, or null
 * @param to sold before, or null
 * @param cashierId only this cashier's sales, or null
 * @param deviceId only this device's sales, or null
 * @param paymentMethod only this payment method, or null
 */
record SaleSearch(Instant from, Instant to, UUID cashierId, UUID deviceId, PaymentMethod paymentMethod) {

	Specification<Sale> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("soldAt"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThan(root.get("soldAt"), this.to));
			}
			if (this.cashierId != null) {
				where.add(cb.equal(root.get("cashierId"), this.cashierId));
			}
			if (this.deviceId != null) {
				where.add(cb.equal(root.get("deviceId"), this.deviceId));
			}
			if (this.paymentMethod != null) {
				where.add(cb.equal(root.get("paymentMethod"), this.paymentMethod));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
