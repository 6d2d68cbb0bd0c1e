/**
 * Search over the features and the documents. Its code loads on demand (ui/SearchResults.tsx)
 * and the indexes are built on the first search, so neither costs the first map anything.
 */
import { citationIndex, documents, features } from './atlasData.ts';
import { makeFeatureSearch, makeSearchable, searchDocuments, searchFeatures, type FeatureSearch, type SearchableDocuments } from '../model/find/search.ts';

let featureIndex: FeatureSearch | null = null;
let documentIndex: SearchableDocuments | null = null;

export const findFeatures = (query: string) => searchFeatures((featureIndex ??= makeFeatureSearch(features)), query);

export const findInDocuments = (query: string) => searchDocuments((documentIndex ??= makeSearchable(documents)), citationIndex, query);
