/**
 * CSV and TSV as spreadsheets export them (RFC 4180 plus what Excel and Sheets do): fields in
 * double quotes may hold the delimiter, `""` and line breaks; CRLF, LF or CR end a record; a
 * leading byte-order mark is dropped. Cells stay text: nothing here guesses numbers, so a 64-bit
 * value is never rounded on the way in.
 */
type Delimiter = "," | "\t" | ";";

/** Tab when the first line has tabs (a paste from a spreadsheet), else `;` when it beats `,`. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? text.length : text.search(/\r|\n/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count("\t") > 0) return "\t";
  return count(";") > count(",") ? ";" : ",";
}

/** Every record's fields, in order. A final empty line is not a record. */
export function parseDelimited(input: string, delimiter: Delimiter = detectDelimiter(stripBom(input))): string[][] {
  const text = stripBom(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && !fieldStarted && field === "") {
      // A quoted field: read to the closing quote; `""` is one quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          field += text.slice(i);
          i = text.length;
          break;
        }
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fieldStarted = true;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      // Unquoted text up to the next delimiter or line end, in one slice.
      let end = i + 1;
      while (end < text.length && text[end] !== delimiter && text[end] !== "\r" && text[end] !== "\n") end++;
      field += text.slice(i, end);
      fieldStarted = true;
      i = end;
    }
  }
  if (fieldStarted || field !== "" || record.length > 0) endRecord();
  return records;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
