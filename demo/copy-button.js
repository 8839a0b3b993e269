/**
 * The demo's copy buttons: clicking `button` copies the text of `source` and says so in `status` (a
 * live region). Where the clipboard is refused, the text is selected for the reader to copy.
 */
export function copyOnClick(button, source, status) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(source);
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}
