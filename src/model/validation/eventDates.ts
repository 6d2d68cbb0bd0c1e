/**
 * The one reader of EDTF dates: the `edtf` library, at build time only. The validator asks it
 * whether each status event's dates can be read; the data file the app fetches carries each event's
 * dates already read (scripts/lib/onDisk.ts), so the parser never ships to the browser.
 */
import edtf from 'edtf';
import type { AtlasFeature, DateSpan, StatusEvent, WrittenFeature, WrittenStatusEvent } from '../features/feature.ts';
import { assertion } from '../features/timeline.ts';
import { isJsonObject } from '../features/jsonShape.ts';

const cache = new Map<string, DateSpan | { fault: string }>();

/** Reads an EDTF date; a text the library cannot read, or an interval open at its end, is a fault. */
export function readEventDate(text: string): DateSpan | { fault: string } {
  const known = cache.get(text);
  if (known) return known;
  let read: DateSpan | { fault: string };
  try {
    const parsed = edtf(text);
    // Bitmasks of the parts marked `~` or `?`: any part so marked makes the date approximate.
    const approximate = Boolean(parsed.approximate?.value || parsed.uncertain?.value);
    // An interval has ends; its `type` is read from the class's name, which a minified build renames.
    if (parsed.lower !== undefined || parsed.upper !== undefined) {
      if (!Number.isFinite(parsed.max)) read = { fault: `"${text}" has no end: a status begins at a date, not after one` };
      // "../2030": by the end of 2030, at the latest.
      else if (!Number.isFinite(parsed.min)) read = { from: parsed.max, to: parsed.max, approximate: true };
      else read = { from: parsed.min, to: parsed.max, approximate: true };
    } else {
      read = { from: parsed.min, to: parsed.max, approximate };
    }
  } catch (error) {
    read = { fault: `"${text}" is not an EDTF date (${String(error).split('\n')[0]})` };
  }
  cache.set(text, read);
  return read;
}

function spanOf(text: string): DateSpan {
  const read = readEventDate(text);
  if ('fault' in read) throw new Error(`${read.fault} (npm run validate names every such date)`);
  return read;
}

/** A status event with its dates read, as the app reads it; throws on a date the validator refuses. */
export function withDatesRead(event: WrittenStatusEvent): StatusEvent {
  return { ...event, ...(event.date === undefined ? {} : { date_span: spanOf(event.date) }), said_span: spanOf(assertion(event).on) };
}

/** A feature with its status events' dates read. */
export function featureWithDatesRead(feature: WrittenFeature): AtlasFeature {
  const events = feature.properties.status_events;
  return events ? { ...feature, properties: { ...feature.properties, status_events: events.map(withDatesRead) } } : (feature as AtlasFeature);
}

/**
 * A layer file's JSON as the data file carries it: each status event with its dates read. Run on
 * files the validator passed; a date it cannot read stops the build, naming the file and the feature.
 */
export function layerWithDatesRead(layer: unknown, file: string): unknown {
  if (!isJsonObject(layer) || !Array.isArray(layer.features)) return layer;
  const features = layer.features.map((feature: unknown) => {
    if (!isJsonObject(feature) || !isJsonObject(feature.properties) || !Array.isArray(feature.properties.status_events)) return feature;
    try {
      return featureWithDatesRead(feature as unknown as WrittenFeature);
    } catch (error) {
      throw new Error(`${file}, feature "${String(feature.id)}": ${(error as Error).message}`);
    }
  });
  return { ...layer, features };
}
