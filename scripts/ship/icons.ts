import { PNG } from 'pngjs';

type Rgb = { r: number; g: number; b: number };

const SAMPLES = 4;
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const ACCENT: Rgb = { r: 0x46, g: 0x47, b: 0xc4 };
export const ACCENT_HEX = '#4647C4';

/** A sales funnel in unit coordinates: a rim, a cone narrowing downwards and a spout. */
function inFunnel(x: number, y: number): boolean {
  const dx = Math.abs(x - 0.5);
  if (y >= 0.2 && y < 0.3) return dx <= 0.34;
  if (y >= 0.3 && y < 0.62) return dx <= 0.3 - ((y - 0.3) / 0.32) * 0.22;
  if (y >= 0.62 && y <= 0.84) return dx <= 0.08;
  return false;
}

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Share of a pixel's sub-samples inside a shape (anti-aliasing). */
function coverage(size: number, px: number, py: number, inside: (x: number, y: number) => boolean) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function paint(size: number, pixel: (px: number, py: number) => [number, number, number, number]) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      png.data.set(pixel(px, py), offset);
    }
  }
  return PNG.sync.write(png);
}

/** 192×192: a white funnel on an accent-coloured rounded square. */
export function colorIcon(): Buffer {
  const size = 192;
  return paint(size, (px, py) => {
    const square = coverage(size, px, py, (x, y) => inRoundedSquare(x, y, 0.18));
    const funnel = coverage(size, px, py, inFunnel);
    const mix = (base: number, top: number) => Math.round(base + (top - base) * funnel);
    return [
      mix(ACCENT.r, WHITE.r),
      mix(ACCENT.g, WHITE.g),
      mix(ACCENT.b, WHITE.b),
      Math.round(255 * square),
    ];
  });
}

/** 32×32: the same funnel in white on a transparent background, as Teams requires. */
export function outlineIcon(): Buffer {
  const size = 32;
  return paint(size, (px, py) => [
    255,
    255,
    255,
    Math.round(255 * coverage(size, px, py, inFunnel)),
  ]);
}
