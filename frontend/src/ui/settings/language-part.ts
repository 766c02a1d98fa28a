import { el } from '../dom';
import { LOCALES, chooseLocale, currentLocale, t, type Locale } from '../messages';
import { section } from '../parts';

/** Each language named in itself, so anyone can find theirs. */
const NATIVE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', sw: 'Kiswahili' };

/** Language choice; the app reloads in the new language (the cart survives a reload). */
export function languagePart(): HTMLElement {
  const group = el('div', { className: 'segmented', role: 'radiogroup' });
  group.setAttribute('aria-label', t('settings.language'));
  for (const locale of LOCALES) {
    const option = el('button', { type: 'button', lang: locale }, NATIVE_NAMES[locale]);
    option.setAttribute('role', 'radio');
    option.setAttribute('aria-checked', String(locale === currentLocale()));
    option.addEventListener('click', () => {
      if (locale !== currentLocale()) {
        void chooseLocale(locale).then(() => location.reload());
      }
    });
    group.append(option);
  }
  return section(t('settings.language'), group);
}
