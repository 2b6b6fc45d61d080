import { classifyResponse, type ResponseInput } from "../core/response/classify-response";
import { forDisplay, type DisplayedResponse } from "../core/response/response-display";
import ResponseWorker from "./response-worker?worker";

/** Below this many characters an answer is read on the spot: a worker's start costs more. */
export const readInWorkerFromChars = 64 * 1024;

/**
 * Classifies an answer for the response panel without freezing the page: small answers at
 * once, large ones in a worker of their own (ended once it answers). If the worker fails, the
 * answer is still shown, its body unread: status and the start of the raw text.
 */
export async function readResponse(input: ResponseInput): Promise<DisplayedResponse> {
  if (input.bodyText.length < readInWorkerFromChars) return forDisplay(classifyResponse(input));
  const worker = new ResponseWorker();
  try {
    return await new Promise<DisplayedResponse>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<DisplayedResponse>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(input);
    });
  } catch {
    const unread = classifyResponse({ ...input, bodyText: "" });
    return forDisplay({ ...unread, prettyBody: input.bodyText });
  } finally {
    worker.terminate();
  }
}
