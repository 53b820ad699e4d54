/**
 * A small, fixed vocabulary over pdfkit for the platform's documents (QC-13, DOC-3): headings,
 * paragraphs, labelled lines and bullet lists, each written inside its structure element so the
 * file is a tagged PDF (SEC-38: /MarkInfo, /StructTreeRoot, /Lang, a displayed title), declared
 * PDF/A-2a, with the page furniture (running header, page numbers, rules) marked as artifacts.
 *
 * SEC-22/SEC-23: user text only ever reaches `doc.text()`. pdfkit has no HTML, no templates, no
 * scripts and no network: `<img src=…>` in a message is printed, never fetched. Metadata (title,
 * author) is never user text: pdfkit copies it unescaped into the XMP packet.
 */
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, parsedFonts } from './fonts.js';
import { shareWordLayouts } from './word-layouts.js';

type Struct = PDFKit.PDFStructureElement;

export interface TaggedPdfOptions {
  /** BCP 47 tag of the document's main language: `fr-CA`, `fr-FR`, `en`. */
  readonly lang: string;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** Letter in Quebec, A4 in France. */
  readonly size: 'LETTER' | 'A4';
  /** Printed at the top of every page after the first (an artifact, not content). */
  readonly runningHeader: string;
  /** "Page 2 de 3": the footer of each page, also an artifact. */
  readonly pageLabel: (page: number, count: number) => string;
  readonly createdAt: Date;
}

const MARGIN = { top: 64, bottom: 64, left: 62, right: 62 };
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#8a8a8a';

/** Control characters other than line breaks and tabs are dropped; CRLF becomes LF. */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** XMP and the info dictionary get plain names: no markup characters (see the header). */
const metadataText = (text: string) => printable(text).replace(/[<>&"']/g, ' ');

export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly #root: Struct;
  #section: Struct;
  readonly #options: TaggedPdfOptions;
  readonly #keepWordLayouts: () => void;

  constructor(options: TaggedPdfOptions) {
    this.#options = options;
    const created = options.createdAt;
    this.doc = new PDFDocument({
      size: options.size,
      margins: MARGIN,
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      // No default font: pdfkit would load Helvetica's metrics for every document (about 1 ms
      // of a 10 ms render) although these documents only print DejaVu.
      font: '',
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: metadataText(options.title),
        Author: metadataText(options.author),
        Subject: metadataText(options.subject),
        Creator: 'Entente',
        Producer: 'Entente (pdfkit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    const { regular, bold } = parsedFonts();
    // pdfkit takes a parsed fontkit font as well as bytes; its types only list the bytes.
    this.doc.registerFont(FONT_REGULAR, regular as unknown as Buffer);
    this.doc.registerFont(FONT_BOLD, bold as unknown as Buffer);
    this.#keepWordLayouts = shareWordLayouts(this.doc, [FONT_REGULAR, FONT_BOLD]);
    this.doc.font(FONT_REGULAR).fontSize(10.5).fillColor(INK);
    this.#root = this.doc.struct('Document');
    this.doc.addStructure(this.#root);
    this.#section = this.#root;
  }

  get #width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  /** Starts a section (`Sect`), optionally in another language than the document's. */
  section(lang?: string): this {
    const sect = this.doc.struct('Sect', lang ? { lang } : {});
    this.#root.add(sect);
    this.#section = sect;
    return this;
  }

  /** Keeps a heading with what follows: a new page when fewer than `space` points remain. */
  #keepSpace(space: number): void {
    const bottom = this.doc.page.height - MARGIN.bottom;
    if (this.doc.y + space > bottom) this.doc.addPage();
  }

  #add(type: string, draw: () => void): void {
    this.#section.add(this.doc.struct(type, {}, draw));
  }

  /** The document's title (H1), with an optional line under it (`P`), then a rule. */
  title(text: string, subtitle?: string): this {
    this.#add('H1', () => {
      this.doc.font(FONT_BOLD).fontSize(20).fillColor(INK).text(printable(text), {
        width: this.#width,
      });
    });
    if (subtitle !== undefined) {
      this.doc.moveDown(0.2);
      this.#add('P', () => {
        this.doc.font(FONT_REGULAR).fontSize(12).fillColor(MUTED).text(printable(subtitle), {
          width: this.#width,
        });
      });
    }
    this.doc.moveDown(0.4);
    this.rule();
    return this;
  }

  heading(text: string, level: 2 | 3 = 2): this {
    this.doc.moveDown(level === 2 ? 0.9 : 0.6);
    this.#keepSpace(level === 2 ? 70 : 50);
    this.#add(`H${level}`, () => {
      this.doc
        .font(FONT_BOLD)
        .fontSize(level === 2 ? 13.5 : 11.5)
        .fillColor(INK)
        .text(printable(text), { width: this.#width });
    });
    this.doc.moveDown(0.3);
    return this;
  }

  /** `keepWithNext`: a line introducing what follows starts a new page rather than end one. */
  paragraph(text: string, options: { muted?: boolean; keepWithNext?: boolean } = {}): this {
    if (options.keepWithNext) this.#keepSpace(60);
    this.#add('P', () => {
      this.doc
        .font(FONT_REGULAR)
        .fontSize(10.5)
        .fillColor(options.muted ? MUTED : INK)
        .text(printable(text), { width: this.#width, lineGap: 2 });
    });
    this.doc.moveDown(0.4);
    return this;
  }

  /** "Label : value" on one paragraph, the label in bold. */
  field(label: string, value: string): this {
    this.#add('P', () => {
      this.doc
        .font(FONT_BOLD)
        .fontSize(10.5)
        .fillColor(INK)
        .text(`${printable(label)} `, { width: this.#width, continued: true, lineGap: 2 });
      this.doc.font(FONT_REGULAR).text(printable(value), { lineGap: 2 });
    });
    this.doc.moveDown(0.25);
    return this;
  }

  /** A bullet list (`L` > `LI` > `Lbl` + `LBody`). */
  list(items: readonly string[]): this {
    if (items.length === 0) return this;
    const list = this.doc.struct('L');
    this.#section.add(list);
    this.doc.font(FONT_REGULAR).fontSize(10.5).fillColor(INK).list(items.map(printable), {
      width: this.#width,
      structParent: list,
      listType: 'bullet',
      bulletRadius: 2,
      textIndent: 12,
      bulletIndent: 12,
      lineGap: 2,
      paragraphGap: 3,
    });
    list.end();
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.4);
    return this;
  }

  /** A horizontal rule: decoration, so an artifact. */
  rule(): this {
    const y = this.doc.y;
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(this.doc.page.width - MARGIN.right, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    this.doc.endMarkedContent();
    this.doc.moveDown(0.6);
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  /** Running header and page numbers on every page, then the finished file's bytes. */
  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.#section.end();
    this.#root.end();
    this.#paginate();
    this.#keepWordLayouts();
    this.doc.end();
    return done;
  }

  #paginate(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      // Writing in the margins must not make pdfkit open a new page.
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.font(FONT_REGULAR).fontSize(8.5).fillColor(MUTED);
      if (index > start) {
        this.doc.text(printable(this.#options.runningHeader), MARGIN.left, 34, {
          width: this.#width,
          lineBreak: false,
          ellipsis: true,
        });
      }
      this.doc.text(
        this.#options.pageLabel(index - start + 1, count),
        MARGIN.left,
        page.height - 40,
        { width: this.#width, align: 'right', lineBreak: false },
      );
      this.doc.endMarkedContent();
      page.margins.bottom = bottomMargin;
    }
  }
}
