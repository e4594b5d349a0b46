import { TestPlatform } from "./platform";

/**
 * Issue #9, C1: the district's visit-form boxes exist once 民政局 has handed its Taipei directory over
 * (the distribution job queues the shipped version, the outbox delivers it, D3). For a test that
 * files a visit record or refers a case against the boxes in force: run it once after start.
 */
export async function deliverServiceDirectory(platform: TestPlatform): Promise<void> {
  await platform.runJob("civil-affairs", "directory-distribution");
  await platform.runJob("civil-affairs", "outbox-dispatch");
}
