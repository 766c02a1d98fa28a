package com.bidhaa.pos.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProductRepository extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product> {

	Optional<Product> findBySku(String sku);

	Optional<Product> findByBarcode(String barcode);

}
