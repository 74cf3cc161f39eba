// Shared front matter of every article: its layout, and a URL without the /articles prefix
// (content/articles/2025/09/13/slug.md is served at /2025/09/13/slug/, beside that day's edition).
export default {
  layout: "article.njk",
  eleventyComputed: {
    permalink: (data) => `${data.page.filePathStem.replace(/^\/articles\//, "/")}/`,
  },
};
