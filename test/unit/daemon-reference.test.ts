// A daemon reference that docker would read as an option never reaches docker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../src/errors.ts';
import { openImage } from '../../src/image/open-image.ts';
import { tempFolder } from '../helpers/layouts.ts';

describe('docker: references', () => {
  it('one that starts with "-" is refused before docker runs, with the form expected', async () => {
    await using tmp = await tempFolder();
    // A docker that would tell if it ran: it cannot, its path does not exist.
    for (const reference of ['docker:--help', 'docker:-q', '--output=/etc/x']) {
      await assert.rejects(openImage(reference, { dockerCommand: `${tmp.dir}/no-docker-here`, tempDir: tmp.dir }), (error: Error) => {
        assert.ok(error instanceof ConfigurationError, error.message);
        assert.match(error.message, /^image reference "-[^"]*" starts with "-", which docker would take as an option; give an image name such as my-service:latest, or an image ID$/);
        return true;
      });
    }
  });
});
