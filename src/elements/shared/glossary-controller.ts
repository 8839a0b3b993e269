import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GlossaryStore, resolveSource } from '../../data/store.js';
import type { SupportedLocale } from '../../i18n/locale.js';

/** Where an element reads from: its source (attribute or inherited) and its language. */
export interface GlossaryContext {
  src: string | undefined;
  locale: SupportedLocale;
  /**
   * True for elements that show whole entries (cards, questions): their store is the full document's,
   * which a term index names (`GlossaryStore.complete()`); terms and the index read the index alone.
   */
  entries?: boolean;
}

/**
 * Connects an element to the glossary it should read. Before every update it asks the element for
 * its source and language, starts or reuses that source's store, and asks the element to update once
 * the store has settled. PageSettingsController asks for those updates when settings or languages change.
 */
export class GlossaryController implements ReactiveController {
  store?: GlossaryStore;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly context: () => GlossaryContext;

  constructor(host: ReactiveControllerHost & HTMLElement, context: () => GlossaryContext) {
    this.host = host;
    this.context = context;
    host.addController(this);
  }

  hostUpdate(): void {
    const { src, locale, entries } = this.context();
    let store = GlossaryStore.for(resolveSource(src, locale, this.host.ownerDocument));
    if (entries) store = store.complete();
    if (store === this.store) return;
    this.store = store;
    if (store.status === 'loading') {
      void store.ready.then(() => {
        if (this.store === store) this.host.requestUpdate();
      });
    }
  }
}
