package com.bidhaa.pos.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product> {

	Optional<Product> findBySku(String sku);

	Optional<Product> findByBarcode(String barcode);

	/**
	 * Products changed after the row (version, id), in (version, id) order. The bound on
	 * version alone lets the (version, id) index start at the cursor instead of scanning
	 * from its first entry.
	 */
	@Query("select p from Product p where p.version >= :version and (p.version > :version or p.id > :id) "
			+ "order by p.version, p.id")
	List<Product> changedAfter(long version, UUID id, Limit limit);

	/**
	 * Moves the products' version on a stock change, so delta pulls carry their new
	 * stock.
	 */
	@Modifying
	@Query("update Product p set p.version = :version where p.id in :ids")
	int stockChanged(Collection<UUID> ids, long version);

}
