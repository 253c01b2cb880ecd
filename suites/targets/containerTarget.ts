import type { Emulator } from "./emulator.ts";
import type { Target } from "./target.ts";

/** moto's port inside its image. */
const MOTO_PORT = 5000;

/**
 * Starts the emulator as a container via testcontainers. Imported lazily: the library and the engine
 * are only needed on machines that have Docker.
 */
export async function startContainerTarget(emulator: Emulator): Promise<Target> {
  const image = emulator.container;
  if (!image) throw new Error(`${emulator.name} has no container image`);
  const version = image.split(":")[1] ?? "";
  if (emulator.name === "localstack") {
    const { LocalstackContainer } = await import("@testcontainers/localstack");
    const started = await new LocalstackContainer(image).start();
    return {
      name: "localstack",
      endpoint: loopback(started.getConnectionUri()),
      version,
      stop: async () => {
        await started.stop();
      },
    };
  }
  const { GenericContainer, Wait } = await import("testcontainers");
  const started = await new GenericContainer(image)
    .withExposedPorts(MOTO_PORT)
    .withWaitStrategy(Wait.forHttp("/moto-api/config", MOTO_PORT))
    .start();
  const endpoint = loopback(`http://${started.getHost()}:${started.getMappedPort(MOTO_PORT)}`);
  await fetch(`${endpoint}/moto-api/config`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // Inside a container moto has no Docker either; see motoTarget.ts for why before any function exists.
    body: JSON.stringify({ lambda: { use_docker: false } }),
  });
  return {
    name: "moto",
    endpoint,
    version,
    stop: async () => {
      await started.stop();
    },
  };
}

/** testcontainers reports `localhost`; the suite speaks to 127.0.0.1 so the loopback guard and IPv4 agree. */
function loopback(url: string): string {
  return url.replace("//localhost:", "//127.0.0.1:");
}
