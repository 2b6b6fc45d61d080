import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../endpoint/example";
import { findHighRiskContent } from "./high-risk-content";

describe("findHighRiskContent", () => {
  it.each([
    ['{"name":"<script>alert(1)</script>"}', "<script"],
    ['{"name":"<SCRIPT src=x>"}', "<SCRIPT"],
    ['{"name":"< script>"}', "< script"],
    ['{"name":"</script>"}', "</script"],
    ['{"name":"<iframe src=x>"}', "<iframe"],
    ['{"u":"JavaScript:alert(1)"}', "JavaScript:"],
    ['{"u":"javascript :x"}', "javascript :"],
    ['{"u":"vbscript:msgbox"}', "vbscript:"],
    ['{"x":"<img src=x onerror=alert(1)>"}', "onerror="],
    ['{"x":"<body ONLOAD = go()>"}', "ONLOAD ="],
    ['{"name":"\\u003cscript\\u003e"}', "<script"],
    ['{"name":"\\u003Cscript"}', "<script"],
    ['{"u":"javascript\\u003aalert(1)"}', "javascript:"],
    ['{"x":"<\\/script>"}', "</script"],
    ["<script", "<script"],
  ])("%s → %s", (text, found) => {
    expect(findHighRiskContent(text)).toBe(found);
  });

  it.each([
    [documentedExampleText],
    ['{"name":"scripture"}'],
    ['{"name":"java script"}'],
    ['{"name":"phone=1 online=2 onerror"}'],
    ['{"name":"a < b, scripts"}'],
    ['{"name":"\\u0041\\\\u003cscript"}'],
    ['{"path":"a\\/b"}'],
    [""],
  ])("%s is harmless", (text) => {
    expect(findHighRiskContent(text)).toBeUndefined();
  });
});
