package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import com.bidhaa.pos.shared.Text;

/**
 * A digest of what the client sent for a sale, so a replay (same digest) is told apart
 * from a different sale that reuses an id. Numbers are compared by value ({@code 1500}
 * equals {@code 1500.00}).
 */
final class SaleFingerprint {

	private SaleFingerprint() {
	}

	static String of(RecordSaleCommand sale) {
		StringBuilder text = new StringBuilder();
		field(text, sale.id());
		field(text, sale.saleNumber());
		field(text, sale.deviceId());
		field(text, sale.deviceSeq());
		field(text, (sale.soldAt() != null) ? sale.soldAt().truncatedTo(ChronoUnit.MILLIS) : null);
		field(text, sale.customerId());
		field(text, sale.customerName());
		field(text, sale.customerPhone());
		field(text, sale.paymentMethod());
		field(text, sale.paymentReference());
		field(text, number(sale.amountTendered()));
		field(text, number(sale.discount()));
		field(text, number(sale.totalAmount()));
		for (RecordSaleCommand.Item item : sale.items()) {
			field(text, item.productId());
			field(text, number(item.quantity()));
			field(text, number(item.unitPrice()));
		}
		return Text.sha256(text.toString());
	}

	private static void field(StringBuilder text, Object value) {
		String part = Objects.toString(value, "\u2400");
		text.append(part.length()).append(':').append(part).append('|');
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

}
