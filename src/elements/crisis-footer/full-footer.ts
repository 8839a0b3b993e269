/**
 * The rest of the crisis footer, a lazy chunk: every region's lines (src/region/lines.ts), the full layout with
 * its line cards and region switcher, the compact layout's full list, their styles, and Lit, which draws
 * them. The element in the main script imports this module when it connects and shows its essential
 * view (essential-view.ts, no Lit) until it arrives, or for good when it cannot.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import { heading } from '../shared/heading.js';
import { fullStyles } from './full-footer.styles.js';
import type { Contact } from '../../region/essential-lines.js';
import { regionByCode, type CrisisLine, type Region } from '../../region/lines.js';
import { directory, emergencyBlock, notes, quickLink, renderCompact, withNumber } from './view.js';
import { nameAfterNumber, outsideLine, type FooterView } from './footer-view.js';

/** Whether a link's visible text already names the service ("findtreatment.gov" for FindTreatment.gov). */
function sameName(visible: string, name: string): boolean {
  return visible.toLowerCase().includes(name.toLowerCase());
}

function link(line: CrisisLine, contact: Contact, t: CoreStrings, locale: SupportedLocale): TemplateResult {
  const name = line.name[locale];
  const service = html`<span class="visually-hidden">, ${name}</span>`;
  switch (contact.kind) {
    case 'call':
    case 'relay':
    case 'text':
      return quickLink(line, contact, t, locale);
    case 'tty':
      return html`<a part="link" class="link call" href="tel:${contact.tel}"
        >${withNumber(t.crisisTty, contact.display)}<span class="visually-hidden"
          >, ${nameAfterNumber(name, contact.display)}</span
        ></a
      >`;
    case 'chat':
    case 'web': {
      const visible = contact.kind === 'chat' ? fill(t.crisisChat, { site: contact.display }) : contact.display;
      return html`<a part="link" class="link web" href=${contact.url} target="_blank" rel="noopener noreferrer"
        >${visible}${sameName(visible, name) ? nothing : service}</a
      >`;
    }
    case 'email': {
      const visible = fill(t.crisisEmail, { address: contact.address });
      return html`<a part="link" class="link web" href="mailto:${contact.address}">${visible}${service}</a>`;
    }
  }
}

function line(line: CrisisLine, t: CoreStrings, locale: SupportedLocale): TemplateResult {
  return html`<li part="line" class="line">
    <p class="name">${line.name[locale]}</p>
    <p class="purpose">${line.purpose[locale]}</p>
    <ul class="contacts" role="list">
      ${line.contacts.map((contact) => html`<li>${link(line, contact, t, locale)}</li>`)}
    </ul>
    ${line.hours ? html`<p class="hours">${line.hours[locale]}</p>` : nothing}
    ${line.spanish && locale !== 'es' ? html`<p class="spanish" lang="es">${line.spanish}</p>` : nothing}
  </li>`;
}

function renderFull(view: FooterView, region: Region | undefined): TemplateResult {
  const { t, locale, level } = view;
  const emergency = region?.lines.find((line) => line.group === 'emergency');
  const group = (name: 'crisis' | 'support') => region?.lines.filter((line) => line.group === name) ?? [];
  return html`<section part="base" class="footer full surface" aria-labelledby="heading" lang=${locale}>
    ${heading(level, t.crisisHeading, { id: 'heading' })}
    ${emergencyBlock(view, region && emergency ? emergency : outsideLine(view))}
    ${
      region && emergency
        ? html`${heading(level + 1, t.crisisLinesHeading, { depth: 1 })}
            <ul class="lines" role="list">
              ${group('crisis').map((item) => line(item, t, locale))}
            </ul>
            ${
              group('support').length
                ? html`${heading(level + 1, t.crisisSupportHeading, { depth: 1 })}
                    <ul class="lines" role="list">
                      ${group('support').map((item) => line(item, t, locale))}
                    </ul>`
                : nothing
            }`
        : directory(t)
    }
    ${notes(view)}
  </section>`;
}

/** The whole footer, `full` or `compact`, for the region in effect. */
export function renderFooter(view: FooterView): TemplateResult {
  const region = regionByCode(view.code);
  if (view.variant === 'full') return renderFull(view, region);
  const shown = (region?.compact ?? [])
    .map((id) => region?.lines.find((item) => item.id === id))
    .filter((item): item is CrisisLine => item !== undefined);
  return renderCompact(
    view,
    region?.lines.find((item) => item.group === 'emergency'),
    shown,
  );
}

/** Draws the whole footer into the element's shadow root with Lit (which then updates it in place). */
function show(view: FooterView, root: ShadowRoot, host: HTMLElement): void {
  render(renderFooter(view), root, { host });
}

/** What the element in the main script takes from this chunk. */
export const fullFooter = { renderFooter, render: show, styles: fullStyles };
