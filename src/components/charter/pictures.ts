/**
 * Where the charter finds its theme pictures. The pictures load only for the
 * easy-read layout (`on-demand/ThemePicture.tsx`), so the builder's first load
 * does not carry them: whoever has loaded them provides the component through
 * this context, and `CharterDocument` draws each theme's picture when it is
 * there. Without it (the standard layout, or before the pictures have loaded)
 * the charter is the same, without pictures.
 */
import { createContext } from 'preact';
import type { ThemePicture } from './on-demand/ThemePicture.tsx';

/** The theme picture component, once loaded; null until then. */
export const Pictures = createContext<typeof ThemePicture | null>(null);
