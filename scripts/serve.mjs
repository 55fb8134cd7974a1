// A plain static file server for the exported site: no rewrites beyond what any static host does
// (index.html for folders, 404.html for missing files), and gzip, as every static host sends text.
// Usage: node scripts/serve.mjs <folder> <port>
import http from 'node:http';
import compression from 'compression';
import handler from 'serve-handler';

const [folder = 'out', port = '3000'] = process.argv.slice(2);
const compress = compression();

const server = http.createServer((request, response) =>
  compress(request, response, () => handler(request, response, { public: folder, trailingSlash: true, cleanUrls: true, directoryListing: false })),
);
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${folder}/ at http://localhost:${port}/`);
});
