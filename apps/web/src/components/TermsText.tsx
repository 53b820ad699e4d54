import type { ReactNode } from 'react';

type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** The API's plain text: blank lines separate paragraphs, lines starting with "- " are bullets. */
export function parseTermsBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      if (items.length) blocks.push({ kind: 'list', items });
      paragraph = [];
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        if (paragraph.length) flush();
        items.push(line.slice(2).trim());
      } else if (items.length) {
        // A line without "- " after bullets continues the previous bullet.
        items[items.length - 1] += ` ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

export function TermsText({ body }: { body: string }): ReactNode {
  return parseTermsBody(body).map((block, index) =>
    block.kind === 'paragraph' ? (
      <p key={index}>{block.text}</p>
    ) : (
      <ul key={index}>
        {block.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    ),
  );
}
