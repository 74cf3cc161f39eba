// Starts the search page: loads Pagefind's API and the page's module, both found relative to this file, so that a
// site built under a path prefix (/digest/) finds them too. A classic script, so that it still runs when the modules
// cannot load (a page opened from disk: browsers refuse module and fetch() requests for file:// URLs) and says so.
(function startSearch() {
  var script = document.currentScript;
  var root = new URL("../../", script.src);
  var failed = document.getElementById("search-failed");
  failed.classList.add("is-starting");
  function fail(error) {
    document.getElementById("search-form").hidden = true;
    failed.classList.add("is-shown");
    if (window.console) console.error("Search could not start:", error);
  }
  try {
    Promise.all([
      import(new URL("pagefind/pagefind.js", root).href),
      import(new URL("search-page.js", script.src).href),
    ])
      .then((modules) => modules[1].startSearchPage(modules[0], root))
      .then(() => {
        failed.remove();
      }, fail);
  } catch (error) {
    fail(error);
  }
})();
