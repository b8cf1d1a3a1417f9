import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../support/screenshot';

/** A minimal valid PNG of `width` × `height` grey pixels (CRCs are not checked by pngSize). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('pngSize', () => {
  it('reads the width and height from the header', () => {
    expect(pngSize(png(1280, 2700))).toEqual({ width: 1280, height: 2700 });
    expect(pngSize(png(3, 1))).toEqual({ width: 3, height: 1 });
  });
  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('<html>not an image</html>'))).toThrow('not a PNG');
    const broken = png(10, 10);
    broken.write('IDAT', 12, 'latin1');
    expect(() => pngSize(broken)).toThrow('IHDR');
  });
});
