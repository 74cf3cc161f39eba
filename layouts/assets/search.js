// Starts Pagefind's search UI on the search page and runs the query given in ?q= (shareable links).
const ui = new window.PagefindUI({ element: "#search", showSubResults: false, showImages: false, resetStyles: false });
const query = new URLSearchParams(window.location.search).get("q");
if (query) ui.triggerSearch(query);
