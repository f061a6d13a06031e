// A small page-layout engine over PDFKit for the report: paragraphs of styled runs wrapped to a width, and
// tables whose rows never split across pages and whose head is repeated on every page they run over, as
// the HTML report's print rules do (thead repeated, `break-inside: avoid` on rows). Lines are wrapped here,
// once, with widths cached per word: PDFKit only draws them.
import type { FontFace, FontSet } from './pdf-fonts';

/** Points per millimetre. */
export const MM = 72 / 25.4;

export interface Run {
  text: string;
  face?: FontFace;
  color?: string;
}

export interface Para {
  runs: Run[];
  /** Font size in points. */
  size: number;
  /** Line height as a factor of the size (default 1.3). */
  leading?: number;
  /** Default colour of its runs. */
  color?: string;
  /** Drawn as a badge: a filled, outlined box around the text. */
  badge?: { fill: string; stroke: string };
  /** Space after it, in points. */
  after?: number;
}

export type Cell = Para[];

export interface TableRow {
  cells: Cell[];
  /** Background of every cell. */
  fill?: string;
}

export interface TableHead {
  /** One cell across all columns (a lane's title, its count and shared attributes). */
  cell: Cell;
  fill: string;
  /** The thick left border's colour. */
  bar: string;
}

export interface Table {
  /** Column widths in points; 0 takes what the others leave. */
  columns: number[];
  head?: TableHead;
  /** The column titles (bold), repeated with the head on every page. */
  header?: Cell[];
  headerFill?: string;
  rows: TableRow[];
  /** The table's width when not the whole line (e.g. the summary's 60 %). */
  width?: number;
}

export interface PageArea {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A PDFKit font object: what the layout asks of it (PDFKit's StandardFont and EmbeddedFont). */
interface PdfFont {
  id: string;
  /** fontkit's font for an embedded one; the AFM metrics (with encodeText) for a built-in one. */
  font?: {
    hasGlyphForCodePoint?(codePoint: number): boolean;
    encodeText?(text: string): string[];
  };
  encode(text: string): [string[], unknown[]];
  widthOfString(text: string, size: number): number;
  ref(): unknown;
}

interface Segment {
  text: string;
  font: PdfFont;
  color: string;
  width: number;
}

interface Line {
  segments: Segment[];
  width: number;
}

/** What a PDFKit document offers that the layout uses. */
export type Doc = PDFKit.PDFDocument;

const BORDER = '#b9c1cb';
const CELL_PAD_X = 1.2 * MM;
const CELL_PAD_Y = 0.6 * MM;
/** Baseline below a line's top, as a share of the size (both fonts' ascent is about 0.72-0.9 of it). */
const BASELINE = 0.78;

/** PDFKit's built-in fonts (WinAnsi: Latin-1 and a few signs): no shaping, no embedding, the fast path. */
const STANDARD: Record<FontFace, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  mono: 'Courier',
};
/** What WinAnsi encodes: the rest (ł, ş, ă, Greek, Cyrillic...) takes the embedded font. */
const NOT_WIN_ANSI = /[^\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
/** Signs (arrows, geometric shapes, symbols) no text font is needed for. */
const SIGNS = /[\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff\u2600-\u26ff]/;

const rgbCache = new Map<string, string>();
function rgb(hex: string): string {
  let value = rgbCache.get(hex);
  if (!value) {
    const n = Number.parseInt(hex.slice(1), 16);
    value = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(' ');
    rgbCache.set(hex, value);
  }
  return value;
}

function num(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/**
 * Writes the page's content itself (PDF operators, one buffer per page) rather than through PDFKit's
 * text() and rect(): those cost an object and a byte conversion per operator, which on the heavy report
 * (tens of thousands of words) was most of the time. PDFKit still does fonts, pages and the file.
 */
export class PdfWriter {
  /** The cursor: where the next block starts. */
  y: number;
  private readonly widths = new Map<string, number>();
  private readonly standard = {} as Record<FontFace, PdfFont>;
  /** The embedded fonts, opened when a text first needs one (parsing a font file is most of a small report's time). */
  private readonly embedded = new Map<FontFace | 'symbol', PdfFont | null>();
  private readonly picked = new Map<string, PdfFont>();
  private readonly encoded = new Map<string, string>();
  private ops: string[] = [];
  private pageFonts = new Map<string, PdfFont>();

  constructor(
    readonly doc: Doc,
    private readonly fonts: FontSet,
    readonly area: PageArea,
  ) {
    for (const face of Object.keys(STANDARD) as FontFace[]) {
      doc.font(STANDARD[face]);
      this.standard[face] = this.currentFont();
    }
    this.y = area.top;
  }

  private currentFont(): PdfFont {
    return (this.doc as unknown as { _font: PdfFont })._font;
  }

  private embeddedFont(face: FontFace | 'symbol'): PdfFont | undefined {
    if (!this.embedded.has(face)) {
      const file = this.fonts[face];
      let font: PdfFont | null = null;
      if (file && typeof file !== 'string') {
        this.doc.registerFont(`report-${face}`, file);
        this.doc.font(`report-${face}`);
        font = this.currentFont();
      }
      this.embedded.set(face, font);
    }
    return this.embedded.get(face) ?? undefined;
  }

  get contentWidth(): number {
    return this.area.width - this.area.left - this.area.right;
  }

  get bottom(): number {
    return this.area.height - this.area.bottom;
  }

  /** A font name for PDFKit's own drawing (the timeline's SVG): the built-in one, the text there is ours. */
  font(face: FontFace): string {
    return STANDARD[face];
  }

  /** The built-in font when WinAnsi has every character, else the embedded one that has them all. */
  private pick(face: FontFace, text: string): PdfFont {
    if (!NOT_WIN_ANSI.test(text)) return this.standard[face];
    const key = `${face}|${text}`;
    let font = this.picked.get(key);
    if (!font) {
      const covers = (candidate: PdfFont | undefined) =>
        candidate?.font?.hasGlyphForCodePoint !== undefined &&
        [...text].every((char) => candidate.font!.hasGlyphForCodePoint!(char.codePointAt(0)!));
      // Signs only (the markers' ⊘, ⚠): the symbol font, without opening the text font for them.
      const signsOnly = [...text].every((char) => !NOT_WIN_ANSI.test(char) || SIGNS.test(char));
      const symbol = signsOnly ? this.embeddedFont('symbol') : undefined;
      if (symbol && covers(symbol)) font = symbol;
      else {
        const unicode = this.embeddedFont(face);
        font = covers(unicode)
          ? unicode!
          : covers(this.embeddedFont('symbol'))
            ? this.embeddedFont('symbol')!
            : (unicode ?? this.standard[face]);
      }
      this.picked.set(key, font);
    }
    return font;
  }

  /** The width of `text` in `face` at `size`, cached: the heavy report asks for the same words thousands of times. */
  measure(text: string, face: FontFace, size: number): number {
    const key = `${face}|${text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      unit = this.pick(face, text).widthOfString(text, 1000) / 1000;
      this.widths.set(key, unit);
    }
    return unit * size;
  }

  /** The paragraph's lines at `width`: breaks at spaces (not at no-break spaces), a word too long cut where it must. */
  wrap(para: Para, width: number): Line[] {
    const lines: Line[] = [];
    let line: Line = { segments: [], width: 0 };
    const push = (text: string, face: FontFace, color: string, pieceWidth: number) => {
      const font = this.pick(face, text);
      const last = line.segments.at(-1);
      if (last && last.font === font && last.color === color) {
        last.text += text;
        last.width += pieceWidth;
      } else line.segments.push({ text, font, color, width: pieceWidth });
      line.width += pieceWidth;
    };
    const breakLine = () => {
      // Trailing spaces take no room at the end of a line.
      const last = line.segments.at(-1);
      if (last && last.text.endsWith(' ')) {
        const trimmed = last.text.replace(/ +$/, '');
        const cut = (last.text.length - trimmed.length) * last.font.widthOfString(' ', para.size);
        last.text = trimmed;
        last.width -= cut;
        line.width -= cut;
      }
      lines.push(line);
      line = { segments: [], width: 0 };
    };
    for (const run of para.runs) {
      const face = run.face ?? 'regular';
      const color = run.color ?? para.color ?? '#111111';
      for (const piece of run.text.split(/( +|\n)/)) {
        if (piece === '') continue;
        if (piece === '\n') {
          breakLine();
          continue;
        }
        const pieceWidth = this.measure(piece, face, para.size);
        if (piece.startsWith(' ')) {
          if (line.segments.length > 0) push(piece, face, color, pieceWidth);
          continue;
        }
        if (line.width + pieceWidth > width && line.segments.length > 0) {
          breakLine();
          // 'Label :' then ' value' wrapped there: the new line does not begin with the no-break space.
          if (piece.startsWith('\u00a0')) {
            const rest = piece.replace(/^\u00a0+/, '');
            if (rest) push(rest, face, color, this.measure(rest, face, para.size));
            continue;
          }
        }
        if (line.width + pieceWidth <= width) {
          push(piece, face, color, pieceWidth);
          continue;
        }
        // A word wider than the column (a long code, a compound word): cut where the line ends.
        let rest = piece;
        while (rest) {
          let take = rest.length;
          while (take > 1 && this.measure(rest.slice(0, take), face, para.size) > width) take--;
          const part = rest.slice(0, take);
          push(part, face, color, this.measure(part, face, para.size));
          rest = rest.slice(take);
          if (rest) breakLine();
        }
      }
    }
    if (line.segments.length > 0 || lines.length === 0) lines.push(line);
    return lines;
  }

  lineHeight(para: Para): number {
    return para.size * (para.leading ?? 1.3);
  }

  /** The height of a cell (paragraphs stacked) at `width`, with the lines to draw it. */
  layoutCell(
    cell: Cell,
    width: number,
  ): { height: number; paras: { para: Para; lines: Line[] }[] } {
    let height = 0;
    const paras = cell.map((para) => {
      const lines = this.wrap(para, para.badge ? width - 2.4 : width);
      height += lines.length * this.lineHeight(para) + (para.after ?? 0) + (para.badge ? 1.2 : 0);
      return { para, lines };
    });
    return { height, paras };
  }

  /** A filled rectangle (y downwards, as the layout counts). */
  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.ops.push(`${rgb(color)} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f`);
  }

  strokeRect(
    x: number,
    y: number,
    width: number,
    height: number,
    color: string,
    lineWidth: number,
  ): void {
    this.ops.push(
      `${rgb(color)} RG ${num(lineWidth)} w ${num(x)} ${num(y)} ${num(width)} ${num(height)} re S`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, lineWidth: number): void {
    this.ops.push(
      `${rgb(color)} RG ${num(lineWidth)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`,
    );
  }

  /** A run's bytes in its font (cached: the same words come back thousands of times). */
  private hexOf(segment: Segment): string {
    const key = `${segment.font.id}|${segment.text}`;
    let hex = this.encoded.get(key);
    if (hex === undefined) {
      // A built-in font's bytes straight from its encoding table (encode() also works out kerning, unused
      // here); an embedded font's encode() adds the glyphs to its subset.
      const builtIn = segment.font.font?.encodeText;
      hex = (
        builtIn
          ? builtIn.call(segment.font.font, segment.text)
          : segment.font.encode(segment.text)[0]
      ).join('');
      this.encoded.set(key, hex);
    }
    this.pageFonts.set(segment.font.id, segment.font);
    return hex;
  }

  /**
   * One line of runs in one text object: each run follows the one before by the font's own advance, so a
   * viewer's metrics never make runs overlap. The page is drawn y downwards (PDFKit's transform): the text
   * matrix turns the glyphs upright again.
   */
  private lineOp(line: Line, size: number, x: number, baseline: number): void {
    let op = `BT 1 0 0 -1 ${num(x)} ${num(baseline)} Tm`;
    let font = '';
    let color = '';
    for (const segment of line.segments) {
      if (!segment.text) continue;
      if (segment.color !== color) op += ` ${rgb((color = segment.color))} rg`;
      if (segment.font.id !== font) op += ` /${(font = segment.font.id)} ${num(size)} Tf`;
      op += ` <${this.hexOf(segment)}> Tj`;
    }
    this.ops.push(`${op} ET`);
  }

  drawCell(laidOut: { para: Para; lines: Line[] }[], x: number, y: number): void {
    let top = y;
    for (const { para, lines } of laidOut) {
      const lineHeight = this.lineHeight(para);
      const inset = para.badge ? 1.2 : 0;
      if (para.badge) {
        const widest = Math.max(...lines.map((l) => l.width));
        const height = lines.length * lineHeight + 0.4;
        this.fillRect(x, top, widest + 2.4, height, para.badge.fill);
        this.strokeRect(x, top, widest + 2.4, height, para.badge.stroke, 0.5);
      }
      for (const line of lines) {
        const baseline = top + inset * 0.5 + (lineHeight - para.size) / 2 + para.size * BASELINE;
        this.lineOp(line, para.size, x + inset, baseline);
        top += lineHeight;
      }
      top += (para.after ?? 0) + (para.badge ? 1.2 : 0);
    }
  }

  /** Hands this page's buffered operators to PDFKit, before PDFKit draws itself (SVG) or turns the page. */
  flush(): void {
    if (this.ops.length === 0) return;
    const page = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    for (const [id, font] of this.pageFonts) page.fonts[id] ??= font.ref();
    this.pageFonts = new Map();
    // Our own graphics state: whatever PDFKit sets next is not changed by ours.
    this.doc.addContent(`q\n${this.ops.join('\n')}\nQ`);
    this.ops = [];
  }

  newPage(): void {
    this.flush();
    this.doc.addPage();
    this.y = this.area.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.area.top) this.newPage();
  }

  /** A paragraph across the content width (or `width`), moved whole to the next page when it does not fit. */
  paragraph(
    para: Para,
    options: {
      x?: number;
      width?: number;
      box?: { fill: string; bar: string };
      keepWith?: number;
    } = {},
  ): void {
    const x = options.x ?? this.area.left;
    const width = options.width ?? this.contentWidth;
    const pad = options.box ? 2.5 * MM : 0;
    const { height, paras } = this.layoutCell([para], width - 2 * pad);
    const boxHeight = height + (options.box ? 2 * 1.2 * MM : 0);
    this.ensure(boxHeight + (options.keepWith ?? 0));
    if (options.box) {
      this.fillRect(x, this.y, width, boxHeight, options.box.fill);
      this.fillRect(x, this.y, 1 * MM, boxHeight, options.box.bar);
    }
    this.drawCell(paras, x + pad, this.y + (options.box ? 1.2 * MM : 0));
    this.y += boxHeight;
  }

  space(points: number): void {
    this.y += points;
  }

  /** A table: rows whole on one page, the head and column titles again at the top of each page it runs over. */
  table(table: Table): void {
    const width = table.width ?? this.contentWidth;
    const fixed = table.columns.reduce((sum, c) => sum + c, 0);
    const flexible = table.columns.filter((c) => c === 0).length;
    const widths = table.columns.map((c) =>
      c === 0 ? Math.max(20, (width - fixed) / Math.max(1, flexible)) : c,
    );
    const x0 = this.area.left;
    const layoutRow = (cells: Cell[]) => {
      const laid = cells.map((cell, i) =>
        this.layoutCell(cell, (widths[i] ?? 20) - 2 * CELL_PAD_X),
      );
      return { laid, height: Math.max(...laid.map((l) => l.height)) + 2 * CELL_PAD_Y };
    };
    const head = table.head
      ? this.layoutCell(table.head.cell, width - 2 * CELL_PAD_X - 1.6 * MM)
      : null;
    const headHeight = head ? head.height + 2 * 1.2 * MM : 0;
    const header = table.header ? layoutRow(table.header) : null;
    const headerHeight = header?.height ?? 0;

    const drawRow = (
      row: { laid: ReturnType<PdfWriter['layoutCell']>[]; height: number },
      fill?: string,
    ) => {
      let x = x0;
      row.laid.forEach((cell, i) => {
        const w = widths[i] ?? 20;
        if (fill) this.fillRect(x, this.y, w, row.height, fill);
        this.strokeRect(x, this.y, w, row.height, BORDER, 0.55);
        this.drawCell(cell.paras, x + CELL_PAD_X, this.y + CELL_PAD_Y);
        x += w;
      });
      this.y += row.height;
    };
    const drawHead = () => {
      if (head && table.head) {
        this.fillRect(x0, this.y, width, headHeight, table.head.fill);
        this.strokeRect(x0, this.y, width, headHeight, BORDER, 0.55);
        this.fillRect(x0, this.y, 1.6 * MM, headHeight, table.head.bar);
        this.drawCell(head.paras, x0 + 1.6 * MM + CELL_PAD_X, this.y + 1.2 * MM);
        this.y += headHeight;
      }
      if (header) drawRow(header, table.headerFill ?? '#eef1f4');
    };

    const rows = table.rows.map((row) => ({ ...layoutRow(row.cells), fill: row.fill }));
    // The head stays with at least the first row.
    this.ensure(headHeight + headerHeight + (rows[0]?.height ?? 0));
    drawHead();
    for (const row of rows) {
      if (this.y + row.height > this.bottom) {
        this.newPage();
        drawHead();
      }
      drawRow(row, row.fill);
    }
  }
}
