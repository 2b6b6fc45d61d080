/** The pages measured side by side: the app, the bare Monaco page (the reference) and a textarea (the floor). */
export type PageId = "app" | "reference" | "textarea";

export interface PageUnderTest {
  readonly id: PageId;
  readonly label: string;
  /** Where the page opens, served by static-server.ts. */
  readonly url: string;
}

export const pageLabels: Record<PageId, string> = {
  app: "app",
  reference: "bare Monaco",
  textarea: "textarea",
};

/** The reference pages get the app editor's size, so each renders the same number of lines. */
export function pagesUnderTest(origins: Record<PageId, string>, editorSize: { width: number; height: number }): Record<PageId, PageUnderTest> {
  const size = `?w=${Math.round(editorSize.width)}&h=${Math.round(editorSize.height)}`;
  return {
    app: { id: "app", label: pageLabels.app, url: `${origins.app}/` },
    reference: { id: "reference", label: pageLabels.reference, url: `${origins.reference}/${size}` },
    textarea: { id: "textarea", label: pageLabels.textarea, url: `${origins.textarea}/${size}` },
  };
}
