import type { Logger } from './logger.ts';
import type { ImageConfig } from './image/config.ts';
import type { FileType } from './image/image-fs.ts';
import { type LayerInfo, openImage } from './image/open-image.ts';
import type { SourceKind } from './image/source.ts';
import type { Settings } from './settings.ts';
import { pythonAnalysisContent } from './image/content.ts';
import { imagePython, type ImagePython } from './python/image-python.ts';

/** What the guard sees of an image before any Python analysis. */
export interface InspectReport {
  source: { kind: SourceKind; location: string; label: string };
  config: ImageConfig;
  layers: LayerInfo[];
  paths: { total: number; byType: Partial<Record<FileType, number>> };
  /** The Python the image's command starts, or why none was found. */
  python: ImagePython | { error: string };
}

/** Opens the image the settings name and describes it. */
export async function inspectImage(settings: Settings, logger: Logger): Promise<InspectReport> {
  const image = await openImage(settings.source, {
    ...(settings.platform && { platform: settings.platform }),
    ...(settings.imageConfig && { configFile: settings.imageConfig }),
    ...(settings.tempDir && { tempDir: settings.tempDir }),
    select: pythonAnalysisContent,
    logger,
  });
  const byType: Partial<Record<FileType, number>> = {};
  let total = 0;
  let python: InspectReport['python'];
  try {
    for (const entry of image.fs.walk()) {
      byType[entry.type] = (byType[entry.type] ?? 0) + 1;
      total++;
    }
    python = imagePython(image.fs, image.config);
  } finally {
    image.fs.close();
  }
  return {
    source: { kind: image.kind, location: image.location, label: image.label },
    config: image.config,
    layers: image.layers,
    paths: { total, byType },
    python,
  };
}
