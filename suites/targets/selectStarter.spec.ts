import { describe, expect, it } from "vitest";
import { dockerApiAddress, dockerEngineReachable } from "./dockerReachable.ts";
import { selectStarter } from "./selectStarter.ts";

describe("selectStarter", () => {
  it("prefers a container when a Docker engine answers", () => {
    expect(selectStarter("moto", { dockerReachable: true, venvInstalled: true })).toEqual({
      via: "container",
    });
  });

  it("falls back to the venv without Docker", () => {
    expect(selectStarter("moto", { dockerReachable: false, venvInstalled: true })).toEqual({ via: "venv" });
    expect(selectStarter("localstack", { dockerReachable: false, venvInstalled: true })).toEqual({
      via: "venv",
    });
  });

  it("honours an explicit preference, falling back when it is impossible", () => {
    expect(selectStarter("moto", { dockerReachable: true, venvInstalled: true, prefer: "venv" })).toEqual({
      via: "venv",
    });
    expect(selectStarter("moto", { dockerReachable: true, venvInstalled: false, prefer: "venv" })).toEqual({
      via: "container",
    });
  });

  it("installs on first use when neither way exists and the emulator may be installed so", () => {
    expect(
      selectStarter("ministack", { dockerReachable: false, venvInstalled: false, installable: true }),
    ).toEqual({
      via: "install",
    });
    expect(selectStarter("moto", { dockerReachable: false, venvInstalled: true, installable: true })).toEqual(
      {
        via: "venv",
      },
    );
  });

  it("says why and what to do when neither way exists", () => {
    const choice = selectStarter("localstack", { dockerReachable: false, venvInstalled: false });
    expect(choice.via).toBe("unavailable");
    expect(choice.via === "unavailable" && choice.reason).toMatch(/no Docker engine.*setup:emulators/);
    const fakecloud = selectStarter("fakecloud", {
      dockerReachable: false,
      venvInstalled: false,
      installable: false,
      installCommand: "npm run setup:fakecloud",
    });
    expect(fakecloud.via === "unavailable" && fakecloud.reason).toMatch(/npm run setup:fakecloud/);
  });
});

describe("dockerApiAddress", () => {
  it("uses the default socket, a unix DOCKER_HOST, or a loopback tcp one", () => {
    expect(dockerApiAddress({})).toEqual({ socketPath: "/var/run/docker.sock" });
    expect(dockerApiAddress({ DOCKER_HOST: "unix:///run/user/1/docker.sock" })).toEqual({
      socketPath: "/run/user/1/docker.sock",
    });
    expect(dockerApiAddress({ DOCKER_HOST: "tcp://127.0.0.1:2376" })).toEqual({
      host: "127.0.0.1",
      port: 2376,
    });
  });

  it("never probes a remote engine", () => {
    expect(dockerApiAddress({ DOCKER_HOST: "tcp://10.1.2.3:2375" })).toBeUndefined();
    expect(dockerApiAddress({ DOCKER_HOST: "ssh://user@host" })).toBeUndefined();
  });

  it("reports a missing engine as unreachable instead of throwing", async () => {
    expect(await dockerEngineReachable({ DOCKER_HOST: "unix:///nonexistent/docker.sock" })).toBe(false);
  });
});
