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
