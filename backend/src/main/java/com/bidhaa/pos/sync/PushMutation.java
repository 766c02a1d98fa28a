package com.bidhaa.pos.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import com.bidhaa.pos.catalog.ProductCreateArgs;
import com.bidhaa.pos.catalog.ProductRefArgs;
import com.bidhaa.pos.catalog.ProductUpdateArgs;
import com.bidhaa.pos.catalog.StockAdjustArgs;
import com.bidhaa.pos.customers.CustomerUpsertArgs;
import com.bidhaa.pos.sales.SaleRequest;

/**
 * One mutation of a push: a named change a device made, under the id that makes it
 * idempotent (docs/sync-protocol.md).
 *
 * @param id made by the device; the same id sent again is answered duplicate
 * @param name sale.record, customer.upsert, product.create, product.update,
 * product.archive, product.restore or stock.adjust
 * @param args the kind's arguments
 * @param createdAt when the device made it
 */
record PushMutation(@NotNull UUID id, @NotNull @Size(max = 40) @Schema(allowableValues = {
		SaleRecordMutation.NAME, CustomerUpsertMutation.NAME, ProductCreateMutation.NAME, ProductUpdateMutation.NAME,
		ProductArchiveMutation.NAME, ProductRestoreMutation.NAME, StockAdjustMutation.NAME }) String name,
		@NotNull @Schema(implementation = Object.class, description = """
				The kind's arguments, by name: sale.record SaleRequest, customer.upsert CustomerUpsertArgs, \
				product.create ProductCreateArgs, product.update ProductUpdateArgs, product.archive and \
				product.restore ProductRefArgs, stock.adjust StockAdjustArgs.""",
				oneOf = { SaleRequest.class, CustomerUpsertArgs.class, ProductCreateArgs.class, ProductUpdateArgs.class,
						ProductRefArgs.class, StockAdjustArgs.class }) JsonNode args,
		OffsetDateTime createdAt){
}
