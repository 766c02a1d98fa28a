import {
  SalesFileError,
  exportUnsyncedSales,
  importSalesFile,
  readSalesFile,
  type ImportResult,
} from '../../shop';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formMessage, type FormMessage } from '../form-message';
import { t, tn } from '../messages';
import { button, downloadJson, fileInput, section } from '../parts';

/**
 * The escape hatch: save this device's unsent sales to a file, and import such a file here (online)
 * so the server gets sales from a device that cannot reach it.
 */
export function transferPart(): HTMLElement {
  const message = formMessage();
  const exportButton = button(t('sync.export'), () => {
    void exportUnsyncedSales().then((file) => {
      if (file.sales.length === 0) {
        message.info(t('sync.export.none'));
        return;
      }
      const name = `bidhaa-unsent-sales-${file.device.id.slice(0, 8)}-${file.exported_at.slice(0, 10)}.json`;
      downloadJson(name, file);
      message.ok(tn('sync.export.done', file.sales.length, { file: name }));
    });
  });
  const input = fileInput('application/json,.json', (text) => {
    message.info(t('sync.import.running'));
    void importText(text, message);
  });
  const importLabel = el('label', { className: 'secondary file-button' }, t('sync.import'), input);
  return section(
    t('sync.transfer'),
    el('p', { className: 'muted' }, t('sync.transfer.intro')),
    el('div', { className: 'row' }, exportButton, importLabel),
    message.element,
  );
}

async function importText(text: string, message: FormMessage): Promise<void> {
  try {
    const result = await importSalesFile(readSalesFile(text));
    (result.rejected.length > 0 ? message.error : message.ok)(importedText(result));
  } catch (failure) {
    message.error(
      failure instanceof SalesFileError
        ? t(`sync.import.problem.${failure.problem}`)
        : errorText(failure),
    );
  }
}

function importedText(result: ImportResult): string {
  return t('sync.import.done', {
    created: result.created,
    duplicates: result.duplicates,
    rejected: result.rejected.length,
  });
}
