"""Checks docker/compose.yaml without a Docker engine: it parses, builds the image from
docker/Dockerfile with the repository as context, and wires the application to smsim by service
name once smsim's HEALTHCHECK passes."""
import pathlib
import sys

import yaml

compose_path = pathlib.Path(sys.argv[1])
compose = yaml.safe_load(compose_path.read_text())
base = compose_path.parent
failures = []


def check(description, condition):
    print(("ok: " if condition else "FAIL: ") + description)
    if not condition:
        failures.append(description)


services = compose.get("services", {})
smsim = services.get("smsim", {})
build = smsim.get("build", {})
check("smsim builds from the repository root", (base / build.get("context", "")).resolve()
      == base.parent.resolve())
check("with docker/Dockerfile", build.get("dockerfile") == "docker/Dockerfile")
check("and publishes port 4580", any(str(port).endswith("4580") for port in smsim.get("ports", [])))
for volume in smsim.get("volumes", []):
    host_path = volume.split(":")[0]
    check(f"the mounted {host_path} exists", (base / host_path).exists())
environment = smsim.get("environment", {})
check("smsim starts with no scenario (the shipped ones script faults)",
      not any(key.startswith("SMSIM_SCENARIO") for key in environment))
apps = [name for name in services if name != "smsim"]
check("an application runs next to smsim", len(apps) == 1)
for name in apps:
    app = services[name]
    check(f"{name} waits for smsim to be healthy",
          app.get("depends_on", {}).get("smsim", {}).get("condition") == "service_healthy")
    endpoint = app.get("environment", {}).get("AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2", "")
    check(f"{name} reaches smsim by service name", endpoint == "http://smsim:4580")
sys.exit(1 if failures else 0)
