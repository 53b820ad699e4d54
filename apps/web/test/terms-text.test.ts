import { describe, expect, it } from 'vitest';
import { parseTermsBody } from '../src/components/TermsText';

describe('parseTermsBody', () => {
  it('splits paragraphs on blank lines and turns "- " lines into list items', () => {
    const body = [
      "L'accès est soumis à des conditions.",
      'Elles peuvent changer.',
      '',
      "- J'accepte d'utiliser la plateforme.",
      "- Je m'engage à collaborer",
      '  de bonne foi.',
      '',
      'Fin.',
    ].join('\n');
    expect(parseTermsBody(body)).toEqual([
      { kind: 'paragraph', text: "L'accès est soumis à des conditions. Elles peuvent changer." },
      {
        kind: 'list',
        items: ["J'accepte d'utiliser la plateforme.", "Je m'engage à collaborer de bonne foi."],
      },
      { kind: 'paragraph', text: 'Fin.' },
    ]);
  });
});
