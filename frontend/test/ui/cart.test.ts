import { describe, expect, it } from 'vitest';
import { Cart } from '../../src/ui/cart';

/** A Storage in memory, as localStorage behaves. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const sukari = { id: 'p-sukari', name: 'Sukari 1kg', sku: 'SUK-1', unitPrice: 350_000 };
const chai = { id: 'p-chai', name: 'Chai Bukoba 250g', sku: 'CHA-250', unitPrice: 280_000 };

describe('Cart', () => {
  describe('add', () => {
    it('adds a line with one unit, then counts up on the same line', () => {
      const cart = new Cart(new MemoryStorage());
      cart.add(sukari);
      cart.add(chai);
      cart.add(sukari);
      expect(cart.state.lines.map((line) => [line.product.sku, line.quantity])).toEqual([
        ['SUK-1', 2000],
        ['CHA-250', 1000],
      ]);
    });
  });

  describe('setQuantity', () => {
    it('removes the line when the quantity reaches zero', () => {
      const cart = new Cart(new MemoryStorage());
      cart.add(sukari);
      cart.setQuantity('p-sukari', 0);
      expect(cart.isEmpty).toBe(true);
    });

    it('keeps fractional quantities for goods sold by weight', () => {
      const cart = new Cart(new MemoryStorage());
      cart.add(sukari);
      cart.setQuantity('p-sukari', 1500);
      expect(cart.state.lines[0]?.quantity).toBe(1500);
    });
  });

  describe('persistence', () => {
    it('restores the draft after a reload, payment and customer included', () => {
      const storage = new MemoryStorage();
      const cart = new Cart(storage);
      cart.add(chai);
      cart.update({ paymentMethod: 'mobile_money', paymentReference: 'QK7XH2', discount: 10_000 });
      cart.update({ customer: { id: 'c-1', name: 'Mama Neema', phone: '0754 123 456' } });

      const reloaded = new Cart(storage);
      expect(reloaded.state).toEqual(cart.state);
    });

    it('starts empty when the saved draft is unreadable', () => {
      const storage = new MemoryStorage();
      storage.setItem('bidhaa.cart', '{not json');
      expect(new Cart(storage).isEmpty).toBe(true);
    });

    it('clear starts a new sale and forgets the draft', () => {
      const storage = new MemoryStorage();
      const cart = new Cart(storage);
      cart.add(sukari);
      cart.update({ amountTendered: 500_000 });
      cart.clear();
      expect(new Cart(storage).state).toEqual(cart.state);
      expect(cart.state.amountTendered).toBeNull();
      expect(cart.isEmpty).toBe(true);
    });
  });

  it('tells subscribers about every change', () => {
    const cart = new Cart(new MemoryStorage());
    const seen: number[] = [];
    cart.subscribe((state) => seen.push(state.lines.length));
    cart.add(sukari);
    cart.add(chai);
    cart.remove('p-sukari');
    expect(seen).toEqual([1, 2, 1]);
  });
});
