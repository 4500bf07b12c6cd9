/** Where the reader's choice of theme is kept in the browser (shared by the head script and the toggle). */
export const THEME_STORAGE_KEY = 'theme';
