// A minimal RFC 4180 reader for the test fixtures: quoted fields with doubled quotes, commas and
// line breaks inside quotes, CRLF or LF row ends. Not for production input.
import { readFileSync } from "node:fs";

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else if (c === "\n") endRow();
    else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the header; an empty field becomes null (the mirror's null). */
export function readCsvRecords(path: string): Record<string, string | null>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.map((cells) =>
    Object.fromEntries(header.map((h, j) => [h, cells[j] === "" || cells[j] === undefined ? null : cells[j]])),
  );
}
