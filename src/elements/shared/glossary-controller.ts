import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FetchLimits } from '../../config.js';
import { GlossaryStore, resolveSource } from '../../data/store.js';
import type { SupportedLocale } from '../../i18n/locale.js';

/** Where an element reads from: its source (attribute or inherited) and its language. */
export interface GlossaryContext {
  src: string | undefined;
  /** How long its requests may take and how large their answers may be. */
  limits: FetchLimits;
  locale: SupportedLocale;
  /**
   * True for elements that show whole entries (cards, questions): their store is the full document's,
   * which a term index names (`GlossaryStore.complete()`); terms and the index read the index alone.
   */
  entries?: boolean;
  /**
   * The one entry (id, title or alias) an element that shows whole entries is showing, if it shows one:
   * its own small document is read when the index publishes one (`GlossaryStore.complete(entry)`).
   */
  entry?: string | undefined;
}

/**
 * Connects an element to the glossary it should read. Before every update it asks the element for
 * its source and language, starts or reuses that source's store, and asks the element to update once
 * the store has settled. PageSettingsController asks for those updates when settings or languages change.
 */
export class GlossaryController implements ReactiveController {
  /** Where the element reads: the index itself, or the full document or entry it names. */
  store?: GlossaryStore;
  /** The glossary the element resolved to before any full document or entry: every term's title and short definition. */
  catalog?: GlossaryStore;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly context: () => GlossaryContext;

  constructor(host: ReactiveControllerHost & HTMLElement, context: () => GlossaryContext) {
    this.host = host;
    this.context = context;
    host.addController(this);
  }

  hostUpdate(): void {
    const { src, limits, locale, entries, entry } = this.context();
    const catalog = GlossaryStore.for(resolveSource(src, locale, this.host.ownerDocument, limits));
    this.catalog = catalog;
    const store = entries ? catalog.complete(entry) : catalog;
    if (store === this.store) return;
    this.store = store;
    if (store.status === 'loading') {
      void store.ready.then(() => {
        if (this.store === store) this.host.requestUpdate();
      });
    }
  }
}
