package com.bidhaa.pos.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.bidhaa.pos.shared.AssignedIdEntity;
import com.bidhaa.pos.shared.Money;

/**
 * A completed sale. Its id is the client's; its totals are the server's, computed from
 * its lines.
 */
@Entity
@Table(name = "sales")
class Sale extends AssignedIdEntity {

	private String saleNumber;

	private UUID deviceId;

	private Long deviceSeq;

	private UUID cashierId;

	private String cashierName;

	private UUID customerId;

	private String customerName;

	private String customerPhone;

	private Instant soldAt;

	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	private PaymentMethod paymentMethod;

	private String paymentReference;

	private String currency;

	private BigDecimal subtotal = BigDecimal.ZERO.setScale(Money.SCALE);

	private BigDecimal discount = BigDecimal.ZERO.setScale(Money.SCALE);

	private BigDecimal totalAmount = BigDecimal.ZERO.setScale(Money.SCALE);

	private BigDecimal amountTendered;

	private BigDecimal changeDue = BigDecimal.ZERO.setScale(Money.SCALE);

	private String requestHash;

	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sale_items", joinColumns = @JoinColumn(name = "sale_id"))
	@OrderColumn(name = "line_no")
	private List<SaleLine> lines = new ArrayList<>();

	protected Sale() {
	}

	Sale(RecordSaleCommand command, String saleNumber, String cashierName, String currency, String requestHash,
			long version, Instant now) {
		super(command.id());
		this.saleNumber = saleNumber;
		this.deviceId = command.deviceId();
		this.deviceSeq = command.deviceSeq();
		this.cashierId = command.cashierId();
		this.cashierName = cashierName;
		this.customerId = command.customerId();
		this.customerName = command.customerName();
		this.customerPhone = command.customerPhone();
		this.soldAt = ((command.soldAt() != null) ? command.soldAt() : now).truncatedTo(ChronoUnit.MICROS);
		this.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.paymentMethod = command.paymentMethod();
		this.paymentReference = command.paymentReference();
		this.currency = currency;
		this.amountTendered = (command.amountTendered() != null) ? Money.of(command.amountTendered()) : null;
		this.requestHash = requestHash;
		this.version = version;
	}

	/** Adds a line and keeps the subtotal in step. */
	void addLine(UUID productId, String productName, String sku, BigDecimal quantity, BigDecimal unitPrice) {
		if (quantity.signum() <= 0) {
			throw SaleExceptions.invalid("Quantities must be positive.");
		}
		BigDecimal lineTotal = Money.times(quantity, unitPrice);
		if (!Money.fits(lineTotal) || !Money.fits(this.subtotal.add(lineTotal))) {
			throw SaleExceptions.invalid("The sale's amounts are larger than " + Money.MAX + ".");
		}
		this.lines.add(new SaleLine(productId, productName, sku, quantity, Money.of(unitPrice), lineTotal));
		this.subtotal = this.subtotal.add(lineTotal);
		total();
	}

	/** Applies the discount once all lines are in; it cannot exceed the subtotal. */
	void applyDiscount(BigDecimal discount) {
		BigDecimal amount = Money.of(discount);
		if (amount.signum() < 0 || amount.compareTo(this.subtotal) > 0) {
			throw SaleExceptions.invalid("The discount must be between 0 and the subtotal " + this.subtotal + ".");
		}
		this.discount = amount;
		total();
	}

	private void total() {
		this.totalAmount = this.subtotal.subtract(this.discount);
		this.changeDue = (this.amountTendered != null && this.amountTendered.compareTo(this.totalAmount) > 0)
				? this.amountTendered.subtract(this.totalAmount) : BigDecimal.ZERO.setScale(Money.SCALE);
	}

	String getSaleNumber() {
		return this.saleNumber;
	}

	UUID getDeviceId() {
		return this.deviceId;
	}

	Long getDeviceSeq() {
		return this.deviceSeq;
	}

	UUID getCashierId() {
		return this.cashierId;
	}

	String getCashierName() {
		return this.cashierName;
	}

	UUID getCustomerId() {
		return this.customerId;
	}

	String getCustomerName() {
		return this.customerName;
	}

	String getCustomerPhone() {
		return this.customerPhone;
	}

	Instant getSoldAt() {
		return this.soldAt;
	}

	Instant getReceivedAt() {
		return this.receivedAt;
	}

	PaymentMethod getPaymentMethod() {
		return this.paymentMethod;
	}

	String getPaymentReference() {
		return this.paymentReference;
	}

	String getCurrency() {
		return this.currency;
	}

	BigDecimal getSubtotal() {
		return this.subtotal;
	}

	BigDecimal getDiscount() {
		return this.discount;
	}

	BigDecimal getTotalAmount() {
		return this.totalAmount;
	}

	BigDecimal getAmountTendered() {
		return this.amountTendered;
	}

	BigDecimal getChangeDue() {
		return this.changeDue;
	}

	String getRequestHash() {
		return this.requestHash;
	}

	long getVersion() {
		return this.version;
	}

	List<SaleLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
