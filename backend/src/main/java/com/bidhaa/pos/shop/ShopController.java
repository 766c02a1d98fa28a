package com.bidhaa.pos.shop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Shop", description = "The shop's details that head receipts: every role reads them, managers edit them")
@RestController
@RequestMapping("/api/shop")
class ShopController {

	private final ShopService shop;

	ShopController(ShopService shop) {
		this.shop = shop;
	}

	@Operation(summary = "The shop's details for receipts",
			description = "name, address, phone, tin and receipt_footer are null until a manager sets them. currency "
					+ "and time_zone are the server's configuration (pos.shop.currency, pos.shop.time-zone) and cannot "
					+ "be changed here.")
	@GetMapping
	ShopResponse shop() {
		return this.shop.get();
	}

	@Operation(summary = "Replace the shop's details (managers and admins)",
			description = "Replaces all five fields: each is trimmed, and a missing or blank one is cleared. At most 80 "
					+ "characters for name, 200 for address, 40 for phone, 30 for tin and 200 for receipt_footer "
					+ "(400 validation-failed names the fields). Last write wins; sending what is stored changes "
					+ "nothing, not even version. Answers the details as stored.")
	@PutMapping
	ShopResponse replaceShop(@Valid @RequestBody ShopRequest request) {
		return this.shop.replace(request.details());
	}

}
