import { describe, expect, it } from 'vitest';
import { readProductForm } from '../../src/ui/products/product-form';

const maharage = {
  name: 'Maharage 1kg',
  sku: 'MAH-1KG',
  barcode: '',
  category: 'Vyakula',
  price: '4,200',
  threshold: '',
  opening: '',
};

describe('readProductForm', () => {
  it('reads opening stock as a count of what is on the shelf', () => {
    expect(readProductForm({ ...maharage, opening: '36' })).toEqual({
      input: expect.objectContaining({
        sku: 'MAH-1KG',
        unitPrice: 420_000,
        openingStock: { quantity: 36_000, note: 'Opening stock' },
      }),
    });
  });

  it.each(['', ' ', '0', '0.0'])('reads %j as no opening stock', (opening) => {
    const read = readProductForm({ ...maharage, opening });
    expect('input' in read && read.input.openingStock).toBe(undefined);
  });

  it.each([
    ['a dozen', 'Enter a quantity such as 12 or 1.5.'],
    ['-5', 'Enter a quantity such as 12 or 1.5.'],
    ['1000001', 'At most 1,000,000 at once.'],
  ])('refuses %j', (opening, problem) => {
    expect(readProductForm({ ...maharage, opening })).toEqual({ problems: { opening: problem } });
  });
});
