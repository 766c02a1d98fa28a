package com.bidhaa.pos.shop;

import jakarta.validation.constraints.Size;

import com.bidhaa.pos.shared.Text;

/**
 * The shop's details as a manager sends them. Every field is optional; each is trimmed
 * before its length is checked, and a missing or blank one is cleared.
 *
 * @param name the shop's name, as the receipt heads it
 * @param address street, town
 * @param phone one or more numbers, as people write them
 * @param tin the taxpayer identification number (TRA)
 * @param receiptFooter the line under every receipt, e.g. "Asante kwa kununua!"
 */
record ShopRequest(@Size(max = 80) String name, @Size(max = 200) String address, @Size(max = 40) String phone,
		@Size(max = 30) String tin, @Size(max = 200) String receiptFooter) {

	ShopRequest {
		name = Text.blankToNull(name);
		address = Text.blankToNull(address);
		phone = Text.blankToNull(phone);
		tin = Text.blankToNull(tin);
		receiptFooter = Text.blankToNull(receiptFooter);
	}

	ShopDetails details() {
		return new ShopDetails(this.name, this.address, this.phone, this.tin, this.receiptFooter);
	}

}
