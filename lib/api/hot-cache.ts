// Ready responses by request URL, published on globalThis for the server's fast path (scripts/server.mjs): a
// repeat GET for the same URL and data version is answered there, without entering Next's request pipeline,
// which costs several times more than the work left after our own caches. The fast path serves an entry only
// while the data version it was made for was confirmed less than VERSION_TTL_MS ago; otherwise the request goes
// through Next, which re-reads the version. Both sides come from one module, lib/http/hot-path.mjs.
export { clearHot, hotKey, publishResponse, publishVersion, type HotEntry, type HotTable } from "@/lib/http/hot-path.mjs";
