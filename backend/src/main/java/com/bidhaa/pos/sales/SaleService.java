package com.bidhaa.pos.sales;

import java.util.UUID;

import com.bidhaa.pos.security.AuthenticatedUser;
import com.bidhaa.pos.shared.NotFoundException;
import com.bidhaa.pos.shared.PageResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading sales: managers see the whole shop, a cashier only their own.
 */
@Service
@Transactional(readOnly = true)
class SaleService {

	private final SaleRepository sales;

	SaleService(SaleRepository sales) {
		this.sales = sales;
	}

	PageResponse<SaleResponse> list(SaleSearch search, int page, int size, AuthenticatedUser caller) {
		SaleSearch scoped = caller.isManager() ? search
				: new SaleSearch(search.from(), search.to(), caller.id(), search.deviceId(), search.paymentMethod());
		return PageResponse.of(
				this.sales.findAll(scoped.toSpecification(),
						PageRequest.of(page, size, Sort.by(Sort.Order.desc("soldAt"), Sort.Order.asc("id")))),
				SaleResponse::of);
	}

	SaleResponse get(UUID id, AuthenticatedUser caller) {
		Sale sale = this.sales.findById(id).orElseThrow(() -> new NotFoundException("Sale", id));
		if (!caller.isManager() && !sale.getCashierId().equals(caller.id())) {
			throw SaleExceptions.notYours(id);
		}
		return SaleResponse.of(sale);
	}

}
