import { ConfigurationError } from './errors.ts';
import { type Platform, parsePlatform } from './image/config.ts';
import { parseSource, type SourceSpec } from './image/source.ts';

/** Everything a run needs, validated; built from Action inputs or command-line flags alike. */
export interface Settings {
  source: SourceSpec;
  platform?: Platform;
  /** For `dir:` sources: an image configuration JSON file. */
  imageConfig?: string;
  /** Where temporary files go. */
  tempDir?: string;
}

/** Raw text values, as inputs and flags deliver them; empty means "not given". */
export interface RawSettings {
  image: string;
  platform?: string;
  imageConfig?: string;
  tempDir?: string;
}

export function makeSettings(raw: RawSettings): Settings {
  if (raw.image.trim() === '') {
    throw new ConfigurationError('image is required: the image to check, for example docker:my-service:latest or docker-archive:image.tar');
  }
  const settings: Settings = { source: parseSource(raw.image) };
  const platformText = raw.platform?.trim();
  if (platformText) {
    const platform = parsePlatform(platformText);
    if (!platform) throw new ConfigurationError(`platform ${JSON.stringify(platformText)} is not of the form os/arch[/variant], for example linux/amd64 or linux/arm64/v8`);
    settings.platform = platform;
  }
  if (raw.imageConfig?.trim()) settings.imageConfig = raw.imageConfig.trim();
  if (raw.tempDir?.trim()) settings.tempDir = raw.tempDir.trim();
  return settings;
}
