// Checks every relative link and image in the repository's Markdown (README.md, docs/): the file it
// names exists and, for `page.md#anchor`, the page has that heading. No network: web addresses are
// skipped. `node .ci/check-doc-links.mjs`; exits 1 and lists the broken links.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pages = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((file) => file !== '' && !file.includes('node_modules/'));

/** Markdown text without fenced code blocks and inline code, where a link is only an example. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file) {
  const seen = new Map();
  const result = new Set();
  for (const [, heading] of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

function targets(markdown) {
  const text = prose(markdown);
  const links = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const html = [...text.matchAll(/<(?:img|a)\s[^>]*?(?:src|href)="([^"]+)"/g)];
  return [...links, ...html].map((match) => match[1]);
}

const broken = [];
for (const page of pages) {
  const file = join(root, page);
  for (const target of targets(readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      continue; // http:, https:, mailto: are not checked here
    }
    const [path, anchor] = target.split('#', 2);
    const linked = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    if (!linked.startsWith(`${root}/`) && linked !== root) {
      broken.push(`${page}: ${target} points outside the repository`);
    } else if (!existsSync(linked)) {
      broken.push(`${page}: ${target} (no ${relative(root, linked)})`);
    } else if (anchor && statSync(linked).isFile() && linked.endsWith('.md')) {
      if (!anchors(linked).has(anchor)) {
        broken.push(`${page}: ${target} (no heading #${anchor} in ${relative(root, linked)})`);
      }
    }
  }
}

if (broken.length > 0) {
  console.error(`Broken links in the documentation:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
console.log(`Links checked in ${pages.length} Markdown files: all resolve.`);
