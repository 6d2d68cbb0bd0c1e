/**
 * A layer file read against the full data contract (the zod schemas of feature.ts): used by the
 * validator, the build and node scripts. The app itself reads the built data by its outline only.
 */
import { FeatureSchema, type WrittenFeature } from '../features/feature.ts';
import { layerReader } from '../features/dataset.ts';

export const parseAtlasLayer = layerReader<WrittenFeature>((candidate) => {
  const parsed = FeatureSchema.safeParse(candidate);
  if (parsed.success) return { feature: parsed.data };
  const issue = parsed.error.issues[0];
  return { fault: `${issue.path.join('.') || 'feature'}: ${issue.message}` };
});
