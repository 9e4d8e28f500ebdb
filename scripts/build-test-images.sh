#!/usr/bin/env bash
# Builds the local base images the integration tests start FROM. Registries of images are
# out of reach, so the bases come from Debian packages. Each image is cached by its tag:
# bump the tag when the recipe changes.
set -euo pipefail

BUSYBOX_IMAGE=import-guard-test/busybox:1
PYTHON_IMAGE=import-guard-test/debian-python3:bookworm-2

PYTHON_PACKAGES=python3,python3-yaml,python3-requests,python3-fastapi,python3-uvicorn,gunicorn

have_image() { docker image inspect "$1" >/dev/null 2>&1; }

# The Debian archive this machine's apt already uses.
debian_mirror() {
  local uri
  uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hsE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1 || true)
  fi
  [ -n "$uri" ] || { echo "no Debian mirror found in apt sources" >&2; exit 1; }
  echo "$uri"
}

# An image of Debian SUITE with PACKAGES (comma-separated), made with debootstrap from the
# machine's own Debian archive, its command CMD.
debian_image() {
  local image=$1 suite=$2 packages=$3 cmd=$4
  have_image "$image" && { echo "$image: cached"; return; }
  if ! grep -qsx 'ID=debian' /etc/os-release; then
    # Not a Debian host (a hosted CI runner, say): its apt mirror has no bookworm, but an
    # image registry is reachable there.
    printf 'FROM debian:%s-slim\nRUN apt-get -o Acquire::Check-Valid-Until=false update && apt-get install -y --no-install-recommends %s && rm -rf /var/lib/apt/lists/*\nCMD ["%s"]\n' "$suite" "${packages//,/ }" "$cmd" |
      docker build --tag "$image" -
    return
  fi
  command -v debootstrap >/dev/null || apt-get install -y debootstrap
  local root
  root=$(mktemp -d)
  debootstrap --variant=minbase --include="$packages" "$suite" "$root" "$(debian_mirror)"
  rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*
  tar -C "$root" -c . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c "CMD [\"$cmd\"]" - "$image"
  rm -rf "$root"
}

build_busybox() {
  have_image "$BUSYBOX_IMAGE" && { echo "$BUSYBOX_IMAGE: cached"; return; }
  # The static build: the image has no libc for a dynamically linked one.
  dpkg -s busybox-static >/dev/null 2>&1 || apt-get install -y busybox-static
  local root
  root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root"
  cp /bin/busybox "$root/bin/busybox"
  for applet in sh ls cat rm ln mkdir cp mv echo touch chmod true sleep env; do
    ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
  tar -C "$root" -c . | docker import -c 'ENV PATH=/bin' - "$BUSYBOX_IMAGE"
  rm -rf "$root"
}

# Real third-party packages in Debian's dist-packages layout, C extensions included.
build_python() { debian_image "$PYTHON_IMAGE" bookworm "$PYTHON_PACKAGES" python3; }

# A big image: Django, gunicorn and a few dozen large pure-Python packages, about 12,000 .py
# files in dist-packages, for the benchmark (scripts/bench.ts) and the Django tests.
PYTHON_BIG_IMAGE=import-guard-test/debian-python3-big:bookworm-1
PYTHON_BIG_PACKAGES=python3,python3-django,gunicorn,python3-cffi-backend,python3-sqlalchemy,python3-numpy,python3-sympy,python3-pandas,python3-babel,python3-twisted,python3-networkx,ansible-core,python3-pip,python3-sphinx,python3-pygments,python3-nltk,python3-openpyxl,python3-ipython,python3-celery,python3-aiohttp,python3-tornado,python3-hypothesis,python3-pytest,pylint,python3-jedi,python3-dask,python3-distributed,python3-reportlab,python3-scrapy,python3-fastapi,python3-uvicorn,python3-yaml,python3-requests
build_python_big() { debian_image "$PYTHON_BIG_IMAGE" bookworm "$PYTHON_BIG_PACKAGES" python3; }

# The newest CPythons, from Debian's unstable suite, each with its venv module and test suite:
# the interpreters the 3.14 and 3.15 data come from, and the oracles for their grammar and imports.
PYTHON_NEXT_IMAGE=import-guard-test/debian-python3.14:sid-2
build_python_next() { debian_image "$PYTHON_NEXT_IMAGE" sid python3.14,python3.14-venv,libpython3.14-testsuite python3.14; }
PYTHON_315_IMAGE=import-guard-test/debian-python3.15:sid-1
build_python_315() { debian_image "$PYTHON_315_IMAGE" sid python3.15,python3.15-venv,libpython3.15-testsuite python3.15; }

# Real Python applications from Debian packages, each with its own entry style (console
# scripts, the setuptools EASY-INSTALL template, scripts symlinked from /usr/share/<app>/,
# sys.path tricks, plugins loaded by name): the base of the precision corpus
# (scripts/corpus.ts, test/corpus/apps.json), one image for every app. python3-ply is named
# because debootstrap does not resolve virtual packages (python3-pycparser needs
# python3-ply-lex-3.10, which python3-ply provides).
DEBIAN_APPS_IMAGE=import-guard-test/debian-apps:bookworm-1
DEBIAN_APPS_PACKAGES=python3,python3-ply,yamllint,httpie,black,flake8,twine,mkdocs,python3-sphinx,ansible-core,borgbackup,glances,supervisor,certbot,fail2ban,reportbug,s3cmd,mercurial,docker-compose,tox,cookiecutter,pelican,khal,pgcli,mycli,xonsh,bpython,yt-dlp,youtube-dl,streamlink,sshuttle,pylint,isort,mypy,virtualenv,python3-poetry,pipx,meson,scons,ranger,magic-wormhole,trash-cli,pre-commit,duplicity,visidata,asciinema,speedtest-cli,ipython3,gunicorn,apt-listchanges,lsb-release,sqlmap,wajig,radicale,jc,bandit,pycodestyle,dput,buku,ddgr,howdoi,hashid,wafw00f,ufw,unattended-upgrades,rdiff-backup,offlineimap3,python3-pytest,python3-celery
build_debian_apps() { debian_image "$DEBIAN_APPS_IMAGE" bookworm "$DEBIAN_APPS_PACKAGES" python3; }

# Debian's OpenCV for Python, whose extension module loads about 360 shared libraries (libGL.so.1
# among them): the base of the native-import fixtures (test/itg/native-imports.test.ts), which
# remove libraries from it, and the oracle for every extension module's libraries.
PYTHON_OPENCV_IMAGE=import-guard-test/debian-python3-opencv:bookworm-1
build_python_opencv() { debian_image "$PYTHON_OPENCV_IMAGE" bookworm python3,python3-opencv,python3-numpy python3; }

# python.org-style installations under /usr/local (the layout of the official python images),
# copied from the machine's pyenv interpreters onto the Debian base for its shared libraries.
build_python_org() {
  local minor=$1 image="import-guard-test/python-org:3.$1-2"
  have_image "$image" && { echo "$image: cached"; return; }
  local root version
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  version=$(ls "$root/versions" 2>/dev/null | grep -E "^3\.$minor\.[0-9]+$" | sort -V | tail -n1)
  [ -n "$version" ] || { echo "CPython 3.$minor is not installed under $root: cannot build $image" >&2; exit 1; }
  local from="$root/versions/$version" context
  context=$(mktemp -d)
  mkdir -p "$context/usr/local/bin" "$context/usr/local/lib"
  cp -a "$from/bin/python3.$minor" "$context/usr/local/bin/"
  ln -s "python3.$minor" "$context/usr/local/bin/python3"
  ln -s python3 "$context/usr/local/bin/python"
  cp -a "$from"/lib/libpython3*.so* "$context/usr/local/lib/"
  # The standard library without its test suite; an empty site-packages, as a fresh install has.
  tar -C "$from/lib" --exclude="python3.$minor/test" --exclude="python3.$minor/site-packages/*" \
    --exclude='__pycache__' --exclude='idle_test' -cf - "python3.$minor" | tar -C "$context/usr/local/lib" -xf -
  mkdir -p "$context/usr/local/lib/python3.$minor/site-packages"
  cat >"$context/Dockerfile" <<DOCKERFILE
FROM $PYTHON_IMAGE
COPY usr/ /usr/
RUN ldconfig && /usr/local/bin/python3 -c 'import sys; assert sys.prefix == "/usr/local", sys.prefix'
ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["python3"]
DOCKERFILE
  DOCKER_BUILDKIT=0 docker build --quiet --tag "$image" "$context"
  rm -rf "$context"
}

# Local stand-ins for the two bases of the tool's own image (the top-level Dockerfile, built by
# test/itg/tool-image.test.ts): Node 24 as node:24-bookworm-slim has it (/usr/local/bin/node) on
# the Debian base, and this machine's docker client where docker:*-cli has it. The docker client
# must be a static binary, as the official one is: its image has nothing else.
TOOL_NODE_IMAGE=import-guard-test/node:24-1
TOOL_DOCKER_CLI_IMAGE=import-guard-test/docker-cli:1
build_tool_bases() {
  local here context node docker
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if ! have_image "$TOOL_NODE_IMAGE"; then
    node="$here/node_modules/node/bin/node"
    [ -x "$node" ] || { echo "$node is missing (run npm ci): cannot build $TOOL_NODE_IMAGE" >&2; exit 1; }
    context=$(mktemp -d)
    cp -L "$node" "$context/node"
    printf 'FROM %s\nCOPY node /usr/local/bin/node\nRUN node --version\nCMD ["node"]\n' "$PYTHON_IMAGE" >"$context/Dockerfile"
    DOCKER_BUILDKIT=0 docker build --quiet --tag "$TOOL_NODE_IMAGE" "$context"
    rm -rf "$context"
  else
    echo "$TOOL_NODE_IMAGE: cached"
  fi
  if ! have_image "$TOOL_DOCKER_CLI_IMAGE"; then
    docker=$(command -v docker)
    if ldd "$docker" >/dev/null 2>&1; then
      if ! grep -qsx 'ID=debian' /etc/os-release; then
        # Not a Debian host (a hosted CI runner, say), whose client may be linked against a newer
        # libc than the Node base's: an image registry is reachable there.
        printf 'FROM docker:28-cli\n' | DOCKER_BUILDKIT=0 docker build --quiet --tag "$TOOL_DOCKER_CLI_IMAGE" -
        return
      fi
      echo "$docker is dynamically linked: cannot build $TOOL_DOCKER_CLI_IMAGE, which holds it alone" >&2
      exit 1
    fi
    context=$(mktemp -d)
    mkdir -p "$context/usr/local/bin"
    cp -L "$docker" "$context/usr/local/bin/docker"
    tar -C "$context" -c . | docker import -c 'ENV PATH=/usr/local/bin' -c 'ENTRYPOINT ["docker"]' - "$TOOL_DOCKER_CLI_IMAGE"
    rm -rf "$context"
  else
    echo "$TOOL_DOCKER_CLI_IMAGE: cached"
  fi
}

# Names given (e.g. `debian-apps`) build only those images.
if [ "$#" -gt 0 ]; then
  for name in "$@"; do "build_${name//-/_}"; done
  exit 0
fi

build_busybox
build_python
build_python_big
build_python_next
build_python_315
build_debian_apps
build_python_opencv
for minor in 8 12 13; do build_python_org "$minor"; done
build_tool_bases
