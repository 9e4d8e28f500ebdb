// The boot stage's choices that need no container: whether to boot at all, and why not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BootStageInput, bootStage } from '../../src/boot/stage.ts';
import { emptyConfig } from '../../src/image/config.ts';
import type { EntryPoint } from '../../src/python/entrypoints.ts';
import { makeSettings } from '../../src/settings.ts';

const APP: EntryPoint = { role: 'app', module: 'app.main', attr: 'app', how: 'gunicorn app argument' };
const SCRIPT: EntryPoint = { role: 'script', module: '__main__', file: '/srv/run.py', how: 'python script' };

function input(overrides: Partial<BootStageInput> & { boot?: string }): BootStageInput {
  const { boot, ...rest } = overrides;
  return {
    settings: makeSettings({ image: 'docker:app:1', boot }).boot,
    source: { kind: 'docker', location: 'app:1', label: 'app:1', daemonId: `sha256:${'0'.repeat(64)}` },
    imageConfig: { ...emptyConfig(), platform: { os: 'linux', architecture: 'amd64' } },
    commandConfig: emptyConfig(),
    python: '/usr/bin/python3',
    sysPath: [],
    entries: [APP],
    libraryDirs: [],
    toRepo: () => undefined,
    originOf: () => 'unknown',
    logger: { info: () => {}, warn: () => {}, debug: () => {} },
    machineArch: 'x64',
    // No docker is asked on these paths; one that is would fail loudly.
    dockerCommand: '/nonexistent/docker',
    ...rest,
  };
}

async function reason(overrides: Partial<BootStageInput> & { boot?: string }): Promise<string | undefined> {
  const { boot } = await bootStage([], input(overrides));
  return 'reason' in boot ? boot.reason : undefined;
}

describe('whether the boot stage boots', () => {
  it('does not boot with boot: none', async () => {
    assert.equal(await reason({ boot: 'none' }), 'boot is none');
  });

  it('auto: does not boot an archive or a folder, and says how to', async () => {
    assert.equal(await reason({ source: { kind: 'docker-archive', location: 'image.tar', label: 'app:1' } }), 'the image is read from a docker-archive file, not from the Docker daemon; set boot: import to load it there and boot it');
    assert.equal(await reason({ source: { kind: 'oci-dir', location: 'layout', label: 'layout' } }), 'the image is a folder (oci-dir:), which Docker cannot run; give a docker:REF image to boot it');
  });

  it('auto: does not boot an image of another architecture, which would need emulation', async () => {
    assert.equal(await reason({ imageConfig: { ...emptyConfig(), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } } }), 'the image is for linux/arm64/v8 and this machine is amd64; set boot: import to boot it under emulation (QEMU)');
    assert.equal(await reason({ imageConfig: { ...emptyConfig(), platform: { os: 'linux', architecture: 'arm64' } }, machineArch: 'arm64', boot: 'none' }), 'boot is none');
  });

  it('import: nothing to import when the entry points are scripts, said before anything is loaded', async () => {
    assert.equal(await reason({ boot: 'import', entries: [SCRIPT] }), 'the import boot has nothing to import: the entry points are scripts or files (/srv/run.py); boot: serve runs them');
  });

  it('an explicit boot that cannot reach docker: the static findings stay, the boot says why', async () => {
    const result = await bootStage([], input({ boot: 'import' }));
    assert.deepEqual(result, { boot: { mode: 'import', error: 'the docker CLI is not installed, so the image cannot be booted; set boot: none to check it statically only' }, findings: [] });
  });
});
