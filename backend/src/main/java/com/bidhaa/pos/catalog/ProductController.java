package com.bidhaa.pos.catalog;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.bidhaa.pos.shared.PageResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Products", description = "The catalogue; everyone reads it, managers and admins change it")
@RestController
@RequestMapping("/api/products")
class ProductController {

	private final ProductService products;

	private final ProductQueries queries;

	ProductController(ProductService products, ProductQueries queries) {
		this.products = products;
		this.queries = queries;
	}

	@Operation(summary = "Search and page through products",
			description = "q matches name or SKU (contains, any case) or the exact barcode.")
	@GetMapping
	PageResponse<ProductResponse> list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @Size(max = 100) String category,
			@Parameter(description = "active (default), archived or all") @RequestParam(
					defaultValue = "active") String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.queries.list(q, category, ProductSearch.Status.parse(status), page, size);
	}

	@Operation(summary = "Get one product", description = "The ETag header carries its version for If-Match.")
	@GetMapping("/{id}")
	ResponseEntity<ProductResponse> get(@PathVariable UUID id) {
		return withEtag(HttpStatus.OK, this.queries.get(id));
	}

	@Operation(summary = "Create a product",
			description = "With a client-made id, sending the same product again answers 200 with the stored one; "
					+ "different details under that id answer 409 id-conflict. Stock starts at 0: record stock received "
					+ "as a stock adjustment.")
	@PostMapping
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
		ProductWrite result = this.products.create(request);
		ProductResponse product = result.product();
		return ResponseEntity.status(result.changed() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/products/" + product.id()))
			.eTag(product.etag())
			.body(product);
	}

	@Operation(summary = "Replace a product's details",
			description = "If-Match must carry the version edited. A stale version answers 412 precondition-failed "
					+ "with the current record in 'current'.")
	@PutMapping("/{id}")
	ResponseEntity<ProductResponse> update(@PathVariable UUID id,
			@Parameter(description = "The version edited, e.g. \"42\"") @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody ProductRequest request) {
		long expected = IfMatch.version(ifMatch);
		return withEtag(HttpStatus.OK, this.products.update(id, expected, request));
	}

	@Operation(summary = "Archive a product", description = "It stays in history and sync but is no longer sold.")
	@PostMapping("/{id}/archive")
	ResponseEntity<ProductResponse> archive(@PathVariable UUID id) {
		return withEtag(HttpStatus.OK, this.products.setArchived(id, true).product());
	}

	@Operation(summary = "Restore an archived product")
	@PostMapping("/{id}/restore")
	ResponseEntity<ProductResponse> restore(@PathVariable UUID id) {
		return withEtag(HttpStatus.OK, this.products.setArchived(id, false).product());
	}

	private static ResponseEntity<ProductResponse> withEtag(HttpStatus status, ProductResponse product) {
		return ResponseEntity.status(status).eTag(product.etag()).body(product);
	}

}
