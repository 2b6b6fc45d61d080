/**
 * Reads a large answer off the main thread: the lossless parse, the pretty body and the error
 * list of a 15 MB body took seconds, and the page froze for all of them. Posts back only what
 * the panel draws (src/core/response/response-display.ts).
 */
import { classifyResponse } from "../core/response/classify-response";
import { forDisplay } from "../core/response/response-display";
import type { ReceivedResponse } from "./read-response";

self.onmessage = async (event: MessageEvent<ReceivedResponse>) => {
  const { body, ...rest } = event.data;
  self.postMessage(forDisplay(classifyResponse({ ...rest, bodyText: await body.text() })));
};
