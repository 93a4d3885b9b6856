// What a downloaded file says about itself, as a metadata sidecar (`….metadata.json`, the way Our World in Data ships
// its CSVs): title, the data's date and range, its sources with their licences and credits, how to cite it, and what
// each column holds with its rounding. The CSV stays plain data that any parser reads; the API links the sidecar from
// every CSV answer (`Link: <…/metadata.json?…>; rel="describedby"`) and the share menu saves it next to the chart's
// CSV. Pure: API routes and the browser build it alike.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { boardSource, licenceLine } from "@/lib/boards/upstreams";
import { citation } from "@/lib/view/url/view-meta";

/** The sidecar of a resource URL: `<path>/metadata.json`, same query without `format`. */
export function sidecarPath(url: string): string {
  const [path, query = ""] = url.split("?");
  const sp = new URLSearchParams(query);
  sp.delete("format");
  const qs = sp.toString().replaceAll("%7E", "~");
  return `${path}/metadata.json${qs ? `?${qs}` : ""}`;
}

export interface ColumnDoc {
  name: string;
  description: string;
  /** Decimals the column's numbers are rounded to (absent: whole numbers or text). */
  decimals?: number;
}

export interface FileMetadata {
  title: string;
  description: string;
  /** The file described: the CSV's URL (API answers) or file name (share-menu downloads). */
  file: string;
  /** The view the file was taken from, when there is one. */
  permalink: string | null;
  /** The data's date: the last snapshot the file covers. */
  dataAsOf: string | null;
  /** First and last dates the file covers. */
  range: { from: string; to: string } | null;
  producer: "Leaderboard Atlas";
  sources: { name: string; publisher: string; url: string; licence: string; licenceUrl: string | null }[];
  /** One line with the data's licence and whom to credit (the same line exported charts carry). */
  licence: string;
  citation: string;
  columns: ColumnDoc[];
  notes: string[];
}

export interface FileMetadataInput {
  title: string;
  description: string;
  file: string;
  permalink?: string | null;
  board: BoardSlug;
  /** Every date the file covers (any order); the range and data date come from them. */
  dates: readonly string[];
  columns: ColumnDoc[];
  notes?: string[];
  /** YYYY-MM-DD the file was made (the citation's "accessed"). */
  accessed: string;
}

export function fileMetadata(input: FileMetadataInput): FileMetadata {
  let from: string | null = null;
  let to: string | null = null;
  for (const d of input.dates) {
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  const s = boardSource(input.board);
  const url = input.permalink ?? input.file;
  return {
    title: input.title,
    description: input.description,
    file: input.file,
    permalink: input.permalink ?? null,
    dataAsOf: to,
    range: from !== null && to !== null ? { from, to } : null,
    producer: "Leaderboard Atlas",
    sources: [{ name: s.name, publisher: s.publisher, url: s.url, licence: s.licence, licenceUrl: s.licenceUrl }],
    licence: licenceLine(input.board),
    citation: citation({
      title: input.title,
      url,
      sources: [boardInfo(input.board).source],
      asOf: to,
      accessed: input.accessed,
      licence: licenceLine(input.board),
    }).text,
    columns: input.columns,
    notes: input.notes ?? [],
  };
}
