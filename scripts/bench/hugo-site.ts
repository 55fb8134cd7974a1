// A minimal Hugo site that renders the same posts as the Next.js site does, and writes the same kinds
// of files: a post page with its title, date, tags and content; paginated home, section, tag and
// category lists; the tag and category indexes; an RSS feed of the 20 newest for the home, the section
// and each term (Hugo's own template); the sitemap and robots.txt. It has no search index, no hubs and
// no Atom or JSON Feed, which the Next.js site writes besides.
// Hugo renders the components' tags as raw HTML (goldmark's unsafe mode), which is fine for timing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyCorpusTo, type Corpus } from './corpus';

const config = `baseURL = "https://weekly.sofastack.example/"
languageCode = "zh-cn"
title = "SOFA Weekly"
timeZone = "Asia/Shanghai"
paginate = 10
hasCJKLanguage = true
# As the Next.js site's feeds: the 20 newest.
rssLimit = 20
enableRobotsTXT = true

[taxonomies]
  tag = "tags"
  category = "categories"

[markup.goldmark.renderer]
  unsafe = true
[markup.goldmark.extensions]
  table = true
`;

const layouts: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} | {{ .Site.Title }}{{ end }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "/tags/" | relURL }}">标签</a> <a href="{{ "/categories/" | relURL }}">分类</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  'partials/meta.html': `<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02" }}</time>{{ with .Params.author }} · {{ . }}{{ end }}
{{ range .GetTerms "categories" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "tags" }} <a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a>{{ end }}</p>
`,
  'partials/post-list.html': `<ul>{{ range .Pages }}
<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ partial "meta.html" . }}<p>{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}</p></li>
{{ end }}</ul>
{{ if gt .TotalPages 1 }}<nav>{{ if .HasPrev }}<a href="{{ .Prev.URL }}">上一页</a>{{ end }} {{ .PageNumber }} / {{ .TotalPages }} {{ if .HasNext }}<a href="{{ .Next.URL }}">下一页</a>{{ end }}</nav>{{ end }}
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ partial "meta.html" . }}
<div>{{ .Content }}</div></article>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>最新文章</h1>{{ partial "post-list.html" (.Paginate (where .Site.RegularPages "Section" "blog")) }}{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ partial "post-list.html" .Paginator }}{{ end }}
`,
  '_default/taxonomy.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  '_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ partial "post-list.html" .Paginator }}{{ end }}
`,
};

/** Writes the Hugo site into `root`, with the corpus's posts under content/blog/ (URL /blog/<slug>/, as on the Next.js site). */
export function writeHugoSite(root: string, corpus: Corpus): void {
  writeFileSync(path.join(root, 'config.toml'), config);
  for (const [file, text] of Object.entries(layouts)) {
    mkdirSync(path.dirname(path.join(root, 'layouts', file)), { recursive: true });
    writeFileSync(path.join(root, 'layouts', file), text);
  }
  copyCorpusTo(corpus, path.join(root, 'content', 'blog'));
}
