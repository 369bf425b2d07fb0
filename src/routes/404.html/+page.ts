// Written to build/404.html, which static hosts serve for any missing path.
export const trailingSlash = 'never';
