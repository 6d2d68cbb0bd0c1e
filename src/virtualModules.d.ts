/** The address of the atlas's data file, relative to the page (scripts/lib/atlasDataAsset.ts). */
declare module 'virtual:atlas-data' {
  const address: string;
  export default address;
}
