import { imageSize } from 'image-size';
import { isUsableImageSide, maxImageSide, type ImageSize } from '../model/post';
import { readRegularFile } from './bundle-files';

// EXIF orientations 5 to 8 turn the picture a quarter: a browser shows it with width and height swapped.
const quarterTurnOrientations = new Set([5, 6, 7, 8]);

/** A size an image file declares that no page can use, with what it declares. */
export interface UnusableImageSize {
  unusable: string;
}

const side = (value: number) => (Number.isFinite(value) ? value.toLocaleString('en-US') : String(value));

/**
 * The size an image's bytes give; undefined for a format image-size does not know, a damaged file, or
 * an SVG without a width and height or a viewBox (it scales to its box; the page leaves it alone);
 * and `unusable` for a side that is not a finite number of pixels from 1 to maxImageSide (a header
 * alone can declare any size, and an SVG's width="1e999" reads as Infinity).
 */
export function imageSizeOf(bytes: Uint8Array): ImageSize | UnusableImageSize | undefined {
  let measured: ReturnType<typeof imageSize>;
  try {
    measured = imageSize(bytes);
  } catch {
    return undefined;
  }
  const { width, height, orientation } = measured;
  if (!(width > 0 && height > 0)) return undefined;
  const size = { width: Math.round(width), height: Math.round(height) };
  if (!isUsableImageSide(size.width) || !isUsableImageSide(size.height)) {
    return { unusable: `declares ${side(width)} × ${side(height)} px, not a size from 1 to ${side(maxImageSide)} px a side` };
  }
  return orientation !== undefined && quarterTurnOrientations.has(orientation) ? { width: size.height, height: size.width } : size;
}

/** The size of the image file at this absolute path (see imageSizeOf), or undefined when it cannot be read. */
export function imageFileSize(absolutePath: string): ImageSize | UnusableImageSize | undefined {
  const bytes = readRegularFile(absolutePath);
  return bytes && imageSizeOf(bytes);
}
