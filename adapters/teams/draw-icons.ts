/**
 * Draws the Teams app icons into appPackage/ (run with `npx tsx adapters/teams/draw-icons.ts`):
 * color.png, 192×192, a white speech bubble with a tick on the accent colour;
 * outline.png, 32×32, the same shape in white on transparency, as Teams requires.
 * Written as code so the icons can be redrawn without an image editor.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Point = [number, number];
/** Whether a point (in the icon's own pixel units) is inside a shape. */
type Shape = (x: number, y: number) => boolean;

const ACCENT: Rgba = [0x1f, 0x4e, 0x79, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const roundedBox =
  (cx: number, cy: number, halfWidth: number, halfHeight: number, radius: number): Shape =>
  (x, y) => {
    const dx = Math.max(Math.abs(x - cx) - (halfWidth - radius), 0);
    const dy = Math.max(Math.abs(y - cy) - (halfHeight - radius), 0);
    return dx * dx + dy * dy <= radius * radius;
  };

const triangle =
  (a: Point, b: Point, c: Point): Shape =>
  (x, y) => {
    const side = (p: Point, q: Point) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
    const [s1, s2, s3] = [side(a, b), side(b, c), side(c, a)];
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };

const polyline =
  (points: Point[], halfWidth: number): Shape =>
  (x, y) =>
    points.slice(1).some((end, i) => {
      const start = points[i]!;
      const [vx, vy] = [end[0] - start[0], end[1] - start[1]];
      const t = Math.max(0, Math.min(1, ((x - start[0]) * vx + (y - start[1]) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - start[0] - t * vx, y - start[1] - t * vy) <= halfWidth;
    });

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));
const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/** Paints layers in order, each a shape and its colour, with 4×4 supersampling for smooth edges. */
function render(size: number, background: Rgba, layers: Array<[Shape, Rgba]>): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [x, y] = [px + (sx + 0.5) / samples, py + (sy + 0.5) / samples];
          let colour = background;
          for (const [shape, fill] of layers) if (shape(x, y)) colour = fill;
          // Premultiplied, so transparent samples do not darken the edges.
          for (let c = 0; c < 3; c++) sum[c]! += (colour[c]! * colour[3]) / 255;
          sum[3]! += colour[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3]! / n;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha === 0 ? 0 : Math.round((sum[c]! / n / alpha) * 255);
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG. */
function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The speech bubble and tick, drawn on a grid `scale` pixels wide per unit of a 32-unit design. */
function bubble(scale: number) {
  const s = (v: number) => v * scale;
  const body = roundedBox(s(16), s(14.5), s(11.5), s(8.5), s(3));
  const tail = triangle([s(9), s(21)], [s(14.5), s(21)], [s(7.5), s(27.5)]);
  const tick = polyline(
    [
      [s(11.5), s(14.5)],
      [s(14.5), s(17.5)],
      [s(20.5), s(11.5)],
    ],
    s(1.3),
  );
  return { outline: union(body, tail), body, tail, tick };
}

function drawColour(): Buffer {
  // The design is 32 units; the colour icon keeps it within Teams' central safe area of 192 px.
  const scale = 96 / 32;
  const { outline, tick } = bubble(scale);
  const centred: Shape = (x, y) => outline(x - 48, y - 48);
  const centredTick: Shape = (x, y) => tick(x - 48, y - 48);
  return render(192, ACCENT, [
    [centred, WHITE],
    [centredTick, ACCENT],
  ]);
}

function drawOutline(): Buffer {
  const { body, tail, tick } = bubble(1);
  const inner = roundedBox(16, 14.5, 9.5, 6.5, 1.5);
  return render(32, CLEAR, [
    [union(minus(body, inner), tail), WHITE],
    [tick, WHITE],
  ]);
}

const folder = fileURLToPath(new URL('./appPackage/', import.meta.url));
writeFileSync(`${folder}color.png`, drawColour());
writeFileSync(`${folder}outline.png`, drawOutline());
process.stdout.write(`Drew color.png and outline.png in ${folder}\n`);
