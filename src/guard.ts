import type { Logger } from './logger.ts';
import type { ImageConfig } from './image/config.ts';
import type { FileType } from './image/image-fs.ts';
import { type LayerInfo, openImage } from './image/open-image.ts';
import type { SourceKind } from './image/source.ts';
import type { Settings } from './settings.ts';

/** What the guard sees of an image before any Python analysis. */
export interface InspectReport {
  source: { kind: SourceKind; location: string; label: string };
  config: ImageConfig;
  layers: LayerInfo[];
  paths: { total: number; byType: Partial<Record<FileType, number>> };
}

/** Opens the image the settings name and describes it. */
export async function inspectImage(settings: Settings, logger: Logger): Promise<InspectReport> {
  const image = await openImage(settings.source, {
    ...(settings.platform && { platform: settings.platform }),
    ...(settings.imageConfig && { configFile: settings.imageConfig }),
    ...(settings.tempDir && { tempDir: settings.tempDir }),
    logger,
  });
  const byType: Partial<Record<FileType, number>> = {};
  let total = 0;
  try {
    for (const entry of image.fs.walk()) {
      byType[entry.type] = (byType[entry.type] ?? 0) + 1;
      total++;
    }
  } finally {
    image.fs.close();
  }
  return {
    source: { kind: image.kind, location: image.location, label: image.label },
    config: image.config,
    layers: image.layers,
    paths: { total, byType },
  };
}
