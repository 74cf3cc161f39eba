// Keys on the search page: "/" focuses the search box, ArrowDown/ArrowUp move through the results, Enter opens one.

/** True when the reader is typing somewhere, so that "/" is a character, not a shortcut. */
function isTyping(target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Binds the keys. Moving through results moves the focus itself (link to link), so Enter opens the focused result as
 * any link would, the browser shows its focus ring, and screen readers read the headline.
 */
export function bindSearchKeys(input, list) {
  const links = () => [...list.querySelectorAll("a.search-result-link")];
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // "/" in the box itself, while it is empty or all selected (as the page opens with it focused), is the shortcut
    // too: the reader pressed it to search, not to type a slash.
    const inEmptyBox =
      event.target === input &&
      (input.value === "" || (input.selectionStart === 0 && input.selectionEnd === input.value.length));
    if (event.key === "/" && (!isTyping(event.target) || inEmptyBox)) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(event.target);
    if (event.target === input) {
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        all[0].focus();
      }
      return;
    }
    if (at === -1) return;
    event.preventDefault();
    if (event.key === "ArrowDown") all[Math.min(at + 1, all.length - 1)].focus();
    else if (at === 0) input.focus();
    else all[at - 1].focus();
  });
}
