// The baseline: a bare Node HTTP server answering every request with the same
// bytes, content type and encoding as a story page sends a browser.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port, encoding] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { "content-type": "text/html; charset=utf-8", "content-length": body.length };
if (encoding && encoding !== "identity") headers["content-encoding"] = encoding;
createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
