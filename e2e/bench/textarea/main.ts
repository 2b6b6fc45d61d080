/** The physical floor: the same text in a plain `<textarea>`, no editor, no validation. */
import { documentedExampleText } from "../../../src/endpoint/example";

const textarea = document.querySelector("textarea");
if (!textarea) throw new Error("index.html has no textarea");
const size = new URLSearchParams(location.search);
if (size.get("w")) textarea.style.width = `${size.get("w")}px`;
if (size.get("h")) textarea.style.height = `${size.get("h")}px`;
textarea.value = documentedExampleText;
