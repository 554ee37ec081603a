"""Build hook: fetch the web UI's front-end libraries from the npm registry (npm ci, with the lockfile) and
copy the few files alaqat serves into alaqat/serve/static/vendor/. Runs for wheels and editable installs;
nothing third-party is committed and nothing is loaded from a CDN at run time."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

FRONTEND = Path("alaqat/serve/frontend")
VENDOR = Path("alaqat/serve/static/vendor")


class NpmAssetsHook(BuildHookInterface):
    PLUGIN_NAME = "npm-assets"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        frontend, vendor = root / FRONTEND, root / VENDOR
        manifest = json.loads((frontend / "assets.json").read_text(encoding="utf-8"))
        wanted = {**manifest["files"], **manifest.get("licenses", {})}
        modules = frontend / "node_modules"
        if not all((modules / source).exists() for source in wanted):
            npm = shutil.which("npm")
            if npm is None:
                raise RuntimeError("alaqat's web UI needs npm to fetch its front-end libraries at install time "
                                   "(Debian: apt-get install -y nodejs npm)")
            subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=frontend, check=True)
        vendor.mkdir(parents=True, exist_ok=True)
        for source, target in wanted.items():
            shutil.copyfile(modules / source, vendor / target)
        build_data.setdefault("artifacts", []).append(str(VENDOR) + "/*")
