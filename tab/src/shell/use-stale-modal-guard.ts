import { useEffect } from 'react';

const DIALOG = '[role="dialog"][aria-modal="true"], [role="alertdialog"]';

/**
 * Works around a Fluent/tabster behaviour seen with controlled dialogs that close right after
 * submitting: the modalizer leaves `aria-hidden="true"` on the app root once the dialog is
 * gone, hiding the whole page from assistive technology. When the root is hidden while no
 * modal dialog is open any more, the attribute is removed.
 */
export function useStaleModalGuard(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (root.getAttribute('aria-hidden') === 'true' && !document.querySelector(DIALOG))
          root.removeAttribute('aria-hidden');
      }, 400);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['aria-hidden'],
      childList: true,
    });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, []);
}
