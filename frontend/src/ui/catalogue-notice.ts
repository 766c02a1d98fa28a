import type { Role } from '../sync';
import type { MessageKey } from './messages';

/** What the device knows about its catalogue when the sell screen draws it. */
export interface CatalogueState {
  /** Products on the device. */
  readonly products: number;
  /** A download is under way, with this many products received so far. */
  readonly downloading: boolean;
  readonly received: number;
  /** Whether the last request reached the server; null before the first one. */
  readonly online: boolean | null;
  /** A sync has completed at least once: the device has the server's catalogue, however small. */
  readonly synced: boolean;
}

/** The sell screen's word on an empty or arriving catalogue, and whether to offer adding a product. */
export interface CatalogueNotice {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, number>>;
  /** The reader may add products: offer the way there. */
  readonly addProduct: boolean;
}

/**
 * What to say about the catalogue, or null when products are there to sell. Only a device that has
 * never reached the server and is offline is told to connect; online it is downloading, and once
 * synced an empty catalogue is a shop with no products yet, which a manager can fix from here.
 */
export function catalogueNotice(state: CatalogueState, role: Role): CatalogueNotice | null {
  const manages = role !== 'CASHIER';
  if (state.downloading) {
    return {
      key: 'sell.catalogue.downloading',
      params: { count: state.received },
      addProduct: false,
    };
  }
  if (state.products > 0) {
    return null;
  }
  if (state.synced) {
    return manages
      ? { key: 'sell.catalogue.none.manager', addProduct: true }
      : { key: 'sell.catalogue.none.cashier', addProduct: false };
  }
  return state.online === false
    ? { key: 'sell.catalogue.offline', addProduct: false }
    : { key: 'sell.catalogue.fetching', addProduct: false };
}
