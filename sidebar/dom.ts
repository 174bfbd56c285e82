// DOM builders: every text goes in through textContent, so user data can never become markup.
type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes; `true` sets an empty attribute, `false`/null leaves it out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let idCounter = 0;
/** Unique ids tie labels, help and error texts to their controls. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

export type ButtonKind = 'primary' | 'secondary' | 'text' | 'danger';

export function button(
  label: string,
  kind: ButtonKind,
  onClick: (b: HTMLButtonElement) => void,
): HTMLButtonElement {
  const b = el(
    'button',
    { class: `btn btn-${kind}`, attrs: { type: 'button' } },
    el('span', { class: 'btn-label' }, label),
  );
  b.addEventListener('click', () => onClick(b));
  return b;
}

/**
 * Disables the button and shows a spinner while `work` runs. A second click meanwhile does
 * nothing, so an impatient double click never sends the same action twice.
 */
export async function whileBusy<T>(b: HTMLButtonElement | null, work: () => Promise<T>): Promise<T> {
  if (!b) return work();
  const spinner = el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } });
  b.disabled = true;
  b.setAttribute('aria-busy', 'true');
  b.classList.add('is-busy');
  b.insertBefore(spinner, b.firstChild);
  try {
    return await work();
  } finally {
    spinner.remove();
    b.disabled = false;
    b.removeAttribute('aria-busy');
    b.classList.remove('is-busy');
  }
}

/** A small spinner with a text, for panels that wait on a call. */
export function loadingBlock(text: string): HTMLElement {
  return el(
    'div',
    { class: 'loading', attrs: { role: 'status' } },
    el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    text,
  );
}

/** A link that opens in a new tab, for http(s) addresses only; anything else (javascript:, data:) gives null. */
export function externalLink(href: string, label: string, cls = 'link'): HTMLAnchorElement | null {
  if (!/^https?:\/\/[^\s]+$/i.test(href)) return null;
  return el('a', { class: cls, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, label);
}
