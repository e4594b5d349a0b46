import { Socket } from "net";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * The platform calls nobody it was not configured to call: @apollo/gateway, left alone, reports
 * usage metrics to Apollo and probes the cloud vendors' metadata addresses (169.254.169.254 …) to
 * describe its host. Every TCP connection the processes open while the platform starts and answers
 * a query is recorded here, and each must be to this machine.
 */
describe("outbound connections", () => {
  const connect = Socket.prototype.connect;
  const targets: string[] = [];
  let platform: TestPlatform;

  beforeAll(async () => {
    Socket.prototype.connect = function record(this: Socket, ...args: unknown[]) {
      // http's agents call connect with net's normalised arguments: [[options, callback]].
      const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
      const options = typeof first === "object" && first !== null ? (first as { host?: string; path?: string; port?: number }) : undefined;
      const host = options !== undefined ? (typeof options.path === "string" ? "unix-socket" : (options.host ?? "localhost")) : typeof args[1] === "string" ? args[1] : "localhost";
      targets.push(host);
      return (connect as (...parameters: unknown[]) => Socket).apply(this, args);
    } as typeof connect;
    platform = await startTestPlatform({ persons: 5, seed: "outbound" });
  }, 120_000);

  afterAll(async () => {
    Socket.prototype.connect = connect;
    await platform?.stop();
  });

  it("should connect only to this machine while starting and answering", async () => {
    const answer = await platform.query("{ __typename }");
    expect(answer.errors).toBeUndefined();
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((host) => !["localhost", "127.0.0.1", "::1", "unix-socket"].includes(host))).toEqual([]);
  });
});
