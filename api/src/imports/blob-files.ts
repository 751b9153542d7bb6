import type { ContainerClient } from '@azure/storage-blob';
import type { ImportFiles } from '@channel-crm/domain/server';

/** The Blob container holding files while their import needs them (infra/ creates it). */
export const IMPORTS_CONTAINER = 'imports';

/** Bytes one ranged download asks for: a chunk that stops early leaves the rest unread. */
const WINDOW_BYTES = 1024 * 1024;

/** Import files as append blobs: each uploaded part is one appended block. */
export function blobImportFiles(container: ContainerClient): ImportFiles {
  return {
    async append(name, bytes) {
      const blob = container.getAppendBlobClient(name);
      await blob.createIfNotExists();
      await blob.appendBlock(bytes, bytes.length);
    },

    async *read(name, offset, count) {
      const blob = container.getBlobClient(name);
      const { contentLength = 0 } = await blob.getProperties();
      const end = count === undefined ? contentLength : Math.min(contentLength, offset + count);
      for (let at = offset; at < end; at += WINDOW_BYTES) {
        const { readableStreamBody } = await blob.download(at, Math.min(WINDOW_BYTES, end - at));
        if (!readableStreamBody) throw new Error(`The import file ${name} has no body`);
        for await (const piece of readableStreamBody) yield piece as Buffer;
      }
    },

    async remove(name) {
      await container.getBlobClient(name).deleteIfExists();
    },
  };
}
