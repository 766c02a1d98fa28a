package com.bidhaa.pos.catalog;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.bidhaa.pos.inventory.InventoryApi;
import com.bidhaa.pos.inventory.RecordAdjustmentCommand;
import com.bidhaa.pos.inventory.StockAdjustment;
import com.bidhaa.pos.inventory.StockMovementResponse;
import com.bidhaa.pos.security.AuthenticatedUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Stock", description = "Stock received, counted or written off, and a product's stock history")
@RestController
@RequestMapping("/api/products/{id}")
class StockController {

	private final ProductService products;

	private final ProductQueries queries;

	private final InventoryApi inventory;

	StockController(ProductService products, ProductQueries queries, InventoryApi inventory) {
		this.products = products;
		this.queries = queries;
		this.inventory = inventory;
	}

	@Operation(summary = "Record a stock adjustment",
			description = "Idempotent by the client-made id: a replay answers 200 with the stored adjustment, a "
					+ "different adjustment under that id 409 id-conflict. Stock may go below zero.")
	@PostMapping("/stock_adjustments")
	ResponseEntity<StockAdjustment> adjust(@PathVariable UUID id, @Valid @RequestBody StockAdjustmentRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		StockAdjustment adjustment = this.products.adjustStock(new RecordAdjustmentCommand(request.id(), id,
				request.delta(), request.reason(), request.note(), user.id()));
		return ResponseEntity.status(adjustment.created() ? HttpStatus.CREATED : HttpStatus.OK).body(adjustment);
	}

	@Operation(summary = "A product's stock movements, newest first")
	@GetMapping("/stock_movements")
	List<StockMovementResponse> history(@PathVariable UUID id,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		this.queries.get(id);
		return this.inventory.history(id, limit);
	}

}
