import './ui/styles.css';
import { startApp } from './ui/app';
import { loadLocale } from './ui/messages';

const root = document.getElementById('app');
if (root !== null) {
  // The language must be known before the first string is drawn; a failure falls back to English.
  void loadLocale()
    .catch(() => 'en')
    .then(() => startApp(root));
}
