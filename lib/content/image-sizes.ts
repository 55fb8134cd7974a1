import { imageSize } from 'image-size';
import type { ImageSize } from '../model/post';
import { readRegularFile } from './bundle-files';

// EXIF orientations 5 to 8 turn the picture a quarter: a browser shows it with width and height swapped.
const quarterTurnOrientations = new Set([5, 6, 7, 8]);

/**
 * The size an image's bytes give, or undefined for a format image-size does not know, a damaged file,
 * or an SVG without a width and height or a viewBox (it scales to its box; the page leaves it alone).
 */
export function imageSizeOf(bytes: Uint8Array): ImageSize | undefined {
  let measured: ReturnType<typeof imageSize>;
  try {
    measured = imageSize(bytes);
  } catch {
    return undefined;
  }
  const { width, height, orientation } = measured;
  if (!(width > 0 && height > 0)) return undefined;
  const size = { width: Math.round(width), height: Math.round(height) };
  return orientation !== undefined && quarterTurnOrientations.has(orientation) ? { width: size.height, height: size.width } : size;
}

/** The size of the image file at this absolute path (see imageSizeOf), or undefined when it cannot be read. */
export function imageFileSize(absolutePath: string): ImageSize | undefined {
  const bytes = readRegularFile(absolutePath);
  return bytes && imageSizeOf(bytes);
}
