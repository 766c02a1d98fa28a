import { createProduct, editProduct, type NewProductInput } from '../../shop';
import { type Product } from '../../sync';
import { el } from '../dom';
import { formatQuantity, parseMoney, parseQuantity } from '../format';
import { t } from '../messages';
import { button } from '../parts';
import type { ScreenContext } from '../screen-context';

type Field = 'sku' | 'barcode' | 'name' | 'category' | 'price' | 'threshold' | 'opening';

/** The most one stock adjustment may move (the server's bound on `delta`), in thousandths. */
const MAX_OPENING = 1_000_000_000;

/**
 * Reads the form into a product, or the problems by field. `opening` (stock on the shelf) is read only
 * where the form shows it, for a new product; empty or 0 means none.
 */
export function readProductForm(
  values: Readonly<Record<Field, string>>,
): { input: NewProductInput } | { problems: Partial<Record<Field, string>> } {
  const problems: Partial<Record<Field, string>> = {};
  if (values.sku.trim() === '') {
    problems.sku = t('products.required');
  }
  if (values.name.trim() === '') {
    problems.name = t('products.required');
  }
  const price = parseMoney(values.price);
  if (price === null) {
    problems.price = t('products.priceInvalid');
  }
  const threshold = values.threshold.trim() === '' ? null : parseQuantity(values.threshold);
  if (values.threshold.trim() !== '' && threshold === null) {
    problems.threshold = t('products.quantityInvalid');
  }
  const openingText = values.opening.trim();
  const opening = /^0*([.,]0*)?$/.test(openingText) ? 0 : parseQuantity(openingText);
  if (opening === null) {
    problems.opening = t('products.quantityInvalid');
  } else if (opening > MAX_OPENING) {
    problems.opening = t('products.opening.tooMuch', { max: formatQuantity(MAX_OPENING) });
  }
  for (const [field, max] of [
    ['sku', 64],
    ['barcode', 64],
    ['name', 200],
    ['category', 100],
  ] as const) {
    if (values[field].trim().length > max) {
      problems[field] ??= t('customers.tooLong', { max });
    }
  }
  if (Object.keys(problems).length > 0 || price === null) {
    return { problems };
  }
  return {
    input: {
      sku: values.sku.trim(),
      barcode: values.barcode.trim() || null,
      name: values.name.trim(),
      category: values.category.trim() || null,
      unitPrice: price,
      lowStockThreshold: threshold,
      ...(opening !== null &&
        opening > 0 && {
          openingStock: { quantity: opening, note: t('products.opening.note') },
        }),
    },
  };
}

/**
 * Creates or edits a product. Saving works offline: the change shows here at once and is queued; an
 * edit that crossed another one on the server comes back to be settled by a person.
 */
export function productForm(
  product: Product | undefined,
  categories: readonly string[],
  context: ScreenContext,
): HTMLElement {
  const input = (value: string, props: Partial<HTMLInputElement> = {}) =>
    el('input', { value, autocomplete: 'off', ...props });
  const inputs: Record<Field, HTMLInputElement> = {
    name: input(product?.name ?? ''),
    sku: input(product?.sku ?? ''),
    barcode: input(product?.barcode ?? '', { inputMode: 'numeric' }),
    category: input(product?.category ?? ''),
    price: input(product === undefined ? '' : String(product.unitPrice / 100), {
      inputMode: 'decimal',
    }),
    threshold: input(
      product?.lowStockThreshold == null ? '' : formatQuantity(product.lowStockThreshold),
      { inputMode: 'decimal', placeholder: t('products.threshold.default') },
    ),
    opening: input('', { inputMode: 'decimal' }),
  };
  inputs.category.setAttribute('list', 'product-categories');
  const errors = Object.fromEntries(
    (Object.keys(inputs) as Field[]).map((field) => [field, el('span', { className: 'error' })]),
  ) as Record<Field, HTMLElement>;
  const save = button(
    t('products.save'),
    () => {
      const values = Object.fromEntries(
        (Object.keys(inputs) as Field[]).map((field) => [field, inputs[field].value]),
      ) as Record<Field, string>;
      const read = readProductForm(values);
      for (const field of Object.keys(errors) as Field[]) {
        errors[field].textContent = 'problems' in read ? (read.problems[field] ?? '') : '';
      }
      if ('problems' in read) {
        return;
      }
      save.disabled = true;
      const saved =
        product === undefined ? createProduct(read.input) : editProduct(product, read.input);
      void saved.then((result) => context.go(`products/${result.id}`));
    },
    'primary',
  );
  const field = (name: Field, label: string) =>
    el('label', { className: 'field' }, label, inputs[name], errors[name]);
  const form = el(
    'div',
    { className: 'part' },
    field('name', t('products.name')),
    field('sku', t('products.sku')),
    field('barcode', t('products.barcode')),
    field('category', t('products.category')),
    el(
      'datalist',
      { id: 'product-categories' },
      ...categories.map((value) => el('option', { value })),
    ),
    field('price', t('products.price')),
    field('threshold', t('products.threshold')),
    ...(product === undefined
      ? [
          el(
            'label',
            { className: 'field' },
            t('products.opening'),
            inputs.opening,
            el('span', { className: 'muted fine' }, t('products.opening.hint')),
            errors.opening,
          ),
        ]
      : []),
    el('p', { className: 'muted fine' }, t('products.offline')),
    el(
      'div',
      { className: 'row' },
      save,
      button(t('customer.cancel'), () =>
        context.go(product === undefined ? 'products' : `products/${product.id}`),
      ),
    ),
  );
  form.dataset['testid'] = 'product-form';
  return form;
}
