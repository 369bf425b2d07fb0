// Every page is prerendered to its own folder/index.html, which any static host serves.
export const prerender = true;
export const trailingSlash = 'always';
