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
 * its lines. Its getters are public for the generated mapper only: the class stays
 * package-private.
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

	public String getSaleNumber() {
		return this.saleNumber;
	}

	public UUID getDeviceId() {
		return this.deviceId;
	}

	public Long getDeviceSeq() {
		return this.deviceSeq;
	}

	public UUID getCashierId() {
		return this.cashierId;
	}

	public String getCashierName() {
		return this.cashierName;
	}

	public UUID getCustomerId() {
		return this.customerId;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public String getCustomerPhone() {
		return this.customerPhone;
	}

	public Instant getSoldAt() {
		return this.soldAt;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public PaymentMethod getPaymentMethod() {
		return this.paymentMethod;
	}

	public String getPaymentReference() {
		return this.paymentReference;
	}

	public String getCurrency() {
		return this.currency;
	}

	public BigDecimal getSubtotal() {
		return this.subtotal;
	}

	public BigDecimal getDiscount() {
		return this.discount;
	}

	public BigDecimal getTotalAmount() {
		return this.totalAmount;
	}

	public BigDecimal getAmountTendered() {
		return this.amountTendered;
	}

	public BigDecimal getChangeDue() {
		return this.changeDue;
	}

	public String getRequestHash() {
		return this.requestHash;
	}

	public long getVersion() {
		return this.version;
	}

	public List<SaleLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
