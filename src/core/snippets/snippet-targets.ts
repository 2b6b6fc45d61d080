import { curlTarget } from "./curl";
import { httpieTarget } from "./httpie";
import { jsFetchTarget } from "./js-fetch";
import { nodeKyTarget } from "./node-ky";
import { powershellTarget } from "./powershell";
import { pythonRequestsTarget } from "./python-requests";
import type { SnippetTarget } from "./snippet-target";

/** Every snippet target, in the order a picker shows them; curl first, as on the endpoint page. */
export const snippetTargets = [
  curlTarget,
  httpieTarget,
  powershellTarget,
  jsFetchTarget,
  nodeKyTarget,
  pythonRequestsTarget,
] as const satisfies readonly SnippetTarget[];

export type SnippetTargetId = (typeof snippetTargets)[number]["id"];

export function snippetTarget(id: SnippetTargetId): SnippetTarget {
  const target = snippetTargets.find((t) => t.id === id);
  if (target === undefined) throw new Error(`Unknown snippet target ${id}`);
  return target;
}
