/// <reference types="vite-plugin-pwa/vanillajs" />
/** The address of the atlas's data file, relative to the page (scripts/lib/atlasDataAsset.ts). */
declare module 'virtual:atlas-data' {
  const address: string;
  export default address;
}

/** A catalogue of the interface, compiled to react-intl's message ASTs (scripts/lib/compiledMessages.ts). */
declare module 'virtual:messages/*' {
  import type { MessageFormatElement } from 'react-intl';
  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}

/** The files the atlas in one file carries, by path under its base (scripts/lib/packedFiles.ts). */
declare module 'virtual:packed-files' {
  const files: {
    /** Text files (JSON), as they are. */
    text: Record<string, string>;
    /** Binary files (tiles), in base64. */
    binary: Record<string, string>;
  };
  export default files;
}
