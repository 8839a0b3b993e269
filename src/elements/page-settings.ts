import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig, onConfigChange } from '../config.js';

/** A colour scheme a partner can force; `auto` (or nothing) follows the reader's system setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** An element that follows the page's settings: a `theme` attribute of its own. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  theme?: string | undefined;
}

/** Listeners per document, told when any `lang` attribute in it changes. */
const langListeners = new WeakMap<Document, { observer: MutationObserver; listeners: Set<() => void> }>();

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in `document` (the page switching
 * language at run time). One observer per document, watching only `lang`, shared by every element.
 */
function onLangChange(document: Document, listener: () => void): () => void {
  let watch = langListeners.get(document);
  if (!watch) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watch = { observer, listeners };
    langListeners.set(document, watch);
  }
  const { observer, listeners } = watch;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer.disconnect();
      langListeners.delete(document);
    }
  };
}

const toTheme = (value: string | undefined): ThemeChoice | undefined =>
  value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;

/**
 * Keeps an element in step with the page: it re-renders after `configure()` and when a `lang`
 * attribute changes, and it wears the colour scheme chosen by its `theme` attribute, else the page's
 * `data-theme` setting, else the reader's system. The scheme is a custom state (`:state(light)`,
 * `:state(dark)`) rather than an attribute, so nothing is written into the partner's DOM. Browsers
 * without custom states (before 2024) follow the system scheme.
 */
export class PageSettingsController implements ReactiveController {
  private readonly host: SettingsHost;
  /** The host's custom states, attached the first time a scheme is forced (most pages never do). */
  private states?: Set<string> | null;
  private stopWatching: Array<() => void> = [];

  constructor(host: SettingsHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.stopWatching = [onConfigChange(update), onLangChange(this.host.ownerDocument, update)];
  }

  hostDisconnected(): void {
    this.stopWatching.forEach((stop) => stop());
    this.stopWatching = [];
  }

  hostUpdate(): void {
    const theme = toTheme(this.host.theme) ?? toTheme(getConfig().theme) ?? 'auto';
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
