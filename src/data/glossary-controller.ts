import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type SupportedLocale } from '../i18n/locale.js';
import { GlossaryStore, resolveSource } from './store.js';

/** What an element that reads the glossary has: its own `src` and `locale` attributes. */
export interface GlossaryHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  locale?: string | undefined;
}

/**
 * Connects an element to the glossary it should read. Before every update it works out the locale
 * and source (attributes, then page settings, then the page's language), starts or reuses that
 * source's store, and asks the element to update once the store has settled. Elements pair it with
 * PageSettingsController, which asks for those updates when settings or languages change.
 */
export class GlossaryController implements ReactiveController {
  locale: SupportedLocale = 'en';
  store?: GlossaryStore;
  private readonly host: GlossaryHost;

  constructor(host: GlossaryHost) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.locale = resolveLocale(this.host, this.host.locale);
    const store = GlossaryStore.for(resolveSource(this.host.src, this.locale, this.host.ownerDocument));
    if (store === this.store) return;
    this.store = store;
    if (store.status === 'loading') {
      void store.ready.then(() => {
        if (this.store === store) this.host.requestUpdate();
      });
    }
  }
}
