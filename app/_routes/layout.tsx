import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { ThemeScript } from '@/components/ThemeScript';
import { siteFeedLinks } from '@/lib/outputs/page-metadata';
import { absoluteUrl, homeUrl } from '@/lib/urls';
import '../globals.css';

/**
 * The root layout of one language's route group (app/(zh)/, app/(en)/): a static export has no
 * server to tell the language, so each language has its own root layout writing its <html lang>.
 */
export function languageLayout(lang: Language) {
  const site = siteConfig.languages[lang];
  const metadata: Metadata = {
    metadataBase: new URL(absoluteUrl(homeUrl(lang))),
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.description,
    // Pages with metadata of their own replace this (lib/outputs/page-metadata.ts gives them the same feeds).
    alternates: { types: siteFeedLinks(lang) },
  };
  function RootLayout({ children }: { children: ReactNode }) {
    return (
      // The theme script sets data-theme before React hydrates.
      <html lang={site.htmlLang} suppressHydrationWarning>
        <head>
          <ThemeScript />
        </head>
        <body>{children}</body>
      </html>
    );
  }
  return { metadata, RootLayout };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};
