import type { APIRoute } from 'astro';
import { themeColorCss } from '../lib/theme-colors.ts';

/** `theme-colors.css`: the theme colours and chip swatches, linked from every page (Base.astro). */
export const GET: APIRoute = () => new Response(themeColorCss(), { headers: { 'content-type': 'text/css' } });
