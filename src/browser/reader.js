// The page's side of the document reader's worker (src/bin/reader.rs): started on first use, then
// kept for the page's life. Requests wait until the worker says "ready" (a message sent before its
// wasm has started would find no handler), and each waits for the answer with its id. If the
// worker cannot be loaded (offline before its first use) or stops, every waiting request fails
// with "unavailable".
let worker = null;
let ready = null;
let next = 0;
const waiting = new Map();

function failAll() {
  for (const { reject } of waiting.values()) reject("unavailable");
  waiting.clear();
  worker = null;
  ready = null;
}

function started() {
  if (ready) return ready;
  ready = new Promise((resolve) => {
    // Trunk's loader shim for the worker, at the build's root: an ES module that starts the wasm.
    worker = new Worker(new URL("reader_loader.js", document.baseURI).href, { type: "module" });
    worker.onmessage = (event) => {
      if (event.data === "ready") return resolve(worker);
      const request = waiting.get(event.data.id);
      if (request) {
        waiting.delete(event.data.id);
        request.resolve(event.data);
      }
    };
    worker.onerror = failAll;
  });
  return ready;
}

// Resolves with the answer's `result`, or with the whole answer when `whole` is set.
function ask(message, transfer, whole = false) {
  return new Promise((done, reject) => {
    const resolve = (answer) => done(whole ? answer : answer.result);
    const id = ++next;
    waiting.set(id, { resolve, reject });
    started().then((w) => {
      try {
        w.postMessage({ id, ...message }, transfer);
      } catch (_) {
        failAll();
      }
    });
  });
}

// Starts the worker ahead of need (when the pointer or focus reaches the file picker), so that
// fetching and compiling its wasm (about 100 ms) is done before a file is chosen.
export function warmUp() {
  started();
}

// A copy of the bytes is transferred: the wasm's own memory must never be handed over.
export function readDocument(name, bytes) {
  const copy = bytes.slice();
  return ask({ kind: "read", name, bytes: copy }, [copy.buffer]);
}

// The Word report's bytes, or a rejection with the sentence saying why not. `language` is the
// page's ("en", "cy"); `catalogue` the Welsh text the page read ("" in English).
export async function writeReport(assessment, framework, language, catalogue) {
  const answer = await ask({ kind: "report", assessment, framework, language, catalogue }, [], true);
  if (answer.error !== undefined) throw answer.error;
  return answer.bytes;
}

export function structurePdf(json) {
  return ask({ kind: "pdf", json }, []);
}
