import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange, type WidgetContext } from '../../config.js';
import { onRegionChoice } from '../../region/region.js';

/** An element that follows the page's settings and says which colour scheme it wears. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  readonly context: Pick<WidgetContext, 'scheme'>;
}

/**
 * The connected elements, per document. One MutationObserver per document (watching only `lang`) and
 * one `configure()` listener for the page ask them all to update: a page with thousands of terms holds
 * one set entry per term rather than a listener and a closure each.
 */
const hostsByDocument = new Map<Document, { hosts: Set<SettingsHost>; observer: MutationObserver }>();
let stopWatchingConfig: (() => void) | undefined;

const updateAll = (hosts: Iterable<SettingsHost>) => {
  for (const host of hosts) host.requestUpdate();
};

function watch(host: SettingsHost): void {
  const document = host.ownerDocument;
  let entry = hostsByDocument.get(document);
  if (!entry) {
    const hosts = new Set<SettingsHost>();
    const observer = new MutationObserver(() => updateAll(hosts));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { hosts, observer };
    hostsByDocument.set(document, entry);
  }
  entry.hosts.add(host);
  if (!stopWatchingConfig) {
    const updateEvery = () => {
      for (const { hosts } of hostsByDocument.values()) updateAll(hosts);
    };
    // The page's settings and the reader's choice of region in any footer: every element follows both.
    const stopConfig = onConfigChange(updateEvery);
    const stopChoice = onRegionChoice(updateEvery);
    stopWatchingConfig = () => {
      stopConfig();
      stopChoice();
    };
  }
}

function unwatch(host: SettingsHost, document: Document): void {
  const entry = hostsByDocument.get(document);
  if (!entry) return;
  entry.hosts.delete(host);
  if (entry.hosts.size > 0) return;
  entry.observer.disconnect();
  hostsByDocument.delete(document);
  if (hostsByDocument.size === 0) {
    stopWatchingConfig?.();
    stopWatchingConfig = undefined;
  }
}

/**
 * Keeps an element in step with the page: it re-renders after `configure()`, after the reader picks a
 * region in any crisis footer, and when a `lang` attribute changes, and it wears the colour scheme its host settles on (its context's scheme: its
 * `theme`, its renderer's, the page's `data-theme`, else the reader's system). The scheme is a custom state (`:state(light)`,
 * `:state(dark)`) rather than an attribute, so nothing is written into the partner's DOM. Browsers
 * without custom states (before 2024) follow the system scheme.
 */
export class PageSettingsController implements ReactiveController {
  private readonly host: SettingsHost;
  /** The host's custom states, attached the first time a scheme is forced (most pages never do). */
  private states?: Set<string> | null;
  /** The document the host was connected in (an element can be moved to another). */
  private document?: Document;

  constructor(host: SettingsHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.document = this.host.ownerDocument;
    watch(this.host);
  }

  hostDisconnected(): void {
    if (this.document) unwatch(this.host, this.document);
    this.document = undefined;
  }

  hostUpdate(): void {
    const theme = this.host.context.scheme;
    if (this.states === undefined) {
      if (theme === 'auto') return;
      try {
        this.states = this.host.attachInternals().states;
      } catch {
        // attachInternals is missing, or taken by a subclass: the element follows the system scheme.
        this.states = null;
      }
    }
    for (const scheme of ['light', 'dark']) {
      try {
        if (scheme === theme) this.states?.add(scheme);
        else this.states?.delete(scheme);
      } catch {
        // Chromium before 125 accepted only `--dashed` state names; such browsers follow the system.
      }
    }
  }
}
