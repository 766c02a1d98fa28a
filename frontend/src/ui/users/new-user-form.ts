import { createUser, type UserAccount } from '../../back-office';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formMessage } from '../form-message';
import { t } from '../messages';
import { button } from '../parts';
import { checkNewUser } from './user-checks';

/** Creates a cashier, manager or admin with a first password they should change. */
export function newUserForm(refresh: () => Promise<void>): HTMLElement {
  // No maxLength: the browser would cut a pasted name silently; checkNewUser refuses it instead.
  const username = el('input', { autocomplete: 'off', autocapitalize: 'none' });
  const displayName = el('input', { autocomplete: 'off' });
  const password = el('input', { type: 'password', autocomplete: 'new-password', minLength: 8 });
  const role = el(
    'select',
    {},
    ...(['CASHIER', 'MANAGER', 'ADMIN'] as const).map((value) =>
      el('option', { value }, t(`role.${value}`)),
    ),
  );
  const message = formMessage();
  const save = button(
    t('users.create'),
    () => {
      const problem = checkNewUser({
        username: username.value,
        displayName: displayName.value,
        password: password.value,
      });
      if (problem !== null) {
        message.error(t(problem.key, problem.params));
        return;
      }
      save.disabled = true;
      createUser({
        username: username.value,
        displayName: displayName.value.trim(),
        password: password.value,
        role: role.value as UserAccount['role'],
      })
        .then(
          async (user) => {
            username.value = displayName.value = password.value = '';
            message.ok(t('users.created', { name: user.displayName }));
            await refresh();
          },
          (failure: unknown) => message.error(errorText(failure)),
        )
        .finally(() => (save.disabled = false));
    },
    'primary',
  );
  const form = el(
    'div',
    { className: 'part' },
    el('label', { className: 'field' }, t('account.username'), username),
    el('label', { className: 'field' }, t('account.displayName'), displayName),
    el('label', { className: 'field' }, t('users.firstPassword'), password),
    el('label', { className: 'field' }, t('account.role'), role),
    el('div', { className: 'row' }, save),
    message.element,
  );
  form.dataset['testid'] = 'new-user';
  return form;
}
