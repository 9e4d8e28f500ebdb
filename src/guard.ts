import type { Logger } from './logger.ts';
import { formatPlatform, type ImageConfig, type Platform } from './image/config.ts';
import { type FileType, type ImageFs, underAny } from './image/image-fs.ts';
import { forEachPlatform, type Image, type LayerInfo, openImage, type OpenImageOptions } from './image/open-image.ts';
import { type SourceKind, splitArchiveReference } from './image/source.ts';
import { pythonAnalysisContent, READ_AGAIN } from './image/content.ts';
import type { ContentSelector } from './image/layer-reader.ts';
import { imagePython, type ImagePython } from './python/image-python.ts';
import { dockerBinary } from './docker-cli.ts';
import { ConfigurationError } from './errors.ts';
import { bootStage, machineArchitecture } from './boot/stage.ts';
import { whileContainersMayExist } from './boot/interrupt.ts';
import { removeRunContainers, RUN_LABEL } from './boot/runtime.ts';
import { commandLine, explainFindings, importRootsOf, readCheckout } from './explain/explain.ts';
import type { RepositoryMap } from './explain/pathmap.ts';
import { environmentOf, workingDirOf } from './python/environment.ts';
import { type EntryPoint, entryLabel } from './python/entrypoints.ts';
import { entryKey, ImportGraph, INSTALLED_DIR, partlyReadMessage } from './python/graph.ts';
import { blindEntries, coverageOf, imageModules, type SearchedFolder } from './python/coverage.ts';
import { ScanPool } from './python/scan-pool.ts';
import { nativeCheck } from './python/native-imports.ts';
import { libraryProviders } from './explain/library-providers.ts';
import { Resolver } from './python/resolver.ts';
import { builtinModules, frozenModules, knownVersions, moduleAliases, newerVersionMessage, startupModules, type VersionReading, versionReading } from './python/stdlib.ts';
import { locateInRepository, quoted, readRepositoryFile } from './explain/repository-files.ts';
import { applyBaseline, fingerprintOf, parseBaseline, statementText } from './report/baseline.ts';
import { compareFindings, failsAt, type Finding, type Location, type ScanReport } from './report/findings.ts';
import { applyInlineIgnores } from './report/inline-ignore.ts';
import { mergePlatformScans, type PlatformScan } from './report/platforms.ts';
import { moduleMatcher, type Settings } from './settings.ts';

/** A missing library's package, when the image's package database names one: where to get it back. */
async function nameLibraryProviders(fs: ImageFs, findings: Finding[]): Promise<void> {
  const missing = findings.filter((finding) => finding.kind === 'missing-library' && finding.native?.library !== undefined);
  if (missing.length === 0) return;
  const providers = await libraryProviders(fs, missing.map((finding) => finding.native!.library!));
  for (const finding of missing) {
    const provider = providers.get(finding.native!.library!);
    if (provider === undefined) continue;
    finding.native!.provider = provider;
    finding.cause = `${finding.cause ?? ''}; the image's package database names ${provider} as its package`;
  }
}

/** The image was read as a container sees it, and the analysis looked at a path where that may not be the image. */
class ContainerViewDiffers extends Error {
  override name = 'ContainerViewDiffers';
}

/** What the guard sees of an image before any Python analysis. */
export interface InspectReport {
  source: { kind: SourceKind; location: string; label: string };
  config: ImageConfig;
  layers: LayerInfo[];
  paths: { total: number; byType: Partial<Record<FileType, number>> };
  /** The Python the image's command starts, or why none was found. */
  python: ImagePython | { error: string };
  /** The Python versions the guard knows, and how it reads the image's (absent when there is no Python). */
  versions: { known: string[]; reading?: VersionReading };
}

/** How the settings' image is read, keeping the contents Python analysis reads. */
function openOptions(settings: Settings, logger: Logger, select: ContentSelector): OpenImageOptions {
  return {
    ...(settings.imageConfig && { configFile: settings.imageConfig }),
    ...(settings.tempDir && { tempDir: settings.tempDir }),
    ...(settings.registry && { registry: settings.registry }),
    select,
    logger,
  };
}

/** Opens the image the settings name, keeping the contents Python analysis reads. */
function openForAnalysis(settings: Settings, logger: Logger, select: ContentSelector = pythonAnalysisContent): Promise<Image> {
  return openImage(settings.source, { ...openOptions(settings, logger, select), ...(settings.platform && { platform: settings.platform }) });
}

/** Opens the image the settings name and describes it. */
export async function inspectImage(settings: Settings, logger: Logger): Promise<InspectReport> {
  if (settings.allPlatforms) throw new ConfigurationError('inspect shows one image: give --platform os/arch (linux/amd64, linux/arm64) rather than all');
  const image = await openForAnalysis(settings, logger);
  const byType: Partial<Record<FileType, number>> = {};
  let total = 0;
  let python: InspectReport['python'];
  try {
    for (const entry of image.fs.walk()) {
      byType[entry.type] = (byType[entry.type] ?? 0) + 1;
      total++;
    }
    python = await pythonReadingWhole(image, image.config, [], logger);
  } finally {
    image.fs.close();
  }
  return {
    source: { kind: image.kind, location: image.location, label: image.label },
    config: image.config,
    layers: image.layers,
    paths: { total, byType },
    python,
    versions: { known: knownVersions(), ...(!('error' in python) && { reading: versionReading(python.python.minor) }) },
  };
}

/** Runs the guard's static check: the image's import graph from its entry points, as findings. */
export async function scanImage(settings: Settings, logger: Logger): Promise<ScanReport> {
  // Looked up before anything of the image is read, which could not change it anyway.
  dockerBinary();
  const checkout = settings.repository ? readCheckout(settings.repository, settings, logger) : undefined;
  // Read before the image, so that a baseline that is not there fails at once.
  const baseline = readBaseline(settings, logger);
  const pool = new ScanPool();
  // An image with many installed sources will be scanned on workers: start them while it is read.
  let installedSources = 0;
  const select: ContentSelector = (path, size) => {
    const keep = pythonAnalysisContent(path, size);
    if (keep > 0 && path.endsWith('.py') && INSTALLED_DIR.test(path) && ++installedSources === pool.threshold) pool.prepare();
    return keep;
  };
  if (settings.native) select.elf = pythonAnalysisContent.elf;
  let report: ScanReport;
  try {
    if (settings.allPlatforms) {
      const scans: PlatformScan[] = [];
      // Each platform's time runs from the end of the one before: reading its layers counts.
      let started = performance.now();
      let notChecked: string[] = [];
      await forEachPlatform(settings.source, openOptions(settings, logger, select), async (image, platforms) => {
        try {
          const platform = image.platform ?? image.config.platform;
          const name = platform ? formatPlatform(platform) : image.label;
          const boot = platforms.length > 1 && platform ? bootOnlyNative(settings.boot, platform, logger) : undefined;
          scans.push({ platform: name, report: await scanOpened(image, settings, logger, { checkout, pool, started, ...(boot && { bootSkipped: boot }) }) });
        } finally {
          image.fs.close();
          started = performance.now();
        }
      }, (platforms) => (notChecked = platforms));
      const spec = await splitArchiveReference(settings.source);
      report = mergePlatformScans(scans, spec.location);
      if (notChecked.length > 0) report = { ...report, platformsNotChecked: notChecked };
    } else {
      const started = performance.now();
      const options: OpenImageOptions = { ...openOptions(settings, logger, select), ...(settings.platform && { platform: settings.platform }) };
      // A daemon image is read as a container of it sees it, the faster way; when the analysis looked
      // at a path where that may not be the image, it is read again from the image's own export.
      const runId = settings.boot.runId;
      const containers = { filter: `label=${RUN_LABEL}=${runId}`, remove: () => removeRunContainers(runId) };
      const image = await whileContainersMayExist(containers, () => openImage(settings.source, { ...options, daemonRead: settings.dockerRead ?? 'container', containerLabel: `${RUN_LABEL}=${runId}` }));
      try {
        report = await scanOpened(image, settings, logger, { checkout, pool, started });
      } catch (error) {
        if (!(error instanceof ContainerViewDiffers)) throw error;
        logger.info(`${error.message}: reading the image again from docker image save, to check it as the image holds it`);
        image.fs.close();
        const exact = await openImage(settings.source, { ...options, daemonRead: 'save' });
        try {
          report = await scanOpened(exact, settings, logger, { checkout, pool, started });
        } finally {
          exact.fs.close();
        }
      } finally {
        image.fs.close();
      }
    }
  } finally {
    await pool.close();
  }
  // Not a reason to fail the scan, but one to know of: the scan took longer than it had to.
  if (pool.failure !== undefined) logger.warn(`the scanner threads stopped (${pool.failure}); the rest of the files were scanned on one thread`);
  if (!baseline) return report;
  const accepted = applyBaseline(report, baseline, settings.baseline!);
  const { file, unmatched } = accepted.baseline!;
  if (unmatched > 0) logger.info(`${unmatched} ${unmatched === 1 ? 'entry' : 'entries'} of the baseline ${file} match no finding (fixed, or changed); import-guard scan --write-baseline ${file} writes it anew`);
  return accepted;
}

/**
 * `platform: all` boots only what the machine runs natively: another platform's image is
 * reported as not booted, with the reason, and is not a failure.
 */
function bootOnlyNative(boot: Settings['boot'], platform: Platform, logger: Logger): string | undefined {
  if (boot.mode === 'none') return undefined;
  const machine = machineArchitecture();
  if (platform.architecture === machine) return undefined;
  const reason = `${formatPlatform(platform)} is not this machine's architecture (${machine}); with platform all, only the platform the machine runs is booted`;
  logger.info(`Not booting ${formatPlatform(platform)}: ${reason}`);
  return reason;
}

interface ScanContext {
  checkout: ReturnType<typeof readCheckout> | undefined;
  pool: ScanPool;
  started: number;
  /** Why this image is not booted, whatever the boot settings say. */
  bootSkipped?: string;
}

/** The static check (and the boot) of one opened image, before a baseline is applied. */
async function scanOpened(image: Image, settings: Settings, logger: Logger, context: ScanContext): Promise<ScanReport> {
  const { checkout, pool, started } = context;
  const config = withPythonPath(image.config, settings.pythonPath);
  const view = await pythonReadingWhole(image, config, settings.entrypoints?.entries ?? [], logger);
  if ('error' in view) throw new ConfigurationError(`${image.label}: ${view.error}`);
  const entries = chooseEntries(view, settings);
  for (const note of view.entryNotes) logger.info(`note: ${note}`);
  // A chain that stops leaves what runs after it unchecked: say so louder than a note.
  for (const stop of view.entryStops) logger.warn(stop);
  const reading = versionReading(view.python.minor);
  const { version, readAs } = reading;
  // A Python newer than the guard knows is read with the newest grammar and data it has, and said so.
  const readMinor = Number(readAs.split('.')[1]);
  if (reading.newer) logger.warn(newerVersionMessage(reading));
  const build = view.python.flavor === 'debian' ? DEBIAN_BUILDS[readMinor] : undefined;
  const searched = view.sysPath.entries.map((entry) => entry.path);
  const resolver = new Resolver(
    image.fs,
    searched,
    {
      extensionSuffixes: view.python.extensionSuffixes,
      builtins: builtinModules(readAs, build),
      frozen: frozenModules(readAs, build),
      preloaded: startupModules(readAs, build),
      aliases: moduleAliases(readAs, build),
      redirects: view.redirects,
      editableMappings: view.editable,
      cwd: workingDirOf(view.config),
    },
  );
  const thirdPartyDirs = view.sysPath.entries.filter((entry) => entry.origin === 'site' || entry.origin === 'venv-site' || entry.origin === 'user-site').map((entry) => entry.path);
  const stdlibDirs = view.sysPath.entries.filter((entry) => entry.origin === 'stdlib' || entry.origin === 'lib-dynload' || entry.origin === 'stdlib-zip').map((entry) => entry.path);
  const importRoots = checkout ? importRootsOf(checkout, locateEntries(entries, resolver), searched) : undefined;
  // Anywhere in the checkout: a module lost in packaging may sit under a folder the image's own entry points do not show.
  checkGivenEntries(settings.entrypoints?.entries ?? [], resolver, searched, checkout && ((module) => checkout.map.hasModule(module)));
  logger.info(`Walking imports from ${entries.length} entry point${entries.length === 1 ? '' : 's'} with Python ${version}`);
  const graph = await new ImportGraph({
    fs: image.fs,
    resolver,
    minor: view.python.minor,
    readMinor,
    platform: 'linux',
    thirdPartyDirs,
    stdlibDirs,
    env: environmentOf(view.config),
    ...(checkout && { inRepository: (module: string) => checkout.map.hasModule(module, importRoots) }),
    ...(settings.ignore.length > 0 && { ignored: moduleMatcher(settings.ignore) }),
    onProgress: (files) => logger.info(`  ${files} files scanned`),
    pool,
    lazyImports: view.lazyImports,
    ...(settings.native && { native: nativeCheck(image.fs, { python: view.python.executable, env: environmentOf(view.config), workingDir: workingDirOf(view.config) }) }),
  }).walk(entries);
  await nameLibraryProviders(image.fs, graph.findings);
  if (graph.extensions.unchecked.length > 0) {
    const [first] = graph.extensions.unchecked;
    logger.warn(`${graph.extensions.unchecked.length} of ${graph.extensions.checked} extension modules reached were not checked for their shared libraries: ${first!.extension}: ${first!.reason}${graph.extensions.unchecked.length > 1 ? ' (and others)' : ''}`);
  }
  // What share of the image's own and installed modules the walk saw, and which entry points it saw nothing from.
  const modules = image.fs.unwatched(() => imageModules(image.fs, searchedFolders(view.sysPath.entries.map((entry) => entry.path), thirdPartyDirs, stdlibDirs, workingDirOf(view.config)), view.python.extensionSuffixes));
  const coverage = coverageOf(modules, graph.reached);
  const blind = blindEntries(entries, { imports: graph.imports, reached: graph.reached, keyOf: entryKey, imageModules: modules['first-party'].size + modules.installed.size, findings: graph.findings });
  const mapped = [...graph.findings, ...blind].map((finding) => mapToRepository(finding, checkout?.map));
  const unsure = image.fs.unsureLookedAt;
  if (unsure !== undefined) throw new ContainerViewDiffers(`the analysis looked at ${unsure}, which a container of the image may not see as the image holds it`);
  const staticSeconds = (performance.now() - started) / 1000;
  const booted = context.bootSkipped !== undefined ? { boot: { mode: 'none' as const, reason: context.bootSkipped }, findings: mapped } : await bootStage(mapped, {
    settings: settings.boot,
    source: image,
    imageConfig: image.config,
    commandConfig: view.config,
    python: view.python.executable,
    sysPath: view.sysPath.entries,
    entries,
    libraryDirs: [...stdlibDirs, ...thirdPartyDirs],
    toRepo: (imagePath) => checkout?.map.toRepo(imagePath),
    originOf: (module) => (checkout?.map.hasModule(module, importRoots) ? 'first-party' : 'unknown'),
    logger,
    lazyImports: graph.lazyImports > 0,
  });
  // The interpreter's and installed packages' files are not the checkout's: only the others' ambiguity matters.
  const ambiguity = checkout?.map.ambiguityWarning((imagePath) => ![...stdlibDirs, ...thirdPartyDirs].some((dir) => imagePath.startsWith(`${dir}/`)));
  if (ambiguity) logger.warn(ambiguity);
  const explained = explainFindings(booted.findings, { ...(checkout && { checkout }), ...(importRoots && { importRoots }), fs: image.fs, searched, version, logger });
  // The image's copy of each finding's line is what runs: its directive and its text count.
  const lineOf = lineReader(image.fs);
  const findings = applyInlineIgnores(explained, lineOf, logger).map((finding) => fingerprinted(finding, lineOf)).sort(compareFindings);
  const command = checkout ? commandLine(checkout.context) : undefined;
  const report: ScanReport = {
    result: failsAt(findings, settings.failOn) ? 'fail' : 'pass',
    failOn: settings.failOn,
    image: { label: image.label, location: image.location, ...(platformOf(image) && { platform: formatPlatform(platformOf(image)!) }) },
    python: { executable: view.python.executable, version, readAs, known: knownVersions(), ...(reading.newer && { newer: newerVersionMessage(reading) }) },
    command: view.command,
    entryPoints: entries.map((entry) => ({ module: entryLabel(entry), how: entry.how, ...(entry.file && { imagePath: entry.file }) })),
    findings,
    stats: { entryPoints: entries.length, files: graph.files, modules: graph.modules, unparsed: graph.unparsed, namesUnknown: graph.namesUnknown, ...(graph.lazyImports > 0 && { lazyImports: graph.lazyImports }), ...(graph.extensions.checked > 0 && { extensionModules: { checked: graph.extensions.checked - graph.extensions.unchecked.length, unchecked: graph.extensions.unchecked.length } }), seconds: Number(staticSeconds.toFixed(3)), coverage },
    boot: booted.boot,
    ...(command && { commandAt: { repoPath: command.repoPath, line: command.line } }),
  };
  return report;
}

function platformOf(image: Image): Platform | undefined {
  return image.platform ?? image.config.platform;
}

/** A baseline of thousands of findings is larger than the other files read of the checkout. */
const BASELINE_FILE_LIMIT = 16 * 1024 * 1024;

/** The fingerprints of the baseline file the settings name, read as any checkout file is. */
function readBaseline(settings: Settings, logger: Logger): string[] | undefined {
  if (settings.baseline === undefined || settings.repository === undefined) return undefined;
  const name = JSON.stringify(quoted(settings.baseline));
  const located = locateInRepository(settings.repository, settings.baseline);
  if ('missing' in located) throw new ConfigurationError(`baseline ${name} is not in the checkout; write it with import-guard scan SOURCE --repo DIR --write-baseline ${name}`);
  const text = readRepositoryFile(settings.repository, settings.baseline, logger, BASELINE_FILE_LIMIT);
  if (text === undefined) throw new ConfigurationError(`baseline ${name} cannot be read: the warning above says why`);
  return parseBaseline(text, settings.baseline);
}

/** Lines of image files, each file split once. */
function lineReader(fs: ImageFs): (imagePath: string, line: number) => string | undefined {
  const files = new Map<string, string[] | undefined>();
  return (imagePath, line) => {
    if (!files.has(imagePath)) files.set(imagePath, fs.readFile(imagePath)?.toString('utf8').split(/\r\n|\r|\n/));
    return line > 0 ? files.get(imagePath)?.[line - 1] : undefined;
  };
}

/** A reported finding with what a baseline knows it by. */
function fingerprinted(finding: Finding, lineOf: (imagePath: string, line: number) => string | undefined): Finding {
  if (finding.unreported !== undefined) return finding;
  const statement = statementText(lineOf(finding.location.imagePath, finding.location.line) ?? '');
  return { ...finding, statement, fingerprint: fingerprintOf(finding, statement) };
}

/**
 * The folders whose modules count as the image's own code (sys.path entries outside the standard
 * library and installed folders; `''` is the working directory) and as installed packages.
 */
function searchedFolders(searched: readonly string[], thirdPartyDirs: readonly string[], stdlibDirs: readonly string[], cwd: string): SearchedFolder[] {
  const folders: SearchedFolder[] = [];
  // In sys.path order: a name the first folder holds is that folder's module.
  for (const entry of searched) {
    const path = entry === '' ? cwd : entry;
    if (path.endsWith('.zip') || (underAny(path, stdlibDirs) && !underAny(path, thirdPartyDirs))) continue;
    folders.push({ path, zone: underAny(path, thirdPartyDirs) || INSTALLED_DIR.test(`${path}/`) ? 'installed' : 'first-party' });
  }
  return folders;
}

/** Each round reads the files the one before found it needs: a script that runs a script that runs Python takes two. */
const MAX_READ_ROUNDS = 8;

/**
 * The image's Python, derived from its command, with every file that takes read whole: the
 * scripts the command runs (wherever they live: the first pass keeps only what a path says it
 * needs), and the entry scripts, derived or `given`. What the derivation found unread is read
 * again from the image and the derivation done again, until it asks for nothing new.
 */
async function pythonReadingWhole(image: Image, config: ImageConfig, given: readonly EntryPoint[], logger: Logger): Promise<ImagePython | { error: string }> {
  for (let round = 1; ; round++) {
    const view = imagePython(image.fs, config);
    const derived = 'error' in view || 'error' in view.entries ? [] : view.entries;
    for (const entry of [...given, ...derived]) if (entry.file !== undefined) image.fs.wantWhole(entry.file);
    if (round > MAX_READ_ROUNDS) {
      logger.warn(`stopped reading files of the image again after ${MAX_READ_ROUNDS} rounds: the entry points may be incomplete`);
      return view;
    }
    const { read, partlyRead } = await image.fs.readWanted(READ_AGAIN);
    if (read.length > 0) {
      logger.info(`read ${read.length} file${read.length === 1 ? '' : 's'} of the image again, whole: ${read.slice(0, 5).join(', ')}${read.length > 5 ? ', ...' : ''}`);
      continue;
    }
    // Entry scripts get their own finding from the walk.
    const entryFiles = new Set([...given, ...derived].flatMap((entry) => (entry.file !== undefined ? [image.fs.realpath(entry.file)] : [])));
    for (const file of partlyRead) if (!entryFiles.has(file.path)) logger.warn(partlyReadMessage(file, 'what it runs is not followed'));
    return view;
  }
}

/** Debian's interpreters compile in other modules than python.org builds: their own data. */
const DEBIAN_BUILDS: Record<number, string> = { 11: 'debian-bookworm', 14: 'debian-sid', 15: 'debian-sid' };

function withPythonPath(config: ImageConfig, folders: readonly string[]): ImageConfig {
  if (folders.length === 0) return config;
  const current = environmentOf(config).get('PYTHONPATH');
  return { ...config, env: [...config.env, `PYTHONPATH=${[...folders, ...(current ? [current] : [])].join(':')}`] };
}

/** Each entry's image file: its module's source, or the script itself (`__main__`). */
function locateEntries(entries: readonly EntryPoint[], resolver: Resolver): Array<{ module: string; imagePath: string }> {
  return entries.flatMap((entry) => {
    if (entry.file !== undefined) return [{ module: '__main__', imagePath: entry.file }];
    const origin = entry.code === undefined ? resolver.resolve(entry.module) : undefined;
    return origin?.found && origin.origin?.endsWith('.py') ? [{ module: entry.module, imagePath: origin.origin }] : [];
  });
}

/**
 * A module the user named as an entry point that the image lacks is the user's input to fix (a
 * mistyped name), not a finding about the image: unless the checkout has it, which makes it a
 * module lost in packaging, reported with its cause like any other.
 */
function checkGivenEntries(given: readonly EntryPoint[], resolver: Resolver, searched: readonly string[], inCheckout: ((module: string) => boolean) | undefined): void {
  for (const entry of given) {
    if (entry.file !== undefined || entry.code !== undefined) continue;
    const resolution = resolver.resolve(entry.module);
    if (resolution.found || inCheckout?.(entry.module)) continue;
    const why = resolution.reason === 'not-a-package' ? `${resolution.missing.slice(0, resolution.missing.lastIndexOf('.'))} is a module, not a package` : `no module named '${resolution.missing}' in its sys.path (${searched.map((folder) => folder || "'' (the working directory)").join(', ')})`;
    throw new ConfigurationError(`entry point ${entryLabel(entry)} (from the entrypoints input, --entrypoint on the command line) is not in the image: ${why}${inCheckout ? ', nor in the checkout' : ''}; give a module the image runs`);
  }
}

function chooseEntries(view: ImagePython, settings: Settings): EntryPoint[] {
  const given = settings.entrypoints;
  if (given && !given.keepDerived) return given.entries;
  if ('error' in view.entries) {
    if (given) return given.entries;
    throw new ConfigurationError(view.entries.error);
  }
  return [...view.entries, ...(given?.entries ?? [])];
}

function mapLocation<T extends Location>(location: T, repository: RepositoryMap | undefined): T {
  const repoPath = repository?.toRepo(location.imagePath);
  return repoPath ? { ...location, repoPath } : location;
}

function mapToRepository(finding: Finding, repository: RepositoryMap | undefined): Finding {
  if (!repository) return finding;
  return { ...finding, location: mapLocation(finding.location, repository), chain: finding.chain.map((hop) => mapLocation(hop, repository)) };
}
