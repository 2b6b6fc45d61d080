import LZString from "lz-string";
import { makeManyItemsBody } from "../../../src/testing/many-items";
import { encodePermalink } from "../../../src/core/permalink/permalink";
import { defaultTargetSettings } from "../../../src/core/request/target";
import { documentedExampleText } from "../../../src/endpoint/example";
import { figureSpecs, measured, type FigureResult, type FigureSpec } from "../figures";
import { summarize } from "../stats";
import { makeVariedBody } from "../varied-body";

/**
 * Characters of the fragment, computed with the app's own codec (deterministic: one sample), next
 * to lz-string's `compressToEncodedURIComponent` of the body alone, what typical playgrounds put in
 * their URLs. The permalink also carries the target settings; lz-string gets only the text.
 * The documented example is in the codec's dictionary verbatim; the varied bodies (seeded) show
 * what realistic bodies cost.
 */
export function measurePermalink(): FigureResult[] {
  const row = (spec: FigureSpec, bodyText: string) =>
    measured(spec, {
      app: summarize([encodePermalink({ bodyText, target: defaultTargetSettings }).length]),
      reference: summarize([LZString.compressToEncodedURIComponent(bodyText).length]),
      note: `body ${bodyText.length} characters`,
    });
  return [
    row(figureSpecs.permalinkExample, documentedExampleText),
    row(figureSpecs.permalinkVaried1, makeVariedBody(1)),
    row(figureSpecs.permalinkVaried5, makeVariedBody(5)),
    row(figureSpecs.permalinkVaried20, makeVariedBody(20)),
    row(figureSpecs.permalinkVaried100, makeVariedBody(100)),
    row(figureSpecs.permalink1000, makeManyItemsBody(1000)),
  ];
}
