import { csharpHttpClientTarget } from "./csharp-http-client";
import { curlTarget } from "./curl";
import { goNetHttpTarget } from "./go-net-http";
import { goSdkTarget } from "./go-sdk-snippet";
import { httpieTarget } from "./httpie";
import { javaHttpClientTarget } from "./java-http-client";
import { jsFetchTarget } from "./js-fetch";
import { nodeKyTarget } from "./node-ky";
import { phpCurlTarget } from "./php-curl";
import { powershellTarget } from "./powershell";
import { pythonRequestsTarget } from "./python-requests";
import { rubyNetHttpTarget } from "./ruby-net-http";
import type { SnippetTarget } from "./snippet-target";

/** Every snippet target, in the order a picker shows them; curl first, as on the endpoint page. */
export const snippetTargets = [
  curlTarget,
  httpieTarget,
  powershellTarget,
  jsFetchTarget,
  nodeKyTarget,
  pythonRequestsTarget,
  goNetHttpTarget,
  goSdkTarget,
  phpCurlTarget,
  javaHttpClientTarget,
  csharpHttpClientTarget,
  rubyNetHttpTarget,
] as const satisfies readonly SnippetTarget[];

export type SnippetTargetId = (typeof snippetTargets)[number]["id"];
