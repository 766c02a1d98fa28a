package com.bidhaa.pos.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;
import com.bidhaa.pos.shared.Text;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;

/**
 * The product list's filters as a JPA specification.
 */
final class ProductSearch {

	/** Which products a list shows. */
	enum Status {

		ACTIVE, ARCHIVED, ALL;

		static Status parse(String value) {
			for (Status status : values()) {
				if (status.name().equalsIgnoreCase(value)) {
					return status;
				}
			}
			throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter 'status' must be active, archived or all.");
		}

	}

	private ProductSearch() {
	}

	/**
	 * Name or SKU containing {@code q} (any case), or barcode equal to it; optional
	 * category and status.
	 */
	static Specification<Product> matching(String q, String category, Status status) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (StringUtils.hasText(q)) {
				String pattern = Text.containsPattern(q.trim().toLowerCase(Locale.ROOT));
				where.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("sku")), pattern, '\\'), cb.equal(root.get("barcode"), q.trim())));
			}
			if (StringUtils.hasText(category)) {
				where.add(cb.equal(root.get("category"), category.trim()));
			}
			if (status != Status.ALL) {
				where.add(cb.equal(root.get("archived"), status == Status.ARCHIVED));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
