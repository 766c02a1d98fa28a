package com.bidhaa.pos.customers;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

	/** Name containing the pattern (any case) or phone starting with the digits given. */
	@Query("""
			select c from Customer c
			where lower(c.name) like :namePattern escape '\\' or c.phone like :phonePattern escape '\\'""")
	Page<Customer> search(String namePattern, String phonePattern, Pageable pageable);

	/** Customers changed after the row (version, id), in (version, id) order. */
	@Query("select c from Customer c where c.version >= :version and (c.version > :version or c.id > :id) "
			+ "order by c.version, c.id")
	List<Customer> changedAfter(long version, UUID id, Limit limit);

}
