import { loadShop, saveShop, type ShopDetailsInput, type User } from '../../sync';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formMessage } from '../form-message';
import { t } from '../messages';
import { button, facts, section } from '../parts';

const FIELDS: readonly (readonly [keyof ShopDetailsInput, number])[] = [
  ['name', 80],
  ['address', 200],
  ['phone', 40],
  ['tin', 30],
  ['receiptFooter', 200],
];

/**
 * The shop's receipt header. Managers and admins edit it (saving needs the network, since every device
 * prints it); cashiers see it. Every device keeps the last copy for offline receipts.
 */
export async function receiptHeaderPart(user: User): Promise<HTMLElement> {
  const shop = await loadShop();
  const value = (key: keyof ShopDetailsInput) => (shop?.[key] ?? '') as string;
  if (user.role === 'CASHIER') {
    return section(
      t('settings.receipt'),
      shop === undefined
        ? el('p', { className: 'muted' }, t('settings.receipt.notYet'))
        : facts(FIELDS.map(([key]) => [t(`settings.receipt.${key}`), value(key) || '—'])),
    );
  }
  const inputs = FIELDS.map(([key, maxLength]) => {
    const input = el('input', { value: value(key), maxLength, autocomplete: 'off' });
    input.name = key;
    return [key, input] as const;
  });
  const message = formMessage();
  const save = button(
    t('settings.receipt.save'),
    () => {
      save.disabled = true;
      const input = Object.fromEntries(
        inputs.map(([key, element]) => [key, element.value.trim()]),
      ) as unknown as ShopDetailsInput;
      saveShop(input)
        .then(
          () => message.ok(t('settings.receipt.saved')),
          (failure: unknown) => message.error(errorText(failure)),
        )
        .finally(() => (save.disabled = false));
    },
    'primary',
  );
  return section(
    t('settings.receipt'),
    el('p', { className: 'muted fine' }, t('settings.receipt.hint')),
    ...inputs.map(([key, input]) =>
      el('label', { className: 'field' }, t(`settings.receipt.${key}`), input),
    ),
    el('div', { className: 'row' }, save),
    message.element,
  );
}
