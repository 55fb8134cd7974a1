import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteConfig } from '@/site.config';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { ThemeScript } from '@/components/ThemeScript';
import { labelsFor } from '@/lib/model/labels';
import { siteFeedLinks } from '@/lib/outputs/page-metadata';
import { absoluteUrl, withBasePath } from '@/lib/urls';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl(withBasePath('/'))),
  title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
  description: siteConfig.description,
  // Pages with metadata of their own replace this (lib/outputs/page-metadata.ts gives them the same feeds).
  alternates: { types: siteFeedLinks(siteConfig.defaultLanguage) },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const lang = siteConfig.defaultLanguage;
  const labels = labelsFor(lang);
  return (
    // The theme script sets data-theme before React hydrates.
    <html lang={siteConfig.languages[lang].htmlLang} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="visually-hidden-until-focus" href="#main">
          {labels.skipToContent}
        </a>
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
