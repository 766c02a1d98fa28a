import type { CartLine, StockedProduct } from '../shop';
import type { Customer, PaymentMethod } from '../sync';

/** A product as the cart keeps it (enough to price, name and restore the line). */
export type CartProduct = CartLine['product'];

/** The sale being rung up; survives a reload or an app update through `localStorage`. */
export interface CartState {
  readonly lines: readonly CartLine[];
  readonly customer: Pick<Customer, 'id' | 'name' | 'phone'> | null;
  /** Discount in cents. */
  readonly discount: number;
  readonly paymentMethod: PaymentMethod;
  /** Cash handed over in cents, null until typed. */
  readonly amountTendered: number | null;
  readonly paymentReference: string;
}

const STORAGE_KEY = 'bidhaa.cart';

const EMPTY: CartState = {
  lines: [],
  customer: null,
  discount: 0,
  paymentMethod: 'cash',
  amountTendered: null,
  paymentReference: '',
};

/** The cart with change notifications; every change is saved at once. */
export class Cart {
  private current: CartState;
  private readonly listeners = new Set<(state: CartState) => void>();

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.current = restore(storage);
  }

  /** The cart as it is now. */
  get state(): CartState {
    return this.current;
  }

  /** True when nothing has been rung up. */
  get isEmpty(): boolean {
    return this.current.lines.length === 0;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: CartState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds one unit of `product` (a new line, or one more on its line). */
  add(product: CartProduct | StockedProduct): void {
    const item: CartProduct = {
      id: product.id,
      name: product.name,
      sku: product.sku,
      unitPrice: product.unitPrice,
    };
    const existing = this.current.lines.find((line) => line.product.id === product.id);
    const lines = existing
      ? this.current.lines.map((line) =>
          line === existing ? { ...line, quantity: line.quantity + 1000 } : line,
        )
      : [...this.current.lines, { product: item, quantity: 1000 }];
    this.set({ lines });
  }

  /** Sets a line's quantity (thousandths); zero or less removes the line. */
  setQuantity(productId: string, quantity: number): void {
    const lines = this.current.lines
      .map((line) => (line.product.id === productId ? { ...line, quantity } : line))
      .filter((line) => line.quantity > 0);
    this.set({ lines });
  }

  /** Removes a line. */
  remove(productId: string): void {
    this.setQuantity(productId, 0);
  }

  /** Changes the customer, discount or payment. */
  update(change: Partial<Omit<CartState, 'lines'>>): void {
    this.set(change);
  }

  /** Starts a new sale. */
  clear(): void {
    this.set(EMPTY);
  }

  private set(change: Partial<CartState>): void {
    this.current = { ...this.current, ...change };
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.current));
    } catch {
      // A full or blocked localStorage only costs the draft on reload; the sale itself is unaffected.
    }
    this.listeners.forEach((listener) => listener(this.current));
  }
}

function restore(storage: Storage | undefined): CartState {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved) {
      const parsed = JSON.parse(saved) as Partial<CartState>;
      if (Array.isArray(parsed.lines)) {
        return { ...EMPTY, ...parsed };
      }
    }
  } catch {
    // An unreadable draft is dropped: it was never a sale.
  }
  return EMPTY;
}
