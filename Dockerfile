# The import-guard command line as a container image: Node 24, the bundled CLI and the docker CLI,
# which talks to the daemon of the socket mounted at /var/run/docker.sock (docker: sources, boots).
#
#   docker build -t import-guard .
#   docker run --rm --init -v /var/run/docker.sock:/var/run/docker.sock -v "$PWD:/src" import-guard scan docker:app --repo /src
#
# Both bases can be replaced (`--build-arg`), by a mirror's copy say: NODE_IMAGE must have Node 24
# or newer as `node` on PATH, DOCKER_CLI_IMAGE the docker client at /usr/local/bin/docker as the
# official docker:*-cli images have it (a static binary, so it runs on any base).
ARG NODE_IMAGE=node:24-bookworm-slim
ARG DOCKER_CLI_IMAGE=docker:28-cli

FROM ${DOCKER_CLI_IMAGE} AS docker-cli

FROM ${NODE_IMAGE}
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
# What runs and nothing else: the CLI, its chunks, the worker threads it starts, package.json
# (its "type" makes the .js files ES modules), and the licenses of the tool and what it bundles.
COPY LICENSE package.json /opt/import-guard/
COPY dist/cli.js dist/scan-worker.js dist/read-ahead-worker.js dist/licenses.txt /opt/import-guard/dist/
COPY dist/cli-chunks/ /opt/import-guard/dist/cli-chunks/
# Root, so that the mounted socket (owned by root on the host) works as it is; to run as another
# user, give it the socket's group: --user "$(id -u):$(id -g)" --group-add "$(stat -c %g /var/run/docker.sock)".
USER root
# `import-guard` on PATH too, for CI jobs that run this image with a shell of their own.
RUN ln -s /opt/import-guard/dist/cli.js /usr/local/bin/import-guard
WORKDIR /src
ENTRYPOINT ["node", "/opt/import-guard/dist/cli.js"]
CMD ["--help"]
