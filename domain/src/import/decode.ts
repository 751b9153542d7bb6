/**
 * The text encoding of an uploaded file and a decoder that reads it in chunks (TextDecoder with
 * `stream: true`, so a character split between two chunks is decoded once). Browser-safe.
 *
 * Which encoding, from the first bytes (a sample of some kilobytes):
 * 1. a UTF-8 byte order mark, or bytes that are valid UTF-8 → UTF-8;
 * 2. otherwise a legacy Windows code page: Windows-1250 (Central Europe: Polish, Czech,
 *    Romanian) or Windows-1252 (Western: English, French, German). The two share ASCII and
 *    many letters (é, ä, ö, ü, ß, ç, ó…), so only the bytes where they differ decide. Each
 *    byte that is a Polish/Czech/Romanian letter in 1250 but a symbol or a letter foreign to
 *    French and German in 1252 (0xB9 ą/¹, 0xB3 ł/³, 0xBF ż/¿, 0x9F ź/Ÿ, 0xA5 Ą/¥, 0xF8 ř/ø…)
 *    counts for 1250; each that is a French letter in 1252 but rare in 1250 (0xE0 à/ŕ, 0xFB
 *    û/ű, 0xC0 À/Ŕ…) counts for 1252. Bytes letters in both (0xEA ę/ê, 0xE6 ć/æ, 0x9C ś/œ,
 *    0xE8 č/è) count for neither. More 1250 votes → 1250; else 1252, the commoner code page.
 */

export type TextEncodingName = 'utf-8' | 'windows-1250' | 'windows-1252';

/** Bytes that read as a Polish, Czech or Romanian letter in 1250 and not as a likely one in 1252. */
const CENTRAL_EUROPEAN_BYTES = new Set([
  0x8c, 0x8d, 0x8f, 0x9d, 0x9f, 0xa3, 0xa5, 0xaa, 0xaf, 0xb3, 0xb9, 0xba, 0xbf, 0xc3, 0xcc, 0xd1,
  0xd2, 0xd8, 0xde, 0xe3, 0xec, 0xf1, 0xf2, 0xf8, 0xfe,
]);
/** Bytes that read as a French or German letter in 1252 and as a rare one in 1250. */
const WESTERN_BYTES = new Set([0xc0, 0xe0, 0xfb, 0xdb, 0xff]);

const BOM = [0xef, 0xbb, 0xbf];

const hasUtf8Bom = (bytes: Uint8Array) => BOM.every((byte, i) => bytes[i] === byte);

/** How many bytes a UTF-8 sequence starting with `lead` has; 0 for a byte no sequence starts with. */
function sequenceWidth(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Whether the bytes are valid UTF-8; a sequence cut off by the end of the sample is allowed
 * (the sample is the first bytes of a longer file).
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const width = sequenceWidth(lead);
    if (width === 0) return false;
    for (let k = 1; k < width; k += 1) {
      if (i + k >= bytes.length) return true;
      if (bytes[i + k]! >> 6 !== 0b10) return false;
    }
    i += width;
  }
  return true;
}

/** The encoding of a file from its first bytes (see the module comment for the heuristic). */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  if (hasUtf8Bom(sample) || isValidUtf8(sample)) return 'utf-8';
  let centralEuropean = 0;
  let western = 0;
  for (const byte of sample) {
    if (CENTRAL_EUROPEAN_BYTES.has(byte)) centralEuropean += 1;
    else if (WESTERN_BYTES.has(byte)) western += 1;
  }
  return centralEuropean > western ? 'windows-1250' : 'windows-1252';
}

/** Decodes a file chunk by chunk; a UTF-8 byte order mark is dropped. */
export class ChunkDecoder {
  readonly encoding: TextEncodingName;
  private readonly decoder: InstanceType<typeof TextDecoder>;

  constructor(encoding: TextEncodingName) {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding);
  }

  /** A decoder for the encoding detected from the file's first bytes. */
  static forSample(sample: Uint8Array): ChunkDecoder {
    return new ChunkDecoder(detectEncoding(sample));
  }

  decode(chunk: Uint8Array): string {
    return this.decoder.decode(chunk, { stream: true });
  }

  /** The characters still held back for a sequence the last chunk cut. */
  end(): string {
    return this.decoder.decode();
  }
}
