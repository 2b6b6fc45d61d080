import { classifyResponse, type ResponseInput } from "../core/response/classify-response";
import { forDisplay, responseDisplayLimits, type DisplayedResponse } from "../core/response/response-display";
import ResponseWorker from "./response-worker?worker";

/** An answer as received: the body still bytes. */
export interface ReceivedResponse extends Omit<ResponseInput, "bodyText"> {
  readonly body: Blob;
}

/** Below this many bytes an answer is read on the spot: a worker's start costs more. */
const readInWorkerFromBytes = 64 * 1024;

/**
 * Classifies an answer for the response panel without freezing the page: small answers at
 * once, large ones in a worker of their own (ended once it answers), which also decodes the
 * bytes. If the worker fails, the answer is still shown, its body unread: status and the start
 * of the raw text.
 */
export async function readResponse(received: ReceivedResponse): Promise<DisplayedResponse> {
  const { body, ...rest } = received;
  if (body.size < readInWorkerFromBytes) return forDisplay(classifyResponse({ ...rest, bodyText: await body.text() }));
  const worker = new ResponseWorker();
  try {
    return await new Promise<DisplayedResponse>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<DisplayedResponse>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(received);
    });
  } catch {
    const unread = classifyResponse({ ...rest, bodyText: "" });
    return forDisplay({ ...unread, prettyBody: await body.slice(0, responseDisplayLimits.bodyChars * 4).text() });
  } finally {
    worker.terminate();
  }
}
